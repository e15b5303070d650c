"""The ratelimit guard: per-user and per-user-per-tool budgets over a sliding (moving) window.

Runs before authorize, for tool calls, resource reads and prompts.  The windows live in the
``limits`` storage the policy names: memory for one gateway, Redis so several replicas behind
a load balancer share one budget.  A refusal says when to retry; the HTTP gateway turns it into
429 with ``Retry-After``.
"""

from __future__ import annotations

import math
import time
from typing import Any, Callable

from mcpfort.types import Call, Denied, Message, Session

__all__ = ["RateLimit"]

RATE_LIMITED = -32005  # implementation-defined, inside -32000..-32019


class RateLimit:
    name = "ratelimit"

    def __init__(self, *, per_user: str | None, per_tool: dict[str, str], storage: str = "memory://",
                 clock: Callable[[], float] = time.time) -> None:
        from limits import parse
        from limits.storage import storage_from_string
        from limits.aio.strategies import MovingWindowRateLimiter

        uri = storage if storage.startswith("async+") else "async+" + storage
        options = {"implementation": "redispy"} if "redis" in uri.split("://", 1)[0] else {}
        self._storage = storage_from_string(uri, **options)
        self._limiter = MovingWindowRateLimiter(self._storage)
        self._per_user = parse(per_user) if per_user else None
        self._per_tool = {tool: parse(spec) for tool, spec in per_tool.items()}
        self._specs = {"per_user": per_user, **{f"per_tool.{t}": s for t, s in per_tool.items()}}
        self._clock = clock

    async def request(self, session: Session, call: Call) -> None:
        if call.kind is None:
            return
        user = session.identity.user
        checks: list[tuple[Any, tuple[str, ...], str]] = []
        if self._per_user is not None:
            checks.append((self._per_user, ("user", user), "per_user"))
        if call.kind == "tool" and isinstance(call.name, str) and call.name in self._per_tool:
            checks.append((self._per_tool[call.name], ("tool", user, call.name), f"per_tool.{call.name}"))
        for item, keys, key_name in checks:
            if not await self._limiter.hit(item, "mcpfort", *keys):
                stats = await self._limiter.get_window_stats(item, "mcpfort", *keys)
                retry = max(1, math.ceil(stats.reset_time - self._clock()))
                raise Denied("rate-limited",
                             f"mcpfort refused {call.method} {call.name!r}: rate limit {self._specs[key_name]} "
                             f"(ratelimit.{key_name}) reached for {user}; retry in {retry}s",
                             rpc_code=RATE_LIMITED, data={"retryAfter": retry, "limit": self._specs[key_name]})

    async def response(self, session: Session, call: Call, reply: Message) -> None:
        return None
