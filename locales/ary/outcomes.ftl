# /profile و /outcome (flows/outcomes/)

cmd-profile = ⁦/profile⁩ السمية – البروفيل القصير ديال مستفيد (الجنسية، العمر، الوضعية)
cmd-outcome = ⁦/outcome⁩ السمية – سجل شنو وقع (رجوع، سفر لبلاد أخرى، توجيه…)
menu-profile = البروفيل ديال مستفيد
menu-outcome = سجل شنو وقع

outcomes-profile-usage = البروفيل ديال شكون؟ صيفط ⁦/profile⁩ والسمية ديال المستفيد، بحال ⁦/profile⁩ يوسف.
outcomes-outcome-usage = على من؟ صيفط ⁦/outcome⁩ والسمية ديال المستفيد، بحال ⁦/outcome⁩ يوسف.
outcomes-not-found = ما كاين حتى مستفيد عندك سميتو «{ $typed }».
outcomes-ambiguous = بزاف ديال المستفيدين كيشبهو «{ $typed }». كتب السمية كاملة.

outcomes-profile-card =
    🪪 البروفيل ديال { $alias }
    { $lines }
    ضغط على شي خانة باش تبدلها.
outcomes-profile-lines =
    🌍 الجنسية: { $nationality } · 🎂 تزاد: { $birth }
    ⏳ فهولندا: { $years }
    📝 طلب اللجوء فهولندا قبل: { $asylum } · 🇪🇺 وراق الإقامة ديال بلاد أوروبية: { $eu }
    🩺 مشاكل صحية معقدة: { $medical }
    👶 الدراري فهولندا: { $children }
outcomes-no-profile = 🪪 مازال ما كاين حتى بروفيل.
outcomes-unknown = ❔
outcomes-yes = آه
outcomes-no = لا
outcomes-years-value = { $band } سنين

outcomes-field-nationality-button = 🌍 الجنسية
outcomes-field-birth-button = 🎂 عام الزيادة
outcomes-field-years_nl-button = ⏳ شحال من عام فهولندا
outcomes-field-asylum_nl-button = 📝 اللجوء فهولندا
outcomes-field-eu_document-button = 🇪🇺 وراق أوروبية
outcomes-field-medical-button = 🩺 الصحة
outcomes-field-children_nl-button = 👶 الدراري فهولندا
outcomes-done-button = ✔️ صافي
outcomes-back-button = ↩️ رجع
outcomes-unknown-button = ❔ ما معروفش
outcomes-yes-button = ✅ آه
outcomes-no-button = ❌ لا
outcomes-band-button = 🎂 { $band }
outcomes-years-button = ⏳ { $band } سنين
outcomes-on-button = ✅ { $label }
outcomes-off-button = ⬜ { $label }
outcomes-medical-none-button = 🚫 حتى وحدة ما كاينة

outcomes-ask-nationality = 🌍 شنو هي الجنسية ديال { $alias }؟
outcomes-ask-birth = 🎂 فاش من عام تزاد { $alias }؟ كتب العام (بحال 1998) ولا ختار العمر.
outcomes-ask-years_nl = ⏳ شحال هادي و { $alias } فهولندا؟
outcomes-ask-asylum_nl = 📝 واش { $alias } سبق ليه طلب اللجوء فهولندا؟
outcomes-ask-eu_document = 🇪🇺 واش عند { $alias } وراق الإقامة ديال شي بلاد أوروبية أخرى؟
outcomes-ask-medical = 🩺 واش عند { $alias } شي مشاكل صحية معقدة؟ ضغط على كل وحدة كاينة، ومن بعد ↩️ رجع.
outcomes-ask-children_nl = 👶 واش عند { $alias } شي دراري فهولندا؟
outcomes-year-invalid = ⚠️ هادا ماشي عام الزيادة. كتب عام بين { $earliest } و { $latest }، بحال 1998، ولا ختار العمر.

outcomes-medical-addiction = الإدمان
outcomes-medical-psychiatric = مشاكل نفسية
outcomes-medical-brain_injury = ضربة فالمخ
outcomes-medical-none = والو

outcomes-country-MA-button = 🇲🇦 المغرب
outcomes-country-DZ-button = 🇩🇿 الدزاير
outcomes-country-TN-button = 🇹🇳 تونس
outcomes-country-LY-button = 🇱🇾 ليبيا
outcomes-country-EG-button = 🇪🇬 مصر
outcomes-country-DE-button = 🇩🇪 ألمانيا
outcomes-country-FR-button = 🇫🇷 فرانسا
outcomes-country-BE-button = 🇧🇪 بلجيكا
outcomes-country-ES-button = 🇪🇸 صبليون
outcomes-country-IT-button = 🇮🇹 الطاليان
outcomes-country-other-button = 🌍 بلاد أخرى

outcomes-kind-voluntary_return = 🛫 رجع للبلاد بخاطرو
outcomes-kind-onward_travel = 🧳 مشى لبلاد أخرى
outcomes-kind-residence_obtained = 🏠 خدا الإقامة
outcomes-kind-in_procedure = ⚖️ فشي مسطرة
outcomes-kind-specialised_care = 🩺 توجه لعلاج متخصص
outcomes-kind-coa_handover = 🏢 تسلم لمركز استقبال اللاجئين
outcomes-kind-pga_registered = 🤝 دخل فالمقاربة اللي مركزة على الشخص
outcomes-kind-return_service_handover = 🔁 تسلم لمصلحة الرجوع
outcomes-kind-forced_removal = 🚔 ترحل بالزز
outcomes-kind-lost_contact = 📵 تقطع الاتصال
outcomes-kind-case_closed = 📁 الدوسي تسد

outcomes-ask-kind = 🧭 شنو وقع مع { $alias }؟
outcomes-cancel-button = ✖️ لغي
outcomes-ask-date = 📅 { $kind }: إمتى؟ ضغط على نهار ولا كتب التاريخ (بحال ⁦3-11⁩).
outcomes-today-button = 📅 اليوم
outcomes-yesterday-button = 📅 البارح
outcomes-date-unreadable = ⚠️ ما قدرتش نقرا هاد التاريخ، ولا مازال ما جاش. كتب بحال ⁦3-11⁩ ولا ⁦03-11-2026⁩.
outcomes-ask-country = 🌍 شمن بلاد؟
outcomes-ask-country-code = 🌍 كتب الرمز ديال البلاد بجوج حروف لاتينية.
outcomes-skip-button = ⏭ دوز
outcomes-country-invalid = ⚠️ كتب الرمز ديال البلاد بجوج حروف لاتينية.
outcomes-ask-aftercare = 🤝 واش غادي يكون تتبع لـ { $alias } من بعد الرجوع؟

outcomes-recorded = ✅ تسجل لـ { $alias }: { $kind }، { $date }{ $country }.{ $hint ->
        [close] {" "}الدوسي باقي محلول: سدو بـ ⁦/close⁩ { $alias }.
        [aftercare] {" "}نبرمجو التتبع دابا؟
       *[none] {""}
    }
outcomes-start-aftercare-button = 🤝 برمج التتبع
outcomes-not-now-button = ⏭ ماشي دابا
outcomes-in-country = {" "}· { $country }

outcomes-remove-button = 🗑 { $date } { $kind }
outcomes-remove-ask = 🗑 نحيدو «{ $kind }» ({ $date }) من المسار ديال { $alias }؟
outcomes-remove-yes-button = 🗑 حيد
outcomes-remove-keep = ↩️ خليه
outcomes-remove-kept = ↩️ بقا: { $kind } ({ $date }) ديال { $alias }.
outcomes-removed = 🗑 تحيد: { $kind } ({ $date }) ديال { $alias }.
outcomes-remove-gone = هاد النتيجة ما بقاتش.
outcomes-remove-not-yours = غير اللي سجلها، ولا شي مسؤول، اللي يقدر يحيدها.

outcomes-line = { $date } { $kind }{ $country }{ $aftercare ->
        [yes] {" "}· 🤝 تتبع
       *[no] {""}
    }
outcomes-none = –
outcomes-client-view =
    { $view }
    { $profile }
    🧭 النتائج:
    { $outcomes }
