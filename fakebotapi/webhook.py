"""Webhook delivery, as Telegram does it: while a webhook is set (setWebhook), each queued
update is POSTed as JSON to its URL with the secret in `X-Telegram-Bot-Api-Secret-Token`,
oldest first, one at a time; a 2xx answer confirms it (it leaves the queue), anything else
(or no answer) means it is sent again after a pause. `getUpdates` answers 409 meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
from dataclasses import dataclass
from typing import Any

import aiohttp

from fakebotapi.state import TelegramState

__all__ = ["SECRET_HEADER", "Delivery", "WebhookDelivery"]

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass(frozen=True)
class Delivery:
    """One POST to the webhook: the update sent and the HTTP status (0: no answer)."""

    update: dict[str, Any]
    status: int


class WebhookDelivery:
    def __init__(self, state: TelegramState, retry_pause: float = 0.1) -> None:
        """`retry_pause`: seconds before an update that was not confirmed is sent again
        (Telegram waits longer; tests keep it short)."""
        self.state = state
        self.retry_pause = retry_pause
        self.deliveries: list[Delivery] = []
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    def start(self) -> None:
        if self._task is not None:
            return
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        self._task = asyncio.create_task(self._run(), name="fake webhook delivery")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def post(
        self,
        body: dict[str, Any] | bytes,
        secret: str | None = None,
        method: str = "POST",
    ) -> int:
        """Send `body` (an update, or raw bytes) to the webhook as Telegram would, with
        `secret` in the header (default: the one set; "" sends no header). The status."""
        if self._session is None or not self.state.webhook_url:
            raise RuntimeError("no webhook is set (or the fake is not running)")
        secret = self.state.webhook_secret if secret is None else secret
        headers = {"Content-Type": "application/json"}
        if secret:
            headers[SECRET_HEADER] = secret
        data = io.BytesIO(body if isinstance(body, bytes) else json.dumps(body).encode())
        try:
            async with self._session.request(
                method, self.state.webhook_url, data=data, headers=headers
            ) as response:
                await response.read()
                return response.status
        except (aiohttp.ClientError, TimeoutError):
            return 0

    async def _run(self) -> None:
        state = self.state
        while not state.closed:
            if not state.webhook_url or not state.updates:
                await state.wait_change(1.0)
                continue
            update = state.updates[0]
            status = await self.post(update)
            self.deliveries.append(Delivery(update, status))
            if 200 <= status < 300:
                if state.updates and state.updates[0] is update:
                    state.updates.popleft()
                    state.confirmed_offset = max(state.confirmed_offset, update["update_id"] + 1)
                state.notify()
            else:
                state.notify()
                await asyncio.sleep(self.retry_pause)  # Telegram's back-off, shortened
