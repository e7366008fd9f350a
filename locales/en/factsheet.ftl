# The yearly factsheet (meldbot factsheet, /factsheet): a printable page of figures.
# Numbers arrive already formatted; a hidden one is "< 5" or "x".

# $period (String) - the period, from factsheet-period-year or factsheet-period-quarter
factsheet-title = Factsheet { $period }
# $year (Number) - e.g. 2024
factsheet-period-year = { $year }
# $quarter (Number) - 1 to 4; $year (Number)
factsheet-period-quarter = quarter { $quarter } of { $year }
# $date (String) - the day it was made
factsheet-made = Made on { $date }
factsheet-public-note = Public version: counts from 1 to 4 are shown as “< 5”; figures marked “x” are hidden so that no small count can be worked out.
factsheet-team-note = For the team only: exact numbers, small ones included. Do not publish this version.
factsheet-section-clients = Our clients
factsheet-section-outcomes = Results
factsheet-section-bot = Outreach and aftercare with the bot
factsheet-registered = clients registered
factsheet-active = clients we were in contact with
factsheet-age-20-30 = aged 20 to 30
factsheet-no-asylum = no asylum history in the Netherlands
factsheet-eu-document = with a European residence document
factsheet-complex-medical = with a complex medical background
# $median, $youngest, $oldest (String) - ages in years
factsheet-ages = Median age { $median }, youngest { $youngest }, oldest { $oldest }.
# $estimated (String) - how many ages come from an age band
factsheet-ages-estimated = Age in the period's year, from the year of birth; { $estimated } estimated from an age band (its middle).
# $addiction, $psychiatric, $brain (String) - counts; one person can have several
factsheet-medical-kinds = Of whom addiction { $addiction }, psychiatric { $psychiatric }, acquired brain injury { $brain }.
# $nationality (String) - from factsheet-nationality; $before, $after (String) - quarters; $change (String) - e.g. +90 %
factsheet-change = { $nationality } clients { $before } → { $after }: { $change }
# $code (String) - MA, DZ, TN, LY, EG, other or unknown
factsheet-nationality = { $code ->
    [MA] Moroccan
    [DZ] Algerian
    [TN] Tunisian
    [LY] Libyan
    [EG] Egyptian
    [other] other
   *[unknown] unknown
}
# $kind (String) - an outcome kind
factsheet-outcome = { $kind ->
    [voluntary_return] voluntary return
    [onward_travel] onward travel
    [residence_obtained] residence obtained
    [in_procedure] in a procedure
    [specialised_care] specialised care
    [coa_handover] handed over to COA
    [pga_registered] person-centred approach
    [return_service_handover] warm handover to the return service
    [forced_removal] forced removal
    [lost_contact] lost contact
   *[case_closed] case closed
}
# $aftercare (String) - how many voluntary returns have aftercare
factsheet-aftercare = Voluntary returns with aftercare: { $aftercare }
# $bin (String) - age_under_20, age_20_30, age_31_40, age_41_50 or age_over_50
factsheet-age-bin = { $bin ->
    [age_under_20] under 20
    [age_20_30] 20–30
    [age_31_40] 31–40
    [age_41_50] 41–50
   *[age_over_50] over 50
}
# $month (Number) - 1 to 12
factsheet-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
factsheet-chart-nationality = Nationality
factsheet-chart-age = Age
factsheet-chart-outcomes = Results
factsheet-chart-street = Street contacts per month
factsheet-street = street contacts
factsheet-alerts = alerts
factsheet-claim = median minutes until an alert was claimed
factsheet-checkins = check-ins answered
# $held (String) - appointments that took place (not cancelled)
factsheet-appointments = appointments kept (the client answered “I’ll come”), of { $held } held
# $shifts (String) - "name: count" pairs
factsheet-shifts = Street contacts per shift: { $shifts }
factsheet-no-shift = no shift
