# Shared terms and replies used by every feature.

-org-name = the outreach team

# Shown to anyone the bot does not know. Must not reveal who the bot serves.
greeting-unknown = Hello 👋 This chat only works with a personal invitation link.

refusal-not-available = Sorry, that is not available here.
reask-use-buttons = Please tap one of the buttons 👇
button-expired = This button is no longer active.
unknown-command = I don't know that command. Send /help to see what you can do.
unsupported-message = I can't read this kind of message. Please send text or a voice note 🎤.
error-generic = Something went wrong on our side. Your message is saved; please try again later.
cancelled = ✖️ Stopped. Nothing was saved.
staff-idle-hint = Send /help to see what you can do.
welcome-back = 👋 Hello again. Send /help to see what you can do.

# Label for a language button; the visible text is the language's own name.
language-name = Language
language-choose = 🌐 Choose your language:
language-set = ✅ Language saved.

# $role (String) - admin, casemanager or fieldworker
role-name = { $role ->
    [admin] admin
    [casemanager] casemanager
    [fieldworker] fieldworker
   *[client] client
}
# A client's time and the reader's own. $theirs (String) - date and time there;
# $place (String) - their time zone's city; $here (String) - the reader's time
time-theirs-and-here = { $theirs } { $place } · { $here } here
