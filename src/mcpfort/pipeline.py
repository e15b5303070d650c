"""The order guards run in, in one place (DESIGN.md: authenticate ▶ trust ▶ ratelimit ▶ authorize ▶ confirm ▶ privacy).

Authentication happens at the HTTP edge (a request without a valid token never becomes a call);
the rate limiter is built once per gateway process and shared by every session's pipeline, so
a user's budget is one budget however many sessions they open.
"""

from __future__ import annotations

import time
from typing import Callable

from mcpfort.guards.authorize import Authorize
from mcpfort.guards.confirm import Confirm
from mcpfort.policy.model import Policy
from mcpfort.types import Guard

__all__ = ["build_pipeline"]


def build_pipeline(policy: Policy, *, cwd: str, home: str | None, bases: tuple[str, ...] = (),
                   clock: Callable[[], float] = time.time, confirm_ttl: float = 300.0,
                   ratelimit: Guard | None = None, pins: Guard | None = None) -> list[Guard]:
    guards: list[Guard] = [ratelimit] if ratelimit is not None else []
    if pins is not None:  # before authorize: a rug-pulled tool is refused before anyone is asked to confirm it
        guards.append(pins)
    return guards + [
        Authorize(policy, cwd=cwd, home=home, bases=bases),
        Confirm(clock=clock, ttl=confirm_ttl),
    ]
