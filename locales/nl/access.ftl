# Toegang terugnemen: /staff, /invites, /reassign, /detach; wie uitnodigde hoort wie er binnenkwam.

cmd-staff = /staff – medewerkers: uitschakelen, inschakelen, rol wijzigen
cmd-invites = /invites – openstaande uitnodigingen, intrekken
cmd-reassign = /reassign alias – cliënt aan een andere casemanager geven
cmd-detach = /detach alias – verloren telefoon van een cliënt loskoppelen, nieuwe link
menu-staff = Medewerkers en rollen
menu-invites = Openstaande uitnodigingen
menu-reassign = Cliënt aan andere casemanager geven
menu-detach = Telefoon van cliënt loskoppelen

# $count (Number) - aantal medewerkers; $lines (String) - één regel per medewerker
access-staff-list =
    👥 Medewerkers ({ $count }):
    { $lines }
# $alias (String) - naam; $role (String) - rol; $status (String) - active of disabled
access-staff-line = { $status ->
    [disabled] 🚫
   *[active] ✅
} { $alias } · { role-name }
# $alias (String) - naam van de medewerker
access-disable-button = 🚫 { $alias } uitschakelen
# $alias (String) - naam van de medewerker
access-enable-button = ✅ { $alias } inschakelen
# $alias (String) - naam van de medewerker
access-role-button = 🔁 Rol van { $alias }
# $alias (String) - naam van de medewerker
access-role-choose = 🔁 Welke rol krijgt { $alias }?
access-not-yourself = ⛔ Dat kun je niet bij jezelf doen.
# $alias (String) - naam van de medewerker
access-last-admin = ⛔ { $alias } is de laatste beheerder. Maak eerst iemand anders beheerder.
# $alias (String) - naam van de medewerker
access-staff-disabled = 🚫 { $alias } is uitgeschakeld. De bot ziet hen nu als onbekende.
# $alias (String) - naam van de medewerker
access-staff-enabled = ✅ { $alias } is weer ingeschakeld.
# $alias (String) - naam; $role (String) - de nieuwe rol
access-role-changed = 🔁 { $alias } is nu { role-name }.
# $role (String) - de nieuwe rol
access-role-changed-you = 🔁 Je rol is nu { role-name }. Stuur /help om te zien wat je kunt doen.

access-invites-none = 🎟 Geen openstaande uitnodigingen.
# $count (Number) - aantal; $lines (String) - één regel per uitnodiging
access-invites-list =
    🎟 Openstaande uitnodigingen ({ $count }):
    { $lines }
# $number (String) - nummer; $role (String) - rol; $for (String) - voor wie;
# $by (String) - gemaakt door; $until (String) - verloopt op
access-invite-line = #{ $number } { role-name } · voor { $for } · door { $by } · tot { $until }
access-invite-by-cli = de opdrachtregel
# $number (String) - nummer van de uitnodiging
access-revoke-button = 🗑 #{ $number } intrekken
access-invite-gone = 🎟 Deze uitnodiging staat niet meer open.
# $number (String) - nummer van de uitnodiging
access-invite-revoked = 🗑 Uitnodiging #{ $number } is ingetrokken. De link werkt niet meer.

# $typed (String) - wat er getypt is
access-client-not-found = 🔎 Geen cliënt gevonden voor “{ $typed }”. Typ de alias na het commando.
# $typed (String) - wat er getypt is
access-client-ambiguous = 🔎 Meerdere cliënten passen bij “{ $typed }”. Typ meer van de alias.
access-reassign-nobody = 🔁 Er is geen andere casemanager om deze cliënt aan te geven.
# $alias (String) - de cliënt; $name (String) - de casemanager nu
access-reassign-choose = 🔁 { $alias } zit nu bij { $name }. Wie neemt het over?
# $name (String) - een casemanager
access-reassign-to-button = 🧑‍💼 { $name }
# $alias (String) - de cliënt; $name (String) - de nieuwe casemanager
access-reassigned = ✅ { $alias } zit nu bij { $name }. Open meldingen en nieuwe berichten gaan naar hen.
# $alias (String) - de cliënt; $name (String) - de casemanager hiervoor
access-reassigned-new = 🔁 { $alias } is nu jouw cliënt (hiervoor: { $name }). Open meldingen en nieuwe berichten komen bij jou.
# $alias (String) - de cliënt; $name (String) - de nieuwe casemanager
access-reassigned-old = 🔁 { $alias } zit nu bij { $name }. Je krijgt hun berichten niet meer.

# $alias (String) - de cliënt
access-detach-confirm = 📵 Telefoon van { $alias } loskoppelen? Het oude Telegram-account krijgt niets meer. Jij krijgt een nieuwe link voor de nieuwe telefoon.
access-detach-yes-button = 📵 Loskoppelen
access-detach-no-button = ✖️ Laten zo
# $alias (String) - de cliënt
access-detach-kept = ✖️ Niets veranderd voor { $alias }.
# $alias (String) - de cliënt; $link (String) - de nieuwe link; $days (Number) - dagen geldig
access-detached =
    📵 De oude telefoon van { $alias } is losgekoppeld.
    Geef deze link op de nieuwe telefoon, of laat de QR-code scannen. De link werkt één keer en verloopt over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }.
    { $link }

# $alias (String) - wie binnenkwam; $role (String) - als wat; $when (String) - wanneer
access-invite-used = 🔔 Uitnodiging voor { $alias } gebruikt: { role-name }, aangemeld { $when }. Niet de juiste persoon? Gebruik /detach of /staff.
