# الدوسي: سد دوسي وحلو من جديد، ومسح مستفيد.

cmd-close = ⁦/close⁩ السمية – سد الدوسي ديال مستفيد (ما غيتصيفط ليه والو من دابا)
cmd-reopen = ⁦/reopen⁩ السمية – عاود حل دوسي مسدود
cmd-erase = ⁦/erase⁩ السمية – مسح مستفيد وكاع داكشي اللي عندو
menu-close = سد دوسي
menu-reopen = عاود حل دوسي
menu-erase = مسح مستفيد

casefile-close-usage = شمن دوسي؟ صيفط ⁦/close⁩ والسمية ديال المستفيد، بحال ⁦/close⁩ يوسف.
casefile-reopen-usage = شمن دوسي؟ صيفط ⁦/reopen⁩ والسمية ديال المستفيد.
casefile-erase-usage = شكون؟ صيفط ⁦/erase⁩ والسمية ديال المستفيد.
# $typed (String) - what was typed after the command
casefile-not-found = ما كاين حتى مستفيد عندك سميتو «{ $typed }».
casefile-ambiguous = بزاف ديال المستفيدين كيشبهو «{ $typed }». كتب السمية كاملة.

# $alias (String) - the client's alias
casefile-close-ask = 📁 نسدو الدوسي ديال { $alias }؟ ما غيتصيفط ليه والو من دابا، والميساجات ديالو غيبقاو يوصلوك. علاش؟
casefile-reason-returned = 🏠 رجع لبلادو
casefile-reason-moved = 🧭 مشا لبلاصة أخرى
casefile-reason-care = 🏥 متابع فبلاصة أخرى
casefile-reason-unreachable = 📵 ما بقاش كيتلقى
casefile-reason-other = 📁 سبب آخر
casefile-keep-open = ↩️ خليه محلول
casefile-close-kept = الدوسي ديال { $alias } باقي محلول.
# $alias (String) - the client's alias; $reason (String) - why it was closed
casefile-closed = 📁 تسد الدوسي ديال { $alias } ({ $reason }). ما غيتصيفط ليه والو من دابا. الأدمين يقدر يعاود يحلو ب ⁦/reopen⁩.
casefile-reopened = 📂 الدوسي ديال { $alias } محلول. الميساجات يقدرو يتصيفطو عاوتاني.

casefile-erase-ask = 🗑️ نمسحو { $alias } وكاع داكشي اللي عندو: الميساجات، التنبيهات، المواعيد، المتابعة، اللقاءات فالزنقة؟ هادشي ما كيترجعش.
casefile-erase-yes = 🗑️ إيه، مسح
casefile-erase-no = ↩️ لا، خلي
casefile-erase-kept = ما تمسح والو.
casefile-erased = 🗑️ تمسح. ما بقاو غير الأعداد ديال الأرقام ديال العام.
