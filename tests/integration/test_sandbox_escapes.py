"""A hostile server tries to break out of its sandbox, through `mcpfort run` and the official SDK client.

Each row of CASES is one attack of tests/fixtures/servers/hostile.py, the argument it gets (built
from the host-side fixtures below) and what must come of it: "blocked" for an escape, "allowed"
for a control proving the grant still works, "call-timeout" for a call the gateway must cut off.
`host_ok` looks at the host afterwards (the file was not written, the listener saw nothing).  A
row with `gap` documents a known weakness: it runs as xfail(strict=True), so the suite says so
the day the sandbox closes it.  Traffic goes to 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal
from mcp import MCPError

from tests.conftest import FS_SERVER, ROOT
from tests.integration.helpers import connect, gateway

pytestmark = pytest.mark.integration

BLOCKED, ALLOWED, TIMEOUT = "blocked", "allowed", "call-timeout"
PRIVATE = "escaped"  # the write works, in the sandbox's private /tmp: host_ok proves the host never sees it
HOSTILE = ROOT / "tests" / "fixtures" / "servers" / "hostile.py"
HOSTILE_FETCH = ROOT / "tests" / "fixtures" / "servers" / "hostile_fetch.mjs"
MB = 1000**2
DISK, NOFILE, PIDS, MEMORY = 64 * MB, 256, 64, 256 * MB
PROXY_VARS = {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy",
              "npm_config_proxy", "npm_config_https_proxy", "NO_PROXY", "no_proxy", "NODE_USE_ENV_PROXY"}
SANDBOX_ENV = {"PATH", "HOME", "TMPDIR", "LANG", "PWD", "NODE_ENV"} | PROXY_VARS  # PWD: bwrap --chdir


@dataclass(frozen=True)
class Case:
    attack: str
    arg: Callable[[Host], str] | None = None
    expect: str = BLOCKED
    host_ok: Callable[[Host, dict[str, Any]], bool] | None = None
    server: str = "hostile"
    wrap: Callable[[Host], str] | None = None  # redirections for a `sh -c exec` wrapper: a leaky client
    gap: str = ""
    id: str = ""


CASES = [
    # -- filesystem: only ./granted (read) and ./output (write) are there -----------------------
    Case("read-shadow"),
    Case("read-path", lambda h: f"{h.secret}|{h.root}/mcpfort.yaml|{h.root}/audit.db|/root/.bash_history",
         id="read-outside-grant"),
    Case("list-dir", lambda h: f"{h.root}/victim|{h.home}|/root/.ssh|/var/log|/etc/ssh", id="list-outside-grant"),
    Case("write-path", lambda h: f"{h.root}/victim/pwned.txt|{h.secret}",
         host_ok=lambda h, r: h.secret_intact() and not (h.root / "victim" / "pwned.txt").exists(),
         id="write-outside-grant"),
    Case("write-path", lambda h: f"{h.root}/pwned.txt", PRIVATE,
         host_ok=lambda h, r: not (h.root / "pwned.txt").exists(), id="write-host-tmp-lands-in-private-tmp"),
    Case("write-system"),
    Case("write-path", lambda h: f"{h.root}/granted/readme.txt|{h.root}/granted/new.txt",
         host_ok=lambda h, r: h.readme_intact() and not (h.root / "granted" / "new.txt").exists(),
         id="write-read-only-grant"),
    Case("write-grant", lambda h: f"{h.root}/output/control.txt", ALLOWED,
         host_ok=lambda h, r: (h.root / "output" / "control.txt").read_text() == r["value"], id="control-write-grant"),
    Case("symlink-out", lambda h: f"{h.root}/output/link|{h.secret}"),
    Case("hardlink-grant", lambda h: f"{h.root}/granted/readme.txt|{h.root}/output/hardlink",
         host_ok=lambda h, r: h.readme_intact()),
    Case("read-ssh", lambda h: f"{h.home}|{os.path.expanduser('~')}"),
    # -- processes, /proc, environment ----------------------------------------------------------
    Case("proc-environ", lambda h: "1|2|3|self", id="proc-environ-sandbox-pids"),
    Case("proc-environ", lambda h: str(h.gateway_pids["hostile"]), id="proc-environ-gateway"),
    Case("proc-root", lambda h: f"{h.gateway_pids['hostile']}|{h.secret}"),
    Case("env-secret", lambda h: h.secret_value, host_ok=lambda h, r: set(r["value"]) <= SANDBOX_ENV),
    Case("list-processes", lambda h: h.marker, host_ok=lambda h, r: r["value"] < 10),
    Case("kill-host", lambda h: f"{h.sleeper.pid}|{h.marker}", host_ok=lambda h, r: h.sleeper.poll() is None),
    Case("ptrace-parent"),
    Case("process-vm-readv"),
    Case("unshare"),
    Case("clone-namespace"),
    Case("setns"),
    Case("mount"),
    Case("chroot"),
    Case("privileges"),
    Case("fd-leak"),
    Case("reopen-stdio"),
    Case("reopen-stdio", wrap=lambda h: f'2>>"{h.client_log}"', id="reopen-stderr-client-log"),
    Case("proc-write"),
    Case("cgroup-escape"),
    Case("dev-nodes"),
    Case("tiocsti"),
    Case("sysv-ipc", lambda h: str(h.shm_key)),
    # -- kernel interfaces seccomp refuses --------------------------------------------------------
    Case("io-uring"),
    Case("keyctl"),
    Case("bpf"),
    Case("perf-event-open"),
    Case("userfaultfd"),
    # -- network: nothing but the egress proxy, and it only to 127.0.0.1:LISTED ------------------
    Case("tcp-direct", lambda h: str(h.unlisted.port), host_ok=lambda h, r: not h.unlisted.hits,
         id="tcp-direct-unlisted"),
    Case("tcp-direct", lambda h: str(h.listed.port), id="tcp-direct-listed-bypassing-proxy"),
    Case("proxy-unlisted", lambda h: str(h.unlisted.port),
         host_ok=lambda h, r: not h.unlisted.hits and set(r["value"].values()) == {"HTTP/1.1 403 Forbidden"}),
    Case("proxy-tricks", lambda h: f"{h.listed.port}|{h.unlisted.port}", host_ok=lambda h, r: not h.unlisted.hits),
    Case("proxy-listed", lambda h: str(h.listed.port), ALLOWED, id="control-proxy-listed"),
    Case("dns", lambda h: "example.com"),
    Case("udp", lambda h: str(h.udp.getsockname()[1]), host_ok=lambda h, r: not h.udp_hits),
    Case("unix-socket", lambda h: f"{h.unix_outside.path}|/var/run/postgresql/.s.PGSQL.5432|/var/run/docker.sock"
                                  "|/run/dbus/system_bus_socket|/run/systemd/private",
         host_ok=lambda h, r: not h.unix_outside.hits),
    Case("abstract-unix", lambda h: h.abstract.path[1:], host_ok=lambda h, r: not h.abstract.hits),
    Case("interfaces"),
    Case("raw-socket"),
    Case("fetch", lambda h: f"http://127.0.0.1:{h.unlisted.port}/", server="hostile-fetch",
         host_ok=lambda h, r: not h.unlisted.hits, id="node-fetch-unlisted"),
    Case("fetch", lambda h: "https://example.com/", server="hostile-fetch", id="node-fetch-example-com"),
    # -- resources -------------------------------------------------------------------------------
    Case("memory-bomb", host_ok=lambda h, r: r["value"] * 1024**2 <= MEMORY),
    Case("fork-bomb", lambda h: "500", host_ok=lambda h, r: r["value"] < PIDS),
    Case("cpu-spin", expect=TIMEOUT, server="spinner"),
    Case("disk-bomb", lambda h: str(4 * DISK), host_ok=lambda h, r: r["value"] <= DISK),
    Case("nofile", lambda h: str(NOFILE)),
    Case("rlimit-raise"),
    # -- once gaps, now closed: a file on the command line comes alone (not its folder); sockets
    # inside grants are covered; descriptors the gateway inherited never reach the server
    Case("read-path", lambda h: str(h.home / ".config" / "gh" / "hosts.yml"), server="hostile-argv",
         id="argv-file-exposes-its-folder"),
    Case("unix-socket", lambda h: h.unix_granted.path, host_ok=lambda h, r: not h.unix_granted.hits,
         id="unix-socket-in-read-grant"),
    Case("fd-leak", wrap=lambda h: f'7<"{h.secret}"', id="descriptor-inherited-from-the-client"),
    # -- known gaps (xfail, strict) -----------------------------------------------------------------
    Case("fill-home", lambda h: f"{3 * DISK // 2}|{DISK // 2}",
         gap="limits.disk caps /tmp and each file, not the persistent HOME (nor the write grant)"),
]


# -- host side: files, listeners and a process the sandbox must not reach --------------------------
class Listener:
    """A stream socket that counts the connections it accepts (and answers HTTP when asked)."""

    def __init__(self, family: int, address: Any, body: bytes = b"") -> None:
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.bind(address)
        self.sock.listen(16)
        self.path = address if isinstance(address, str) else ""
        self.port = self.sock.getsockname()[1] if family == socket.AF_INET else 0
        self.body, self.hits = body, []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                self.hits.append(time.time())
                if self.body:
                    conn.settimeout(5)
                    with contextlib.suppress(OSError):
                        head = b""
                        while b"\r\n\r\n" not in head and (chunk := conn.recv(4096)):
                            head += chunk
                        page = b"<html><head><title>t</title></head><body><p>" + self.body + b"</p></body></html>"
                        conn.sendall(b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
                                     b"Connection: close\r\n\r\n%s" % (len(page), page))

    def close(self) -> None:
        self.sock.close()


@dataclass
class Host:
    root: Path
    marker: str = field(default_factory=lambda: f"hostile-marker-{secrets.token_hex(8)}")
    secret_value: str = field(default_factory=lambda: secrets.token_hex(16))
    gateway_pids: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        root = self.root
        self.home = root / "home"
        for folder in ("granted", "output", "victim", "sockets", "project/output", "home/.ssh", "home/.config/gh"):
            (root / folder).mkdir(parents=True, exist_ok=True)
        self.secret = root / "victim" / "secret.txt"
        self.secret.write_text("host secret\n")
        self.client_log = root / "victim" / "client.log"
        self.client_log.write_text("a client's log: other servers' output\n")
        (root / "granted" / "readme.txt").write_text("read me, do not change me\n")
        (self.home / ".ssh" / "id_ed25519").write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nfake\n")
        (self.home / ".config" / "gh" / "hosts.yml").write_text("github.com:\n  oauth_token: gho_fake\n")
        (self.home / ".config" / "hostile.json").write_text("{}\n")
        self.listed = Listener(socket.AF_INET, ("127.0.0.1", 0), b"reached-listed")
        self.unlisted = Listener(socket.AF_INET, ("127.0.0.1", 0), b"reached-unlisted")
        self.unix_outside = Listener(socket.AF_UNIX, str(root / "sockets" / "agent.sock"))
        self.unix_granted = Listener(socket.AF_UNIX, str(root / "granted" / "agent.sock"))
        self.abstract = Listener(socket.AF_UNIX, f"\0mcpfort-hostile-{secrets.token_hex(8)}")
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", 0))
        self.udp_hits: list[bytes] = []
        threading.Thread(target=self._udp_echo, daemon=True).start()
        self.sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)", self.marker])
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.shm_key = 0x6D66_0000 | secrets.randbelow(0xFFFF)
        self.shm_id = self.libc.shmget(self.shm_key, 4096, 0o1000 | 0o600)  # IPC_CREAT

    def _udp_echo(self) -> None:
        while True:
            try:
                data, peer = self.udp.recvfrom(4096)
            except OSError:
                return
            self.udp_hits.append(data)
            self.udp.sendto(b"echo " + data, peer)

    def secret_intact(self) -> bool:
        return self.secret.read_text() == "host secret\n"

    def readme_intact(self) -> bool:
        return (self.root / "granted" / "readme.txt").read_text() == "read me, do not change me\n"

    def close(self) -> None:
        for listener in (self.listed, self.unlisted, self.unix_outside, self.unix_granted, self.abstract):
            listener.close()
        self.udp.close()
        self.sleeper.kill()
        self.sleeper.wait()
        if self.shm_id >= 0:
            self.libc.shmctl(self.shm_id, 0, None)  # IPC_RMID


POLICY = """\
version: 1
capabilities:
  files:write: {{paths: [./project]}}
contexts:
  default: [files:write]
servers:
{servers}
"""
LIMITS = "{memory: 256MB, pids: 64, timeout: 5s, disk: 64MB, nofile: 256}"
SANDBOX = """\
    sandbox:
      filesystem: {{read: [./granted], write: [./output]}}
      network: {{allow: ["127.0.0.1:{listed}"]}}
      env: {{pass: [LANG], set: {{NODE_ENV: production}}}}
      limits: {limits}
      require: strict
    tools:
      probe: {{}}
"""


def servers(h: Host) -> str:
    sandbox = SANDBOX.format(listed=h.listed.port, limits=LIMITS)
    python, hostile = json.dumps(sys.executable), json.dumps(str(HOSTILE))
    return "\n".join([
        f"  hostile:\n    command: [{python}, {hostile}]\n{sandbox}",
        f"  spinner:\n    command: [{python}, {hostile}, spinner]\n{sandbox.replace('timeout: 5s', 'timeout: 2s')}",
        f"  hostile-argv:\n    command: [{python}, {hostile}, {json.dumps(str(h.home / '.config' / 'hostile.json'))}]\n"
        f"{sandbox}",
        f"  hostile-fetch:\n    command: [node, {json.dumps(str(HOSTILE_FETCH))}]\n{sandbox}",
        f"""  fs:
    command: [node, "{FS_SERVER}", "{h.root}/project"]
    sandbox:
      filesystem: {{read: [./project], write: [./project/output]}}
    tools:
      write_file: {{requires: [files:write], args: {{path: path}}}}
      read_text_file: {{requires: [files:write], args: {{path: path}}}}
""",
        f"""  fetch:
    command: [{python}, -m, mcp_server_fetch, --ignore-robots-txt, --allow-private-ips]
    sandbox:
      network: {{allow: ["127.0.0.1:{h.listed.port}"]}}
      limits: {{timeout: 30s}}
    tools:
      fetch: {{}}
"""])


# -- one gateway per server for the whole module, driven from a portal thread -------------------
class Gateways:
    """Starts `mcpfort run --server NAME` on first use and keeps its SDK client for the module."""

    def __init__(self, host: Host, portal: BlockingPortal) -> None:
        self.host, self.portal = host, portal
        self.policy = host.root / "mcpfort.yaml"
        self.policy.write_text(POLICY.format(servers=servers(host)))
        self.clients: dict[str, Any] = {}
        self.exits = contextlib.ExitStack()

    def client(self, server: str, wrap: str = "") -> Any:
        if (server, wrap) not in self.clients:
            params = gateway(self.host.root, self.policy, "--server", server)
            params.env["MCPFORT_TEST_SECRET"] = self.host.secret_value
            if wrap:
                shell = ["-c", f'exec "$0" "$@" {wrap}', params.command, *params.args]
                params = params.model_copy(update={"command": "/bin/sh", "args": shell})
            cm = self.portal.wrap_async_context_manager(connect(params))
            self.clients[server, wrap] = self.exits.enter_context(cm)
            self.host.gateway_pids.setdefault(server, _gateway_pid(self.policy, server))
        return self.clients[server, wrap]

    def call(self, server: str, tool: str, arguments: dict[str, Any], wrap: str = "") -> Any:
        return self.portal.call(self.client(server, wrap).call_tool, tool, arguments)

    def probe(self, server: str, attack: str, arg: str | None, wrap: str = "") -> dict[str, Any]:
        result = self.call(server, "probe", {"attack": attack, **({"arg": arg} if arg is not None else {})}, wrap)
        assert not result.is_error, result
        return json.loads(result.content[0].text)


def _cmdline(pid: str | int) -> list[str]:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().decode(errors="replace").split("\0")
    except OSError:
        return []


def _gateway_pid(policy: Path, server: str) -> int:
    for pid in filter(str.isdigit, os.listdir("/proc")):
        argv = _cmdline(pid)
        if "run" in argv and str(policy) in argv and argv[argv.index("--server") + 1:][:1] == [server]:
            return int(pid)
    raise LookupError(f"no gateway for {server} running")


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _server_pids(tag: str) -> set[int]:
    return {int(p) for p in filter(str.isdigit, os.listdir("/proc"))
            if (argv := _cmdline(p)) and str(HOSTILE) in argv and argv[-2:-1] == [tag] and _alive(int(p))}


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    h = Host(tmp_path_factory.mktemp("escapes"))
    yield h
    h.close()


@pytest.fixture(scope="module")
def gateways(host: Host) -> Iterator[Gateways]:
    with start_blocking_portal() as portal:
        gws = Gateways(host, portal)
        with gws.exits:
            yield gws


def _param(case: Case) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case.gap)] if case.gap else []
    return pytest.param(case, id=case.id or case.attack, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_escape(case: Case, host: Host, gateways: Gateways) -> None:
    wrap = case.wrap(host) if case.wrap else ""
    gateways.client(case.server, wrap)  # first: some arguments name the gateway's pid
    arg = case.arg(host) if case.arg else None
    if case.expect == TIMEOUT:
        _spin_until_cut_off(case, host, gateways, arg)
        return
    answer = gateways.probe(case.server, case.attack, arg, wrap)
    assert answer["outcome"] == case.expect, answer
    if case.host_ok is not None:
        assert case.host_ok(host, answer), json.dumps(answer)


def _spin_until_cut_off(case: Case, host: Host, gateways: Gateways, arg: str | None) -> None:
    assert gateways.probe(case.server, "env-secret", None)["outcome"] == BLOCKED  # started
    before = _server_pids(case.server)
    assert before
    started = time.monotonic()
    with pytest.raises(MCPError) as caught:
        gateways.probe(case.server, case.attack, arg)
    assert caught.value.data["code"] == TIMEOUT, caught.value
    assert time.monotonic() - started < 15
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # killed for not answering the liveness ping, then restarted
        with contextlib.suppress(MCPError):
            if gateways.probe(case.server, "env-secret", None)["outcome"] == BLOCKED:
                break
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in before), "the spinning server is still running"
    assert _server_pids(case.server) - before


def test_home_is_not_shared_with_another_project(host: Host, gateways: Gateways) -> None:
    plant = f"{host.marker}-planted"
    wrote = gateways.probe("hostile", "write-grant", f"/home/mcpfort/{plant}")
    assert wrote["outcome"] == ALLOWED, wrote
    other = host.root / "other-project"
    (other / "granted").mkdir(parents=True, exist_ok=True)
    (other / "output").mkdir(exist_ok=True)
    policy = other / "mcpfort.yaml"
    policy.write_text(POLICY.format(servers=servers(host).split("\n  spinner:")[0]))

    async def read_planted() -> dict[str, Any]:
        params = gateway(host.root, policy, "--server", "hostile")
        async with connect(params) as client:
            result = await client.call_tool("probe", {"attack": "read-path", "arg": f"/home/mcpfort/{plant}"})
            return json.loads(result.content[0].text)

    answer = gateways.portal.call(read_planted)
    assert answer["outcome"] == BLOCKED, answer


# -- allowed paths and hosts still work --------------------------------------------------------
def test_filesystem_server_writes_its_grant_and_the_sandbox_stops_the_rest(host: Host, gateways: Gateways) -> None:
    project = host.root / "project"
    (project / "output").mkdir(parents=True, exist_ok=True)
    target = project / "output" / "sandboxed.txt"
    gateways.call("fs", "write_file", {"path": str(target), "content": "written from inside the sandbox"})
    assert target.read_text() == "written from inside the sandbox"
    # the policy's capability covers all of ./project; the sandbox grants writes to ./project/output only
    result = gateways.call("fs", "write_file", {"path": str(project / "beside.txt"), "content": "x"})
    assert result.is_error and "EROFS" in result.content[0].text, result
    assert not (project / "beside.txt").exists()
    read = gateways.call("fs", "read_text_file", {"path": str(target)})
    assert read.content[0].text == "written from inside the sandbox"


def test_fetch_server_reaches_the_listed_host_and_not_another(host: Host, gateways: Gateways) -> None:
    page = gateways.call("fetch", "fetch", {"url": f"http://127.0.0.1:{host.listed.port}/", "raw": True})
    assert not page.is_error and "reached-listed" in page.content[0].text, page
    before = len(host.unlisted.hits)
    refused = gateways.call("fetch", "fetch", {"url": f"http://127.0.0.1:{host.unlisted.port}/", "raw": True})
    assert refused.is_error and "reached-unlisted" not in refused.content[0].text, refused
    assert "status code 403" in refused.content[0].text, refused  # the egress proxy's answer
    assert len(host.unlisted.hits) == before
