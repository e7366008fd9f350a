# /profile and /outcome (flows/outcomes/)

cmd-profile = /profile alias – a client's short profile (nationality, age, situation)
cmd-outcome = /outcome alias – record what happened (a return, onward travel, a referral…)
menu-profile = A client's profile
menu-outcome = Record an outcome

outcomes-profile-usage = Whose profile? Send /profile and the client's alias, e.g. /profile Youssef.
outcomes-outcome-usage = For whom? Send /outcome and the client's alias, e.g. /outcome Youssef.
# $typed (String) - what was typed
outcomes-not-found = No client of yours is called “{ $typed }”.
# $typed (String) - what was typed
outcomes-ambiguous = Several clients match “{ $typed }”. Type the full alias.

# $alias (String); $lines (String) - the profile's lines
outcomes-profile-card =
    🪪 Profile of { $alias }
    { $lines }
    Tap a field to change it.
# $nationality, $birth, $years, $asylum, $eu, $medical, $children (String) - the values
outcomes-profile-lines =
    🌍 Nationality: { $nationality } · 🎂 Born: { $birth }
    ⏳ In the Netherlands: { $years }
    📝 Asylum history in NL: { $asylum } · 🇪🇺 EU residence document: { $eu }
    🩺 Complex medical background: { $medical }
    👶 Children in NL: { $children }
outcomes-no-profile = 🪪 No profile yet.
outcomes-unknown = ❔
outcomes-yes = yes
outcomes-no = no
# $band (String) - e.g. 3-5
outcomes-years-value = { $band } years

outcomes-field-nationality-button = 🌍 Nationality
outcomes-field-birth-button = 🎂 Year of birth
outcomes-field-years_nl-button = ⏳ Years in NL
outcomes-field-asylum_nl-button = 📝 Asylum in NL
outcomes-field-eu_document-button = 🇪🇺 EU document
outcomes-field-medical-button = 🩺 Medical
outcomes-field-children_nl-button = 👶 Children in NL
outcomes-done-button = ✔️ Done
outcomes-back-button = ↩️ Back
outcomes-unknown-button = ❔ Unknown
outcomes-yes-button = ✅ Yes
outcomes-no-button = ❌ No
# $band (String) - an age band, e.g. 18-25
outcomes-band-button = 🎂 { $band }
# $band (String) - e.g. 3-5
outcomes-years-button = ⏳ { $band } years
# $label (String) - a medical background
outcomes-on-button = ✅ { $label }
# $label (String) - a medical background
outcomes-off-button = ⬜ { $label }
outcomes-medical-none-button = 🚫 None of these

# $alias (String)
outcomes-ask-nationality = 🌍 Nationality of { $alias }?
# $alias (String)
outcomes-ask-birth = 🎂 Year of birth of { $alias }? Type the year (e.g. 1998) or pick an age.
# $alias (String)
outcomes-ask-years_nl = ⏳ How many years has { $alias } been in the Netherlands?
# $alias (String)
outcomes-ask-asylum_nl = 📝 Has { $alias } applied for asylum in the Netherlands before?
# $alias (String)
outcomes-ask-eu_document = 🇪🇺 Does { $alias } hold a residence document of another European country?
# $alias (String)
outcomes-ask-medical = 🩺 Complex medical background of { $alias }? Tap each that applies, then ↩️ Back.
# $alias (String)
outcomes-ask-children_nl = 👶 Does { $alias } have children in the Netherlands?
# $earliest (String) - a year; $latest (String) - this year
outcomes-year-invalid = ⚠️ That is not a year of birth. Type a year from { $earliest } to { $latest }, e.g. 1998, or pick an age.

outcomes-medical-addiction = addiction
outcomes-medical-psychiatric = psychiatric problems
outcomes-medical-brain_injury = acquired brain injury
outcomes-medical-none = none

outcomes-country-MA-button = 🇲🇦 Morocco
outcomes-country-DZ-button = 🇩🇿 Algeria
outcomes-country-TN-button = 🇹🇳 Tunisia
outcomes-country-LY-button = 🇱🇾 Libya
outcomes-country-EG-button = 🇪🇬 Egypt
outcomes-country-DE-button = 🇩🇪 Germany
outcomes-country-FR-button = 🇫🇷 France
outcomes-country-BE-button = 🇧🇪 Belgium
outcomes-country-ES-button = 🇪🇸 Spain
outcomes-country-IT-button = 🇮🇹 Italy
outcomes-country-other-button = 🌍 Other

outcomes-kind-voluntary_return = 🛫 Voluntary return
outcomes-kind-onward_travel = 🧳 Travelled on
outcomes-kind-residence_obtained = 🏠 Residence obtained
outcomes-kind-in_procedure = ⚖️ In a procedure
outcomes-kind-specialised_care = 🩺 Specialised care
outcomes-kind-coa_handover = 🏢 Handed over to COA
outcomes-kind-pga_registered = 🤝 Person-centred approach
outcomes-kind-return_service_handover = 🔁 Return service handover
outcomes-kind-forced_removal = 🚔 Forced removal
outcomes-kind-lost_contact = 📵 Lost contact
outcomes-kind-case_closed = 📁 Case closed

# $alias (String)
outcomes-ask-kind = 🧭 What happened with { $alias }?
outcomes-cancel-button = ✖️ Cancel
# $kind (String) - the outcome
outcomes-ask-date = 📅 { $kind }: when? Tap a day or type a date (e.g. 3-11).
outcomes-today-button = 📅 Today
outcomes-yesterday-button = 📅 Yesterday
outcomes-date-unreadable = ⚠️ I could not read that date, or it is still to come. Type e.g. 3-11 or 03-11-2026.
outcomes-ask-country = 🌍 Which country?
outcomes-ask-country-code = 🌍 Type the country's two-letter code, e.g. PL or SE.
outcomes-skip-button = ⏭ Skip
outcomes-country-invalid = ⚠️ Type a two-letter country code, e.g. PL or SE.
# $alias (String)
outcomes-ask-aftercare = 🤝 Will { $alias } get aftercare after the return?

# $alias (String); $kind (String); $date (String); $country (String) - empty or " · country"
# $hint (String) - close, aftercare or none
outcomes-recorded = ✅ Recorded for { $alias }: { $kind }, { $date }{ $country }.{ $hint ->
        [close] {" "}The case stays open: close it with /close { $alias }.
        [aftercare] {" "}Plan the aftercare check-ins now?
       *[none] {""}
    }
outcomes-start-aftercare-button = 🤝 Plan aftercare
outcomes-not-now-button = ⏭ Not now
# $country (String)
outcomes-in-country = {" "}· { $country }

# $date (String); $kind (String)
outcomes-remove-button = 🗑 { $date } { $kind }
# $alias (String); $date (String); $kind (String)
outcomes-remove-ask = 🗑 Remove “{ $kind }” ({ $date }) from the timeline of { $alias }?
outcomes-remove-yes-button = 🗑 Remove
outcomes-remove-keep = ↩️ Keep it
# $alias (String); $date (String); $kind (String)
outcomes-remove-kept = ↩️ Kept: { $kind } ({ $date }) for { $alias }.
# $alias (String); $date (String); $kind (String)
outcomes-removed = 🗑 Removed: { $kind } ({ $date }) for { $alias }.
outcomes-remove-gone = This outcome is no longer there.
outcomes-remove-not-yours = Only who recorded it, or an admin, can remove it.

# $date (String); $kind (String); $country (String) - empty or " · country"; $aftercare (String) - yes or no
outcomes-line = { $date } { $kind }{ $country }{ $aftercare ->
        [yes] {" "}· 🤝 aftercare
       *[no] {""}
    }
outcomes-none = –
# $view (String) - the client view; $profile (String); $outcomes (String) - newest first
outcomes-client-view =
    { $view }
    { $profile }
    🧭 Outcomes:
    { $outcomes }
