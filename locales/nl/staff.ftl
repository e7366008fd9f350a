# Medewerkers: aanmelden, hulp, uitnodigingen.

# $name (String) - naam van de medewerker; $role (String) - de rol
welcome-staff = 👋 Welkom, { $name }. Je bent geregistreerd als { role-name }. Stuur /help om te zien wat je kunt doen.

# $commands (String) - één regel per commando
help-list =
    ℹ️ Dit kun je doen:
    { $commands }

cmd-help = /help – wat je kunt doen
cmd-language = /language – taal wijzigen
cmd-privacy = /privacy – wat we bewaren en wie het ziet
cmd-stop = /stop – alle berichten stoppen
cmd-start = /start – opnieuw beginnen
cmd-newclient = /newclient – nieuwe cliënt registreren
cmd-invite = /invite – collega uitnodigen
cmd-cancel = /cancel – stoppen met wat je nu doet

# Korte omschrijvingen voor het commandomenu van Telegram.
menu-help = Wat je kunt doen
menu-language = Taal wijzigen
menu-privacy = Wat we bewaren
menu-stop = Alle berichten stoppen
menu-newclient = Nieuwe cliënt registreren
menu-invite = Collega uitnodigen
menu-cancel = Stoppen met wat je nu doet

invite-choose-role = Wie wil je uitnodigen?
role-casemanager-button = 🧑‍💼 Casemanager
role-fieldworker-button = 🚶 Veldwerker
role-admin-button = 🔑 Beheerder
# $role (String) - de rol; $link (String) - de uitnodigingslink; $days (Number) - aantal dagen geldig
invite-link =
    🔗 Eenmalige link voor een nieuwe { role-name }:
    { $link }
    De link werkt één keer en verloopt over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }.
staff-ask-name = 👤 Welke naam zien collega's? Tik op je naam om die te houden, of typ een andere.
staff-name-keep = ✅ Deze naam houden
staff-name-set = 👤 Collega's zien je als: { $name }
