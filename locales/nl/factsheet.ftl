# The yearly factsheet (meldbot factsheet, /factsheet): a printable page of figures.
# Numbers arrive already formatted; a hidden one is "< 5" or "x".

# $period (String) - the period, from factsheet-period-year or factsheet-period-quarter
factsheet-title = Factsheet { $period }
# $year (Number) - e.g. 2024
factsheet-period-year = { $year }
# $quarter (Number) - 1 to 4; $year (Number)
factsheet-period-quarter = kwartaal { $quarter } van { $year }
# $date (String) - the day it was made
factsheet-made = Gemaakt op { $date }
factsheet-public-note = Openbare versie: aantallen van 1 tot 4 staan er als “< 5”; cijfers met “x” zijn verborgen zodat geen klein aantal terug te rekenen is.
factsheet-team-note = Alleen voor het team: exacte aantallen, ook kleine. Publiceer deze versie niet.
factsheet-section-clients = Onze cliënten
factsheet-section-outcomes = Resultaten
factsheet-section-bot = Veldwerk en nazorg met de bot
factsheet-registered = geregistreerde cliënten
factsheet-active = cliënten met wie we contact hadden
factsheet-age-20-30 = tussen 20 en 30 jaar
factsheet-no-asylum = geen asielverleden in Nederland
factsheet-eu-document = met een Europees verblijfsdocument
factsheet-complex-medical = met een complexe medische achtergrond
# $median, $youngest, $oldest (String) - ages in years
factsheet-ages = Mediane leeftijd { $median }, jongste { $youngest }, oudste { $oldest }.
# $estimated (String) - how many ages come from an age band
factsheet-ages-estimated = Leeftijd in het jaar van de periode, uit het geboortejaar; { $estimated } geschat uit een leeftijdsgroep (het midden ervan).
# $addiction, $psychiatric, $brain (String) - counts; one person can have several
factsheet-medical-kinds = Waarvan verslaving { $addiction }, psychiatrisch { $psychiatric }, niet-aangeboren hersenletsel { $brain }.
# $nationality (String) - from factsheet-nationality; $before, $after (String) - quarters; $change (String) - e.g. +90 %
factsheet-change = { $nationality } cliënten { $before } → { $after }: { $change }
# $code (String) - MA, DZ, TN, LY, EG, other or unknown
factsheet-nationality = { $code ->
    [MA] Marokkaanse
    [DZ] Algerijnse
    [TN] Tunesische
    [LY] Libische
    [EG] Egyptische
    [other] andere
   *[unknown] onbekende
}
# $kind (String) - an outcome kind
factsheet-outcome = { $kind ->
    [voluntary_return] vrijwillige terugkeer
    [onward_travel] doorgereisd
    [residence_obtained] verblijfsstatus gekregen
    [in_procedure] in procedure
    [specialised_care] gespecialiseerde zorg
    [coa_handover] overgedragen aan het COA
    [pga_registered] Persoonsgerichte Aanpak
    [return_service_handover] warm overgedragen aan DT&V
    [forced_removal] gedwongen vertrek
    [lost_contact] contact verloren
   *[case_closed] dossier gesloten
}
# $aftercare (String) - how many voluntary returns have aftercare
factsheet-aftercare = Vrijwillig teruggekeerd met nazorg: { $aftercare }
# $bin (String) - age_under_20, age_20_30, age_31_40, age_41_50 or age_over_50
factsheet-age-bin = { $bin ->
    [age_under_20] onder 20
    [age_20_30] 20–30
    [age_31_40] 31–40
    [age_41_50] 41–50
   *[age_over_50] boven 50
}
# $month (Number) - 1 to 12
factsheet-month = { $month ->
    [1] jan
    [2] feb
    [3] mrt
    [4] apr
    [5] mei
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}
factsheet-chart-nationality = Nationaliteit
factsheet-chart-age = Leeftijd
factsheet-chart-outcomes = Resultaten
factsheet-chart-street = Straatcontacten per maand
factsheet-street = straatcontacten
factsheet-alerts = signalen
factsheet-claim = mediaan aantal minuten tot een signaal werd opgepakt
factsheet-checkins = beantwoorde check-ins
# $held (String) - appointments that took place (not cancelled)
factsheet-appointments = afspraken nagekomen (de cliënt antwoordde “ik kom”), van { $held } gehouden
# $shifts (String) - "name: count" pairs
factsheet-shifts = Straatcontacten per dienst: { $shifts }
factsheet-no-shift = geen dienst
