"""The core flows as transition tables: (who, state, event) -> state and effects."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import pytest

from flows import Transition, step
from flows.access.effects import NotifyInviter, RestoreDetached
from flows.alerts.buttons import AlertAction, AlertCancel
from flows.core.buttons import ButtonData
from flows.core.context import Context
from flows.core.effects import (
    SELF,
    AddAlertMessage,
    Audit,
    BindInvite,
    BindPerson,
    CancelTimers,
    Copy,
    CreateAlert,
    CreateClient,
    CreateInvite,
    EditCards,
    Effect,
    Log,
    Send,
    SetCommands,
    SetTimer,
    Toast,
    UpdateAlert,
    UpdatePerson,
)
from flows.core.events import Button, Command, Edited, Event, Location, Media, Text, Unsupported
from flows.factsheet.effects import SendFactsheet
from flows.model import Alert, NamedRow
from flows.onboarding.buttons import Consent, InviteRole, NewClientChoice
from flows.safety.effects import SetSafety, WipeChat
from flows.street.effects import SaveStreetDraft
from storage.models import InviteOutcome, Person
from tests.unit.factories import CASEMANAGER_ID, CHAT_ID, FRESH_CODE, NOW, context, person


def describe(effect: Effect) -> str:
    """One readable line per effect, so that a row of a table states the whole outcome."""
    match effect:
        case Send(key=key, person_id=pid, chat_id=chat):
            if pid is None:
                return f"send {key} to chat:{chat}"
            return f"send {key} to {'self' if pid == SELF else f'#{pid}'}"
        case UpdatePerson(person_id=pid, fields=fields):
            changes = " ".join(f"{name}={value}" for name, value in sorted(fields.items()))
            return f"update #{pid} {changes}"
        case Log(kind=kind):
            return f"log {kind}"
        case BindPerson(person_id=pid):
            return f"bind #{pid}"
        case BindInvite(role=role):
            return f"bind-invite {role}"
        case SetCommands():
            return "set-commands"
        case CreateInvite(role=role, code=code):
            return f"create-invite {role} {code}"
        case CreateClient(alias=alias, language=lang, country=country, timezone=zone):
            return f"create-client {alias} {lang} {country} {zone}"
        case SaveStreetDraft(draft=draft):
            return f"street-draft {draft['step'] if draft else None}"
        case CreateAlert(severity=severity, categories=categories):
            return f"alert {severity} {','.join(categories)}"
        case AddAlertMessage(direction=direction):
            return f"alert-message {direction}"
        case SetTimer(kind=kind):
            return f"timer {kind}"
        case UpdateAlert(alert_id=aid, fields=fields):
            changes = " ".join(f"{name}={value}" for name, value in sorted(fields.items())
                               if not isinstance(value, datetime))
            return f"update alert #{aid} {changes}"
        case CancelTimers(kind=kind, subject=subject):
            return f"cancel {kind} #{subject}"
        case EditCards(alert_id=aid, args=args, buttons=buttons):
            pressable = ",".join(c.data.encode().split(":")[1] for row in buttons for c in row)
            return f"edit cards #{aid} {args['status']} [{pressable}]"
        case Toast(key=key):
            return f"toast {key}"
        case Audit(action=action, person_id=pid):
            return f"audit {action} #{pid}"
        case NotifyInviter(inviter_id=inviter, role=role):
            return f"notify-inviter #{inviter} {role}"
        case RestoreDetached(person_id=pid):
            return f"restore-detached #{pid}"
        case SetSafety(person_id=pid, hours=hours):
            return f"safety #{pid} {hours}"
        case WipeChat(person_id=pid):
            return f"wipe #{pid}"
        case SendFactsheet(person_id=pid, year=year, lang=lang):
            return f"factsheet #{pid} {year} {lang}"
    raise AssertionError(f"unexpected effect {effect!r}")


def outcome(transition: Transition) -> list[str]:
    return [describe(effect) for effect in transition.effects]


def sends(transition: Transition) -> list[Send]:
    return [effect for effect in transition.effects if isinstance(effect, Send)]


CLIENT = person("client")
CLIENT_ID = CLIENT.id
PENDING = person("client", consent="pending", language=None)
DECLINED = person("client", consent="declined")
STOPPED = person("client", stopped=True)
ADMIN = person("admin")
CASEMANAGER = person("casemanager")
FIELDWORKER = person("fieldworker")
CONSENT_STATE = {"flow": "consent"}

ANY_EVENT: list[Event] = [
    Text("hello"),
    Command("start"),
    Command("start", "not-a-code"),
    Command("help"),
    Command("newclient"),
    Command("stop"),
    Button("lang:fr"),
    Button("consent:yes"),
    Location(52.37, 4.89),
    Media("voice", "file-1"),
    Edited("hello again"),
    Unsupported("sticker"),
]


@dataclass(frozen=True)
class Row:
    """One transition: who, in which state, does what -> new state and effects (in order)."""

    who: Person | None
    event: Event
    effects: list[str]
    state: dict[str, Any] | None = None
    new_state: dict[str, Any] | None = None
    invite: InviteOutcome | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def ctx(self) -> Context:
        return context(self.who, self.state, self.invite, **self.extra)


def run(row: Row) -> None:
    transition = step(row.ctx(), row.event)
    assert outcome(transition) == row.effects
    assert transition.state == row.new_state


# -- unknown people -------------------------------------------------------------------------

GREETING = [f"send greeting-unknown to chat:{CHAT_ID}", "log unknown-contact",
            "log greeting-sent"]


@pytest.mark.parametrize("event", ANY_EVENT, ids=repr)
def test_unknown_person_gets_the_neutral_greeting_for_any_event(event: Event) -> None:
    run(Row(None, event, GREETING))


def test_neutral_greeting_is_in_the_telegram_language_when_we_speak_it() -> None:
    transition = step(context(None, telegram_language="fr-FR"), Text("bonjour"))
    [greeting] = sends(transition)
    assert (greeting.chat_id, greeting.language) == (CHAT_ID, "fr")


START = Command("start", "code")
INVITE_ROWS = {
    "valid staff invite": Row(
        None, START,
        ["bind-invite casemanager", "log joined", "send welcome-staff to self", "set-commands",
         "notify-inviter #1 casemanager"],  # the inviter is told who used their link
        invite=InviteOutcome("valid", role="casemanager", name="Sara", created_by=1),
    ),
    "valid client invite": Row(
        None, START,
        [f"bind #{CLIENT_ID}", f"restore-detached #{CLIENT_ID}", "log joined",
         "send language-choose to self", "notify-inviter #2 client"],
        new_state=CONSENT_STATE,
        invite=InviteOutcome("valid", role="client", person_id=CLIENT_ID, created_by=2),
    ),
    # A used, expired or unknown code gets the same neutral greeting: no hint the code was real.
    "used invite": Row(None, START, [f"send greeting-unknown to chat:{CHAT_ID}",
                                     "log invite-used", "log greeting-sent"],
                       invite=InviteOutcome("used")),
    "expired invite": Row(None, START, [f"send greeting-unknown to chat:{CHAT_ID}",
                                        "log invite-expired", "log greeting-sent"],
                          invite=InviteOutcome("expired")),
    "unknown invite": Row(None, START, [f"send greeting-unknown to chat:{CHAT_ID}",
                                        "log invite-unknown", "log greeting-sent"],
                          invite=InviteOutcome("unknown")),
}


@pytest.mark.parametrize("row", INVITE_ROWS.values(), ids=INVITE_ROWS.keys())
def test_start_with_an_invite(row: Row) -> None:
    run(row)


def test_staff_invite_makes_a_person_with_the_invited_name_and_a_guessed_language() -> None:
    invite = InviteOutcome("valid", role="fieldworker", name="Youssef")
    ctx = context(None, invite=invite, telegram_language="fr", default_timezone="Europe/Paris")
    bind = step(ctx, START).effects[0]
    assert bind == BindInvite(role="fieldworker", name="Youssef", language="fr",
                              timezone="Europe/Paris")


def test_client_invite_offers_every_language_as_a_button() -> None:
    invite = InviteOutcome("valid", role="client", person_id=CLIENT_ID)
    [question] = sends(step(context(None, invite=invite), START))
    data = [choice.data.encode() for line in question.buttons for choice in line]
    assert data == ["lang:ary", "lang:ar", "lang:fr", "lang:nl", "lang:en"]
    assert question.system  # goes out even before anything else is settled


# -- a client before consent ----------------------------------------------------------------

CONSENT_QUESTION = f"send consent-text to #{CLIENT_ID}"
REASK = ["log message-before-consent", f"send consent-needed to #{CLIENT_ID}",
         CONSENT_QUESTION]
BEFORE_CONSENT_ROWS = {
    "language button -> consent question": Row(
        PENDING, Button("lang:ary"),
        [f"update #{CLIENT_ID} language=ary", "set-commands", CONSENT_QUESTION],
        state=CONSENT_STATE, new_state=CONSENT_STATE,
    ),
    # no such language: the press reads as nothing, so it changes nothing and consent is
    # asked again (the language buttons come with /language)
    "unknown language button -> asked again": Row(
        PENDING, Button("lang:xx"),
        ["log message-before-consent", f"send consent-needed to #{CLIENT_ID}",
         CONSENT_QUESTION],
        state=CONSENT_STATE, new_state={**CONSENT_STATE, "held": []},
    ),
    "agree": Row(
        PENDING, Button("consent:yes"),
        [f"update #{CLIENT_ID} consent=given", "log consent-given",
         f"send consent-thanks to #{CLIENT_ID}",
         f"send casemanager-client-consented to #{CASEMANAGER_ID}"],
        state=CONSENT_STATE,
    ),
    "decline": Row(
        PENDING, Button("consent:no"),
        [f"update #{CLIENT_ID} consent=declined", "log consent-declined",
         f"send consent-declined to #{CLIENT_ID}",
         f"send casemanager-client-declined to #{CASEMANAGER_ID}"],
        state=CONSENT_STATE,
    ),
    "/language -> the language buttons again": Row(
        PENDING, Command("language"), [f"send language-choose to #{CLIENT_ID}"],
        state=CONSENT_STATE, new_state=CONSENT_STATE,
    ),
    "/stop works before consent": Row(
        PENDING, Command("stop"),
        [f"update #{CLIENT_ID} stopped=True", "log stop", f"send stop-done to #{CLIENT_ID}",
         f"send casemanager-client-stopped to #{CASEMANAGER_ID}"],
        state=CONSENT_STATE,
    ),
}


@pytest.mark.parametrize("row", BEFORE_CONSENT_ROWS.values(), ids=BEFORE_CONSENT_ROWS.keys())
def test_client_before_consent(row: Row) -> None:
    run(row)


BEFORE_CONSENT_OTHER: list[Event] = [
    Text("I need help, my address is Damrak 1"),
    Edited("edited words"),
    Media("voice", "voice-1", "caption words"),
    Media("photo", "photo-1"),
    Location(52.37, 4.89),
    Unsupported("sticker"),
    Command("help"),
    Command("start"),
    Command("privacy"),
    Command("newclient"),
    Command("nonsense"),
    Button("newclient:language:fr"),
    Button("invite:admin"),
    Button("garbage"),
]


@pytest.mark.parametrize("who", [PENDING, DECLINED], ids=["pending", "declined"])
@pytest.mark.parametrize("event", BEFORE_CONSENT_OTHER, ids=repr)
def test_anything_else_before_consent_reasks_and_tells_nobody(who: Person, event: Event) -> None:
    transition = step(context(who, CONSENT_STATE), event)
    held = isinstance(event, Text | Edited | Media | Location)
    expected = [line.replace("consent-needed", "consent-message-held") if held else line
                for line in REASK]
    assert outcome(transition) == expected
    assert transition.state is not None and transition.state["flow"] == "consent"
    assert len(transition.state["held"]) == (1 if held else 0), "kept until consent"
    assert all(send.person_id == who.id for send in sends(transition))
    assert all(send.system for send in sends(transition))  # even a stopped client is asked


def test_consent_question_has_agree_and_decline_buttons() -> None:
    transition = step(context(PENDING, CONSENT_STATE), Text("hi"))
    question = sends(transition)[-1]
    assert [c.data for line in question.buttons for c in line] == [Consent("yes"), Consent("no")]


def test_client_without_casemanager_consents_without_telling_anyone() -> None:
    alone = person("client", consent="pending", casemanager_id=None)
    transition = step(context(alone, CONSENT_STATE), Button("consent:yes"))
    assert [send.person_id for send in sends(transition)] == [alone.id]


# -- a consented client ---------------------------------------------------------------------

CLIENT_ROWS = {
    "/stop": Row(
        CLIENT, Command("stop"),
        [f"update #{CLIENT_ID} stopped=True", "log stop", f"send stop-done to #{CLIENT_ID}",
         f"send casemanager-client-stopped to #{CASEMANAGER_ID}"],
    ),
    "/stop when stopped": Row(STOPPED, Command("stop"), [f"send stop-already to #{CLIENT_ID}"]),
    "/start when stopped resumes": Row(
        STOPPED, Command("start"),
        [f"update #{CLIENT_ID} stopped=False", "log resume",
         f"send stop-resumed to #{CLIENT_ID}",
         f"send casemanager-client-resumed to #{CASEMANAGER_ID}"],
    ),
    "/start when not stopped": Row(CLIENT, Command("start"),
                                   [f"send welcome-back to #{CLIENT_ID}"]),
    "a message goes to the casemanager": Row(
        CLIENT, Text("my leg hurts"),
        ["log client-message", f"send casemanager-client-wrote to #{CASEMANAGER_ID}",
         f"send client-message-received to #{CLIENT_ID}"],
    ),
    "language button after consent": Row(
        CLIENT, Button("lang:nl"),
        [f"update #{CLIENT_ID} language=nl", "set-commands", f"send language-set to #{CLIENT_ID}"],
    ),
    "consent button after consent is stale": Row(
        CLIENT, Button("consent:yes"), [f"send button-expired to #{CLIENT_ID}"],
    ),
    "/privacy": Row(CLIENT, Command("privacy"), [f"send consent-text to #{CLIENT_ID}",
                                                 f"send privacy-how-to-stop to #{CLIENT_ID}",
                                                 f"send privacy-safety-off to #{CLIENT_ID}"]),
    "sticker": Row(CLIENT, Unsupported("sticker"),
                   [f"send unsupported-message to #{CLIENT_ID}", "log unsupported:sticker"]),
}


@pytest.mark.parametrize("row", CLIENT_ROWS.values(), ids=CLIENT_ROWS.keys())
def test_consented_client(row: Row) -> None:
    run(row)


def test_stop_and_resume_confirmations_reach_a_stopped_client() -> None:
    for who, command in ((CLIENT, "stop"), (STOPPED, "stop"), (STOPPED, "start")):
        own = [s for s in sends(step(context(who), Command(command))) if s.person_id == who.id]
        assert own and all(send.system for send in own), command


@pytest.mark.parametrize(
    ("event", "shown", "copied"),
    [(Text("hello"), "hello", False), (Media("voice", "v-1"), None, True),
     (Media("photo", "p-1", "look"), "look", True),
     (Location(52.370216, 4.895168), "📍 52.37022,4.89517", True)],
    ids=["text", "voice", "photo-caption", "location"],
)
def test_client_message_reaches_casemanager_with_alias_and_content(
    event: Event, shown: str | None, copied: bool
) -> None:
    transition = step(replace(context(CLIENT), message_id=42), event)
    to_casemanager = sends(transition)[0]
    assert to_casemanager.person_id == CASEMANAGER_ID
    assert to_casemanager.args["alias"] == CLIENT.alias
    # the client's own words travel untranslated after the header
    assert to_casemanager.tail == shown
    copies = [e for e in transition.effects if isinstance(e, Copy)]
    assert bool(copies) == copied, "media and locations are delivered as they are"
    assert all(c.person_id == CASEMANAGER_ID and c.message_id == 42 for c in copies)


# -- roles ----------------------------------------------------------------------------------

def pressed(data: ButtonData) -> Button:
    """The event of a tap on a button we sent with this data."""
    return Button(data.encode())


def refusal(who: Person, what: str, press: ButtonData | None = None) -> Row:
    return Row(who, Command(what.split(":")[1]) if press is None else pressed(press),
               [f"send refusal-not-available to #{who.id}", f"log refused:{what}"],
               state={"kept": True}, new_state={"kept": True})


REFUSAL_ROWS = {
    "fieldworker /newclient": refusal(FIELDWORKER, "command:newclient"),
    "fieldworker /invite": refusal(FIELDWORKER, "command:invite"),
    "casemanager /invite": refusal(CASEMANAGER, "command:invite"),
    "client /invite": refusal(CLIENT, "command:invite"),
    "client /newclient": refusal(CLIENT, "command:newclient"),
    "client /cancel": refusal(CLIENT, "command:cancel"),
    "staff /stop": refusal(CASEMANAGER, "command:stop"),
    "fieldworker newclient button": refusal(FIELDWORKER, "button:newclient",
                                            NewClientChoice("language", "fr")),
    "client invite button": refusal(CLIENT, "button:invite", InviteRole("admin")),
    "casemanager invite button": refusal(CASEMANAGER, "button:invite", InviteRole("admin")),
    "fieldworker alert button": refusal(FIELDWORKER, "button:alert", AlertAction("claim", 7)),
    "client alert button": refusal(CLIENT, "button:alert", AlertAction("resolve", 7)),
}


@pytest.mark.parametrize("row", REFUSAL_ROWS.values(), ids=REFUSAL_ROWS.keys())
def test_role_refusals_are_neutral_logged_and_keep_the_state(row: Row) -> None:
    run(row)


@pytest.mark.parametrize("who", [CLIENT, FIELDWORKER, CASEMANAGER, ADMIN], ids=lambda p: p.role)
def test_unknown_command(who: Person) -> None:
    run(Row(who, Command("frobnicate"), [f"send unknown-command to #{who.id}",
                                         "log unknown-command"]))


@pytest.mark.parametrize("who", [CLIENT, FIELDWORKER, CASEMANAGER, ADMIN], ids=lambda p: p.role)
@pytest.mark.parametrize("data", ["nothing:here", "garbage", ""])
def test_unknown_button_is_expired(who: Person, data: str) -> None:
    run(Row(who, Button(data), [f"send button-expired to #{who.id}",
                                "log refused-button:unreadable"]))


HELP = {
    "client": ["help", "language", "stop", "sos", "privacy", "wipe"],
    "fieldworker": ["help", "language", "contact", "today", "shift", "cancel"],
    # grouped by feature, in the order of flows/features.py
    "casemanager": ["help", "language", "newclient", "clients", "alerts", "write", "duty",
                    "appointment", "appointments", "move", "aftercare", "client", "voice",
                    "profile", "outcome", "contact", "today", "shift", "detach", "close",
                    "safety", "cancel"],
    "admin": ["help", "language", "newclient", "clients", "invite", "alerts", "write", "duty",
              "appointment", "appointments", "move", "aftercare", "client", "voice", "profile",
              "outcome", "contact", "today", "shift", "places", "staff", "invites", "reassign",
              "detach", "close", "reopen", "erase", "safety", "factsheet", "cancel"],
}
EVERY_COMMAND = sorted({name for names in HELP.values() for name in names})


def help_lines(who: Person) -> list[str]:
    [answer] = sends(step(context(who), Command("help")))
    assert answer.key == "help-list"
    return [line[0] for line in answer.args["commands"]["$msgs"]]


@pytest.mark.parametrize("role", HELP)
def test_help_lists_only_the_callers_commands(role: str) -> None:
    assert help_lines(person(role)) == [f"cmd-{name}" for name in HELP[role]]  # type: ignore[arg-type]


@pytest.mark.parametrize("role", HELP)
@pytest.mark.parametrize("name", EVERY_COMMAND)
def test_help_agrees_with_what_is_refused(role: str, name: str) -> None:
    """A command in /help is never refused; a command not in /help always is."""
    who = person(role)  # type: ignore[arg-type]
    transition = step(context(who), Command(name))
    refused = "send refusal-not-available to" in " ".join(outcome(transition))
    assert refused == (name not in HELP[role])


# -- staff ----------------------------------------------------------------------------------

def test_admin_invite_with_role_and_name_gives_the_link_at_once() -> None:
    transition = step(context(ADMIN), Command("invite", "casemanager Sara de Vries"))
    assert outcome(transition) == [f"create-invite casemanager {FRESH_CODE}",
                                   "log invite-created:casemanager",
                                   f"send invite-link to #{ADMIN.id}"]
    assert transition.effects[0] == CreateInvite(FRESH_CODE, "casemanager", "Sara de Vries")
    link = sends(transition)[0].args["link"]
    assert link == f"https://t.me/meldbot?start={FRESH_CODE}"


def test_admin_invite_without_role_asks_and_the_button_creates_it() -> None:
    asked = step(context(ADMIN), Command("invite"))
    [question] = sends(asked)
    roles = [c.data.encode() for line in question.buttons for c in line]
    assert roles == ["invite:casemanager", "invite:fieldworker", "invite:admin"]
    tapped = step(context(ADMIN), Button("invite:fieldworker"))
    assert outcome(tapped)[0] == f"create-invite fieldworker {FRESH_CODE}"
    forged = step(context(ADMIN), Button("invite:client"))  # no such role: nothing made
    assert outcome(forged) == [f"send button-expired to #{ADMIN.id}",
                               "log refused-button:unreadable"]


@pytest.mark.parametrize("who", [FIELDWORKER, CASEMANAGER, ADMIN], ids=lambda p: p.role)
def test_staff_free_text_outside_a_flow_gets_a_hint(who: Person) -> None:
    run(Row(who, Text("hello"), [f"send staff-idle-hint to #{who.id}"]))


# -- alerts ---------------------------------------------------------------------------------

ALERT_ID = 7
COLLEAGUE = person("casemanager", id=4, alias="Sara")  # another casemanager
HIS = f"#{CASEMANAGER_ID}"
REPLYING = {"flow": "reply", "alert": ALERT_ID}


def on_alert(status: str = "open", claimed_by: Person | None = None) -> dict[str, Any]:
    """What the loader finds for a press on the card of alert 7 about CLIENT (their
    casemanager's alert), in this status."""
    alert = Alert(ALERT_ID, CLIENT_ID, CASEMANAGER_ID, "flag", ("medical",), "normal",
                  status, NOW, NOW,  # type: ignore[arg-type]
                  claimed_by=claimed_by.id if claimed_by else None)
    return {"alert": alert, "alert_client": CLIENT, "alert_claimer": claimed_by,
            "named": NamedRow("alert", ALERT_ID, client=CLIENT)}


def tap(action: str) -> Button:
    return pressed(AlertAction(action, ALERT_ID))  # type: ignore[arg-type]


RESOLVED = [f"update alert #{ALERT_ID} resolved_by={{who}} status=resolved",
            f"cancel alert-escalate #{ALERT_ID}", f"edit cards #{ALERT_ID} resolved []",
            "log alert-resolved", "send alert-resolved-you to #{who}"]


def resolved(who: Person) -> list[str]:
    return [line.format(who=who.id) for line in RESOLVED]


ALERT_ROWS = {
    "claim -> claimed, the card loses its claim button": Row(
        CASEMANAGER, tap("claim"),
        [f"update alert #{ALERT_ID} claimed_by={CASEMANAGER_ID} status=claimed",
         f"cancel alert-escalate #{ALERT_ID}",
         f"edit cards #{ALERT_ID} claimed [reply,resolve,wrong]",
         "log alert-claimed", f"send alert-claimed-you to {HIS}",
         f"audit read:alert #{CLIENT_ID}"],
        extra=on_alert()),
    "reply on an open alert claims it and asks for the answer": Row(
        CASEMANAGER, tap("reply"),
        [f"update alert #{ALERT_ID} claimed_by={CASEMANAGER_ID} status=claimed",
         f"cancel alert-escalate #{ALERT_ID}",
         f"edit cards #{ALERT_ID} claimed [reply,resolve,wrong]",
         "log alert-claimed", f"send alert-claimed-you to {HIS}",
         f"audit read:alert #{CLIENT_ID}", f"send alert-reply-prompt to {HIS}"],
        new_state=REPLYING, extra=on_alert()),
    "reply on one's own claimed alert asks for the answer": Row(
        CASEMANAGER, tap("reply"),
        [f"audit read:alert #{CLIENT_ID}", f"send alert-reply-prompt to {HIS}"],
        new_state=REPLYING, extra=on_alert("claimed", CASEMANAGER)),
    "the answer goes to the client": Row(
        CASEMANAGER, Text("We call you at 3"),
        [f"send relay-from-casemanager to #{CLIENT_ID}", "alert-message out",
         f"update alert #{ALERT_ID} replies=1", "log alert-replied",
         f"send alert-reply-sent to {HIS}"],
        state=REPLYING, extra=on_alert("claimed", CASEMANAGER)),
    "cancel while replying": Row(
        CASEMANAGER, pressed(AlertCancel("cancel")), [f"send cancelled to {HIS}"],
        state=REPLYING, extra=on_alert("claimed", CASEMANAGER)),
    "resolve one's own claimed alert": Row(
        CASEMANAGER, tap("resolve"), resolved(CASEMANAGER),
        extra=on_alert("claimed", CASEMANAGER)),
    "resolve an open alert": Row(CASEMANAGER, tap("resolve"), resolved(CASEMANAGER),
                                 extra=on_alert()),
    "claim what a colleague has": Row(
        CASEMANAGER, tap("claim"), [f"send alert-already-claimed to {HIS}"],
        extra=on_alert("claimed", COLLEAGUE)),
    "a casemanager may not resolve a colleague's claim": Row(
        CASEMANAGER, tap("resolve"), [f"send button-expired to {HIS}", "log refused-row:alert"],
        extra=on_alert("claimed", COLLEAGUE)),
    "an admin resolving a colleague's claim is asked first": Row(
        ADMIN, tap("resolve"), [f"send alert-resolve-confirm to #{ADMIN.id}"],
        extra=on_alert("claimed", COLLEAGUE)),
    "an admin resolves it anyway": Row(
        ADMIN, tap("force"), resolved(ADMIN), extra=on_alert("claimed", COLLEAGUE)),
    "an admin cancels the confirmation": Row(
        ADMIN, pressed(AlertCancel("cancel")), [f"send cancelled to #{ADMIN.id}"],
        extra=on_alert("claimed", COLLEAGUE)),
    "a casemanager may not force": Row(
        CASEMANAGER, tap("force"), [f"send button-expired to {HIS}", "log refused-row:alert"],
        extra=on_alert("claimed", COLLEAGUE)),
    "a resolved alert stays resolved": Row(
        ADMIN, tap("resolve"), [f"send alert-already-resolved to #{ADMIN.id}"],
        extra=on_alert("resolved", COLLEAGUE)),
    "force after the colleague resolved it meanwhile": Row(
        ADMIN, tap("force"), [f"send button-expired to #{ADMIN.id}", "log refused-row:alert"],
        extra=on_alert("resolved", COLLEAGUE)),
    "a press naming another alert": Row(
        CASEMANAGER, pressed(AlertAction("resolve", ALERT_ID + 1)),
        [f"send button-expired to {HIS}", "log refused-row:alert"], extra=on_alert()),
}


@pytest.mark.parametrize("row", ALERT_ROWS.values(), ids=ALERT_ROWS.keys())
def test_alert_actions(row: Row) -> None:
    run(row)


def test_the_confirmation_names_the_claimer_and_offers_force_or_cancel() -> None:
    [question] = sends(step(context(ADMIN, **on_alert("claimed", COLLEAGUE)), tap("resolve")))
    assert dict(question.args) == {"name": "Sara", "number": str(ALERT_ID)}
    choices = [c for line in question.buttons for c in line]
    assert [(c.key, c.data) for c in choices] == [
        ("alert-resolve-force-button", AlertAction("force", ALERT_ID)),
        ("alert-reply-cancel", AlertCancel("cancel"))]
    assert [c.data.encode() for c in choices] == [f"alert:force:{ALERT_ID}", "alert:cancel:0"]


def test_the_confirmation_in_the_team_chat_comes_in_private_with_a_toast() -> None:
    ctx = replace(context(ADMIN, **on_alert("claimed", COLLEAGUE)), chat_id=-100)
    assert outcome(step(ctx, tap("resolve"))) == [f"send alert-resolve-confirm to #{ADMIN.id}",
                                                  "toast alert-resolve-confirm"]


# -- /newclient -----------------------------------------------------------------------------

NC = {"flow": "newclient"}
AT_ALIAS = {**NC, "step": "alias"}
AT_LANGUAGE = {**NC, "step": "language", "alias": "Amina B"}
AT_COUNTRY = {**AT_LANGUAGE, "step": "country", "language": "ary"}
AT_ZONE = {**AT_COUNTRY, "step": "timezone", "country": "MA", "zone": "Africa/Casablanca"}
ME = f"#{CASEMANAGER_ID}"


def converse(who: Person, events: list[Event]) -> list[Transition]:
    """Feed the events one by one, carrying the state forward as the bot would."""
    state: dict[str, Any] | None = None
    transitions = []
    for event in events:
        transition = step(context(who, state), event)
        transitions.append(transition)
        state = transition.state
    return transitions


@pytest.mark.parametrize("who", [CASEMANAGER, ADMIN], ids=lambda p: p.role)
def test_newclient_full_path(who: Person) -> None:
    start, alias, language, country, keep = converse(who, [
        Command("newclient"),
        Text("  Amina    B "),
        Button("newclient:language:ary"),
        Button("newclient:country:MA"),
        Button("newclient:timezone:keep"),
    ])
    assert start.state == AT_ALIAS
    assert outcome(start) == [f"send newclient-ask-alias to #{who.id}"]
    assert alias.state == AT_LANGUAGE
    assert dict(sends(alias)[0].args) == {"alias": "Amina B"}
    assert language.state == AT_COUNTRY
    assert outcome(language) == [f"send newclient-ask-country to #{who.id}"]
    assert country.state == AT_ZONE
    assert dict(sends(country)[0].args) == {"zone": "Africa/Casablanca"}
    assert keep.state is None
    link = f"https://t.me/meldbot?start={FRESH_CODE}"
    assert keep.effects == (
        CreateClient(alias="Amina B", language="ary", country="MA",
                     timezone="Africa/Casablanca", casemanager_id=who.id, code=FRESH_CODE),
        Log("client-created", who.id),
        Send("newclient-done", {"alias": "Amina B", "link": link, "days": 7},
             person_id=who.id, qr=link),
    )


def test_newclient_buttons_offer_every_language_and_cancel() -> None:
    alias = step(context(CASEMANAGER, AT_ALIAS), Text("Amina B"))
    data = [c.data.encode() for line in sends(alias)[0].buttons for c in line]
    assert data == [f"newclient:language:{code}" for code in ("ary", "ar", "fr", "nl", "en")] + [
        "newclient:cancel"]


def zone_button(zone: str) -> str:
    """The data of the 'other zone' button for `zone`, as offered at the time zone step."""
    asked = step(context(CASEMANAGER, AT_COUNTRY), Button("newclient:country:MA"))
    for line in sends(asked)[0].buttons:
        for choice in line:
            if choice.args.get("zone") == zone \
                    and choice.data != NewClientChoice("timezone", "keep"):
                return choice.data.encode()
    raise AssertionError(f"no button for {zone}")


NEWCLIENT_ROWS = {
    "empty alias": Row(CASEMANAGER, Text("   "), [f"send newclient-alias-invalid to {ME}"],
                       state=AT_ALIAS, new_state=AT_ALIAS),
    "alias too long": Row(CASEMANAGER, Text("x" * 41), [f"send newclient-alias-invalid to {ME}"],
                          state=AT_ALIAS, new_state=AT_ALIAS),
    "alias of 40 is fine": Row(CASEMANAGER, Text("x" * 40),
                               [f"send newclient-ask-language to {ME}"], state=AT_ALIAS,
                               new_state={**AT_ALIAS, "step": "language", "alias": "x" * 40}),
    "voice instead of alias": Row(CASEMANAGER, Media("voice", "v"),
                                  [f"send newclient-ask-alias to {ME}"],
                                  state=AT_ALIAS, new_state=AT_ALIAS),
    "typed text instead of a language button": Row(
        CASEMANAGER, Text("fr"), [f"send reask-use-buttons to {ME}"],
        state=AT_LANGUAGE, new_state=AT_LANGUAGE),
    "unknown language value": Row(
        CASEMANAGER, Button("newclient:language:xx"), [f"send reask-use-buttons to {ME}"],
        state=AT_LANGUAGE, new_state=AT_LANGUAGE),
    "stale language button at the country step": Row(
        CASEMANAGER, Button("newclient:language:fr"), [f"send button-expired to {ME}"],
        state=AT_COUNTRY, new_state=AT_COUNTRY),
    "stale country button at the time zone step": Row(
        CASEMANAGER, Button("newclient:country:NL"), [f"send button-expired to {ME}"],
        state=AT_ZONE, new_state=AT_ZONE),
    "newclient button outside the flow": Row(
        CASEMANAGER, Button("newclient:timezone:keep"), [f"send button-expired to {ME}"]),
    "country other -> the organisation's zone": Row(
        CASEMANAGER, Button("newclient:country:other"),
        [f"send newclient-ask-timezone to {ME}"], state=AT_COUNTRY,
        new_state={**AT_COUNTRY, "step": "timezone", "country": "other",
                   "zone": "Europe/Amsterdam"}),
    "typed valid time zone": Row(
        CASEMANAGER, Text(" Europe/Madrid "),
        ["create-client Amina B ary MA Europe/Madrid", "log client-created",
         f"send newclient-done to {ME}"], state=AT_ZONE),
    "typed invalid time zone": Row(
        CASEMANAGER, Text("Mars/Olympus_Mons"), [f"send newclient-zone-invalid to {ME}"],
        state=AT_ZONE, new_state=AT_ZONE),
    "typed path is no time zone": Row(
        CASEMANAGER, Text("../../etc/passwd"), [f"send newclient-zone-invalid to {ME}"],
        state=AT_ZONE, new_state=AT_ZONE),
    "other zone button": Row(
        CASEMANAGER, Button(zone_button("Europe/Paris")),
        ["create-client Amina B ary MA Europe/Paris", "log client-created",
         f"send newclient-done to {ME}"], state=AT_ZONE),
    "zone button out of range": Row(
        CASEMANAGER, Button("newclient:timezone:99"), [f"send reask-use-buttons to {ME}"],
        state=AT_ZONE, new_state=AT_ZONE),
    "/help keeps the flow": Row(CASEMANAGER, Command("help"), [f"send help-list to {ME}"],
                                state=AT_COUNTRY, new_state=AT_COUNTRY),
}


@pytest.mark.parametrize("row", NEWCLIENT_ROWS.values(), ids=NEWCLIENT_ROWS.keys())
def test_newclient_steps(row: Row) -> None:
    run(row)


@pytest.mark.parametrize("state", [AT_ALIAS, AT_LANGUAGE, AT_COUNTRY, AT_ZONE],
                         ids=["alias", "language", "country", "timezone"])
@pytest.mark.parametrize(
    ("event", "key"),
    [(Button("newclient:cancel"), "newclient-cancelled"), (Command("cancel"), "cancelled")],
    ids=["button", "command"],
)
def test_newclient_cancel_at_any_step_creates_nothing(
    state: dict[str, Any], event: Event, key: str
) -> None:
    run(Row(CASEMANAGER, event, [f"send {key} to {ME}"], state=state))


# -- forged or truncated callback data ------------------------------------------------------

@pytest.mark.parametrize("who", [CLIENT, FIELDWORKER, CASEMANAGER, ADMIN], ids=lambda p: p.role)
@pytest.mark.parametrize("data", ["lang", "invite", "consent", "lang:", "invite:"])
def test_button_data_without_a_value_gets_a_reply_not_a_crash(who: Person, data: str) -> None:
    """Callback data comes from the client app and can be anything; a bad one is re-asked."""
    transition = step(context(who), Button(data))
    [answer] = sends(transition)
    assert answer.person_id == who.id
    assert answer.key in {"reask-use-buttons", "button-expired", "refusal-not-available"}


@pytest.mark.parametrize(("fields", "status"), [
    ({"chat_id": None}, "invited"), ({"consent": "pending"}, "pending"),
    ({"consent": "declined"}, "declined"), ({"stopped": True}, "stopped"),
    ({"unreachable": True}, "unreachable"), ({}, "active"),
])
def test_clients_says_where_each_client_stands(fields: dict[str, Any], status: str) -> None:
    client = person("client", **fields)
    [answer] = sends(step(context(CASEMANAGER, caseload=(client,)), Command("clients")))
    assert answer.key == "clients-list"
    assert answer.args["lines"]["$msgs"] == [
        ["clients-line", {"alias": client.alias, "status": status, "language": "fr"}]]
