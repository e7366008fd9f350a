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
        [claimed] ✋ claimed by { $claimer }
        [resolved] ✅ resolved by { $claimer }
        [escalated] ⏰ still not claimed: please take it
       *[open] ⏳ not claimed yet
    }
alert-claim-button = ✋ Claim
# several cards in one message (the team chat): each button names its alert
card-bundle-label = { $label } · #{ $alert }
alert-reply-button = ↩️ Reply
alert-resolve-button = ✅ Resolve
alert-resolve-force-button = ✅ Resolve anyway
# $name (String) - who claimed the alert; $number (Number) - alert number
alert-resolve-confirm = Alert #{ $number } is taken by { $name }. Resolve it anyway?
alert-reply-again-button = ↩️ Reply again
alert-reply-cancel = ✖️ Cancel

category-medical = medical
category-self_harm = self-harm
category-violence = violence or threat
category-police = police or detention
category-no_shelter = no shelter
category-no_money_food = no money or food
category-asks_contact = asks for contact
category-feels_bad = feels bad
category-no_answer = no answer
category-blocked = unreachable

# $alert (Number) - alert number
alert-already-resolved = Alert #{ $alert } is already resolved.
# $alert (Number) - alert number; $name (String) - who has it
alert-already-claimed = Alert #{ $alert } is already taken by { $name }.
# $alert (Number) - alert number; $alias (String) - client
alert-claimed-you = ✋ You have alert #{ $alert } ({ $alias }). Tap Reply or reply to the card to answer.
# $alert (Number) - alert number; $alias (String) - client
alert-resolved-you = ✅ Alert #{ $alert } ({ $alias }) is resolved.
# $alias (String) - client
alert-reply-prompt = ↩️ Type your answer to { $alias }, or send a voice note 🎤. It goes out as "your casemanager".
# $alias (String) - client
alert-reply-sent = 📤 Sent to { $alias }.
# $alias (String) - client; $alert (Number) - alert number; their words follow
alert-thread-message = 💬 { $alias } (#{ $alert }):

alerts-none = ✅ No open alerts.
# $count (Number) - open alerts; $lines (String) - one line per alert
alerts-list =
    🚨 { $count ->
        [one] { $count } open alert
       *[other] { $count } open alerts
    }:
    { $lines }
# $severity (String); $alert (Number); $alias (String); $categories (String)
# $status (String) - open or claimed; $minutes (Number) - age; $hours (Number) - age in hours
alerts-line = { $severity ->
        [urgent] 🔴
       *[normal] 🟡
    } #{ $alert } { $alias } – { $categories } – { $minutes ->
        [0] just now
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

duty-status-on = 🟢 You are on duty: you get escalated alerts. Send /duty off to stop.
duty-status-off = ⚪ You are off duty. Send /duty on to get escalated alerts again.

cmd-alerts = /alerts – open alerts
cmd-duty = /duty on|off – on duty for escalated alerts
menu-alerts = Open alerts
menu-duty = On duty on or off
# A toast in the team chat after Reply: the answer is typed in the private chat.
alert-reply-in-private = ✍️ Type your answer in your own chat with the bot.
