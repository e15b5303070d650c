"""Audit trail throughput: durable events per second with masking, sealing (AES-256-GCM), hash
chaining, signed checkpoints and group commit, against a plain SQLite insert baseline measured in
the same run, plus verification speed.

    .venv/bin/python bench/audit.py [--events 100000] [--writers 64] [--postgres URL]

The mcpfort run: ``writers`` asyncio tasks play concurrent gateway calls: record tool.called and
authz.decision, await ``barrier()`` (strict: committed with synchronous=FULL before it returns),
record tool.completed, await ``barrier()`` again; repeatedly, until ``events`` are durable (the
events are built before the clock starts, as the baseline's are).  The baseline: the same event bodies
inserted as plain JSON rows by one thread in transactions of 256 with synchronous=FULL (the
best plain SQLite does; no masking, no crypto, no chain).  Aim: at least 50,000 durable events/s
and at least half the baseline.  A second reference, ``PlainSink``, takes the same calls from the
same writers with group commit but stores plain rows: the ratio to it is what the protections
cost, apart from what concurrency and durable acknowledgements cost.  A third, ``PlainProcessSink``,
moves that plain writer into a child process (its own interpreter and core): it shows whether
taking the writer off the gateway's interpreter would lift the ceiling; ``ProtectedProcessSink``
does the same with mcpfort's whole writer (masking, sealing, chain, checkpoints) in the child.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import gc
import os
import queue
import sqlite3
import statistics
import struct
import sys
import tempfile
import threading
import time
from pathlib import Path

import orjson

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from mcpfort.audit.keys import load_public_keys, load_ring  # noqa: E402
from mcpfort.audit.log import AuditLog  # noqa: E402
from mcpfort.audit.settings import AuditSettings  # noqa: E402
from mcpfort.audit.store import open_store  # noqa: E402
from mcpfort.audit.verify import verify_store  # noqa: E402


def event(i: int) -> dict:
    """About the size of a real tool.called event (~300 bytes of JSON)."""
    return {"ts": 1_790_000_000.0 + i / 1000, "event": "tool.called", "trace_id": f"{i:032x}",
            "session_id": "5f2c9e1a7b3d4c6e8f0a1b2c3d4e5f60", "user": f"user{i % 50}", "context": "development",
            "server": "fs", "tool": "read_text_file", "kind": "tool",
            "arguments": {"path": f"/home/ada/project/src/module_{i % 997}/file_{i}.py", "head": 40}}


def _settle() -> None:
    """Move the prebuilt events out of the collector's sight: a gateway holds a few events at a
    time, not the whole run's, and scanning them again and again would be the bench's own cost."""
    gc.collect()
    gc.freeze()


def baseline(folder: str, n: int, batch: int = 256) -> float:
    path = os.path.join(folder, "plain.db")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, ts REAL, event TEXT, body BLOB)")
    events = [event(i) for i in range(n)]
    _settle()
    start = time.perf_counter()
    for at in range(0, n, batch):
        rows = [(e["ts"], e["event"], orjson.dumps(e)) for e in events[at:at + batch]]
        db.execute("BEGIN")
        db.executemany("INSERT INTO t (ts, event, body) VALUES (?, ?, ?)", rows)
        db.execute("COMMIT")
    elapsed = time.perf_counter() - start
    db.close()
    return n / elapsed


class PlainSink:
    """A plain durable log with the same shape as ``AuditLog`` (a queue, one writer thread, group
    commit, ``barrier`` waits for its events) and none of its protections: each event inserted as a
    JSON row, no masking, no sealing, no chain, no checkpoints.  Against it the bench isolates what
    the protections cost from what concurrent callers and durable acknowledgements cost."""

    def __init__(self, path: str, batch: int = 256) -> None:
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = FULL")
        self._db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, ts REAL, event TEXT, body BLOB)")
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._batch = batch
        self._recorded = self._committed = 0
        self._waiting: list[tuple[int, asyncio.AbstractEventLoop, asyncio.Future]] = []
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def record(self, event: dict) -> None:
        with self._lock:
            self._recorded += 1
            self._queue.put(event)

    async def barrier(self) -> None:
        target = self._recorded
        if self._committed >= target:
            return
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        with self._lock:
            if self._committed >= target:
                return
            self._waiting.append((target, loop, future))
        await future

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            rows = [(item["ts"], item["event"], orjson.dumps(item))]
            while len(rows) < self._batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)
                    break
                rows.append((item["ts"], item["event"], orjson.dumps(item)))
            self._db.execute("BEGIN")
            self._db.executemany("INSERT INTO t (ts, event, body) VALUES (?, ?, ?)", rows)
            self._db.execute("COMMIT")
            with self._lock:
                self._committed += len(rows)
                ready = [w for w in self._waiting if w[0] <= self._committed]
                self._waiting = [w for w in self._waiting if w[0] > self._committed]
            for _, loop, future in ready:
                loop.call_soon_threadsafe(lambda f=future: f.done() or f.set_result(None))

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        self._db.close()


class PlainProcessSink:
    """``PlainSink`` with its writer in a forked child: the gateway side appends events to a
    buffer, sends the buffer as one length-prefixed orjson frame per event-loop turn, and wakes
    its barriers when the child reports (8 bytes, the count committed) on a second pipe."""

    def __init__(self, path: str) -> None:
        down_r, self._down = os.pipe()
        self._up, up_w = os.pipe()
        fcntl.fcntl(self._down, 1031, 1 << 20)  # F_SETPIPE_SZ: a frame rarely blocks the loop
        self._pid = os.fork()
        if self._pid == 0:  # the child: write until the parent closes its end
            code = 1
            try:
                os.close(self._down)
                os.close(self._up)
                self._child(down_r, up_w, path)
                code = 0
            finally:
                os._exit(code)
        os.close(down_r)
        os.close(up_w)
        self._buffer: list[dict] = []
        self._recorded = self._committed = 0
        self._waiting: list[tuple[int, asyncio.Future]] = []
        self._scheduled = False
        self._reading = False

    @staticmethod
    def _child(down: int, up: int, path: str) -> None:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, ts REAL, event TEXT, body BLOB)")
        pending, committed = b"", 0
        while chunk := os.read(down, 1 << 20):
            pending += chunk
            rows = []
            while len(pending) >= 4 and len(pending) >= 4 + (size := struct.unpack_from("<I", pending)[0]):
                rows += [(e["ts"], e["event"], orjson.dumps(e)) for e in orjson.loads(pending[4:4 + size])]
                pending = pending[4 + size:]
            if rows:
                db.execute("BEGIN")
                db.executemany("INSERT INTO t (ts, event, body) VALUES (?, ?, ?)", rows)
                db.execute("COMMIT")
                committed += len(rows)
                os.write(up, struct.pack("<Q", committed))
        db.close()

    def record(self, event: dict) -> None:
        self._recorded += 1
        self._buffer.append(event)

    def _send(self) -> None:
        self._scheduled = False
        if self._buffer:
            frame = orjson.dumps(self._buffer)
            self._buffer = []
            os.write(self._down, struct.pack("<I", len(frame)) + frame)

    def _acknowledged(self) -> None:
        report = os.read(self._up, 1 << 16)
        self._committed = struct.unpack_from("<Q", report, len(report) - 8)[0]
        ready = [w for w in self._waiting if w[0] <= self._committed]
        self._waiting = [w for w in self._waiting if w[0] > self._committed]
        for _, future in ready:
            future.done() or future.set_result(None)

    async def barrier(self) -> None:
        target = self._recorded
        if self._committed >= target:
            return
        loop = asyncio.get_running_loop()
        if not self._reading:
            self._reading = True
            loop.add_reader(self._up, self._acknowledged)
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._send)
        future = loop.create_future()
        self._waiting.append((target, future))
        await future

    def close(self) -> None:
        os.close(self._down)
        os.waitpid(self._pid, 0)
        os.close(self._up)


class ProtectedProcessSink(PlainProcessSink):
    """``PlainProcessSink`` whose child does what mcpfort's writer thread does (masks, seals, chains,
    signs checkpoints) into a real audit store: what a writer process of its own would reach."""

    def __init__(self, path: str, settings: AuditSettings) -> None:
        self._settings = settings
        super().__init__(path)

    def _child(self, down: int, up: int, path: str) -> None:  # type: ignore[override]
        from mcpfort.audit.log import _PLAIN, writer_for
        from mcpfort.audit.masking import mask_split
        from mcpfort.audit.seal import SKELETON

        store = open_store(path, write=True, durability="strict")
        store.chain = "main"
        writer = writer_for(self._settings)
        writer._epoch = store.epoch()
        pending, committed = b"", 0
        while chunk := os.read(down, 1 << 20):
            pending += chunk
            items = []
            while len(pending) >= 4 and len(pending) >= 4 + (size := struct.unpack_from("<I", pending)[0]):
                items += [mask_split(e, _PLAIN, SKELETON) for e in orjson.loads(pending[4:4 + size])]
                pending = pending[4 + size:]
            if items:
                store.append(items, writer)
                committed += len(items)
                os.write(up, struct.pack("<Q", committed))
        store.checkpoint_now(writer)
        store.close()


def plain_run(sink: "PlainSink | PlainProcessSink", n: int, writers: int) -> float:
    """The same calls, writers and durable barriers as the mcpfort run, into a plain sink."""
    work = calls(n)
    n = 3 * len(work)
    _settle()
    start = time.perf_counter()
    _loop_run(_produce(sink, work, writers))  # type: ignore[arg-type]
    elapsed = time.perf_counter() - start
    sink.close()
    return n / elapsed


def _loop_run(coro):  # noqa: ANN001, ANN202 - the bench's one event loop choice
    try:
        import uvloop  # what mcpfort run uses when installed

        return uvloop.run(coro)
    except ImportError:
        return asyncio.run(coro)


def calls(n: int) -> list[tuple[dict, dict, dict]]:
    """The events of n/3 gateway calls, built before the clock starts (as the baseline's are)."""
    out = []
    for i in range(0, n, 3):
        called = event(i)
        out.append((called,
                    {**called, "event": "authz.decision", "decision": "allow", "arguments": None,
                     "reasons": ["files:read granted by capabilities.files:read (line 4)"]},
                    {**called, "event": "tool.completed", "decision": "allow", "arguments": None,
                     "duration_ms": 1.25, "result_bytes": 812}))
    return out


async def _produce(log: AuditLog, work: list[tuple[dict, dict, dict]], writers: int) -> list[float]:
    """Each writer plays gateway calls: two events, barrier (before forwarding), one event,
    barrier (before answering), as ``Gateway`` does with strict durability."""
    queue = iter(work)
    latencies: list[float] = []

    async def writer() -> None:
        for called, decided, completed in queue:
            t = time.perf_counter()
            log.record(called)
            log.record(decided)
            await log.barrier()
            log.record(completed)
            await log.barrier()
            latencies.append(time.perf_counter() - t)

    await asyncio.gather(*(writer() for _ in range(writers)))
    return latencies


def mcpfort_run(target: str, folder: str, n: int, writers: int) -> tuple[float, list[float], int]:
    settings = AuditSettings(key_file=os.path.join(folder, "audit.key"), signing_key=os.path.join(folder, "sign.key"),
                             checkpoint_every=1000, durability="strict")
    log = AuditLog(target, settings=settings, create_keys=True)
    work = calls(n)
    n = 3 * len(work)
    _settle()
    start = time.perf_counter()
    latencies = _loop_run(_produce(log, work, writers))
    elapsed = time.perf_counter() - start
    log.close()
    return n / elapsed, latencies, len(latencies)


def writer_alone(folder: str, n: int) -> float:
    """The same writer with every event queued up front: its own ceiling, no producers beside it."""
    settings = AuditSettings(key_file=os.path.join(folder, "audit.key"), signing_key=os.path.join(folder, "sign.key"),
                             checkpoint_every=1000, durability="strict")
    log = AuditLog(os.path.join(folder, "alone.db"), settings=settings)
    events = [event(i) for i in range(n)]
    _settle()
    start = time.perf_counter()
    for e in events:
        log.record(e)
    log.flush(timeout=600)
    elapsed = time.perf_counter() - start
    log.close()
    return n / elapsed


def verification(target: str, folder: str) -> tuple[float, float, int]:
    from mcpfort.audit.query import store_entries_after

    store = open_store(target)
    try:
        start = time.perf_counter()
        report = verify_store(store, trusted=load_public_keys([os.path.join(folder, "sign.key.pub")]))
        chain_rate = report.count / (time.perf_counter() - start)
        assert report.ok, report.reason
        ring = load_ring(os.path.join(folder, "audit.key"))
        start = time.perf_counter()
        opened = sum(1 for _ in store_entries_after(store, 0, ring=ring))
        open_rate = opened / (time.perf_counter() - start)
    finally:
        store.close()
    return chain_rate, open_rate, report.checkpoints


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--writers", type=int, default=64, help="concurrent recording tasks")
    parser.add_argument("--postgres", metavar="URL", help="also measure this PostgreSQL store (a scratch schema)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mcpfort-bench-audit-") as folder:
        base = baseline(folder, args.events)
        plain = plain_run(PlainSink(os.path.join(folder, "plain-concurrent.db")), args.events, args.writers)
        process = plain_run(PlainProcessSink(os.path.join(folder, "plain-process.db")), args.events, args.writers)
        rate, latencies, _ = mcpfort_run(os.path.join(folder, "audit.db"), folder, args.events, args.writers)
        protected = plain_run(ProtectedProcessSink(os.path.join(folder, "audit-process.db"), AuditSettings(
            key_file=os.path.join(folder, "audit.key"), signing_key=os.path.join(folder, "sign.key"),
            checkpoint_every=1000, durability="strict")), args.events, args.writers)
        chain_rate, open_rate, checkpoints = verification(os.path.join(folder, "audit.db"), folder)
        alone = writer_alone(folder, args.events)
        size = os.path.getsize(os.path.join(folder, "audit.db")) / args.events
        latencies.sort()
        print(f"events: {args.events}, concurrent writers: {args.writers}, SQLite {sqlite3.sqlite_version}, "
              f"synchronous=FULL for both")
        print(f"baseline  plain SQLite insert (JSON rows, batches of 256):  {base:10,.0f} events/s")
        print(f"plain     the same writers and barriers, plain rows, group commit: {plain:10,.0f} events/s "
              "(what concurrency and durable acknowledgements cost without any protection)")
        print(f"          the same, the writer in a child process:           {process:10,.0f} events/s "
              f"({process / base:.2f} of the baseline: what a writer free of the gateway's interpreter reaches "
              "with no protection at all)")
        print(f"mcpfort   masked + sealed + chained + checkpointed, durable: {rate:10,.0f} events/s "
              f"(call p50 {statistics.median(latencies) * 1000:.2f} ms, p99 "
              f"{latencies[int(len(latencies) * 0.99)] * 1000:.2f} ms)")
        print(f"          the same, its writer in a child process:       {protected:10,.0f} events/s "
              f"({protected / base:.2f} of the baseline: what a writer process of its own would reach)")
        print(f"ratio     mcpfort / baseline: {rate / base:.2f}  (aim: >= 0.50; and >= 50,000 events/s: "
              f"{'met' if rate >= 50_000 else 'NOT met'})")
        print(f"          mcpfort / plain with the same writers: {rate / plain:.2f}  (what masking, sealing, "
              "chaining and checkpoints cost)")
        print(f"writer    the same writer alone (events queued up front):  {alone:10,.0f} events/s "
              "(one core of Python work per event; the gateway's own work shares that interpreter)")
        print(f"verify    chain + {checkpoints} signed checkpoints, no key: {chain_rate:10,.0f} events/s")
        print(f"read      decrypt + parse (every entry opened):           {open_rate:10,.0f} events/s")
        print(f"size      {size:.0f} bytes/event on disk")
        if args.postgres:
            import uuid

            from mcpfort.audit.pgstore import PgStore

            url = f"{args.postgres}{'&' if '?' in args.postgres else '?'}schema=bench_{uuid.uuid4().hex[:10]}"
            try:
                pg_rate, pg_lat, _ = mcpfort_run(url, folder, args.events, args.writers)
                pg_chain, pg_open, _ = verification(url, folder)
                pg_lat.sort()
                print(f"postgres  durable (synchronous_commit=on):                {pg_rate:10,.0f} events/s "
                      f"(ack p50 {statistics.median(pg_lat) * 1000:.2f} ms); verify {pg_chain:,.0f}/s")
            finally:
                PgStore(url).drop_schema()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
