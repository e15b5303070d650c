"""The in-sandbox helper: runs as the sandbox's first program, hardens itself, then execs the server.

Invoked by the launcher as ``python3 -I -S _init.py CONFIG -- COMMAND ARGS...`` inside the
namespaces bwrap made.  In order: resource limits, the egress listener (its descriptor goes to
the gateway over the control socket), landlock, capabilities dropped, no-new-privs, seccomp,
a status report, exec.  A layer that fails is reported with the OS error; the launcher decides
(strict or best-effort) whether that is fatal.  Stdlib only, and few imports: CONFIG is
hex-encoded ``marshal`` (a builtin module) because importing json costs ~7 ms per sandbox start.
"""

import marshal
import os
import resource
import socket
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _syscalls  # noqa: E402  (found next to this file; -I leaves the script's folder off sys.path)

LIMITS = {"nofile": resource.RLIMIT_NOFILE, "fsize": resource.RLIMIT_FSIZE, "data": resource.RLIMIT_DATA,
          "nproc": resource.RLIMIT_NPROC, "cpu": resource.RLIMIT_CPU, "core": resource.RLIMIT_CORE,
          "as": resource.RLIMIT_AS}


def _max_fd() -> int:
    try:
        return max(int(fd) for fd in os.listdir("/proc/self/fd")) + 1
    except (OSError, ValueError):
        return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def main() -> None:
    config = marshal.loads(bytes.fromhex(sys.argv[1]))
    command = sys.argv[sys.argv.index("--") + 1:]
    status = {"enforced": [], "failed": {}}
    control = socket.socket(fileno=config["control_fd"]) if config.get("control_fd") is not None else None

    def layer(name, action):
        try:
            detail = action()
            status["enforced"].append(name if detail is None else f"{name}:{detail}")
        except OSError as exc:
            status["failed"][name] = exc.strerror or str(exc)
        except Exception as exc:  # noqa: BLE001 - reported to the launcher, which decides
            status["failed"][name] = f"{type(exc).__name__}: {exc}"

    for name, value in sorted(config.get("rlimits", {}).items()):
        layer(f"rlimit-{name}", lambda n=name, v=value: resource.setrlimit(LIMITS[n], (v, v)))
    listener = None
    if config.get("proxy_port") and control is not None:
        def listen():
            nonlocal listener
            listener = socket.create_server(("127.0.0.1", config["proxy_port"]), backlog=128)
        layer("egress-listener", listen)
    if config.get("landlock"):
        spec = config["landlock"]
        layer("landlock", lambda: "abi%d" % _syscalls.landlock_restrict(spec["read"], spec["write"], spec.get("ports")))
    layer("capabilities-dropped", _syscalls.drop_capabilities)
    layer("no-new-privs", _syscalls.no_new_privs)
    if config.get("seccomp", True):
        layer("seccomp", lambda: "%d-insns" % _syscalls.seccomp_filter())
    if control is not None:
        payload = marshal.dumps(status)
        fds = [listener.fileno()] if listener is not None else []
        socket.send_fds(control, [payload], fds)
        control.close()
        if listener is not None:
            listener.close()
    if config.get("strict") and status["failed"]:
        sys.stderr.write("mcpfort sandbox: refusing to start, layers failed: %s\n" % status["failed"])
        os._exit(125)
    # Whatever the gateway inherited (uvloop ignores close_fds, bwrap passes everything on) must
    # not reach the server: a descriptor is a capability no mount view or landlock rule sees.
    os.closerange(3, _max_fd())
    try:
        os.execvp(command[0], command)
    except OSError as exc:
        sys.stderr.write("mcpfort sandbox: cannot run %r inside the sandbox: %s\n" % (command[0], exc.strerror))
        os._exit(127)


main()
