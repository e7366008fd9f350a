# Appointments and their reminders.
# Shared variables: $kind (String) - kind of appointment; $when (String) - date and time
# $place (String) - where; $note (String) - a note for the client; $alias (String) - client

appointment-kind-doctor = الطبيب
appointment-kind-hospital = المستشفى
appointment-kind-mental = الصحة النفسية
appointment-kind-embassy = السفارة / القنصلية
appointment-kind-immigration = مصلحة الهجرة
appointment-kind-reception = مركز الاستقبال
appointment-kind-return = برنامج العودة
appointment-kind-lawyer = المحامي
appointment-kind-other = موعد
appointment-kind-doctor-button = 🩺 الطبيب
appointment-kind-hospital-button = 🏥 المستشفى
appointment-kind-mental-button = 🧠 الصحة النفسية
appointment-kind-embassy-button = 🏛 السفارة
appointment-kind-immigration-button = 🛂 الهجرة
appointment-kind-reception-button = 🏠 مركز الاستقبال
appointment-kind-return-button = ✈️ خدمة العودة
appointment-kind-lawyer-button = ⚖️ المحامي
appointment-kind-other-button = 📌 آخر
appointment-topic-doctor = الطبيب
appointment-topic-hospital = المستشفى
appointment-topic-mental = جلسة حديث
appointment-topic-embassy = الوثائق
appointment-topic-immigration = موعد في مكتب
appointment-topic-reception = السكن
appointment-topic-return = السفر
appointment-topic-lawyer = استشارة
appointment-topic-other = موعد

appointment-cancel-button = ✖️ إلغاء
appointment-skip-button = ⏭ تخطي
appointment-save-button = ✅ حفظ
appointment-no-clients = ليس لديك أي مستفيد بعد. سجّل مستفيدا عبر ⁦/newclient⁩.
appointment-ask-client = 📅 موعد جديد. لأي مستفيد؟ اضغط على اسم أو اكتب الاسم المستعار.
# $alias (String) - client
appointment-client-button = 👤 { $alias }
# $typed (String) - what was typed
appointment-client-not-found = لا يوجد مستفيد يطابق «{ $typed }». اضغط على اسم أو اكتب من جديد.
appointment-ask-kind = ما نوع الموعد؟
# $day (String) - a date
appointment-day-button = 📆 { $day }
# $zone (String) - the client's time zone
appointment-ask-day = أي يوم؟ اضغط على يوم أو اكتب التاريخ والوقت، مثل ⁦12/03 14:30⁩ أو غدا 10:00. المنطقة الزمنية: { $zone }.
appointment-ask-time = في أي ساعة؟ اضغط أو اكتب، مثل 14:30 أو 9:00.
# $typed (String) - what was typed
appointment-date-unreadable = لا أستطيع قراءة «{ $typed }». اكتب التاريخ والوقت مثل ⁦12/03 14:30⁩ أو ⁦12/3 9:00⁩ أو غدا 10:00.
appointment-date-past = هذا الوقت مضى. اكتب تاريخا ووقتا في المستقبل، مثل غدا 10:00.
appointment-ask-place = 📍 أين؟ اكتب العنوان أو اضغط «تخطي».
appointment-ask-note = 📝 ملاحظة للمستفيد؟ اكتبها أو اضغط «تخطي».
appointment-reminder-10080-on = ✅ قبل أسبوع
appointment-reminder-10080-off = ⬜ قبل أسبوع
appointment-reminder-1440-on = ✅ قبل 24 ساعة
appointment-reminder-1440-off = ⬜ قبل 24 ساعة
appointment-reminder-120-on = ✅ قبل ساعتين
appointment-reminder-120-off = ⬜ قبل ساعتين
# $zone (String) - the client's time zone
appointment-confirm =
    📅 { $alias }: { $kind }
    🕐 { $when } ({ $zone })
    📍 { $place }
    📝 { $note }
    التذكيرات: اضغط لتغييرها. ثم احفظ.
appointment-cancelled-flow = ✖️ تم الإيقاف. لم يتم تسجيل أي موعد.
appointment-saved = ✅ تم الحفظ: { $alias }، { $kind }، { $when }. تم إبلاغ المستفيد الآن، وسيصله تذكير قبل الموعد.
appointment-client-unreachable = ⚠️ أوقف { $alias } الرسائل أو حظر البوت. تم حفظ الموعد، لكن قد لا تصل التذكيرات. من فضلك اتصل به.

# To the client
appointment-new-client =
    📅 موعد جديد
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
appointment-reminder =
    ⏰ تذكير
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
    📝 { $note }
    هل ستأتي؟
appointment-come-button = ✅ سآتي
appointment-cant-button = ❌ لا أستطيع الحضور
appointment-call-button = 📞 اتصلوا بي من فضلكم
appointment-thanks-come = 👍 شكرا. بالتوفيق في موعدك.
appointment-thanks-cant =
    🙏 شكرا لأنك أخبرتنا.
    سيتواصل معك المسؤول عن ملفك.
appointment-thanks-call =
    📞 حسنا.
    سيتصل بك المسؤول عن ملفك.
appointment-answer-too-late = هذا الموعد مضى أو تغيّر.
appointment-moved-client =
    🔁 تغيّر موعدك
    📌 { $topic }
    🕐 { $when }
    📍 { $place }
appointment-cancelled-client =
    ✖️ أُلغي موعد
    📌 { $topic }
    🕐 { $when }

# To the casemanager
# $answer (String) - come, cant or call
appointment-answer-staff = { $answer ->
        [come] ✅
        [cant] ❌
       *[call] 📞
    } { $alias }، { $kind } { $when }: { $answer ->
        [come] سيأتي.
        [cant] لا يستطيع الحضور.
       *[call] يطلب أن تتصل به.
    }
appointment-reminder-missed = ⚠️ لم يُرسَل التذكير إلى { $alias } بخصوص { $kind } يوم { $when } في الوقت (كان البوت متوقفا). من فضلك تأكد معه.
appointment-cancelled-staff = ✖️ أُلغي: { $alias }، { $kind } يوم { $when }. تم إبلاغ المستفيد.

appointments-none = لا توجد مواعيد قادمة.
# $count (Number) - how many; $lines (String) - one line each
appointments-list =
    📅 { $count ->
        [one] موعد واحد قادم
        [two] موعدان قادمان
        [few] { $count } مواعيد قادمة
        [many] { $count } موعدا قادما
       *[other] { $count } موعد قادم
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
appointments-move-button = 🔁 تغيير #{ $number }
# $number (String) - appointment number
appointments-cancel-button = ✖️ إلغاء #{ $number }

move-ask-client = 🧳 أي مستفيد انتقل إلى بلد آخر؟
move-ask-country = أين يعيش المستفيد الآن؟
# $zone (String) - the new time zone
move-done = ✅ { $alias }: منطقته الزمنية الجديدة هي { $zone }. ستتبع تذكيراته التوقيت المحلي الجديد.

category-appointment_cant = لا يستطيع حضور موعد

cmd-appointment = ⁦/appointment⁩ – تحديد موعد
cmd-appointments = ⁦/appointments⁩ – المواعيد القادمة
cmd-move = ⁦/move⁩ – مستفيد انتقل إلى بلد آخر
menu-appointment = تحديد موعد
menu-appointments = المواعيد القادمة
menu-move = مستفيد انتقل إلى بلد آخر
# A saved place's button shows its name; this label is not used as visible text.
appointment-place-button = 📍 المكان
