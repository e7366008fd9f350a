# What a client sees about consent, privacy and stopping.

consent-text =
    🔒 Avant de commencer :
    • Nous enregistrons vos messages, vos réponses et vos rendez-vous.
    • Seuls votre référent et son équipe peuvent les voir.
    • Nous ne les partageons jamais avec la police ni avec les services de l'immigration.
    • Envoyez /stop à tout moment et nous arrêtons tous les messages.
    Êtes-vous d'accord ?
consent-agree = ✅ J'accepte
consent-decline = ❌ Non
consent-thanks =
    🙏 Merci.
    Vous pouvez écrire ici à votre référent à tout moment.
consent-declined = D'accord. Nous ne vous enverrons pas de messages. Si vous changez d'avis, envoyez /start.
consent-needed = Répondez d'abord à cette question, s'il vous plaît 👇
privacy-how-to-stop = Envoyez /stop pour arrêter tous les messages. Envoyez /start pour recommencer.
stop-done = 🛑 Arrêté. Vous ne recevrez plus de messages de notre part. Envoyez /start pour recommencer.
stop-already = 🛑 Les messages sont déjà arrêtés. Envoyez /start pour recommencer.
stop-resumed = ▶️ Content de vous revoir. Les messages sont de nouveau activés.
client-message-received =
    📨 Reçu.
    Votre référent va le voir.

# Messages to the casemanager about one of their clients.
# $alias (String) - the client's alias
casemanager-client-consented = ✅ { $alias } a donné son accord et est maintenant connecté(e).
# $alias (String) - the client's alias
casemanager-client-declined = ❌ { $alias } n'a pas donné son accord. Aucun message ne sera envoyé.
# $alias (String) - the client's alias
casemanager-client-stopped = 🛑 { $alias } a envoyé /stop. Aucun message ne lui sera envoyé tant qu'il ou elle n'envoie pas /start.
# $alias (String) - the client's alias
casemanager-client-resumed = ▶️ { $alias } a envoyé /start. Les messages sont de nouveau activés.
# $alias (String) - the client's alias; what they wrote follows on the next line
casemanager-client-wrote = 💬 { $alias } :

# Header above a casemanager's answer; the answer follows. Never names the casemanager.
relay-from-casemanager =
    📩 Nouveau message
    👤 Votre référent :
# $alias (String) - the client's alias; several messages follow, one per line
casemanager-client-wrote-many = 💬 { $alias } (plusieurs messages) :
consent-message-held =
    📥 Votre message est en attente.
    Il sera envoyé à votre référent dès que vous aurez répondu à cette question 👇
