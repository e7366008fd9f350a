# Staff: joining, help, invitations.

# $name (String) - the staff member's name; $role (String) - their role
welcome-staff = 👋 مرحبا بيك، { $name }. الدور ديالك: { role-name }. صيفط ⁦/help⁩ باش تشوف شنو تقدر دير.

# $commands (String) - one line per command
help-list =
    ℹ️ شنو تقدر دير:
    { $commands }

cmd-help = ⁦/help⁩ – شنو تقدر دير
cmd-language = ⁦/language⁩ – بدل اللغة
cmd-privacy = ⁦/privacy⁩ – شنو كنحفظو وشكون كيشوفو
cmd-stop = ⁦/stop⁩ – حبس كاع الميساجات
cmd-start = ⁦/start⁩ – عاود بدا من جديد
cmd-newclient = ⁦/newclient⁩ – سجل مستفيد جديد
cmd-invite = ⁦/invite⁩ – عرض على شي واحد جديد فالفريق
cmd-cancel = ⁦/cancel⁩ – حبس داكشي اللي كدير

# Short descriptions for Telegram's command menu.
menu-help = شنو تقدر دير
menu-language = بدل اللغة
menu-privacy = شنو كنحفظو
menu-stop = حبس كاع الميساجات
menu-newclient = سجل مستفيد جديد
menu-invite = عرض على شي واحد جديد فالفريق
menu-cancel = حبس داكشي اللي كدير

invite-choose-role = شكون بغيتي تعرض عليه؟
role-casemanager-button = 🧑‍💼 مسؤول الملفات
role-fieldworker-button = 🚶 عامل ميداني
role-admin-button = 🔑 أدمين
# $role (String) - the role; $link (String) - the invite link; $days (Number) - days valid
invite-link =
    🔗 لينك ديال مرة وحدة، لواحد جديد فالفريق ({ role-name }):
    { $link }
    كيخدم غير مرة وحدة، وصالح غير { $days ->
        [one] نهار واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوم
       *[other] { $days } يوم
    }.
staff-ask-name = 👤 أشمن سمية غادي يشوفو الزملاء؟ ضغط على سميتك باش تخليها، ولا كتب سمية خرى.
staff-name-keep = ✅ خلي هاد السمية
staff-name-set = 👤 الزملاء غادي يشوفوك باسم: { $name }
