# Reprendre l'accès : /staff, /invites, /reassign, /detach ; qui a invité apprend qui est arrivé.

cmd-staff = /staff – l'équipe : désactiver, réactiver, changer un rôle
cmd-invites = /invites – invitations en attente, en révoquer une
cmd-reassign = /reassign alias – confier une personne à un autre référent
cmd-detach = /detach alias – détacher le téléphone perdu d'une personne, nouveau lien
menu-staff = L'équipe et les rôles
menu-invites = Invitations en attente
menu-reassign = Confier une personne à un autre référent
menu-detach = Détacher le téléphone d'une personne

# $count (Number) - nombre de membres; $lines (String) - une ligne par membre
access-staff-list =
    👥 L'équipe ({ $count }) :
    { $lines }
# $alias (String) - le nom; $role (String) - le rôle; $status (String) - active ou disabled
access-staff-line = { $status ->
    [disabled] 🚫
   *[active] ✅
} { $alias } · { role-name }
# $alias (String) - le nom du membre
access-disable-button = 🚫 Désactiver { $alias }
# $alias (String) - le nom du membre
access-enable-button = ✅ Réactiver { $alias }
# $alias (String) - le nom du membre
access-role-button = 🔁 Rôle de { $alias }
# $alias (String) - le nom du membre
access-role-choose = 🔁 Quel rôle pour { $alias } ?
access-not-yourself = ⛔ Vous ne pouvez pas faire cela pour vous-même.
# $alias (String) - le nom du membre
access-last-admin = ⛔ { $alias } est le dernier administrateur. Nommez d'abord quelqu'un d'autre.
# $alias (String) - le nom du membre
access-staff-disabled = 🚫 { $alias } est désactivé. Le bot le traite maintenant comme un inconnu.
# $alias (String) - le nom du membre
access-staff-enabled = ✅ { $alias } est de nouveau actif.
# $alias (String) - le nom; $role (String) - le nouveau rôle
access-role-changed = 🔁 { $alias } est maintenant { role-name }.
# $role (String) - le nouveau rôle
access-role-changed-you = 🔁 Votre rôle est maintenant : { role-name }. Envoyez /help pour voir ce que vous pouvez faire.

access-invites-none = 🎟 Aucune invitation en attente.
# $count (Number) - nombre; $lines (String) - une ligne par invitation
access-invites-list =
    🎟 Invitations en attente ({ $count }) :
    { $lines }
# $number (String) - numéro; $role (String) - rôle; $for (String) - pour qui;
# $by (String) - créée par; $until (String) - expire le
access-invite-line = #{ $number } { role-name } · pour { $for } · par { $by } · jusqu'au { $until }
access-invite-by-cli = la ligne de commande
# $number (String) - numéro de l'invitation
access-revoke-button = 🗑 Révoquer #{ $number }
access-invite-gone = 🎟 Cette invitation n'est plus en attente.
# $number (String) - numéro de l'invitation
access-invite-revoked = 🗑 L'invitation #{ $number } est révoquée. Le lien ne marche plus.

# $typed (String) - ce qui a été tapé
access-client-not-found = 🔎 Aucune personne trouvée pour « { $typed } ». Tapez l'alias après la commande.
# $typed (String) - ce qui a été tapé
access-client-ambiguous = 🔎 Plusieurs personnes correspondent à « { $typed } ». Tapez plus de l'alias.
access-reassign-nobody = 🔁 Il n'y a pas d'autre référent à qui confier cette personne.
# $alias (String) - la personne; $name (String) - son référent actuel
access-reassign-choose = 🔁 { $alias } est suivi par { $name }. Qui prend le relais ?
# $name (String) - un référent
access-reassign-to-button = 🧑‍💼 { $name }
# $alias (String) - la personne; $name (String) - le nouveau référent
access-reassigned = ✅ { $alias } est maintenant suivi par { $name }. Les alertes ouvertes et les nouveaux messages vont chez lui.
# $alias (String) - la personne; $name (String) - le référent d'avant
access-reassigned-new = 🔁 Vous suivez maintenant { $alias } (avant : { $name }). Les alertes ouvertes et les nouveaux messages arrivent chez vous.
# $alias (String) - la personne; $name (String) - le nouveau référent
access-reassigned-old = 🔁 { $alias } est maintenant suivi par { $name }. Vous ne recevez plus ses messages.

# $alias (String) - la personne
access-detach-confirm = 📵 Détacher le téléphone de { $alias } ? L'ancien compte Telegram ne recevra plus rien. Vous recevez un nouveau lien pour son nouveau téléphone.
access-detach-yes-button = 📵 Détacher
access-detach-no-button = ✖️ Garder
# $alias (String) - la personne
access-detach-kept = ✖️ Rien n'a changé pour { $alias }.
# $alias (String) - la personne; $link (String) - le nouveau lien; $days (Number) - jours de validité
access-detached =
    📵 L'ancien téléphone de { $alias } est détaché.
    Donnez ce lien sur le nouveau téléphone, ou faites scanner le code QR. Il marche une seule fois et expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
    { $link }

# $alias (String) - qui est arrivé; $role (String) - en tant que; $when (String) - quand
access-invite-used = 🔔 Invitation pour { $alias } utilisée : { role-name }, arrivé le { $when }. Pas la bonne personne ? Utilisez /detach ou /staff.
