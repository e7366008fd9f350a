# Aftercare after a voluntary return: the plan (staff) and the check-in (client).

aftercare-ask-client = 🤝 المتابعة من بعد الرجوع. لأشمن مستفيد؟ ورك على سمية ولا كتب السمية المستعارة.
# $alias (String) - client
aftercare-ask-return = ✈️ فوقاش رجع { $alias }؟ ورك ولا كتب التاريخ (بحال ⁦12/03⁩).
# $days_ago (Number) - 0 today, 1 yesterday, ...
aftercare-day-button = { $days_ago ->
        [0] 📆 اليوم
        [1] 📆 البارح
        [two] 📆 هادي يومين
        [few] 📆 هادي { $days_ago } أيام
        [many] 📆 هادي { $days_ago } يوم
       *[other] 📆 هادي { $days_ago } يوم
    }
aftercare-ask-country = 🌍 فين ساكن المستفيد دابا؟
aftercare-ask-hour = 🕐 فوقاش خاص الأسئلة توصل، بالساعة ديال تما؟
# $hour (Number) - an hour of the day
aftercare-hour-button = 🕐 { $hour }:00
# $days (String) - the default days
aftercare-default-days-button = ✅ الأيام: { $days }
aftercare-ask-days = 📋 فأشمن أيام من بعد الرجوع نصيفطو الأسئلة؟ ورك على البوطونة ولا كتب الأيام، بحال 3, 7, 14, 30.
aftercare-date-unreadable = ما قدرتش نقرا هاد التاريخ. كتبو بحال ⁦12/03⁩ ولا ⁦12/3⁩، ولا ورك على بوطونة.
aftercare-days-invalid = عافاك كتب الأيام بالأرقام، من 1 حتى 730، بحال 3, 7, 14, 30.
# $alias (String) - client; $count (Number) - check-ins planned
aftercare-saved =
    ✅ { $alias }: { $count ->
        [one] غادي نصيفطو ليه الأسئلة مرة وحدة.
        [two] غادي نصيفطو ليه الأسئلة جوج مرات.
        [few] غادي نصيفطو ليه الأسئلة { $count } ديال المرات.
        [many] غادي نصيفطو ليه الأسئلة { $count } ديال المرات.
       *[other] غادي نصيفطو ليه الأسئلة { $count } ديال المرات.
    }
# $alias (String); $status (String) - active, paused or ended; $days (String) - plan days
# $returned (String) - return date; $next (String) - next check-in
aftercare-plan =
    🤝 المتابعة ديال { $alias } ({ $status ->
        [paused] ⏸ موقفة
        [ended] ⏹ سالات
       *[active] ▶️ خدامة
    })
    ✈️ رجع: { $returned }
    📋 الأيام: { $days }
    ⏭ المتابعة الجاية: { $next }
aftercare-pause-button = ⏸ وقف شوية
aftercare-resume-button = ▶️ كمل
aftercare-edit-button = ✏️ بدل الأيام
aftercare-end-button = ⏹ سالي
# $alias (String) - client
aftercare-pause-done = ⏸ المتابعة ديال { $alias } توقفات شوية.
# $alias (String) - client
aftercare-resume-done = ▶️ المتابعة ديال { $alias } رجعات خدامة.
# $alias (String) - client
aftercare-end-done = ⏹ المتابعة ديال { $alias } سالات.

voice-ask-question = 🎤 سجل سؤال بالصوت للناس اللي ما كيعرفوش يقراو. أشمن سؤال؟
voice-ask-language = بأشمن لغة غادي تهضر؟
voice-ask-recording = 🎤 صيفط الفوكال دابا.
voice-saved = ✅ تسجل. من دابا غادي يتصيفط مع السؤال.
checkin-question-mood = 😀 كيف الحال؟
checkin-question-health = 🩺 الصحة
checkin-question-housing = 🏠 السكنى
checkin-question-income = 💶 الفلوس ولا الخدمة
checkin-question-network = 👪 العائلة والصحاب
checkin-question-papers = 📄 الوراق والمستوصف
checkin-question-other = 💬 شي حاجة أخرى؟

# The check-in, to the client. Short sentences.
checkin-hello =
    📋 شي أسئلة
    👋 السلام! بغينا نعرفو أحوالك.
checkin-ask-mood =
    📋 السؤال { $n } من { $total }
    كيف الحال؟
checkin-mood-3 = 😀 مزيان
checkin-mood-2 = 🙂 عادي
checkin-mood-1 = 😟 ماشي مزيان
checkin-mood-0 = 🆘 خاصني المساعدة
checkin-ask-health =
    📋 السؤال { $n } من { $total }
    🩺 الصحة ديالك والدوا؟
checkin-health-2 = 🟩 مزيان
checkin-health-1 = 🟨 نص نص
checkin-health-0 = 🟥 ماشي مزيان
checkin-ask-housing =
    📋 السؤال { $n } من { $total }
    🏠 عندك فين تسكن؟
checkin-housing-2 = 🟩 مزيان
checkin-housing-1 = 🟨 ماشي مضمون
checkin-housing-0 = 🟥 ما عنديش فين نسكن
checkin-ask-income =
    📋 السؤال { $n } من { $total }
    💶 الفلوس ولا الخدمة؟
checkin-income-2 = 🟩 كافيين
checkin-income-1 = 🟨 شوية
checkin-income-0 = 🟥 والو
checkin-ask-network =
    📋 السؤال { $n } من { $total }
    👪 العائلة والصحاب؟
checkin-network-2 = 🟩 كيعاونوني
checkin-network-1 = 🟨 شوية
checkin-network-0 = 🟥 بوحدي
checkin-ask-papers =
    📋 السؤال { $n } من { $total }
    📄 الوراق والمستوصف؟
checkin-papers-2 = 🟩 ساليت
checkin-papers-1 = 🟨 باقي كنقاد فيهم
checkin-papers-0 = 🟥 كاين مشكل
checkin-ask-other =
    📋 السؤال { $n } من { $total }
    💬 شي حاجة أخرى؟ كتب ولا صيفط فوكال 🎤. ولا دوز.
checkin-skip-button = ⏭ دوز
checkin-thanks =
    🙏 شكرا!
    المساعد ديالك كيشوف الأجوبة ديالك.
checkin-closed = فات الوقت ديال هاد الأسئلة. شكرا 🙏
checkin-reminder = 👋 السلام. ما وصلنا منك والو. كيف الحال؟ ورك باش تجاوب.
checkin-start-button = ▶️ جاوب

category-checkin_mood = حاس براسو ماشي مزيان (المتابعة)
category-checkin_health = الصحة (المتابعة)
category-checkin_housing = السكنى (المتابعة)
category-checkin_income = الفلوس (المتابعة)
category-checkin_network = بوحدو (المتابعة)
category-checkin_papers = الوراق (المتابعة)
category-checkin_other = ميساج فالمتابعة
category-lost_contact = تقطع الاتصال معاه

# /client <alias>
# $alias (String); $zone (String) - time zone; $plan (String) - active, paused, ended, none
# $next (String) - next check-in; $answered (Number); $trends (String); $issues (String)
client-view =
    👤 { $alias } · 🕐 { $zone }
    🤝 المتابعة: { $plan ->
        [active] ▶️ خدامة
        [paused] ⏸ موقفة
        [ended] ⏹ سالات
       *[none] –
    } · ✅ الأجوبة: { $answered } · ⏭ { $next }
    { $trends }
    اللي باقي مفتوح:
    { $issues }
# $trend (String) - icons oldest to newest; $worse (String) - yes if worse than last time
client-view-mood = الحالة: { $trend }{ $worse ->
        [yes] {" "}⚠️ خيب من قبل
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-health = 🩺 الصحة: { $trend }{ $worse ->
        [yes] {" "}⚠️ خيب من قبل
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-housing = 🏠 السكنى: { $trend }{ $worse ->
        [yes] {" "}⚠️ خيب من قبل
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-income = 💶 الفلوس: { $trend }{ $worse ->
        [yes] {" "}⚠️ خيب من قبل
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-network = 👪 العائلة والصحاب: { $trend }{ $worse ->
        [yes] {" "}⚠️ خيب من قبل
       *[no] {""}
    }
# $trend (String); $worse (String)
client-view-papers = 📄 الوراق: { $trend }{ $worse ->
        [yes] {" "}⚠️ خيب من قبل
       *[no] {""}
    }
# $number (String) - alert number; $categories (String)
client-view-alert = 🚨 #{ $number } { $categories }
# $kind (String); $when (String)
client-view-appointment = 📅 { $kind }، { $when }
client-view-no-issues = والو
# $typed (String) - what was typed
client-view-not-found = ما كاين حتى مستفيد بحال «{ $typed }». كتب ⁦/client⁩ وشي جزء من السمية المستعارة.

cmd-aftercare = ⁦/aftercare⁩ – برمج ولا بدل المتابعة من بعد الرجوع
cmd-client = ⁦/client⁩ السمية – الأحوال والمشاكل المفتوحة ديال مستفيد
cmd-voice = ⁦/voice⁩ – سجل سؤال بالفوكال
menu-aftercare = المتابعة من بعد الرجوع
menu-client = الأحوال ديال مستفيد
menu-voice = سجل سؤال
