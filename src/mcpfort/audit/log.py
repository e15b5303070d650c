"""``AuditLog``: the gateway's audit sink, a queue in front of one writer thread.

``record`` only puts a shallow copy of the event on a queue, so a tool call pays about a
microsecond for its audit trail.  The writer thread masks each event, then commits in groups (up
to 256 events, or whatever arrived within 20 ms of the first) as one transaction each.

A write that fails (disk full, file locked for longer than the busy timeout, file removed) is
announced once on stderr and retried every half second with the events kept in memory; when it
works again, stderr says so.  ``error`` says what is wrong meanwhile, so a caller may refuse work
it cannot audit; ``flush`` and ``close`` raise ``AuditError`` instead of waiting forever.
"""

from __future__ import annotations

import atexit
import queue
import sys
import threading
import time
from typing import Any

from mcpfort.audit import store
from mcpfort.audit.masking import mask
from mcpfort.errors import AuditError

__all__ = ["AuditLog"]

_STOP = object()


class AuditLog:
    """Opened once per gateway process; ``record`` may be called from any thread.

    The caller must not change the nested values of an event (its ``arguments``, say) after
    recording it: only the top-level dict is copied on the caller's thread.
    """

    def __init__(self, path: str, *, batch_size: int = 256, batch_window: float = 0.02,
                 retry_every: float = 0.5) -> None:
        self.path = path
        self._batch_size = batch_size
        self._window = batch_window
        self._retry = retry_every
        self._conn = store.open_writer(path)  # fail at start, not at the first tool call
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = False
        self._error: str | None = None
        self._crash: str | None = None
        self._unwritten = 0
        self._abandon = threading.Event()
        self._thread = threading.Thread(target=self._run, name="mcpfort-audit", daemon=True)
        self._thread.start()
        atexit.register(self._at_exit)

    @property
    def error(self) -> str | None:
        """Why the last write failed, while events are waiting to be retried; else None."""
        return self._crash or self._error

    def record(self, event: dict[str, Any]) -> None:
        if self._closed:
            raise AuditError(f"audit log {self.path} is closed; event {event.get('event')!r} was not recorded")
        self._queue.put(dict(event))

    def flush(self, timeout: float = 30.0) -> None:
        """Block until every event recorded so far is committed."""
        if not self._thread.is_alive():
            self._raise_if_lost()
            return
        done = threading.Event()
        self._queue.put(done)
        self._wait(done, timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Flush, stop the writer and close the file; later calls do nothing."""
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
                self._conn.close()
        self._raise_if_lost()

    # -- caller side helpers -------------------------------------------------------------------
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
    def _run(self) -> None:
        try:
            self._loop()
        except BaseException as exc:  # a bug here must not pass silently: flush/close raise it
            self._crash = f"{type(exc).__name__}: {exc}"
            print(f"mcpfort: the audit writer for {self.path} stopped: {self._crash}", file=sys.stderr)

    def _loop(self) -> None:
        pending: list[dict[str, Any]] = []  # masked, waiting for a commit
        waiters: list[threading.Event] = []  # flushes satisfied once pending is committed
        stopping = False
        while True:
            if not stopping:
                stopping = self._collect(pending, waiters, block=not pending)
            if pending:
                try:
                    store.append(self._conn, pending)
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
                pending.clear()
                self._unwritten = 0
            for done in waiters:
                done.set()
            waiters.clear()
            if stopping:
                return

    def _collect(self, pending: list[dict[str, Any]], waiters: list[threading.Event], *, block: bool) -> bool:
        """Move up to one batch from the queue into ``pending``; True once close() asked to stop."""
        try:
            item = self._queue.get() if block else self._queue.get_nowait()
        except queue.Empty:
            return False
        if not isinstance(item, threading.Event) and item is not _STOP:
            # Sleep through the window instead of waiting on the queue: events recorded meanwhile
            # then cost the gateway's thread a plain append, not a wake-up of this one each.
            time.sleep(self._window)
        taken = 0
        while True:
            if item is _STOP:
                return True
            if isinstance(item, threading.Event):
                waiters.append(item)
                return False  # someone is waiting: commit now rather than wait for the window
            pending.append(_prepare(item))
            taken += 1
            if taken >= self._batch_size:
                return False
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return False

    def _failed(self, exc: BaseException, count: int) -> None:
        first = self._error is None
        self._error = f"{type(exc).__name__}: {exc}"
        if first:
            print(f"mcpfort: audit log {self.path}: cannot write ({self._error}); keeping {count} event(s) "
                  f"in memory and retrying every {self._retry:g}s", file=sys.stderr)


# Fields the gateway itself fills with identifiers, names, numbers and policy words: no secret
# can be in them, so the writer does not spend time scanning them (arguments, errors, reasons
# and anything else still are).
_PLAIN = frozenset({"ts", "event", "trace_id", "session_id", "kind", "decision", "duration_ms", "result_bytes",
                    "context", "server", "code", "exit_code", "pid", "status", "port", "required", "available"})


def _prepare(event: dict[str, Any]) -> dict[str, Any]:
    if "ts" not in event:
        event["ts"] = time.time()
    try:
        plain = {k: v for k, v in event.items() if k in _PLAIN and isinstance(v, (str, int, float, list))
                 and (not isinstance(v, list) or all(isinstance(i, str) for i in v))}
        rest = mask({k: v for k, v in event.items() if k not in plain})
        return {**plain, **rest}
    except Exception as exc:  # never lose the fact that something happened
        return {"ts": event["ts"], "event": "audit.unrecordable", "error": f"{type(exc).__name__}: {exc}"}
