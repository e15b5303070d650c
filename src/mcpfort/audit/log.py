"""``AuditLog``: the gateway's audit sink, a queue in front of one writer thread.

``record`` only puts a shallow copy of the event on a queue, so a tool call pays about a
microsecond for its audit trail.  The writer thread masks each event, then appends in groups as
one transaction each (see ``chain``: sealing, checkpoints, rotation, retention).

Durability (``audit.durability``):

* ``strict``: commits with ``synchronous=FULL`` as soon as anything is queued, and ``barrier()``
  (awaited by the gateway before it forwards a call and before any answer reaches the client)
  returns once everything recorded before it is on disk.  Calls that arrive while a commit is
  running share the next one (group commit).
* ``batched``: waits up to ``batch_window`` (20 ms) to gather a batch, ``synchronous=NORMAL``;
  ``barrier`` only holds a call while more than ``max_backlog`` (1024) events wait, so a SIGKILL
  loses at most that many events (usually just the last 20 ms), however fast calls arrive.

A write that fails (disk full, file locked for longer than the busy timeout, database down) is
announced once on stderr and retried every half second with the events kept in memory; when it
works again, stderr says so.  ``error`` says what is wrong meanwhile; ``flush``, ``close`` and
``barrier`` raise ``AuditError`` instead of waiting forever.
"""

from __future__ import annotations

import asyncio
import atexit
import queue
import sys
import threading
import time
from typing import Any, Callable

from mcpfort.audit.chain import ChainWriter, Prepared
from mcpfort.audit.masking import mask, mask_split
from mcpfort.audit.seal import SKELETON
from mcpfort.audit.settings import AuditSettings
from mcpfort.errors import AuditError

__all__ = ["AuditLog"]

_STOP = object()


def _fail(futures: list[asyncio.Future[None]], error: AuditError) -> None:
    for future in futures:
        if not future.done():
            future.set_exception(error)


def writer_for(settings: AuditSettings, *, create_keys: bool = False, chain: str = "main",
               clock: Callable[[], float] = time.time) -> ChainWriter:
    """The ``ChainWriter`` the settings describe; creates missing key files when asked (first start)."""
    from mcpfort.audit import keys
    from mcpfort.audit.checkpoint import Signer

    if create_keys:
        keys.ensure_keys(settings.key_file, settings.signing_key)
    ring = keys.load_ring(settings.key_file, settings.key_env) if settings.encrypted else None
    signer = Signer(keys.load_signing_key(settings.signing_key)) if settings.signing_key else None
    return ChainWriter(chain=chain, ring=ring, key_file=settings.key_file, signer=signer,
                       every=settings.checkpoint_every, seconds=settings.checkpoint_seconds,
                       rotation=settings.rotation, retention=settings.retention, clock=clock)


class AuditLog:
    """Opened once per gateway process; ``record`` may be called from any thread.

    ``AuditLog(path)`` keeps the first release's behaviour (plain, batched); pass the policy's
    ``settings`` for encryption, checkpoints, rotation, retention and strict durability.  The
    caller must not change the nested values of an event after recording it: only the
    top-level dict is copied on the caller's thread.
    """

    def __init__(self, path: str, *, batch_size: int = 256, batch_window: float | None = None,
                 retry_every: float = 0.5, settings: AuditSettings | None = None, create_keys: bool = True,
                 barrier_timeout: float = 30.0, max_backlog: int = 1024,
                 clock: Callable[[], float] = time.time) -> None:
        from mcpfort.audit.store import open_store

        settings = settings or AuditSettings(durability="batched")
        self.path = path
        self.settings = settings
        self.durability = settings.durability
        self._batch_size = batch_size
        self._window = batch_window if batch_window is not None else (0.0 if self.durability == "strict" else 0.02)
        self._retry = retry_every
        self._barrier_timeout = barrier_timeout
        self._max_backlog = max_backlog
        # How many of the events recorded before a barrier may still be unwritten when it returns.
        self._slack = 0 if self.durability == "strict" else max_backlog
        self._store = open_store(path, write=True, durability=self.durability)  # fail at start, not at a call
        try:
            chain = settings.chain if self._store.multi_chain else "main"
            self._store.chain = chain
            # The key epoch before the ring is read: a rotate-key or forget after this moment
            # is noticed at the first write, and nothing is wrapped with a retired key.
            epoch = self._store.epoch()
            self._writer = writer_for(settings, create_keys=create_keys, chain=chain, clock=clock)
            self._writer._epoch = epoch
        except BaseException:
            self._store.close()
            raise
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        # Events are numbered in queue order: barrier() waits for its number to be committed.
        self._lock = threading.Lock()
        self._recorded = 0
        self._committed = 0
        # The barriers waiting, per event loop: the writer only tells a loop that something was
        # committed; the loop's own thread finds whom that satisfies (see _wake_loop).
        self._waiting: dict[asyncio.AbstractEventLoop, list[_Waiter]] = {}
        self._watched: set[asyncio.AbstractEventLoop] = set()  # loops with a barrier watchdog armed
        self._closed = False
        self._error: str | None = None
        self._crash: str | None = None
        self._unwritten = 0
        self._abandon = threading.Event()
        alarm = self._startup_check()
        self._thread = threading.Thread(target=self._run, name="mcpfort-audit", daemon=True)
        self._thread.start()
        atexit.register(self._at_exit)
        if alarm:
            self.record({"event": "audit.alarm", "reason": alarm})

    @classmethod
    def from_settings(cls, target: str, settings: AuditSettings, **kw: Any) -> "AuditLog":
        return cls(target, settings=settings, **kw)

    @classmethod
    def for_policy(cls, target: str, policy: Any, **kw: Any) -> "AuditLog":
        """The log a gateway opens: ``target`` from ``config.audit_path``, the rest from ``policy.audit``."""
        from mcpfort.audit.settings import parse
        from mcpfort.errors import PolicyError

        def fail(path: tuple, expected: str) -> Exception:
            return PolicyError(policy.file, None, ".".join(map(str, path)), expected)

        return cls(target, settings=parse(policy.audit or None, policy.base_dir, fail), **kw)

    @property
    def error(self) -> str | None:
        """Why the last write failed, while events are waiting to be retried; else None."""
        return self._crash or self._error

    def record(self, event: dict[str, Any]) -> None:
        if self._closed:
            raise AuditError(f"audit log {self.path} is closed; event {event.get('event')!r} was not recorded")
        copy = dict(event)
        lock = self._lock
        lock.acquire()  # not ``with``: its two method calls cost a quarter of record()
        try:
            self._recorded += 1
            self._queue.put(copy)
        finally:
            lock.release()

    async def barrier(self) -> None:
        """Strict: return once every event recorded before this call is committed.  Batched:
        return at once unless more than ``max_backlog`` events wait, which bounds what a crash
        can lose even when calls arrive faster than the disk takes them."""
        if self._closed:
            raise AuditError(f"audit log {self.path} is closed")
        target = self._recorded - self._slack
        if self._committed >= target:
            return  # already committed by a group commit that other calls waited for
        if self._crash is not None:
            self._raise_if_lost()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        deadline = time.monotonic() + self._barrier_timeout
        lock = self._lock
        lock.acquire()
        try:
            if self._committed >= target:
                return
            waiting = self._waiting.get(loop)
            if waiting is None:
                waiting = self._waiting[loop] = []
            waiting.append((target, future, deadline))
            arm = loop not in self._watched
            if arm:
                self._watched.add(loop)
        finally:
            lock.release()
        if arm:
            loop.call_later(self._watch_every, self._watch, loop)
        await future

    @property
    def _watch_every(self) -> float:
        return min(max(self._barrier_timeout / 4, 0.01), 1.0)

    def _watch(self, loop: asyncio.AbstractEventLoop) -> None:
        """One timer per event loop instead of one per barrier (a timer per call cost more than the
        rest of ``barrier``): fails the barriers that waited longer than ``barrier_timeout``."""
        now = time.monotonic()
        with self._lock:
            waiting = self._waiting.get(loop, [])
            late = [w for w in waiting if w[2] <= now]
            if late:
                waiting = [w for w in waiting if w[2] > now]
            again = bool(waiting)
            if again:
                self._waiting[loop] = waiting
            else:
                self._waiting.pop(loop, None)  # so a closed loop is not kept alive here
                self._watched.discard(loop)
        if late:
            _fail([w[1] for w in late], AuditError(
                f"audit log {self.path}: events not on disk after {self._barrier_timeout:g}s "
                f"({self.error or 'the writer is busy'}); refusing to go on without them"))
        if again:
            loop.call_later(self._watch_every, self._watch, loop)

    def flush(self, timeout: float = 30.0) -> None:
        """Block until every event recorded so far is committed."""
        if not self._thread.is_alive():
            self._raise_if_lost()
            return
        done = threading.Event()
        self._queue.put(done)
        self._wait(done, timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Flush, sign a final checkpoint, stop the writer and close the store; later calls do nothing."""
        if self._closed:
            return
        self._closed = True
        atexit.unregister(self._at_exit)
        done = threading.Event()
        self._queue.put(done)
        self._queue.put(_STOP)
        try:
            self._wait(done, timeout)
        finally:
            self._abandon.set()
            self._thread.join(timeout=max(self._retry, 1.0) * 2)
            if not self._thread.is_alive():
                self._store.close()
        self._raise_if_lost()

    # -- caller side helpers -------------------------------------------------------------------
    def _startup_check(self) -> str | None:
        """The newest signed checkpoint must still match the log: else someone cut or rewrote it."""
        if self._writer.signer is None:
            return None
        try:
            last = self._store.last_checkpoint()
            if last is None:
                return None
            seq, head = last
            found = self._store.entry_hash(seq)
        except Exception:  # noqa: BLE001 - a read problem shows at the first write
            return None
        if found == head:
            return None
        why = (f"entries up to {seq} were removed after a signed checkpoint covered them" if found is None
               else f"entry {seq} no longer matches the signed checkpoint")
        print(f"mcpfort: ALARM: audit log {self.path}: {why}; run mcpfort audit verify", file=sys.stderr)
        return why

    def _wait(self, done: threading.Event, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not done.wait(0.05):
            if not self._thread.is_alive():
                if done.is_set():  # it finished between the two checks
                    return
                self._raise_if_lost()
                raise AuditError(f"the audit writer for {self.path} stopped; recent events were not written")
            if time.monotonic() >= deadline:
                raise AuditError(f"audit log {self.path}: events not written after {timeout:g}s "
                                 f"({self.error or 'the writer is busy'})")

    def _raise_if_lost(self) -> None:
        if self._crash is not None:
            raise AuditError(f"the audit writer for {self.path} stopped: {self._crash}")
        if self._unwritten:
            raise AuditError(f"audit log {self.path}: {self._unwritten} event(s) could not be written ({self._error})")

    def _at_exit(self) -> None:
        try:
            self.close()
        except AuditError as exc:
            print(f"mcpfort: {exc}", file=sys.stderr)

    # -- writer thread -------------------------------------------------------------------------
    def _make(self, event: dict[str, Any]) -> Prepared:
        if self._writer.ring is not None:  # masked and split in one walk
            if "ts" not in event:
                event["ts"] = time.time()
            try:
                found = mask_split(event, _PLAIN, SKELETON)
            except Exception:  # noqa: BLE001 - _prepare below records what went wrong
                found = None
            if found is not None:
                return found[0], found[1] or None
        masked = _prepare(event)
        try:
            return self._writer.prepare(masked)
        except Exception as exc:  # never lose the fact that something happened
            return self._writer.prepare({"ts": masked.get("ts", time.time()), "event": "audit.unrecordable",
                                         "error": f"{type(exc).__name__}: {exc}"})

    def _run(self) -> None:
        try:
            self._loop()
        except BaseException as exc:  # a bug here must not pass silently: flush/close raise it
            self._die(exc)

    def _die(self, exc: BaseException) -> None:
        self._crash = f"{type(exc).__name__}: {exc}"
        print(f"mcpfort: the audit writer for {self.path} stopped: {self._crash}", file=sys.stderr)
        with self._lock:
            waiting, self._waiting = self._waiting, {}
        error = AuditError(f"the audit writer for {self.path} stopped: {self._crash}")
        for loop, waiters in waiting.items():
            try:
                loop.call_soon_threadsafe(_fail, [w[1] for w in waiters], error)
            except RuntimeError:
                pass

    def _loop(self) -> None:
        pending: list[Prepared] = []  # masked and split, waiting for a commit (sealed there)
        waiters: list[threading.Event] = []  # flushes satisfied once pending is committed
        stopping = False
        while True:
            if not stopping:
                stopping = self._collect(pending, waiters, block=not pending and not waiters)
            if pending:
                try:
                    self._store.append(pending, self._writer)
                except Exception as exc:  # sqlite3.Error, OSError, AuditError: all retried the same way
                    self._failed(exc, len(pending))
                    self._unwritten = len(pending)
                    # close() gives up after its timeout; until then keep trying
                    if self._abandon.wait(self._retry) and stopping:
                        return
                    continue
                if self._error is not None:
                    print(f"mcpfort: audit log {self.path}: writing again ({len(pending)} delayed event(s) saved)",
                          file=sys.stderr)
                    self._error = None
                self._committed_now(len(pending))
                pending.clear()
                self._unwritten = 0
            if stopping:
                try:
                    self._store.checkpoint_now(self._writer)
                except Exception as exc:  # noqa: BLE001 - the events are safe; only the seal is missing
                    print(f"mcpfort: audit log {self.path}: no final checkpoint ({type(exc).__name__}: {exc})",
                          file=sys.stderr)
            self._release(waiters)
            if stopping:
                return

    def _committed_now(self, count: int) -> None:
        """Count what was committed and tell each event loop with barriers waiting (one call per
        loop); the loop finds the barriers it satisfies itself.  Sorting ~64 of them here cost this
        thread 15 us of CPU per commit more, the loop's thread does it for 6-8 us more."""
        with self._lock:
            self._committed += count
            loops = [loop for loop, waiting in self._waiting.items() if waiting]
        for loop in loops:
            try:
                loop.call_soon_threadsafe(self._wake_loop, loop)
            except RuntimeError:  # that loop is closed: nobody is waiting any more
                with self._lock:
                    self._waiting.pop(loop, None)

    def _wake_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """On ``loop``'s thread: wake its barriers that the events committed so far satisfy."""
        with self._lock:
            done = self._committed
            waiting = self._waiting.get(loop)
            if not waiting:
                return
            ready = [w for w in waiting if w[0] <= done]
            if not ready:
                return
            waiting = [w for w in waiting if w[0] > done]
            if waiting:
                self._waiting[loop] = waiting
            else:
                del self._waiting[loop]
        for _, future, _ in ready:
            if not future.done():
                future.set_result(None)

    @staticmethod
    def _release(waiters: list[threading.Event]) -> None:
        for waiter in waiters:
            waiter.set()
        waiters.clear()

    def _collect(self, pending: list[Prepared], waiters: list[threading.Event], *, block: bool) -> bool:
        """Move up to one batch from the queue into ``pending``; True once close() asked to stop."""
        try:
            item = self._queue.get() if block else self._queue.get_nowait()
        except queue.Empty:
            return False
        if self._window and not isinstance(item, threading.Event) and item is not _STOP:
            # Sleep through the window instead of waiting on the queue: events recorded meanwhile
            # then cost the gateway's thread a plain append, not a wake-up of this one each.
            time.sleep(self._window)
        taken, limit, get = 0, self._batch_size, self._queue.get_nowait
        while True:
            if item is _STOP:
                return True
            if isinstance(item, threading.Event):
                waiters.append(item)
                return False  # someone is waiting: commit now rather than wait for the window
            pending.append(self._make(item))  # masked here, before the store's write lock is taken
            taken += 1
            if taken >= limit:
                return False
            try:
                item = get()
            except queue.Empty:
                return False

    def _failed(self, exc: BaseException, count: int) -> None:
        first = self._error is None
        self._error = f"{type(exc).__name__}: {exc}"
        if first:
            print(f"mcpfort: audit log {self.path}: cannot write ({self._error}); keeping {count} event(s) "
                  f"in memory and retrying every {self._retry:g}s", file=sys.stderr)


# (event number to wait for, the future to wake, monotonic deadline); kept per event loop
_Waiter = tuple[int, "asyncio.Future[None]", float]


# Fields the gateway itself fills with identifiers, names, numbers and policy words: no secret
# can be in them, so the writer does not spend time scanning them (arguments, errors, reasons
# and anything else still are).
_PLAIN = frozenset({"ts", "event", "trace_id", "session_id", "kind", "decision", "duration_ms", "result_bytes",
                    "context", "server", "code", "exit_code", "pid", "status", "port", "required", "available"})


def _prepare(event: dict[str, Any]) -> dict[str, Any]:
    """``event`` (the log's own shallow copy) with its secrets masked, in place."""
    if "ts" not in event:
        event["ts"] = time.time()
    try:
        rest: dict[str, Any] | None = None
        for key, value in event.items():
            if key in _PLAIN:
                kind = type(value)
                if kind is str or kind is float or kind is int or (kind is list and all(type(i) is str for i in value)):
                    continue
            if rest is None:
                rest = {}
            rest[key] = value
        if rest:
            masked = mask(rest)
            if masked.keys() != rest.keys():  # a key that was not a string: rebuild without it
                event = {k: v for k, v in event.items() if k not in rest}
            event.update(masked)
        return event
    except Exception as exc:  # never lose the fact that something happened
        return {"ts": event["ts"], "event": "audit.unrecordable", "error": f"{type(exc).__name__}: {exc}"}
