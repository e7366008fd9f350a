# Taking access back: /staff, /invites, /reassign, /detach; the inviter told who joined.

cmd-staff = /staff – staff: disable, enable, change a role
cmd-invites = /invites – pending invites, revoke one
cmd-reassign = /reassign alias – give a client to another casemanager
cmd-detach = /detach alias – detach a client's lost phone, new link
menu-staff = Staff and roles
menu-invites = Pending invites
menu-reassign = Give a client to another casemanager
menu-detach = Detach a client's phone

# $count (Number) - how many staff; $lines (String) - one line per staff member
access-staff-list =
    👥 Staff ({ $count }):
    { $lines }
# $alias (String) - the staff member's name; $role (String) - their role;
# $status (String) - active or disabled
access-staff-line = { $status ->
    [disabled] 🚫
   *[active] ✅
} { $alias } · { role-name }
# $alias (String) - the staff member's name
access-disable-button = 🚫 Disable { $alias }
# $alias (String) - the staff member's name
access-enable-button = ✅ Enable { $alias }
# $alias (String) - the staff member's name
access-role-button = 🔁 Role of { $alias }
# $alias (String) - the staff member's name
access-role-choose = 🔁 Which role for { $alias }?
access-not-yourself = ⛔ You cannot do this to yourself.
# $alias (String) - the staff member's name
access-last-admin = ⛔ { $alias } is the last admin. Make someone else admin first.
# $alias (String) - the staff member's name
access-staff-disabled = 🚫 { $alias } is disabled. The bot treats them as a stranger now.
# $alias (String) - the staff member's name
access-staff-enabled = ✅ { $alias } is enabled again.
# $alias (String) - the staff member's name; $role (String) - the new role
access-role-changed = 🔁 { $alias } is now { role-name }.
# $role (String) - the new role
access-role-changed-you = 🔁 Your role is now { role-name }. Send /help to see what you can do.

access-invites-none = 🎟 No pending invites.
# $count (Number) - how many; $lines (String) - one line per invite
access-invites-list =
    🎟 Pending invites ({ $count }):
    { $lines }
# $number (String) - the invite's number; $role (String) - its role; $for (String) - for whom;
# $by (String) - who made it; $until (String) - when it expires
access-invite-line = #{ $number } { role-name } · for { $for } · by { $by } · until { $until }
access-invite-by-cli = the command line
# $number (String) - the invite's number
access-revoke-button = 🗑 Revoke #{ $number }
access-invite-gone = 🎟 This invite is no longer pending.
# $number (String) - the invite's number
access-invite-revoked = 🗑 Invite #{ $number } is revoked. The link no longer works.

# $typed (String) - what was typed
access-client-not-found = 🔎 No client found for “{ $typed }”. Type the alias after the command.
# $typed (String) - what was typed
access-client-ambiguous = 🔎 Several clients match “{ $typed }”. Type more of the alias.
access-reassign-nobody = 🔁 There is no other casemanager to give this client to.
# $alias (String) - the client; $name (String) - their casemanager now
access-reassign-choose = 🔁 { $alias } is with { $name } now. Who takes over?
# $name (String) - a casemanager
access-reassign-to-button = 🧑‍💼 { $name }
# $alias (String) - the client; $name (String) - the new casemanager
access-reassigned = ✅ { $alias } is now with { $name }. Open alerts and new messages go to them.
# $alias (String) - the client; $name (String) - the casemanager before
access-reassigned-new = 🔁 { $alias } is now your client (before: { $name }). Open alerts and new messages come to you.
# $alias (String) - the client; $name (String) - the new casemanager
access-reassigned-old = 🔁 { $alias } is now with { $name }. You no longer get their messages.

# $alias (String) - the client
access-detach-confirm = 📵 Detach the phone of { $alias }? The old Telegram account gets nothing more. You get a new link for their new phone.
access-detach-yes-button = 📵 Detach
access-detach-no-button = ✖️ Keep
# $alias (String) - the client
access-detach-kept = ✖️ Nothing changed for { $alias }.
# $alias (String) - the client; $link (String) - the new invite link; $days (Number) - days valid
access-detached =
    📵 The old phone of { $alias } is detached.
    Give them this link on their new phone, or let them scan the QR code. It works once and expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
    { $link }

# $alias (String) - who joined; $role (String) - as what; $when (String) - when
access-invite-used = 🔔 Invite for { $alias } used: { role-name }, joined { $when }. Not them? Use /detach or /staff.
