# ⁦/factsheet⁩ في تيليغرام: ورقة أرقام السنة، للمسؤولين، في محادثتهم الخاصة.

cmd-factsheet = ⁦/factsheet⁩ [السنة] – ورقة أرقام السنة كصورة وملف (افتراضيًا: السنة الماضية)
menu-factsheet = ورقة أرقام السنة

# $year (String) - السنة المطلوبة
factsheet-preparing = 📊 جارٍ إعداد ورقة أرقام { $year }. ستصل هنا بعد لحظة، كصورة وكملف.
factsheet-caption = 📊 ورقة أرقام { $year }، بالأعداد الدقيقة: للفريق فقط، لا تشاركها.
factsheet-future-year = لم تبدأ سنة { $year } بعد. أرسل ⁦/factsheet⁩ وسنة، مثلاً ⁦/factsheet 2024⁩.
factsheet-failed = ⚠️ تعذّر إعداد ورقة أرقام { $year }. حاول لاحقًا؛ وإن تكرر الفشل، أخبر من يدير البوت.
# $typed (String) - ما كُتب بعد الأمر
factsheet-bad-year = «{ $typed }» ليست سنة. أرسل ⁦/factsheet⁩ وسنة، مثلاً ⁦/factsheet 2024⁩.
factsheet-private-only = 🔒 ورقة الأرقام لا تُرسل أبدًا إلى مجموعة. أرسل ⁦/factsheet⁩ هنا، في هذه المحادثة.
