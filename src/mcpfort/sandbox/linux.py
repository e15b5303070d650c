"""Linux sandbox launcher: bubblewrap namespaces and mounts, then the in-sandbox helper's filters.

Layers, outermost first: user/mount/pid/net/ipc/uts namespaces and a mount view that holds only
the runtime and the granted folders (bwrap); cgroups for memory, pids and CPU where the gateway
may create them (per-process rlimits otherwise); a size-capped private ``/tmp``; then, inside,
rlimits, landlock, no capabilities, no-new-privs and seccomp (``_init.py``).  The network
namespace is empty; the only way out is the egress listener whose descriptor comes back to
the gateway.  Every layer is reported as enforced or failed with the OS error, never assumed.
"""

from __future__ import annotations

import functools
import marshal
import os
import shutil
import socket
import stat
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any

from mcpfort.sandbox import _syscalls
from mcpfort.sandbox.spec import SandboxSpec

__all__ = ["Launch", "LinuxSandbox", "probe", "PROXY_PORT", "SANDBOX_HOME"]

PROXY_PORT = 3128
SANDBOX_HOME = "/home/mcpfort"
_HELPER_DIR = os.path.dirname(os.path.abspath(__file__))
_ETC = ("ssl", "ca-certificates", "ca-certificates.conf", "passwd", "group", "hosts", "nsswitch.conf",
        "ld.so.cache", "ld.so.conf", "ld.so.conf.d", "localtime", "alternatives", "os-release", "mime.types",
        "host.conf", "gai.conf", "npmrc", "pki", "crypto-policies")
_CGROUP_ROOT = "/sys/fs/cgroup"


@functools.lru_cache(maxsize=1)
def probe() -> dict[str, tuple[bool, str]]:
    """What this machine can enforce, each with the evidence (version or OS error). Cached."""
    out: dict[str, tuple[bool, str]] = {}
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        out["namespaces"] = (False, "bwrap (bubblewrap) is not installed: apt-get install bubblewrap")
    else:
        run = subprocess.run([bwrap, "--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "true"],
                             capture_output=True, text=True, timeout=10)
        out["namespaces"] = (run.returncode == 0, bwrap if run.returncode == 0 else run.stderr.strip())
    abi = _syscalls.landlock_abi()
    out["landlock"] = (abi > 0, f"ABI {abi}" if abi else "the kernel offers no landlock (ENOSYS/EOPNOTSUPP)")
    out["seccomp"] = (_syscalls.seccomp_available(), f"cBPF filter for {_syscalls.MACHINE}"
                      if _syscalls.seccomp_available() else f"no filter for architecture {_syscalls.MACHINE}")
    for controller in ("memory", "pids", "cpu"):
        out[f"cgroup-{controller}"] = _cgroup_writable(controller)
    out["helper-python"] = (_helper_python() is not None, _helper_python() or "no python3 found for the helper")
    return out


def _cgroup_writable(controller: str) -> tuple[bool, str]:
    base = os.path.join(_CGROUP_ROOT, controller)
    if not os.path.isdir(base):
        return False, f"{base} does not exist (cgroup v1 {controller} controller not mounted)"
    test = os.path.join(base, f"mcpfort-probe-{os.getpid()}")
    try:
        os.mkdir(test)
        os.rmdir(test)
        return True, f"cgroup v1 {base}"
    except OSError as exc:
        return False, f"mkdir {test}: {exc.strerror}"


@functools.lru_cache(maxsize=1)
def _helper_python() -> str | None:
    for candidate in ("/usr/bin/python3", os.path.realpath(sys.executable)):
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


@dataclass
class Launch:
    """Everything needed to start the sandboxed process, and what it will enforce."""

    argv: list[str]
    env: dict[str, str]
    pass_fds: tuple[int, ...]
    cwd: str
    server_cwd: str
    preexec: Any
    runtime: list[str] = field(default_factory=list)
    enforced: list[str] = field(default_factory=list)
    degraded: dict[str, str] = field(default_factory=dict)


def _runtime_roots(command: list[str], path: str) -> list[str]:
    """What the command needs to run: its executable, interpreter, venv or node_modules.

    A file that belongs to a real installation (a venv, a node_modules tree, a prefix with bin/
    and lib/) brings that installation; any other file comes alone, never its whole folder
    (``server.py ~/.config/app.json`` must not show all of ``~/.config``).
    """
    roots: set[str] = set()
    exe = command[0] if "/" in command[0] else shutil.which(command[0], path=path)
    candidates = [exe] if exe else []
    candidates += [a for a in command[1:] if a.startswith("/") and os.path.isfile(a)]
    seen = set()
    while candidates:
        item = candidates.pop()
        if not item or item in seen:
            continue
        seen.add(item)
        for p in {item, os.path.realpath(item)}:
            root = _package_root(p)
            roots.add(root if root is not None else p)
        try:
            with open(os.path.realpath(item), "rb") as handle:
                head = handle.read(256)
        except OSError:
            continue
        if head.startswith(b"#!"):
            shebang = head[2:].split(b"\n", 1)[0].decode(errors="replace").split()
            if shebang:
                interp = shebang[1] if shebang[0].endswith("/env") and len(shebang) > 1 else shebang[0]
                candidates.append(interp if "/" in interp else shutil.which(interp, path=path) or "")
    return sorted(r for r in roots if _safe_runtime_root(r))


def _package_root(path: str) -> str | None:
    """The installation a file belongs to (venv, node_modules, a prefix with bin/ and lib/), or None."""
    probe_dir = os.path.dirname(path)
    while probe_dir not in ("/", ""):
        if os.path.basename(probe_dir) == "node_modules":
            return probe_dir
        if os.path.isfile(os.path.join(probe_dir, "pyvenv.cfg")):
            return probe_dir
        if os.path.basename(probe_dir) == "bin" and os.path.isdir(os.path.join(os.path.dirname(probe_dir), "lib")):
            return os.path.dirname(probe_dir)
        probe_dir = os.path.dirname(probe_dir)
    return None


_NO_SOCKETS = frozenset({"node_modules", ".git", ".venv", "venv", "__pycache__", "site-packages", ".tox",
                         ".mypy_cache", ".pytest_cache", ".cache"})


def _sockets_under(folders: tuple[str, ...], budget: int = 5_000) -> tuple[list[str], bool]:
    """Unix sockets inside granted folders: a read-only mount still lets a process connect() to them.

    Returns the sockets found and whether the walk stopped at ``budget`` entries.  Directory
    entries carry their type, so only the rare entry that is neither file, folder nor link is
    stat()ed: a large project costs one readdir per folder.
    """
    found: list[str] = []
    seen = 0
    stack = list(folders)
    while stack:
        folder = stack.pop()
        try:
            entries = os.scandir(folder)
        except OSError:
            continue
        with entries:
            for entry in entries:
                seen += 1
                if seen > budget:
                    return found, True
                try:
                    if entry.is_dir(follow_symlinks=False):
                        if entry.name not in _NO_SOCKETS:
                            stack.append(entry.path)
                    elif not entry.is_file(follow_symlinks=False) and not entry.is_symlink() \
                            and stat.S_ISSOCK(entry.stat(follow_symlinks=False).st_mode):
                        found.append(entry.path)
                except OSError:
                    continue
    return found, False


_SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/proc", "/sys", "/dev",
           "/run", "/var", "/tmp", "/home", "/root", "/boot", "/mnt", "/media", "/srv", "/opt")


def _safe_runtime_root(root: str) -> bool:
    """Only installations deep enough to be one program's own: never /, a system folder or a home."""
    root = os.path.normpath(root)
    if root.count("/") < 2 or root in _SYSTEM or root.startswith(("/usr/", "/proc/", "/sys/", "/dev/", "/etc/")):
        return False
    home = os.path.expanduser("~")
    return root != home and not home.startswith(root.rstrip("/") + "/")


class LinuxSandbox:
    """Builds the bwrap command line for one server and holds its cgroups until cleanup()."""

    def __init__(self, spec: SandboxSpec, command: list[str], *, server: str, env: dict[str, str],
                 cwd: str, state_dir: str) -> None:
        self.spec = spec
        self.command = command
        self.server = server
        self.host_env = env
        self.cwd = cwd
        self.state_dir = state_dir
        self.cgroups: list[str] = []
        self.control: socket.socket | None = None
        self._child_end: socket.socket | None = None

    def prepare(self) -> Launch:
        caps = probe()
        sweep_stale_cgroups()
        if not caps["namespaces"][0]:
            raise OSError(f"namespaces unavailable: {caps['namespaces'][1]}")
        spec, limits = self.spec, self.spec.limits
        enforced, degraded = ["namespaces:user,mount,pid,net,ipc,uts", "mount-view", "private-tmp"], {}
        home = os.path.join(self.state_dir, "home")
        os.makedirs(home, mode=0o700, exist_ok=True)
        path_var = self.host_env.get("PATH", "/usr/local/bin:/usr/bin:/bin")
        runtime = _runtime_roots(self.command, path_var)
        argv = [shutil.which("bwrap") or "bwrap", "--unshare-all", "--die-with-parent", "--new-session",
                "--cap-drop", "ALL", "--clearenv"]
        for key, value in self._env(path_var).items():
            argv += ["--setenv", key, value]
        argv += ["--ro-bind", "/usr", "/usr"]
        for top in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
            host = f"/{top}"
            if os.path.islink(host):
                argv += ["--symlink", os.readlink(host), host]
            elif os.path.isdir(host):
                argv += ["--ro-bind", host, host]
        for name in _ETC:
            argv += ["--ro-bind-try", f"/etc/{name}", f"/etc/{name}"]
        argv += ["--proc", "/proc", "--dev", "/dev", "--size", str(limits.disk), "--tmpfs", "/tmp",
                 "--bind", home, SANDBOX_HOME]
        for root in runtime:
            argv += ["--ro-bind-try", root, root]
        for folder in spec.read:
            argv += ["--ro-bind-try", folder, folder]
        for folder in spec.write:
            argv += ["--bind-try", folder, folder]
        sockets, truncated = _sockets_under(tuple(spec.read) + tuple(spec.write))
        for sock in sockets:
            argv += ["--ro-bind", "/dev/null", sock]  # visible as a file, not connectable
        if sockets:
            enforced.append(f"sockets-hidden:{len(sockets)}")
        if truncated:
            degraded["sockets"] = "granted folders too large to search for unix sockets completely"
        argv += ["--ro-bind", _HELPER_DIR, "/run/mcpfort"]
        visible = list(spec.read) + list(spec.write)
        cwd = next((self.cwd for v in visible if self.cwd == v or self.cwd.startswith(v.rstrip("/") + "/")), None)
        cwd = cwd or (spec.write[0] if spec.write else spec.read[0] if spec.read else SANDBOX_HOME)
        argv += ["--chdir", cwd]

        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self.control, self._child_end = parent, child
        rlimits = {"core": 0, "nofile": limits.nofile, "fsize": limits.disk}
        for controller, ok_detail in (("memory", caps["cgroup-memory"]), ("pids", caps["cgroup-pids"]),
                                      ("cpu", caps["cgroup-cpu"])):
            if controller == "cpu" and limits.cpu is None:
                continue
            if ok_detail[0]:
                self._make_cgroup(controller)
                enforced.append(f"{controller}:cgroup")
            elif controller == "memory":
                rlimits["data"] = limits.memory
                degraded["memory"] = f"per-process RLIMIT_DATA only ({ok_detail[1]})"
            elif controller == "pids":
                rlimits["nproc"] = limits.pids
                degraded["pids"] = f"per-user RLIMIT_NPROC only, ignored for uid 0 ({ok_detail[1]})"
            else:
                degraded["cpu"] = f"no CPU share without a cgroup ({ok_detail[1]})"
        landlock = None
        if caps["landlock"][0]:
            landlock = {"read": ["/"], "write": ["/tmp", "/dev", SANDBOX_HOME, *spec.write],
                        "ports": [PROXY_PORT] if spec.allow_hosts else []}
        else:
            degraded["landlock"] = caps["landlock"][1]
        config = {"control_fd": child.fileno(), "rlimits": rlimits, "landlock": landlock,
                  "proxy_port": PROXY_PORT if spec.allow_hosts else None, "seccomp": caps["seccomp"][0],
                  "strict": spec.require == "strict"}
        if not caps["seccomp"][0]:
            degraded["seccomp"] = caps["seccomp"][1]
        python = _helper_python()
        if python is None:
            raise OSError("no python3 to run the sandbox helper")
        if not python.startswith("/usr/"):
            prefix = os.path.dirname(os.path.dirname(python))
            argv += ["--ro-bind", prefix, prefix]
        argv += ["--", python, "-I", "-S", "/run/mcpfort/_init.py", marshal.dumps(config).hex(), "--", *self.command]
        return Launch(argv=argv, env={"PATH": path_var, "LANG": "C.UTF-8"}, pass_fds=(child.fileno(),), cwd="/",
                      server_cwd=cwd, runtime=runtime,
                      preexec=self._join_cgroups if self.cgroups else None, enforced=enforced, degraded=degraded)

    def _env(self, path_var: str) -> dict[str, str]:
        env = {"PATH": path_var, "HOME": SANDBOX_HOME, "TMPDIR": "/tmp", "LANG": "C.UTF-8"}
        for key in self.spec.env_pass:
            if key in self.host_env:
                env[key] = self.host_env[key]
        env.update(self.spec.env_set)
        if self.spec.allow_hosts:
            proxy = f"http://127.0.0.1:{PROXY_PORT}"
            for key in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy",
                        "npm_config_proxy", "npm_config_https_proxy"):
                env[key] = proxy
            env["NO_PROXY"] = env["no_proxy"] = ""
            env["NODE_USE_ENV_PROXY"] = "1"
        return env

    def _make_cgroup(self, controller: str) -> None:
        path = os.path.join(_CGROUP_ROOT, controller, "mcpfort", f"{self.server}-{os.getpid()}-{id(self):x}")
        os.makedirs(path, exist_ok=True)
        limits = self.spec.limits
        if controller == "memory":
            _write(path, "memory.limit_in_bytes", limits.memory)
            try:
                _write(path, "memory.memsw.limit_in_bytes", limits.memory)  # no escape into swap
            except OSError:
                pass
        elif controller == "pids":
            _write(path, "pids.max", limits.pids)
        elif controller == "cpu" and limits.cpu is not None:
            _write(path, "cpu.cfs_period_us", 100_000)
            _write(path, "cpu.cfs_quota_us", int(limits.cpu * 100_000))
        self.cgroups.append(path)

    def _join_cgroups(self) -> None:  # pragma: no cover - runs in the child before exec
        for path in self.cgroups:
            with open(os.path.join(path, "cgroup.procs"), "w") as handle:
                handle.write("0")

    def started(self) -> None:
        if self._child_end is not None:
            self._child_end.close()
            self._child_end = None

    def receive_status(self, timeout: float = 10.0) -> tuple[dict[str, Any], socket.socket | None]:
        """The helper's report, and the egress listener it passed (if any)."""
        if self.control is None:
            return {"enforced": [], "failed": {"helper": "no control channel"}}, None
        self.control.settimeout(timeout)
        try:
            data, fds, _flags, _addr = socket.recv_fds(self.control, 65536, 1)
        except (OSError, TimeoutError) as exc:
            return {"enforced": [], "failed": {"helper": f"no report from the sandbox helper: {exc}"}}, None
        finally:
            self.control.close()
            self.control = None
        if not data:
            return {"enforced": [], "failed": {"helper": "the helper exited before reporting"}}, None
        status = marshal.loads(data)
        listener = socket.socket(fileno=fds[0]) if fds else None
        return status, listener

    def cleanup(self) -> None:
        for path in self.cgroups:
            try:
                with open(os.path.join(path, "cgroup.procs")) as handle:
                    for pid in handle.read().split():
                        try:
                            os.kill(int(pid), 9)
                        except ProcessLookupError:
                            pass
            except OSError:
                pass
        for path in self.cgroups:
            for _ in range(50):
                try:
                    os.rmdir(path)
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    import time
                    time.sleep(0.02)
        self.cgroups.clear()
        for sock in (self.control, self._child_end):
            if sock is not None:
                sock.close()


@functools.lru_cache(maxsize=1)
def sweep_stale_cgroups() -> int:
    """Remove cgroups left by gateways that were killed outright (empty of processes). Once per process."""
    removed = 0
    for controller in ("memory", "pids", "cpu"):
        base = os.path.join(_CGROUP_ROOT, controller, "mcpfort")
        try:
            names = os.listdir(base)
        except OSError:
            continue
        for name in names:
            path = os.path.join(base, name)
            try:
                with open(os.path.join(path, "cgroup.procs")) as handle:
                    if handle.read().strip():
                        continue
                os.rmdir(path)
                removed += 1
            except OSError:
                continue
    return removed


def _write(folder: str, name: str, value: int) -> None:
    with open(os.path.join(folder, name), "w") as handle:
        handle.write(str(value))
