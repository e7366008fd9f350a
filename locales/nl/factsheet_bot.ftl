# /factsheet in Telegram: de factsheet van een jaar, voor beheerders, in hun eigen chat.

cmd-factsheet = /factsheet [jaar] – de factsheet van het jaar als afbeelding en pdf (standaard: vorig jaar)
menu-factsheet = Factsheet van het jaar

# $year (String) - het gevraagde jaar
factsheet-preparing = 📊 De factsheet van { $year } wordt gemaakt. Hij komt zo hier, als afbeelding en als pdf.
factsheet-caption = 📊 Factsheet { $year }, met exacte aantallen: alleen voor het team, niet delen.
factsheet-future-year = { $year } is nog niet begonnen. Stuur /factsheet en een jaar, bijv. /factsheet 2024.
factsheet-failed = ⚠️ De factsheet van { $year } kon niet worden gemaakt. Probeer het later opnieuw; lukt het steeds niet, meld het dan aan wie de bot beheert.
# $typed (String) - wat na het commando werd getypt
factsheet-bad-year = “{ $typed }” is geen jaartal. Stuur /factsheet en een jaar, bijv. /factsheet 2024.
factsheet-private-only = 🔒 De factsheet gaat nooit naar een groep. Stuur /factsheet hier, in deze chat.
