"""The PostgreSQL audit store (psycopg 3): several gateway replicas writing one trail.

``postgresql://USER@HOST:PORT/DB?schema=NAME`` (``schema`` defaults to ``mcpfort_audit``; the
other query parameters go to libpq).  Each replica writes its **own chain** (``audit.replica``,
default the host name), so replicas never wait on each other; processes sharing a chain
serialise on a row lock of ``chains``.  ``verify`` walks every chain; entries, segments, notes
and data keys carry their chain.  The schema, entry format, checkpoints and the chain rule are
those of the SQLite store (see ``store`` and ``chain``); only the genesis is bound to the chain
name.

Durability: ``strict`` commits with ``synchronous_commit = on`` (the WAL is flushed before the
commit returns); ``batched`` uses ``off``: a crash of the database server (not of the gateway)
can lose the last ~0.6 s of commits (3 × ``wal_writer_delay``).
"""

from __future__ import annotations

import re
import uuid
from typing import Any, Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from mcpfort.audit import chain as chainmod
from mcpfort.audit.chain import COLUMNS, ChainWriter, genesis
from mcpfort.errors import AuditError

__all__ = ["PgStore", "split_url"]

FORMAT_VERSION = "2"
_COLS = ", ".join(f'"{c}"' for c in COLUMNS)
_SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def split_url(url: str) -> tuple[str, str, str]:
    """``(conninfo for libpq, schema, label without password)``."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), "mcpfort_audit")
    if not _SCHEMA_NAME.match(schema):
        raise AuditError(f"audit store {url!r}: schema must be lower-case letters, digits and _ (got {schema!r})")
    rest = urlencode([(k, v) for k, v in query if k != "schema"])
    conninfo = urlunsplit(("postgresql", parts.netloc, parts.path, rest, ""))
    host = parts.hostname or "localhost"
    label = f"postgresql://{parts.username + '@' if parts.username else ''}{host}" \
            f"{':' + str(parts.port) if parts.port else ''}{parts.path}?schema={schema}"
    return conninfo, schema, label


def _schema_sql(s: str) -> list[str]:
    return [
        f"CREATE SCHEMA IF NOT EXISTS {s}",
        f"CREATE TABLE IF NOT EXISTS {s}.meta (key text PRIMARY KEY, value text NOT NULL)",
        f"CREATE TABLE IF NOT EXISTS {s}.chains (chain text PRIMARY KEY)",
        f"""CREATE TABLE IF NOT EXISTS {s}.entries (chain text NOT NULL, seq bigint NOT NULL, ts double precision,
            event text, trace_id text, session_id text, "user" text, context text, server text, tool text,
            decision text, organization text, body bytea NOT NULL, prev_hash text NOT NULL, hash text NOT NULL,
            PRIMARY KEY (chain, seq))""",
        f"CREATE INDEX IF NOT EXISTS entries_ts ON {s}.entries (ts)",
        f"CREATE INDEX IF NOT EXISTS entries_trace ON {s}.entries (trace_id)",
        f"""CREATE TABLE IF NOT EXISTS {s}.segments (chain text NOT NULL, id integer NOT NULL, first_seq bigint NOT NULL,
            last_seq bigint, opened double precision NOT NULL, closed double precision, PRIMARY KEY (chain, id))""",
        f"""CREATE TABLE IF NOT EXISTS {s}.notes (id bigserial PRIMARY KEY, chain text NOT NULL, seq bigint NOT NULL,
            kind text NOT NULL, ts double precision NOT NULL, note text NOT NULL)""",
        f"""CREATE TABLE IF NOT EXISTS {s}.data_keys (id text PRIMARY KEY, chain text, segment integer, "user" text,
            kek text NOT NULL, wrapped bytea NOT NULL, created double precision)""",
        f'CREATE INDEX IF NOT EXISTS data_keys_user ON {s}.data_keys ("user")',
    ]


def _glob(pattern: str) -> str:
    """A shell glob as an anchored POSIX regular expression (PostgreSQL ``~``)."""
    out, i = ["^"], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "*":
            out.append(".*")
        elif c == "?":
            out.append(".")
        elif c == "[" and "]" in pattern[i + 2:] or (c == "[" and pattern[i + 1:i + 2] == "]"):
            end = pattern.index("]", i + 2)
            inner = pattern[i + 1:end]
            out.append("[" + ("^" + inner[1:] if inner.startswith("!") else inner).replace("\\", "\\\\") + "]")
            i = end
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out) + "$"


class PgStore:
    multi_chain = True

    def __init__(self, url: str, *, durability: str = "strict", create: bool = False) -> None:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - a dependency
            raise AuditError("the PostgreSQL audit store needs psycopg (pip install 'psycopg[binary]')") from exc
        self._psycopg = psycopg
        self._conninfo, self.schema, self.label = split_url(url)
        self._sync = "on" if durability == "strict" else "off"
        self.path = self.label
        self.chain = "main"
        self._connect()
        try:
            if create and not self._ready():
                # Once only, under a lock: DDL on tables other replicas already write to can deadlock.
                with self.conn.transaction():
                    self.conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"mcpfort-audit/{self.schema}",))
                    if not self._ready():
                        for statement in _schema_sql(self.schema):
                            self.conn.execute(statement)
                        self.conn.execute(f"INSERT INTO {self.schema}.meta VALUES ('format_version', %s), "
                                          f"('log_id', %s), ('keys_epoch', '0') ON CONFLICT DO NOTHING",
                                          (FORMAT_VERSION, uuid.uuid4().hex))
            row = self._one(f"SELECT value FROM {self.schema}.meta WHERE key = 'log_id'")
        except psycopg.errors.UndefinedTable:
            self.conn.close()
            raise AuditError(f"no audit log at {self.label} (the gateway creates it on first use)") from None
        except psycopg.Error as exc:
            self.conn.close()
            raise AuditError(f"cannot use {self.label} as an audit store: {str(exc).strip()}") from exc
        if row is None:
            self.conn.close()
            raise AuditError(f"{self.label} is not an mcpfort audit store (no log id)")
        self.log_id = row[0]
        self._known: set[str] = set()

    def _connect(self) -> None:
        psycopg = self._psycopg
        try:
            self.conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10)
            self.conn.execute(f"SET synchronous_commit = {self._sync}")
        except psycopg.Error as exc:
            raise AuditError(f"cannot connect to the audit store {self.label}: {str(exc).strip()}") from exc

    def _ready(self) -> bool:
        if self._one("SELECT to_regclass(%s)", (f"{self.schema}.data_keys",))[0] is None:
            return False
        row = self._one(f"SELECT value FROM {self.schema}.meta WHERE key = 'format_version'")
        if row is not None and row[0] != FORMAT_VERSION:
            raise AuditError(f"{self.label}: audit format version {row[0]}; this mcpfort reads {FORMAT_VERSION}")
        return row is not None

    def _one(self, sql: str, params: tuple = ()) -> Any:
        return self.conn.execute(sql, params).fetchone()

    def close(self) -> None:
        self.conn.close()

    def _tx(self, body: Any) -> Any:
        if self.conn.closed or self.conn.broken:  # the server restarted: the retry loop lands here
            self._connect()
        try:
            with self.conn.transaction():
                return body()
        except self._psycopg.Error as exc:
            raise AuditError(f"audit store {self.label}: {str(exc).strip()}") from exc

    # -- writing (the chain driver's Tx) --------------------------------------------------------
    def append(self, events: list[dict[str, Any]], writer: ChainWriter) -> int:
        s = self.schema

        def body() -> int:
            if self.chain not in self._known:
                self.conn.execute(f"INSERT INTO {s}.chains VALUES (%s) ON CONFLICT DO NOTHING", (self.chain,))
            self.conn.execute(f"SELECT chain FROM {s}.chains WHERE chain = %s FOR UPDATE", (self.chain,))
            return chainmod.append(self, events, writer)

        try:
            seq = self._tx(body)
        except BaseException:
            writer.rolled_back()
            raise
        self._known.add(self.chain)
        writer.committed()
        return seq

    def checkpoint_now(self, writer: ChainWriter) -> None:
        s = self.schema

        def body() -> None:
            self.conn.execute(f"SELECT chain FROM {s}.chains WHERE chain = %s FOR UPDATE", (self.chain,))
            chainmod.close_checkpoint(self, writer)

        self._tx(body)

    def epoch(self) -> str:
        row = self._one(f"SELECT value FROM {self.schema}.meta WHERE key = 'keys_epoch'")
        return row[0] if row else "0"

    def head(self) -> tuple[int, str]:
        row = self._one(f"SELECT seq, hash FROM {self.schema}.entries WHERE chain = %s ORDER BY seq DESC LIMIT 1",
                        (self.chain,))
        return (row[0], row[1]) if row else (0, genesis(self.chain))

    def segment(self) -> tuple[int, int, float] | None:
        row = self._one(f"SELECT id, first_seq, opened FROM {self.schema}.segments WHERE chain = %s "
                        "ORDER BY id DESC LIMIT 1", (self.chain,))
        return tuple(row) if row else None  # type: ignore[return-value]

    def open_segment(self, seg: int, first_seq: int, now: float) -> None:
        self.conn.execute(f"INSERT INTO {self.schema}.segments (chain, id, first_seq, opened) VALUES (%s, %s, %s, %s)",
                          (self.chain, seg, first_seq, now))

    def close_segment(self, seg: int, last_seq: int, now: float) -> None:
        self.conn.execute(f"UPDATE {self.schema}.segments SET last_seq = %s, closed = %s WHERE chain = %s AND id = %s",
                          (last_seq, now, self.chain, seg))

    def expired(self, before: float) -> list[tuple[int, int, int]]:
        rows = self.conn.execute(f"SELECT id, first_seq, last_seq FROM {self.schema}.segments WHERE chain = %s "
                                 "AND closed IS NOT NULL AND closed < %s ORDER BY id", (self.chain, before)).fetchall()
        return [tuple(r) for r in rows]  # type: ignore[misc]

    def drop(self, segments: list[int], first: int, last: int) -> None:
        s = self.schema
        self.conn.execute(f"DELETE FROM {s}.entries WHERE chain = %s AND seq BETWEEN %s AND %s", (self.chain, first, last))
        self.conn.execute(f"DELETE FROM {s}.data_keys WHERE chain = %s AND segment = ANY(%s)", (self.chain, segments))
        self.conn.execute(f"DELETE FROM {s}.segments WHERE chain = %s AND id = ANY(%s)", (self.chain, segments))

    def entry_hash(self, seq: int) -> str | None:
        row = self._one(f"SELECT hash FROM {self.schema}.entries WHERE chain = %s AND seq = %s", (self.chain, seq))
        return row[0] if row else None

    def last_note(self) -> tuple[int, str, float] | None:
        row = self._one(f"SELECT seq, note, ts FROM {self.schema}.notes WHERE chain = %s ORDER BY id DESC LIMIT 1",
                        (self.chain,))
        return tuple(row) if row else None  # type: ignore[return-value]

    def last_checkpoint(self) -> tuple[int, str] | None:
        from mcpfort.audit.checkpoint import parse

        row = self._one(f"SELECT note FROM {self.schema}.notes WHERE chain = %s AND kind = 'checkpoint' "
                        "ORDER BY id DESC LIMIT 1", (self.chain,))
        note = parse(row[0]) if row else None
        return (note.seq, note.head) if note else None

    def add_note(self, seq: int, kind: str, ts: float, note: str) -> None:
        self.conn.execute(f"INSERT INTO {self.schema}.notes (chain, seq, kind, ts, note) VALUES (%s, %s, %s, %s, %s)",
                          (self.chain, seq, kind, ts, note))

    def add_data_key(self, dek_id: str, seg: int, user: str | None, kek: str, wrapped: bytes, now: float) -> None:
        self.conn.execute(f'INSERT INTO {self.schema}.data_keys (id, chain, segment, "user", kek, wrapped, created) '
                          "VALUES (%s, %s, %s, %s, %s, %s, %s)", (dek_id, self.chain, seg, user, kek, wrapped, now))

    def insert(self, rows: list[tuple[Any, ...]]) -> None:
        with self.conn.cursor().copy(f"COPY {self.schema}.entries (chain, seq, {_COLS}, body, prev_hash, hash) "
                                     "FROM STDIN") as copy:
            for row in rows:
                copy.write_row((self.chain, *row))

    # -- reading --------------------------------------------------------------------------------
    def chains(self) -> list[str]:
        s = self.schema
        return [r[0] for r in self.conn.execute(
            f"SELECT chain FROM {s}.chains UNION SELECT DISTINCT chain FROM {s}.entries "
            f"UNION SELECT DISTINCT chain FROM {s}.notes ORDER BY 1")]

    def rows(self, chain: str, after: int | None = None) -> Iterator[tuple[Any, ...]]:
        where, params = ("AND seq > %s ", (chain, after)) if after is not None else ("", (chain,))
        with self.conn.transaction():
            with self.conn.cursor(name=f"rows_{uuid.uuid4().hex[:8]}") as cur:
                cur.itersize = 5000
                cur.execute(f"SELECT seq, {_COLS}, body, prev_hash, hash FROM {self.schema}.entries "
                            f"WHERE chain = %s {where}ORDER BY seq", params)
                yield from cur

    def notes(self, chain: str) -> list[tuple[int, str, str]]:
        return [tuple(r) for r in self.conn.execute(  # type: ignore[misc]
            f"SELECT seq, kind, note FROM {self.schema}.notes WHERE chain = %s ORDER BY id", (chain,))]

    def segments(self, chain: str) -> list[tuple[int, int, int | None, float, float | None]]:
        return [tuple(r) for r in self.conn.execute(  # type: ignore[misc]
            f"SELECT id, first_seq, last_seq, opened, closed FROM {self.schema}.segments WHERE chain = %s ORDER BY id",
            (chain,))]

    def data_keys(self) -> dict[str, tuple[str, bytes]]:
        return {r[0]: (r[1], bytes(r[2])) for r in self.conn.execute(f"SELECT id, kek, wrapped FROM {self.schema}.data_keys")}

    def find(self, where: list[tuple[str, str, Any]], limit: int | None) -> list[tuple[str, int, Any, str]]:
        clauses, params = [], []
        for column, op, value in where:
            if op == "glob":
                clauses.append(f'"{column}" ~ %s')
                params.append(_glob(value))
            else:
                clauses.append(f'"{column}" {op} %s')
                params.append(value)
        sql = f"SELECT chain, seq, body, prev_hash FROM {self.schema}.entries"
        sql += (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY ts DESC, chain, seq DESC"
        if limit is not None:
            sql += " LIMIT %s"
            params.append(limit)
        return [(c, s, bytes(b), p) for c, s, b, p in self.conn.execute(sql, params)]

    def max_seq(self) -> dict[str, int]:
        return {c: s for c, s in self.conn.execute(f"SELECT chain, MAX(seq) FROM {self.schema}.entries GROUP BY chain")}

    # -- key administration -------------------------------------------------------------------
    def forget(self, user: str) -> int:
        def body() -> int:
            count = self.conn.execute(f'DELETE FROM {self.schema}.data_keys WHERE "user" = %s', (user,)).rowcount
            self._bump()
            return count

        return self._tx(body)

    def rewrap(self, rewrap: Any) -> tuple[int, int]:
        def body() -> tuple[int, int]:
            done = missing = 0
            rows = self.conn.execute(f"SELECT id, kek, wrapped FROM {self.schema}.data_keys FOR UPDATE").fetchall()
            for dek_id, kek, wrapped in rows:
                new = rewrap(dek_id, kek, bytes(wrapped))
                if new is None:
                    missing += 1
                    continue
                self.conn.execute(f"UPDATE {self.schema}.data_keys SET kek = %s, wrapped = %s WHERE id = %s",
                                  (*new, dek_id))
                done += 1
            self._bump()
            return done, missing

        return self._tx(body)

    def _bump(self) -> None:
        self.conn.execute(f"UPDATE {self.schema}.meta SET value = (value::bigint + 1)::text WHERE key = 'keys_epoch'")

    def drop_schema(self) -> None:
        """Tests and teardown: remove the whole store."""
        self.conn.execute(f"DROP SCHEMA IF EXISTS {self.schema} CASCADE")
