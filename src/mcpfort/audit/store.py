"""The SQLite audit store: one file, one chain (``main``), shared by every gateway process.

Format 3 keeps each committed batch (a group commit) as one row of ``blocks``: the canonical
JSON bodies of its events joined by newlines (canonical JSON never holds a raw newline), their
chain hashes as 32-byte digests, the hash the block chains onto, and its time range.  Every
event still has its own ``seq`` (inside its body) and its own link in the chain,
``hash = sha256(prev_hash ‖ body)`` from ``GENESIS``, so verify names the first bad *entry*,
not the first bad block.  One row per batch instead of one per event is what makes a durable
write cheap (see docs/audit.md, "Performance"): SQLite's cost per row was larger than all the
masking, sealing and hashing of an event together.

Queries decode the blocks of the asked time range and filter the events in Python; there are no
per-event columns, so no column can disagree with the body it indexes.  The time range is the
only thing a block says about its events outside the hashed bodies, and verify checks that it
holds every event of the block (a narrowed range would hide events from a time query).

Format 4 is format 3 with the secret parts of a batch sealed once per data key (see ``seal``):
an entry may name the later entry of its block that holds its group's ciphertext.  Blocks
written per entry (format 3, or a gateway of that release still running) read as they are.

Formats 1 and 2 kept one row per event in ``entries`` (with a few skeleton fields copied into
columns for indexed lookups).  Such files are read as they are; the first writer of this version
upgrades them in place: later batches go to ``blocks``, the old rows stay and chain on.

Other tables: ``segments`` (seq ranges, opened/closed times, for rotation and retention);
``notes`` (signed checkpoints and retention anchors); ``data_keys`` (wrapped per-user data keys,
deleted by ``forget``); ``meta`` (format version, the log's random id, the key epoch).

Several ``mcpfort run`` processes append to the same file (a desktop client starts one per
server).  ``append`` takes the write lock first (``BEGIN IMMEDIATE``), then reads the last seq
and hash, so the chain stays single and gapless whoever writes.  ``durability`` picks
``synchronous=FULL`` (strict: a committed batch survives power loss) or ``NORMAL`` (batched).
"""

from __future__ import annotations

import os
import random
import sqlite3
import time
import uuid
from fnmatch import fnmatchcase
from typing import Any, Iterable, Iterator
from urllib.parse import quote

import orjson

from mcpfort.audit import chain as chainmod
from mcpfort.audit.chain import COLUMNS, GENESIS, ChainWriter, canonical, chain_hash, columns, is_hash
from mcpfort.errors import AuditError

__all__ = ["FORMAT_VERSION", "GENESIS", "COLUMNS", "COLUMN_LIST", "SqliteStore", "open_writer", "open_reader",
           "append", "canonical", "columns", "chain_hash", "is_hash", "open_store"]

FORMAT_VERSION = 4
READABLE_VERSIONS = ("1", "2", "3", "4")
BUSY_TIMEOUT_MS = 5000
COLUMN_LIST = ", ".join(f'"{c}"' for c in COLUMNS)  # quoted: "user" is an SQL keyword elsewhere

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    seq INTEGER PRIMARY KEY, ts REAL, event TEXT, trace_id TEXT, session_id TEXT, "user" TEXT,
    context TEXT, server TEXT, tool TEXT, decision TEXT, body BLOB NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL, organization TEXT);
CREATE TABLE IF NOT EXISTS blocks (first_seq INTEGER PRIMARY KEY, ts_min REAL, ts_max REAL,
    prev_hash TEXT NOT NULL, bodies BLOB NOT NULL, hashes BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS segments (id INTEGER PRIMARY KEY, first_seq INTEGER NOT NULL, last_seq INTEGER,
    opened REAL NOT NULL, closed REAL);
CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, kind TEXT NOT NULL,
    ts REAL NOT NULL, note TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS data_keys (id TEXT PRIMARY KEY, segment INTEGER, "user" TEXT, kek TEXT NOT NULL,
    wrapped BLOB NOT NULL, created REAL);
CREATE INDEX IF NOT EXISTS entries_ts ON entries (ts);
CREATE INDEX IF NOT EXISTS entries_trace ON entries (trace_id);
CREATE INDEX IF NOT EXISTS blocks_ts ON blocks (ts_max);
CREATE INDEX IF NOT EXISTS data_keys_user ON data_keys ("user");
"""
# Low-cardinality columns are not indexed: an index per user, event, tool or server costs more on
# every durable write (measured: ~6 µs/event for user and event alone) than scanning a time range
# costs a query.  Format 1 files had them; the upgrade drops them.
_DROPPED_INDEXES = ("entries_user", "entries_event", "entries_tool", "entries_server", "entries_org")
# Rows of ``entries`` are only ever read now.  A gateway of an earlier release still running on
# this file would keep numbering rows from the last row, forking the chain beside the blocks;
# this makes its next write fail loudly instead (it keeps the events in memory and says why).
_CLOSE_ROWS = ("CREATE TRIGGER IF NOT EXISTS entries_closed BEFORE INSERT ON entries BEGIN "
               "SELECT RAISE(ABORT, 'this audit log was upgraded to format 3 by a newer mcpfort; restart this "
               "gateway with that release'); END")
_INSERT = (f"INSERT INTO entries (seq, {COLUMN_LIST}, body, prev_hash, hash) "
           f"VALUES ({', '.join('?' * (len(COLUMNS) + 4))})")


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


def open_writer(path: str, durability: str = "batched") -> sqlite3.Connection:
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
        _check_format(conn, path, fresh_ok=True)
        row = conn.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone() \
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() else None
        if row is not None and row[0] not in READABLE_VERSIONS:
            raise AuditError(f"{path}: audit format version {row[0]}; this mcpfort writes version {FORMAT_VERSION}")
        _prepare(conn, durability)
    except sqlite3.Error as exc:
        conn.close()
        raise AuditError(f"cannot use {path} as an audit log: {exc}") from exc
    except AuditError:
        conn.close()
        raise
    return conn


def _prepare(conn: sqlite3.Connection, durability: str) -> None:
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(f"PRAGMA synchronous = {'FULL' if durability == 'strict' else 'NORMAL'}")
            conn.execute("BEGIN IMMEDIATE")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(_CLOSE_ROWS)
            names = {row[1] for row in conn.execute("PRAGMA table_info(entries)")}
            if "organization" not in names:  # a format 1 file
                conn.execute("ALTER TABLE entries ADD COLUMN organization TEXT")
            for index in _DROPPED_INDEXES:
                conn.execute(f"DROP INDEX IF EXISTS {index}")
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('format_version', ?)", (str(FORMAT_VERSION),))
            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('log_id', ?)", (uuid.uuid4().hex,))
            conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('keys_epoch', '0')")
            conn.execute("COMMIT")
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


def _check_format(conn: sqlite3.Connection, path: str, fresh_ok: bool = False) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if fresh_ok and (not tables or "meta" in tables):
        return  # new, or ours with a table missing (recreated): the version is checked below

    if not {"meta", "entries"} <= tables:
        raise AuditError(f"{path} is not an mcpfort audit log (tables meta and entries are missing)")
    row = conn.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()
    if row is None or row[0] not in READABLE_VERSIONS:
        found = row[0] if row else "none"
        raise AuditError(f"{path}: audit format version {found}; this mcpfort reads versions "
                         f"{', '.join(READABLE_VERSIONS)}")


def append(conn: sqlite3.Connection, events: Iterable[dict[str, Any]], writer: ChainWriter | None = None) -> int:
    """Append masked events as one transaction; returns the seq of the last one.

    The write lock is taken before the last hash is read, so a concurrent writer in another
    process can neither interleave inside the batch nor fork the chain.
    """
    return SqliteStore(conn, "").append(list(events), writer or ChainWriter())


class SqliteStore:
    """The SQLite file as the chain driver's ``Tx`` (inside ``append``) and as a reader."""

    multi_chain = False
    placeholder = "?"
    blocks = True  # ``chain.append`` hands a batch to ``insert_block``, not rows to ``insert``

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self.chain = "main"
        self._tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        row = conn.execute("SELECT value FROM meta WHERE key = 'log_id'").fetchone() if "meta" in self._tables else None
        self.log_id = row[0] if row else "v1"
        self._block: tuple[int, str, list[bytes], bytes] | None = None  # the last block ``entry`` read

    @property
    def label(self) -> str:
        return self.path

    def close(self) -> None:
        self.conn.close()

    # -- writing --------------------------------------------------------------------------------
    def append(self, events: list[dict[str, Any]], writer: ChainWriter) -> int:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            seq = chainmod.append(self, events, writer)
            self.conn.execute("COMMIT")
        except BaseException:
            writer.rolled_back()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        writer.committed()
        return seq

    def checkpoint_now(self, writer: ChainWriter) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            chainmod.close_checkpoint(self, writer)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def epoch(self) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'keys_epoch'").fetchone()
        return row[0] if row else "0"

    def head(self) -> tuple[int, str]:
        if self._has_blocks():
            row = self.conn.execute("SELECT first_seq, length(hashes), substr(hashes, -32, 32) FROM blocks "
                                    "ORDER BY first_seq DESC LIMIT 1").fetchone()
            if row is not None:
                return row[0] + max(row[1] // 32, 1) - 1, bytes(row[2]).hex()
        row = self.conn.execute("SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row is not None else (0, GENESIS)

    def segment(self) -> tuple[int, int, float] | None:
        row = self.conn.execute("SELECT id, first_seq, opened FROM segments ORDER BY id DESC LIMIT 1").fetchone()
        return tuple(row) if row else None  # type: ignore[return-value]

    def open_segment(self, seg: int, first_seq: int, now: float) -> None:
        self.conn.execute("INSERT INTO segments (id, first_seq, opened) VALUES (?, ?, ?)", (seg, first_seq, now))

    def close_segment(self, seg: int, last_seq: int, now: float) -> None:
        self.conn.execute("UPDATE segments SET last_seq = ?, closed = ? WHERE id = ?", (last_seq, now, seg))

    def expired(self, before: float) -> list[tuple[int, int, int]]:
        rows = self.conn.execute("SELECT id, first_seq, last_seq FROM segments WHERE closed IS NOT NULL "
                                 "AND closed < ? ORDER BY id", (before,)).fetchall()
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def drop(self, segments: list[int], first: int, last: int) -> None:
        # A segment ends where a batch ended (rotation happens before a batch), so no block
        # straddles ``last``.
        self.conn.execute("DELETE FROM entries WHERE seq BETWEEN ? AND ?", (first, last))
        self.conn.execute("DELETE FROM blocks WHERE first_seq BETWEEN ? AND ?", (first, last))
        for seg in segments:
            self.conn.execute("DELETE FROM data_keys WHERE segment = ?", (seg,))
            self.conn.execute("DELETE FROM segments WHERE id = ?", (seg,))

    def entry_hash(self, seq: int) -> str | None:
        if self._has_blocks():
            row = self.conn.execute("SELECT substr(hashes, (? - first_seq) * 32 + 1, 32) FROM blocks "
                                    "WHERE first_seq <= ? ORDER BY first_seq DESC LIMIT 1", (seq, seq)).fetchone()
            if row is not None and len(row[0]) == 32:
                return bytes(row[0]).hex()
        row = self.conn.execute("SELECT hash FROM entries WHERE seq = ?", (seq,)).fetchone()
        return row[0] if row else None

    def last_note(self) -> tuple[int, str, float] | None:
        row = self.conn.execute("SELECT seq, note, ts FROM notes ORDER BY id DESC LIMIT 1").fetchone()
        return tuple(row) if row else None  # type: ignore[return-value]

    def last_checkpoint(self) -> tuple[int, str] | None:
        """``(seq, head)`` of the newest stored checkpoint, unverified."""
        from mcpfort.audit.checkpoint import parse

        if not self._has("notes"):
            return None
        row = self.conn.execute("SELECT note FROM notes WHERE kind = 'checkpoint' ORDER BY id DESC LIMIT 1").fetchone()
        note = parse(row[0]) if row else None
        return (note.seq, note.head) if note else None

    def add_note(self, seq: int, kind: str, ts: float, note: str) -> None:
        self.conn.execute("INSERT INTO notes (seq, kind, ts, note) VALUES (?, ?, ?, ?)", (seq, kind, ts, note))

    def add_data_key(self, dek_id: str, seg: int, user: str | None, kek: str, wrapped: bytes, now: float) -> None:
        self.conn.execute('INSERT INTO data_keys (id, segment, "user", kek, wrapped, created) VALUES (?, ?, ?, ?, ?, ?)',
                          (dek_id, seg, user, kek, wrapped, now))

    def insert(self, rows: list[tuple[Any, ...]]) -> None:
        self.conn.executemany(_INSERT, rows)

    def insert_block(self, first_seq: int, prev_hash: str, bodies: list[bytes], digests: list[bytes],
                     ts_min: float | None, ts_max: float | None) -> None:
        self.conn.execute("INSERT INTO blocks (first_seq, ts_min, ts_max, prev_hash, bodies, hashes) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          (first_seq, ts_min, ts_max, prev_hash, b"\n".join(bodies), b"".join(digests)))

    # -- reading --------------------------------------------------------------------------------
    def _has(self, table: str) -> bool:
        return table in self._tables

    def _has_blocks(self) -> bool:
        # Looked up again while missing: a reader (tail -f) may have opened a format 2 file that
        # a newer gateway upgraded since.
        if "blocks" not in self._tables and self.conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'blocks'").fetchone():
            self._tables.add("blocks")
        return "blocks" in self._tables

    def chains(self) -> list[str]:
        return ["main"]

    def rows(self, chain: str = "main", after: int | None = None) -> Iterator[tuple[Any, ...]]:
        """``(seq, *COLUMNS, body, prev_hash, hash)`` in seq order (every row: even a seq below 1):
        the rows of ``entries`` (formats 1 and 2), then the events of every block."""
        names = COLUMN_LIST if self._has_org() else COLUMN_LIST.replace(', "organization"', ", NULL")
        where, params = ("WHERE seq > ? ", (after,)) if after is not None else ("", ())
        yield from self.conn.execute(f"SELECT seq, {names}, body, prev_hash, hash FROM entries {where}ORDER BY seq",
                                     params)
        if not self._has_blocks():
            return
        params = ()
        if after is not None:  # from the block holding ``after`` on
            start = self.conn.execute("SELECT MAX(first_seq) FROM blocks WHERE first_seq <= ?", (after,)).fetchone()[0]
            params = (after + 1 if start is None else start,)
        for block in self.conn.execute("SELECT first_seq, ts_min, ts_max, prev_hash, bodies, hashes FROM blocks "
                                       f"{'WHERE first_seq >= ? ' if params else ''}ORDER BY first_seq", params):
            for row in explode(*block):
                if after is None or row[0] > after:
                    yield row

    def _has_org(self) -> bool:
        if not hasattr(self, "_org"):
            self._org = any(r[1] == "organization" for r in self.conn.execute("PRAGMA table_info(entries)"))
        return self._org

    def notes(self, chain: str = "main") -> list[tuple[int, str, str]]:
        """``(seq, kind, note)`` oldest first."""
        if not self._has("notes"):
            return []
        return [tuple(r) for r in self.conn.execute("SELECT seq, kind, note FROM notes ORDER BY id")]  # type: ignore[misc]

    def segments(self, chain: str = "main") -> list[tuple[int, int, int | None, float, float | None]]:
        if not self._has("segments"):
            return []
        return [tuple(r) for r in self.conn.execute(  # type: ignore[misc]
            "SELECT id, first_seq, last_seq, opened, closed FROM segments ORDER BY id")]

    def data_keys(self) -> dict[str, tuple[str, bytes]]:
        if not self._has("data_keys"):
            return {}
        return {r[0]: (r[1], r[2]) for r in self.conn.execute("SELECT id, kek, wrapped FROM data_keys")}

    def entry(self, chain: str, seq: int) -> tuple[bytes, str] | None:
        """The body of entry ``seq`` of a block and the hash before it (a group's holder, for a
        reader showing one of its members); the last block read is kept."""
        if not self._has_blocks():
            return None
        block = self._block
        if block is None or not block[0] <= seq < block[0] + len(block[2]):
            row = self.conn.execute("SELECT first_seq, prev_hash, bodies, hashes FROM blocks WHERE first_seq <= ? "
                                    "ORDER BY first_seq DESC LIMIT 1", (seq,)).fetchone()
            if row is None:
                return None
            block = self._block = (row[0], row[1], _blob(row[2]).split(b"\n"), _blob(row[3]))
        first, prev, texts, digests = block
        i = seq - first
        if not 0 <= i < len(texts):
            return None
        return texts[i], prev if i == 0 else digests[i * 32 - 32:i * 32].hex()

    def find(self, where: list[tuple[str, str, Any]], limit: int | None) -> list[tuple[str, int, Any, str]]:
        """Newest first: ``(chain, seq, body, prev_hash)`` matching every ``(column, op, value)``."""
        if limit == 0:
            return []
        found = self._find_blocks(where, limit) if self._has_blocks() else []
        if limit is not None and len(found) >= limit:
            return found
        return found + self._find_rows(where, None if limit is None else limit - len(found))

    def _find_blocks(self, where: list[tuple[str, str, Any]], limit: int | None) -> list[tuple[str, int, Any, str]]:
        """The blocks whose time range can hold a match, newest first, each event tested here."""
        clauses: list[str] = []
        params: list[Any] = []
        for column, op, value in where:
            if column == "ts":
                clauses.append("ts_max >= ?" if op == ">=" else "ts_min <= ?")
                params.append(value)
            elif op == "=":
                # A block holding a match holds the field as canonical JSON writes it, a string or
                # (for a value that is not one) its JSON text: SQLite finds those bytes without
                # Python decoding the block, so a lookup by trace id needs no index.
                clauses.append("(instr(bodies, ?) > 0 OR instr(bodies, ?) > 0)")
                params += [orjson.dumps({column: value})[1:-1], f'"{column}":{value}'.encode()]
        test = matcher(where)
        out: list[tuple[str, int, Any, str]] = []
        sql = "SELECT first_seq, prev_hash, bodies, hashes FROM blocks"
        sql += " WHERE " + " AND ".join(clauses) if clauses else ""
        for first, prev, bodies, hashes in self.conn.execute(sql + " ORDER BY first_seq DESC", params):
            texts = _blob(bodies).split(b"\n")
            for i in range(len(texts) - 1, -1, -1):
                if test(texts[i]):
                    link = prev if i == 0 else _blob(hashes)[i * 32 - 32:i * 32].hex()
                    out.append(("main", first + i, texts[i], link))
                    if limit is not None and len(out) >= limit:
                        return out
        return out

    def _find_rows(self, where: list[tuple[str, str, Any]], limit: int | None) -> list[tuple[str, int, Any, str]]:
        clauses, params = [], []
        for column, op, value in where:
            if column == "organization" and not self._has_org():
                return []
            clauses.append(f'"{column}" {"GLOB" if op == "glob" else op} ?')
            params.append(value)
        sql = "SELECT seq, body, prev_hash FROM entries" + (" WHERE " + " AND ".join(clauses) if clauses else "")
        sql += " ORDER BY seq DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [("main", seq, body, prev) for seq, body, prev in self.conn.execute(sql, params)]

    def max_seq(self) -> dict[str, int]:
        return {"main": self.head()[0] if self._has_blocks() else
                self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM entries").fetchone()[0]}

    # -- key administration -------------------------------------------------------------------
    def forget(self, user: str) -> int:
        """Destroy every data key of ``user``; returns how many.  Freed pages are zeroed."""
        self.conn.execute("PRAGMA secure_delete = ON")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            count = self.conn.execute('DELETE FROM data_keys WHERE "user" = ?', (user,)).rowcount
            self._bump()
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        # The deleted rows may linger in the write-ahead log until it is checkpointed.
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return count

    def rewrap(self, rewrap: Any) -> tuple[int, int]:
        """Apply ``rewrap(id, kek, wrapped) -> (kek, wrapped) | None`` to every data key."""
        self.conn.execute("BEGIN IMMEDIATE")
        done = missing = 0
        try:
            for dek_id, kek, wrapped in self.conn.execute("SELECT id, kek, wrapped FROM data_keys").fetchall():
                new = rewrap(dek_id, kek, wrapped)
                if new is None:
                    missing += 1
                    continue
                self.conn.execute("UPDATE data_keys SET kek = ?, wrapped = ? WHERE id = ?", (*new, dek_id))
                done += 1
            self._bump()
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        return done, missing

    def _bump(self) -> None:
        self.conn.execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'keys_epoch'")


def open_store(target: str, *, write: bool = False, durability: str = "batched") -> Any:
    """A store for a path, ``sqlite:`` or ``postgresql://`` target (the latter via ``pgstore``)."""
    if target.startswith(("postgresql://", "postgres://")):
        from mcpfort.audit.pgstore import PgStore

        return PgStore(target, durability=durability, create=write)
    conn = open_writer(target, durability) if write else open_reader(target)
    return SqliteStore(conn, target)


def explode(first: int, ts_min: Any, ts_max: Any, prev: str, bodies: Any, hashes: Any) -> Iterator[tuple[Any, ...]]:
    """A block as the rows of its events, ``(seq, *COLUMNS, body, prev_hash, hash)``.

    The columns are read from each body, except ``ts``: where the block's stored time range does
    not hold the event's time, the row carries the range instead, so verify reports that column
    as not matching the entry.  Bodies and hashes that do not pair up (an edited block) come out
    as rows with an empty body or hash, which verify reports as the first bad entry."""
    texts = _blob(bodies).split(b"\n")
    digests = _blob(hashes)
    count = max(len(texts), -(-len(digests) // 32))
    for i in range(count):
        body = texts[i] if i < len(texts) else b""
        digest = digests[i * 32:i * 32 + 32].hex()
        try:
            event = orjson.loads(body)
        except orjson.JSONDecodeError:
            event = None
        cols = list(columns(event)) if isinstance(event, dict) else [None] * len(COLUMNS)
        ts = cols[0]
        if ts is not None and not (isinstance(ts_min, float) and isinstance(ts_max, float) and ts_min <= ts <= ts_max):
            cols[0] = f"block range {ts_min!r}..{ts_max!r}"
        yield (first + i, *cols, body, prev, digest)
        prev = digest


def _blob(value: Any) -> bytes:
    """A stored blob as bytes; an edited one stored as text or a number reads as what it says."""
    if isinstance(value, (bytes, memoryview)):
        return bytes(value)
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else str(value).encode()


def matcher(where: list[tuple[str, str, Any]]) -> Any:
    """A test of one body against ``(column, op, value)`` filters, as the SQL of ``entries`` does
    them (``=``, ``glob``, ``>=``, ``<=``).  A body that is not a JSON object matches, so the
    query that reads it fails loudly instead of skipping an edited entry."""
    index = {name: i for i, name in enumerate(COLUMNS)}
    tests = [(index[column], op, value) for column, op, value in where]

    def test(body: bytes) -> bool:
        if not tests:
            return True
        try:
            event = orjson.loads(body)
        except orjson.JSONDecodeError:
            return True
        if not isinstance(event, dict):
            return True
        cols = columns(event)
        for i, op, value in tests:
            got = cols[i]
            if got is None:
                return False
            if op == "=":
                if got != value:
                    return False
            elif op == "glob":
                if not isinstance(got, str) or not fnmatchcase(got, value):
                    return False
            elif op == ">=":
                if not got >= value:
                    return False
            elif not got <= value:
                return False
        return True

    return test
