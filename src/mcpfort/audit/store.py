"""The audit file: one SQLite database, one hash chain, shared by every gateway process.

Each row keeps the event twice: ``body`` is the canonical JSON of the whole (masked) event with
its ``seq``, and a few columns copy fields out of it so queries can use indexes.  The chain is
``hash = sha256(bytes.fromhex(prev_hash) + body)``, starting from ``GENESIS``; verify also checks
that the columns equal the body, so an edited column cannot steer a query.

Several ``mcpfort run`` processes append to the same file (a desktop client starts one per
server).  ``append`` takes the write lock first (``BEGIN IMMEDIATE``), then reads the last seq
and hash, so the chain stays single and gapless whoever writes.

Durability is "batched": WAL with ``synchronous=NORMAL``.  A committed batch survives the
gateway crashing, but a power loss or kernel crash can lose the batches committed since the
last WAL checkpoint (at most about 1000 pages of log, usually seconds of activity); events still
queued in a gateway that is killed with SIGKILL (at most one batch window, about 20 ms, plus a
batch being written) are lost too.  The chain of what remains still verifies.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import time
from typing import Any, Iterable
from urllib.parse import quote

import orjson

from mcpfort.errors import AuditError

__all__ = ["FORMAT_VERSION", "GENESIS", "COLUMNS", "open_writer", "open_reader", "append", "canonical",
           "columns", "chain_hash", "is_hash"]

FORMAT_VERSION = 1
GENESIS = hashlib.sha256(b"mcpfort-audit-v1").hexdigest()
# Copied out of the body for indexed lookups; verify checks each against the body.
COLUMNS = ("ts", "event", "trace_id", "session_id", "user", "context", "server", "tool", "decision")
BUSY_TIMEOUT_MS = 5000

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    seq INTEGER PRIMARY KEY, ts REAL, event TEXT, trace_id TEXT, session_id TEXT, "user" TEXT,
    context TEXT, server TEXT, tool TEXT, decision TEXT, body BLOB NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entries_ts ON entries (ts);
CREATE INDEX IF NOT EXISTS entries_user ON entries ("user");
CREATE INDEX IF NOT EXISTS entries_event ON entries (event);
CREATE INDEX IF NOT EXISTS entries_tool ON entries (tool);
CREATE INDEX IF NOT EXISTS entries_server ON entries (server);
CREATE INDEX IF NOT EXISTS entries_trace ON entries (trace_id);
INSERT OR IGNORE INTO meta (key, value) VALUES ('format_version', '{FORMAT_VERSION}');
"""
COLUMN_LIST = ", ".join(f'"{c}"' for c in COLUMNS)  # quoted: "user" is an SQL keyword elsewhere
_INSERT = (f"INSERT INTO entries (seq, {COLUMN_LIST}, body, prev_hash, hash) "
           f"VALUES ({', '.join('?' * (len(COLUMNS) + 4))})")


def canonical(event: dict[str, Any]) -> bytes:
    """The bytes that are hashed: sorted keys, no whitespace, UTF-8."""
    return orjson.dumps(event, option=orjson.OPT_SORT_KEYS)


def chain_hash(prev_hash: str, body: bytes) -> str:
    return hashlib.sha256(bytes.fromhex(prev_hash) + body).hexdigest()


def is_hash(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _column(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name == "ts":
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    return value if isinstance(value, str) else orjson.dumps(value).decode()


def columns(event: dict[str, Any]) -> tuple[Any, ...]:
    """The indexed column values for an event, in ``COLUMNS`` order; verify recomputes them."""
    return tuple(_column(name, event.get(name)) for name in COLUMNS)


def _connect(uri: str, path: str) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error as exc:
        raise AuditError(f"cannot open the audit log {path}: {exc}") from exc
    return conn


def _uri(path: str, mode: str) -> str:
    # "//x" is a valid POSIX path but would read as a URI authority
    absolute = "/" + os.path.abspath(path).lstrip("/")
    return f"file:{quote(absolute)}?mode={mode}"


def open_writer(path: str) -> sqlite3.Connection:
    """Open (creating if needed: folder 0700, file 0600) the audit file for appending."""
    try:
        parent = os.path.dirname(os.path.abspath(path))
        os.makedirs(parent, mode=0o700, exist_ok=True)
        # Created here rather than by SQLite so it never exists with the umask's permissions;
        # SQLite gives the -wal and -shm files the same mode.
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    except OSError as exc:
        raise AuditError(f"cannot create the audit log {path}: {exc.strerror or exc}") from exc
    conn = _connect(_uri(path, "rw"), path)
    try:
        _prepare(conn)
        _check_format(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise AuditError(f"cannot use {path} as an audit log: {exc}") from exc
    except AuditError:
        conn.close()
        raise
    return conn


def _prepare(conn: sqlite3.Connection) -> None:
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.executescript("BEGIN IMMEDIATE;" + _SCHEMA + "COMMIT;")
            return
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # Two processes turning a new file into WAL at once can deadlock on its lock;
            # SQLite then answers "locked" at once instead of waiting, so wait here.
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.005, 0.05))


def open_reader(path: str) -> sqlite3.Connection:
    """Open an existing audit file for reading; never creates one."""
    if not os.path.exists(path):
        raise AuditError(f"no audit log at {path} (the gateway creates it on first use)")
    try:
        conn = _connect(_uri(path, "rw"), path)
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except (AuditError, sqlite3.Error):
        # A copy the user may only read (e.g. taken from another machine) still verifies.
        conn = _connect(_uri(path, "ro"), path)
    try:
        _check_format(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise AuditError(f"cannot read {path} as an audit log: {exc}") from exc
    except AuditError:
        conn.close()
        raise
    return conn


def _check_format(conn: sqlite3.Connection, path: str) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"meta", "entries"} <= tables:
        raise AuditError(f"{path} is not an mcpfort audit log (tables meta and entries are missing)")
    row = conn.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()
    if row is None or row[0] != str(FORMAT_VERSION):
        found = row[0] if row else "none"
        raise AuditError(f"{path}: audit format version {found}; this mcpfort reads version {FORMAT_VERSION}")


def append(conn: sqlite3.Connection, events: Iterable[dict[str, Any]]) -> int:
    """Append masked events as one transaction; returns the seq of the last one.

    The write lock is taken before the last hash is read, so a concurrent writer in another
    process can neither interleave inside the batch nor fork the chain.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = row if row is not None else (0, GENESIS)
        if not is_hash(prev):
            raise AuditError(f"the hash of entry {seq} is not a SHA-256 hex digest: the log was edited "
                             "(mcpfort audit verify shows where); nothing can be chained onto it")
        rows = []
        for event in events:
            seq += 1
            body = canonical({**event, "seq": seq})
            digest = chain_hash(prev, body)
            rows.append((seq, *columns(event), body, prev, digest))
            prev = digest
        conn.executemany(_INSERT, rows)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return seq
