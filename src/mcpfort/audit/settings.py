"""The policy's ``audit:`` section, parsed once into ``AuditSettings``.

```yaml
audit:
  store: sqlite:///var/lib/mcpfort/audit.db    # or a path, or postgresql://HOST/DB?schema=NAME
  encryption: {key_file: ./audit.key}            # or key_env: MCPFORT_AUDIT_KEY
  checkpoints: {every: 1000, seconds: 60, signing_key: ./audit-signing.key}
  rotation: 1d
  retention: 90d
  durability: strict                             # or batched (the default)
  replica: gw-1                                  # PostgreSQL: this gateway's own chain (default: host name)
```

``parse`` reports a bad value through the ``fail(path, expected)`` callback the policy loader
passes in, so errors carry the policy file's line.  Relative key paths are relative to the
policy file's folder, like the store.
"""

from __future__ import annotations

import os
import re
import socket
from dataclasses import dataclass
from typing import Any, Callable

__all__ = ["AuditSettings", "parse", "parse_age", "KEYS"]

KEYS = {"store", "encryption", "checkpoints", "rotation", "retention", "durability", "replica"}
_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_SCALE = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, None: 1}
_REPLICA = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def parse_age(value: Any) -> float:
    """``1d``, ``12h``, ``90d``, ``2w``, ``30s`` or a number of seconds."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return float(value)
    match = _AGE.match(value) if isinstance(value, str) else None
    if not match or float(match.group(1)) <= 0:
        raise ValueError("a duration such as 1d, 12h, 90d or 2w")
    return float(match.group(1)) * _SCALE[match.group(2)]


@dataclass(frozen=True)
class AuditSettings:
    """Everything the audit writer and ``mcpfort audit`` need; ``store`` is a path or a URL."""

    store: str | None = None
    key_file: str | None = None
    key_env: str | None = None
    checkpoint_every: int = 1000
    checkpoint_seconds: float | None = 60.0
    signing_key: str | None = None
    rotation: float | None = 86400.0
    retention: float | None = None
    # batched by default: strict costs about two fsyncs per call (measured ~1 ms) and is opt-in
    durability: str = "batched"
    replica: str | None = None

    @property
    def encrypted(self) -> bool:
        return bool(self.key_file or self.key_env)

    @property
    def chain(self) -> str:
        """This writer's chain in a shared (PostgreSQL) store."""
        return self.replica or socket.gethostname() or "main"


def parse(raw: Any, base_dir: str, fail: Callable[[tuple, str], Exception]) -> AuditSettings:
    """Validate the raw ``audit:`` mapping; raises what ``fail`` returns on the first bad value."""
    if raw is None:
        return AuditSettings()
    if not isinstance(raw, dict):
        raise fail(("audit",), "a mapping with store, encryption, checkpoints, rotation, retention, durability")
    for key in raw:
        if key not in KEYS:
            raise fail(("audit", key), f"one of {sorted(KEYS)}")

    def path(value: Any, where: tuple) -> str:
        if not isinstance(value, str) or not value.strip() or "\x00" in value:
            raise fail(where, "a file path")
        return os.path.normpath(os.path.join(base_dir, os.path.expanduser(value)))

    store = raw.get("store")
    if store is not None:
        if not isinstance(store, str) or not store.strip():
            raise fail(("audit", "store"), "a path, sqlite:///path/to/audit.db or postgresql://HOST/DB")
        scheme = store.split("://", 1)[0].lower() if "://" in store else "sqlite"
        if scheme not in ("sqlite", "postgresql", "postgres"):
            hint = " (jsonl is an export format: mcpfort audit export --format jsonl)" if scheme == "jsonl" else ""
            raise fail(("audit", "store"), f"sqlite:///PATH or postgresql://HOST/DB, not {scheme}://{hint}")

    key_file = key_env = None
    encryption = raw.get("encryption")
    if encryption is not None:
        if not isinstance(encryption, dict) or set(encryption) - {"key_file", "key_env"} or len(encryption) != 1:
            raise fail(("audit", "encryption"), "{key_file: PATH} or {key_env: VARIABLE} (one of them)")
        if "key_file" in encryption:
            key_file = path(encryption["key_file"], ("audit", "encryption", "key_file"))
        else:
            key_env = encryption["key_env"]
            if not isinstance(key_env, str) or not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", key_env):
                raise fail(("audit", "encryption", "key_env"), "the name of an environment variable")

    every, seconds, signing = 1000, 60.0, None
    checkpoints = raw.get("checkpoints")
    if checkpoints is not None:
        if not isinstance(checkpoints, dict) or set(checkpoints) - {"every", "seconds", "signing_key"}:
            raise fail(("audit", "checkpoints"), "a mapping with every, seconds and signing_key")
        every = checkpoints.get("every", every)
        if isinstance(every, bool) or not isinstance(every, int) or every < 1:
            raise fail(("audit", "checkpoints", "every"), "a whole number of events, at least 1")
        if "seconds" in checkpoints:
            try:
                seconds = parse_age(checkpoints["seconds"])
            except ValueError as exc:
                raise fail(("audit", "checkpoints", "seconds"), str(exc)) from None
        if "signing_key" not in checkpoints:
            raise fail(("audit", "checkpoints", "signing_key"), "the Ed25519 key file that signs checkpoints")
        signing = path(checkpoints["signing_key"], ("audit", "checkpoints", "signing_key"))

    ages: dict[str, float | None] = {}
    for key, default in (("rotation", 86400.0), ("retention", None)):
        value = raw.get(key, default)
        if value is None or value == "never" or value is False:
            ages[key] = None
            continue
        try:
            ages[key] = parse_age(value)
        except ValueError as exc:
            raise fail(("audit", key), f"{exc}, or never") from None
    if ages["retention"] is not None:
        if signing is None:
            raise fail(("audit", "retention"), "checkpoints.signing_key as well: dropping old segments leaves a "
                                              "signed anchor so the rest still verifies")
        if ages["rotation"] is None or ages["retention"] < ages["rotation"]:
            raise fail(("audit", "retention"), "a duration at least as long as rotation (whole segments are dropped)")

    durability = raw.get("durability", "batched")
    if durability not in ("strict", "batched"):
        raise fail(("audit", "durability"), "strict (nothing forwarded or answered before its events are on disk) "
                                            "or batched (at most one batch window lost on a crash)")
    replica = raw.get("replica")
    if replica is not None and (not isinstance(replica, str) or not _REPLICA.match(replica)):
        raise fail(("audit", "replica"), "a name of letters, digits and _ . : - (1-64 characters)")
    return AuditSettings(store=store, key_file=key_file, key_env=key_env, checkpoint_every=every,
                         checkpoint_seconds=seconds, signing_key=signing, rotation=ages["rotation"],
                         retention=ages["retention"], durability=durability, replica=replica)
