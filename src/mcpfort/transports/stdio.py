"""Newline-delimited JSON-RPC over pipes: our own stdin/stdout, and a child process's.

A transport moves framed messages and knows nothing of policy.  Its interface is three
methods: ``receive()`` (bytes of one line, ``TOO_LARGE`` for a line over the limit, or ``None``
at end of stream), ``send(bytes)`` and ``aclose()``.
"""

from __future__ import annotations

import asyncio
import ctypes
import os
import signal
import stat
import sys
from typing import Any, Callable, Final

from mcpfort.errors import UpstreamError

__all__ = ["TOO_LARGE", "LineReader", "StdioTransport", "ProcessTransport", "seal_inherited_descriptors"]

TOO_LARGE: Final = b"\x00too-large"  # never a valid line: NUL cannot start JSON text
_CHUNK = 1 << 16


class LineReader:
    """Split a byte stream into lines, refusing (and skipping) any line over ``limit`` bytes."""

    def __init__(self, stream: Any, limit: int) -> None:  # anything with `async read(n)`
        self._stream = stream
        self._limit = limit
        self._buf = bytearray()
        self._skipping = False
        self._scanned = 0  # bytes of _buf already known to hold no newline

    async def readline(self) -> bytes | None:
        while True:
            index = self._buf.find(b"\n", self._scanned)
            if index >= 0:
                too_large = self._skipping or index > self._limit
                line = b"" if too_large else bytes(self._buf[:index])
                del self._buf[: index + 1]
                self._scanned = 0
                self._skipping = False
                if too_large:
                    return TOO_LARGE
                return line[:-1] if line.endswith(b"\r") else line
            if len(self._buf) > self._limit:
                self._buf.clear()
                self._skipping = True
            self._scanned = len(self._buf)
            chunk = await self._stream.read(_CHUNK)
            if not chunk:
                if self._skipping:
                    self._skipping = False
                    self._buf.clear()
                    return TOO_LARGE
                if len(self._buf) > self._limit:
                    self._buf.clear()
                    return TOO_LARGE
                if self._buf:
                    line = bytes(self._buf)
                    self._buf.clear()
                    return line
                return None
            self._buf += chunk


class _FileSource:
    """Reads a regular file in a worker thread, for stdin redirected from a file."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    async def read(self, n: int) -> bytes:
        return await asyncio.get_running_loop().run_in_executor(None, os.read, self._fd, n)


class StdioTransport:
    """The client side: mcpfort's own stdin and stdout."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._reader: LineReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._file_out: int | None = None

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        stdin, stdout = 0, 1  # the process's own descriptors, whatever sys.stdout was rebound to
        if stat.S_ISREG(os.fstat(stdin).st_mode):
            source: Any = _FileSource(stdin)  # `mcpfort run < requests.jsonl`: pipes only work on pipes
        else:
            source = asyncio.StreamReader(limit=self._limit + _CHUNK)
            await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(source),
                                         os.fdopen(stdin, "rb", 0, closefd=False))
        if stat.S_ISREG(os.fstat(stdout).st_mode):
            self._file_out = stdout
        else:
            transport, protocol = await loop.connect_write_pipe(
                asyncio.streams.FlowControlMixin, os.fdopen(stdout, "wb", 0, closefd=False))
            self._writer = asyncio.StreamWriter(transport, protocol, None, loop)
        self._reader = LineReader(source, self._limit)

    async def receive(self) -> bytes | None:
        assert self._reader is not None, "start() first"  # programming error, not input validation
        return await self._reader.readline()

    async def send(self, data: bytes) -> None:
        if self._file_out is not None:
            view = memoryview(data + b"\n")
            while view:
                view = view[os.write(self._file_out, view):]
            return
        if self._writer is None or self._writer.is_closing():
            return
        try:
            self._writer.write(data + b"\n")
            await self._writer.drain()
        except (BrokenPipeError, ConnectionResetError):
            self._writer.close()  # the client stopped reading; its stdin EOF ends the session

    async def aclose(self) -> None:
        if self._writer is not None and not self._writer.is_closing():
            self._writer.close()


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    # If the gateway is killed outright, the kernel kills the server too: nothing is left running.
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def seal_inherited_descriptors() -> None:
    """Make every descriptor the gateway inherited (beyond stdio) non-inheritable.

    uvloop's subprocess spawn ignores ``close_fds``: without this, a descriptor the MCP client
    leaked to us would reach the server, past any mount view or landlock rule.
    """
    try:
        fds = [int(fd) for fd in os.listdir("/proc/self/fd")]
    except OSError:
        return
    for fd in fds:
        if fd > 2:
            try:
                os.set_inheritable(fd, False)
            except OSError:
                pass


class ProcessTransport:
    """The upstream side: a child process in its own process group, spoken to over its pipes."""

    def __init__(self, command: list[str], *, limit: int, env: dict[str, str] | None = None,
                 cwd: str | None = None, pass_fds: tuple[int, ...] = (),
                 preexec: Callable[[], None] | None = None) -> None:
        self.command = command
        self._limit = limit
        self._env = env
        self._cwd = cwd
        self._pass_fds = pass_fds
        self._preexec = preexec
        self.process: asyncio.subprocess.Process | None = None
        self._reader: LineReader | None = None

    async def start(self) -> None:
        try:
            self.process = await asyncio.create_subprocess_exec(
                *self.command, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
                stderr=None, env=self._env, cwd=self._cwd, start_new_session=True,
                limit=self._limit + _CHUNK, pass_fds=self._pass_fds, preexec_fn=self._in_child)
        except FileNotFoundError:
            raise UpstreamError(f"cannot start the server: command {self.command[0]!r} was not found on PATH") from None
        except PermissionError:
            raise UpstreamError(f"cannot start the server: {self.command[0]!r} is not executable") from None
        except OSError as exc:
            raise UpstreamError(f"cannot start the server {self.command[0]!r}: {exc.strerror or exc}") from None
        assert self.process.stdout is not None
        self._reader = LineReader(self.process.stdout, self._limit)

    def _in_child(self) -> None:  # pragma: no cover - runs between fork and exec
        if sys.platform.startswith("linux"):
            _die_with_parent()
        if self._preexec is not None:
            self._preexec()

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    async def receive(self) -> bytes | None:
        assert self._reader is not None, "start() first"
        return await self._reader.readline()

    async def send(self, data: bytes) -> None:
        stdin = self.process.stdin if self.process else None
        if stdin is None or stdin.is_closing():
            return
        stdin.write(data + b"\n")
        try:
            await stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the reader side notices the exit and reports it

    async def aclose(self, grace: float = 2.0) -> int | None:
        """Close stdin, then SIGTERM, then SIGKILL the whole process group; return the exit code."""
        process = self.process
        if process is None:
            return None
        if process.stdin and not process.stdin.is_closing():
            process.stdin.close()
        for sig in (None, signal.SIGTERM, signal.SIGKILL):
            if sig is not None:
                try:
                    os.killpg(process.pid, sig)
                except (ProcessLookupError, PermissionError):
                    pass
            try:
                await asyncio.wait_for(process.wait(), grace)
                break
            except asyncio.TimeoutError:
                continue
        try:  # helpers the server started (npx starts node) share its group: stop them too
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        return process.returncode
