# Alerts: flagged client messages reach a casemanager, who claims, replies and resolves.

# $severity (String) - urgent or normal; $alert (Number) - alert number; $alias (String) - client
# $categories (String) - list of categories; $terms (String) - the words that raised the flag
# $language (String) - client's language; $country (String) - where the client lives
# $local_time (String) - the client's local time now; $count (Number) - messages in the alert
# $status (String) - open, claimed, resolved or escalated; $claimer (String) - staff name
alert-card =
    { $severity ->
        [urgent] 🔴 عاجل
       *[normal] 🟡 انتباه
    } · #{ $alert } · { $alias }
    🏷 { $categories }
    🔎 { $terms }
    🌐 { $language } · { $country } · 🕐 { $local_time }
    💬 { $count ->
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $count } رسائل
        [many] { $count } رسالة
       *[other] { $count } رسالة
    } · { $status ->
        [claimed] ✋ استلمه { $claimer }
        [resolved] ✅ أغلقه { $claimer }
        [escalated] ⏰ لم يستلمه أحد بعد: من فضلك استلمه
       *[open] ⏳ لم يستلمه أحد بعد
    }
alert-claim-button = ✋ استلام
# several cards in one message (the team chat): each button names its alert
card-bundle-label = { $label } · #{ $alert }
alert-reply-button = ↩️ رد
alert-resolve-button = ✅ إغلاق
alert-resolve-force-button = ✅ إغلاق رغم ذلك
# $name (String) - who claimed the alert; $number (Number) - alert number
alert-resolve-confirm = التنبيه #{ $number } استلمه { $name }. هل تريد إغلاقه رغم ذلك؟
alert-reply-again-button = ↩️ رد مرة أخرى
alert-reply-cancel = ✖️ إلغاء

category-medical = طبي
category-self_harm = إيذاء النفس
category-violence = عنف أو تهديد
category-police = الشرطة أو الاحتجاز
category-no_shelter = بلا مأوى
category-no_money_food = بلا مال أو طعام
category-asks_contact = يطلب التواصل
category-feels_bad = يشعر بسوء
category-no_answer = لا يجيب
category-blocked = لا يمكن الوصول إليه

# $alert (Number) - alert number
alert-already-resolved = التنبيه #{ $alert } مغلق بالفعل.
# $alert (Number) - alert number; $name (String) - who has it
alert-already-claimed = التنبيه #{ $alert } استلمه { $name } من قبل.
# $alert (Number) - alert number; $alias (String) - client
alert-claimed-you = ✋ التنبيه #{ $alert } ({ $alias }) عندك الآن. اضغط «رد» أو رد مباشرة على رسالة التنبيه.
# $alert (Number) - alert number; $alias (String) - client
alert-resolved-you = ✅ تم إغلاق التنبيه #{ $alert } ({ $alias }).
# $alias (String) - client
alert-reply-prompt = ↩️ اكتب ردك على { $alias }، أو أرسل رسالة صوتية 🎤. سيصل باسم «المسؤول عن ملفك».
# $alias (String) - client
alert-reply-sent = 📤 أُرسل إلى { $alias }.
# $alias (String) - client; $alert (Number) - alert number; their words follow
alert-thread-message = 💬 { $alias } (#{ $alert }):

alerts-none = ✅ لا توجد تنبيهات مفتوحة.
# $count (Number) - open alerts; $lines (String) - one line per alert
alerts-list =
    🚨 { $count ->
        [one] تنبيه واحد مفتوح
        [two] تنبيهان مفتوحان
        [few] { $count } تنبيهات مفتوحة
        [many] { $count } تنبيها مفتوحا
       *[other] { $count } تنبيه مفتوح
    }:
    { $lines }
# $severity (String); $alert (Number); $alias (String); $categories (String)
# $status (String) - open or claimed; $minutes (Number) - age; $hours (Number) - age in hours
alerts-line = { $severity ->
        [urgent] 🔴
       *[normal] 🟡
    } #{ $alert } { $alias } – { $categories } – { $minutes ->
        [0] الآن
       *[other] { $hours ->
            [0] { $minutes } د
           *[other] { $hours } س
        }
    } { $status ->
        [claimed] ✋
       *[open] ⏳
    }
# $alert (Number) - alert number; $alias (String) - client
alerts-claim-button = ✋ #{ $alert } { $alias }

duty-status-on = 🟢 أنت في المناوبة: تصلك التنبيهات التي لم يستلمها أحد في الوقت. أرسل ⁦/duty off⁩ للتوقف.
duty-status-off = ⚪ أنت خارج المناوبة. أرسل ⁦/duty on⁩ لتصلك من جديد التنبيهات التي لم يستلمها أحد في الوقت.

cmd-alerts = ⁦/alerts⁩ – التنبيهات المفتوحة
cmd-duty = ⁦/duty on|off⁩ – المناوبة للتنبيهات التي لم يستلمها أحد
menu-alerts = التنبيهات المفتوحة
menu-duty = تشغيل المناوبة أو إيقافها
alert-reply-in-private = ✍️ اكتب جوابك في محادثتك الخاصة مع البوت.
