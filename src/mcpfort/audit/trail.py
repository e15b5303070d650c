"""``Trail``: what ``mcpfort audit …`` (and the HTTP auditor endpoint) needs to read a log.

The store comes from ``--audit``, ``$MCPFORT_AUDIT``, the policy's ``audit.store`` or the XDG
data dir (``config.audit_path``), the keys from the policy's ``audit:`` section unless given on
the command line.  A reader without the key ring still verifies and queries: sealed fields read
``***encrypted***``.  Reading entries is itself recorded (``audit.queried``) through ``note``.
"""

from __future__ import annotations

import dataclasses
import getpass
import os
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from mcpfort.audit.keys import KeyRing, load_public_keys, load_ring
from mcpfort.audit.settings import AuditSettings
from mcpfort.errors import AuditError

__all__ = ["Trail"]


@dataclass
class Trail:
    target: str
    settings: AuditSettings = field(default_factory=AuditSettings)
    public_keys: list[str] = field(default_factory=list)
    actor: str = field(default_factory=getpass.getuser)

    @classmethod
    def find(cls, audit: str | None, policy_file: str | None, *, key_file: str | None = None,
             public_keys: list[str] | None = None) -> "Trail":
        """The store and keys as the gateway finds them, with ``--audit`` / ``--key-file`` on top."""
        from mcpfort import config
        from mcpfort.audit.settings import parse

        settings, store, base_dir = AuditSettings(), None, "."
        # An explicit --policy is always read (for its keys); a discovered one only when the store
        # is not given otherwise, so --audit works beside an unrelated or invalid ./mcpfort.yaml.
        explicit_store = audit or os.environ.get("MCPFORT_AUDIT")
        policy_file = policy_file or (None if explicit_store else config.find_policy(None, required=False))
        if policy_file:
            from mcpfort.errors import PolicyError
            from mcpfort.policy.loader import load_policy

            policy = load_policy(policy_file)
            base_dir = policy.base_dir

            def fail(path: tuple, expected: str) -> Exception:
                return PolicyError(policy_file, None, ".".join(map(str, path)), expected)

            settings = parse(policy.audit or None, base_dir, fail)
            store = settings.store
        if key_file:
            settings = dataclasses.replace(settings, key_file=os.path.abspath(key_file), key_env=None)
        return cls(config.audit_path(audit, store, base_dir), settings, public_keys=list(public_keys or []))

    def open(self, write: bool = False) -> Any:
        from mcpfort.audit.store import open_store

        return open_store(self.target, write=write, durability="strict")

    def ring(self, required: bool = False) -> KeyRing | None:
        """The key ring, or None when none is configured or its file is absent (unless required)."""
        s = self.settings
        if not s.encrypted:
            if required:
                raise AuditError("no encryption key configured: set audit.encryption in the policy or pass --key-file")
            return None
        if s.key_file and not os.path.exists(s.key_file) and not required:
            return None
        if s.key_env and not os.environ.get(s.key_env) and not required:
            return None
        return load_ring(s.key_file, s.key_env)

    def trusted(self) -> dict[str, Ed25519PublicKey]:
        """Checkpoint signers to trust: ``--public-key`` files, else the policy's signing key (its .pub)."""
        paths = list(self.public_keys)
        signing = self.settings.signing_key
        if not paths and signing:
            if os.path.exists(signing + ".pub"):
                paths.append(signing + ".pub")
            elif os.path.exists(signing):
                paths.append(signing)
        return load_public_keys(paths)

    def note(self, action: str, count: int, *, record_as: str = "audit.queried", **details: Any) -> None:
        """Record that entries were read: who, what, how many (fail closed: raises if it cannot)."""
        from mcpfort.audit.log import AuditLog

        s = self.settings
        usable = dataclasses.replace(
            s, key_file=s.key_file if s.key_file and os.path.exists(s.key_file) else None,
            key_env=s.key_env if s.key_env and os.environ.get(s.key_env) else None,
            signing_key=s.signing_key if s.signing_key and os.path.exists(s.signing_key) else None,
            rotation=None, retention=None, durability="strict")
        try:
            log = AuditLog(self.target, settings=usable, create_keys=False)
            log.record({"event": record_as, "user": self.actor, "action": action, "count": count,
                        "filters": {k: v for k, v in details.items() if v is not None}})
            log.close()
        except AuditError as exc:
            raise AuditError(f"cannot record this read in the audit log, so it is refused ({exc})") from exc
