# Street outreach: fieldworkers register street contacts in a few taps (/contact).

# The staff reply keyboard (always visible): start a registration, or start one at the
# current location (the second button asks Telegram for the location).
street-keyboard-button = 🚶 Street contact
street-keyboard-location-button = 📍 Contact here

street-nav-back-button = ⬅️ Back
street-nav-skip-button = ⏭ Skip
street-cancel-button = ✖️ Cancel
street-done-button = ✅ Done
street-unset = –

street-ask-who = 🚶 New street contact. Who is it? Type an alias to search, or tap:
street-new-person-button = 🆕 New person
# $alias (String) - the alias that was typed
street-new-alias-button = 🆕 New: { $alias }
# $label (String) - alias or code; $flag (String) - a flag emoji or nothing; $seen (String) - when last met
street-person-button = 🔁 { $label } { $flag } · { $seen }
# $days (Number) - days since they were last met
street-seen = { $days ->
        [0] today
        [one] yesterday
       *[other] { $days } days ago
    }
# $query (String) - what was typed; $count (Number) - how many people were found
street-search-results = 🔎 { $count ->
        [0] Nobody found for “{ $query }”. Type again, or register a new person:
       *[other] Found for “{ $query }”:
    }

street-ask-where = 📍 Where? Tap a place, or send your location with the 📍 button below.
# $name (String) - a saved place
street-place-button = 📍 { $name }

# $who (String) - the person
street-ask-nationality = 🌍 Nationality of { $who }?
# $code (String) - MA, DZ, TN, LY, other or unknown
street-nationality-button = { $code ->
        [MA] 🇲🇦 Morocco
        [DZ] 🇩🇿 Algeria
        [TN] 🇹🇳 Tunisia
        [LY] 🇱🇾 Libya
        [unknown] ❔ Unknown
       *[other] 🌍 Other
    }
# $code (String) - MA, DZ, TN, LY, other or unknown
street-nationality = { $code ->
        [MA] Morocco
        [DZ] Algeria
        [TN] Tunisia
        [LY] Libya
        [unknown] unknown
       *[other] other
    }
street-details-button = 👤 Language, gender, age…

street-ask-details = 👤 Language spoken, gender and age band (all optional). Tap, then Done.
# $on (String) - yes when chosen; $code (String) - the language
street-language-button = { $on ->
        [yes] ✅
       *[no] 🗣
    } { street-language }
# $code (String) - darija, ar, ber, fr, es, en, nl or other
street-language = { $code ->
        [darija] Darija
        [ar] Arabic
        [ber] Tamazight
        [fr] French
        [es] Spanish
        [en] English
        [nl] Dutch
       *[other] other
    }
# $on (String) - yes when chosen; $code (String) - man, woman or other
street-gender-button = { $on ->
        [yes] ✅
       *[no] { $code ->
            [man] 👨
            [woman] 👩
           *[other] ⚧
        }
    } { $code ->
        [man] Man
        [woman] Woman
       *[other] Other
    }
# $code (String) - man, woman or other
street-gender = { $code ->
        [man] man
        [woman] woman
       *[other] other gender
    }
# $on (String) - yes when chosen; $code (String) - under18, age18to25, age26to40 or over40
street-age-button = { $on ->
        [yes] ✅
       *[no] { $code ->
            [under18] 🧒
            [age18to25] 🧑
            [age26to40] 🧔
           *[over40] 👴
        }
    } { street-age }
# $code (String) - under18, age18to25, age26to40 or over40
street-age = { $code ->
        [under18] under 18
        [age18to25] 18–25
        [age26to40] 26–40
       *[over40] over 40
    }

street-ask-needs = 🩺 Needs? Tap all that apply, then Done.
# $on (String) - yes when chosen; $need (String) - the need
street-need-button = { $on ->
        [yes] ✅
       *[no] { $need ->
            [shelter] 🛏
            [medical] 🩺
            [addiction] 💊
            [psychiatric] 🧠
            [legal] ⚖️
            [return] ✈️
            [onward] 🧭
            [food] 🍲
           *[none] 🚫
        }
    } { $need ->
        [shelter] Night shelter
        [medical] Medical
        [addiction] Addiction
        [psychiatric] Psychiatric
        [legal] Legal/asylum
        [return] Return
        [onward] Onward travel
        [food] Food/clothing
       *[none] No needs
    }
# $need (String) - shelter, medical, addiction, psychiatric, legal, return, onward, food or none
street-need = { $need ->
        [shelter] night shelter
        [medical] medical
        [addiction] addiction
        [psychiatric] psychiatric
        [legal] legal/asylum
        [return] return
        [onward] onward travel
        [food] food/clothing
       *[none] no needs
    }

# $who (String) - the person; $place (String); $nationality (String); $language (String)
# $gender (String); $age (String); $needs (String); $note (String) - the note or –
# $shift (String) - the shift tag or –; $time (String) - local time the contact began
street-summary =
    📋 Check and save ({ $time }):
    👤 { $who }
    📍 { $place }
    🌍 { $nationality } · 🗣 { $language } · { $gender } · { $age }
    🩺 { $needs }
    📝 { $note }
    🏷 { $shift }
    To add a note, type it or send a voice message. Does the person agree to be contacted again?
# $alias (String) - a new person's alias
street-who-new = { $alias } (new)
street-who-code = new person (gets a code when saved)
street-note-voice = 🎤 voice message
street-save-followup-button = 💾 Save · 🤝 agrees to follow-up
street-save-nofollowup-button = 💾 Save · 🚫 no follow-up
street-edit-button = ✏️ Edit
street-ask-edit = ✏️ What do you want to change?
# $field (String) - who, where, about, details, needs or note
street-edit-field-button = { $field ->
        [who] 👤 Who
        [where] 📍 Where
        [about] 🌍 Nationality
        [details] 🗣 Language, gender, age
        [needs] 🩺 Needs
       *[note] 🗑 Remove the note
    }

# $alias (String) - the alias of the new person
street-duplicates = 🔗 Met before? These look like { $alias }. Tap one to link, or save a new person.
# $label (String) - alias or code; $flag (String) - a flag emoji or nothing; $seen (String) - when last met
street-link-button = 🔗 { $label } { $flag } · { $seen }
street-new-anyway-button = 🆕 No, a new person

# $who (String) - the person (a new person's code follows their alias); $place (String)
# $needs (String); $alert (String) - yes when the team was alerted; $minutes (Number) - undo time
street-saved =
    ✅ Saved: { $who } · 📍 { $place } · 🩺 { $needs }
    { $alert ->
        [yes] 🚨 The team was alerted. You can undo this for { $minutes } minutes.
       *[no] You can undo this for { $minutes } minutes.
    }
street-undo-button = ↩️ Undo
# $who (String) - the person
street-undone = ↩️ Undone: the contact with { $who } is removed.
# $minutes (Number) - the undo time
street-undo-too-late = ⏰ Too late to undo (after { $minutes } minutes). Ask a casemanager to correct it.
street-reask = 🙂 Please tap one of the buttons (a note can be typed at the summary).
street-cancelled = ✖️ Cancelled. Nothing was saved.
street-draft-gone = ⌛ That registration is no longer open. Send /contact to start a new one.
# $time (String) - local time it began; $place (String) - where
street-resume-offer = 📝 You have an unfinished contact from { $time } ({ $place }). Continue it?
street-resume-button = ▶️ Continue
street-discard-button = 🗑 Start again

# $name (String) - the shift tag
street-shift-started = 🏷 Shift “{ $name }” started: every contact you register is tagged with it until /shift end.
# $name (String) - the shift tag
street-shift-ended = 🏷 Shift “{ $name }” ended.
# $name (String) - the shift tag
street-shift-current = 🏷 You are on shift “{ $name }”. Send /shift end to stop.
street-shift-none = 🏷 No shift. Send /shift and a name, like /shift koudweer.
street-shift-invalid = 🏷 A shift name is one word of up to 32 letters, digits or dashes.

# $count (Number) - registrations today; $lines (String) - one line each
street-today =
    📅 { $count ->
        [0] No contacts registered today.
        [one] { $count } contact today:
       *[other] { $count } contacts today:
    }
    { $lines }
# $time (String); $who (String); $flag (String) - flag emoji or nothing; $place (String)
# $needs (String); $shift (String) - shift tag or nothing
street-today-line = { $time } { $who } { $flag } · 📍 { $place } · 🩺 { $needs } { $shift }

# $count (Number) - contacts; $people (Number) - new people; $alerts (Number) - medical or
# psychiatric; $needs (String) - needs with counts; $lines (String) - one line per contact
street-digest =
    🚶 Street contacts, last 24 hours: { $count } ({ $people } new { $people ->
        [one] person
       *[other] people
    }, { $alerts } medical or psychiatric)
    🩺 { $needs }
    { $lines }
# $need (String) - the need; $count (Number) - how many contacts have it
street-digest-need = { street-need } { $count }

# /places, for admins.
# $count (Number) - saved places
street-places-list = 📍 { $count ->
        [one] { $count } saved place
       *[other] { $count } saved places
    }. Tap one to rename or remove it.
street-places-add-button = ➕ Add a place
# $name (String) - the place; $where (String) - its coordinates or –
street-places-detail = 📍 { $name } ({ $where })
street-places-rename-button = ✏️ Rename
street-places-remove-button = 🗑 Remove
street-places-ask-name = ➕ Type the name of the new place:
# $name (String) - the place
street-places-ask-rename = ✏️ Type a new name for { $name }:
# $name (String) - the place
street-places-ask-location = 📍 Send the location of { $name } (📎 → Location), or skip.
# $name (String) - the place; $where (String) - its coordinates or –
street-places-added = ✅ { $name } added ({ $where }).
# $name (String) - the place
street-places-renamed = ✅ Renamed to { $name }.
# $name (String) - the place
street-places-removed = 🗑 { $name } removed. Earlier contacts keep it.
# $max (Number) - the longest name allowed
street-places-name-invalid = Please type a name of 1 to { $max } characters.

# /newclient offers recent street contacts: $label (String) - alias or code; $flag (String)
street-newclient-button = 🚶 { $label } { $flag }

category-psychiatric = psychiatric

cmd-contact = /contact – register a street contact
cmd-today = /today – your contacts of today
cmd-shift = /shift name|end – tag your contacts with a shift
cmd-places = /places – saved places
menu-contact = Register a street contact
menu-today = Your contacts of today
menu-shift = Shift tag on or off
menu-places = Saved places

# a new person saved with an alias: their alias and the code they were given
street-who-saved = { $alias } · { $code }
