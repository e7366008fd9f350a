"""The sandbox page and its JSON/SSE endpoints, on the fake Bot API's own aiohttp app."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from importlib import resources
from typing import TYPE_CHECKING, Any

from aiohttp import web

from fakebotapi import Conversation, FakeUser
from sandbox.clock import STEPS
from sandbox.views import chat_view

if TYPE_CHECKING:
    from sandbox.app import Sandbox

__all__ = ["install"]

_STATIC = {"sandbox.js": "text/javascript", "render.js": "text/javascript",
           "sandbox.css": "text/css"}
# Nothing from elsewhere: no CDN, no web fonts, no beacons (enforced by the browser).
_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
        "media-src 'self' blob:; connect-src 'self'; form-action 'none'; base-uri 'none'")
_KEEPALIVE = 15.0
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def install(app: web.Application, sandbox: Sandbox) -> None:
    routes = _Routes(sandbox)
    app.middlewares.append(_guard)
    app.router.add_get("/", routes.redirect)
    app.router.add_get("/favicon.ico", routes.no_icon)
    app.router.add_get("/sandbox/", routes.page)
    app.router.add_get("/sandbox/static/{name}", routes.static)
    app.router.add_get("/sandbox/api/state", routes.state)
    app.router.add_get("/sandbox/api/chats/{chat_id}", routes.chat)
    app.router.add_get("/sandbox/api/chats/{chat_id}/commands", routes.commands)
    app.router.add_post("/sandbox/api/chats/{chat_id}/{action}", routes.act)
    app.router.add_post("/sandbox/api/users", routes.new_user)
    app.router.add_post("/sandbox/api/clock", routes.advance_clock)
    app.router.add_get("/sandbox/media/{file_id}", routes.media)
    app.router.add_get("/sandbox/events", routes.events)


@web.middleware
async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Only this machine's pages may drive the sandbox: a loopback Host (no DNS rebinding),
    and actions need a header that other sites' forms cannot send."""
    if request.path.startswith("/sandbox") or request.path == "/":
        host = (request.host or "").rsplit(":", 1)[0].strip("[]")
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise web.HTTPForbidden(text="the sandbox answers on 127.0.0.1 only")
        if request.method == "POST" and request.headers.get("X-Sandbox") != "1":
            raise web.HTTPForbidden(text="missing X-Sandbox header")
    return await handler(request)


def _location(form: Any) -> tuple[float, float]:
    try:
        latitude, longitude = float(form["latitude"]), float(form["longitude"])
    except (KeyError, ValueError):
        raise web.HTTPBadRequest(text="latitude and longitude are numbers") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise web.HTTPBadRequest(text="latitude is -90..90, longitude -180..180")
    return latitude, longitude


def _int(value: object, name: str) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise web.HTTPBadRequest(text=f"{name} must be a number") from None


class _Routes:
    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox

    async def redirect(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("/sandbox/")

    async def no_icon(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    async def page(self, request: web.Request) -> web.Response:
        html = resources.files("sandbox").joinpath("static/index.html").read_text("utf-8")
        return web.Response(text=html, content_type="text/html",
                            headers={"Content-Security-Policy": _CSP, "Cache-Control": "no-store"})

    async def static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in _STATIC:
            raise web.HTTPNotFound()
        body = resources.files("sandbox").joinpath(f"static/{name}").read_text("utf-8")
        return web.Response(text=body, content_type=_STATIC[name],
                            headers={"Cache-Control": "no-store"})

    async def state(self, request: web.Request) -> web.Response:
        sandbox = self.sandbox
        upcoming = await sandbox.next_due()
        return web.json_response({
            "now": sandbox.clock.now().isoformat(),
            "next": upcoming.view() if upcoming else None,
            "bot_username": sandbox.api.bot_user["username"],
            "people": await sandbox.people(),
            "team": {"chat_id": sandbox.team.chat_id, "title": sandbox.team.title},
        })

    def _chat_id(self, request: web.Request) -> int:
        chat_id = _int(request.match_info["chat_id"], "chat id")
        if chat_id not in self.sandbox.api.state.chats:
            raise web.HTTPNotFound(text="no such chat")
        return chat_id

    async def chat(self, request: web.Request) -> web.Response:
        chat = self.sandbox.api.state.chats[self._chat_id(request)]
        return web.json_response(chat_view(chat, self.sandbox.api.state, self.sandbox.seen_at))

    async def commands(self, request: web.Request) -> web.Response:
        chat_id = self._chat_id(request)
        api = self.sandbox.api
        found = api.commands_for({"type": "chat", "chat_id": chat_id})
        return web.json_response(found or api.commands_for() or [])

    async def new_user(self, request: web.Request) -> web.Response:
        form = await request.post()
        name = str(form.get("name") or "").strip()[:40] or None
        user = self.sandbox.new_user(name, str(form.get("language") or "en")[:8])
        return web.json_response({"user_id": user.id, "name": user.first_name})

    async def advance_clock(self, request: web.Request) -> web.Response:
        form = await request.post()
        step = STEPS.get(str(form.get("step")))
        if step is None:
            raise web.HTTPBadRequest(text=f"step must be one of {', '.join(STEPS)}")
        happened = await self.sandbox.jump(step)
        upcoming = await self.sandbox.next_due()
        return web.json_response({"now": self.sandbox.clock.now().isoformat(),
                                  "happened": [due.view() for due in happened],
                                  "next": upcoming.view() if upcoming else None})

    async def media(self, request: web.Request) -> web.Response:
        record = self.sandbox.api.state.files.get(request.match_info["file_id"])
        if record is None:
            raise web.HTTPNotFound()
        return web.Response(body=record.data,
                            content_type=record.mime_type or "application/octet-stream")

    async def act(self, request: web.Request) -> web.Response:
        chat_id = self._chat_id(request)
        form = await request.post()
        sender = self.sandbox.users.get(_int(form.get("user"), "user"))
        if sender is None:
            raise web.HTTPBadRequest(text="unknown user")
        if chat_id > 0 and sender.id != chat_id:
            raise web.HTTPBadRequest(text="a private chat is driven by its own user")
        try:
            result = await self._act(request.match_info["action"], chat_id, sender, form)
        except AssertionError as error:  # the fake's way to say "no such button/message"
            raise web.HTTPBadRequest(text=str(error).splitlines()[0]) from None
        return web.json_response({"ok": True, "id": result})

    async def _act(self, action: str, chat_id: int, sender: FakeUser, form: Any) -> object:
        team = self.sandbox.team
        in_group = chat_id == team.chat_id
        if chat_id < 0 and not in_group:
            raise web.HTTPNotFound(text="no such group")
        if action in ("text", "tap", "press") and not str(form.get("text") or "").strip():
            raise web.HTTPBadRequest(text="text is empty")
        text = str(form.get("text") or "")
        if action == "press":
            return await self._press(chat_id, sender, text, form)
        if action == "text":
            reply_to = form.get("reply_to")
            if reply_to:
                target = _int(reply_to, "reply_to")
                return await (team.reply_to(sender, target, text) if in_group
                              else sender.reply_to(target, text))
            return await (team.send(sender, text) if in_group else sender.send(text))
        if action == "tap":
            conversation: Conversation = team if in_group else sender
            message_id = _int(form.get("message_id"), "message_id")
            message = conversation.chat.bot_messages.get(message_id)
            if message is None:
                raise web.HTTPBadRequest(text="that message is gone")
            return await (team.tap(sender, text, message) if in_group
                          else sender.tap(text, message))
        if in_group:
            raise web.HTTPBadRequest(text="in the team chat: text and buttons only")
        return await self._send_private(action, sender, form)

    async def _press(self, chat_id: int, sender: FakeUser, text: str, form: Any) -> object:
        """A reply-keyboard button, as a Telegram app sends it: its text, or for a
        request_location button the location chosen, for request_contact one's own contact."""
        team = self.sandbox.team
        if chat_id == team.chat_id:
            button = team.keyboard_button(text)
            if button is None or button.request:
                raise web.HTTPBadRequest(text=f"no keyboard button {text!r} to press here")
            return await team.send(sender, text)
        button = sender.keyboard_button(text)
        if button is None:
            raise web.HTTPBadRequest(text=f"no keyboard button {text!r} to press here")
        spot = _location(form) if button.request == "location" else None
        return await sender.press(text, location=spot)

    async def _send_private(self, action: str, sender: FakeUser, form: Any) -> object:
        if action == "location":
            return await sender.send_location(*_location(form))
        upload = form.get("file")
        if action not in ("photo", "voice") or not isinstance(upload, web.FileField):
            raise web.HTTPBadRequest(
                text="send text, tap, press, location, photo or voice (a file)")
        data = upload.file.read()
        mime = upload.content_type or "application/octet-stream"
        if action == "photo":
            caption = str(form.get("caption") or "") or None
            return await sender.send_photo(data, caption=caption, mime_type=mime)
        try:
            duration = max(1, round(float(str(form.get("duration") or 1))))
        except ValueError:
            raise web.HTTPBadRequest(text="duration is a number of seconds") from None
        return await sender.send_voice(data, duration=duration, mime_type=mime)

    async def events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: every message, edit and deletion as it happens."""
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream",
                                               "Cache-Control": "no-store"})
        await response.prepare(request)
        queue = self.sandbox.listen()
        try:
            await response.write(b"retry: 1000\n\n")
            while True:
                try:
                    item = await asyncio.wait_for(queue.get(), _KEEPALIVE)
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
                    continue
                if item is None:
                    break
                payload = json.dumps(item, ensure_ascii=False)
                await response.write(f"data: {payload}\n\n".encode())
        except ConnectionResetError:
            pass
        finally:
            self.sandbox.unlisten(queue)
        with contextlib.suppress(ConnectionResetError):
            await response.write_eof()
        return response
