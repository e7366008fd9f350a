"""Wiring: the Bot, the database, intake, dispatch and sender, started and stopped together."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field

from telegram import Bot
from telegram.request import HTTPXRequest

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.deps import Deps
from bot.dispatch import Dispatcher
from bot.flag_model import load_flag_model
from bot.i18n import Translator, default_locales_folder
from bot.intake import Intake
from bot.sender import Sender
from bot.ticker import Ticker
from bot.webhook import WebhookServer
from bot.workers import start_duties
from storage import Database, open_store

__all__ = ["Runtime", "make_bot", "open_storage"]

log = logging.getLogger(__name__)


def make_bot(settings: Settings) -> Bot:
    if settings.token is None:
        raise ValueError("no token")
    return Bot(
        settings.token, base_url=settings.api_base_url, base_file_url=settings.api_file_url,
        request=HTTPXRequest(connection_pool_size=16, read_timeout=settings.request_timeout,
                             write_timeout=settings.request_timeout, connect_timeout=10,
                             media_write_timeout=2 * settings.request_timeout),
        get_updates_request=HTTPXRequest(connection_pool_size=2,
                                         read_timeout=settings.poll_timeout + 10),
    )


async def open_storage(settings: Settings) -> Database:
    return await open_store(settings.database_path, settings.key_path, settings.database_url)


@dataclass
class Runtime:
    """The running bot. `await start()`, later `await stop()` (finishes in-flight work)."""

    settings: Settings
    clock: Clock = field(default_factory=SystemClock)
    deps: Deps | None = None
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _bot: Bot | None = None

    async def start(self) -> None:
        self._bot = make_bot(self.settings)
        await self._bot.initialize()
        db = await open_storage(self.settings)
        flag_model = await asyncio.to_thread(load_flag_model, self.settings.lexicon_dir)
        self.deps = Deps(settings=self.settings, db=db, clock=self.clock,
                         translator=Translator(default_locales_folder()),
                         bot_username=self._bot.username, lexicon=flag_model.lexicon,
                         flag_model=flag_model)
        if self.settings.webhook_url is None:  # long polling (webhook mode: _start_webhook)
            await self._bot.delete_webhook(drop_pending_updates=False)
        self.sender = Sender(self.deps, self._bot)
        self._inbox_event = asyncio.Event()
        self.dispatcher = Dispatcher(self.deps, lambda: self.sender.wake(),
                                     self._answer_callback)
        self.intake = Intake(self.deps, self._bot, self._inbox_event.set)
        self._webhook = await self._start_webhook()
        self._stopping = False
        self._intake_task: asyncio.Task[None] | None = None
        if self._webhook is not None:  # every worker serves the webhook
            self._intake_task = asyncio.create_task(self._webhook.serve(), name="intake")
        self.ticker = Ticker(self.deps, self.sender.wake)
        self.sender.wake_ticker = self.ticker.wake
        self._sender_task: asyncio.Task[None] | None = None
        self._ticker_task: asyncio.Task[None] | None = None
        # polling, sending and timers: this process's own with SQLite; with PostgreSQL one
        # worker's at a time, under a lease (bot/workers.py)
        self.duties = await start_duties(self.deps.db, self.settings, self._gain, self._lose,
                                         self._wake_from)
        self._dispatch_task = asyncio.create_task(self._process_loop(), name="dispatch")
        log.info("bot @%s running", self._bot.username)

    async def _gain(self) -> None:
        """This worker takes over polling (unless a webhook), sending and the timers."""
        assert self.deps is not None and self._bot is not None
        if self._sender_task is not None:  # held before: fresh ones (a stopped one is done)
            self.sender = Sender(self.deps, self._bot)
            self.ticker = Ticker(self.deps, self.sender.wake)
            self.sender.wake_ticker = self.ticker.wake
        self._sender_task = asyncio.create_task(self.sender.run(), name="sender")
        self._ticker_task = asyncio.create_task(self.ticker.run(), name="ticker")
        if self._webhook is None:
            self.intake = Intake(self.deps, self._bot, self._inbox_event.set)
            self._intake_task = asyncio.create_task(self.intake.run(), name="intake")

    async def _lose(self, final: bool = False) -> None:
        """Stop polling, then the timers and the sender (finishing the sends in flight).
        `final`: the bot stops (the offset is confirmed, the inbox handled first)."""
        if self._webhook is None and self._intake_task is not None:
            self._intake_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._intake_task
            if final:
                await self.intake.confirm()
        if final:
            self._stopping = True
            self._inbox_event.set()
            await self._dispatch_task
        if self._ticker_task is not None:
            self.ticker.stop()
            await self._ticker_task
        if self._sender_task is not None:
            self.sender.stop()
            await self._sender_task

    def _wake_from(self, table: str) -> None:
        """Another worker committed rows here (PostgreSQL's notifications)."""
        if table == "inbox":
            self._inbox_event.set()
        elif table == "outbox":
            self.sender.wake()
        elif table == "timers":
            self.ticker.wake()

    async def _start_webhook(self) -> WebhookServer | None:
        """Webhook mode (`run --webhook URL`, bot/webhook.py) instead of long polling: listen
        and register the webhook before the tasks start; on failure close what start() opened.
        Stopping it is cancelling the intake task, as for polling."""
        if self.settings.webhook_url is None or self.deps is None or self._bot is None:
            return None
        try:
            webhook = WebhookServer(self.deps, self._bot, self._inbox_event.set)
            await webhook.start()
        except BaseException:
            await self.deps.db.close()
            await self._bot.shutdown()
            raise
        return webhook

    async def _process_loop(self) -> None:
        """The only processor of the inbox, so each update is handled once, in order."""
        while True:
            self._inbox_event.clear()
            await self.dispatcher.process_pending()
            if self._stopping:
                return
            with contextlib.suppress(TimeoutError):  # other workers' rows: see _wake_from
                await asyncio.wait_for(self._inbox_event.wait(), self.duties.look_every)

    def _answer_callback(self, callback_id: str, text: str | None = None) -> None:
        """Stop the button's spinner, with a short answer shown there if the flow gave one.
        Best effort: it means nothing after a restart."""
        bot = self._bot
        if bot is None:
            return

        async def answer() -> None:
            with contextlib.suppress(Exception):
                await bot.answer_callback_query(callback_id, text=text)

        task = asyncio.create_task(answer())
        self._tasks.append(task)
        task.add_done_callback(lambda done: self._tasks.remove(done)
                               if done in self._tasks else None)

    async def stop(self) -> None:
        """Stop taking updates, finish the updates in hand and the sends in flight."""
        if self._webhook is not None and self._intake_task is not None:
            await self._webhook.stop()  # stop listening; the requests in hand finish first
            self._intake_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._intake_task
        await self.duties.stop()  # _lose(final=True) if held, then the lease is given up
        if not self._stopping:  # never held the duties: finish the inbox in hand
            self._stopping = True
            self._inbox_event.set()
            await self._dispatch_task
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.deps is not None:
            await self.deps.db.close()
        if self._bot is not None:
            await self._bot.shutdown()
        log.info("bot stopped")

    def crashed(self) -> BaseException | None:
        """The first background task that died, if any (the CLI exits on it)."""
        for task in (self._sender_task, self._dispatch_task, self._intake_task,
                     self._ticker_task, self.duties.task):
            if task is not None and task.done() and not task.cancelled() \
                    and task.exception() is not None:
                return task.exception()
        return None
