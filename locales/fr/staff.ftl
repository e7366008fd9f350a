# Staff: joining, help, invitations.

# $name (String) - the staff member's name; $role (String) - their role
welcome-staff = 👋 Bienvenue, { $name }. Votre rôle : { role-name }. Envoyez /help pour voir ce que vous pouvez faire.

# $commands (String) - one line per command
help-list =
    ℹ️ Ce que vous pouvez faire :
    { $commands }

cmd-help = /help – ce que vous pouvez faire
cmd-language = /language – changer de langue
cmd-privacy = /privacy – ce que nous enregistrons et qui le voit
cmd-stop = /stop – arrêter tous les messages
cmd-start = /start – recommencer
cmd-newclient = /newclient – enregistrer une nouvelle personne
cmd-invite = /invite – inviter un membre de l'équipe
cmd-cancel = /cancel – arrêter ce que vous faites

# Short descriptions for Telegram's command menu.
menu-help = Ce que vous pouvez faire
menu-language = Changer de langue
menu-privacy = Ce que nous enregistrons
menu-stop = Arrêter tous les messages
menu-newclient = Enregistrer une nouvelle personne
menu-invite = Inviter un membre de l'équipe
menu-cancel = Arrêter ce que vous faites

invite-choose-role = Qui voulez-vous inviter ?
role-casemanager-button = 🧑‍💼 Référent
role-fieldworker-button = 🚶 Travailleur de terrain
role-admin-button = 🔑 Administrateur
# $role (String) - the role; $link (String) - the invite link; $days (Number) - days valid
invite-link =
    🔗 Lien à usage unique pour un nouveau membre de l'équipe ({ role-name }) :
    { $link }
    Il fonctionne une seule fois et expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
staff-ask-name = 👤 Quel nom vos collègues doivent-ils voir ? Touchez votre nom pour le garder, ou tapez-en un autre.
staff-name-keep = ✅ Garder ce nom
staff-name-set = 👤 Vos collègues vous voient sous le nom : { $name }
