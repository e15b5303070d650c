"""The SQLite audit file below mcpfort's API, as an attacker with write access sees it.

Format 3 keeps each batch as one row of ``blocks`` (bodies joined by newlines, 32-byte hashes);
``BlockFile`` edits it event by event and writes the blocks back, so tamper tests can say
"change entry 5" or "remove entries after 25" in either layout.  ``legacy_log`` writes a format 2
file (one row per event in ``entries``), the layout earlier releases left on users' disks.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Callable

import orjson

from mcpfort.audit import store
from mcpfort.audit.chain import ChainWriter


def bodies(path: Path | str) -> list[dict[str, Any]]:
    """Every stored body, parsed, in seq order (sealed parts as stored)."""
    reader = store.open_store(str(path))
    try:
        width = len(store.COLUMNS)
        return [orjson.loads(row[1 + width]) for row in reader.rows()]
    finally:
        reader.close()


def count(path: Path | str) -> int:
    return len(bodies(path))


def legacy_log(path: Path | str, events: list[dict[str, Any]], batches: int = 1) -> None:
    """A format 2 file holding ``events`` (one row each in ``entries``), as mcpfort 0.x wrote it."""
    conn = store.open_writer(str(path))
    conn.execute("DROP TRIGGER entries_closed")
    conn.execute("DROP TABLE blocks")
    conn.execute("UPDATE meta SET value = '2' WHERE key = 'format_version'")
    rows = store.SqliteStore(conn, str(path))
    rows.blocks = False  # type: ignore[misc]
    writer = ChainWriter()
    size = max(1, -(-len(events) // batches))
    for at in range(0, len(events), size):
        rows.append(events[at:at + size], writer)
    conn.close()


class BlockFile:
    """The events of a format 3 file as editable ``[body, digest]`` pairs grouped in blocks."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.blocks: list[dict[str, Any]] = []
        for first, ts_min, ts_max, prev, raw, hashes in db.execute(
                "SELECT first_seq, ts_min, ts_max, prev_hash, bodies, hashes FROM blocks ORDER BY first_seq"):
            hashes = bytes(hashes)
            self.blocks.append({"first": first, "ts_min": ts_min, "ts_max": ts_max, "prev": prev,
                                "events": [[body, hashes[i * 32:i * 32 + 32]]
                                           for i, body in enumerate(bytes(raw).split(b"\n"))]})

    def save(self) -> None:
        self.db.execute("DELETE FROM blocks")
        for b in self.blocks:
            self.db.execute("INSERT INTO blocks (first_seq, ts_min, ts_max, prev_hash, bodies, hashes) "
                            "VALUES (?, ?, ?, ?, ?, ?)",
                            (b["first"], b["ts_min"], b["ts_max"], b["prev"], b"\n".join(e[0] for e in b["events"]),
                             b"".join(e[1] for e in b["events"])))

    def _at(self, seq: int) -> tuple[dict[str, Any], int]:
        for b in self.blocks:
            if b["first"] <= seq < b["first"] + len(b["events"]):
                return b, seq - b["first"]
        raise KeyError(seq)

    def starts_block(self, seq: int) -> bool:
        return self._at(seq)[1] == 0

    def row(self, seq: int) -> dict[str, Any]:
        b, i = self._at(seq)
        prev = b["prev"] if i == 0 else b["events"][i - 1][1].hex()
        return {"seq": seq, "body": b["events"][i][0], "hash": b["events"][i][1].hex(), "prev_hash": prev}

    def set(self, seq: int, *, body: bytes | None = None, hash: str | None = None, prev_hash: str | None = None) -> None:
        b, i = self._at(seq)
        if body is not None:
            b["events"][i][0] = body
        if hash is not None:
            b["events"][i][1] = bytes.fromhex(hash)
        if prev_hash is not None:
            if i:
                raise ValueError(f"entry {seq} is inside its block: its prev_hash is not stored")
            b["prev"] = prev_hash
        self.save()

    def delete(self, which: Callable[[int], bool]) -> None:
        """Remove the events whose seq matches; the ones after them in a block move up a place."""
        for b in self.blocks:
            b["events"] = [e for i, e in enumerate(b["events"]) if not which(b["first"] + i)]
        self.blocks = [b for b in self.blocks if b["events"]]
        self.save()

    def insert(self, seq: int, body: bytes, digest: str) -> None:
        """A new event at ``seq``'s place (the ones from there move down a place), or a new block
        after the last one."""
        last = self.blocks[-1]
        if seq == last["first"] + len(last["events"]):
            ts = orjson.loads(body).get("ts")
            self.blocks.append({"first": seq, "ts_min": ts, "ts_max": ts, "prev": last["events"][-1][1].hex(),
                                "events": [[body, bytes.fromhex(digest)]]})
        else:
            b, i = self._at(seq)
            b["events"].insert(i, [body, bytes.fromhex(digest)])
        self.save()

    def seqs(self) -> list[int]:
        return [b["first"] + i for b in self.blocks for i in range(len(b["events"]))]
