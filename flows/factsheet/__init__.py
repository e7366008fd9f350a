"""/factsheet: the yearly factsheet, made by the bot, in an admin's private chat."""
