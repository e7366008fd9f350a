# Appointments and their reminders.
# Shared variables: $kind (String) - kind of appointment; $when (String) - date and time
# $place (String) - where; $note (String) - a note for the client; $alias (String) - client

appointment-kind-doctor = GP / doctor
appointment-kind-hospital = hospital
appointment-kind-mental = mental health
appointment-kind-embassy = embassy / consulate
appointment-kind-immigration = immigration service
appointment-kind-reception = reception centre
appointment-kind-return = return service
appointment-kind-lawyer = lawyer
appointment-kind-other = appointment
appointment-kind-doctor-button = 🩺 GP / doctor
appointment-kind-hospital-button = 🏥 Hospital
appointment-kind-mental-button = 🧠 Mental health
appointment-kind-embassy-button = 🏛 Embassy
appointment-kind-immigration-button = 🛂 Immigration
appointment-kind-reception-button = 🏠 Reception
appointment-kind-return-button = ✈️ Return service
appointment-kind-lawyer-button = ⚖️ Lawyer
appointment-kind-other-button = 📌 Other
# What the client sees ($topic): gentle words that name no agency and no diagnosis, as a
# lock screen or someone else may read them.
appointment-topic-doctor = Doctor
appointment-topic-hospital = Hospital
appointment-topic-mental = Talk
appointment-topic-embassy = Documents
appointment-topic-immigration = Office visit
appointment-topic-reception = Place to stay
appointment-topic-return = Travel
appointment-topic-lawyer = Advice
appointment-topic-other = Appointment

appointment-cancel-button = ✖️ Cancel
appointment-skip-button = ⏭ Skip
appointment-save-button = ✅ Save
appointment-no-clients = You have no clients yet. Register one with /newclient.
appointment-ask-client = 📅 New appointment. For which client? Tap or type an alias.
# $alias (String) - client
appointment-client-button = 👤 { $alias }
# $typed (String) - what was typed
appointment-client-not-found = No client matches "{ $typed }". Tap a name or type again.
appointment-ask-kind = What kind of appointment?
# $day (String) - a date
appointment-day-button = 📆 { $day }
# $zone (String) - the client's time zone
appointment-ask-day = Which day? Tap a day or type a date and time, like 12/03 14:30, morgen 10:00 or demain 10h. Time zone: { $zone }.
appointment-ask-time = What time? Tap or type, like 14:30 or 9u.
# $typed (String) - what was typed
appointment-date-unreadable = I can't read "{ $typed }". Type a date and time like 12/03 14:30, 12/3 9u, morgen 10:00 or demain 10h.
appointment-date-past = That moment has passed. Type a date and time in the future, like morgen 10:00.
appointment-ask-place = 📍 Where is it? Type the address, or skip.
appointment-ask-note = 📝 A note for the client? Type it, or skip.
appointment-reminder-10080-on = ✅ 1 week before
appointment-reminder-10080-off = ⬜ 1 week before
appointment-reminder-1440-on = ✅ 24 hours before
appointment-reminder-1440-off = ⬜ 24 hours before
appointment-reminder-120-on = ✅ 2 hours before
appointment-reminder-120-off = ⬜ 2 hours before
# $zone (String) - the client's time zone
appointment-confirm =
    📅 { $alias }: { $kind }
    🕐 { $when } ({ $zone })
    📍 { $place }
    📝 { $note }
    Reminders: tap to change. Then save.
appointment-cancelled-flow = ✖️ Stopped. No appointment was made.
appointment-saved = ✅ Saved: { $alias }, { $kind }, { $when }. The client is told now and reminded before.
appointment-client-unreachable = ⚠️ { $alias } has stopped messages or blocked the bot. The appointment is saved, but reminders may not arrive. Please call them.

# To the client
appointment-new-client =
    📅 New appointment
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
appointment-reminder =
    ⏰ Reminder
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
    Will you come?
appointment-come-button = ✅ I will come
appointment-cant-button = ❌ I can't come
appointment-call-button = 📞 Please call me
appointment-thanks-come = 👍 Thank you. Good luck with your appointment.
appointment-thanks-cant =
    🙏 Thank you for telling us.
    Your casemanager will contact you.
appointment-thanks-call =
    📞 Noted.
    Your casemanager will call you.
appointment-answer-too-late = This appointment has passed or changed.
appointment-moved-client =
    🔁 Your appointment has moved
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
appointment-cancelled-client =
    ✖️ An appointment is cancelled
    📌 { $topic }
    🕐 { $when }

# To the casemanager
# $answer (String) - come, cant or call
appointment-answer-staff = { $answer ->
        [come] ✅
        [cant] ❌
       *[call] 📞
    } { $alias }, { $kind } { $when }: { $answer ->
        [come] will come.
        [cant] can't come.
       *[call] asks you to call.
    }
appointment-reminder-missed = ⚠️ The reminder to { $alias } for { $kind } on { $when } could not go out in time (the bot was down). Please check with them.
appointment-cancelled-staff = ✖️ Cancelled: { $alias }, { $kind } on { $when }. The client is told.

appointments-none = No upcoming appointments.
# $count (Number) - how many; $lines (String) - one line each
appointments-list =
    📅 { $count ->
        [one] { $count } upcoming appointment
       *[other] { $count } upcoming appointments
    }:
    { $lines }
# $number (String) - appointment number; $answer (String) - come, cant, call or none
appointments-line = #{ $number } { $alias }: { $kind }, { $when } { $answer ->
        [come] ✅
        [cant] ❌
        [call] 📞
       *[none] ⏳
    }
# $number (String) - appointment number
appointments-move-button = 🔁 Move #{ $number }
# $number (String) - appointment number
appointments-cancel-button = ✖️ Cancel #{ $number }

move-ask-client = 🧳 Which client has moved?
move-ask-country = Where does the client live now?
# $zone (String) - the new time zone
move-done = ✅ { $alias } now lives in { $zone }. Their reminders follow the new local time.

category-appointment_cant = can't come to an appointment

cmd-appointment = /appointment – plan an appointment
cmd-appointments = /appointments – upcoming appointments
cmd-move = /move – a client moved country
menu-appointment = Plan an appointment
menu-appointments = Upcoming appointments
menu-move = A client moved country
# A saved place's button shows its name; this label is not used as visible text.
appointment-place-button = 📍 Place
