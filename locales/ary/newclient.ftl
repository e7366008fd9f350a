# /newclient: a casemanager registers a client.

newclient-ask-alias = 🆕 مستفيد جديد. كتب سمية مستعارة (لقب ولا الحروف اللولين، ماشي السمية الكاملة):
# $max (Number) - the longest alias allowed
newclient-alias-invalid = عافاك كتب سمية مستعارة. عدد الحروف: من 1 حتى { $max }.
# $alias (String) - the client's alias
newclient-ask-language = أشمن لغة كيقرا بيها { $alias } مزيان؟
newclient-ask-country = فين ساكن المستفيد دابا؟
# $zone (String) - the proposed time zone
newclient-ask-timezone = 🕐 التوقيت: { $zone }. خليه، ولا ختار واحد آخر (تقدر حتى تكتبو، بحال ⁦Africa/Casablanca⁩).
# $zone (String) - a time zone name
newclient-zone-keep = ✅ { $zone }
# $zone (String) - a time zone name
newclient-zone-other = { $zone }
newclient-zone-invalid = ما عرفتش هاد التوقيت. ورك على شي بوطونة ولا كتب واحد بحال ⁦Africa/Casablanca⁩.
newclient-cancel = ✖️ إلغاء
newclient-cancelled = ✖️ تلغى. ما تزاد حتى مستفيد.
# $alias (String) - the client's alias; $link (String) - invite link; $days (Number) - days valid
newclient-done =
    ✅ { $alias } تسجل.
    عطيه هاد اللينك ولا خليه يسكاني الكود (كيو آر). كيخدم غير مرة وحدة، وصالح غير { $days ->
        [one] نهار واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوم
       *[other] { $days } يوم
    }:
    { $link }

country-MA = 🇲🇦 المغرب
country-DZ = 🇩🇿 الجزائر
country-TN = 🇹🇳 تونس
country-NL = 🇳🇱 هولندا
country-other = 🌍 بلاد أخرى

cmd-clients = ⁦/clients⁩ – الناس ديالك وفين وصل كل واحد
menu-clients = الناس ديالك
clients-none = مازال ما عندك حتى واحد. زيد واحد ب ⁦/newclient⁩.
# $count (Number) - how many; $lines (String) - one line per client
clients-list =
    👥 { $count ->
        [one] شخص واحد
        [two] جوج د الناس
        [few] { $count } د الناس
        [many] { $count } واحد
       *[other] { $count } واحد
    }:
    { $lines }
# $alias (String); $language (String) - a language code; $status (String) - invited, pending, active, declined, stopped, unreachable
clients-line = { $status ->
        [invited] ✉️ { $alias }: تعرض، مازال ما دخلش
        [pending] ⏳ { $alias }: دخل، مازال ما وافقش
        [declined] 🚫 { $alias }: ما وافقش
        [stopped] 🔕 { $alias }: وقف الميساجات
        [unreachable] 📵 { $alias }: ما كيوصلوش الميساجات (بلوكا البوت؟)
       *[active] ✅ { $alias } ({ $language })
    }
