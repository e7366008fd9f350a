# Appointments and their reminders.
# Shared variables: $kind (String) - kind of appointment; $when (String) - date and time
# $place (String) - where; $note (String) - a note for the client; $alias (String) - client

appointment-kind-doctor = médecin
appointment-kind-hospital = hôpital
appointment-kind-mental = santé mentale
appointment-kind-embassy = ambassade / consulat
appointment-kind-immigration = service de l'immigration
appointment-kind-reception = centre d'accueil
appointment-kind-return = service du retour
appointment-kind-lawyer = avocat
appointment-kind-other = rendez-vous
appointment-kind-doctor-button = 🩺 Médecin
appointment-kind-hospital-button = 🏥 Hôpital
appointment-kind-mental-button = 🧠 Santé mentale
appointment-kind-embassy-button = 🏛 Ambassade
appointment-kind-immigration-button = 🛂 Immigration
appointment-kind-reception-button = 🏠 Centre d'accueil
appointment-kind-return-button = ✈️ Service du retour
appointment-kind-lawyer-button = ⚖️ Avocat
appointment-kind-other-button = 📌 Autre
appointment-topic-doctor = Médecin
appointment-topic-hospital = Hôpital
appointment-topic-mental = Entretien
appointment-topic-embassy = Documents
appointment-topic-immigration = Rendez-vous au bureau
appointment-topic-reception = Hébergement
appointment-topic-return = Voyage
appointment-topic-lawyer = Conseil
appointment-topic-other = Rendez-vous

appointment-cancel-button = ✖️ Annuler
appointment-skip-button = ⏭ Passer
appointment-save-button = ✅ Enregistrer
appointment-no-clients = Vous n'avez encore aucune personne accompagnée. Enregistrez-en une avec /newclient.
appointment-ask-client = 📅 Nouveau rendez-vous. Pour quelle personne ? Appuyez sur un nom ou tapez un pseudonyme.
# $alias (String) - client
appointment-client-button = 👤 { $alias }
# $typed (String) - what was typed
appointment-client-not-found = Aucune personne ne correspond à « { $typed } ». Appuyez sur un nom ou tapez à nouveau.
appointment-ask-kind = Quel type de rendez-vous ?
# $day (String) - a date
appointment-day-button = 📆 { $day }
# $zone (String) - the client's time zone
appointment-ask-day = Quel jour ? Appuyez sur un jour ou tapez une date et une heure, comme 12/03 14:30, demain 10h ou morgen 10:00. Fuseau horaire : { $zone }.
appointment-ask-time = À quelle heure ? Appuyez ou tapez, comme 14:30 ou 9h.
# $typed (String) - what was typed
appointment-date-unreadable = Je ne peux pas lire « { $typed } ». Tapez une date et une heure comme 12/03 14:30, 12/3 9h, demain 10h ou morgen 10:00.
appointment-date-past = Ce moment est passé. Tapez une date et une heure à venir, comme demain 10h.
appointment-ask-place = 📍 C'est où ? Tapez l'adresse ou passez.
appointment-ask-note = 📝 Une note pour la personne ? Tapez-la ou passez.
appointment-reminder-10080-on = ✅ 1 semaine avant
appointment-reminder-10080-off = ⬜ 1 semaine avant
appointment-reminder-1440-on = ✅ 24 heures avant
appointment-reminder-1440-off = ⬜ 24 heures avant
appointment-reminder-120-on = ✅ 2 heures avant
appointment-reminder-120-off = ⬜ 2 heures avant
# $zone (String) - the client's time zone
appointment-confirm =
    📅 { $alias } : { $kind }
    🕐 { $when } ({ $zone })
    📍 { $place }
    📝 { $note }
    Rappels : appuyez pour les modifier. Puis enregistrez.
appointment-cancelled-flow = ✖️ Arrêté. Aucun rendez-vous n'a été créé.
appointment-saved = ✅ Enregistré : { $alias }, { $kind }, { $when }. La personne est prévenue maintenant et recevra un rappel avant.
appointment-client-unreachable = ⚠️ { $alias } a arrêté les messages ou bloqué le bot. Le rendez-vous est enregistré, mais les rappels risquent de ne pas arriver. Appelez cette personne, s'il vous plaît.

# To the client
appointment-new-client =
    📅 Nouveau rendez-vous
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
appointment-reminder =
    ⏰ Rappel
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
    Est-ce que vous venez ?
appointment-come-button = ✅ Je viens
appointment-cant-button = ❌ Je ne peux pas venir
appointment-call-button = 📞 Appelez-moi, s'il vous plaît
appointment-thanks-come = 👍 Merci. Bonne chance pour votre rendez-vous.
appointment-thanks-cant =
    🙏 Merci de nous avoir prévenus.
    Votre référent va vous contacter.
appointment-thanks-call =
    📞 C'est noté.
    Votre référent va vous appeler.
appointment-answer-too-late = Ce rendez-vous est passé ou a changé.
appointment-moved-client =
    🔁 Votre rendez-vous a changé
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
appointment-cancelled-client =
    ✖️ Un rendez-vous est annulé
    📌 { $topic }
    🕐 { $when }

# To the casemanager
# $answer (String) - come, cant or call
appointment-answer-staff = { $answer ->
        [come] ✅
        [cant] ❌
       *[call] 📞
    } { $alias }, { $kind } { $when } : { $answer ->
        [come] viendra.
        [cant] ne peut pas venir.
       *[call] vous demande d'appeler.
    }
appointment-reminder-missed = ⚠️ Le rappel à { $alias } pour { $kind } le { $when } n'a pas pu partir à temps (le bot était en panne). Vérifiez avec cette personne, s'il vous plaît.
appointment-cancelled-staff = ✖️ Annulé : { $alias }, { $kind } le { $when }. La personne est prévenue.

appointments-none = Aucun rendez-vous à venir.
# $count (Number) - how many; $lines (String) - one line each
appointments-list =
    📅 { $count ->
        [one] { $count } rendez-vous à venir
       *[other] { $count } rendez-vous à venir
    } :
    { $lines }
# $number (String) - appointment number; $answer (String) - come, cant, call or none
appointments-line = #{ $number } { $alias } : { $kind }, { $when } { $answer ->
        [come] ✅
        [cant] ❌
        [call] 📞
       *[none] ⏳
    }
# $number (String) - appointment number
appointments-move-button = 🔁 Déplacer #{ $number }
# $number (String) - appointment number
appointments-cancel-button = ✖️ Annuler #{ $number }

move-ask-client = 🧳 Quelle personne a déménagé ?
move-ask-country = Où vit la personne maintenant ?
# $zone (String) - the new time zone
move-done = ✅ { $alias } vit maintenant dans le fuseau { $zone }. Ses rappels suivent la nouvelle heure locale.

category-appointment_cant = ne peut pas venir à un rendez-vous

cmd-appointment = /appointment – planifier un rendez-vous
cmd-appointments = /appointments – rendez-vous à venir
cmd-move = /move – une personne a changé de pays
menu-appointment = Planifier un rendez-vous
menu-appointments = Rendez-vous à venir
menu-move = Une personne a changé de pays
# A saved place's button shows its name; this label is not used as visible text.
appointment-place-button = 📍 Lieu
