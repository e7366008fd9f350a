# Appointments and their reminders.
# Shared variables: $kind (String) - kind of appointment; $when (String) - date and time
# $place (String) - where; $note (String) - a note for the client; $alias (String) - client

appointment-kind-doctor = الطبيب
appointment-kind-hospital = السبيطار
appointment-kind-mental = الصحة النفسية
appointment-kind-embassy = السفارة / القنصلية
appointment-kind-immigration = الإدارة ديال الهجرة
appointment-kind-reception = مركز الاستقبال
appointment-kind-return = المصلحة ديال الرجوع للبلاد
appointment-kind-lawyer = المحامي
appointment-kind-other = موعد
appointment-kind-doctor-button = 🩺 الطبيب
appointment-kind-hospital-button = 🏥 السبيطار
appointment-kind-mental-button = 🧠 الصحة النفسية
appointment-kind-embassy-button = 🏛 السفارة
appointment-kind-immigration-button = 🛂 الهجرة
appointment-kind-reception-button = 🏠 مركز الاستقبال
appointment-kind-return-button = ✈️ الرجوع للبلاد
appointment-kind-lawyer-button = ⚖️ المحامي
appointment-kind-other-button = 📌 حاجة أخرى
appointment-topic-doctor = الطبيب
appointment-topic-hospital = السبيطار
appointment-topic-mental = جلسة ديال الهضرة
appointment-topic-embassy = الوراق
appointment-topic-immigration = موعد فالمكتب
appointment-topic-reception = السكنى
appointment-topic-return = السفر
appointment-topic-lawyer = استشارة
appointment-topic-other = موعد

appointment-cancel-button = ✖️ إلغاء
appointment-skip-button = ⏭ دوز
appointment-save-button = ✅ سجل
appointment-no-clients = ما عندك حتى مستفيد باقي. سجل واحد ب ⁦/newclient⁩.
appointment-ask-client = 📅 موعد جديد. لأشمن مستفيد؟ ورك على سمية ولا كتب السمية المستعارة.
# $alias (String) - client
appointment-client-button = 👤 { $alias }
# $typed (String) - what was typed
appointment-client-not-found = ما كاين حتى مستفيد بحال «{ $typed }». ورك على سمية ولا عاود كتب.
appointment-ask-kind = أشمن نوع ديال الموعد؟
# $day (String) - a date
appointment-day-button = 📆 { $day }
# $zone (String) - the client's time zone
appointment-ask-day = أشمن نهار؟ ورك على نهار ولا كتب التاريخ والساعة، بحال ⁦12/03 14:30⁩ ولا غدا 10:00. التوقيت: { $zone }.
appointment-ask-time = شحال الساعة؟ ورك على ساعة ولا كتبها، بحال 14:30 ولا 9:00.
# $typed (String) - what was typed
appointment-date-unreadable = ما قدرتش نقرا «{ $typed }». كتب التاريخ والساعة بحال ⁦12/03 14:30⁩ ولا ⁦12/3 9:00⁩ ولا غدا 10:00.
appointment-date-past = هاد الوقت فات. كتب تاريخ وساعة من المستقبل، بحال غدا 10:00.
appointment-ask-place = 📍 فين؟ كتب العنوان، ولا دوز.
appointment-ask-note = 📝 شي ملاحظة للمستفيد؟ كتبها، ولا دوز.
appointment-reminder-10080-on = ✅ سيمانة قبل
appointment-reminder-10080-off = ⬜ سيمانة قبل
appointment-reminder-1440-on = ✅ 24 ساعة قبل
appointment-reminder-1440-off = ⬜ 24 ساعة قبل
appointment-reminder-120-on = ✅ جوج سوايع قبل
appointment-reminder-120-off = ⬜ جوج سوايع قبل
# $zone (String) - the client's time zone
appointment-confirm =
    📅 { $alias }: { $kind }
    🕐 { $when } ({ $zone })
    📍 { $place }
    📝 { $note }
    التذكيرات: ورك عليهم باش تبدلهم. من بعد سجل.
appointment-cancelled-flow = ✖️ تحبس. ما تدار حتى موعد.
appointment-saved = ✅ تسجل: { $alias }، { $kind }، { $when }. المستفيد غادي يوصلو الخبر دابا، وغادي نفكروه قبل الموعد.
appointment-client-unreachable = ⚠️ { $alias } حبس الميساجات ولا دار بلوك للبوت. الموعد تسجل، ولكن التذكيرات يمكن ما يوصلوش. عافاك عيط ليه.

# To the client
appointment-new-client =
    📅 موعد جديد
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
appointment-reminder =
    ⏰ ما تنساش
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
    واش غادي تجي؟
appointment-come-button = ✅ غادي نجي
appointment-cant-button = ❌ ما نقدرش نجي
appointment-call-button = 📞 عيط ليا عافاك
appointment-thanks-come = 👍 شكرا. الله يسهل فالموعد ديالك.
appointment-thanks-cant =
    🙏 شكرا على الخبر.
    المساعد ديالك غادي يتاصل بيك.
appointment-thanks-call =
    📞 واخا.
    المساعد ديالك غادي يعيط ليك.
appointment-answer-too-late = هاد الموعد فات ولا تبدل.
appointment-moved-client =
    🔁 الموعد ديالك تبدل
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
appointment-cancelled-client =
    ✖️ تلغى واحد الموعد
    📌 { $topic }
    🕐 { $when }

# To the casemanager
# $answer (String) - come, cant or call
appointment-answer-staff = { $answer ->
        [come] ✅
        [cant] ❌
       *[call] 📞
    } { $alias }، { $kind } { $when }: { $answer ->
        [come] غادي يجي.
        [cant] ما يقدرش يجي.
       *[call] بغاك تعيط ليه.
    }
appointment-reminder-missed = ⚠️ التذكير ديال { $alias } على { $kind } نهار { $when } ما تصيفطش فالوقت (البوت كان طافي). عافاك تأكد معاه.
appointment-cancelled-staff = ✖️ تلغى: { $alias }، { $kind } نهار { $when }. المستفيد وصلو الخبر.

appointments-none = ما كاين حتى موعد جاي.
# $count (Number) - how many; $lines (String) - one line each
appointments-list =
    📅 { $count ->
        [one] موعد واحد جاي
        [two] جوج مواعيد جايين
        [few] { $count } مواعيد جايين
        [many] { $count } موعد جاي
       *[other] { $count } موعد جاي
    }:
    { $lines }
# $number (String) - appointment number; $answer (String) - come, cant, call or none
appointments-line = #{ $number } { $alias }: { $kind }، { $when } { $answer ->
        [come] ✅
        [cant] ❌
        [call] 📞
       *[none] ⏳
    }
# $number (String) - appointment number
appointments-move-button = 🔁 بدل #{ $number }
# $number (String) - appointment number
appointments-cancel-button = ✖️ لغي #{ $number }

move-ask-client = 🧳 أشمن مستفيد بدل البلاد؟
move-ask-country = فين ساكن المستفيد دابا؟
# $zone (String) - the new time zone
move-done = ✅ { $alias }: التوقيت الجديد ديالو هو { $zone }. التذكيرات ديالو غادي يتبعو الساعة الجديدة.

category-appointment_cant = ما يقدرش يجي للموعد

cmd-appointment = ⁦/appointment⁩ – حط موعد
cmd-appointments = ⁦/appointments⁩ – المواعيد اللي جايين
cmd-move = ⁦/move⁩ – مستفيد بدل البلاد
menu-appointment = حط موعد
menu-appointments = المواعيد اللي جايين
menu-move = مستفيد بدل البلاد
# A saved place's button shows its name; this label is not used as visible text.
appointment-place-button = 📍 المكان
