"""What a sandbox must allow, as the launcher receives it: no policy decisions, just the spec.

The policy loader builds one per server from ``servers.NAME.sandbox`` (or the secure default
when the section is absent) and the launcher turns it into namespaces, mounts and filters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Limits", "SandboxSpec", "parse_size", "parse_duration", "parse_cpu", "DEFAULT_LIMITS"]

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "kib": 1024, "ki": 1024, "m": 1000**2, "mb": 1000**2,
          "mib": 1024**2, "mi": 1024**2, "g": 1000**3, "gb": 1000**3, "gib": 1024**3, "gi": 1024**3,
          "t": 1000**4, "tb": 1000**4, "tib": 1024**4, "ti": 1024**4}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$", re.IGNORECASE)


def parse_size(value: object) -> int:
    """``512MB``, ``1GiB``, ``1.5G`` or a number of bytes."""
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = _SIZE.match(str(value)) if isinstance(value, str) else None
    if not match or (match.group(2) or "").lower() not in _UNITS:
        raise ValueError("a size such as 512MB, 1GiB or a number of bytes")
    return int(float(match.group(1)) * _UNITS[(match.group(2) or "").lower()])


def parse_duration(value: object) -> float:
    """``30s``, ``500ms``, ``2m``, ``1h`` or a number of seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value)
    match = _DURATION.match(value) if isinstance(value, str) else None
    if not match or float(match.group(1)) <= 0:
        raise ValueError("a duration such as 30s, 500ms or 2m")
    scale = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, None: 1}[(match.group(2) or "").lower() or None]
    return float(match.group(1)) * scale


def parse_cpu(value: object) -> float:
    """``50%`` of one CPU, or a number of CPUs (``1.5``)."""
    if isinstance(value, str) and value.strip().endswith("%"):
        share = float(value.strip()[:-1]) / 100
    elif isinstance(value, (int, float, str)) and not isinstance(value, bool):
        share = float(value)
    else:
        raise ValueError("a CPU share such as 50% or 1.5")
    if not 0.01 <= share <= 256:
        raise ValueError("a CPU share between 1% and 256 CPUs")
    return share


@dataclass(frozen=True, slots=True)
class Limits:
    memory: int = 2 * 1024**3
    cpu: float | None = None
    pids: int = 256
    timeout: float = 300.0
    disk: int = 512 * 1024**2
    nofile: int = 4096


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class SandboxSpec:
    """Deny by default: only ``read``/``write`` folders, ``allow`` hosts and listed variables pass."""

    read: tuple[str, ...] = ()
    write: tuple[str, ...] = ()
    allow_hosts: tuple[str, ...] = ()
    env_pass: tuple[str, ...] = ()
    env_set: dict[str, str] = field(default_factory=dict)
    limits: Limits = DEFAULT_LIMITS
    require: str = "strict"  # or "best-effort"
    unsafe_no_sandbox: bool = False
    from_policy: bool = True  # False: the policy had no sandbox section, this is the secure default
