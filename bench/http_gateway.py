"""HTTP `tools/call` throughput and latency through `mcpfort serve` against the same server direct.

One run, same machine, same client: the conformance fixture server (tests/fixtures/conformance/
server.py, the official `mcp` SDK) answers `test_simple_text` directly over Streamable HTTP, and
through `mcpfort serve` (fixture as its sandboxed stdio upstream) with rate limiting on and, with
--auth, bearer tokens verified against a JWKS on every request.  Requests are stateless
2026-07-28 POSTs from httpx.  Prints requests/second with C concurrent clients, median and p99
latency, the ratio (aim: at least 0.7x direct throughput), and the cost of a repeated token.

    .venv/bin/python bench/http_gateway.py [--requests 2000] [--concurrency 8] [--auth]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests/fixtures/conformance/server.py"
MCPFORT = str(Path(sys.executable).parent / "mcpfort")
META = {"io.modelcontextprotocol/protocolVersion": "2026-07-28", "io.modelcontextprotocol/clientCapabilities": {}}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, proc: subprocess.Popen) -> None:
    deadline = time.time() + 30
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"{url}: the server exited ({proc.returncode})")
        try:
            httpx.post(url, json={}, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not start")


class Issuer:
    """A local JWKS endpoint and token minting, so --auth measures real signature checks."""

    def __init__(self, audience: str) -> None:
        from joserfc import jwt
        from joserfc.jwk import ECKey

        self.key = ECKey.generate_key("P-256", parameters={"kid": "bench-1", "use": "sig", "alg": "ES256"})
        public = self.key.as_dict(private=False)
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        metadata = {"issuer": self.url, "jwks_uri": f"{self.url}/jwks"}
        documents = {"/jwks": {"keys": [public]}, "/.well-known/oauth-authorization-server": metadata,
                     "/.well-known/openid-configuration": metadata}

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                body = json.dumps(documents.get(self.path, {})).encode()
                self.send_response(200 if self.path in documents else 404)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        now = int(time.time())
        claims = {"iss": self.url, "aud": audience, "sub": "bench-user", "client_id": "bench", "jti": "j1",
                  "iat": now, "nbf": now, "exp": now + 3600, "scope": "mcp:tools"}
        self.token = jwt.encode({"alg": "ES256", "typ": "at+jwt", "kid": "bench-1"}, claims, self.key)


async def drive(url: str, total: int, concurrency: int, headers: dict[str, str]) -> tuple[float, list[float]]:
    latencies: list[float] = []
    body = {"jsonrpc": "2.0", "method": "tools/call",
            "params": {"name": "test_simple_text", "arguments": {}, "_meta": META}}
    base = {"MCP-Protocol-Version": "2026-07-28", "Mcp-Method": "tools/call", "Mcp-Name": "test_simple_text",
            "Accept": "application/json, text/event-stream", **headers}
    counter = iter(range(total))

    async def worker(client: httpx.AsyncClient) -> None:
        for i in counter:
            start = time.perf_counter()
            reply = await client.post(url, json={**body, "id": i}, headers=base)
            latencies.append((time.perf_counter() - start) * 1000)
            if reply.status_code != 200 or "result" not in reply.json():
                raise SystemExit(f"{url}: {reply.status_code} {reply.text[:300]}")

    async with httpx.AsyncClient(timeout=30, trust_env=False,
                                 limits=httpx.Limits(max_connections=concurrency)) as client:
        for _ in range(50):  # warm-up
            await client.post(url, json={**body, "id": "w"}, headers=base)
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    return total / elapsed, latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--auth", action="store_true", help="require and verify a bearer token on every request")
    args = parser.parse_args()
    procs: list[subprocess.Popen] = []
    env = {**os.environ, "NO_PROXY": "*"}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            direct_port, gw_port = free_port(), free_port()
            procs.append(subprocess.Popen([sys.executable, str(FIXTURE), "--http", "--port", str(direct_port)],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
            direct = f"http://127.0.0.1:{direct_port}/mcp"
            gateway = f"http://127.0.0.1:{gw_port}/mcp/fixture"
            issuer = Issuer(gateway) if args.auth else None
            auth = (f"auth:\n  issuer: {issuer.url}\n  scopes: {{mcp:tools: [tools]}}\n") if issuer else ""
            policy = Path(tmp) / "mcpfort.yaml"
            policy.write_text(
                f"version: 1\ncapabilities: {{tools: {{}}}}\ncontexts: {{bench: [tools]}}\n"
                f"gateway: {{listen: '127.0.0.1:{gw_port}'}}\n{auth}"
                f"ratelimit: {{per_user: 1000000/minute, storage: 'memory://'}}\n"
                f"servers:\n  fixture:\n    command: ['{sys.executable}', '{FIXTURE}', --stdio]\n"
                f"    tools: {{test_simple_text: {{requires: [tools]}}}}\n")
            procs.append(subprocess.Popen([MCPFORT, "serve", "--policy", str(policy), "--audit", f"{tmp}/audit.db"],
                                          stderr=subprocess.DEVNULL, env={**env, "XDG_CACHE_HOME": tmp}))
            wait_for(direct, procs[0])
            wait_for(gateway, procs[1])
            headers = {"Authorization": f"Bearer {issuer.token}"} if issuer else {}
            results = {}
            for name, url, extra in (("direct", direct, {}), ("mcpfort", gateway, headers)) * 2:
                rate, lat = asyncio.run(drive(url, args.requests // 2, args.concurrency, extra))
                prev = results.get(name, (0.0, []))
                results[name] = (prev[0] + rate / 2, prev[1] + lat)
    finally:
        for proc in procs:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(f"tools/call over HTTP, {args.requests} requests each, {args.concurrency} concurrent clients, "
          f"rate limiting on, auth {'on (ES256 JWT, JWKS)' if args.auth else 'off'}:")
    for name, (rate, lat) in results.items():
        ordered = sorted(lat)
        print(f"  {name:<8} {rate:8.0f} req/s   median {statistics.median(lat):6.2f} ms   "
              f"p99 {ordered[int(0.99 * len(ordered))]:6.2f} ms")
    ratio = results["mcpfort"][0] / results["direct"][0]
    print(f"  throughput ratio mcpfort/direct: {ratio:.2f}x   (aim: at least 0.7x)")
    if args.auth:
        repeated = asyncio.run(_token_cost(gateway_audience=gateway, issuer=issuer))
        print(f"  a repeated token costs {repeated:.1f} us to verify (cached); a new one needs a signature check")
    return 0


async def _token_cost(*, gateway_audience: str, issuer: Issuer) -> float:
    from mcpfort.auth.tokens import TokenVerifier

    verifier = TokenVerifier(issuer=issuer.url, audience=gateway_audience, claims={"user": "sub"})
    header = f"Bearer {issuer.token}"
    await verifier.verify(header)
    n = 20000
    start = time.perf_counter()
    for _ in range(n):
        await verifier.verify(header)
    return (time.perf_counter() - start) / n * 1e6


if __name__ == "__main__":
    sys.exit(main())
