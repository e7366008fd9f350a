## Nu hulp: de 🆘-knop van de cliënt, de vraag "heb je nu hulp nodig?", alarmnummers,
## en wat medewerkers terugmelden over de markering.

client-sos-button = 🆘 Ik heb nu hulp nodig
cmd-sos = /sos – nu hulp vragen
menu-sos = Nu hulp
# $numbers: één regel per alarmnummer.
sos-ack =
    🤝 We zijn er voor je.
    🆘 We vragen nu hulp voor je.
    Je casemanager en het team zien het.
    We schrijven je snel. Houd je telefoon bij je.
    Nu in gevaar? Bel:
    { $numbers }
# $number: het telefoonnummer
emergency-all = 🆘 Alarmnummer (ambulance, brandweer, politie): { $number }
emergency-ambulance = 🚑 Ambulance: { $number }
emergency-fire = 🚒 Brandweer: { $number }
emergency-police = 👮 Politie: { $number }
emergency-gendarmerie = 🚓 Gendarmerie: { $number }
emergency-mobile = 📱 Vanaf een mobiele telefoon: { $number }
emergency-suicide = 💬 Gedachten aan zelfdoding: { $number }
emergency-police-non-urgent = 👮 Politie, geen spoed: { $number }
unsure-question =
    📋 Een korte vraag
    Heb je nu meteen hulp nodig?
unsure-yes-button = 🆘 Ja, nu
unsure-no-button = 🙂 Nee, het kan wachten
unsure-no-thanks =
    🙂 Goed.
    Je casemanager leest je berichten.
alert-wrong-button = 👎 Niet urgent / onterecht
flag-missed-button = 🚩 Had gemarkeerd moeten worden
flag-feedback-thanks = 🙏 Genoteerd. Zo leert de markering bij.
category-sos = 🆘 hulpknop ingedrukt
category-asked_help = zei ja: heeft nu hulp nodig
category-unsure = misschien urgent, nog geen antwoord
