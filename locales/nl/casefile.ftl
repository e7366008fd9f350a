# Het dossier: een dossier sluiten en heropenen, een cliënt wissen.

cmd-close = /close alias – het dossier van een cliënt sluiten (er gaat niets meer naar hen)
cmd-reopen = /reopen alias – een gesloten dossier heropenen
cmd-erase = /erase alias – een cliënt en alles over hen wissen
menu-close = Dossier sluiten
menu-reopen = Dossier heropenen
menu-erase = Cliënt wissen

casefile-close-usage = Welk dossier? Stuur /close en de alias van de cliënt, bijv. /close Youssef.
casefile-reopen-usage = Welk dossier? Stuur /reopen en de alias van de cliënt.
casefile-erase-usage = Wie? Stuur /erase en de alias van de cliënt.
# $typed (String) - what was typed after the command
casefile-not-found = Geen cliënt van jou heet “{ $typed }”.
casefile-ambiguous = Meerdere cliënten passen bij “{ $typed }”. Typ de volledige alias.

# $alias (String) - the client's alias
casefile-close-ask = 📁 Het dossier van { $alias } sluiten? Er gaat niets meer naar hen; hun berichten komen nog wel bij jou. Waarom?
casefile-reason-returned = 🏠 Teruggekeerd
casefile-reason-moved = 🧭 Verder getrokken
casefile-reason-care = 🏥 Zorg elders
casefile-reason-unreachable = 📵 Niet meer bereikbaar
casefile-reason-other = 📁 Andere reden
casefile-keep-open = ↩️ Open laten
casefile-close-kept = Het dossier van { $alias } blijft open.
# $alias (String) - the client's alias; $reason (String) - why it was closed
casefile-closed = 📁 Het dossier van { $alias } is gesloten ({ $reason }). Er gaat niets meer naar hen. Een admin kan het heropenen met /reopen.
casefile-reopened = 📂 Het dossier van { $alias } is open. Berichten kunnen weer verstuurd worden.

casefile-erase-ask = 🗑️ { $alias } wissen, met alles over hen: berichten, meldingen, afspraken, check-ins, straatcontacten? Dit kan niet ongedaan worden.
casefile-erase-yes = 🗑️ Ja, wissen
casefile-erase-no = ↩️ Nee, bewaren
casefile-erase-kept = Er is niets gewist.
casefile-erased = 🗑️ Gewist. Alleen aantallen voor de jaarcijfers blijven over.
