# Wat een cliënt ziet over toestemming, privacy en stoppen.

consent-text =
    🔒 Voordat we beginnen:
    • We bewaren je berichten, je antwoorden en je afspraken.
    • Alleen je casemanager en diens team kunnen ze zien.
    • We delen ze nooit met de politie of de immigratiedienst.
    • Stuur op elk moment /stop en we stoppen alle berichten.
    Ga je akkoord?
consent-agree = ✅ Ik ga akkoord
consent-decline = ❌ Nee
consent-thanks =
    🙏 Dank je.
    Je kunt je casemanager hier altijd een bericht sturen.
consent-declined = Oké. We sturen je geen berichten. Verander je van gedachten? Stuur dan /start.
consent-needed = Beantwoord eerst deze vraag 👇
privacy-how-to-stop = Stuur /stop om alle berichten te stoppen. Stuur /start om weer te beginnen.
stop-done = 🛑 Gestopt. Je krijgt geen berichten meer van ons. Stuur /start om weer te beginnen.
stop-already = 🛑 De berichten zijn al gestopt. Stuur /start om weer te beginnen.
stop-resumed = ▶️ Welkom terug. De berichten staan weer aan.
client-message-received =
    📨 Ontvangen.
    Je casemanager krijgt het te zien.

# Berichten aan de casemanager over een van de eigen cliënten.
# $alias (String) - alias van de cliënt
casemanager-client-consented = ✅ { $alias } heeft toestemming gegeven en is nu gekoppeld.
# $alias (String) - alias van de cliënt
casemanager-client-declined = ❌ { $alias } heeft geen toestemming gegeven. Er worden geen berichten verstuurd.
# $alias (String) - alias van de cliënt
casemanager-client-stopped = 🛑 { $alias } heeft /stop gestuurd. Er gaan geen berichten naar deze cliënt tot die /start stuurt.
# $alias (String) - alias van de cliënt
casemanager-client-resumed = ▶️ { $alias } heeft /start gestuurd. De berichten staan weer aan.
# $alias (String) - alias van de cliënt; wat de cliënt schreef volgt op de volgende regel
casemanager-client-wrote = 💬 { $alias }:

# Kop boven een antwoord van de casemanager; het antwoord volgt. Noemt nooit de naam van de casemanager.
relay-from-casemanager =
    📩 Nieuw bericht
    👤 Je casemanager:
# $alias (String) - alias van de cliënt; er volgen meerdere berichten, één per regel
casemanager-client-wrote-many = 💬 { $alias } (meerdere berichten):
consent-message-held =
    📥 Je bericht is bewaard.
    Het gaat naar je casemanager zodra je deze vraag beantwoordt 👇
