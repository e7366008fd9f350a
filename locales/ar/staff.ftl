# Staff: joining, help, invitations.

# $name (String) - the staff member's name; $role (String) - their role
welcome-staff = 👋 مرحبا، { $name }. دورك: { role-name }. أرسل ⁦/help⁩ لترى ما يمكنك فعله.

# $commands (String) - one line per command
help-list =
    ℹ️ ما يمكنك فعله:
    { $commands }

cmd-help = ⁦/help⁩ – ما يمكنك فعله
cmd-language = ⁦/language⁩ – تغيير اللغة
cmd-privacy = ⁦/privacy⁩ – ما نحفظه ومن يراه
cmd-stop = ⁦/stop⁩ – إيقاف كل الرسائل
cmd-start = ⁦/start⁩ – البدء من جديد
cmd-newclient = ⁦/newclient⁩ – تسجيل مستفيد جديد
cmd-invite = ⁦/invite⁩ – دعوة عضو جديد في الفريق
cmd-cancel = ⁦/cancel⁩ – إيقاف ما تفعله الآن

# Short descriptions for Telegram's command menu.
menu-help = ما يمكنك فعله
menu-language = تغيير اللغة
menu-privacy = ما نحفظه
menu-stop = إيقاف كل الرسائل
menu-newclient = تسجيل مستفيد جديد
menu-invite = دعوة عضو جديد في الفريق
menu-cancel = إيقاف ما تفعله الآن

invite-choose-role = من تريد أن تدعو؟
role-casemanager-button = 🧑‍💼 مدير حالة
role-fieldworker-button = 🚶 عامل ميداني
role-admin-button = 🔑 مشرف
# $role (String) - the role; $link (String) - the invite link; $days (Number) - days valid
invite-link =
    🔗 رابط لمرة واحدة لعضو جديد في الفريق ({ role-name }):
    { $link }
    الرابط يعمل مرة واحدة، وتنتهي صلاحيته بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوما
       *[other] { $days } يوم
    }.
staff-ask-name = 👤 ما الاسم الذي يراه زملاؤك؟ اضغط على اسمك لتحتفظ به، أو اكتب اسمًا آخر.
staff-name-keep = ✅ احتفظ بهذا الاسم
staff-name-set = 👤 يراك زملاؤك باسم: { $name }
