# /newclient: a casemanager registers a client.

newclient-ask-alias = 🆕 Nouvelle personne accompagnée. Tapez un pseudonyme (un surnom ou des initiales, pas le nom complet) :
# $max (Number) - the longest alias allowed
newclient-alias-invalid = Tapez un pseudonyme de 1 à { $max } caractères, s'il vous plaît.
# $alias (String) - the client's alias
newclient-ask-language = Quelle est la langue que { $alias } lit le mieux ?
newclient-ask-country = Où vit la personne maintenant ?
# $zone (String) - the proposed time zone
newclient-ask-timezone = 🕐 Fuseau horaire : { $zone }. Gardez-le ou choisissez-en un autre (vous pouvez aussi en taper un, comme Africa/Casablanca).
# $zone (String) - a time zone name
newclient-zone-keep = ✅ { $zone }
# $zone (String) - a time zone name
newclient-zone-other = { $zone }
newclient-zone-invalid = Je ne connais pas ce fuseau horaire. Appuyez sur un bouton ou tapez-en un comme Africa/Casablanca.
newclient-cancel = ✖️ Annuler
newclient-cancelled = ✖️ Annulé. Aucune personne n'a été enregistrée.
# $alias (String) - the client's alias; $link (String) - invite link; $days (Number) - days valid
newclient-done =
    ✅ { $alias } est enregistré(e).
    Donnez-lui ce lien ou faites-lui scanner le code QR. Le lien fonctionne une seule fois et expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } :
    { $link }

country-MA = 🇲🇦 Maroc
country-DZ = 🇩🇿 Algérie
country-TN = 🇹🇳 Tunisie
country-NL = 🇳🇱 Pays-Bas
country-other = 🌍 Autre pays

cmd-clients = /clients – vos clients et où en est chacun
menu-clients = Vos clients
clients-none = Vous n’avez pas encore de client. Ajoutez-en un avec /newclient.
# $count (Number) - how many; $lines (String) - one line per client
clients-list =
    👥 { $count ->
        [one] 1 client
       *[other] { $count } clients
    } :
    { $lines }
# $alias (String); $language (String) - a language code; $status (String) - invited, pending, active, declined, stopped, unreachable
clients-line = { $status ->
        [invited] ✉️ { $alias } : invité, pas encore inscrit
        [pending] ⏳ { $alias } : inscrit, pas encore d’accord
        [declined] 🚫 { $alias } : n’a pas donné son accord
        [stopped] 🔕 { $alias } : a arrêté les messages
        [unreachable] 📵 { $alias } : injoignable (bot bloqué ?)
       *[active] ✅ { $alias } ({ $language })
    }
