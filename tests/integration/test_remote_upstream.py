"""A remote Streamable HTTP server as the upstream (`servers.NAME.url`), with its own credentials.

The remote is the conformance fixture on the official SDK behind a recording proxy of our own, so
the test sees every header the gateway sends upstream: the configured credential, never the
caller's token.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import httpx
import pytest
from mcp import Client, StdioServerParameters

from tests.conftest import MCPFORT, ROOT, base_env
from tests.fixtures.oidc.jwtlab import free_port

pytestmark = pytest.mark.integration
FIXTURE = ROOT / "tests" / "fixtures" / "conformance" / "server.py"


class Recorder:
    """Forwards to the fixture and keeps the Authorization header of every request it saw."""

    def __init__(self, target: str) -> None:
        self.seen: list[str | None] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _relay(self, method: str) -> None:
                recorder.seen.append(self.headers.get("Authorization"))
                body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
                keep = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "authorization")}
                reply = httpx.request(method, target, content=body, headers=keep, timeout=30)
                self.send_response(reply.status_code)
                for key, value in reply.headers.items():
                    if key.lower() not in ("content-length", "transfer-encoding", "connection", "content-encoding"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.content)))
                self.end_headers()
                self.wfile.write(reply.content)

            def do_POST(self) -> None:  # noqa: N802
                self._relay("POST")

            def do_DELETE(self) -> None:  # noqa: N802
                self._relay("DELETE")

            def log_message(self, *args: object) -> None:
                pass

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def remote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Recorder, Path]]:
    tmp = tmp_path_factory.mktemp("remote")
    (tmp / "home").mkdir()
    port = free_port()
    fixture = subprocess.Popen([sys.executable, str(FIXTURE), "--http", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            httpx.post(f"http://127.0.0.1:{port}/mcp", json={}, timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    recorder = Recorder(f"http://127.0.0.1:{port}/mcp")
    (tmp / "mcpfort.yaml").write_text(f"""\
version: 1
capabilities: {{demo: {{}}}}
contexts: {{dev: [demo]}}
servers:
  remote:
    url: http://127.0.0.1:{recorder.port}/mcp
    headers: {{Authorization: "Bearer ${{REMOTE_TOKEN}}"}}
    tools:
      test_simple_text: {{requires: [demo]}}
""")
    yield recorder, tmp
    recorder.server.shutdown()
    fixture.terminate()
    fixture.wait(timeout=10)


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_stdio_client_to_remote_upstream(remote: tuple[Recorder, Path], mode: str) -> None:
    recorder, tmp = remote
    env = {**base_env(tmp), "REMOTE_TOKEN": "upstream-secret"}
    params = StdioServerParameters(command=MCPFORT, args=["run", "--policy", str(tmp / "mcpfort.yaml"), "--audit",
                                                          str(tmp / "audit.db"), "--server", "remote"], env=env, cwd=str(tmp))
    async with Client(params, mode=mode, read_timeout_seconds=60) as client:
        assert {t.name for t in (await client.list_tools()).tools} == {"test_simple_text"}  # the rest is denied
        result = await client.call_tool("test_simple_text", {})
        assert "simple" in result.content[0].text.lower()
    assert recorder.seen and set(recorder.seen) == {"Bearer upstream-secret"}


def test_a_missing_credential_variable_is_a_clear_error(remote: tuple[Recorder, Path]) -> None:
    _, tmp = remote
    run = subprocess.run([MCPFORT, "run", "--policy", str(tmp / "mcpfort.yaml"), "--server", "remote"],
                         input=b"", capture_output=True, env=base_env(tmp), cwd=tmp, timeout=30)
    assert run.returncode == 4 and b"REMOTE_TOKEN" in run.stderr
