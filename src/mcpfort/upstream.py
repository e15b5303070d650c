"""The upstream server process: started inside its sandbox, restartable, with its egress proxy.

The gateway talks to this object as to any transport (``receive``/``send``/``aclose``).  It
owns the sandbox's lifetime: cgroups, the control channel, the egress proxy task.  It never
decides policy; it receives a ``SandboxSpec`` and reports what was enforced.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import sys
from typing import Any, Callable

from mcpfort.errors import UpstreamError
from mcpfort.sandbox.spec import SandboxSpec
from mcpfort.transports.stdio import ProcessTransport

__all__ = ["Upstream"]


def _state_dir(server: str, policy_file: str | None) -> str:
    """The server's persistent HOME: one per policy and server, so projects never share one."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    owner = hashlib.sha256(os.path.abspath(policy_file or "-").encode()).hexdigest()[:12]
    return os.path.join(base, "mcpfort", "sandbox", f"{server}-{owner}")


def _absolute_paths(command: list[str], cwd: str) -> list[str]:
    """``./project`` on a server's command line means the folder next to the policy's cwd.

    Inside the sandbox the server may start in another folder (its cwd may not be visible), so
    relative path arguments that exist are made absolute before launch.
    """
    out = command[:1]
    for arg in command[1:]:
        if arg == "." or arg.startswith(("./", "../")):
            candidate = os.path.normpath(os.path.join(cwd, arg))
            out.append(candidate if os.path.exists(candidate) else arg)
        else:
            out.append(arg)
    return out


class Upstream:
    def __init__(self, server: str, command: list[str], spec: SandboxSpec, *, env: dict[str, str], cwd: str,
                 limit: int, record: Callable[[dict[str, Any]], None], policy_file: str | None = None) -> None:
        self.server = server
        self.command = _absolute_paths(command, cwd)
        self.spec = spec
        self._env = env
        self._cwd = cwd
        self._limit = limit
        self._record = record
        self._policy_file = policy_file
        self.transport: ProcessTransport | None = None
        self.enforced: list[str] = []
        self.degraded: dict[str, str] = {}
        self.server_cwd = cwd
        self._sandbox: Any = None
        self._proxy_task: asyncio.Task[None] | None = None
        self._last_spec_visible: list[str] | None = None

    @property
    def pid(self) -> int | None:
        return self.transport.pid if self.transport else None

    @property
    def sandboxed(self) -> bool:
        return self._sandbox is not None

    async def start(self) -> None:
        spec = self.spec
        if spec.unsafe_no_sandbox:
            self.enforced, self.degraded = [], {"sandbox": "disabled by unsafe_no_sandbox: true"}
            self.transport = ProcessTransport(self.command, limit=self._limit, env=self._env, cwd=self._cwd)
            await self.transport.start()
            return
        if not sys.platform.startswith("linux"):
            raise UpstreamError(f"sandboxing is implemented for Linux only (this is {sys.platform}); "
                                f"set servers.{self.server}.unsafe_no_sandbox: true to run it unsandboxed")
        from mcpfort.sandbox.linux import LinuxSandbox

        sandbox = LinuxSandbox(spec, self.command, server=self.server, env=self._env, cwd=self._cwd,
                               state_dir=_state_dir(self.server, self._policy_file))
        try:
            launch = sandbox.prepare()
        except OSError as exc:
            sandbox.cleanup()
            if spec.require == "strict":
                raise UpstreamError(f"cannot sandbox server {self.server!r}: {exc}. Install bubblewrap, or set "
                                    f"servers.{self.server}.sandbox.require: best-effort to run it without the "
                                    "layers this machine lacks") from None
            print(f"mcpfort: warning: server {self.server!r} runs WITHOUT a sandbox: {exc}", file=sys.stderr)
            self.enforced, self.degraded = [], {"sandbox": str(exc)}
            self.transport = ProcessTransport(self.command, limit=self._limit, env=self._env, cwd=self._cwd)
            await self.transport.start()
            return
        self._sandbox = sandbox
        self._last_spec_visible = [*spec.read, *spec.write, *launch.runtime]
        self.server_cwd = launch.server_cwd
        self.transport = ProcessTransport(launch.argv, limit=self._limit, env=launch.env, cwd=launch.cwd,
                                          pass_fds=launch.pass_fds, preexec=launch.preexec)
        await self.transport.start()
        sandbox.started()
        status, listener = await asyncio.get_running_loop().run_in_executor(None, sandbox.receive_status)
        self.enforced = launch.enforced + status.get("enforced", [])
        self.degraded = {**launch.degraded, **status.get("failed", {})}
        if status.get("failed") and spec.require == "strict":
            await self.aclose()
            failed = "; ".join(f"{k}: {v}" for k, v in status["failed"].items())
            raise UpstreamError(f"sandbox of server {self.server!r} is incomplete ({failed}); refusing to run it "
                                f"(set servers.{self.server}.sandbox.require: best-effort to run anyway)")
        if self.degraded:
            shown = "; ".join(f"{k}: {v}" for k, v in self.degraded.items())
            print(f"mcpfort: warning: sandbox of {self.server!r} is degraded: {shown}", file=sys.stderr)
        if listener is not None:
            from mcpfort.sandbox.egress import EgressProxy

            proxy = EgressProxy(spec.allow_hosts, server=self.server, record=self._record)
            listener.setblocking(False)
            self._proxy_task = asyncio.create_task(proxy.serve(listener), name="egress-proxy")

    def diagnose(self) -> str | None:
        """Why a sandboxed server may have died at start: the host paths it names that it cannot see."""
        if self._last_spec_visible is None:
            return None
        missing = []
        for arg in self.command[1:]:
            candidate = arg if arg.startswith("/") else os.path.join(self._cwd, arg) if arg.startswith(".") else None
            if candidate and os.path.exists(candidate) and not any(
                    candidate == v or candidate.startswith(v.rstrip("/") + "/") for v in self._last_spec_visible):
                missing.append(candidate)
        if not missing:
            return None
        return (f"inside its sandbox the server cannot see {', '.join(missing)}; grant it with "
                f"servers.{self.server}.sandbox.filesystem.read (or .write) in the policy")

    def kill(self) -> None:
        """Kill a hung server at once; the gateway notices the exit and restarts it."""
        if self.transport is not None and self.transport.process is not None:
            try:
                os.killpg(self.transport.process.pid, 9)
            except (ProcessLookupError, PermissionError):
                pass

    async def receive(self) -> bytes | None:
        return await self.transport.receive() if self.transport else None

    async def send(self, data: bytes) -> None:
        if self.transport:
            await self.transport.send(data)

    async def aclose(self) -> int | None:
        code = await self.transport.aclose() if self.transport else None
        if self._proxy_task is not None:
            self._proxy_task.cancel()
            self._proxy_task = None
        if self._sandbox is not None:
            self._sandbox.cleanup()
            self._sandbox = None
        return code
