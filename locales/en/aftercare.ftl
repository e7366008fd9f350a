# Aftercare after a voluntary return: the plan (staff) and the check-in (client).

aftercare-ask-client = 🤝 Aftercare. For which client? Tap or type an alias.
# $alias (String) - client
aftercare-ask-return = ✈️ When did { $alias } return? Tap or type a date (like 12/03).
# $days_ago (Number) - 0 today, 1 yesterday, ...
aftercare-day-button = { $days_ago ->
        [0] 📆 Today
        [1] 📆 Yesterday
       *[other] 📆 { $days_ago } days ago
    }
aftercare-ask-country = 🌍 Where does the client live now?
aftercare-ask-hour = 🕐 At what local time should check-ins arrive?
# $hour (Number) - an hour of the day
aftercare-hour-button = 🕐 { $hour }:00
# $days (String) - the default days
aftercare-default-days-button = ✅ Days { $days }
aftercare-ask-days = 📋 Check-ins on which days after the return? Tap the default or type days, like 3, 7, 14, 30.
aftercare-date-unreadable = I can't read that date. Type it like 12/03 or 12/3, or tap a button.
aftercare-days-invalid = Please type days as numbers between 1 and 730, like 3, 7, 14, 30.
# $alias (String) - client; $count (Number) - check-ins planned
aftercare-saved = ✅ Aftercare for { $alias }: { $count ->
        [one] { $count } check-in planned.
       *[other] { $count } check-ins planned.
    }
# $alias (String); $status (String) - active, paused or ended; $days (String) - plan days
# $returned (String) - return date; $next (String) - next check-in
aftercare-plan =
    🤝 Aftercare for { $alias } ({ $status ->
        [paused] ⏸ paused
        [ended] ⏹ ended
       *[active] ▶️ active
    })
    ✈️ Returned: { $returned }
    📋 Days: { $days }
    ⏭ Next check-in: { $next }
aftercare-pause-button = ⏸ Pause
aftercare-resume-button = ▶️ Resume
aftercare-edit-button = ✏️ Edit days
aftercare-end-button = ⏹ End
# $alias (String) - client
aftercare-pause-done = ⏸ Check-ins for { $alias } are paused.
# $alias (String) - client
aftercare-resume-done = ▶️ Check-ins for { $alias } are on again.
# $alias (String) - client
aftercare-end-done = ⏹ Aftercare for { $alias } has ended.

voice-ask-question = 🎤 Record a question for people who cannot read. Which question?
voice-ask-language = In which language will you speak?
voice-ask-recording = 🎤 Send the voice note now.
voice-saved = ✅ Saved. It is sent with the question from now on.
checkin-question-mood = 😀 How are you?
checkin-question-health = 🩺 Health
checkin-question-housing = 🏠 Housing
checkin-question-income = 💶 Income or work
checkin-question-network = 👪 Family and friends
checkin-question-papers = 📄 Papers and health centre
checkin-question-other = 💬 Anything else?

# The check-in, to the client. Short sentences.
# Each question (checkin-ask-*) starts with a neutral line for the lock screen.
# $n (Number) - this question's number; $total (Number) - how many questions
checkin-hello =
    📋 A few questions
    👋 Hello! We want to know how you are.
checkin-ask-mood =
    📋 Question { $n } of { $total }
    How are you?
checkin-mood-3 = 😀 Good
checkin-mood-2 = 🙂 Okay
checkin-mood-1 = 😟 Bad
checkin-mood-0 = 🆘 I need help
checkin-ask-health =
    📋 Question { $n } of { $total }
    🩺 Your health and medicines?
checkin-health-2 = 🟩 Good
checkin-health-1 = 🟨 So-so
checkin-health-0 = 🟥 Bad
checkin-ask-housing =
    📋 Question { $n } of { $total }
    🏠 A place to live?
checkin-housing-2 = 🟩 Good
checkin-housing-1 = 🟨 Not sure
checkin-housing-0 = 🟥 No place
checkin-ask-income =
    📋 Question { $n } of { $total }
    💶 Money or work?
checkin-income-2 = 🟩 Enough
checkin-income-1 = 🟨 A little
checkin-income-0 = 🟥 Nothing
checkin-ask-network =
    📋 Question { $n } of { $total }
    👪 Family and friends?
checkin-network-2 = 🟩 They help me
checkin-network-1 = 🟨 A little
checkin-network-0 = 🟥 I am alone
checkin-ask-papers =
    📋 Question { $n } of { $total }
    📄 Papers and a health centre?
checkin-papers-2 = 🟩 Done
checkin-papers-1 = 🟨 Busy with it
checkin-papers-0 = 🟥 Problem
checkin-ask-other =
    📋 Question { $n } of { $total }
    💬 Anything else? Write or send a voice note 🎤. Or skip.
checkin-skip-button = ⏭ Skip
checkin-thanks =
    🙏 Thank you!
    Your casemanager sees your answers.
checkin-closed = This check-in is closed. Thank you.
checkin-reminder = 👋 Hello. We have not heard from you. How are you? Tap to answer.
checkin-start-button = ▶️ Answer

category-checkin_mood = feels bad (check-in)
category-checkin_health = health (check-in)
category-checkin_housing = housing (check-in)
category-checkin_income = income (check-in)
category-checkin_network = alone (check-in)
category-checkin_papers = papers (check-in)
category-checkin_other = check-in message
category-lost_contact = lost contact

# /client <alias>
# $alias (String); $zone (String) - time zone; $plan (String) - active, paused, ended, none
# $next (String) - next check-in; $answered (Number); $trends (String); $issues (String)
client-view =
    👤 { $alias } · 🕐 { $zone }
    🤝 Aftercare: { $plan ->
        [active] ▶️ active
        [paused] ⏸ paused
        [ended] ⏹ ended
       *[none] –
    } · ✅ { $answered } answered · ⏭ { $next }
    { $trends }
    Open:
    { $issues }
# $trend (String) - icons oldest to newest; $worse (String) - yes if worse than last time
client-view-mood = Mood: { $trend }{ $worse ->
        [yes] {" "}⚠️ worse
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-health = 🩺 Health: { $trend }{ $worse ->
        [yes] {" "}⚠️ worse
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-housing = 🏠 Housing: { $trend }{ $worse ->
        [yes] {" "}⚠️ worse
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-income = 💶 Income: { $trend }{ $worse ->
        [yes] {" "}⚠️ worse
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-network = 👪 Network: { $trend }{ $worse ->
        [yes] {" "}⚠️ worse
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-papers = 📄 Papers: { $trend }{ $worse ->
        [yes] {" "}⚠️ worse
       *[no] {""}
    }
# $number (String) - alert number; $categories (String)
client-view-alert = 🚨 #{ $number } { $categories }
# $kind (String); $when (String)
client-view-appointment = 📅 { $kind }, { $when }
client-view-no-issues = nothing
# $typed (String) - what was typed
client-view-not-found = No client matches "{ $typed }". Type /client and part of an alias.

cmd-aftercare = /aftercare – plan or change check-ins after a return
cmd-client = /client alias – trends and open issues of a client
cmd-voice = /voice – record a question as a voice note
menu-aftercare = Aftercare check-ins
menu-client = A client's trends
menu-voice = Record a question
