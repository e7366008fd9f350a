# /factsheet in Telegram: the year's factsheet, for admins, in their private chat.

cmd-factsheet = /factsheet [year] – the year's factsheet as a picture and a PDF (default: last year)
menu-factsheet = Yearly factsheet

# $year (String) - the year asked for
factsheet-preparing = 📊 Making the factsheet for { $year }. It comes here in a moment, as a picture and a PDF.
factsheet-caption = 📊 Factsheet { $year }, with exact numbers: for the team only, do not share it.
factsheet-future-year = { $year } has not begun yet. Send /factsheet and a year, e.g. /factsheet 2024.
factsheet-failed = ⚠️ The factsheet for { $year } could not be made. Try again later; if it keeps failing, tell whoever runs the bot.
# $typed (String) - what was typed after the command
factsheet-bad-year = “{ $typed }” is not a year. Send /factsheet and a year, e.g. /factsheet 2024.
factsheet-private-only = 🔒 The factsheet never goes to a group. Send /factsheet here, in this chat.
