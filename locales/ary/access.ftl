# Taking access back: /staff, /invites, /reassign, /detach; the inviter told who joined.

cmd-staff = ⁦/staff⁩ – الفريق: وقف، رجع، بدل الدور
cmd-invites = ⁦/invites⁩ – الدعوات اللي باقي ما تخدمو، لغي وحدة
cmd-reassign = ⁦/reassign⁩ السمية – عطي مستفيد لمسؤول ملفات آخر
cmd-detach = ⁦/detach⁩ السمية – فصل التيليفون اللي ضاع لمستفيد، ولينك جديد
menu-staff = الفريق والأدوار
menu-invites = الدعوات اللي باقي ما تخدمو
menu-reassign = عطي مستفيد لمسؤول ملفات آخر
menu-detach = فصل التيليفون ديال مستفيد

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
access-disable-button = 🚫 وقف { $alias }
# $alias (String) - the staff member's name
access-enable-button = ✅ رجع { $alias }
# $alias (String) - the staff member's name
access-role-button = 🔁 الدور ديال { $alias }
# $alias (String) - the staff member's name
access-role-choose = 🔁 أشمن دور غادي ياخد { $alias }؟
access-not-yourself = ⛔ ما تقدرش دير هادشي لراسك.
# $alias (String) - the staff member's name
access-last-admin = ⛔ { $alias } هو آخر أدمين. دير شي واحد آخر أدمين قبل.
# $alias (String) - the staff member's name
access-staff-disabled = 🚫 { $alias } توقف. البوت ولا كيعاملو بحال شي واحد ما كيعرفوش.
# $alias (String) - the staff member's name
access-staff-enabled = ✅ { $alias } رجع خدام.
# $alias (String) - the staff member's name; $role (String) - the new role
access-role-changed = 🔁 { $alias } دابا: { role-name }.
# $role (String) - the new role
access-role-changed-you = 🔁 الدور ديالك دابا: { role-name }. صيفط ⁦/help⁩ باش تشوف شنو تقدر دير.

access-invites-none = 🎟 ما كاين حتى دعوة باقية.
# $count (Number) - how many; $lines (String) - one line per invite
access-invites-list =
    🎟 الدعوات اللي باقي ما تخدمو ({ $count }):
    { $lines }
# $number (String) - the invite's number; $role (String) - its role; $for (String) - for whom;
# $by (String) - who made it; $until (String) - when it expires
access-invite-line = #{ $number } { role-name } · ل { $for } · من عند { $by } · حتى ل { $until }
access-invite-by-cli = سطر الأوامر
# $number (String) - the invite's number
access-revoke-button = 🗑 لغي #{ $number }
access-invite-gone = 🎟 هاد الدعوة ما بقاتش.
# $number (String) - the invite's number
access-invite-revoked = 🗑 الدعوة #{ $number } تلغات. اللينك ما بقاش كيخدم.

# $typed (String) - what was typed
access-client-not-found = 🔎 ما كاين حتى مستفيد بحال «{ $typed }». كتب السمية المستعارة من بعد الأمر.
# $typed (String) - what was typed
access-client-ambiguous = 🔎 بزاف ديال المستفيدين بحال «{ $typed }». كتب شوية كثر من السمية.
access-reassign-nobody = 🔁 ما كاين حتى مسؤول ملفات آخر نعطيوه هاد المستفيد.
# $alias (String) - the client; $name (String) - their casemanager now
access-reassign-choose = 🔁 { $alias } دابا عند { $name }. شكون غادي ياخدو؟
# $name (String) - a casemanager
access-reassign-to-button = 🧑‍💼 { $name }
# $alias (String) - the client; $name (String) - the new casemanager
access-reassigned = ✅ { $alias } دابا عند { $name }. التنبيهات المفتوحة والميساجات الجداد غادي يمشيو ليه.
# $alias (String) - the client; $name (String) - the casemanager before
access-reassigned-new = 🔁 { $alias } ولا عندك (قبل كان عند { $name }). التنبيهات المفتوحة والميساجات الجداد غادي يوصلوك نتا.
# $alias (String) - the client; $name (String) - the new casemanager
access-reassigned-old = 🔁 { $alias } دابا عند { $name }. ما بقاوش يوصلوك الميساجات ديالو.

# $alias (String) - the client
access-detach-confirm = 📵 نفصلو التيليفون ديال { $alias }؟ الحساب القديم ديال تيليغرام ما غادي يوصلو والو. غادي تاخد لينك جديد للتيليفون الجديد ديالو.
access-detach-yes-button = 📵 فصل
access-detach-no-button = ✖️ خليه
# $alias (String) - the client
access-detach-kept = ✖️ ما تبدل والو ل { $alias }.
# $alias (String) - the client; $link (String) - the new invite link; $days (Number) - days valid
access-detached =
    📵 التيليفون القديم ديال { $alias } تفصل.
    عطيه هاد اللينك فالتيليفون الجديد، ولا خليه يسكاني الكود (كيو آر). كيخدم غير مرة وحدة، وصالح غير { $days ->
        [one] نهار واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوم
       *[other] { $days } يوم
    }.
    { $link }

# $alias (String) - who joined; $role (String) - as what; $when (String) - when
access-invite-used = 🔔 الدعوة ديال { $alias } تخدمات: { role-name }، دخل { $when }. ماشي هو؟ دير ⁦/detach⁩ ولا ⁦/staff⁩.
