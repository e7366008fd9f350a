# Meldingen: gemarkeerde berichten van cliënten gaan naar een casemanager, die oppakt, antwoordt en afhandelt.

# $severity (String) - urgent of normal; $alert (Number) - meldingnummer; $alias (String) - cliënt
# $categories (String) - lijst met categorieën; $terms (String) - de woorden die de melding gaven
# $language (String) - taal van de cliënt; $country (String) - waar de cliënt woont
# $local_time (String) - lokale tijd van de cliënt nu; $count (Number) - berichten in de melding
# $status (String) - open, claimed, resolved of escalated; $claimer (String) - naam medewerker
alert-card =
    { $severity ->
        [urgent] 🔴 URGENT
       *[normal] 🟡 Let op
    } · #{ $alert } · { $alias }
    🏷 { $categories }
    🔎 { $terms }
    🌐 { $language } · { $country } · 🕐 { $local_time }
    💬 { $count ->
        [one] { $count } bericht
       *[other] { $count } berichten
    } · { $status ->
        [claimed] ✋ opgepakt door { $claimer }
        [resolved] ✅ afgehandeld door { $claimer }
        [escalated] ⏰ nog steeds niet opgepakt: pak deze alsjeblieft op
       *[open] ⏳ nog niet opgepakt
    }
alert-claim-button = ✋ Oppakken
# several cards in one message (the team chat): each button names its alert
card-bundle-label = { $label } · #{ $alert }
alert-reply-button = ↩️ Antwoorden
alert-resolve-button = ✅ Afhandelen
alert-resolve-force-button = ✅ Toch afhandelen
# $name (String) - who claimed the alert; $number (Number) - alert number
alert-resolve-confirm = Melding #{ $number } is opgepakt door { $name }. Toch afhandelen?
alert-reply-again-button = ↩️ Opnieuw antwoorden
alert-reply-cancel = ✖️ Annuleren

category-medical = medisch
category-self_harm = zelfbeschadiging
category-violence = geweld of dreiging
category-police = politie of detentie
category-no_shelter = geen onderdak
category-no_money_food = geen geld of eten
category-asks_contact = vraagt om contact
category-feels_bad = voelt zich slecht
category-no_answer = geen antwoord
category-blocked = onbereikbaar

# $alert (Number) - meldingnummer
alert-already-resolved = Melding #{ $alert } is al afgehandeld.
# $alert (Number) - meldingnummer; $name (String) - wie de melding heeft
alert-already-claimed = Melding #{ $alert } is al opgepakt door { $name }.
# $alert (Number) - meldingnummer; $alias (String) - cliënt
alert-claimed-you = ✋ Je hebt melding #{ $alert } ({ $alias }). Tik op Antwoorden of reageer direct op de melding om te antwoorden.
# $alert (Number) - meldingnummer; $alias (String) - cliënt
alert-resolved-you = ✅ Melding #{ $alert } ({ $alias }) is afgehandeld.
# $alias (String) - cliënt
alert-reply-prompt = ↩️ Typ je antwoord aan { $alias } of stuur een spraakbericht 🎤. Het wordt verstuurd als “je casemanager”.
# $alias (String) - cliënt
alert-reply-sent = 📤 Verstuurd naar { $alias }.
# $alias (String) - cliënt; $alert (Number) - meldingnummer; de woorden van de cliënt volgen
alert-thread-message = 💬 { $alias } (#{ $alert }):

alerts-none = ✅ Geen open meldingen.
# $count (Number) - open meldingen; $lines (String) - één regel per melding
alerts-list =
    🚨 { $count ->
        [one] { $count } open melding
       *[other] { $count } open meldingen
    }:
    { $lines }
# $severity (String); $alert (Number); $alias (String); $categories (String)
# $status (String) - open of claimed; $minutes (Number) - leeftijd; $hours (Number) - leeftijd in uren
alerts-line = { $severity ->
        [urgent] 🔴
       *[normal] 🟡
    } #{ $alert } { $alias } – { $categories } – { $minutes ->
        [0] net binnen
       *[other] { $hours ->
            [0] { $minutes } min
           *[other] { $hours } u
        }
    } { $status ->
        [claimed] ✋
       *[open] ⏳
    }
# $alert (Number) - meldingnummer; $alias (String) - cliënt
alerts-claim-button = ✋ #{ $alert } { $alias }

duty-status-on = 🟢 Je hebt dienst: je krijgt geëscaleerde meldingen. Stuur /duty off om te stoppen.
duty-status-off = ⚪ Je hebt geen dienst. Stuur /duty on om weer geëscaleerde meldingen te krijgen.

cmd-alerts = /alerts – open meldingen
cmd-duty = /duty on|off – dienst voor geëscaleerde meldingen
menu-alerts = Open meldingen
menu-duty = Dienst aan of uit
alert-reply-in-private = ✍️ Typ je antwoord in je eigen chat met de bot.
