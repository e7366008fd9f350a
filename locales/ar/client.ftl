# What a client sees about consent, privacy and stopping.

consent-text =
    🔒 قبل أن نبدأ:
    • نحفظ رسائلك وإجاباتك ومواعيدك.
    • فقط المسؤول عن ملفك وفريقه يمكنهم رؤيتها.
    • لا نشاركها أبدا مع الشرطة أو مع مصلحة الهجرة.
    • أرسل ⁦/stop⁩ في أي وقت، فنوقف كل الرسائل.
    هل توافق؟
consent-agree = ✅ أوافق
consent-decline = ❌ لا
consent-thanks =
    🙏 شكرا.
    يمكنك أن تكتب هنا إلى المسؤول عن ملفك في أي وقت.
consent-declined = حسنا. لن نرسل لك رسائل. إذا غيرت رأيك، أرسل ⁦/start⁩.
consent-needed = من فضلك أجب عن هذا السؤال أولا 👇
privacy-how-to-stop = أرسل ⁦/stop⁩ لإيقاف كل الرسائل. أرسل ⁦/start⁩ للبدء من جديد.
stop-done = 🛑 تم الإيقاف. لن تصلك رسائل منا بعد الآن. أرسل ⁦/start⁩ للبدء من جديد.
stop-already = 🛑 الرسائل متوقفة بالفعل. أرسل ⁦/start⁩ للبدء من جديد.
stop-resumed = ▶️ مرحبا بعودتك. الرسائل تعمل من جديد.
client-message-received =
    📨 وصلت رسالتك.
    سيراها المسؤول عن ملفك.

# Messages to the casemanager about one of their clients.
# $alias (String) - the client's alias
casemanager-client-consented = ✅ وافق { $alias } وهو الآن متصل.
# $alias (String) - the client's alias
casemanager-client-declined = ❌ لم يوافق { $alias }. لن تُرسل إليه أي رسائل.
# $alias (String) - the client's alias
casemanager-client-stopped = 🛑 أرسل { $alias } الأمر ⁦/stop⁩. لن تُرسل إليه رسائل حتى يرسل ⁦/start⁩.
# $alias (String) - the client's alias
casemanager-client-resumed = ▶️ أرسل { $alias } الأمر ⁦/start⁩. الرسائل تعمل من جديد.
# $alias (String) - the client's alias; what they wrote follows on the next line
casemanager-client-wrote = 💬 { $alias }:

# Header above a casemanager's answer; the answer follows. Never names the casemanager.
relay-from-casemanager =
    📩 رسالة جديدة
    👤 المسؤول عن ملفك:
# $alias (String) - the client's alias; several messages follow, one per line
casemanager-client-wrote-many = 💬 { $alias } (عدة رسائل):
consent-message-held =
    📥 رسالتك محفوظة.
    ستصل إلى المسؤول عن ملفك بمجرد أن تجيب عن هذا السؤال 👇
