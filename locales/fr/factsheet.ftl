# The yearly factsheet (meldbot factsheet, /factsheet): a printable page of figures.
# Numbers arrive already formatted; a hidden one is "< 5" or "x".

# $period (String) - the period, from factsheet-period-year or factsheet-period-quarter
factsheet-title = Fiche { $period }
# $year (Number) - e.g. 2024
factsheet-period-year = { $year }
# $quarter (Number) - 1 to 4; $year (Number)
factsheet-period-quarter = trimestre { $quarter } de { $year }
# $date (String) - the day it was made
factsheet-made = Faite le { $date }
factsheet-public-note = Version publique : les nombres de 1 à 4 sont indiqués « < 5 » ; les chiffres marqués « x » sont cachés pour qu’aucun petit nombre ne puisse être recalculé.
factsheet-team-note = Pour l’équipe seulement : nombres exacts, petits compris. Ne publiez pas cette version.
factsheet-section-clients = Nos bénéficiaires
factsheet-section-outcomes = Résultats
factsheet-section-bot = Travail de rue et suivi avec le bot
factsheet-registered = bénéficiaires inscrits
factsheet-active = bénéficiaires avec qui nous étions en contact
factsheet-age-20-30 = entre 20 et 30 ans
factsheet-no-asylum = sans passé de demande d’asile aux Pays-Bas
factsheet-eu-document = avec un titre de séjour européen
factsheet-complex-medical = avec un parcours médical complexe
# $median, $youngest, $oldest (String) - ages in years
factsheet-ages = Âge médian { $median }, le plus jeune { $youngest }, le plus âgé { $oldest }.
# $estimated (String) - how many ages come from an age band
factsheet-ages-estimated = Âge dans l’année de la période, d’après l’année de naissance ; { $estimated } estimés d’après une tranche d’âge (son milieu).
# $addiction, $psychiatric, $brain (String) - counts; one person can have several
factsheet-medical-kinds = Dont addiction { $addiction }, psychiatrique { $psychiatric }, lésion cérébrale acquise { $brain }.
# $nationality (String) - from factsheet-nationality; $before, $after (String) - quarters; $change (String) - e.g. +90 %
factsheet-change = Bénéficiaires de nationalité { $nationality } { $before } → { $after } : { $change }
# $code (String) - MA, DZ, TN, LY, EG, other or unknown
factsheet-nationality = { $code ->
    [MA] marocaine
    [DZ] algérienne
    [TN] tunisienne
    [LY] libyenne
    [EG] égyptienne
    [other] autre
   *[unknown] inconnue
}
# $kind (String) - an outcome kind
factsheet-outcome = { $kind ->
    [voluntary_return] retour volontaire
    [onward_travel] départ vers un autre pays
    [residence_obtained] titre de séjour obtenu
    [in_procedure] en procédure
    [specialised_care] soins spécialisés
    [coa_handover] transmis au COA
    [pga_registered] approche centrée sur la personne
    [return_service_handover] transmis au service de retour
    [forced_removal] éloignement forcé
    [lost_contact] contact perdu
   *[case_closed] dossier clos
}
# $aftercare (String) - how many voluntary returns have aftercare
factsheet-aftercare = Retours volontaires avec suivi : { $aftercare }
# $bin (String) - age_under_20, age_20_30, age_31_40, age_41_50 or age_over_50
factsheet-age-bin = { $bin ->
    [age_under_20] moins de 20
    [age_20_30] 20–30
    [age_31_40] 31–40
    [age_41_50] 41–50
   *[age_over_50] plus de 50
}
# $month (Number) - 1 to 12
factsheet-month = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
factsheet-chart-nationality = Nationalité
factsheet-chart-age = Âge
factsheet-chart-outcomes = Résultats
factsheet-chart-street = Contacts de rue par mois
factsheet-street = contacts de rue
factsheet-alerts = alertes
factsheet-claim = minutes médianes avant la prise en charge d’une alerte
factsheet-checkins = check-ins répondus
# $held (String) - appointments that took place (not cancelled)
factsheet-appointments = rendez-vous tenus (la personne a répondu « je viens »), sur { $held } maintenus
# $shifts (String) - "name: count" pairs
factsheet-shifts = Contacts de rue par tournée : { $shifts }
factsheet-no-shift = sans tournée
