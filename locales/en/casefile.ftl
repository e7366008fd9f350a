# The case file: closing and reopening a case, erasing a client.

cmd-close = /close alias – close a client's case (nothing more is sent to them)
cmd-reopen = /reopen alias – reopen a closed case
cmd-erase = /erase alias – erase a client and everything about them
menu-close = Close a case
menu-reopen = Reopen a case
menu-erase = Erase a client

casefile-close-usage = Whose case? Send /close and the client's alias, e.g. /close Youssef.
casefile-reopen-usage = Whose case? Send /reopen and the client's alias.
casefile-erase-usage = Who? Send /erase and the client's alias.
# $typed (String) - what was typed after the command
casefile-not-found = No client of yours is called “{ $typed }”.
casefile-ambiguous = Several clients match “{ $typed }”. Type the full alias.

# $alias (String) - the client's alias
casefile-close-ask = 📁 Close the case of { $alias }? Nothing more will be sent to them; their messages still reach you. Why?
casefile-reason-returned = 🏠 Returned
casefile-reason-moved = 🧭 Moved on
casefile-reason-care = 🏥 Care elsewhere
casefile-reason-unreachable = 📵 No longer reachable
casefile-reason-other = 📁 Other reason
casefile-keep-open = ↩️ Keep open
casefile-close-kept = The case of { $alias } stays open.
# $alias (String) - the client's alias; $reason (String) - why it was closed
casefile-closed = 📁 The case of { $alias } is closed ({ $reason }). Nothing more is sent to them. An admin can reopen it with /reopen.
casefile-reopened = 📂 The case of { $alias } is open. Messages can go out again.

casefile-erase-ask = 🗑️ Erase { $alias } and everything about them: messages, alerts, appointments, check-ins, street contacts? This cannot be undone.
casefile-erase-yes = 🗑️ Yes, erase
casefile-erase-no = ↩️ No, keep
casefile-erase-kept = Nothing was erased.
casefile-erased = 🗑️ Erased. Only counts for the yearly figures remain.
