# Shared terms and replies used by every feature.

-org-name = l'équipe d'accompagnement

# Shown to anyone the bot does not know. Must not reveal who the bot serves.
greeting-unknown = Bonjour 👋 Cette discussion fonctionne seulement avec un lien d'invitation personnel.

refusal-not-available = Désolé, ce n'est pas disponible ici.
reask-use-buttons = Appuyez sur un des boutons, s'il vous plaît 👇
button-expired = Ce bouton ne fonctionne plus.
unknown-command = Je ne connais pas cette commande. Envoyez /help pour voir ce que vous pouvez faire.
unsupported-message = Je ne peux pas lire ce type de message. Envoyez un texte ou un message vocal 🎤.
error-generic = Un problème est survenu chez nous. Votre message est enregistré. Réessayez plus tard, s'il vous plaît.
cancelled = ✖️ Arrêté. Rien n'a été enregistré.
staff-idle-hint = Envoyez /help pour voir ce que vous pouvez faire.
welcome-back = 👋 Content de vous revoir. Envoyez /help pour voir ce que vous pouvez faire.

# Label for a language button; the visible text is the language's own name.
language-name = Langue
language-choose = 🌐 Choisissez votre langue :
language-set = ✅ Langue enregistrée.

# $role (String) - admin, casemanager or fieldworker
role-name = { $role ->
    [admin] administrateur
    [casemanager] référent
    [fieldworker] travailleur de terrain
   *[client] personne accompagnée
}
time-theirs-and-here = { $theirs } { $place } · { $here } ici
