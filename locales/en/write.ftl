## Staff write to a client: /write, the ✉️ Write buttons, a reply to a forwarded message.

cmd-write = /write alias – write to a client
menu-write = Write to a client
write-button = ✉️ Write
write-again-button = ✉️ Write again
# $alias (String) - the client's alias
write-prompt = ✉️ Type your message to { $alias }, or send a voice note 🎤. It goes out as "your casemanager".
# $alias (String)
write-sent = 📤 Sent to { $alias }.
# $typed (String) - what was typed after /write
write-not-found = None of your clients matches "{ $typed }". Type /write and part of an alias.
# $alias (String) - the client's answer to "anything else?" in a check-in follows
casemanager-checkin-other = 📋 { $alias }, check-in, "anything else?":
