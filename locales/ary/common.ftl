# Shared terms and replies used by every feature.

-org-name = فريق الدعم

# Shown to anyone the bot does not know. Must not reveal who the bot serves.
greeting-unknown = السلام 👋 هاد الشات ما كيخدم غير باللينك ديال الدعوة ديالك.

refusal-not-available = سمح ليا، هادشي ماكاينش هنا.
reask-use-buttons = عافاك ورك على وحدة من البوطونات 👇
button-expired = هاد البوطونة ما بقاتش خدامة.
unknown-command = ما فهمتش هادشي. صيفط ⁦/help⁩ باش تشوف شنو تقدر دير.
unsupported-message = ما نقدرش نقرا هاد النوع ديال الميساجات. عافاك صيفط ميساج مكتوب ولا فوكال 🎤.
error-generic = وقع مشكل عندنا. الميساج ديالك محفوظ. عافاك عاود جرب من بعد.
cancelled = ✖️ تلغى. ما تحفظ والو.
staff-idle-hint = صيفط ⁦/help⁩ باش تشوف شنو تقدر دير.
welcome-back = 👋 مرحبا بيك عاوتاني. صيفط ⁦/help⁩ باش تشوف شنو تقدر دير.

# Label for a language button; the visible text is the language's own name.
language-name = اللغة
language-choose = 🌐 ختار اللغة ديالك:
language-set = ✅ اللغة تحفظات.

# $role (String) - admin, casemanager or fieldworker
role-name = { $role ->
    [admin] أدمين
    [casemanager] مسؤول المتابعة
    [fieldworker] عامل ميداني
   *[client] مستفيد
}
time-theirs-and-here = { $theirs } { $place } · { $here } هنا
