## المساعدة الآن: زر 🆘 للمستفيد، سؤال «هل تحتاج المساعدة الآن؟»، أرقام الطوارئ،
## وملاحظات الفريق على التنبيهات.

client-sos-button = 🆘 أحتاج المساعدة الآن
cmd-sos = ⁦/sos⁩ – اطلب المساعدة الآن
menu-sos = المساعدة الآن
# $numbers: سطر لكل رقم طوارئ.
sos-ack =
    🤝 نحن هنا.
    🆘 نطلب لك المساعدة الآن.
    المسؤول عن ملفك والفريق على علم.
    سنكتب لك قريبًا. أبقِ هاتفك معك.
    إذا كنت في خطر الآن، اتصل:
    { $numbers }
# $number: رقم الهاتف
emergency-all = 🆘 الطوارئ (الإسعاف، الإطفاء، الشرطة): { $number }
emergency-ambulance = 🚑 الإسعاف: { $number }
emergency-fire = 🚒 الإطفاء: { $number }
emergency-police = 👮 الشرطة: { $number }
emergency-gendarmerie = 🚓 الدرك: { $number }
emergency-mobile = 📱 من الهاتف المحمول: { $number }
emergency-suicide = 💬 أفكار إنهاء الحياة: { $number }
emergency-police-non-urgent = 👮 الشرطة، لغير الطوارئ: { $number }
unsure-question =
    📋 سؤال قصير
    هل تحتاج إلى مساعدة الآن؟
unsure-yes-button = 🆘 نعم، الآن
unsure-no-button = 🙂 لا، يمكن أن ينتظر
unsure-no-thanks =
    🙂 حسنًا.
    سيقرأ المسؤول عن ملفك رسائلك.
alert-wrong-button = 👎 غير عاجل / تنبيه خاطئ
flag-missed-button = 🚩 كان يجب التنبيه
flag-feedback-thanks = 🙏 تم التسجيل. هذا يساعد التنبيهات على التعلّم.
category-sos = 🆘 ضغط زر المساعدة
category-asked_help = قال نعم: يحتاج المساعدة الآن
category-unsure = ربما عاجل، بدون جواب بعد
