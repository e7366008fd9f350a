# Safety mode and the quick wipe (flows/safety). First lines are neutral: a lock screen
# shows them.
cmd-wipe = /wipe – delete this chat from your phone now
menu-wipe = Clear this chat
cmd-safety = /safety alias on|off [hours] – a client's safety mode (the chat deletes itself)
menu-safety = A client's safety mode
privacy-safety-off =
    🕶 Safety mode: off.
    When it is on, our messages and yours disappear from this chat after the time you choose. They arrive without sound, and the keyboard shows 🔔 instead of 🆘.
privacy-safety-on = 🕶 Safety mode: on. Messages disappear after { $hours } hours.
safety-hours-button = ⏱ { $hours } h
safety-off-button = 🔕 Safety mode off
wipe-button = 🧹 Clear this chat now
safety-on =
    ⚙️ Saved.
    Messages in this chat now disappear after { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }. They arrive without sound. The 🔔 button still asks for help.
safety-off =
    ⚙️ Saved.
    Messages stay in this chat again.
safety-client-on-staff = 🕶 { $alias } turned on safety mode: their chat is deleted after { $hours } h.
safety-client-off-staff = 🕶 { $alias } turned off safety mode.
safety-staff-on = 🕶 Safety mode on for { $alias }: the chat is deleted after { $hours } h, silent, no map pins.
safety-staff-off = 🕶 Safety mode off for { $alias }.
safety-usage = Use: /safety alias on, /safety alias off, or /safety alias on 12 (hours, 1 to { $most }).
safety-not-found = No single client of yours matches "{ $typed }".
wipe-done = ✔️ Done.
wipe-done-older =
    ✔️ Done.
    We cannot delete older messages. Open this chat's menu (⋮), tap "Clear history", and turn on "Auto-delete" there.
wipe-staff = 🧹 { $alias } cleared their chat with the bot. Their case is unchanged.
client-sos-button-quiet = 🔔 Now
