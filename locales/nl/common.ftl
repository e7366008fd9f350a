# Gedeelde termen en antwoorden voor alle onderdelen.

-org-name = het outreachteam

# Voor iedereen die de bot niet kent. Mag niet verraden voor wie de bot is.
greeting-unknown = Hallo 👋 Deze chat werkt alleen met een persoonlijke uitnodigingslink.

refusal-not-available = Sorry, dat kan hier niet.
reask-use-buttons = Tik op een van de knoppen 👇
button-expired = Deze knop werkt niet meer.
unknown-command = Dat commando ken ik niet. Stuur /help om te zien wat je kunt doen.
unsupported-message = Dit soort bericht kan ik niet lezen. Stuur tekst of een spraakbericht 🎤.
error-generic = Er ging bij ons iets mis. Je bericht is bewaard. Probeer het later opnieuw.
cancelled = ✖️ Gestopt. Er is niets opgeslagen.
staff-idle-hint = Stuur /help om te zien wat je kunt doen.
welcome-back = 👋 Welkom terug. Stuur /help om te zien wat je kunt doen.

# Label voor een taalknop; de zichtbare tekst is de naam van de taal in die taal zelf.
language-name = Taal
language-choose = 🌐 Kies je taal:
language-set = ✅ Taal opgeslagen.

# $role (String) - admin, casemanager of fieldworker
role-name = { $role ->
    [admin] beheerder
    [casemanager] casemanager
    [fieldworker] veldwerker
   *[client] cliënt
}
time-theirs-and-here = { $theirs } { $place } · { $here } hier
