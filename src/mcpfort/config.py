"""Where mcpfort finds its policy and keeps its audit trail.

Order for the policy: ``--policy``, ``$MCPFORT_POLICY``, ``./mcpfort.yaml``, the XDG config dir.
Order for the audit store: ``--audit``, ``$MCPFORT_AUDIT``, the policy's ``audit.store``, the
XDG data dir.  Every command resolves them through these two functions, so the gateway and
``mcpfort audit`` always agree.
"""

from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit

from mcpfort.errors import UsageError

__all__ = ["find_policy", "audit_path", "default_audit_path"]

POLICY_NAME = "mcpfort.yaml"


def _config_dir() -> str:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "mcpfort")


def _data_dir() -> str:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "mcpfort")


def find_policy(explicit: str | None, *, required: bool = True) -> str | None:
    """The policy file to use, or a ``UsageError`` saying where mcpfort looked."""
    if explicit:
        return explicit
    if os.environ.get("MCPFORT_POLICY"):
        return os.environ["MCPFORT_POLICY"]
    for candidate in (os.path.abspath(POLICY_NAME), os.path.join(_config_dir(), POLICY_NAME)):
        if os.path.isfile(candidate):
            return candidate
    if not required:
        return None
    raise UsageError(
        f"no policy file: pass --policy FILE, set MCPFORT_POLICY, or create ./{POLICY_NAME} "
        f"or {os.path.join(_config_dir(), POLICY_NAME)} (mcpfort init writes a starter)"
    )


def default_audit_path() -> str:
    return os.path.join(_data_dir(), "audit.db")


def _store_to_path(store: str, base_dir: str) -> str:
    if "://" not in store:
        return os.path.normpath(os.path.join(base_dir, os.path.expanduser(store)))
    parts = urlsplit(store)
    if parts.scheme in ("postgresql", "postgres"):
        return store  # a database URL (?schema=NAME picks the schema); pgstore parses the rest
    if parts.scheme == "jsonl":
        raise UsageError(f"audit store {store!r}: JSONL is an export format, not a store "
                         "(mcpfort audit export --format jsonl); use sqlite:///PATH or postgresql://HOST/DB")
    if parts.scheme != "sqlite":
        raise UsageError(f"audit store {store!r}: use a path, sqlite:///path/to/audit.db or postgresql://HOST/DB")
    # sqlite:///abs/path and sqlite://./relative both work
    path = unquote((parts.netloc or "") + parts.path)
    return os.path.normpath(os.path.join(base_dir, os.path.expanduser(path)))


def audit_path(explicit: str | None, policy_store: str | None = None, policy_dir: str = ".") -> str:
    """The audit store: a SQLite file path, or a ``postgresql://`` URL as given."""
    if explicit:
        path = _store_to_path(explicit, os.getcwd())
    elif os.environ.get("MCPFORT_AUDIT"):
        path = _store_to_path(os.environ["MCPFORT_AUDIT"], os.getcwd())
    elif policy_store:
        path = _store_to_path(policy_store, policy_dir)
    else:
        path = default_audit_path()
    return path
