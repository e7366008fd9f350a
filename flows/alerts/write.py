"""Staff start a conversation with a client: /write alias, the ✉️ Write buttons (on /client
and on every forwarded client message), or a Telegram reply to a forwarded client message.
What they write reaches the client under the same neutral header as relayed replies."""

from __future__ import annotations

from flows.alerts.buttons import WriteCancel, WriteTo
from flows.core.common import buttons_expired, reply
from flows.core.context import Context
from flows.core.effects import Choice, Copy, Effect, Log, Send, Transition
from flows.core.events import Button, Command, Event, Media, Text
from flows.model import Person

__all__ = ["on_write", "on_write_button", "on_write_event", "relay_to_client",
           "send_to_client"]

_CANCEL = ((Choice("alert-reply-cancel", WriteCancel("cancel")),),)


def on_write(ctx: Context, command: Command) -> Transition:
    """/write alias (the loader found the one client of this person whose alias matches)."""
    client = ctx.alerts.write_client
    if client is None:
        return Transition(ctx.state, (reply(ctx, "write-not-found",
                                            typed=command.arg.strip() or "–"),))
    return _prompt(ctx, client)


def on_write_button(ctx: Context, button: Button) -> Transition:
    press = button.press
    if isinstance(press, WriteCancel):
        return Transition(None, (reply(ctx, "cancelled"),))
    client = ctx.alerts.write_client
    if not isinstance(press, WriteTo) or client is None or press.id != client.id:
        return buttons_expired(ctx)  # not a client this person may write to, or gone
    return _prompt(ctx, client)


def _prompt(ctx: Context, client: Person) -> Transition:
    return Transition({"flow": "write", "client": client.id}, (
        Send("write-prompt", {"alias": client.alias}, person_id=ctx.person_id,
             buttons=_CANCEL),))


def on_write_event(ctx: Context, event: Event) -> Transition:
    client = ctx.alerts.write_client
    if client is None:
        return Transition(None, (reply(ctx, "button-expired"),))
    return send_to_client(ctx, client, event)


def relay_to_client(ctx: Context, client: Person, event: Event) -> tuple[Effect, ...]:
    """Staff's text or media (a voice note...) to the client, as a casemanager's reply (the
    second most urgent kind of message). Nothing for anything else."""
    if isinstance(event, Text):
        return (Send("relay-from-casemanager", person_id=client.id, tail=event.text,
                     priority="reply"),)
    if isinstance(event, Media) and ctx.message_id is not None:
        return (Send("relay-from-casemanager", person_id=client.id, priority="reply"),
                Copy(ctx.chat_id, ctx.message_id, person_id=client.id, priority="reply"))
    return ()


def send_to_client(ctx: Context, client: Person, event: Event) -> Transition:
    """A text or a voice note (any media) to the client, logged like a relayed reply."""
    content = relay_to_client(ctx, client, event)
    if not content:
        return Transition({"flow": "write", "client": client.id}, (
            Send("write-prompt", {"alias": client.alias}, person_id=ctx.person_id,
                 buttons=_CANCEL),))
    again = ((Choice("write-again-button", WriteTo(client.id)),),)
    return Transition(None, (
        *content,
        Log("staff-wrote", client.id),
        Send("write-sent", {"alias": client.alias}, person_id=ctx.person_id, buttons=again),
    ))
