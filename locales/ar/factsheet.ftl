# The yearly factsheet (meldbot factsheet, /factsheet): a printable page of figures.
# Numbers arrive already formatted; a hidden one is "< 5" or "x".

# $period (String) - the period, from factsheet-period-year or factsheet-period-quarter
factsheet-title = ورقة الأرقام { $period }
# $year (Number) - e.g. 2024
factsheet-period-year = { $year }
# $quarter (Number) - 1 to 4; $year (Number)
factsheet-period-quarter = الربع { $quarter } من { $year }
# $date (String) - the day it was made
factsheet-made = أُعدّت في { $date }
factsheet-public-note = النسخة العامة: الأعداد من 1 إلى 4 تظهر «< 5»، وبعض الأرقام الأخرى مخفية حتى لا يمكن استنتاج أي عدد صغير.
factsheet-team-note = للفريق فقط: أرقام دقيقة، بما فيها الصغيرة. لا تنشروا هذه النسخة.
factsheet-section-clients = المستفيدون
factsheet-section-outcomes = النتائج
factsheet-section-bot = العمل الميداني والمتابعة عبر البوت
factsheet-registered = مستفيدون مسجلون
factsheet-active = مستفيدون كنا على تواصل معهم
factsheet-age-20-30 = بين 20 و30 سنة
factsheet-no-asylum = بدون سوابق لجوء في هولندا
factsheet-eu-document = لديهم وثيقة إقامة أوروبية
factsheet-complex-medical = لديهم خلفية طبية معقدة
# $median, $youngest, $oldest (String) - ages in years
factsheet-ages = العمر الوسيط { $median }، الأصغر { $youngest }، الأكبر { $oldest }.
# $estimated (String) - how many ages come from an age band
factsheet-ages-estimated = العمر في سنة الفترة، من سنة الميلاد؛ { $estimated } مقدّرة من فئة عمرية (وسطها).
# $addiction, $psychiatric, $brain (String) - counts; one person can have several
factsheet-medical-kinds = منهم إدمان { $addiction }، نفسي { $psychiatric }، إصابة دماغية مكتسبة { $brain }.
# $nationality (String) - from factsheet-nationality; $before, $after (String) - quarters; $change (String) - e.g. +90 %
factsheet-change = المستفيدون من الجنسية { $nationality } { $before } ← { $after }: { $change }
# $code (String) - MA, DZ, TN, LY, EG, other or unknown
factsheet-nationality = { $code ->
    [MA] المغربية
    [DZ] الجزائرية
    [TN] التونسية
    [LY] الليبية
    [EG] المصرية
    [other] أخرى
   *[unknown] غير معروفة
}
# $kind (String) - an outcome kind
factsheet-outcome = { $kind ->
    [voluntary_return] عودة طوعية
    [onward_travel] سفر إلى بلد آخر
    [residence_obtained] حصول على الإقامة
    [in_procedure] في إجراء
    [specialised_care] رعاية متخصصة
    [coa_handover] تسليم إلى هيئة استقبال طالبي اللجوء
    [pga_registered] المقاربة المتمحورة حول الشخص
    [return_service_handover] تسليم إلى مصلحة العودة
    [forced_removal] ترحيل قسري
    [lost_contact] انقطاع التواصل
   *[case_closed] إغلاق الملف
}
# $aftercare (String) - how many voluntary returns have aftercare
factsheet-aftercare = عودة طوعية مع متابعة: { $aftercare }
# $bin (String) - age_under_20, age_20_30, age_31_40, age_41_50 or age_over_50
factsheet-age-bin = { $bin ->
    [age_under_20] أقل من 20
    [age_20_30] 20–30
    [age_31_40] 31–40
    [age_41_50] 41–50
   *[age_over_50] أكثر من 50
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
factsheet-chart-street = لقاءات الشارع في كل شهر
factsheet-street = لقاءات الشارع
factsheet-alerts = تنبيهات
factsheet-claim = الدقائق الوسيطة حتى تولّي تنبيه
factsheet-checkins = متابعات تمت الإجابة عنها
# $held (String) - appointments that took place (not cancelled)
factsheet-appointments = مواعيد تم الحضور إليها (أجاب المستفيد «سآتي»)، من أصل { $held }
# $shifts (String) - "name: count" pairs
factsheet-shifts = لقاءات الشارع حسب الجولة: { $shifts }
factsheet-no-shift = بدون جولة
