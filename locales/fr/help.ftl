## Aide maintenant : le bouton 🆘 du client, la question « besoin d'aide maintenant ? »,
## les numéros d'urgence, et l'avis de l'équipe sur les signalements.

client-sos-button = 🆘 J'ai besoin d'aide maintenant
cmd-sos = /sos – demander de l'aide maintenant
menu-sos = Aide maintenant
# $numbers : une ligne par numéro d'urgence.
sos-ack =
    🤝 Nous sommes là.
    🆘 Nous demandons de l'aide pour vous, maintenant.
    Votre référent et l'équipe le voient.
    Nous vous écrivons très vite. Gardez votre téléphone avec vous.
    En danger maintenant ? Appelez :
    { $numbers }
# $number : le numéro
emergency-all = 🆘 Urgences (ambulance, pompiers, police) : { $number }
emergency-ambulance = 🚑 Ambulance : { $number }
emergency-fire = 🚒 Pompiers : { $number }
emergency-police = 👮 Police : { $number }
emergency-gendarmerie = 🚓 Gendarmerie : { $number }
emergency-mobile = 📱 Depuis un portable : { $number }
emergency-suicide = 💬 Idées de suicide : { $number }
emergency-police-non-urgent = 👮 Police, pas urgent : { $number }
unsure-question =
    📋 Une petite question
    Avez-vous besoin d'aide tout de suite ?
unsure-yes-button = 🆘 Oui, maintenant
unsure-no-button = 🙂 Non, ça peut attendre
unsure-no-thanks =
    🙂 D'accord.
    Votre référent va lire vos messages.
alert-wrong-button = 👎 Pas urgent / erreur
flag-missed-button = 🚩 Aurait dû être signalé
flag-feedback-thanks = 🙏 Noté. Cela aide le signalement à apprendre.
category-sos = 🆘 a appuyé sur le bouton d'aide
category-asked_help = a dit oui : a besoin d'aide maintenant
category-unsure = peut-être urgent, pas encore de réponse
