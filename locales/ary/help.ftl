## المساعدة دابا: البوطونة 🆘، السؤال «واش خصك المساعدة دابا؟»، نمرات الطوارئ،
## والملاحظات ديال الفريق على التنبيهات.

client-sos-button = 🆘 خصني المساعدة دابا
cmd-sos = ⁦/sos⁩ – طلب المساعدة دابا
menu-sos = المساعدة دابا
# $numbers: سطر لكل نمرة.
sos-ack =
    🤝 حنا هنا معاك.
    🆘 راه كنطلبو ليك المساعدة دابا.
    المساعد ديالك والفريق عارفين.
    غادي نكتبو ليك قريب. خلي التيليفون معاك.
    إلا كنتي فخطر دابا، عيط:
    { $numbers }
# $number: النمرة
emergency-all = 🆘 الطوارئ (لانبولانس، المطافئ، البوليس): { $number }
emergency-ambulance = 🚑 لانبولانس: { $number }
emergency-fire = 🚒 المطافئ: { $number }
emergency-police = 👮 البوليس: { $number }
emergency-gendarmerie = 🚓 الجدارمية: { $number }
emergency-mobile = 📱 من البورطابل: { $number }
emergency-suicide = 💬 إلا جاوك أفكار ديال الموت: { $number }
emergency-police-non-urgent = 👮 البوليس، ماشي مستعجل: { $number }
unsure-question =
    📋 سؤال صغير
    واش خصك المساعدة دابا؟
unsure-yes-button = 🆘 إيه، دابا
unsure-no-button = 🙂 لا، يقدر يتسنى
unsure-no-thanks =
    🙂 مزيان.
    المساعد ديالك غادي يقرا الميساجات ديالك.
alert-wrong-button = 👎 ماشي مستعجل / غلط
flag-missed-button = 🚩 كان خاصو يتبلّغ
flag-feedback-thanks = 🙏 تسجّلات. هادشي كيعاون التنبيهات يتعلمو.
category-sos = 🆘 ضغط على بوطونة المساعدة
category-asked_help = قال إيه: خصو المساعدة دابا
category-unsure = يمكن مستعجل، ما جاوبش مازال
