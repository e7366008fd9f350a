## Help now: the client's 🆘 button, the "do you need help now?" question, emergency numbers,
## and staff feedback on the flagging.

# The client's reply-keyboard button; pressing it raises an urgent alert.
client-sos-button = 🆘 I need help now
cmd-sos = /sos – ask for help now
menu-sos = Help now
# After 🆘 (or "I need help" in a check-in). $numbers: one line per emergency number.
sos-ack =
    🤝 We are here.
    🆘 We are asking for help for you now.
    Your casemanager and the team can see it.
    We will write to you soon. Keep your phone with you.
    In danger right now? Call:
    { $numbers }
# $number: the phone number
emergency-all = 🆘 Emergency (ambulance, fire, police): { $number }
emergency-ambulance = 🚑 Ambulance: { $number }
emergency-fire = 🚒 Fire brigade: { $number }
emergency-police = 👮 Police: { $number }
emergency-gendarmerie = 🚓 Gendarmerie: { $number }
emergency-mobile = 📱 From a mobile phone: { $number }
emergency-suicide = 💬 Thoughts of ending your life: { $number }
emergency-police-non-urgent = 👮 Police, not urgent: { $number }
# Asked when the bot is unsure whether a message is urgent.
unsure-question =
    📋 A quick question
    Do you need help right now?
unsure-yes-button = 🆘 Yes, now
unsure-no-button = 🙂 No, it can wait
unsure-no-thanks =
    🙂 Good.
    Your casemanager will read your messages.
# Staff: on an alert card, and on a forwarded client message.
alert-wrong-button = 👎 Not urgent / wrong flag
flag-missed-button = 🚩 Should have been flagged
flag-feedback-thanks = 🙏 Noted. This helps the flagging learn.
category-sos = 🆘 pressed the help button
category-asked_help = said yes: needs help now
category-unsure = maybe urgent, no answer yet
