# Street outreach: fieldworkers register street contacts in a few taps (/contact).

# The staff reply keyboard (always visible): start a registration, or start one at the
# current location (the second button asks Telegram for the location).
street-keyboard-button = 🚶 لقاء في الشارع
street-keyboard-location-button = 📍 لقاء هنا

street-nav-back-button = ⬅️ رجوع
street-nav-skip-button = ⏭ تخطي
street-cancel-button = ✖️ إلغاء
street-done-button = ✅ تم
street-unset = –

street-ask-who = 🚶 لقاء جديد في الشارع. من هو؟ اكتب اسما مستعارا للبحث، أو اضغط:
street-new-person-button = 🆕 شخص جديد
# $alias (String) - the alias that was typed
street-new-alias-button = 🆕 جديد: { $alias }
# $label (String) - alias or code; $flag (String) - a flag emoji or nothing; $seen (String) - when last met
street-person-button = 🔁 { $label } { $flag } · { $seen }
# $days (Number) - days since they were last met
street-seen = { $days ->
        [0] اليوم
        [one] أمس
        [two] قبل يومين
        [few] قبل { $days } أيام
        [many] قبل { $days } يوما
       *[other] قبل { $days } يوم
    }
# $query (String) - what was typed; $count (Number) - how many people were found
street-search-results = 🔎 { $count ->
        [0] لم نجد أحدا باسم «{ $query }». اكتب من جديد، أو سجّل شخصا جديدا:
       *[other] نتائج البحث عن «{ $query }»:
    }

street-ask-where = 📍 أين؟ اضغط على مكان، أو أرسل موقعك بزر 📍 في الأسفل.
# $name (String) - a saved place
street-place-button = 📍 { $name }

# $who (String) - the person
street-ask-nationality = 🌍 جنسية { $who }؟
# $code (String) - MA, DZ, TN, LY, other or unknown
street-nationality-button = { $code ->
        [MA] 🇲🇦 المغرب
        [DZ] 🇩🇿 الجزائر
        [TN] 🇹🇳 تونس
        [LY] 🇱🇾 ليبيا
        [unknown] ❔ غير معروفة
       *[other] 🌍 بلد آخر
    }
# $code (String) - MA, DZ, TN, LY, other or unknown
street-nationality = { $code ->
        [MA] المغرب
        [DZ] الجزائر
        [TN] تونس
        [LY] ليبيا
        [unknown] غير معروفة
       *[other] بلد آخر
    }
street-details-button = 👤 اللغة، الجنس، العمر…

street-ask-details = 👤 اللغة التي يتكلمها، والجنس، والفئة العمرية (كلها اختيارية). اضغط، ثم «تم».
# $on (String) - yes when chosen; $code (String) - the language
street-language-button = { $on ->
        [yes] ✅
       *[no] 🗣
    } { street-language }
# $code (String) - darija, ar, ber, fr, es, en, nl or other
street-language = { $code ->
        [darija] الدارجة
        [ar] العربية
        [ber] الأمازيغية
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
        [man] رجل
        [woman] امرأة
       *[other] آخر
    }
# $code (String) - man, woman or other
street-gender = { $code ->
        [man] رجل
        [woman] امرأة
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
        [under18] أقل من 18
        [age18to25] 18–25
        [age26to40] 26–40
       *[over40] أكثر من 40
    }

street-ask-needs = 🩺 الاحتياجات؟ اضغط على كل ما ينطبق، ثم «تم».
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
        [shelter] مأوى ليلي
        [medical] طبي
        [addiction] إدمان
        [psychiatric] نفسي
        [legal] قانوني/لجوء
        [return] العودة
        [onward] مواصلة السفر
        [food] طعام/ملابس
       *[none] لا احتياجات
    }
# $need (String) - shelter, medical, addiction, psychiatric, legal, return, onward, food or none
street-need = { $need ->
        [shelter] مأوى ليلي
        [medical] طبي
        [addiction] إدمان
        [psychiatric] نفسي
        [legal] قانوني/لجوء
        [return] العودة
        [onward] مواصلة السفر
        [food] طعام/ملابس
       *[none] لا احتياجات
    }

# $who (String) - the person; $place (String); $nationality (String); $language (String)
# $gender (String); $age (String); $needs (String); $note (String) - the note or –
# $shift (String) - the shift tag or –; $time (String) - local time the contact began
street-summary =
    📋 راجع واحفظ ({ $time }):
    👤 { $who }
    📍 { $place }
    🌍 { $nationality } · 🗣 { $language } · { $gender } · { $age }
    🩺 { $needs }
    📝 { $note }
    🏷 { $shift }
    لإضافة ملاحظة، اكتبها أو أرسل رسالة صوتية. هل يوافق الشخص على أن نتواصل معه مرة أخرى؟
# $alias (String) - a new person's alias
street-who-new = { $alias } (جديد)
street-who-code = شخص جديد (يحصل على رمز عند الحفظ)
street-note-voice = 🎤 رسالة صوتية
street-save-followup-button = 💾 حفظ · 🤝 يوافق على المتابعة
street-save-nofollowup-button = 💾 حفظ · 🚫 بدون متابعة
street-edit-button = ✏️ تعديل
street-ask-edit = ✏️ ماذا تريد أن تغير؟
# $field (String) - who, where, about, details, needs or note
street-edit-field-button = { $field ->
        [who] 👤 الشخص
        [where] 📍 المكان
        [about] 🌍 الجنسية
        [details] 🗣 اللغة، الجنس، العمر
        [needs] 🩺 الاحتياجات
       *[note] 🗑 حذف الملاحظة
    }

# $alias (String) - the alias of the new person
street-duplicates = 🔗 هل التقيت به من قبل؟ هؤلاء يشبهون { $alias }. اضغط على أحدهم للربط، أو احفظ شخصا جديدا.
# $label (String) - alias or code; $flag (String) - a flag emoji or nothing; $seen (String) - when last met
street-link-button = 🔗 { $label } { $flag } · { $seen }
street-new-anyway-button = 🆕 لا، شخص جديد

# $who (String) - the person (a new person's code follows their alias); $place (String)
# $needs (String); $alert (String) - yes when the team was alerted; $minutes (Number) - undo time
street-saved =
    ✅ تم الحفظ: { $who } · 📍 { $place } · 🩺 { $needs }
    { $alert ->
        [yes] 🚨 تم تنبيه الفريق. يمكنك التراجع خلال { $minutes ->
            [one] دقيقة واحدة
            [two] دقيقتين
            [few] { $minutes } دقائق
            [many] { $minutes } دقيقة
           *[other] { $minutes } دقيقة
        }.
       *[no] يمكنك التراجع خلال { $minutes ->
            [one] دقيقة واحدة
            [two] دقيقتين
            [few] { $minutes } دقائق
            [many] { $minutes } دقيقة
           *[other] { $minutes } دقيقة
        }.
    }
street-undo-button = ↩️ تراجع
# $who (String) - the person
street-undone = ↩️ تم التراجع: حُذف اللقاء مع { $who }.
# $minutes (Number) - the undo time
street-undo-too-late = ⏰ فات وقت التراجع (بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }). اطلب من مدير حالة أن يصححه.
street-reask = 🙂 من فضلك اضغط على أحد الأزرار (يمكنك كتابة ملاحظة عند الملخص).
street-cancelled = ✖️ تم الإلغاء. لم يتم حفظ أي شيء.
street-draft-gone = ⌛ هذا التسجيل لم يعد مفتوحا. أرسل ⁦/contact⁩ لبدء تسجيل جديد.
# $time (String) - local time it began; $place (String) - where
street-resume-offer = 📝 لديك لقاء غير مكتمل من { $time } ({ $place }). هل تريد إكماله؟
street-resume-button = ▶️ أكمل
street-discard-button = 🗑 ابدأ من جديد

# $name (String) - the shift tag
street-shift-started = 🏷 بدأت الجولة «{ $name }»: كل لقاء تسجله يحمل هذا الاسم حتى ⁦/shift end⁩.
# $name (String) - the shift tag
street-shift-ended = 🏷 انتهت الجولة «{ $name }».
# $name (String) - the shift tag
street-shift-current = 🏷 أنت الآن في الجولة «{ $name }». أرسل ⁦/shift end⁩ للإنهاء.
street-shift-none = 🏷 لا توجد جولة. أرسل ⁦/shift⁩ ومعه اسم، مثل ⁦/shift⁩ البرد.
street-shift-invalid = 🏷 اسم الجولة كلمة واحدة، من 32 حرفا أو رقما على الأكثر، ويمكن أن تحتوي على «-».

# $count (Number) - registrations today; $lines (String) - one line each
street-today =
    📅 { $count ->
        [0] لم يُسجَّل أي لقاء اليوم.
        [one] لقاء واحد اليوم:
        [two] لقاءان اليوم:
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
    🚶 لقاءات الشارع، آخر 24 ساعة: { $count } ({ $people ->
        [one] شخص جديد واحد
        [two] شخصان جديدان
        [few] { $people } أشخاص جدد
        [many] { $people } شخصا جديدا
       *[other] { $people } شخص جديد
    }، الحالات الطبية أو النفسية: { $alerts })
    🩺 { $needs }
    { $lines }
# $need (String) - the need; $count (Number) - how many contacts have it
street-digest-need = { street-need } { $count }

# /places, for admins.
# $count (Number) - saved places
street-places-list = 📍 { $count ->
        [one] مكان واحد محفوظ
        [two] مكانان محفوظان
        [few] { $count } أماكن محفوظة
        [many] { $count } مكانا محفوظا
       *[other] { $count } مكان محفوظ
    }. اضغط على مكان لتغيير اسمه أو حذفه.
street-places-add-button = ➕ إضافة مكان
# $name (String) - the place; $where (String) - its coordinates or –
street-places-detail = 📍 { $name } ({ $where })
street-places-rename-button = ✏️ تغيير الاسم
street-places-remove-button = 🗑 حذف
street-places-ask-name = ➕ اكتب اسم المكان الجديد:
# $name (String) - the place
street-places-ask-rename = ✏️ اكتب الاسم الجديد للمكان { $name }:
# $name (String) - the place
street-places-ask-location = 📍 أرسل موقع { $name } (📎 ← الموقع)، أو اضغط «تخطي».
# $name (String) - the place; $where (String) - its coordinates or –
street-places-added = ✅ تمت إضافة { $name } ({ $where }).
# $name (String) - the place
street-places-renamed = ✅ تغير الاسم إلى { $name }.
# $name (String) - the place
street-places-removed = 🗑 حُذف { $name }. اللقاءات السابقة تحتفظ به.
# $max (Number) - the longest name allowed
street-places-name-invalid = من فضلك اكتب اسما. عدد الحروف: من 1 إلى { $max }.

# /newclient offers recent street contacts: $label (String) - alias or code; $flag (String)
street-newclient-button = 🚶 { $label } { $flag }

category-psychiatric = نفسي

cmd-contact = ⁦/contact⁩ – تسجيل لقاء في الشارع
cmd-today = ⁦/today⁩ – لقاءاتك اليوم
cmd-shift = ⁦/shift⁩ الاسم – وضع اسم الجولة على لقاءاتك (⁦/shift end⁩ للإنهاء)
cmd-places = ⁦/places⁩ – الأماكن المحفوظة
menu-contact = تسجيل لقاء في الشارع
menu-today = لقاءاتك اليوم
menu-shift = بدء الجولة أو إنهاؤها
menu-places = الأماكن المحفوظة

# a new person saved with an alias: their alias and the code they were given
street-who-saved = { $alias } · { $code }
