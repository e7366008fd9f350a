# What a client sees about consent, privacy and stopping.

consent-text =
    🔒 Before we start:
    • We save your messages, your answers and your appointments.
    • Only your casemanager and their team can see them.
    • We never share them with the police or the immigration service.
    • Send /stop at any time and we stop all messages.
    Do you agree?
consent-agree = ✅ I agree
consent-decline = ❌ No
consent-thanks =
    🙏 Thank you.
    You can write to your casemanager here at any time.
consent-declined = OK. We will not send you messages. If you change your mind, send /start.
consent-needed = Please answer this question first 👇
privacy-how-to-stop = Send /stop to stop all messages. Send /start to start again.
stop-done = 🛑 Stopped. You will get no more messages from us. Send /start to start again.
stop-already = 🛑 Messages are already stopped. Send /start to start again.
stop-resumed = ▶️ Welcome back. Messages are on again.
client-message-received =
    📨 Received.
    Your casemanager will see it.

# Messages to the casemanager about one of their clients.
# $alias (String) - the client's alias
casemanager-client-consented = ✅ { $alias } agreed and is now connected.
# $alias (String) - the client's alias
casemanager-client-declined = ❌ { $alias } did not agree. No messages will be sent.
# $alias (String) - the client's alias
casemanager-client-stopped = 🛑 { $alias } sent /stop. No messages go out to them until they send /start.
# $alias (String) - the client's alias
casemanager-client-resumed = ▶️ { $alias } sent /start. Messages are on again.
# $alias (String) - the client's alias; what they wrote follows on the next line
casemanager-client-wrote = 💬 { $alias }:

# Header above a casemanager's answer; the answer follows. Never names the casemanager.
relay-from-casemanager =
    📩 New message
    👤 Your casemanager:
# $alias (String) - the client's alias; several messages follow, one per line
casemanager-client-wrote-many = 💬 { $alias } (several messages):
consent-message-held =
    📥 Your message is kept.
    It goes to your casemanager as soon as you answer this question 👇
