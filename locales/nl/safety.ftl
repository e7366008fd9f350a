# Veilige modus en snel wissen (flows/safety). Eerste regels zijn neutraal: een
# vergrendelscherm toont ze.
cmd-wipe = /wipe – deze chat nu van je telefoon wissen
menu-wipe = Chat wissen
cmd-safety = /safety alias on|off [uren] – veilige modus van een cliënt (de chat wist zichzelf)
menu-safety = Veilige modus van een cliënt
privacy-safety-off =
    🕶 Veilige modus: uit.
    Staat hij aan, dan verdwijnen onze en jouw berichten uit deze chat na de tijd die je kiest. Ze komen zonder geluid binnen, en het toetsenbord toont 🔔 in plaats van 🆘.
privacy-safety-on = 🕶 Veilige modus: aan. Berichten verdwijnen na { $hours } uur.
safety-hours-button = ⏱ { $hours } uur
safety-off-button = 🔕 Veilige modus uit
wipe-button = 🧹 Deze chat nu wissen
safety-on =
    ⚙️ Opgeslagen.
    Berichten in deze chat verdwijnen nu na { $hours } uur. Ze komen zonder geluid binnen. De knop 🔔 vraagt nog steeds om hulp.
safety-off =
    ⚙️ Opgeslagen.
    Berichten blijven weer in deze chat staan.
safety-client-on-staff = 🕶 { $alias } zette de veilige modus aan: de chat wordt na { $hours } uur gewist.
safety-client-off-staff = 🕶 { $alias } zette de veilige modus uit.
safety-staff-on = 🕶 Veilige modus aan voor { $alias }: chat gewist na { $hours } uur, zonder geluid, zonder kaartpunten.
safety-staff-off = 🕶 Veilige modus uit voor { $alias }.
safety-usage = Typ: /safety alias on, /safety alias off of /safety alias on 12 (uren, 1 tot { $most }).
safety-not-found = Geen enkele cliënt van jou past bij "{ $typed }".
wipe-done = ✔️ Klaar.
wipe-done-older =
    ✔️ Klaar.
    Oudere berichten kunnen wij niet wissen. Open het menu van deze chat (⋮), tik op "Geschiedenis wissen" en zet daar "Automatisch verwijderen" aan.
wipe-staff = 🧹 { $alias } heeft de chat met de bot gewist. Het dossier is niet veranderd.
client-sos-button-quiet = 🔔 Nu
