# /newclient: een casemanager registreert een cliënt.

newclient-ask-alias = 🆕 Nieuwe cliënt. Typ een alias (een bijnaam of initialen, geen volledige naam):
# $max (Number) - de langste toegestane alias
newclient-alias-invalid = Typ een alias van 1 tot { $max } tekens.
# $alias (String) - alias van de cliënt
newclient-ask-language = Welke taal leest { $alias } het best?
newclient-ask-country = Waar woont de cliënt nu?
# $zone (String) - de voorgestelde tijdzone
newclient-ask-timezone = 🕐 Tijdzone: { $zone }. Houd deze aan of kies een andere (je kunt er ook een typen, zoals Africa/Casablanca).
# $zone (String) - naam van een tijdzone
newclient-zone-keep = ✅ { $zone }
# $zone (String) - naam van een tijdzone
newclient-zone-other = { $zone }
newclient-zone-invalid = Die tijdzone ken ik niet. Tik op een knop of typ er een, zoals Africa/Casablanca.
newclient-cancel = ✖️ Annuleren
newclient-cancelled = ✖️ Geannuleerd. Er is geen cliënt aangemaakt.
# $alias (String) - alias van de cliënt; $link (String) - uitnodigingslink; $days (Number) - aantal dagen geldig
newclient-done =
    ✅ { $alias } is geregistreerd.
    Geef de cliënt deze link of laat de QR-code scannen. De link werkt één keer en verloopt over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }:
    { $link }

country-MA = 🇲🇦 Marokko
country-DZ = 🇩🇿 Algerije
country-TN = 🇹🇳 Tunesië
country-NL = 🇳🇱 Nederland
country-other = 🌍 Ander land

cmd-clients = /clients – je cliënten en hoe het met elk staat
menu-clients = Je cliënten
clients-none = Je hebt nog geen cliënten. Voeg er een toe met /newclient.
# $count (Number) - how many; $lines (String) - one line per client
clients-list =
    👥 { $count ->
        [one] 1 cliënt
       *[other] { $count } cliënten
    }:
    { $lines }
# $alias (String); $language (String) - a language code; $status (String) - invited, pending, active, declined, stopped, unreachable
clients-line = { $status ->
        [invited] ✉️ { $alias }: uitgenodigd, nog niet aangemeld
        [pending] ⏳ { $alias }: aangemeld, nog geen toestemming
        [declined] 🚫 { $alias }: geen toestemming
        [stopped] 🔕 { $alias }: berichten gestopt
        [unreachable] 📵 { $alias }: onbereikbaar (bot geblokkeerd?)
       *[active] ✅ { $alias } ({ $language })
    }
