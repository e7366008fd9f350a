# Taking access back: /staff, /invites, /reassign, /detach; the inviter told who joined.

cmd-staff = ⁦/staff⁩ – الفريق: إيقاف، إعادة تفعيل، تغيير الدور
cmd-invites = ⁦/invites⁩ – الدعوات المعلقة، إلغاء دعوة
cmd-reassign = ⁦/reassign⁩ الاسم – نقل مستفيد إلى مدير حالة آخر
cmd-detach = ⁦/detach⁩ الاسم – فصل هاتف مستفيد ضاع، ورابط جديد
menu-staff = الفريق والأدوار
menu-invites = الدعوات المعلقة
menu-reassign = نقل مستفيد إلى مدير حالة آخر
menu-detach = فصل هاتف مستفيد

# $count (Number) - how many staff; $lines (String) - one line per staff member
access-staff-list =
    👥 الفريق ({ $count }):
    { $lines }
# $alias (String) - the staff member's name; $role (String) - their role;
# $status (String) - active or disabled
access-staff-line = { $status ->
    [disabled] 🚫
   *[active] ✅
} { $alias } · { role-name }
# $alias (String) - the staff member's name
access-disable-button = 🚫 إيقاف { $alias }
# $alias (String) - the staff member's name
access-enable-button = ✅ إعادة تفعيل { $alias }
# $alias (String) - the staff member's name
access-role-button = 🔁 دور { $alias }
# $alias (String) - the staff member's name
access-role-choose = 🔁 ما الدور الجديد لـ { $alias }؟
access-not-yourself = ⛔ لا يمكنك فعل هذا بنفسك.
# $alias (String) - the staff member's name
access-last-admin = ⛔ { $alias } هو آخر مشرف. اجعل شخصا آخر مشرفا أولا.
# $alias (String) - the staff member's name
access-staff-disabled = 🚫 تم إيقاف { $alias }. البوت يعامله الآن كشخص غريب.
# $alias (String) - the staff member's name
access-staff-enabled = ✅ تمت إعادة تفعيل { $alias }.
# $alias (String) - the staff member's name; $role (String) - the new role
access-role-changed = 🔁 دور { $alias } الآن: { role-name }.
# $role (String) - the new role
access-role-changed-you = 🔁 دورك الآن: { role-name }. أرسل ⁦/help⁩ لترى ما يمكنك فعله.

access-invites-none = 🎟 لا توجد دعوات معلقة.
# $count (Number) - how many; $lines (String) - one line per invite
access-invites-list =
    🎟 الدعوات المعلقة ({ $count }):
    { $lines }
# $number (String) - the invite's number; $role (String) - its role; $for (String) - for whom;
# $by (String) - who made it; $until (String) - when it expires
access-invite-line = #{ $number } { role-name } · لـ { $for } · من { $by } · حتى { $until }
access-invite-by-cli = سطر الأوامر
# $number (String) - the invite's number
access-revoke-button = 🗑 إلغاء #{ $number }
access-invite-gone = 🎟 هذه الدعوة لم تعد معلقة.
# $number (String) - the invite's number
access-invite-revoked = 🗑 تم إلغاء الدعوة #{ $number }. الرابط لم يعد يعمل.

# $typed (String) - what was typed
access-client-not-found = 🔎 لا يوجد مستفيد يطابق «{ $typed }». اكتب الاسم المستعار بعد الأمر.
# $typed (String) - what was typed
access-client-ambiguous = 🔎 عدة مستفيدين يطابقون «{ $typed }». اكتب جزءا أطول من الاسم.
access-reassign-nobody = 🔁 لا يوجد مدير حالة آخر لنقل هذا المستفيد إليه.
# $alias (String) - the client; $name (String) - their casemanager now
access-reassign-choose = 🔁 { $alias } الآن مع { $name }. من يتولى ملفه؟
# $name (String) - a casemanager
access-reassign-to-button = 🧑‍💼 { $name }
# $alias (String) - the client; $name (String) - the new casemanager
access-reassigned = ✅ { $alias } الآن مع { $name }. التنبيهات المفتوحة والرسائل الجديدة تذهب إليه.
# $alias (String) - the client; $name (String) - the casemanager before
access-reassigned-new = 🔁 { $alias } الآن من المستفيدين عندك (قبلك: { $name }). التنبيهات المفتوحة والرسائل الجديدة تصلك أنت.
# $alias (String) - the client; $name (String) - the new casemanager
access-reassigned-old = 🔁 { $alias } الآن مع { $name }. لن تصلك رسائله بعد الآن.

# $alias (String) - the client
access-detach-confirm = 📵 فصل هاتف { $alias }؟ حساب تيليغرام القديم لن يصله شيء بعد الآن. ستحصل على رابط جديد لهاتفه الجديد.
access-detach-yes-button = 📵 فصل
access-detach-no-button = ✖️ إبقاء
# $alias (String) - the client
access-detach-kept = ✖️ لم يتغير شيء بالنسبة لـ { $alias }.
# $alias (String) - the client; $link (String) - the new invite link; $days (Number) - days valid
access-detached =
    📵 تم فصل الهاتف القديم لـ { $alias }.
    أعطه هذا الرابط على هاتفه الجديد، أو اطلب منه أن يمسح الرمز (كيو آر). الرابط يعمل مرة واحدة، وتنتهي صلاحيته بعد { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوما
       *[other] { $days } يوم
    }.
    { $link }

# $alias (String) - who joined; $role (String) - as what; $when (String) - when
access-invite-used = 🔔 تم استعمال دعوة { $alias }: { role-name }، انضم في { $when }. ليس هو؟ استعمل ⁦/detach⁩ أو ⁦/staff⁩.
