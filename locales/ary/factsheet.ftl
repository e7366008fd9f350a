# The yearly factsheet (meldbot factsheet, /factsheet): a printable page of figures.
# Numbers arrive already formatted; a hidden one is "< 5" or "x".

# $period (String) - the period, from factsheet-period-year or factsheet-period-quarter
factsheet-title = ورقة الأرقام { $period }
# $year (Number) - e.g. 2024
factsheet-period-year = { $year }
# $quarter (Number) - 1 to 4; $year (Number)
factsheet-period-quarter = الربع { $quarter } ديال { $year }
# $date (String) - the day it was made
factsheet-made = توجدات نهار { $date }
factsheet-public-note = النسخة العمومية: الأعداد من 1 حتى 4 كيبانو «< 5»، وشي أرقام خرين مخبيين باش حتى عدد صغير ما يتحسب.
factsheet-team-note = غير للفريق: الأرقام بالضبط، حتى الصغار. ما تنشروش هاد النسخة.
factsheet-section-clients = الناس اللي كنتبعو
factsheet-section-outcomes = النتائج
factsheet-section-bot = الخدمة فالزنقة والمتابعة مع البوت
factsheet-registered = ناس مسجلين
factsheet-active = ناس كنا على تواصل معاهم
factsheet-age-20-30 = عندهم بين 20 و30 عام
factsheet-no-asylum = ما عمرهم طلبو اللجوء فهولندا
factsheet-eu-document = عندهم وراق الإقامة ديال أوروبا
factsheet-complex-medical = عندهم حالة صحية معقدة
# $median, $youngest, $oldest (String) - ages in years
factsheet-ages = العمر الوسطاني { $median }، الصغير { $youngest }، الكبير { $oldest }.
# $estimated (String) - how many ages come from an age band
factsheet-ages-estimated = العمر فعام الفترة، من عام الزيادة؛ { $estimated } محسوبين من فئة ديال العمر (الوسط ديالها).
# $addiction, $psychiatric, $brain (String) - counts; one person can have several
factsheet-medical-kinds = منهم الإدمان { $addiction }، مشاكل نفسية { $psychiatric }، ضرر فالمخ { $brain }.
# $nationality (String) - from factsheet-nationality; $before, $after (String) - quarters; $change (String) - e.g. +90 %
factsheet-change = الناس { $nationality } { $before } ← { $after }: { $change }
# $code (String) - MA, DZ, TN, LY, EG, other or unknown
factsheet-nationality = { $code ->
    [MA] المغاربة
    [DZ] الدزيريين
    [TN] التوانسة
    [LY] الليبيين
    [EG] المصريين
    [other] خرين
   *[unknown] ما معروفينش
}
# $kind (String) - an outcome kind
factsheet-outcome = { $kind ->
    [voluntary_return] رجوع بالخاطر
    [onward_travel] مشى لبلاد أخرى
    [residence_obtained] خدا الإقامة
    [in_procedure] فالإجراءات
    [specialised_care] علاج متخصص
    [coa_handover] تسلم لمراكز الاستقبال
    [pga_registered] المتابعة الشخصية
    [return_service_handover] تسلم لمصلحة الرجوع
    [forced_removal] ترحيل بالسيف
    [lost_contact] تقطع الاتصال
   *[case_closed] الملف تسد
}
# $aftercare (String) - how many voluntary returns have aftercare
factsheet-aftercare = رجوع بالخاطر مع المتابعة: { $aftercare }
# $bin (String) - age_under_20, age_20_30, age_31_40, age_41_50 or age_over_50
factsheet-age-bin = { $bin ->
    [age_under_20] قل من 20
    [age_20_30] 20–30
    [age_31_40] 31–40
    [age_41_50] 41–50
   *[age_over_50] كثر من 50
}
# $month (Number) - 1 to 12
factsheet-month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] ماي
    [6] يونيو
    [7] يوليوز
    [8] غشت
    [9] شتنبر
    [10] أكتوبر
    [11] نونبر
   *[12] دجنبر
}
factsheet-chart-nationality = الجنسية
factsheet-chart-age = العمر
factsheet-chart-outcomes = النتائج
factsheet-chart-street = اللقاءات فالزنقة كل شهر
factsheet-street = لقاءات فالزنقة
factsheet-alerts = تنبيهات
factsheet-claim = الدقايق الوسطانية حتى شي واحد خدا التنبيه
factsheet-checkins = متابعات جاوبو عليها
# $held (String) - appointments that took place (not cancelled)
factsheet-appointments = مواعيد جاو ليها (جاوب «غادي نجي»)، من { $held }
# $shifts (String) - "name: count" pairs
factsheet-shifts = اللقاءات فالزنقة على حساب النوبة: { $shifts }
factsheet-no-shift = بلا نوبة
