# Afspraken en herinneringen.
# Gedeelde variabelen: $kind (String) - soort afspraak; $when (String) - datum en tijd
# $place (String) - waar; $note (String) - notitie voor de cliënt; $alias (String) - cliënt

appointment-kind-doctor = huisarts / dokter
appointment-kind-hospital = ziekenhuis
appointment-kind-mental = GGZ
appointment-kind-embassy = ambassade / consulaat
appointment-kind-immigration = IND
appointment-kind-reception = opvang
appointment-kind-return = terugkeer
appointment-kind-lawyer = advocaat
appointment-kind-other = afspraak
appointment-kind-doctor-button = 🩺 Huisarts / dokter
appointment-kind-hospital-button = 🏥 Ziekenhuis
appointment-kind-mental-button = 🧠 GGZ
appointment-kind-embassy-button = 🏛 Ambassade
appointment-kind-immigration-button = 🛂 IND
appointment-kind-reception-button = 🏠 Opvang
appointment-kind-return-button = ✈️ Terugkeer
appointment-kind-lawyer-button = ⚖️ Advocaat
appointment-kind-other-button = 📌 Anders
appointment-topic-doctor = Dokter
appointment-topic-hospital = Ziekenhuis
appointment-topic-mental = Gesprek
appointment-topic-embassy = Documenten
appointment-topic-immigration = Afspraak op kantoor
appointment-topic-reception = Onderdak
appointment-topic-return = Reis
appointment-topic-lawyer = Advies
appointment-topic-other = Afspraak

appointment-cancel-button = ✖️ Annuleren
appointment-skip-button = ⏭ Overslaan
appointment-save-button = ✅ Opslaan
appointment-no-clients = Je hebt nog geen cliënten. Registreer er een met /newclient.
appointment-ask-client = 📅 Nieuwe afspraak. Voor welke cliënt? Tik op een naam of typ een alias.
# $alias (String) - cliënt
appointment-client-button = 👤 { $alias }
# $typed (String) - wat er getypt is
appointment-client-not-found = Geen cliënt gevonden voor “{ $typed }”. Tik op een naam of typ opnieuw.
appointment-ask-kind = Wat voor afspraak is het?
# $day (String) - een datum
appointment-day-button = 📆 { $day }
# $zone (String) - tijdzone van de cliënt
appointment-ask-day = Welke dag? Tik op een dag of typ een datum en tijd, zoals 12/03 14:30, morgen 10:00 of demain 10h. Tijdzone: { $zone }.
appointment-ask-time = Hoe laat? Tik of typ, zoals 14:30 of 9u.
# $typed (String) - wat er getypt is
appointment-date-unreadable = Ik kan “{ $typed }” niet lezen. Typ een datum en tijd zoals 12/03 14:30, 12/3 9u, morgen 10:00 of demain 10h.
appointment-date-past = Dat moment is al voorbij. Typ een datum en tijd in de toekomst, zoals morgen 10:00.
appointment-ask-place = 📍 Waar is het? Typ het adres of sla over.
appointment-ask-note = 📝 Een notitie voor de cliënt? Typ die of sla over.
appointment-reminder-10080-on = ✅ 1 week van tevoren
appointment-reminder-10080-off = ⬜ 1 week van tevoren
appointment-reminder-1440-on = ✅ 24 uur van tevoren
appointment-reminder-1440-off = ⬜ 24 uur van tevoren
appointment-reminder-120-on = ✅ 2 uur van tevoren
appointment-reminder-120-off = ⬜ 2 uur van tevoren
# $zone (String) - tijdzone van de cliënt
appointment-confirm =
    📅 { $alias }: { $kind }
    🕐 { $when } ({ $zone })
    📍 { $place }
    📝 { $note }
    Herinneringen: tik om te wijzigen. Sla daarna op.
appointment-cancelled-flow = ✖️ Gestopt. Er is geen afspraak gemaakt.
appointment-saved = ✅ Opgeslagen: { $alias }, { $kind }, { $when }. De cliënt krijgt nu bericht en vooraf een herinnering.
appointment-client-unreachable = ⚠️ { $alias } heeft de berichten gestopt of de bot geblokkeerd. De afspraak is opgeslagen, maar herinneringen komen misschien niet aan. Bel de cliënt.

# Aan de cliënt
appointment-new-client =
    📅 Nieuwe afspraak
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
appointment-reminder =
    ⏰ Herinnering
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
    Kom je?
appointment-come-button = ✅ Ik kom
appointment-cant-button = ❌ Ik kan niet komen
appointment-call-button = 📞 Bel me alsjeblieft
appointment-thanks-come = 👍 Dank je. Succes met je afspraak.
appointment-thanks-cant =
    🙏 Dank je dat je het laat weten.
    Je casemanager neemt contact met je op.
appointment-thanks-call =
    📞 Genoteerd.
    Je casemanager belt je.
appointment-answer-too-late = Deze afspraak is voorbij of gewijzigd.
appointment-moved-client =
    🔁 Je afspraak is verzet
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
appointment-cancelled-client =
    ✖️ Een afspraak gaat niet door
    📌 { $topic }
    🕐 { $when }

# Aan de casemanager
# $answer (String) - come, cant of call
appointment-answer-staff = { $answer ->
        [come] ✅
        [cant] ❌
       *[call] 📞
    } { $alias }, { $kind } { $when }: { $answer ->
        [come] komt.
        [cant] kan niet komen.
       *[call] vraagt of je wilt bellen.
    }
appointment-reminder-missed = ⚠️ De herinnering aan { $alias } voor { $kind } op { $when } kon niet op tijd weg (de bot lag eruit). Check het even bij de cliënt.
appointment-cancelled-staff = ✖️ Geannuleerd: { $alias }, { $kind } op { $when }. De cliënt heeft bericht gekregen.

appointments-none = Geen komende afspraken.
# $count (Number) - hoeveel; $lines (String) - één regel per afspraak
appointments-list =
    📅 { $count ->
        [one] { $count } komende afspraak
       *[other] { $count } komende afspraken
    }:
    { $lines }
# $number (String) - afspraaknummer; $answer (String) - come, cant, call of none
appointments-line = #{ $number } { $alias }: { $kind }, { $when } { $answer ->
        [come] ✅
        [cant] ❌
        [call] 📞
       *[none] ⏳
    }
# $number (String) - afspraaknummer
appointments-move-button = 🔁 Verzetten #{ $number }
# $number (String) - afspraaknummer
appointments-cancel-button = ✖️ Annuleren #{ $number }

move-ask-client = 🧳 Welke cliënt is verhuisd?
move-ask-country = Waar woont de cliënt nu?
# $zone (String) - de nieuwe tijdzone
move-done = ✅ { $alias } woont nu in tijdzone { $zone }. De herinneringen volgen de nieuwe lokale tijd.

category-appointment_cant = kan niet naar een afspraak komen

cmd-appointment = /appointment – afspraak plannen
cmd-appointments = /appointments – komende afspraken
cmd-move = /move – cliënt is naar een ander land verhuisd
menu-appointment = Afspraak plannen
menu-appointments = Komende afspraken
menu-move = Cliënt is naar een ander land verhuisd
# A saved place's button shows its name; this label is not used as visible text.
appointment-place-button = 📍 Plek
