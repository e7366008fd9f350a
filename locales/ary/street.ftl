# Street outreach: fieldworkers register street contacts in a few taps (/contact).

# The staff reply keyboard (always visible): start a registration, or start one at the
# current location (the second button asks Telegram for the location).
street-keyboard-button = 🚶 لقاء فالزنقة
street-keyboard-location-button = 📍 لقاء هنا

street-nav-back-button = ⬅️ رجع
street-nav-skip-button = ⏭ دوز
street-cancel-button = ✖️ إلغاء
street-done-button = ✅ ساليت
street-unset = –

street-ask-who = 🚶 لقاء جديد فالزنقة. شكون هو؟ كتب السمية المستعارة باش تقلب، ولا ورك:
street-new-person-button = 🆕 شخص جديد
# $alias (String) - the alias that was typed
street-new-alias-button = 🆕 جديد: { $alias }
# $label (String) - alias or code; $flag (String) - a flag emoji or nothing; $seen (String) - when last met
street-person-button = 🔁 { $label } { $flag } · { $seen }
# $days (Number) - days since they were last met
street-seen = { $days ->
        [0] اليوم
        [one] البارح
        [two] هادي يومين
        [few] هادي { $days } أيام
        [many] هادي { $days } يوم
       *[other] هادي { $days } يوم
    }
# $query (String) - what was typed; $count (Number) - how many people were found
street-search-results = 🔎 { $count ->
        [0] ما لقينا حتى واحد بحال «{ $query }». عاود كتب، ولا سجل شخص جديد:
       *[other] هادو اللي لقينا على «{ $query }»:
    }

street-ask-where = 📍 فين؟ ورك على بلاصة، ولا صيفط الموقع ديالك بالبوطونة 📍 اللي لتحت.
# $name (String) - a saved place
street-place-button = 📍 { $name }

# $who (String) - the person
street-ask-nationality = 🌍 الجنسية ديال { $who }؟
# $code (String) - MA, DZ, TN, LY, other or unknown
street-nationality-button = { $code ->
        [MA] 🇲🇦 المغرب
        [DZ] 🇩🇿 الجزائر
        [TN] 🇹🇳 تونس
        [LY] 🇱🇾 ليبيا
        [unknown] ❔ ما معروفاش
       *[other] 🌍 بلاد أخرى
    }
# $code (String) - MA, DZ, TN, LY, other or unknown
street-nationality = { $code ->
        [MA] المغرب
        [DZ] الجزائر
        [TN] تونس
        [LY] ليبيا
        [unknown] ما معروفاش
       *[other] بلاد أخرى
    }
street-details-button = 👤 اللغة، الجنس، العمر…

street-ask-details = 👤 اللغة اللي كيهضر بيها، الجنس والعمر (كلشي اختياري). ورك، ومن بعد «ساليت».
# $on (String) - yes when chosen; $code (String) - the language
street-language-button = { $on ->
        [yes] ✅
       *[no] 🗣
    } { street-language }
# $code (String) - darija, ar, ber, fr, es, en, nl or other
street-language = { $code ->
        [darija] الدارجة
        [ar] العربية
        [ber] تمازيغت
        [fr] الفرنسية
        [es] الإسبانية
        [en] الإنجليزية
        [nl] الهولندية
       *[other] لغة أخرى
    }
# $on (String) - yes when chosen; $code (String) - man, woman or other
street-gender-button = { $on ->
        [yes] ✅
       *[no] { $code ->
            [man] 👨
            [woman] 👩
           *[other] ⚧
        }
    } { $code ->
        [man] راجل
        [woman] مرا
       *[other] آخر
    }
# $code (String) - man, woman or other
street-gender = { $code ->
        [man] راجل
        [woman] مرا
       *[other] جنس آخر
    }
# $on (String) - yes when chosen; $code (String) - under18, age18to25, age26to40 or over40
street-age-button = { $on ->
        [yes] ✅
       *[no] { $code ->
            [under18] 🧒
            [age18to25] 🧑
            [age26to40] 🧔
           *[over40] 👴
        }
    } { street-age }
# $code (String) - under18, age18to25, age26to40 or over40
street-age = { $code ->
        [under18] تحت 18
        [age18to25] 18–25
        [age26to40] 26–40
       *[over40] فوق 40
    }

street-ask-needs = 🩺 الحاجيات؟ ورك على كلشي اللي كاين، ومن بعد «ساليت».
# $on (String) - yes when chosen; $need (String) - the need
street-need-button = { $on ->
        [yes] ✅
       *[no] { $need ->
            [shelter] 🛏
            [medical] 🩺
            [addiction] 💊
            [psychiatric] 🧠
            [legal] ⚖️
            [return] ✈️
            [onward] 🧭
            [food] 🍲
           *[none] 🚫
        }
    } { $need ->
        [shelter] فين يبات
        [medical] طبي
        [addiction] الإدمان
        [psychiatric] مشاكل نفسية
        [legal] قانوني/اللجوء
        [return] الرجوع للبلاد
        [onward] يكمل الطريق لبلاد أخرى
        [food] الماكلة/الحوايج
       *[none] حتى حاجة
    }
# $need (String) - shelter, medical, addiction, psychiatric, legal, return, onward, food or none
street-need = { $need ->
        [shelter] فين يبات
        [medical] طبي
        [addiction] الإدمان
        [psychiatric] مشاكل نفسية
        [legal] قانوني/اللجوء
        [return] الرجوع للبلاد
        [onward] يكمل الطريق لبلاد أخرى
        [food] الماكلة/الحوايج
       *[none] ما خاصو والو
    }

# $who (String) - the person; $place (String); $nationality (String); $language (String)
# $gender (String); $age (String); $needs (String); $note (String) - the note or –
# $shift (String) - the shift tag or –; $time (String) - local time the contact began
street-summary =
    📋 راجع وسجل ({ $time }):
    👤 { $who }
    📍 { $place }
    🌍 { $nationality } · 🗣 { $language } · { $gender } · { $age }
    🩺 { $needs }
    📝 { $note }
    🏷 { $shift }
    باش تزيد ملاحظة، كتبها ولا صيفط فوكال. واش الشخص موافق نعاودو نتاصلو بيه؟
# $alias (String) - a new person's alias
street-who-new = { $alias } (جديد)
street-who-code = شخص جديد (غادي ياخد كود ملي يتسجل)
street-note-voice = 🎤 فوكال
street-save-followup-button = 💾 سجل · 🤝 موافق على المتابعة
street-save-nofollowup-button = 💾 سجل · 🚫 بلا متابعة
street-edit-button = ✏️ بدل
street-ask-edit = ✏️ شنو بغيتي تبدل؟
# $field (String) - who, where, about, details, needs or note
street-edit-field-button = { $field ->
        [who] 👤 شكون
        [where] 📍 فين
        [about] 🌍 الجنسية
        [details] 🗣 اللغة، الجنس، العمر
        [needs] 🩺 الحاجيات
       *[note] 🗑 حيد الملاحظة
    }

# $alias (String) - the alias of the new person
street-duplicates = 🔗 تلاقيتو بيه من قبل؟ هادو كيشبهو { $alias }. ورك على واحد باش تربطو، ولا سجل شخص جديد.
# $label (String) - alias or code; $flag (String) - a flag emoji or nothing; $seen (String) - when last met
street-link-button = 🔗 { $label } { $flag } · { $seen }
street-new-anyway-button = 🆕 لا، شخص جديد

# $who (String) - the person (a new person's code follows their alias); $place (String)
# $needs (String); $alert (String) - yes when the team was alerted; $minutes (Number) - undo time
street-saved =
    ✅ تسجل: { $who } · 📍 { $place } · 🩺 { $needs }
    { $alert ->
        [yes] 🚨 الفريق وصلو تنبيه. عندك { $minutes ->
            [one] دقيقة وحدة
            [two] جوج دقايق
            [few] { $minutes } دقايق
           *[other] { $minutes } دقيقة
        } باش تلغيه.
       *[no] عندك { $minutes ->
            [one] دقيقة وحدة
            [two] جوج دقايق
            [few] { $minutes } دقايق
           *[other] { $minutes } دقيقة
        } باش تلغيه.
    }
street-undo-button = ↩️ لغي
# $who (String) - the person
street-undone = ↩️ تلغى: اللقاء مع { $who } تحيد.
# $minutes (Number) - the undo time
street-undo-too-late = ⏰ فات الوقت باش تلغي (من بعد { $minutes ->
        [one] دقيقة وحدة
        [two] جوج دقايق
        [few] { $minutes } دقايق
       *[other] { $minutes } دقيقة
    }). طلب من شي واحد من المسؤولين على الملفات يصلحو.
street-reask = 🙂 عافاك ورك على وحدة من البوطونات (الملاحظة تقدر تكتبها فالملخص).
street-cancelled = ✖️ تلغى. ما تسجل والو.
street-draft-gone = ⌛ هاد التسجيل ما بقاش مفتوح. صيفط ⁦/contact⁩ باش تبدا واحد جديد.
# $time (String) - local time it began; $place (String) - where
street-resume-offer = 📝 عندك لقاء ما كملتيهش من { $time } ({ $place }). تكملو؟
street-resume-button = ▶️ كمل
street-discard-button = 🗑 عاود من اللول

# $name (String) - the shift tag
street-shift-started = 🏷 الخرجة «{ $name }» بدات: كل لقاء تسجلو غادي ياخد هاد السمية حتى ⁦/shift end⁩.
# $name (String) - the shift tag
street-shift-ended = 🏷 الخرجة «{ $name }» سالات.
# $name (String) - the shift tag
street-shift-current = 🏷 الخرجة ديالك دابا: «{ $name }». صيفط ⁦/shift end⁩ باش تسالي.
street-shift-none = 🏷 ما كاين حتى خرجة. صيفط ⁦/shift⁩ ومعاها سمية، بحال ⁦/shift⁩ البرد.
street-shift-invalid = 🏷 السمية ديال الخرجة خاصها تكون كلمة وحدة، فيها حتى 32 حرف ولا رقم، وتقدر تحط «-».

# $count (Number) - registrations today; $lines (String) - one line each
street-today =
    📅 { $count ->
        [0] ما تسجل حتى لقاء اليوم.
        [one] لقاء واحد اليوم:
        [two] جوج لقاءات اليوم:
        [few] { $count } لقاءات اليوم:
        [many] { $count } لقاء اليوم:
       *[other] { $count } لقاء اليوم:
    }
    { $lines }
# $time (String); $who (String); $flag (String) - flag emoji or nothing; $place (String)
# $needs (String); $shift (String) - shift tag or nothing
street-today-line = { $time } { $who } { $flag } · 📍 { $place } · 🩺 { $needs } { $shift }

# $count (Number) - contacts; $people (Number) - new people; $alerts (Number) - medical or
# psychiatric; $needs (String) - needs with counts; $lines (String) - one line per contact
street-digest =
    🚶 اللقاءات فالزنقة، آخر 24 ساعة: { $count } ({ $people ->
        [one] شخص جديد واحد
        [two] جوج ناس جداد
        [few] { $people } ناس جداد
        [many] { $people } شخص جديد
       *[other] { $people } شخص جديد
    }، { $alerts } طبي ولا نفسي)
    🩺 { $needs }
    { $lines }
# $need (String) - the need; $count (Number) - how many contacts have it
street-digest-need = { street-need } { $count }

# /places, for admins.
# $count (Number) - saved places
street-places-list = 📍 { $count ->
        [one] بلاصة وحدة محفوظة
        [two] جوج بلايص محفوظين
        [few] { $count } بلايص محفوظين
        [many] { $count } بلاصة محفوظة
       *[other] { $count } بلاصة محفوظة
    }. ورك على وحدة باش تبدل السمية ديالها ولا تحيدها.
street-places-add-button = ➕ زيد بلاصة
# $name (String) - the place; $where (String) - its coordinates or –
street-places-detail = 📍 { $name } ({ $where })
street-places-rename-button = ✏️ بدل السمية
street-places-remove-button = 🗑 حيد
street-places-ask-name = ➕ كتب السمية ديال البلاصة الجديدة:
# $name (String) - the place
street-places-ask-rename = ✏️ كتب السمية الجديدة ديال { $name }:
# $name (String) - the place
street-places-ask-location = 📍 صيفط الموقع ديال { $name } (📎 ← الموقع)، ولا دوز.
# $name (String) - the place; $where (String) - its coordinates or –
street-places-added = ✅ { $name } تزادت ({ $where }).
# $name (String) - the place
street-places-renamed = ✅ السمية تبدلات: { $name }.
# $name (String) - the place
street-places-removed = 🗑 { $name } تحيدات. اللقاءات اللي قبل كيبقاو بيها.
# $max (Number) - the longest name allowed
street-places-name-invalid = عافاك كتب سمية. عدد الحروف: من 1 حتى { $max }.

# /newclient offers recent street contacts: $label (String) - alias or code; $flag (String)
street-newclient-button = 🚶 { $label } { $flag }

category-psychiatric = مشاكل نفسية

cmd-contact = ⁦/contact⁩ – سجل لقاء فالزنقة
cmd-today = ⁦/today⁩ – اللقاءات ديالك اليوم
cmd-shift = ⁦/shift⁩ السمية – حط سمية الخرجة على اللقاءات ديالك (⁦/shift end⁩ باش تسالي)
cmd-places = ⁦/places⁩ – البلايص المحفوظة
menu-contact = سجل لقاء فالزنقة
menu-today = اللقاءات ديالك اليوم
menu-shift = الخرجة: بدا ولا سالي
menu-places = البلايص المحفوظة

# a new person saved with an alias: their alias and the code they were given
street-who-saved = { $alias } · { $code }
