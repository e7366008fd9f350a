## الفريق كيكتب لشي واحد: ⁦/write⁩، البوطونات ✉️، الجواب على ميساج تصيفط.

cmd-write = ⁦/write⁩ الاسم – كتب لشي واحد
menu-write = كتب لشي واحد
write-button = ✉️ كتب
write-again-button = ✉️ كتب عاوتاني
write-prompt = ✉️ كتب الميساج ديالك لـ { $alias }، ولا صيفط ڤوكال 🎤. غادي يوصل باسم «المساعد ديالك».
write-sent = 📤 تصيفط لـ { $alias }.
write-not-found = حتى واحد من الناس ديالك ما كيتسمى «{ $typed }». كتب ⁦/write⁩ وشي طرف من الاسم.
casemanager-checkin-other = 📋 { $alias }، الأسئلة، «شي حاجة خرى؟»:
