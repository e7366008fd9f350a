# Mode sécurité et effacement rapide (flows/safety). Les premières lignes sont neutres :
# l'écran verrouillé les montre.
cmd-wipe = /wipe – effacer cette conversation de votre téléphone maintenant
menu-wipe = Effacer la conversation
cmd-safety = /safety alias on|off [heures] – mode sécurité d'un client (la conversation s'efface seule)
menu-safety = Mode sécurité d'un client
privacy-safety-off =
    🕶 Mode sécurité : désactivé.
    Activé, il fait disparaître nos messages et les vôtres de cette conversation après le délai choisi. Ils arrivent sans son, et le clavier affiche 🔔 au lieu de 🆘.
privacy-safety-on = 🕶 Mode sécurité : activé. Les messages disparaissent après { $hours } heures.
safety-hours-button = ⏱ { $hours } h
safety-off-button = 🔕 Désactiver le mode sécurité
wipe-button = 🧹 Effacer cette conversation
safety-on =
    ⚙️ C'est enregistré.
    Les messages de cette conversation disparaissent maintenant après { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }. Ils arrivent sans son. Le bouton 🔔 demande toujours de l'aide.
safety-off =
    ⚙️ C'est enregistré.
    Les messages restent de nouveau dans la conversation.
safety-client-on-staff = 🕶 { $alias } a activé le mode sécurité : sa conversation s'efface après { $hours } h.
safety-client-off-staff = 🕶 { $alias } a désactivé le mode sécurité.
safety-staff-on = 🕶 Mode sécurité activé pour { $alias } : conversation effacée après { $hours } h, sans son, sans carte.
safety-staff-off = 🕶 Mode sécurité désactivé pour { $alias }.
safety-usage = Écrivez : /safety alias on, /safety alias off ou /safety alias on 12 (heures, de 1 à { $most }).
safety-not-found = Aucun de vos clients ne correspond seul à « { $typed } ».
wipe-done = ✔️ C'est fait.
wipe-done-older =
    ✔️ C'est fait.
    Nous ne pouvons pas effacer les messages plus anciens. Ouvrez le menu de cette conversation (⋮), touchez « Vider l'historique », puis activez « Suppression automatique ».
wipe-staff = 🧹 { $alias } a effacé sa conversation avec le bot. Son dossier n'a pas changé.
client-sos-button-quiet = 🔔 Maintenant
