# Aftercare after a voluntary return: the plan (staff) and the check-in (client).

aftercare-ask-client = 🤝 المتابعة بعد العودة. لأي مستفيد؟ اضغط على اسم أو اكتب الاسم المستعار.
# $alias (String) - client
aftercare-ask-return = ✈️ متى عاد { $alias }؟ اضغط أو اكتب التاريخ (مثل ⁦12/03⁩).
# $days_ago (Number) - 0 today, 1 yesterday, ...
aftercare-day-button = { $days_ago ->
        [0] 📆 اليوم
        [1] 📆 أمس
        [two] 📆 قبل يومين
        [few] 📆 قبل { $days_ago } أيام
        [many] 📆 قبل { $days_ago } يوما
       *[other] 📆 قبل { $days_ago } يوم
    }
aftercare-ask-country = 🌍 أين يعيش المستفيد الآن؟
aftercare-ask-hour = 🕐 في أي ساعة، بالتوقيت المحلي، تصل أسئلة المتابعة؟
# $hour (Number) - an hour of the day
aftercare-hour-button = 🕐 { $hour }:00
# $days (String) - the default days
aftercare-default-days-button = ✅ الأيام: { $days }
aftercare-ask-days = 📋 في أي أيام بعد العودة تُرسل أسئلة المتابعة؟ اضغط على الاختيار الافتراضي أو اكتب الأيام، مثل 3, 7, 14, 30.
aftercare-date-unreadable = لا أستطيع قراءة هذا التاريخ. اكتبه مثل ⁦12/03⁩ أو ⁦12/3⁩، أو اضغط على زر.
aftercare-days-invalid = من فضلك اكتب الأيام بالأرقام، من 1 إلى 730، مثل 3, 7, 14, 30.
# $alias (String) - client; $count (Number) - check-ins planned
aftercare-saved = ✅ متابعة { $alias }: { $count ->
        [one] متابعة واحدة مجدولة.
        [two] متابعتان مجدولتان.
        [few] { $count } متابعات مجدولة.
        [many] { $count } متابعة مجدولة.
       *[other] { $count } متابعة مجدولة.
    }
# $alias (String); $status (String) - active, paused or ended; $days (String) - plan days
# $returned (String) - return date; $next (String) - next check-in
aftercare-plan =
    🤝 متابعة { $alias } ({ $status ->
        [paused] ⏸ متوقفة مؤقتا
        [ended] ⏹ منتهية
       *[active] ▶️ نشطة
    })
    ✈️ تاريخ العودة: { $returned }
    📋 الأيام: { $days }
    ⏭ المتابعة القادمة: { $next }
aftercare-pause-button = ⏸ إيقاف مؤقت
aftercare-resume-button = ▶️ استئناف
aftercare-edit-button = ✏️ تعديل الأيام
aftercare-end-button = ⏹ إنهاء
# $alias (String) - client
aftercare-pause-done = ⏸ تم إيقاف متابعة { $alias } مؤقتا.
# $alias (String) - client
aftercare-resume-done = ▶️ استؤنفت متابعة { $alias }.
# $alias (String) - client
aftercare-end-done = ⏹ انتهت متابعة { $alias }.

voice-ask-question = 🎤 سجّل سؤالا بالصوت للأشخاص الذين لا يستطيعون القراءة. أي سؤال؟
voice-ask-language = بأي لغة ستتكلم؟
voice-ask-recording = 🎤 أرسل الرسالة الصوتية الآن.
voice-saved = ✅ تم الحفظ. سيُرسل مع السؤال من الآن فصاعدا.
checkin-question-mood = 😀 كيف حالك؟
checkin-question-health = 🩺 الصحة
checkin-question-housing = 🏠 السكن
checkin-question-income = 💶 الدخل أو العمل
checkin-question-network = 👪 العائلة والأصدقاء
checkin-question-papers = 📄 الوثائق والمركز الصحي
checkin-question-other = 💬 شيء آخر؟

# The check-in, to the client. Short sentences.
checkin-hello =
    📋 بعض الأسئلة
    👋 مرحبا! نريد أن نعرف كيف حالك.
checkin-ask-mood =
    📋 السؤال { $n } من { $total }
    كيف حالك؟
checkin-mood-3 = 😀 بخير
checkin-mood-2 = 🙂 لا بأس
checkin-mood-1 = 😟 لست بخير
checkin-mood-0 = 🆘 أحتاج مساعدة
checkin-ask-health =
    📋 السؤال { $n } من { $total }
    🩺 صحتك وأدويتك؟
checkin-health-2 = 🟩 جيدة
checkin-health-1 = 🟨 متوسطة
checkin-health-0 = 🟥 سيئة
checkin-ask-housing =
    📋 السؤال { $n } من { $total }
    🏠 هل لديك مكان تسكن فيه؟
checkin-housing-2 = 🟩 نعم، جيد
checkin-housing-1 = 🟨 غير متأكد
checkin-housing-0 = 🟥 لا مكان لي
checkin-ask-income =
    📋 السؤال { $n } من { $total }
    💶 المال أو العمل؟
checkin-income-2 = 🟩 يكفي
checkin-income-1 = 🟨 قليل
checkin-income-0 = 🟥 لا شيء
checkin-ask-network =
    📋 السؤال { $n } من { $total }
    👪 العائلة والأصدقاء؟
checkin-network-2 = 🟩 يساعدونني
checkin-network-1 = 🟨 قليلا
checkin-network-0 = 🟥 أنا وحدي
checkin-ask-papers =
    📋 السؤال { $n } من { $total }
    📄 الوثائق والتسجيل في المركز الصحي؟
checkin-papers-2 = 🟩 تم
checkin-papers-1 = 🟨 ما زلت أتابعها
checkin-papers-0 = 🟥 توجد مشكلة
checkin-ask-other =
    📋 السؤال { $n } من { $total }
    💬 شيء آخر؟ اكتب أو أرسل رسالة صوتية 🎤. أو اضغط «تخطي».
checkin-skip-button = ⏭ تخطي
checkin-thanks =
    🙏 شكرا!
    المسؤول عن ملفك يرى إجاباتك.
checkin-closed = هذه الأسئلة مغلقة. شكرا.
checkin-reminder = 👋 مرحبا. لم يصلنا منك شيء. كيف حالك؟ اضغط للإجابة.
checkin-start-button = ▶️ أجب

category-checkin_mood = يشعر بسوء (المتابعة)
category-checkin_health = الصحة (المتابعة)
category-checkin_housing = السكن (المتابعة)
category-checkin_income = الدخل (المتابعة)
category-checkin_network = وحيد (المتابعة)
category-checkin_papers = الوثائق (المتابعة)
category-checkin_other = رسالة في المتابعة
category-lost_contact = انقطع الاتصال

# /client <alias>
# $alias (String); $zone (String) - time zone; $plan (String) - active, paused, ended, none
# $next (String) - next check-in; $answered (Number); $trends (String); $issues (String)
client-view =
    👤 { $alias } · 🕐 { $zone }
    🤝 المتابعة: { $plan ->
        [active] ▶️ نشطة
        [paused] ⏸ متوقفة مؤقتا
        [ended] ⏹ منتهية
       *[none] –
    } · ✅ الإجابات: { $answered } · ⏭ { $next }
    { $trends }
    مسائل مفتوحة:
    { $issues }
# $trend (String) - icons oldest to newest; $worse (String) - yes if worse than last time
client-view-mood = الحالة النفسية: { $trend }{ $worse ->
        [yes] {" "}⚠️ أسوأ
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-health = 🩺 الصحة: { $trend }{ $worse ->
        [yes] {" "}⚠️ أسوأ
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-housing = 🏠 السكن: { $trend }{ $worse ->
        [yes] {" "}⚠️ أسوأ
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-income = 💶 الدخل: { $trend }{ $worse ->
        [yes] {" "}⚠️ أسوأ
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-network = 👪 العائلة والأصدقاء: { $trend }{ $worse ->
        [yes] {" "}⚠️ أسوأ
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-papers = 📄 الوثائق: { $trend }{ $worse ->
        [yes] {" "}⚠️ أسوأ
       *[no] {""}
    }
# $number (String) - alert number; $categories (String)
client-view-alert = 🚨 #{ $number } { $categories }
# $kind (String); $when (String)
client-view-appointment = 📅 { $kind }، { $when }
client-view-no-issues = لا شيء
# $typed (String) - what was typed
client-view-not-found = لا يوجد مستفيد يطابق «{ $typed }». اكتب ⁦/client⁩ وجزءا من الاسم المستعار.

cmd-aftercare = ⁦/aftercare⁩ – تخطيط أو تغيير المتابعة بعد العودة
cmd-client = ⁦/client⁩ الاسم – تطور أحوال المستفيد والمسائل المفتوحة
cmd-voice = ⁦/voice⁩ – تسجيل سؤال برسالة صوتية
menu-aftercare = المتابعة بعد العودة
menu-client = تطور أحوال مستفيد
menu-voice = تسجيل سؤال
