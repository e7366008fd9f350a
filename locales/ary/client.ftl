# What a client sees about consent, privacy and stopping.

consent-text =
    🔒 قبل ما نبداو:
    • كنحفظو الميساجات ديالك، الأجوبة ديالك والمواعيد ديالك.
    • غير المساعد ديالك والفريق ديالو اللي يقدرو يشوفوهم.
    • عمرنا ما غادي نعطيوهم للبوليس ولا للإدارة ديال الهجرة.
    • صيفط ⁦/stop⁩ فأي وقت، ونحبسو كاع الميساجات.
    واش موافق؟
consent-agree = ✅ موافق
consent-decline = ❌ لا
consent-thanks =
    🙏 شكرا.
    تقدر تكتب هنا للمساعد ديالك فأي وقت.
consent-declined = واخا. ما غاديش نصيفطو ليك ميساجات. إلا بدلتي رأيك، صيفط ⁦/start⁩.
consent-needed = عافاك جاوب هو اللول على هاد السؤال 👇
privacy-how-to-stop = صيفط ⁦/stop⁩ باش تحبس كاع الميساجات. صيفط ⁦/start⁩ باش تعاود تبدا.
stop-done = 🛑 حبسنا كاع الميساجات. ما غادي يوصلك حتى ميساج منا. صيفط ⁦/start⁩ باش تعاود تبدا.
stop-already = 🛑 الميساجات ديجا محبوسين. صيفط ⁦/start⁩ باش تعاود تبدا.
stop-resumed = ▶️ مرحبا بيك عاوتاني. الميساجات رجعو خدامين.
client-message-received =
    📨 توصلنا بالميساج ديالك.
    المساعد ديالك غادي يشوفو.

# Messages to the casemanager about one of their clients.
# $alias (String) - the client's alias
casemanager-client-consented = ✅ { $alias } وافق، ودابا راه متصل.
# $alias (String) - the client's alias
casemanager-client-declined = ❌ { $alias } ما وافقش. ما غادي يتصيفط ليه حتى ميساج.
# $alias (String) - the client's alias
casemanager-client-stopped = 🛑 { $alias } صيفط ⁦/stop⁩. ما غادي يوصلو حتى ميساج حتى يصيفط ⁦/start⁩.
# $alias (String) - the client's alias
casemanager-client-resumed = ▶️ { $alias } صيفط ⁦/start⁩. الميساجات رجعو خدامين.
# $alias (String) - the client's alias; what they wrote follows on the next line
casemanager-client-wrote = 💬 { $alias }:

# Header above a casemanager's answer; the answer follows. Never names the casemanager.
relay-from-casemanager =
    📩 ميساج جديد
    👤 المساعد ديالك:
# $alias (String) - the client's alias; several messages follow, one per line
casemanager-client-wrote-many = 💬 { $alias } (كتر من ميساج):
consent-message-held =
    📥 الميساج ديالك محفوظ.
    غادي يوصل للمساعد ديالك غير تجاوب على هاد السؤال 👇
