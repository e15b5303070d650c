"""One upstream server process shared by many HTTP sessions (``gateway.sessions: shared``).

Each session's gateway gets a ``SessionLink`` that looks like its own upstream.  Request ids are
prefixed per link on the way up and restored on the way down, so one session's answer can never
reach another; the server's handshake is done once and its answer replayed to later sessions;
progress goes to the session whose request carries the token, list changes go to everyone, and
a server-initiated request goes to the session with the newest call in flight.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import orjson

__all__ = ["SharedUpstream", "SessionLink"]

_SEP = "~"


class SharedUpstream:
    def __init__(self, upstream: Any) -> None:
        self.upstream = upstream
        self.links: dict[str, SessionLink] = {}
        self._ids = itertools.count(1)
        self._started = False
        self._lock = asyncio.Lock()
        self._reader: asyncio.Task[None] | None = None
        self._init_result: dict[str, Any] | None = None
        self._init_waiters: list[asyncio.Future[dict[str, Any]]] = []
        self._initialized_sent = False
        self._progress: dict[Any, str] = {}

    def attach(self) -> "SessionLink":
        link = SessionLink(self, f"s{next(self._ids)}")
        self.links[link.key] = link
        return link

    async def ensure_started(self) -> None:
        async with self._lock:
            if self._started and self._reader is not None and not self._reader.done():
                return
            await self.upstream.start()
            self._started = True
            self._init_result, self._initialized_sent = None, False
            self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        while (line := await self.upstream.receive()) is not None:
            try:
                msg = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if not isinstance(msg, dict):
                continue
            rid = msg.get("id")
            if "method" not in msg and isinstance(rid, str) and _SEP in rid:
                key, _, original = rid.partition(_SEP)
                msg["id"] = orjson.loads(original)
                if key == "init":
                    self._handshake_done(msg)
                    continue
                if (link := self.links.get(key)) is not None:
                    link.deliver(orjson.dumps(msg))
                continue
            params = msg.get("params") if isinstance(msg.get("params"), dict) else {}
            token = params.get("progressToken")
            owner = self._progress.get(token) if isinstance(token, (str, int)) else None
            if owner in self.links:
                self.links[owner].deliver(line)
            elif "method" in msg and "id" in msg:
                busy = [link for link in self.links.values() if link.pending]
                target = busy[-1] if busy else next(iter(self.links.values()), None)
                if target is not None:
                    target.deliver(line)
            else:
                for link in list(self.links.values()):
                    link.deliver(line)
        for link in list(self.links.values()):
            link.deliver(None)

    def _handshake_done(self, reply: dict[str, Any]) -> None:
        self._init_result = reply
        for fut in self._init_waiters:
            if not fut.done():
                fut.set_result(reply)
        self._init_waiters.clear()

    async def send_from(self, link: "SessionLink", data: bytes) -> None:
        msg = orjson.loads(data)
        method, rid = msg.get("method"), msg.get("id")
        if method == "initialize" and rid is not None:
            await self._initialize(link, msg)
            return
        if method == "notifications/initialized":
            if self._initialized_sent:
                return
            self._initialized_sent = True
        if method is not None and rid is not None:
            meta = msg.get("params", {}).get("_meta") if isinstance(msg.get("params"), dict) else None
            if isinstance(meta, dict) and isinstance(meta.get("progressToken"), (str, int)):
                self._progress[meta["progressToken"]] = link.key
            link.pending.add(orjson.dumps(rid))
            msg["id"] = f"{link.key}{_SEP}{orjson.dumps(rid).decode()}"
            data = orjson.dumps(msg)
        elif method == "notifications/cancelled" and isinstance(msg.get("params"), dict):
            request = msg["params"].get("requestId")
            msg["params"]["requestId"] = f"{link.key}{_SEP}{orjson.dumps(request).decode()}"
            data = orjson.dumps(msg)
        await self.upstream.send(data)

    async def _initialize(self, link: "SessionLink", msg: dict[str, Any]) -> None:
        if self._init_result is None:
            fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
            first = not self._init_waiters
            self._init_waiters.append(fut)
            if first:
                await self.upstream.send(orjson.dumps({**msg, "id": f"init{_SEP}{orjson.dumps(msg['id']).decode()}"}))
            reply = await fut
        else:
            reply = self._init_result
        link.deliver(orjson.dumps({**reply, "id": msg["id"]}))

    async def detach(self, link: "SessionLink") -> None:
        self.links.pop(link.key, None)

    async def aclose(self) -> int | None:
        if self._reader is not None:
            self._reader.cancel()
        return await self.upstream.aclose()


class SessionLink:
    """What one session's gateway sees as its upstream."""

    def __init__(self, shared: SharedUpstream, key: str) -> None:
        self.shared = shared
        self.key = key
        self.pending: set[bytes] = set()
        self._inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.command = getattr(shared.upstream, "command", [])
        self.server_cwd = getattr(shared.upstream, "server_cwd", None)

    @property
    def pid(self) -> int | None:
        return getattr(self.shared.upstream, "pid", None)

    @property
    def enforced(self) -> list[str]:
        return getattr(self.shared.upstream, "enforced", [])

    @property
    def degraded(self) -> dict[str, str]:
        return getattr(self.shared.upstream, "degraded", {})

    def deliver(self, data: bytes | None) -> None:
        if data is not None:
            try:
                rid = orjson.loads(data).get("id")
                self.pending.discard(orjson.dumps(rid))
            except (orjson.JSONDecodeError, AttributeError):
                pass
        self._inbox.put_nowait(data)

    async def start(self) -> None:
        self._inbox = asyncio.Queue()
        self.shared.links[self.key] = self  # again, after a restart
        await self.shared.ensure_started()

    async def receive(self) -> bytes | None:
        return await self._inbox.get()

    async def send(self, data: bytes) -> None:
        await self.shared.send_from(self, data)

    def diagnose(self) -> str | None:
        diagnose = getattr(self.shared.upstream, "diagnose", None)
        return diagnose() if diagnose else None

    def kill(self) -> None:
        kill = getattr(self.shared.upstream, "kill", None)
        if kill is not None:
            kill()

    async def aclose(self) -> int | None:
        await self.shared.detach(self)
        return None
