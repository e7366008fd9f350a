# Shared terms and replies used by every feature.

-org-name = فريق الدعم

# Shown to anyone the bot does not know. Must not reveal who the bot serves.
greeting-unknown = مرحبا 👋 هذه المحادثة تعمل فقط برابط دعوة شخصي.

refusal-not-available = عذرا، هذا غير متاح هنا.
reask-use-buttons = من فضلك اضغط على أحد الأزرار 👇
button-expired = هذا الزر لم يعد يعمل.
unknown-command = لا أعرف هذا الأمر. أرسل ⁦/help⁩ لترى ما يمكنك فعله.
unsupported-message = لا أستطيع قراءة هذا النوع من الرسائل. من فضلك أرسل نصا أو رسالة صوتية 🎤.
error-generic = حدث خطأ من جهتنا. رسالتك محفوظة. من فضلك حاول مرة أخرى لاحقا.
cancelled = ✖️ تم الإيقاف. لم يتم حفظ أي شيء.
staff-idle-hint = أرسل ⁦/help⁩ لترى ما يمكنك فعله.
welcome-back = 👋 مرحبا بعودتك. أرسل ⁦/help⁩ لترى ما يمكنك فعله.

# Label for a language button; the visible text is the language's own name.
language-name = اللغة
language-choose = 🌐 اختر لغتك:
language-set = ✅ تم حفظ اللغة.

# $role (String) - admin, casemanager or fieldworker
role-name = { $role ->
    [admin] مشرف
    [casemanager] مدير حالة
    [fieldworker] عامل ميداني
   *[client] مستفيد
}
time-theirs-and-here = { $theirs } { $place } · { $here } هنا
