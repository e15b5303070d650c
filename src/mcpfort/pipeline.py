"""The order guards run in, in one place (DESIGN.md: authenticate ▶ trust ▶ ratelimit ▶ authorize ▶ confirm ▶ privacy).

The stdio gateway has no token to authenticate and one local user to rate-limit, so its
pipeline starts at authorize; the HTTP gateway adds the guards before it.
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
                   clock: Callable[[], float] = time.time, confirm_ttl: float = 300.0) -> list[Guard]:
    return [
        Authorize(policy, cwd=cwd, home=home, bases=bases),
        Confirm(clock=clock, ttl=confirm_ttl),
    ]
