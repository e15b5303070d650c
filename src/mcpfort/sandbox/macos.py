"""macOS: the same sandbox spec as a ``sandbox-exec`` (Seatbelt) profile.

Deny by default; read the system runtime and the granted folders; write only the granted
folders and a private temporary folder; network only to the gateway's egress proxy on
loopback.  macOS has no PID or network namespaces and no cgroups, so process and resource
isolation is weaker than on Linux (rlimits only); ``mcpfort sandbox check`` says so.  No Mac
runs in CI: the tests check the generated profile.
"""

from __future__ import annotations

from mcpfort.sandbox.spec import SandboxSpec

__all__ = ["profile", "command"]

_SYSTEM_READ = ("/usr", "/System", "/Library/Frameworks", "/Library/Apple", "/bin", "/sbin", "/opt/homebrew",
                "/usr/local", "/private/etc", "/private/var/db/timezone", "/dev")
_MACH = ("com.apple.system.opendirectoryd.libinfo", "com.apple.trustd.agent", "com.apple.system.logger",
         "com.apple.system.notification_center", "com.apple.SecurityServer")


def _quote(path: str) -> str:
    if any(ch in path for ch in '\n\r\x00'):
        raise ValueError(f"path {path!r} cannot be written into a sandbox profile")
    return '"' + path.replace("\\", "\\\\").replace('"', '\\"') + '"'


def profile(spec: SandboxSpec, *, runtime: list[str], tmpdir: str, proxy_port: int | None) -> str:
    read = [*_SYSTEM_READ, *runtime, *spec.read]
    write = [tmpdir, *spec.write]
    lines = [
        "(version 1)",
        "(deny default)",
        "(allow process-exec process-fork)",
        "(allow signal (target same-sandbox))",
        "(allow sysctl-read)",
        "(allow mach-lookup " + " ".join(f"(global-name {_quote(m)})" for m in _MACH) + ")",
        "(allow file-read-metadata)",
        "(allow file-read* " + " ".join(f"(subpath {_quote(p)})" for p in read) + ")",
        "(allow file-read* file-write* " + " ".join(f"(subpath {_quote(p)})" for p in write)
        + ' (literal "/dev/null") (literal "/dev/zero") (literal "/dev/tty"))',
    ]
    if proxy_port is not None:
        lines.append(f'(allow network-outbound (remote ip "localhost:{int(proxy_port)}"))')
    return "\n".join(lines) + "\n"


def command(spec: SandboxSpec, argv: list[str], *, runtime: list[str], tmpdir: str, proxy_port: int | None) -> list[str]:
    return ["/usr/bin/sandbox-exec", "-p", profile(spec, runtime=runtime, tmpdir=tmpdir, proxy_port=proxy_port), *argv]
