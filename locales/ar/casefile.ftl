# الملف: إغلاق ملف وإعادة فتحه، ومحو مستفيد.

cmd-close = ⁦/close⁩ الاسم – إغلاق ملف مستفيد (لن يُرسل إليه شيء بعد الآن)
cmd-reopen = ⁦/reopen⁩ الاسم – إعادة فتح ملف مغلق
cmd-erase = ⁦/erase⁩ الاسم – محو مستفيد وكل ما يخصه
menu-close = إغلاق ملف
menu-reopen = إعادة فتح ملف
menu-erase = محو مستفيد

casefile-close-usage = أي ملف؟ أرسل ⁦/close⁩ واسم المستفيد، مثلاً ⁦/close⁩ يوسف.
casefile-reopen-usage = أي ملف؟ أرسل ⁦/reopen⁩ واسم المستفيد.
casefile-erase-usage = من؟ أرسل ⁦/erase⁩ واسم المستفيد.
# $typed (String) - what was typed after the command
casefile-not-found = لا يوجد مستفيد لديك باسم «{ $typed }».
casefile-ambiguous = عدة مستفيدين يطابقون «{ $typed }». اكتب الاسم كاملاً.

# $alias (String) - the client's alias
casefile-close-ask = 📁 إغلاق ملف { $alias }؟ لن يُرسل إليه شيء بعد الآن، ورسائله ستصلك دائماً. ما السبب؟
casefile-reason-returned = 🏠 عاد
casefile-reason-moved = 🧭 انتقل إلى مكان آخر
casefile-reason-care = 🏥 رعاية في مكان آخر
casefile-reason-unreachable = 📵 لم يعد من الممكن التواصل معه
casefile-reason-other = 📁 سبب آخر
casefile-keep-open = ↩️ إبقاؤه مفتوحاً
casefile-close-kept = يبقى ملف { $alias } مفتوحاً.
# $alias (String) - the client's alias; $reason (String) - why it was closed
casefile-closed = 📁 أُغلق ملف { $alias } ({ $reason }). لن يُرسل إليه شيء بعد الآن. يمكن للمسؤول إعادة فتحه بـ ⁦/reopen⁩.
casefile-reopened = 📂 ملف { $alias } مفتوح. يمكن إرسال الرسائل من جديد.

casefile-erase-ask = 🗑️ محو { $alias } وكل ما يخصه: الرسائل، التنبيهات، المواعيد، المتابعات، لقاءات الشارع؟ لا يمكن التراجع عن هذا.
casefile-erase-yes = 🗑️ نعم، امحُ
casefile-erase-no = ↩️ لا، احتفظ
casefile-erase-kept = لم يُمحَ شيء.
casefile-erased = 🗑️ تم المحو. لم يبقَ إلا أعداد للأرقام السنوية.
