# /newclient: a casemanager registers a client.

newclient-ask-alias = 🆕 مستفيد جديد. اكتب اسما مستعارا (لقبا أو الحروف الأولى، وليس الاسم الكامل):
# $max (Number) - the longest alias allowed
newclient-alias-invalid = من فضلك اكتب اسما مستعارا. عدد الحروف: من 1 إلى { $max }.
# $alias (String) - the client's alias
newclient-ask-language = ما اللغة التي يقرؤها { $alias } بشكل أفضل؟
newclient-ask-country = أين يعيش المستفيد الآن؟
# $zone (String) - the proposed time zone
newclient-ask-timezone = 🕐 المنطقة الزمنية: { $zone }. احتفظ بها أو اختر غيرها (يمكنك أيضا كتابتها، مثل ⁦Africa/Casablanca⁩).
# $zone (String) - a time zone name
newclient-zone-keep = ✅ { $zone }
# $zone (String) - a time zone name
newclient-zone-other = { $zone }
newclient-zone-invalid = لا أعرف هذه المنطقة الزمنية. اضغط على زر أو اكتب واحدة مثل ⁦Africa/Casablanca⁩.
newclient-cancel = ✖️ إلغاء
newclient-cancelled = ✖️ تم الإلغاء. لم يتم تسجيل أي مستفيد.
# $alias (String) - the client's alias; $link (String) - invite link; $days (Number) - days valid
newclient-done =
    ✅ تم تسجيل { $alias }.
    أعطه هذا الرابط أو اطلب منه أن يمسح الرمز (كيو آر). الرابط يعمل مرة واحدة، وتنتهي صلاحيته بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوما
       *[other] { $days } يوم
    }:
    { $link }

country-MA = 🇲🇦 المغرب
country-DZ = 🇩🇿 الجزائر
country-TN = 🇹🇳 تونس
country-NL = 🇳🇱 هولندا
country-other = 🌍 بلد آخر

cmd-clients = ⁦/clients⁩ – المستفيدون ووضع كل واحد
menu-clients = المستفيدون
clients-none = ليس لديك مستفيدون بعد. أضف واحدًا بـ ⁦/newclient⁩.
# $count (Number) - how many; $lines (String) - one line per client
clients-list =
    👥 { $count ->
        [one] مستفيد واحد
        [two] مستفيدان
        [few] { $count } مستفيدين
        [many] { $count } مستفيدًا
       *[other] { $count } مستفيد
    }:
    { $lines }
# $alias (String); $language (String) - a language code; $status (String) - invited, pending, active, declined, stopped, unreachable
clients-line = { $status ->
        [invited] ✉️ { $alias }: مدعو، لم ينضم بعد
        [pending] ⏳ { $alias }: انضم، لم يوافق بعد
        [declined] 🚫 { $alias }: لم يوافق
        [stopped] 🔕 { $alias }: أوقف الرسائل
        [unreachable] 📵 { $alias }: لا يمكن الوصول إليه (حظر البوت؟)
       *[active] ✅ { $alias } ({ $language })
    }
