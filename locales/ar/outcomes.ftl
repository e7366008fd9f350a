# /profile و /outcome (flows/outcomes/)

cmd-profile = ⁦/profile⁩ الاسم – الملف المختصر لمستفيد (الجنسية، العمر، الوضعية)
cmd-outcome = ⁦/outcome⁩ الاسم – تسجيل ما حدث (عودة، سفر إلى بلد آخر، إحالة…)
menu-profile = ملف مستفيد
menu-outcome = تسجيل نتيجة

outcomes-profile-usage = ملف من؟ أرسل ⁦/profile⁩ واسم المستفيد، مثلاً ⁦/profile⁩ يوسف.
outcomes-outcome-usage = لمن؟ أرسل ⁦/outcome⁩ واسم المستفيد، مثلاً ⁦/outcome⁩ يوسف.
outcomes-not-found = لا يوجد مستفيد لديك باسم «{ $typed }».
outcomes-ambiguous = عدة مستفيدين يطابقون «{ $typed }». اكتب الاسم كاملاً.

outcomes-profile-card =
    🪪 ملف { $alias }
    { $lines }
    اضغط على خانة لتغييرها.
outcomes-profile-lines =
    🌍 الجنسية: { $nationality } · 🎂 الميلاد: { $birth }
    ⏳ في هولندا: { $years }
    📝 طلب لجوء سابق في هولندا: { $asylum } · 🇪🇺 وثيقة إقامة أوروبية: { $eu }
    🩺 خلفية طبية معقدة: { $medical }
    👶 أطفال في هولندا: { $children }
outcomes-no-profile = 🪪 لا يوجد ملف بعد.
outcomes-unknown = ❔
outcomes-yes = نعم
outcomes-no = لا
outcomes-years-value = { $band } سنوات

outcomes-field-nationality-button = 🌍 الجنسية
outcomes-field-birth-button = 🎂 سنة الميلاد
outcomes-field-years_nl-button = ⏳ السنوات في هولندا
outcomes-field-asylum_nl-button = 📝 اللجوء في هولندا
outcomes-field-eu_document-button = 🇪🇺 وثيقة أوروبية
outcomes-field-medical-button = 🩺 الصحة
outcomes-field-children_nl-button = 👶 أطفال في هولندا
outcomes-done-button = ✔️ تم
outcomes-back-button = ↩️ رجوع
outcomes-unknown-button = ❔ غير معروف
outcomes-yes-button = ✅ نعم
outcomes-no-button = ❌ لا
outcomes-band-button = 🎂 { $band }
outcomes-years-button = ⏳ { $band } سنوات
outcomes-on-button = ✅ { $label }
outcomes-off-button = ⬜ { $label }
outcomes-medical-none-button = 🚫 لا شيء من هذا

outcomes-ask-nationality = 🌍 ما جنسية { $alias }؟
outcomes-ask-birth = 🎂 ما سنة ميلاد { $alias }؟ اكتب السنة (مثلاً 1998) أو اختر فئة العمر.
outcomes-ask-years_nl = ⏳ منذ كم سنة يوجد { $alias } في هولندا؟
outcomes-ask-asylum_nl = 📝 هل سبق أن طلب { $alias } اللجوء في هولندا؟
outcomes-ask-eu_document = 🇪🇺 هل لدى { $alias } وثيقة إقامة من بلد أوروبي آخر؟
outcomes-ask-medical = 🩺 هل لدى { $alias } خلفية طبية معقدة؟ اضغط على كل ما ينطبق، ثم ↩️ رجوع.
outcomes-ask-children_nl = 👶 هل لدى { $alias } أطفال في هولندا؟
outcomes-year-invalid = ⚠️ هذه ليست سنة ميلاد. اكتب سنة بين { $earliest } و { $latest }، مثلاً 1998، أو اختر فئة العمر.

outcomes-medical-addiction = الإدمان
outcomes-medical-psychiatric = مشاكل نفسية
outcomes-medical-brain_injury = إصابة دماغية مكتسبة
outcomes-medical-none = لا شيء

outcomes-country-MA-button = 🇲🇦 المغرب
outcomes-country-DZ-button = 🇩🇿 الجزائر
outcomes-country-TN-button = 🇹🇳 تونس
outcomes-country-LY-button = 🇱🇾 ليبيا
outcomes-country-EG-button = 🇪🇬 مصر
outcomes-country-DE-button = 🇩🇪 ألمانيا
outcomes-country-FR-button = 🇫🇷 فرنسا
outcomes-country-BE-button = 🇧🇪 بلجيكا
outcomes-country-ES-button = 🇪🇸 إسبانيا
outcomes-country-IT-button = 🇮🇹 إيطاليا
outcomes-country-other-button = 🌍 بلد آخر

outcomes-kind-voluntary_return = 🛫 عودة طوعية
outcomes-kind-onward_travel = 🧳 سافر إلى بلد آخر
outcomes-kind-residence_obtained = 🏠 حصل على الإقامة
outcomes-kind-in_procedure = ⚖️ في إجراء قانوني
outcomes-kind-specialised_care = 🩺 إحالة إلى رعاية متخصصة
outcomes-kind-coa_handover = 🏢 تسليم إلى مركز استقبال طالبي اللجوء
outcomes-kind-pga_registered = 🤝 تسجيل في المقاربة المتمحورة حول الشخص
outcomes-kind-return_service_handover = 🔁 تسليم إلى مصلحة العودة
outcomes-kind-forced_removal = 🚔 ترحيل قسري
outcomes-kind-lost_contact = 📵 انقطع الاتصال
outcomes-kind-case_closed = 📁 أُغلق الملف

outcomes-ask-kind = 🧭 ماذا حدث مع { $alias }؟
outcomes-cancel-button = ✖️ إلغاء
outcomes-ask-date = 📅 { $kind }: متى؟ اضغط على يوم أو اكتب التاريخ (مثلاً ⁦3-11⁩).
outcomes-today-button = 📅 اليوم
outcomes-yesterday-button = 📅 أمس
outcomes-date-unreadable = ⚠️ لم أستطع قراءة هذا التاريخ، أو أنه لم يأت بعد. اكتب مثلاً ⁦3-11⁩ أو ⁦03-11-2026⁩.
outcomes-ask-country = 🌍 أي بلد؟
outcomes-ask-country-code = 🌍 اكتب رمز البلد بحرفين لاتينيين.
outcomes-skip-button = ⏭ تخطٍّ
outcomes-country-invalid = ⚠️ اكتب رمز البلد بحرفين لاتينيين.
outcomes-ask-aftercare = 🤝 هل ستكون هناك متابعة لـ { $alias } بعد العودة؟

outcomes-recorded = ✅ تم التسجيل لـ { $alias }: { $kind }، { $date }{ $country }.{ $hint ->
        [close] {" "}يبقى الملف مفتوحاً: أغلقه بـ ⁦/close⁩ { $alias }.
        [aftercare] {" "}هل نخطط للمتابعة الآن؟
       *[none] {""}
    }
outcomes-start-aftercare-button = 🤝 خطط للمتابعة
outcomes-not-now-button = ⏭ ليس الآن
outcomes-in-country = {" "}· { $country }

outcomes-remove-button = 🗑 { $date } { $kind }
outcomes-remove-ask = 🗑 حذف «{ $kind }» ({ $date }) من مسار { $alias }؟
outcomes-remove-yes-button = 🗑 حذف
outcomes-remove-keep = ↩️ إبقاء
outcomes-remove-kept = ↩️ بقي: { $kind } ({ $date }) لـ { $alias }.
outcomes-removed = 🗑 حُذف: { $kind } ({ $date }) لـ { $alias }.
outcomes-remove-gone = هذه النتيجة لم تعد موجودة.
outcomes-remove-not-yours = لا يحذفها إلا من سجلها أو أحد المسؤولين.

outcomes-line = { $date } { $kind }{ $country }{ $aftercare ->
        [yes] {" "}· 🤝 متابعة
       *[no] {""}
    }
outcomes-none = –
outcomes-client-view =
    { $view }
    { $profile }
    🧭 النتائج:
    { $outcomes }
