# /profile et /outcome (flows/outcomes/)

cmd-profile = /profile alias – le court profil d'un client (nationalité, âge, situation)
cmd-outcome = /outcome alias – noter ce qui s'est passé (un retour, un départ, une orientation…)
menu-profile = Profil d'un client
menu-outcome = Noter un résultat

outcomes-profile-usage = Quel profil ? Envoyez /profile et l'alias du client, par ex. /profile Youssef.
outcomes-outcome-usage = Pour qui ? Envoyez /outcome et l'alias du client, par ex. /outcome Youssef.
outcomes-not-found = Aucun de vos clients ne s'appelle « { $typed } ».
outcomes-ambiguous = Plusieurs clients correspondent à « { $typed } ». Tapez l'alias complet.

outcomes-profile-card =
    🪪 Profil de { $alias }
    { $lines }
    Touchez une rubrique pour la modifier.
outcomes-profile-lines =
    🌍 Nationalité : { $nationality } · 🎂 Né(e) : { $birth }
    ⏳ Aux Pays-Bas : { $years }
    📝 Demande d'asile aux Pays-Bas : { $asylum } · 🇪🇺 Titre de séjour européen : { $eu }
    🩺 Problèmes médicaux complexes : { $medical }
    👶 Enfants aux Pays-Bas : { $children }
outcomes-no-profile = 🪪 Pas encore de profil.
outcomes-unknown = ❔
outcomes-yes = oui
outcomes-no = non
outcomes-years-value = { $band } ans

outcomes-field-nationality-button = 🌍 Nationalité
outcomes-field-birth-button = 🎂 Année de naissance
outcomes-field-years_nl-button = ⏳ Années aux Pays-Bas
outcomes-field-asylum_nl-button = 📝 Asile aux Pays-Bas
outcomes-field-eu_document-button = 🇪🇺 Titre européen
outcomes-field-medical-button = 🩺 Médical
outcomes-field-children_nl-button = 👶 Enfants aux Pays-Bas
outcomes-done-button = ✔️ Terminé
outcomes-back-button = ↩️ Retour
outcomes-unknown-button = ❔ Inconnu
outcomes-yes-button = ✅ Oui
outcomes-no-button = ❌ Non
outcomes-band-button = 🎂 { $band }
outcomes-years-button = ⏳ { $band } ans
outcomes-on-button = ✅ { $label }
outcomes-off-button = ⬜ { $label }
outcomes-medical-none-button = 🚫 Rien de tout cela

outcomes-ask-nationality = 🌍 Nationalité de { $alias } ?
outcomes-ask-birth = 🎂 Année de naissance de { $alias } ? Tapez l'année (par ex. 1998) ou choisissez un âge.
outcomes-ask-years_nl = ⏳ Depuis combien d'années { $alias } est aux Pays-Bas ?
outcomes-ask-asylum_nl = 📝 { $alias } a-t-il déjà demandé l'asile aux Pays-Bas ?
outcomes-ask-eu_document = 🇪🇺 { $alias } a-t-il un titre de séjour d'un autre pays européen ?
outcomes-ask-medical = 🩺 Problèmes médicaux complexes de { $alias } ? Touchez chacun qui s'applique, puis ↩️ Retour.
outcomes-ask-children_nl = 👶 { $alias } a-t-il des enfants aux Pays-Bas ?
outcomes-year-invalid = ⚠️ Ce n'est pas une année de naissance. Tapez une année de { $earliest } à { $latest }, par ex. 1998, ou choisissez un âge.

outcomes-medical-addiction = addiction
outcomes-medical-psychiatric = troubles psychiatriques
outcomes-medical-brain_injury = lésion cérébrale acquise
outcomes-medical-none = aucun

outcomes-country-MA-button = 🇲🇦 Maroc
outcomes-country-DZ-button = 🇩🇿 Algérie
outcomes-country-TN-button = 🇹🇳 Tunisie
outcomes-country-LY-button = 🇱🇾 Libye
outcomes-country-EG-button = 🇪🇬 Égypte
outcomes-country-DE-button = 🇩🇪 Allemagne
outcomes-country-FR-button = 🇫🇷 France
outcomes-country-BE-button = 🇧🇪 Belgique
outcomes-country-ES-button = 🇪🇸 Espagne
outcomes-country-IT-button = 🇮🇹 Italie
outcomes-country-other-button = 🌍 Autre

outcomes-kind-voluntary_return = 🛫 Retour volontaire
outcomes-kind-onward_travel = 🧳 Parti dans un autre pays
outcomes-kind-residence_obtained = 🏠 Titre de séjour obtenu
outcomes-kind-in_procedure = ⚖️ En procédure
outcomes-kind-specialised_care = 🩺 Soins spécialisés
outcomes-kind-coa_handover = 🏢 Confié au COA
outcomes-kind-pga_registered = 🤝 Approche centrée sur la personne
outcomes-kind-return_service_handover = 🔁 Confié au service du retour
outcomes-kind-forced_removal = 🚔 Éloignement forcé
outcomes-kind-lost_contact = 📵 Contact perdu
outcomes-kind-case_closed = 📁 Dossier clos

outcomes-ask-kind = 🧭 Que s'est-il passé pour { $alias } ?
outcomes-cancel-button = ✖️ Annuler
outcomes-ask-date = 📅 { $kind } : quand ? Touchez un jour ou tapez une date (par ex. 3-11).
outcomes-today-button = 📅 Aujourd'hui
outcomes-yesterday-button = 📅 Hier
outcomes-date-unreadable = ⚠️ Je n'ai pas pu lire cette date, ou elle est à venir. Tapez par ex. 3-11 ou 03-11-2026.
outcomes-ask-country = 🌍 Quel pays ?
outcomes-ask-country-code = 🌍 Tapez le code du pays en deux lettres, par ex. PL ou SE.
outcomes-skip-button = ⏭ Passer
outcomes-country-invalid = ⚠️ Tapez un code de pays en deux lettres, par ex. PL ou SE.
outcomes-ask-aftercare = 🤝 { $alias } aura-t-il un suivi après le retour ?

outcomes-recorded = ✅ Noté pour { $alias } : { $kind }, { $date }{ $country }.{ $hint ->
        [close] {" "}Le dossier reste ouvert : fermez-le avec /close { $alias }.
        [aftercare] {" "}Planifier les nouvelles du suivi maintenant ?
       *[none] {""}
    }
outcomes-start-aftercare-button = 🤝 Planifier le suivi
outcomes-not-now-button = ⏭ Pas maintenant
outcomes-in-country = {" "}· { $country }

outcomes-remove-button = 🗑 { $date } { $kind }
outcomes-remove-ask = 🗑 Retirer « { $kind } » ({ $date }) du parcours de { $alias } ?
outcomes-remove-yes-button = 🗑 Retirer
outcomes-remove-keep = ↩️ Garder
outcomes-remove-kept = ↩️ Gardé : { $kind } ({ $date }) pour { $alias }.
outcomes-removed = 🗑 Retiré : { $kind } ({ $date }) pour { $alias }.
outcomes-remove-gone = Ce résultat n'existe plus.
outcomes-remove-not-yours = Seule la personne qui l'a noté, ou un admin, peut le retirer.

outcomes-line = { $date } { $kind }{ $country }{ $aftercare ->
        [yes] {" "}· 🤝 suivi
       *[no] {""}
    }
outcomes-none = –
outcomes-client-view =
    { $view }
    { $profile }
    🧭 Résultats :
    { $outcomes }
