# Alerts: flagged client messages reach a casemanager, who claims, replies and resolves.

# $severity (String) - urgent or normal; $alert (Number) - alert number; $alias (String) - client
# $categories (String) - list of categories; $terms (String) - the words that raised the flag
# $language (String) - client's language; $country (String) - where the client lives
# $local_time (String) - the client's local time now; $count (Number) - messages in the alert
# $status (String) - open, claimed, resolved or escalated; $claimer (String) - staff name
alert-card =
    { $severity ->
        [urgent] 🔴 URGENT
       *[normal] 🟡 Attention
    } · #{ $alert } · { $alias }
    🏷 { $categories }
    🔎 { $terms }
    🌐 { $language } · { $country } · 🕐 { $local_time }
    💬 { $count ->
        [one] { $count } message
       *[other] { $count } messages
    } · { $status ->
        [claimed] ✋ prise par { $claimer }
        [resolved] ✅ clôturée par { $claimer }
        [escalated] ⏰ toujours pas prise : merci de la prendre
       *[open] ⏳ pas encore prise
    }
alert-claim-button = ✋ Je m'en occupe
# several cards in one message (the team chat): each button names its alert
card-bundle-label = { $label } · #{ $alert }
alert-reply-button = ↩️ Répondre
alert-resolve-button = ✅ Clôturer
alert-resolve-force-button = ✅ Clôturer quand même
# $name (String) - who claimed the alert; $number (Number) - alert number
alert-resolve-confirm = L'alerte #{ $number } est prise par { $name }. La clôturer quand même ?
alert-reply-again-button = ↩️ Répondre encore
alert-reply-cancel = ✖️ Annuler

category-medical = médical
category-self_harm = se fait du mal
category-violence = violence ou menace
category-police = police ou détention
category-no_shelter = sans abri
category-no_money_food = sans argent ni nourriture
category-asks_contact = demande un contact
category-feels_bad = ne va pas bien
category-no_answer = pas de réponse
category-blocked = injoignable

# $alert (Number) - alert number
alert-already-resolved = L'alerte #{ $alert } est déjà clôturée.
# $alert (Number) - alert number; $name (String) - who has it
alert-already-claimed = L'alerte #{ $alert } est déjà prise par { $name }.
# $alert (Number) - alert number; $alias (String) - client
alert-claimed-you = ✋ Vous avez l'alerte #{ $alert } ({ $alias }). Appuyez sur « Répondre » ou répondez directement au message de l'alerte.
# $alert (Number) - alert number; $alias (String) - client
alert-resolved-you = ✅ L'alerte #{ $alert } ({ $alias }) est clôturée.
# $alias (String) - client
alert-reply-prompt = ↩️ Tapez votre réponse à { $alias } ou envoyez un message vocal 🎤. Elle part au nom de « votre référent ».
# $alias (String) - client
alert-reply-sent = 📤 Envoyé à { $alias }.
# $alias (String) - client; $alert (Number) - alert number; their words follow
alert-thread-message = 💬 { $alias } (#{ $alert }) :

alerts-none = ✅ Aucune alerte ouverte.
# $count (Number) - open alerts; $lines (String) - one line per alert
alerts-list =
    🚨 { $count ->
        [one] { $count } alerte ouverte
       *[other] { $count } alertes ouvertes
    } :
    { $lines }
# $severity (String); $alert (Number); $alias (String); $categories (String)
# $status (String) - open or claimed; $minutes (Number) - age; $hours (Number) - age in hours
alerts-line = { $severity ->
        [urgent] 🔴
       *[normal] 🟡
    } #{ $alert } { $alias } – { $categories } – { $minutes ->
        [0] à l'instant
       *[other] { $hours ->
            [0] { $minutes } min
           *[other] { $hours } h
        }
    } { $status ->
        [claimed] ✋
       *[open] ⏳
    }
# $alert (Number) - alert number; $alias (String) - client
alerts-claim-button = ✋ #{ $alert } { $alias }

duty-status-on = 🟢 Vous êtes de permanence : vous recevez les alertes que personne n'a prises à temps. Envoyez /duty off pour arrêter.
duty-status-off = ⚪ Vous n'êtes pas de permanence. Envoyez /duty on pour recevoir à nouveau les alertes que personne n'a prises à temps.

cmd-alerts = /alerts – alertes ouvertes
cmd-duty = /duty on|off – permanence pour les alertes non prises
menu-alerts = Alertes ouvertes
menu-duty = Permanence : activer ou arrêter
alert-reply-in-private = ✍️ Écrivez votre réponse dans votre propre chat avec le bot.
