"""A remote MCP server over Streamable HTTP, as the gateway's upstream (``servers.NAME.url``).

The gateway talks to it as to any transport: each message it sends is POSTed; JSON answers and
SSE events come back through ``receive``.  The upstream gets its own credentials from
``servers.NAME.headers`` (``${VAR}`` is read from the environment, so secrets stay out of the
policy file) — never the caller's token.  Legacy sessions (``Mcp-Session-Id``) are followed.
"""

from __future__ import annotations

import asyncio
import os
import re
from typing import Any

import httpx
import orjson

from mcpfort.errors import UpstreamError

__all__ = ["HttpUpstream", "expand_headers"]

_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_PROTOCOL_META = "io.modelcontextprotocol/protocolVersion"
_NAMED = {"tools/call": "name", "prompts/get": "name", "resources/read": "uri"}


def expand_headers(headers: dict[str, str], environ: dict[str, str] | None = None) -> dict[str, str]:
    env = os.environ if environ is None else environ
    out = {}
    for name, value in headers.items():
        missing = [v for v in _VAR.findall(value) if v not in env]
        if missing:
            raise UpstreamError(f"header {name} needs the environment variable {missing[0]}, which is not set")
        out[name] = _VAR.sub(lambda m: env[m.group(1)], value)
    return out


class HttpUpstream:
    def __init__(self, server: str, url: str, headers: dict[str, str], *, timeout: float = 300.0) -> None:
        self.server = server
        self.url = url
        self.command = [url]
        self.pid = None
        self.server_cwd = os.getcwd()
        self.enforced: list[str] = []
        self.degraded = {"sandbox": "remote server: no local process to sandbox"}
        self._headers = headers
        self._timeout = timeout
        self._client: httpx.AsyncClient | None = None
        self._inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._session: str | None = None
        self._version: str | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        self._inbox = asyncio.Queue()
        self._session = self._version = None
        # trust_env=False: a proxy from the environment must not see the upstream's credentials
        self._client = httpx.AsyncClient(headers=expand_headers(self._headers), trust_env=False,
                                         timeout=httpx.Timeout(self._timeout, connect=10.0))

    async def receive(self) -> bytes | None:
        return await self._inbox.get()

    async def send(self, data: bytes) -> None:
        task = asyncio.create_task(self._post(data))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _post(self, data: bytes) -> None:
        msg = orjson.loads(data)
        headers = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}
        params = msg.get("params") if isinstance(msg.get("params"), dict) else {}
        meta = params.get("_meta") if isinstance(params.get("_meta"), dict) else {}
        if isinstance(meta.get(_PROTOCOL_META), str):
            headers["MCP-Protocol-Version"] = meta[_PROTOCOL_META]
            headers["Mcp-Method"] = str(msg.get("method"))
            named = _NAMED.get(str(msg.get("method")))
            if named and isinstance(params.get(named), str):
                headers["Mcp-Name"] = params[named]
        elif self._version:
            headers["MCP-Protocol-Version"] = self._version
        if self._session:
            headers["Mcp-Session-Id"] = self._session
        assert self._client is not None, "start() first"
        try:
            async with self._client.stream("POST", self.url, content=data, headers=headers) as reply:
                if reply.headers.get("mcp-session-id"):
                    self._session = reply.headers["mcp-session-id"]
                kind = reply.headers.get("content-type", "")
                if kind.startswith("text/event-stream"):
                    async for line in reply.aiter_lines():
                        if line.startswith("data:"):
                            self._deliver(line[5:].strip().encode())
                elif reply.status_code != 202:
                    body = await reply.aread()
                    if body.strip().startswith(b"{"):
                        self._deliver(body)
                    elif "id" in msg and "method" in msg:
                        self._fail(msg, f"the remote server answered HTTP {reply.status_code}")
        except httpx.HTTPError as exc:
            if "id" in msg and "method" in msg:
                self._fail(msg, f"cannot reach the remote server: {exc}")

    def _deliver(self, body: bytes) -> None:
        try:
            reply = orjson.loads(body)
        except orjson.JSONDecodeError:
            return
        result = reply.get("result") if isinstance(reply, dict) else None
        if isinstance(result, dict) and isinstance(result.get("protocolVersion"), str):
            self._version = result["protocolVersion"]  # the legacy handshake's answer
        self._inbox.put_nowait(body)

    def _fail(self, msg: dict[str, Any], why: str) -> None:
        self._inbox.put_nowait(orjson.dumps({"jsonrpc": "2.0", "id": msg["id"],
                                             "error": {"code": -32010, "message": f"mcpfort: {why}"}}))

    def diagnose(self) -> str | None:
        return None

    def kill(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def aclose(self) -> int | None:
        for task in list(self._tasks):
            task.cancel()
        if self._client is not None:
            if self._session:
                try:
                    await self._client.delete(self.url, headers={"Mcp-Session-Id": self._session}, timeout=5)
                except httpx.HTTPError:
                    pass
            await self._client.aclose()
            self._client = None
        self._inbox.put_nowait(None)
        return None
