## L'équipe écrit à un client : /write, les boutons ✉️, une réponse à un message transmis.

cmd-write = /write alias – écrire à un client
menu-write = Écrire à un client
write-button = ✉️ Écrire
write-again-button = ✉️ Écrire encore
write-prompt = ✉️ Tapez votre message à { $alias }, ou envoyez un message vocal 🎤. Il part comme « votre référent ».
write-sent = 📤 Envoyé à { $alias }.
write-not-found = Aucun de vos clients ne correspond à « { $typed } ». Tapez /write et une partie d'un alias.
casemanager-checkin-other = 📋 { $alias }, questionnaire, « autre chose ? » :
