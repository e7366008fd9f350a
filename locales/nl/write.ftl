## Medewerkers schrijven een cliënt: /write, de ✉️-knoppen, een antwoord op een doorgestuurd bericht.

cmd-write = /write alias – een cliënt schrijven
menu-write = Een cliënt schrijven
write-button = ✉️ Schrijven
write-again-button = ✉️ Nog iets schrijven
write-prompt = ✉️ Typ je bericht aan { $alias }, of stuur een spraakbericht 🎤. Het wordt verstuurd als “je casemanager”.
write-sent = 📤 Verstuurd aan { $alias }.
write-not-found = Geen van je cliënten past bij “{ $typed }”. Typ /write en een deel van een alias.
casemanager-checkin-other = 📋 { $alias }, vragenlijst, “nog iets?”:
