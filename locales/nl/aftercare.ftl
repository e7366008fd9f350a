# Nazorg na vrijwillige terugkeer: het plan (medewerkers) en de check-in (cliënt).

aftercare-ask-client = 🤝 Nazorg. Voor welke cliënt? Tik of typ een alias.
# $alias (String) - cliënt
aftercare-ask-return = ✈️ Wanneer is { $alias } teruggekeerd? Tik of typ een datum (zoals 12/03).
# $days_ago (Number) - 0 vandaag, 1 gisteren, ...
aftercare-day-button = { $days_ago ->
        [0] 📆 Vandaag
        [1] 📆 Gisteren
       *[other] 📆 { $days_ago } dagen geleden
    }
aftercare-ask-country = 🌍 Waar woont de cliënt nu?
aftercare-ask-hour = 🕐 Hoe laat (lokale tijd) moeten de check-ins aankomen?
# $hour (Number) - een uur van de dag
aftercare-hour-button = 🕐 { $hour }:00
# $days (String) - de standaarddagen
aftercare-default-days-button = ✅ Dagen { $days }
aftercare-ask-days = 📋 Op welke dagen na terugkeer komen de check-ins? Tik op de standaard of typ dagen, zoals 3, 7, 14, 30.
aftercare-date-unreadable = Die datum kan ik niet lezen. Typ hem zoals 12/03 of 12/3, of tik op een knop.
aftercare-days-invalid = Typ de dagen als getallen tussen 1 en 730, zoals 3, 7, 14, 30.
# $alias (String) - cliënt; $count (Number) - geplande check-ins
aftercare-saved = ✅ Nazorg voor { $alias }: { $count ->
        [one] { $count } check-in gepland.
       *[other] { $count } check-ins gepland.
    }
# $alias (String); $status (String) - active, paused of ended; $days (String) - dagen in het plan
# $returned (String) - terugkeerdatum; $next (String) - volgende check-in
aftercare-plan =
    🤝 Nazorg voor { $alias } ({ $status ->
        [paused] ⏸ gepauzeerd
        [ended] ⏹ beëindigd
       *[active] ▶️ actief
    })
    ✈️ Teruggekeerd: { $returned }
    📋 Dagen: { $days }
    ⏭ Volgende check-in: { $next }
aftercare-pause-button = ⏸ Pauzeren
aftercare-resume-button = ▶️ Hervatten
aftercare-edit-button = ✏️ Dagen wijzigen
aftercare-end-button = ⏹ Beëindigen
# $alias (String) - cliënt
aftercare-pause-done = ⏸ Check-ins voor { $alias } zijn gepauzeerd.
# $alias (String) - cliënt
aftercare-resume-done = ▶️ Check-ins voor { $alias } staan weer aan.
# $alias (String) - cliënt
aftercare-end-done = ⏹ Nazorg voor { $alias } is beëindigd.

voice-ask-question = 🎤 Spreek een vraag in voor mensen die niet kunnen lezen. Welke vraag?
voice-ask-language = In welke taal ga je spreken?
voice-ask-recording = 🎤 Stuur nu het spraakbericht.
voice-saved = ✅ Opgeslagen. Het wordt vanaf nu met de vraag meegestuurd.
checkin-question-mood = 😀 Hoe gaat het?
checkin-question-health = 🩺 Gezondheid
checkin-question-housing = 🏠 Wonen
checkin-question-income = 💶 Inkomen of werk
checkin-question-network = 👪 Familie en vrienden
checkin-question-papers = 📄 Papieren en gezondheidscentrum
checkin-question-other = 💬 Nog iets?

# De check-in, aan de cliënt. Korte zinnen.
checkin-hello =
    📋 Een paar vragen
    👋 Hallo! We willen weten hoe het met je gaat.
checkin-ask-mood =
    📋 Vraag { $n } van { $total }
    Hoe gaat het?
checkin-mood-3 = 😀 Goed
checkin-mood-2 = 🙂 Gaat wel
checkin-mood-1 = 😟 Slecht
checkin-mood-0 = 🆘 Ik heb hulp nodig
checkin-ask-health =
    📋 Vraag { $n } van { $total }
    🩺 Je gezondheid en medicijnen?
checkin-health-2 = 🟩 Goed
checkin-health-1 = 🟨 Matig
checkin-health-0 = 🟥 Slecht
checkin-ask-housing =
    📋 Vraag { $n } van { $total }
    🏠 Een plek om te wonen?
checkin-housing-2 = 🟩 Goed
checkin-housing-1 = 🟨 Weet ik niet zeker
checkin-housing-0 = 🟥 Geen plek
checkin-ask-income =
    📋 Vraag { $n } van { $total }
    💶 Geld of werk?
checkin-income-2 = 🟩 Genoeg
checkin-income-1 = 🟨 Een beetje
checkin-income-0 = 🟥 Niets
checkin-ask-network =
    📋 Vraag { $n } van { $total }
    👪 Familie en vrienden?
checkin-network-2 = 🟩 Ze helpen me
checkin-network-1 = 🟨 Een beetje
checkin-network-0 = 🟥 Ik ben alleen
checkin-ask-papers =
    📋 Vraag { $n } van { $total }
    📄 Papieren en een gezondheidscentrum?
checkin-papers-2 = 🟩 Geregeld
checkin-papers-1 = 🟨 Mee bezig
checkin-papers-0 = 🟥 Probleem
checkin-ask-other =
    📋 Vraag { $n } van { $total }
    💬 Nog iets? Schrijf of stuur een spraakbericht 🎤. Of sla over.
checkin-skip-button = ⏭ Overslaan
checkin-thanks =
    🙏 Dank je!
    Je casemanager ziet je antwoorden.
checkin-closed = Deze check-in is gesloten. Dank je.
checkin-reminder = 👋 Hallo. We hebben niets van je gehoord. Hoe gaat het? Tik om te antwoorden.
checkin-start-button = ▶️ Antwoorden

category-checkin_mood = voelt zich slecht (check-in)
category-checkin_health = gezondheid (check-in)
category-checkin_housing = wonen (check-in)
category-checkin_income = inkomen (check-in)
category-checkin_network = alleen (check-in)
category-checkin_papers = papieren (check-in)
category-checkin_other = bericht bij check-in
category-lost_contact = contact verloren

# /client <alias>
# $alias (String); $zone (String) - tijdzone; $plan (String) - active, paused, ended, none
# $next (String) - volgende check-in; $answered (Number); $trends (String); $issues (String)
client-view =
    👤 { $alias } · 🕐 { $zone }
    🤝 Nazorg: { $plan ->
        [active] ▶️ actief
        [paused] ⏸ gepauzeerd
        [ended] ⏹ beëindigd
       *[none] –
    } · ✅ { $answered } beantwoord · ⏭ { $next }
    { $trends }
    Open:
    { $issues }
# $trend (String) - iconen van oud naar nieuw; $worse (String) - yes als slechter dan vorige keer
client-view-mood = Stemming: { $trend }{ $worse ->
        [yes] {" "}⚠️ slechter
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-health = 🩺 Gezondheid: { $trend }{ $worse ->
        [yes] {" "}⚠️ slechter
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-housing = 🏠 Wonen: { $trend }{ $worse ->
        [yes] {" "}⚠️ slechter
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-income = 💶 Inkomen: { $trend }{ $worse ->
        [yes] {" "}⚠️ slechter
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-network = 👪 Netwerk: { $trend }{ $worse ->
        [yes] {" "}⚠️ slechter
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-papers = 📄 Papieren: { $trend }{ $worse ->
        [yes] {" "}⚠️ slechter
       *[no] {""}
    }
# $number (String) - meldingnummer; $categories (String)
client-view-alert = 🚨 #{ $number } { $categories }
# $kind (String); $when (String)
client-view-appointment = 📅 { $kind }, { $when }
client-view-no-issues = niets
# $typed (String) - wat er getypt is
client-view-not-found = Geen cliënt gevonden voor “{ $typed }”. Typ /client en een deel van een alias.

cmd-aftercare = /aftercare – check-ins na terugkeer plannen of wijzigen
cmd-client = /client alias – trends en open punten van een cliënt
cmd-voice = /voice – een vraag inspreken als spraakbericht
menu-aftercare = Nazorg-check-ins
menu-client = Trends van een cliënt
menu-voice = Vraag inspreken
