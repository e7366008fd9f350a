# /newclient: a casemanager registers a client.

newclient-ask-alias = 🆕 New client. Type an alias (a nickname or initials, no full name):
# $max (Number) - the longest alias allowed
newclient-alias-invalid = Please type an alias of 1 to { $max } characters.
# $alias (String) - the client's alias
newclient-ask-language = Which language does { $alias } read best?
newclient-ask-country = Where does the client live now?
# $zone (String) - the proposed time zone
newclient-ask-timezone = 🕐 Time zone: { $zone }. Keep it, or choose another (you can also type one, like Africa/Casablanca).
# $zone (String) - a time zone name
newclient-zone-keep = ✅ { $zone }
# $zone (String) - a time zone name
newclient-zone-other = { $zone }
newclient-zone-invalid = I don't know that time zone. Tap a button or type one like Africa/Casablanca.
newclient-cancel = ✖️ Cancel
newclient-cancelled = ✖️ Cancelled. No client was created.
# $alias (String) - the client's alias; $link (String) - invite link; $days (Number) - days valid
newclient-done =
    ✅ { $alias } is registered.
    Give them this link or let them scan the QR code. It works once and expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }:
    { $link }

country-MA = 🇲🇦 Morocco
country-DZ = 🇩🇿 Algeria
country-TN = 🇹🇳 Tunisia
country-NL = 🇳🇱 Netherlands
country-other = 🌍 Other

cmd-clients = /clients – your clients and where each stands
menu-clients = Your clients
clients-none = You have no clients yet. Add one with /newclient.
# $count (Number) - how many; $lines (String) - one line per client
clients-list =
    👥 { $count ->
        [one] 1 client
       *[other] { $count } clients
    }:
    { $lines }
# $alias (String); $language (String) - a language code; $status (String) - invited, pending, active, declined, stopped, unreachable
clients-line = { $status ->
        [invited] ✉️ { $alias }: invited, not joined yet
        [pending] ⏳ { $alias }: joined, has not agreed yet
        [declined] 🚫 { $alias }: did not agree
        [stopped] 🔕 { $alias }: stopped messages
        [unreachable] 📵 { $alias }: unreachable (blocked the bot?)
       *[active] ✅ { $alias } ({ $language })
    }
