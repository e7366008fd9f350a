# Straatwerk: veldwerkers registreren straatcontacten in een paar tikken (/contact).

# Het antwoordtoetsenbord voor medewerkers (altijd zichtbaar): start een registratie, of start
# er een op de huidige locatie (de tweede knop vraagt Telegram om de locatie).
street-keyboard-button = 🚶 Straatcontact
street-keyboard-location-button = 📍 Contact hier

street-nav-back-button = ⬅️ Terug
street-nav-skip-button = ⏭ Overslaan
street-cancel-button = ✖️ Annuleren
street-done-button = ✅ Klaar
street-unset = –

street-ask-who = 🚶 Nieuw straatcontact. Wie is het? Typ een alias om te zoeken, of tik:
street-new-person-button = 🆕 Nieuwe persoon
# $alias (String) - de getypte alias
street-new-alias-button = 🆕 Nieuw: { $alias }
# $label (String) - alias of code; $flag (String) - een vlag-emoji of niets; $seen (String) - wanneer laatst gezien
street-person-button = 🔁 { $label } { $flag } · { $seen }
# $days (Number) - dagen sinds het laatste contact
street-seen = { $days ->
        [0] vandaag
        [one] gisteren
       *[other] { $days } dagen geleden
    }
# $query (String) - wat er getypt is; $count (Number) - hoeveel mensen gevonden zijn
street-search-results = 🔎 { $count ->
        [0] Niemand gevonden voor “{ $query }”. Typ opnieuw, of registreer een nieuwe persoon:
       *[other] Gevonden voor “{ $query }”:
    }

street-ask-where = 📍 Waar? Tik op een plek, of stuur je locatie met de 📍-knop hieronder.
# $name (String) - een opgeslagen plek
street-place-button = 📍 { $name }

# $who (String) - de persoon
street-ask-nationality = 🌍 Nationaliteit van { $who }?
# $code (String) - MA, DZ, TN, LY, other of unknown
street-nationality-button = { $code ->
        [MA] 🇲🇦 Marokko
        [DZ] 🇩🇿 Algerije
        [TN] 🇹🇳 Tunesië
        [LY] 🇱🇾 Libië
        [unknown] ❔ Onbekend
       *[other] 🌍 Anders
    }
# $code (String) - MA, DZ, TN, LY, other of unknown
street-nationality = { $code ->
        [MA] Marokko
        [DZ] Algerije
        [TN] Tunesië
        [LY] Libië
        [unknown] onbekend
       *[other] anders
    }
street-details-button = 👤 Taal, gender, leeftijd…

street-ask-details = 👤 Gesproken taal, gender en leeftijdsgroep (alles optioneel). Tik en daarna Klaar.
# $on (String) - yes als gekozen; $code (String) - de taal
street-language-button = { $on ->
        [yes] ✅
       *[no] 🗣
    } { street-language }
# $code (String) - darija, ar, ber, fr, es, en, nl of other
street-language = { $code ->
        [darija] Darija
        [ar] Arabisch
        [ber] Tamazight
        [fr] Frans
        [es] Spaans
        [en] Engels
        [nl] Nederlands
       *[other] anders
    }
# $on (String) - yes als gekozen; $code (String) - man, woman of other
street-gender-button = { $on ->
        [yes] ✅
       *[no] { $code ->
            [man] 👨
            [woman] 👩
           *[other] ⚧
        }
    } { $code ->
        [man] Man
        [woman] Vrouw
       *[other] Anders
    }
# $code (String) - man, woman of other
street-gender = { $code ->
        [man] man
        [woman] vrouw
       *[other] ander gender
    }
# $on (String) - yes als gekozen; $code (String) - under18, age18to25, age26to40 of over40
street-age-button = { $on ->
        [yes] ✅
       *[no] { $code ->
            [under18] 🧒
            [age18to25] 🧑
            [age26to40] 🧔
           *[over40] 👴
        }
    } { street-age }
# $code (String) - under18, age18to25, age26to40 of over40
street-age = { $code ->
        [under18] onder 18
        [age18to25] 18–25
        [age26to40] 26–40
       *[over40] boven 40
    }

street-ask-needs = 🩺 Behoeften? Tik alles aan wat klopt, en daarna Klaar.
# $on (String) - yes als gekozen; $need (String) - de behoefte
street-need-button = { $on ->
        [yes] ✅
       *[no] { $need ->
            [shelter] 🛏
            [medical] 🩺
            [addiction] 💊
            [psychiatric] 🧠
            [legal] ⚖️
            [return] ✈️
            [onward] 🧭
            [food] 🍲
           *[none] 🚫
        }
    } { $need ->
        [shelter] Nachtopvang
        [medical] Medisch
        [addiction] Verslaving
        [psychiatric] Psychiatrisch
        [legal] Juridisch/asiel
        [return] Terugkeer
        [onward] Doorreizen
        [food] Eten/kleding
       *[none] Geen behoeften
    }
# $need (String) - shelter, medical, addiction, psychiatric, legal, return, onward, food of none
street-need = { $need ->
        [shelter] nachtopvang
        [medical] medisch
        [addiction] verslaving
        [psychiatric] psychiatrisch
        [legal] juridisch/asiel
        [return] terugkeer
        [onward] doorreizen
        [food] eten/kleding
       *[none] geen behoeften
    }

# $who (String) - de persoon; $place (String); $nationality (String); $language (String)
# $gender (String); $age (String); $needs (String); $note (String) - de notitie of –
# $shift (String) - het shiftlabel of –; $time (String) - lokale tijd waarop het contact begon
street-summary =
    📋 Controleer en sla op ({ $time }):
    👤 { $who }
    📍 { $place }
    🌍 { $nationality } · 🗣 { $language } · { $gender } · { $age }
    🩺 { $needs }
    📝 { $note }
    🏷 { $shift }
    Typ een notitie of stuur een spraakbericht om een notitie toe te voegen. Mag de persoon opnieuw benaderd worden?
# $alias (String) - alias van een nieuwe persoon
street-who-new = { $alias } (nieuw)
street-who-code = nieuwe persoon (krijgt een code bij opslaan)
street-note-voice = 🎤 spraakbericht
street-save-followup-button = 💾 Opslaan · 🤝 wil vervolgcontact
street-save-nofollowup-button = 💾 Opslaan · 🚫 geen vervolg
street-edit-button = ✏️ Wijzigen
street-ask-edit = ✏️ Wat wil je wijzigen?
# $field (String) - who, where, about, details, needs of note
street-edit-field-button = { $field ->
        [who] 👤 Wie
        [where] 📍 Waar
        [about] 🌍 Nationaliteit
        [details] 🗣 Taal, gender, leeftijd
        [needs] 🩺 Behoeften
       *[note] 🗑 Notitie verwijderen
    }

# $alias (String) - alias van de nieuwe persoon
street-duplicates = 🔗 Eerder ontmoet? Deze lijken op { $alias }. Tik er een aan om te koppelen, of sla een nieuwe persoon op.
# $label (String) - alias of code; $flag (String) - een vlag-emoji of niets; $seen (String) - wanneer laatst gezien
street-link-button = 🔗 { $label } { $flag } · { $seen }
street-new-anyway-button = 🆕 Nee, een nieuwe persoon

# $who (String) - de persoon (bij een nieuwe persoon volgt de code na de alias); $place (String)
# $needs (String); $alert (String) - yes als het team gealarmeerd is; $minutes (Number) - tijd om te herstellen
street-saved =
    ✅ Opgeslagen: { $who } · 📍 { $place } · 🩺 { $needs }
    { $alert ->
        [yes] 🚨 Het team is gealarmeerd. Je kunt dit nog { $minutes } minuten ongedaan maken.
       *[no] Je kunt dit nog { $minutes } minuten ongedaan maken.
    }
street-undo-button = ↩️ Ongedaan maken
# $who (String) - de persoon
street-undone = ↩️ Ongedaan gemaakt: het contact met { $who } is verwijderd.
# $minutes (Number) - de tijd om te herstellen
street-undo-too-late = ⏰ Te laat om ongedaan te maken (na { $minutes } minuten). Vraag een casemanager om het te corrigeren.
street-reask = 🙂 Tik op een van de knoppen (een notitie kun je typen bij het overzicht).
street-cancelled = ✖️ Geannuleerd. Er is niets opgeslagen.
street-draft-gone = ⌛ Die registratie is niet meer open. Stuur /contact om een nieuwe te beginnen.
# $time (String) - lokale begintijd; $place (String) - waar
street-resume-offer = 📝 Je hebt een onafgemaakt contact van { $time } ({ $place }). Verdergaan?
street-resume-button = ▶️ Verdergaan
street-discard-button = 🗑 Opnieuw beginnen

# $name (String) - het shiftlabel
street-shift-started = 🏷 Shift “{ $name }” gestart: elk contact dat je registreert krijgt dit label, tot /shift end.
# $name (String) - het shiftlabel
street-shift-ended = 🏷 Shift “{ $name }” beëindigd.
# $name (String) - het shiftlabel
street-shift-current = 🏷 Je zit in shift “{ $name }”. Stuur /shift end om te stoppen.
street-shift-none = 🏷 Geen shift. Stuur /shift en een naam, zoals /shift koudweer.
street-shift-invalid = 🏷 Een shiftnaam is één woord van maximaal 32 letters, cijfers of streepjes.

# $count (Number) - registraties vandaag; $lines (String) - één regel per contact
street-today =
    📅 { $count ->
        [0] Vandaag nog geen contacten geregistreerd.
        [one] { $count } contact vandaag:
       *[other] { $count } contacten vandaag:
    }
    { $lines }
# $time (String); $who (String); $flag (String) - vlag-emoji of niets; $place (String)
# $needs (String); $shift (String) - shiftlabel of niets
street-today-line = { $time } { $who } { $flag } · 📍 { $place } · 🩺 { $needs } { $shift }

# $count (Number) - contacten; $people (Number) - nieuwe mensen; $alerts (Number) - medisch of
# psychiatrisch; $needs (String) - behoeften met aantallen; $lines (String) - één regel per contact
street-digest =
    🚶 Straatcontacten, laatste 24 uur: { $count } ({ $people } { $people ->
        [one] nieuwe persoon
       *[other] nieuwe personen
    }, { $alerts } medisch of psychiatrisch)
    🩺 { $needs }
    { $lines }
# $need (String) - de behoefte; $count (Number) - hoeveel contacten die hebben
street-digest-need = { street-need } { $count }

# /places, voor beheerders.
# $count (Number) - opgeslagen plekken
street-places-list = 📍 { $count ->
        [one] { $count } opgeslagen plek
       *[other] { $count } opgeslagen plekken
    }. Tik op een plek om de naam te wijzigen of de plek te verwijderen.
street-places-add-button = ➕ Plek toevoegen
# $name (String) - de plek; $where (String) - coördinaten of –
street-places-detail = 📍 { $name } ({ $where })
street-places-rename-button = ✏️ Naam wijzigen
street-places-remove-button = 🗑 Verwijderen
street-places-ask-name = ➕ Typ de naam van de nieuwe plek:
# $name (String) - de plek
street-places-ask-rename = ✏️ Typ een nieuwe naam voor { $name }:
# $name (String) - de plek
street-places-ask-location = 📍 Stuur de locatie van { $name } (📎 → Locatie), of sla over.
# $name (String) - de plek; $where (String) - coördinaten of –
street-places-added = ✅ { $name } toegevoegd ({ $where }).
# $name (String) - de plek
street-places-renamed = ✅ Naam gewijzigd in { $name }.
# $name (String) - de plek
street-places-removed = 🗑 { $name } verwijderd. Eerdere contacten houden deze plek.
# $max (Number) - de langste toegestane naam
street-places-name-invalid = Typ een naam van 1 tot { $max } tekens.

# /newclient biedt recente straatcontacten aan: $label (String) - alias of code; $flag (String)
street-newclient-button = 🚶 { $label } { $flag }

category-psychiatric = psychiatrisch

cmd-contact = /contact – straatcontact registreren
cmd-today = /today – je contacten van vandaag
cmd-shift = /shift naam|end – je contacten labelen met een shift
cmd-places = /places – opgeslagen plekken
menu-contact = Straatcontact registreren
menu-today = Je contacten van vandaag
menu-shift = Shiftlabel aan of uit
menu-places = Opgeslagen plekken

# a new person saved with an alias: their alias and the code they were given
street-who-saved = { $alias } · { $code }
