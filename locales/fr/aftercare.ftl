# Aftercare after a voluntary return: the plan (staff) and the check-in (client).

aftercare-ask-client = 🤝 Suivi après le retour. Pour quelle personne ? Appuyez sur un nom ou tapez un pseudonyme.
# $alias (String) - client
aftercare-ask-return = ✈️ Date du retour de { $alias } ? Appuyez ou tapez une date (comme 12/03).
# $days_ago (Number) - 0 today, 1 yesterday, ...
aftercare-day-button = { $days_ago ->
        [0] 📆 Aujourd'hui
        [1] 📆 Hier
       *[other] 📆 Il y a { $days_ago } jours
    }
aftercare-ask-country = 🌍 Où vit la personne maintenant ?
aftercare-ask-hour = 🕐 À quelle heure locale les questions de suivi doivent-elles arriver ?
# $hour (Number) - an hour of the day
aftercare-hour-button = 🕐 { $hour }:00
# $days (String) - the default days
aftercare-default-days-button = ✅ Jours { $days }
aftercare-ask-days = 📋 Quels jours après le retour envoyer les questions ? Appuyez sur le choix par défaut ou tapez des jours, comme 3, 7, 14, 30.
aftercare-date-unreadable = Je ne peux pas lire cette date. Tapez-la comme 12/03 ou 12/3, ou appuyez sur un bouton.
aftercare-days-invalid = Tapez les jours en chiffres entre 1 et 730, comme 3, 7, 14, 30, s'il vous plaît.
# $alias (String) - client; $count (Number) - check-ins planned
aftercare-saved = ✅ Suivi pour { $alias } : { $count ->
        [one] { $count } suivi prévu.
       *[other] { $count } suivis prévus.
    }
# $alias (String); $status (String) - active, paused or ended; $days (String) - plan days
# $returned (String) - return date; $next (String) - next check-in
aftercare-plan =
    🤝 Suivi de { $alias } ({ $status ->
        [paused] ⏸ en pause
        [ended] ⏹ terminé
       *[active] ▶️ actif
    })
    ✈️ Retour : { $returned }
    📋 Jours : { $days }
    ⏭ Prochain suivi : { $next }
aftercare-pause-button = ⏸ Pause
aftercare-resume-button = ▶️ Reprendre
aftercare-edit-button = ✏️ Modifier les jours
aftercare-end-button = ⏹ Terminer
# $alias (String) - client
aftercare-pause-done = ⏸ Le suivi de { $alias } est en pause.
# $alias (String) - client
aftercare-resume-done = ▶️ Le suivi de { $alias } a repris.
# $alias (String) - client
aftercare-end-done = ⏹ Le suivi de { $alias } est terminé.

voice-ask-question = 🎤 Enregistrez une question pour les personnes qui ne savent pas lire. Quelle question ?
voice-ask-language = Dans quelle langue allez-vous parler ?
voice-ask-recording = 🎤 Envoyez le message vocal maintenant.
voice-saved = ✅ Enregistré. Il sera envoyé avec la question à partir de maintenant.
checkin-question-mood = 😀 Comment allez-vous ?
checkin-question-health = 🩺 Santé
checkin-question-housing = 🏠 Logement
checkin-question-income = 💶 Revenus ou travail
checkin-question-network = 👪 Famille et amis
checkin-question-papers = 📄 Papiers et centre de santé
checkin-question-other = 💬 Autre chose ?

# The check-in, to the client. Short sentences.
checkin-hello =
    📋 Quelques questions
    👋 Bonjour ! Nous voulons savoir comment vous allez.
checkin-ask-mood =
    📋 Question { $n } sur { $total }
    Comment allez-vous ?
checkin-mood-3 = 😀 Bien
checkin-mood-2 = 🙂 Ça va
checkin-mood-1 = 😟 Mal
checkin-mood-0 = 🆘 J'ai besoin d'aide
checkin-ask-health =
    📋 Question { $n } sur { $total }
    🩺 Votre santé et vos médicaments ?
checkin-health-2 = 🟩 Bien
checkin-health-1 = 🟨 Moyen
checkin-health-0 = 🟥 Mal
checkin-ask-housing =
    📋 Question { $n } sur { $total }
    🏠 Un endroit où vivre ?
checkin-housing-2 = 🟩 Bien
checkin-housing-1 = 🟨 Je ne sais pas
checkin-housing-0 = 🟥 Pas de logement
checkin-ask-income =
    📋 Question { $n } sur { $total }
    💶 Argent ou travail ?
checkin-income-2 = 🟩 Assez
checkin-income-1 = 🟨 Un peu
checkin-income-0 = 🟥 Rien
checkin-ask-network =
    📋 Question { $n } sur { $total }
    👪 Famille et amis ?
checkin-network-2 = 🟩 Ils m'aident
checkin-network-1 = 🟨 Un peu
checkin-network-0 = 🟥 Je suis seul(e)
checkin-ask-papers =
    📋 Question { $n } sur { $total }
    📄 Papiers et centre de santé ?
checkin-papers-2 = 🟩 C'est fait
checkin-papers-1 = 🟨 En cours
checkin-papers-0 = 🟥 Problème
checkin-ask-other =
    📋 Question { $n } sur { $total }
    💬 Autre chose ? Écrivez ou envoyez un message vocal 🎤. Ou passez.
checkin-skip-button = ⏭ Passer
checkin-thanks =
    🙏 Merci !
    Votre référent voit vos réponses.
checkin-closed = Ces questions sont fermées. Merci.
checkin-reminder = 👋 Bonjour. Nous n'avons pas de nouvelles de vous. Comment allez-vous ? Appuyez pour répondre.
checkin-start-button = ▶️ Répondre

category-checkin_mood = ne va pas bien (suivi)
category-checkin_health = santé (suivi)
category-checkin_housing = logement (suivi)
category-checkin_income = revenus (suivi)
category-checkin_network = seul(e) (suivi)
category-checkin_papers = papiers (suivi)
category-checkin_other = message de suivi
category-lost_contact = contact perdu

# /client <alias>
# $alias (String); $zone (String) - time zone; $plan (String) - active, paused, ended, none
# $next (String) - next check-in; $answered (Number); $trends (String); $issues (String)
client-view =
    👤 { $alias } · 🕐 { $zone }
    🤝 Suivi : { $plan ->
        [active] ▶️ actif
        [paused] ⏸ en pause
        [ended] ⏹ terminé
       *[none] –
    } · ✅ réponses : { $answered } · ⏭ { $next }
    { $trends }
    En cours :
    { $issues }
# $trend (String) - icons oldest to newest; $worse (String) - yes if worse than last time
client-view-mood = Moral : { $trend }{ $worse ->
        [yes] {" "}⚠️ pire
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-health = 🩺 Santé : { $trend }{ $worse ->
        [yes] {" "}⚠️ pire
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-housing = 🏠 Logement : { $trend }{ $worse ->
        [yes] {" "}⚠️ pire
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-income = 💶 Revenus : { $trend }{ $worse ->
        [yes] {" "}⚠️ pire
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-network = 👪 Entourage : { $trend }{ $worse ->
        [yes] {" "}⚠️ pire
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-papers = 📄 Papiers : { $trend }{ $worse ->
        [yes] {" "}⚠️ pire
       *[no] {""}
    }
# $number (String) - alert number; $categories (String)
client-view-alert = 🚨 #{ $number } { $categories }
# $kind (String); $when (String)
client-view-appointment = 📅 { $kind }, { $when }
client-view-no-issues = rien
# $typed (String) - what was typed
client-view-not-found = Aucune personne ne correspond à « { $typed } ». Tapez /client et une partie du pseudonyme.

cmd-aftercare = /aftercare – planifier ou modifier le suivi après un retour
cmd-client = /client pseudonyme – évolution et questions en cours d'une personne
cmd-voice = /voice – enregistrer une question en message vocal
menu-aftercare = Suivi après le retour
menu-client = Évolution d'une personne
menu-voice = Enregistrer une question
