# Staff: joining, help, invitations.

# $name (String) - the staff member's name; $role (String) - their role
welcome-staff = 👋 Welcome, { $name }. You are registered as { role-name }. Send /help to see what you can do.

# $commands (String) - one line per command
help-list =
    ℹ️ What you can do:
    { $commands }

cmd-help = /help – what you can do
cmd-language = /language – change the language
cmd-privacy = /privacy – what we store and who sees it
cmd-stop = /stop – stop all messages
cmd-start = /start – start again
cmd-newclient = /newclient – register a new client
cmd-invite = /invite – invite a staff member
cmd-cancel = /cancel – stop what you are doing

# Short descriptions for Telegram's command menu.
menu-help = What you can do
menu-language = Change the language
menu-privacy = What we store
menu-stop = Stop all messages
menu-newclient = Register a new client
menu-invite = Invite a staff member
menu-cancel = Stop what you are doing

invite-choose-role = Who do you want to invite?
role-casemanager-button = 🧑‍💼 Casemanager
role-fieldworker-button = 🚶 Fieldworker
role-admin-button = 🔑 Admin
# $role (String) - the role; $link (String) - the invite link; $days (Number) - days valid
invite-link =
    🔗 One-time link for a new { role-name }:
    { $link }
    It works once and expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
# Invited without a name: which name colleagues see.
staff-ask-name = 👤 Which name should colleagues see? Tap your name to keep it, or type another.
staff-name-keep = ✅ Keep this name
# $name (String)
staff-name-set = 👤 Colleagues see you as: { $name }
