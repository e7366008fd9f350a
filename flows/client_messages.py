"""The messages a client can get, and which of them are protected.

A client's phone may be read by someone else: a lock-screen preview shows the first line of
every message. Each key below starts with a neutral first line in every language (a test,
tests/unit/test_previews.py, renders them all and checks it); the details follow from the
second line. Keys that carry details are in PROTECTED_KEYS: the sender sends them with
`protect_content`, so they cannot be forwarded or saved.

Built from the flows' own tables (check-in domains, appointment kinds and answers) where
the flows compose a key; a test finds every key the flows send to a client in the source
and checks that it is listed here.
"""

from __future__ import annotations

from flows.aftercare.checkin import DOMAINS
from flows.appointments.reminders import KINDS

__all__ = ["APPOINTMENT_ANSWERS", "CLIENT_KEYS", "PROTECTED_KEYS", "TOPIC_KEYS"]

APPOINTMENT_ANSWERS: tuple[str, ...] = ("come", "cant", "call")

# The client-facing name of each appointment kind ($topic): gentle, never an agency.
TOPIC_KEYS: frozenset[str] = frozenset(f"appointment-topic-{kind}" for kind in KINDS)

_CHECKIN_QUESTIONS = frozenset({*(f"checkin-ask-{domain}" for domain in DOMAINS),
                                "checkin-ask-other"})

# A casemanager's words, appointments with place and note, and check-in questions.
PROTECTED_KEYS: frozenset[str] = frozenset({
    "relay-from-casemanager",
    "appointment-new-client",
    "appointment-reminder",
    "appointment-moved-client",
    "appointment-cancelled-client",
    "checkin-hello",
    *_CHECKIN_QUESTIONS,
})

CLIENT_KEYS: frozenset[str] = frozenset({
    *PROTECTED_KEYS,
    # strangers, joining, consent, privacy and stopping (flows/onboarding/client.py)
    "greeting-unknown",
    "language-choose",
    "language-set",
    "consent-text",
    "consent-thanks",
    "consent-declined",
    "consent-needed",
    "consent-message-held",
    "privacy-how-to-stop",
    "stop-done",
    "stop-already",
    "stop-resumed",
    "welcome-back",
    "help-list",
    # what the client writes (flows/alerts/inbox.py, help_now.py)
    "client-message-received",
    "unsure-question",
    "unsure-no-thanks",
    "sos-ack",  # its emergency numbers (emergency-*) follow the first lines
    # appointments (flows/appointments/reminders.py)
    *(f"appointment-thanks-{answer}" for answer in APPOINTMENT_ANSWERS),
    "appointment-answer-too-late",
    # check-ins (flows/aftercare/checkin.py)
    "checkin-thanks",
    "checkin-closed",
    "checkin-reminder",
    # replies every flow may give (flows/core/)
    "refusal-not-available",
    "reask-use-buttons",
    "button-expired",
    "unknown-command",
    "unsupported-message",
    "error-generic",
    # safety mode and the quick wipe (flows/safety/privacy.py, some keys picked by a variable)
    "privacy-safety-on",
    "privacy-safety-off",
    "safety-on",
    "safety-off",
    "wipe-done",
    "wipe-done-older",
})
