# /profile en /outcome (flows/outcomes/)

cmd-profile = /profile alias – het korte profiel van een cliënt (nationaliteit, leeftijd, situatie)
cmd-outcome = /outcome alias – vastleggen wat er gebeurde (terugkeer, doorreis, doorverwijzing…)
menu-profile = Profiel van een cliënt
menu-outcome = Uitkomst vastleggen

outcomes-profile-usage = Wiens profiel? Stuur /profile en de alias van de cliënt, bijv. /profile Youssef.
outcomes-outcome-usage = Voor wie? Stuur /outcome en de alias van de cliënt, bijv. /outcome Youssef.
outcomes-not-found = Geen cliënt van jou heet “{ $typed }”.
outcomes-ambiguous = Meerdere cliënten passen bij “{ $typed }”. Typ de volledige alias.

outcomes-profile-card =
    🪪 Profiel van { $alias }
    { $lines }
    Tik op een veld om het te wijzigen.
outcomes-profile-lines =
    🌍 Nationaliteit: { $nationality } · 🎂 Geboren: { $birth }
    ⏳ In Nederland: { $years }
    📝 Asielverleden in NL: { $asylum } · 🇪🇺 Europese verblijfsvergunning: { $eu }
    🩺 Complexe medische achtergrond: { $medical }
    👶 Kinderen in NL: { $children }
outcomes-no-profile = 🪪 Nog geen profiel.
outcomes-unknown = ❔
outcomes-yes = ja
outcomes-no = nee
outcomes-years-value = { $band } jaar

outcomes-field-nationality-button = 🌍 Nationaliteit
outcomes-field-birth-button = 🎂 Geboortejaar
outcomes-field-years_nl-button = ⏳ Jaren in NL
outcomes-field-asylum_nl-button = 📝 Asiel in NL
outcomes-field-eu_document-button = 🇪🇺 EU-document
outcomes-field-medical-button = 🩺 Medisch
outcomes-field-children_nl-button = 👶 Kinderen in NL
outcomes-done-button = ✔️ Klaar
outcomes-back-button = ↩️ Terug
outcomes-unknown-button = ❔ Onbekend
outcomes-yes-button = ✅ Ja
outcomes-no-button = ❌ Nee
outcomes-band-button = 🎂 { $band }
outcomes-years-button = ⏳ { $band } jaar
outcomes-on-button = ✅ { $label }
outcomes-off-button = ⬜ { $label }
outcomes-medical-none-button = 🚫 Geen van deze

outcomes-ask-nationality = 🌍 Nationaliteit van { $alias }?
outcomes-ask-birth = 🎂 Geboortejaar van { $alias }? Typ het jaar (bijv. 1998) of kies een leeftijd.
outcomes-ask-years_nl = ⏳ Hoeveel jaar is { $alias } al in Nederland?
outcomes-ask-asylum_nl = 📝 Heeft { $alias } eerder asiel aangevraagd in Nederland?
outcomes-ask-eu_document = 🇪🇺 Heeft { $alias } een verblijfsdocument van een ander Europees land?
outcomes-ask-medical = 🩺 Complexe medische achtergrond van { $alias }? Tik alles aan wat geldt, dan ↩️ Terug.
outcomes-ask-children_nl = 👶 Heeft { $alias } kinderen in Nederland?
outcomes-year-invalid = ⚠️ Dat is geen geboortejaar. Typ een jaar van { $earliest } tot { $latest }, bijv. 1998, of kies een leeftijd.

outcomes-medical-addiction = verslaving
outcomes-medical-psychiatric = psychiatrische problemen
outcomes-medical-brain_injury = niet-aangeboren hersenletsel
outcomes-medical-none = geen

outcomes-country-MA-button = 🇲🇦 Marokko
outcomes-country-DZ-button = 🇩🇿 Algerije
outcomes-country-TN-button = 🇹🇳 Tunesië
outcomes-country-LY-button = 🇱🇾 Libië
outcomes-country-EG-button = 🇪🇬 Egypte
outcomes-country-DE-button = 🇩🇪 Duitsland
outcomes-country-FR-button = 🇫🇷 Frankrijk
outcomes-country-BE-button = 🇧🇪 België
outcomes-country-ES-button = 🇪🇸 Spanje
outcomes-country-IT-button = 🇮🇹 Italië
outcomes-country-other-button = 🌍 Ander land

outcomes-kind-voluntary_return = 🛫 Vrijwillige terugkeer
outcomes-kind-onward_travel = 🧳 Doorgereisd
outcomes-kind-residence_obtained = 🏠 Verblijfsstatus verkregen
outcomes-kind-in_procedure = ⚖️ In procedure
outcomes-kind-specialised_care = 🩺 Specialistische zorg
outcomes-kind-coa_handover = 🏢 Overgedragen aan COA
outcomes-kind-pga_registered = 🤝 Persoonsgerichte Aanpak
outcomes-kind-return_service_handover = 🔁 Warme overdracht DTenV
outcomes-kind-forced_removal = 🚔 Gedwongen vertrek
outcomes-kind-lost_contact = 📵 Contact verloren
outcomes-kind-case_closed = 📁 Dossier gesloten

outcomes-ask-kind = 🧭 Wat is er gebeurd met { $alias }?
outcomes-cancel-button = ✖️ Annuleren
outcomes-ask-date = 📅 { $kind }: wanneer? Tik een dag of typ een datum (bijv. 3-11).
outcomes-today-button = 📅 Vandaag
outcomes-yesterday-button = 📅 Gisteren
outcomes-date-unreadable = ⚠️ Die datum kon ik niet lezen, of hij ligt nog in de toekomst. Typ bijv. 3-11 of 03-11-2026.
outcomes-ask-country = 🌍 Welk land?
outcomes-ask-country-code = 🌍 Typ de landcode van twee letters, bijv. PL of SE.
outcomes-skip-button = ⏭ Overslaan
outcomes-country-invalid = ⚠️ Typ een landcode van twee letters, bijv. PL of SE.
outcomes-ask-aftercare = 🤝 Krijgt { $alias } nazorg na de terugkeer?

outcomes-recorded = ✅ Vastgelegd voor { $alias }: { $kind }, { $date }{ $country }.{ $hint ->
        [close] {" "}Het dossier blijft open: sluit het met /close { $alias }.
        [aftercare] {" "}Nu de nazorg-check-ins plannen?
       *[none] {""}
    }
outcomes-start-aftercare-button = 🤝 Nazorg plannen
outcomes-not-now-button = ⏭ Nu niet
outcomes-in-country = {" "}· { $country }

outcomes-remove-button = 🗑 { $date } { $kind }
outcomes-remove-ask = 🗑 “{ $kind }” ({ $date }) van de tijdlijn van { $alias } verwijderen?
outcomes-remove-yes-button = 🗑 Verwijderen
outcomes-remove-keep = ↩️ Laten staan
outcomes-remove-kept = ↩️ Blijft staan: { $kind } ({ $date }) voor { $alias }.
outcomes-removed = 🗑 Verwijderd: { $kind } ({ $date }) voor { $alias }.
outcomes-remove-gone = Deze uitkomst bestaat niet meer.
outcomes-remove-not-yours = Alleen wie het vastlegde, of een admin, kan het verwijderen.

outcomes-line = { $date } { $kind }{ $country }{ $aftercare ->
        [yes] {" "}· 🤝 nazorg
       *[no] {""}
    }
outcomes-none = –
outcomes-client-view =
    { $view }
    { $profile }
    🧭 Uitkomsten:
    { $outcomes }
