"""The client side of a gateway whose client speaks Streamable HTTP.

The HTTP app hands each POSTed message to ``submit``; the gateway reads them with ``receive``
as from any transport.  What the gateway sends back is routed: a response goes to the POST
that waits for its id; a notification or a server-to-client request goes to the newest open
POST stream, else to the GET stream, else to a short backlog the next stream drains first.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

import orjson

__all__ = ["HttpClientTransport", "Waiter"]

_BACKLOG = 1000


class Waiter:
    """What one POSTed request receives: related messages (when streaming), then its response.

    ``related`` holds the progress token and subscription id its notifications carry.
    """

    def __init__(self, stream: bool, related: frozenset[Any] = frozenset()) -> None:
        self.stream = stream
        self.related = related
        self.queue: asyncio.Queue[tuple[bytes, bool]] = asyncio.Queue()


class HttpClientTransport:
    """``shared``: one gateway serves many stateless (2026-07-28) requests; a message that belongs
    to no open request is then dropped, never handed to somebody else's stream."""

    def __init__(self, *, shared: bool = False) -> None:
        self.shared = shared
        self._inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._waiters: dict[Any, Waiter] = {}
        self._get: asyncio.Queue[bytes] | None = None
        self._backlog: deque[bytes] = deque(maxlen=_BACKLOG)

    # -- the HTTP side -------------------------------------------------------------------
    def submit(self, data: bytes) -> None:
        self._inbox.put_nowait(data)

    def expect(self, rid: Any, *, stream: bool, related: frozenset[Any] = frozenset()) -> Waiter:
        waiter = Waiter(stream, related)
        self._waiters[rid] = waiter
        if stream and not self.shared:
            while self._backlog:
                waiter.queue.put_nowait((self._backlog.popleft(), False))
        return waiter

    def forget(self, rid: Any) -> None:
        self._waiters.pop(rid, None)

    def open_get_stream(self) -> asyncio.Queue[bytes]:
        self._get = asyncio.Queue()
        while self._backlog:
            self._get.put_nowait(self._backlog.popleft())
        return self._get

    def close_get_stream(self, queue: asyncio.Queue[bytes]) -> None:
        if self._get is queue:
            self._get = None

    def close(self) -> None:
        self._inbox.put_nowait(None)

    # -- the gateway side ----------------------------------------------------------------
    async def receive(self) -> bytes | None:
        return await self._inbox.get()

    async def send(self, data: bytes) -> None:
        msg = orjson.loads(data)
        if "method" not in msg and "id" in msg:
            waiter = self._waiters.pop(msg["id"], None)
            if waiter is not None:
                waiter.queue.put_nowait((data, True))
                return
        params = msg.get("params") if isinstance(msg.get("params"), dict) else {}
        meta = params.get("_meta") if isinstance(params.get("_meta"), dict) else {}
        keys = {k for k in (params.get("progressToken"), meta.get("progressToken"),
                            meta.get("io.modelcontextprotocol/subscriptionId")) if isinstance(k, (str, int))}
        owner = next((w for w in self._waiters.values() if w.stream and w.related & keys), None)
        if owner is not None:
            owner.queue.put_nowait((data, False))
            return
        if self.shared:
            return  # stateless callers get only what belongs to their own request
        streaming = [w for w in self._waiters.values() if w.stream]
        if streaming:
            streaming[-1].queue.put_nowait((data, False))
        elif self._get is not None:
            self._get.put_nowait(data)
        else:
            self._backlog.append(data)

    async def aclose(self) -> None:
        self.close()
