# Alerts: flagged client messages reach a casemanager, who claims, replies and resolves.

# $severity (String) - urgent or normal; $alert (Number) - alert number; $alias (String) - client
# $categories (String) - list of categories; $terms (String) - the words that raised the flag
# $language (String) - client's language; $country (String) - where the client lives
# $local_time (String) - the client's local time now; $count (Number) - messages in the alert
# $status (String) - open, claimed, resolved or escalated; $claimer (String) - staff name
alert-card =
    { $severity ->
        [urgent] 🔴 مستعجل
       *[normal] 🟡 رد البال
    } · #{ $alert } · { $alias }
    🏷 { $categories }
    🔎 { $terms }
    🌐 { $language } · { $country } · 🕐 { $local_time }
    💬 { $count ->
        [one] ميساج واحد
        [two] جوج ميساجات
        [few] { $count } ميساجات
        [many] { $count } ميساج
       *[other] { $count } ميساج
    } · { $status ->
        [claimed] ✋ خداه { $claimer }
        [resolved] ✅ سالاه { $claimer }
        [escalated] ⏰ باقي حتى واحد ما خداه: عافاك خودو
       *[open] ⏳ باقي حتى واحد ما خداه
    }
alert-claim-button = ✋ ناخدو أنا
# several cards in one message (the team chat): each button names its alert
card-bundle-label = { $label } · #{ $alert }
alert-reply-button = ↩️ جاوب
alert-resolve-button = ✅ سالي
alert-resolve-force-button = ✅ ساليه واخا هكاك
# $name (String) - who claimed the alert; $number (Number) - alert number
alert-resolve-confirm = التنبيه #{ $number } راه خداه { $name }. واش تساليه واخا هكاك؟
alert-reply-again-button = ↩️ جاوب عاوتاني
alert-reply-cancel = ✖️ إلغاء

category-medical = صحة
category-self_harm = كيضر راسو
category-violence = عنف ولا تهديد
category-police = البوليس ولا الحبس
category-no_shelter = ما عندوش فين يبات
category-no_money_food = ما عندوش الفلوس ولا الماكلة
category-asks_contact = بغا يهضر معاكم
category-feels_bad = حاس براسو ماشي مزيان
category-no_answer = ما كيجاوبش
category-blocked = ما كنقدروش نوصلو ليه

# $alert (Number) - alert number
alert-already-resolved = التنبيه #{ $alert } تسالا من قبل.
# $alert (Number) - alert number; $name (String) - who has it
alert-already-claimed = التنبيه #{ $alert } راه خداه { $name } من قبل.
# $alert (Number) - alert number; $alias (String) - client
alert-claimed-you = ✋ التنبيه #{ $alert } ({ $alias }) دابا عندك. ورك على «جاوب» ولا جاوب نيشان على الميساج ديال التنبيه.
# $alert (Number) - alert number; $alias (String) - client
alert-resolved-you = ✅ التنبيه #{ $alert } ({ $alias }) تسالا.
# $alias (String) - client
alert-reply-prompt = ↩️ كتب شنو بغيتي تجاوب { $alias }، ولا صيفط فوكال 🎤. غادي يوصل باسم «المساعد ديالك».
# $alias (String) - client
alert-reply-sent = 📤 تصيفط عند { $alias }.
# $alias (String) - client; $alert (Number) - alert number; their words follow
alert-thread-message = 💬 { $alias } (#{ $alert }):

alerts-none = ✅ ما كاين حتى تنبيه مفتوح.
# $count (Number) - open alerts; $lines (String) - one line per alert
alerts-list =
    🚨 { $count ->
        [one] تنبيه واحد مفتوح
        [two] جوج تنبيهات مفتوحين
        [few] { $count } تنبيهات مفتوحين
        [many] { $count } تنبيه مفتوح
       *[other] { $count } تنبيه مفتوح
    }:
    { $lines }
# $severity (String); $alert (Number); $alias (String); $categories (String)
# $status (String) - open or claimed; $minutes (Number) - age; $hours (Number) - age in hours
alerts-line = { $severity ->
        [urgent] 🔴
       *[normal] 🟡
    } #{ $alert } { $alias } – { $categories } – { $minutes ->
        [0] دابا
       *[other] { $hours ->
            [0] { $minutes ->
                [one] دقيقة
                [two] جوج دقايق
                [few] { $minutes } دقايق
               *[other] { $minutes } دقيقة
            }
           *[other] { $hours ->
                [one] ساعة
                [two] جوج سوايع
                [few] { $hours } سوايع
               *[other] { $hours } ساعة
            }
        }
    } { $status ->
        [claimed] ✋
       *[open] ⏳
    }
# $alert (Number) - alert number; $alias (String) - client
alerts-claim-button = ✋ #{ $alert } { $alias }

duty-status-on = 🟢 النوبة ديالك شاعلة: غادي توصلك التنبيهات اللي ما خداهم حتى واحد فالوقت. صيفط ⁦/duty off⁩ باش تطفيها.
duty-status-off = ⚪ النوبة ديالك طافية. صيفط ⁦/duty on⁩ باش ترجع توصلك التنبيهات اللي ما خداهم حتى واحد فالوقت.

cmd-alerts = ⁦/alerts⁩ – التنبيهات المفتوحة
cmd-duty = ⁦/duty on|off⁩ – النوبة ديال التنبيهات اللي ما خداهم حتى واحد
menu-alerts = التنبيهات المفتوحة
menu-duty = النوبة: شعل ولا طفي
alert-reply-in-private = ✍️ كتب الجواب ديالك فالشات ديالك مع البوت.
