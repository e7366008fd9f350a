## الفريق يكتب لمستفيد: ⁦/write⁩، أزرار ✉️، الرد على رسالة محوّلة.

cmd-write = ⁦/write⁩ الاسم – اكتب لمستفيد
menu-write = اكتب لمستفيد
write-button = ✉️ اكتب
write-again-button = ✉️ اكتب مرة أخرى
write-prompt = ✉️ اكتب رسالتك إلى { $alias }، أو أرسل رسالة صوتية 🎤. ستصل باسم «المسؤول عن ملفك».
write-sent = 📤 أُرسلت إلى { $alias }.
write-not-found = لا أحد من المستفيدين عندك يطابق «{ $typed }». اكتب ⁦/write⁩ وجزءًا من الاسم.
casemanager-checkin-other = 📋 { $alias }، أسئلة المتابعة، «شيء آخر؟»:
