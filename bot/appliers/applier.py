"""The state one transition's effects share while they are applied."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.appliers import handles
from bot.parse import Incoming
from flows.core.buttons import New
from flows.core.context import Context
from flows.core.effects import PRIORITY_RANK, SELF, Priority, Ref
from storage import Tx

__all__ = ["Applier"]


class Applier:
    """The transaction, the context, and what earlier effects made: the new rows' ids
    (`new`, keyed by `New.kind`), the caller once bound, the outbox rows written."""

    def __init__(self, tx: Tx, ctx: Context, incoming: Incoming | None) -> None:
        self.tx, self.ctx, self.incoming = tx, ctx, incoming
        self.self_id: int | None = ctx.person.id if ctx.person else None
        self.new: dict[str, int | str] = {}  # "alert", "appointment", "street_contact", ...
        self.new_client: int | None = None
        self.outbox_rows = 0
        self.written: dict[int, list[tuple[int, int]]] = {}  # chat -> (row id, priority)
        self.chats: dict[int, int | None] = {
            p.id: p.chat_id for p in (ctx.person, ctx.casemanager) if p is not None}

    def person(self, person_id: int | None) -> int | None:
        """A person id, with SELF standing for the caller."""
        return self.self_id if person_id == SELF else person_id

    def resolve_new(self, value: int | New) -> int:
        """The row id `value` stands for; ValueError when its Create effect has not run."""
        return handles.resolve_new(value, self.new)

    def resolve(self, value: Any) -> Any:
        """`value` with its New handles filled in and a Ref as its stored string."""
        return handles.resolve(value, self.new)

    def ref(self, ref: Ref) -> str:
        """The string a Ref is stored as ("alert:12", "appt:3")."""
        return f"{ref.kind}:{self.resolve_new(ref.id)}"

    def optional_ref(self, ref: Ref | None) -> str | None:
        return None if ref is None else self.ref(ref)

    async def chat_of(self, person_id: int) -> int | None:
        """The person's chat; people the context already holds cost no query."""
        if person_id not in self.chats:
            person = await self.tx.person(person_id)
            self.chats[person_id] = person.chat_id if person else None
        return self.chats[person_id]

    async def target_chat(self, person_id: int | None, chat_id: int | None
                          ) -> tuple[int | None, int | None]:
        """(person, chat) a message goes to: the person's chat, or the chat given."""
        person_id = self.person(person_id)
        if person_id is not None:
            return person_id, await self.chat_of(person_id)
        return None, chat_id

    async def enqueue(
        self, *, chat_id: int, kind: str, payload: dict[str, Any],
        person_id: int | None = None, due_at: datetime | None = None,
        language: str | None = None, system: bool = False, ref: str | None = None,
        priority: Priority = "normal",
    ) -> None:
        """An outbox row, written now and counted (the sender is woken if any were)."""
        rank = PRIORITY_RANK[priority]
        row_id = await self.tx.enqueue(
            chat_id=chat_id, kind=kind, payload=payload, now=self.ctx.now, due_at=due_at,
            person_id=person_id, language=language, system=system, ref=ref, priority=rank)
        self.written.setdefault(chat_id, []).append((row_id, rank))
        self.outbox_rows += 1

    async def keep_exchanges_together(self) -> None:
        """Messages this transition wrote to one chat are one exchange: they take the most
        urgent priority among them, so priorities never reorder them (a re-ask and the step
        it repeats; a 🆘 acknowledgement and its receipt)."""
        for rows in self.written.values():
            most = min(rank for _, rank in rows)
            for row_id, rank in rows:
                if rank > most:
                    await self.tx.raise_priority(row_id, most)

    async def enqueue_edit(self, *, chat_id: int, ref: str, payload: dict[str, Any],
                           person_id: int | None, language: str | None = None,
                           priority: Priority = "normal") -> None:
        """An edit of a sent message. Edits that pile up are merged: a pending edit of the
        same message takes the latest state and keeps its place in the queue (raised to the
        more urgent priority of the two)."""
        pending = await self.tx.pending_by_ref(ref)
        if pending is not None and pending.kind == "edit":
            await self.tx.replace_payload(pending.id, payload)
            await self.tx.raise_priority(pending.id, PRIORITY_RANK[priority])
            self.outbox_rows += 1
            return
        await self.enqueue(chat_id=chat_id, kind="edit", person_id=person_id,
                           language=language, ref=ref, payload=payload, priority=priority)
