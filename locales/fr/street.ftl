# Street outreach: fieldworkers register street contacts in a few taps (/contact).

# The staff reply keyboard (always visible): start a registration, or start one at the
# current location (the second button asks Telegram for the location).
street-keyboard-button = 🚶 Contact de rue
street-keyboard-location-button = 📍 Contact ici

street-nav-back-button = ⬅️ Retour
street-nav-skip-button = ⏭ Passer
street-cancel-button = ✖️ Annuler
street-done-button = ✅ Terminé
street-unset = –

street-ask-who = 🚶 Nouveau contact de rue. Qui est-ce ? Tapez un pseudonyme pour chercher, ou appuyez :
street-new-person-button = 🆕 Nouvelle personne
# $alias (String) - the alias that was typed
street-new-alias-button = 🆕 Nouveau : { $alias }
# $label (String) - alias or code; $flag (String) - a flag emoji or nothing; $seen (String) - when last met
street-person-button = 🔁 { $label } { $flag } · { $seen }
# $days (Number) - days since they were last met
street-seen = { $days ->
        [0] aujourd'hui
        [one] hier
       *[other] il y a { $days } jours
    }
# $query (String) - what was typed; $count (Number) - how many people were found
street-search-results = 🔎 { $count ->
        [0] Aucun résultat pour « { $query } ». Tapez à nouveau, ou enregistrez une nouvelle personne :
       *[other] Résultats pour « { $query } » :
    }

street-ask-where = 📍 Où ? Appuyez sur un lieu, ou envoyez votre position avec le bouton 📍 en bas.
# $name (String) - a saved place
street-place-button = 📍 { $name }

# $who (String) - the person
street-ask-nationality = 🌍 Nationalité de { $who } ?
# $code (String) - MA, DZ, TN, LY, other or unknown
street-nationality-button = { $code ->
        [MA] 🇲🇦 Maroc
        [DZ] 🇩🇿 Algérie
        [TN] 🇹🇳 Tunisie
        [LY] 🇱🇾 Libye
        [unknown] ❔ Inconnue
       *[other] 🌍 Autre
    }
# $code (String) - MA, DZ, TN, LY, other or unknown
street-nationality = { $code ->
        [MA] Maroc
        [DZ] Algérie
        [TN] Tunisie
        [LY] Libye
        [unknown] inconnue
       *[other] autre
    }
street-details-button = 👤 Langue, genre, âge…

street-ask-details = 👤 Langue parlée, genre et tranche d'âge (tout est facultatif). Appuyez, puis Terminé.
# $on (String) - yes when chosen; $code (String) - the language
street-language-button = { $on ->
        [yes] ✅
       *[no] 🗣
    } { street-language }
# $code (String) - darija, ar, ber, fr, es, en, nl or other
street-language = { $code ->
        [darija] darija
        [ar] arabe
        [ber] tamazight
        [fr] français
        [es] espagnol
        [en] anglais
        [nl] néerlandais
       *[other] autre
    }
# $on (String) - yes when chosen; $code (String) - man, woman or other
street-gender-button = { $on ->
        [yes] ✅
       *[no] { $code ->
            [man] 👨
            [woman] 👩
           *[other] ⚧
        }
    } { $code ->
        [man] Homme
        [woman] Femme
       *[other] Autre
    }
# $code (String) - man, woman or other
street-gender = { $code ->
        [man] homme
        [woman] femme
       *[other] autre genre
    }
# $on (String) - yes when chosen; $code (String) - under18, age18to25, age26to40 or over40
street-age-button = { $on ->
        [yes] ✅
       *[no] { $code ->
            [under18] 🧒
            [age18to25] 🧑
            [age26to40] 🧔
           *[over40] 👴
        }
    } { street-age }
# $code (String) - under18, age18to25, age26to40 or over40
street-age = { $code ->
        [under18] moins de 18 ans
        [age18to25] 18–25
        [age26to40] 26–40
       *[over40] plus de 40 ans
    }

street-ask-needs = 🩺 Besoins ? Appuyez sur tout ce qui convient, puis Terminé.
# $on (String) - yes when chosen; $need (String) - the need
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
        [shelter] Hébergement de nuit
        [medical] Médical
        [addiction] Addiction
        [psychiatric] Psychiatrique
        [legal] Juridique/asile
        [return] Retour
        [onward] Poursuite du voyage
        [food] Nourriture/vêtements
       *[none] Aucun besoin
    }
# $need (String) - shelter, medical, addiction, psychiatric, legal, return, onward, food or none
street-need = { $need ->
        [shelter] hébergement de nuit
        [medical] médical
        [addiction] addiction
        [psychiatric] psychiatrique
        [legal] juridique/asile
        [return] retour
        [onward] poursuite du voyage
        [food] nourriture/vêtements
       *[none] aucun besoin
    }

# $who (String) - the person; $place (String); $nationality (String); $language (String)
# $gender (String); $age (String); $needs (String); $note (String) - the note or –
# $shift (String) - the shift tag or –; $time (String) - local time the contact began
street-summary =
    📋 Vérifiez et enregistrez ({ $time }) :
    👤 { $who }
    📍 { $place }
    🌍 { $nationality } · 🗣 { $language } · { $gender } · { $age }
    🩺 { $needs }
    📝 { $note }
    🏷 { $shift }
    Pour ajouter une note, tapez-la ou envoyez un message vocal. La personne accepte-t-elle d'être recontactée ?
# $alias (String) - a new person's alias
street-who-new = { $alias } (nouveau)
street-who-code = nouvelle personne (reçoit un code à l'enregistrement)
street-note-voice = 🎤 message vocal
street-save-followup-button = 💾 Enregistrer · 🤝 accepte un suivi
street-save-nofollowup-button = 💾 Enregistrer · 🚫 pas de suivi
street-edit-button = ✏️ Modifier
street-ask-edit = ✏️ Que voulez-vous modifier ?
# $field (String) - who, where, about, details, needs or note
street-edit-field-button = { $field ->
        [who] 👤 Qui
        [where] 📍 Où
        [about] 🌍 Nationalité
        [details] 🗣 Langue, genre, âge
        [needs] 🩺 Besoins
       *[note] 🗑 Supprimer la note
    }

# $alias (String) - the alias of the new person
street-duplicates = 🔗 Déjà rencontré ? Ces personnes ressemblent à { $alias }. Appuyez sur l'une pour lier, ou enregistrez une nouvelle personne.
# $label (String) - alias or code; $flag (String) - a flag emoji or nothing; $seen (String) - when last met
street-link-button = 🔗 { $label } { $flag } · { $seen }
street-new-anyway-button = 🆕 Non, une nouvelle personne

# $who (String) - the person (a new person's code follows their alias); $place (String)
# $needs (String); $alert (String) - yes when the team was alerted; $minutes (Number) - undo time
street-saved =
    ✅ Enregistré : { $who } · 📍 { $place } · 🩺 { $needs }
    { $alert ->
        [yes] 🚨 L'équipe a été alertée. Vous pouvez annuler pendant { $minutes } minutes.
       *[no] Vous pouvez annuler pendant { $minutes } minutes.
    }
street-undo-button = ↩️ Défaire
# $who (String) - the person
street-undone = ↩️ Annulé : le contact avec { $who } est supprimé.
# $minutes (Number) - the undo time
street-undo-too-late = ⏰ Trop tard pour annuler (après { $minutes } minutes). Demandez à un référent de corriger.
street-reask = 🙂 Appuyez sur un des boutons, s'il vous plaît (la note se tape au résumé).
street-cancelled = ✖️ Annulé. Rien n'a été enregistré.
street-draft-gone = ⌛ Cet enregistrement n'est plus ouvert. Envoyez /contact pour en commencer un nouveau.
# $time (String) - local time it began; $place (String) - where
street-resume-offer = 📝 Vous avez un contact inachevé de { $time } ({ $place }). Le continuer ?
street-resume-button = ▶️ Continuer
street-discard-button = 🗑 Recommencer

# $name (String) - the shift tag
street-shift-started = 🏷 Tournée « { $name } » commencée : chaque contact que vous enregistrez porte ce nom jusqu'à /shift end.
# $name (String) - the shift tag
street-shift-ended = 🏷 Tournée « { $name } » terminée.
# $name (String) - the shift tag
street-shift-current = 🏷 Vous êtes en tournée « { $name } ». Envoyez /shift end pour arrêter.
street-shift-none = 🏷 Pas de tournée. Envoyez /shift et un nom, comme /shift grand-froid.
street-shift-invalid = 🏷 Le nom d'une tournée est un seul mot de 32 lettres, chiffres ou tirets au maximum.

# $count (Number) - registrations today; $lines (String) - one line each
street-today =
    📅 { $count ->
        [0] Aucun contact enregistré aujourd'hui.
        [one] { $count } contact aujourd'hui :
       *[other] { $count } contacts aujourd'hui :
    }
    { $lines }
# $time (String); $who (String); $flag (String) - flag emoji or nothing; $place (String)
# $needs (String); $shift (String) - shift tag or nothing
street-today-line = { $time } { $who } { $flag } · 📍 { $place } · 🩺 { $needs } { $shift }

# $count (Number) - contacts; $people (Number) - new people; $alerts (Number) - medical or
# psychiatric; $needs (String) - needs with counts; $lines (String) - one line per contact
street-digest =
    🚶 Contacts de rue, dernières 24 heures : { $count } ({ $people } { $people ->
        [one] nouvelle personne
       *[other] nouvelles personnes
    }, { $alerts } médical ou psychiatrique)
    🩺 { $needs }
    { $lines }
# $need (String) - the need; $count (Number) - how many contacts have it
street-digest-need = { street-need } { $count }

# /places, for admins.
# $count (Number) - saved places
street-places-list = 📍 { $count ->
        [one] { $count } lieu enregistré
       *[other] { $count } lieux enregistrés
    }. Appuyez sur un lieu pour le renommer ou le supprimer.
street-places-add-button = ➕ Ajouter un lieu
# $name (String) - the place; $where (String) - its coordinates or –
street-places-detail = 📍 { $name } ({ $where })
street-places-rename-button = ✏️ Renommer
street-places-remove-button = 🗑 Supprimer
street-places-ask-name = ➕ Tapez le nom du nouveau lieu :
# $name (String) - the place
street-places-ask-rename = ✏️ Tapez un nouveau nom pour { $name } :
# $name (String) - the place
street-places-ask-location = 📍 Envoyez la position de { $name } (📎 → Position), ou passez.
# $name (String) - the place; $where (String) - its coordinates or –
street-places-added = ✅ { $name } ajouté ({ $where }).
# $name (String) - the place
street-places-renamed = ✅ Renommé en { $name }.
# $name (String) - the place
street-places-removed = 🗑 { $name } supprimé. Les contacts précédents le gardent.
# $max (Number) - the longest name allowed
street-places-name-invalid = Tapez un nom de 1 à { $max } caractères, s'il vous plaît.

# /newclient offers recent street contacts: $label (String) - alias or code; $flag (String)
street-newclient-button = 🚶 { $label } { $flag }

category-psychiatric = psychiatrique

cmd-contact = /contact – enregistrer un contact de rue
cmd-today = /today – vos contacts du jour
cmd-shift = /shift nom|end – marquer vos contacts avec une tournée
cmd-places = /places – lieux enregistrés
menu-contact = Enregistrer un contact de rue
menu-today = Vos contacts du jour
menu-shift = Tournée : activer ou arrêter
menu-places = Lieux enregistrés

# a new person saved with an alias: their alias and the code they were given
street-who-saved = { $alias } · { $code }
