"""Webhook intake (`meldbot run --webhook URL`): Telegram POSTs each update to us.

An update is stored in the inbox and committed before the answer is 200, so none is lost: a
busy database is waited out first, a failure answers 500 and Telegram sends it again, and
an update sent twice (Telegram's retries) is stored once. The request must carry the secret
(`X-Telegram-Bot-Api-Secret-Token`, set with setWebhook): MELDBOT_WEBHOOK_SECRET, or derived
from the encryption key, so every worker sharing the key (and the database) agrees and
several can sit behind one load balancer. It listens on MELDBOT_WEBHOOK_HOST:PORT, plain
HTTP behind a reverse proxy that terminates TLS.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Bot
from telegram.error import BadRequest

from bot.config import ConfigError, Settings
from bot.deps import Deps
from bot.failures import describe_failure
from bot.intake import ALLOWED_UPDATES, store_updates
from storage.crypto import read_key_file

__all__ = ["MAX_BODY", "SECRET_HEADER", "WebhookServer", "derive_secret", "webhook_secret"]

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024  # bytes; an update is a few kilobytes
_MAX_UPDATE_ID = 2**63 - 1  # a BIGINT
_SHUTDOWN_SECONDS = 10.0  # requests in hand get this long to finish on stop


def derive_secret(key: bytes) -> str:
    """The webhook secret of everyone holding this encryption key (64 hex characters)."""
    return hmac.new(key, b"meldbot webhook", hashlib.sha256).hexdigest()[:64]


def webhook_secret(settings: Settings) -> str:
    """MELDBOT_WEBHOOK_SECRET, else derived from the key file (which must exist)."""
    return settings.webhook_secret or derive_secret(read_key_file(settings.key_path))


def _parse(body: bytes) -> dict[str, Any] | None:
    """The update, if `body` is a JSON object with a sensible integer update_id."""
    try:
        update = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(update, dict):
        return None
    update_id = update.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return None
    return update if 0 <= update_id <= _MAX_UPDATE_ID else None


class WebhookServer:
    """`await start()` listens and registers the webhook; `serve()` runs until cancelled,
    then lets the requests in hand finish (their updates are stored or answered 500)."""

    def __init__(self, deps: Deps, bot: Bot, on_stored: Callable[[], None]) -> None:
        self.deps, self.bot, self.on_stored = deps, bot, on_stored
        self._secret = webhook_secret(deps.settings)
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        """Listen first, then setWebhook (every worker may: it is idempotent). A port in
        use or a URL Telegram refuses is a ConfigError naming the setting."""
        settings = self.deps.settings
        if settings.webhook_url is None:
            raise ValueError("no webhook URL")
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(urlsplit(settings.webhook_url).path or "/", self._on_update)
        runner = web.AppRunner(app, access_log=None, handle_signals=False,
                               shutdown_timeout=_SHUTDOWN_SECONDS)
        await runner.setup()
        try:
            try:
                await web.TCPSite(runner, settings.webhook_listen, settings.webhook_port).start()
            except OSError as err:
                raise ConfigError(f"cannot listen on MELDBOT_WEBHOOK_HOST:MELDBOT_WEBHOOK_PORT"
                                  f" ({err.strerror or type(err).__name__})") from None
            try:
                await self.bot.set_webhook(settings.webhook_url, secret_token=self._secret,
                                           allowed_updates=ALLOWED_UPDATES)
            except BadRequest as err:  # e.g. "Bad webhook: Failed to resolve host"
                raise ConfigError(f"MELDBOT_WEBHOOK_URL (--webhook) was refused by the Bot"
                                  f" API: {err.message}") from None
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        log.info("webhook: listening on %s:%s, registered with Telegram",
                 settings.webhook_listen, settings.webhook_port)

    async def serve(self) -> None:
        """Until cancelled (Runtime.stop), then stop listening and finish what is in hand."""
        try:
            await asyncio.get_running_loop().create_future()
        finally:
            await self.stop()

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _on_update(self, request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self._secret.encode()):
            log.warning("webhook: refused a request from %s (wrong or missing secret)",
                        request.remote)
            return web.Response(status=403)
        if (request.content_length or 0) > MAX_BODY:
            return web.Response(status=413)
        try:
            body = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413)
        update = _parse(body)
        if update is None:
            log.warning("webhook: refused a body that is not an update")
            return web.Response(status=400)
        try:
            await store_updates(self.deps, [update])
        except Exception as error:  # not stored: Telegram sends it again
            log.error("webhook: could not store update %s (%s); Telegram will retry",
                      update["update_id"], describe_failure(error))
            return web.Response(status=500)
        self.on_stored()
        return web.Response(status=200)
