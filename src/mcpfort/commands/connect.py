"""``mcpfort connect URL``: a stdio-to-HTTP bridge, so a client that only speaks stdio can use a
remote, protected MCP server (``mcpfort serve`` or any Streamable HTTP server).

Each line on stdin is one JSON-RPC message; it is POSTed to URL with the stored bearer token and
``Accept: application/json, text/event-stream``.  A JSON answer becomes one line on stdout; an
SSE answer becomes one line per ``data:`` event, as it arrives.  For 2025-11-25 sessions the
bridge keeps ``Mcp-Session-Id`` and ``MCP-Protocol-Version``, opens the GET stream for
server-initiated messages and ends the session with DELETE at EOF; for 2026-07-28 requests it
mirrors ``Mcp-Method``, ``Mcp-Name`` and the ``Mcp-Param-*`` headers tools declare.  An expired
token is refreshed first; a 401 is retried once after a refresh, then the bridge stops and says
to run ``mcpfort login URL``.  stdout carries only protocol messages; everything else is stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import re
import sys
import threading
import time
from typing import Any, AsyncIterator, Callable

import httpx
import orjson

from mcpfort import eras
from mcpfort.auth.device import OAuthError, refresh
from mcpfort.auth.discovery import DiscoveryError, check_url
from mcpfort.auth.token_store import TokenSet, TokenStore, default_store
from mcpfort.commands.login import https_only
from mcpfort.errors import UsageError
from mcpfort.param_headers import header_map

__all__ = ["add_arguments", "run", "Bridge"]

ACCEPT = "application/json, text/event-stream"
_NAMED = {"tools/call": "name", "prompts/get": "name", "resources/read": "uri"}
_HEADER_SAFE = re.compile(r"[\x20-\x7E]*")
_SENTINEL = re.compile(r"=\?base64\?.*\?=", re.S)
DRAIN_SECONDS = 10.0


class AuthenticationFailed(Exception):
    """The server refused our token (or our lack of one), and refreshing did not help."""


def _encode(value: str) -> str:
    if _HEADER_SAFE.fullmatch(value) and value == value.strip() and not _SENTINEL.fullmatch(value):
        return value
    return f"=?base64?{base64.b64encode(value.encode('utf-8')).decode('ascii')}?="


def _render(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, (str, int)) else None


def _error_line(rid: Any, code: int, message: str) -> bytes:
    return orjson.dumps({"jsonrpc": "2.0", "id": rid, "error": {"code": code, "message": message}})


class Bridge:
    """Moves messages between a line-based writer and one Streamable HTTP endpoint.

    ``write`` receives each outbound JSON-RPC message (bytes, no newline); ``say`` receives the
    human-readable notes that go to stderr.
    """

    def __init__(self, url: str, http: httpx.AsyncClient, *, store: TokenStore | None,
                 tokens: TokenSet | None, write: Callable[[bytes], None], say: Callable[[str], None]) -> None:
        self.url = url
        self.http = http
        self.store = store
        self.tokens = tokens
        self.write = write
        self.say = say
        self.session_id: str | None = None
        self.protocol_version: str | None = None
        self.failed: str | None = None
        self.stopped = asyncio.Event()
        self._refresh_lock = asyncio.Lock()
        self._tools: dict[str, dict[tuple[str, ...], tuple[str, Any]]] = {}
        self._get_stream: asyncio.Task[None] | None = None

    # -- headers ---------------------------------------------------------------------------------
    def headers_for(self, msg: dict[str, Any]) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": ACCEPT}
        if self.tokens is not None:
            headers["Authorization"] = f"Bearer {self.tokens.access_token}"
        if self.session_id:
            headers["Mcp-Session-Id"] = self.session_id
        method = msg.get("method")
        params = msg.get("params") if isinstance(msg.get("params"), dict) else {}
        version = self.protocol_version
        meta = params.get("_meta")
        if isinstance(meta, dict) and isinstance(meta.get(eras.PROTOCOL_META), str):
            version = meta[eras.PROTOCOL_META]  # a 2026-07-28 request names its own version
        if version:
            headers["MCP-Protocol-Version"] = version
        if isinstance(method, str):
            headers["Mcp-Method"] = _encode(method)
            field = _NAMED.get(method)
            if field and isinstance(params.get(field), str):
                headers["Mcp-Name"] = _encode(params[field])
            if method == "tools/call" and isinstance(params.get("name"), str):
                headers.update(self._param_headers(params["name"], params.get("arguments")))
        return headers

    def _param_headers(self, tool: str, arguments: Any) -> dict[str, str]:
        headers = {}
        for path, (token, _kind) in self._tools.get(tool, {}).items():
            value: Any = arguments
            for key in path:
                value = value.get(key) if isinstance(value, dict) else None
            rendered = _render(value) if value is not None else None
            if rendered is not None:
                headers[f"Mcp-Param-{token}"] = _encode(rendered)
        return headers

    def _learn(self, method: str | None, answer: Any) -> None:
        """Remember what later requests need: the negotiated version, tools' mirrored arguments."""
        if not isinstance(answer, dict) or not isinstance(answer.get("result"), dict):
            return
        result = answer["result"]
        if method == "initialize" and isinstance(result.get("protocolVersion"), str):
            self.protocol_version = result["protocolVersion"]
        if method == "tools/list" and isinstance(result.get("tools"), list):
            for tool in result["tools"]:
                if isinstance(tool, dict) and isinstance(tool.get("name"), str):
                    mapping = header_map(tool.get("inputSchema"))
                    if mapping:
                        self._tools[tool["name"]] = mapping

    # -- tokens -------------------------------------------------------------------------------------
    async def ensure_fresh(self, now: float) -> None:
        if self.tokens is not None and self.tokens.expired(now) and self.tokens.refresh_token:
            await self._refresh(self.tokens)

    async def _refresh(self, stale: TokenSet) -> bool:
        async with self._refresh_lock:
            if self.tokens is not stale:  # somebody refreshed while we waited
                return True
            try:
                fresh = await refresh(self.http, stale)
            except OAuthError as exc:
                self.say(f"mcpfort connect: token refresh failed: {exc}")
                return False
            self.tokens = fresh
            if self.store is not None:
                self.store.save(fresh)
            return True

    # -- one message ------------------------------------------------------------------------------------
    async def forward(self, raw: bytes) -> None:
        try:
            msg = orjson.loads(raw)
        except orjson.JSONDecodeError:
            self.write(_error_line(None, -32700, "mcpfort connect: this line is not JSON"))
            return
        if not isinstance(msg, dict):
            self.write(_error_line(None, -32600, "mcpfort connect: a message must be a JSON object"))
            return
        rid = msg.get("id")
        is_request = "method" in msg and rid is not None
        method = msg.get("method") if isinstance(msg.get("method"), str) else None
        try:
            await self._post(raw, msg, method, is_request)
        except AuthenticationFailed as exc:
            if is_request:
                self.write(_error_line(rid, -32001, str(exc)))
            self.failed = str(exc)
            self.stopped.set()
        except httpx.HTTPError as exc:
            self.say(f"mcpfort connect: {self.url}: {type(exc).__name__}: {exc}")
            if is_request:
                self.write(_error_line(rid, -32603, f"mcpfort connect: {self.url} cannot be reached ({type(exc).__name__})"))

    async def _post(self, raw: bytes, msg: dict[str, Any], method: str | None, is_request: bool) -> None:
        for attempt in (1, 2):
            tokens = self.tokens
            async with self.http.stream("POST", self.url, content=raw, headers=self.headers_for(msg)) as response:
                if response.status_code != 401:
                    await self._receive(response, msg, method, is_request)
                    break
                await response.aread()
            if attempt == 1 and tokens is not None and tokens.refresh_token and await self._refresh(tokens):
                continue  # one retry with the refreshed token
            raise AuthenticationFailed(
                f"mcpfort connect: {self.url} refused the "
                f"{'stored token' if tokens is not None else 'request (no token is stored)'}: "
                f"run `mcpfort login {self.url}`")
        if method == "initialize" and self.session_id and self._get_stream is None:
            self._get_stream = asyncio.create_task(self._listen())

    async def _receive(self, response: httpx.Response, msg: dict[str, Any], method: str | None, is_request: bool) -> None:
        session = response.headers.get("mcp-session-id")
        if session and method == "initialize":
            self.session_id = session
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "text/event-stream" and response.status_code == 200:
            async for data in _sse_events(response.aiter_lines()):
                self._emit(data, method, msg.get("id"))
        else:
            self._answer(response, await response.aread(), method, msg.get("id"), is_request)

    def _emit(self, data: str, method: str | None, rid: Any) -> None:
        try:
            answer = orjson.loads(data)
        except orjson.JSONDecodeError:
            self.say(f"mcpfort connect: dropped a non-JSON SSE event from {self.url}")
            return
        if isinstance(answer, dict) and answer.get("id") == rid and ("result" in answer or "error" in answer):
            self._learn(method, answer)
        self.write(orjson.dumps(answer))

    def _answer(self, response: httpx.Response, body: bytes, method: str | None, rid: Any, is_request: bool) -> None:
        status = response.status_code
        if status == 202 or (not body.strip() and status < 300):
            return
        hint = ""
        if status == 403:
            scope = re.search(r'scope="([^"]*)"', response.headers.get("www-authenticate", ""))
            if scope:
                hint = (f": the token lacks scope {scope.group(1)!r} "
                        f"(run `mcpfort login {self.url} --scope \"{scope.group(1)}\"`)")
            self.say(f"mcpfort connect: {self.url} answered 403{hint}")
        try:
            answer = orjson.loads(body)
        except orjson.JSONDecodeError:
            answer = None
        if isinstance(answer, dict) and answer.get("jsonrpc") == "2.0" and ("result" in answer or "error" in answer):
            self._learn(method, answer)
            self.write(orjson.dumps(answer))
            return
        if status == 403:
            message = f"mcpfort connect: forbidden{hint}"
        elif status == 404 and self.session_id:
            message = "mcpfort connect: the server ended the session; restart the client to begin a new one"
        else:
            message = f"mcpfort connect: {self.url} answered HTTP {status}"
        if is_request:
            self.write(_error_line(rid, -32603 if status >= 500 else -32600, message))
        else:
            self.say(message)

    async def _listen(self) -> None:
        """The 2025-11-25 GET stream: server-initiated requests and notifications outside any POST."""
        headers = {"Accept": "text/event-stream", "Mcp-Session-Id": self.session_id or ""}
        if self.protocol_version:
            headers["MCP-Protocol-Version"] = self.protocol_version
        if self.tokens is not None:
            headers["Authorization"] = f"Bearer {self.tokens.access_token}"
        try:
            async with self.http.stream("GET", self.url, headers=headers, timeout=httpx.Timeout(10, read=None)) as response:
                if response.status_code != 200:
                    return  # 405: the server has no GET stream, which is allowed
                async for data in _sse_events(response.aiter_lines()):
                    self._emit(data, None, None)
        except httpx.HTTPError:
            return

    async def close(self) -> None:
        if self._get_stream is not None:
            self._get_stream.cancel()
        if self.session_id:
            headers = {"Mcp-Session-Id": self.session_id}
            if self.tokens is not None:
                headers["Authorization"] = f"Bearer {self.tokens.access_token}"
            if self.protocol_version:
                headers["MCP-Protocol-Version"] = self.protocol_version
            try:
                await self.http.delete(self.url, headers=headers, timeout=5)
            except httpx.HTTPError:
                pass


async def _sse_events(lines: AsyncIterator[str]) -> AsyncIterator[str]:
    """The ``data`` of each SSE event (WHATWG rules: ``data:`` lines joined by newlines)."""
    data: list[str] = []
    async for line in lines:
        if not line:
            if data:
                yield "\n".join(data)
            data = []
        elif line.startswith("data:"):
            value = line[5:]
            data.append(value[1:] if value.startswith(" ") else value)
    if data:
        yield "\n".join(data)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Bridge stdio to a remote Streamable HTTP MCP server: read JSON-RPC lines on stdin, POST "
                          "them to URL with the token stored by `mcpfort login URL`, and write the answers to stdout. "
                          "Put `mcpfort connect URL` in a stdio-only client's config as the server command.")
    parser.add_argument("url", help="the MCP server's URL, e.g. https://gateway.example/mcp/fs")


def _runs_alongside(line: bytes) -> bool:
    """Whether a line may be sent while the next ones are read: requests may, except ``initialize``,
    whose answer carries the session every later message needs."""
    try:
        msg = orjson.loads(line)
    except orjson.JSONDecodeError:
        return False
    return (isinstance(msg, dict) and isinstance(msg.get("method"), str) and msg.get("id") is not None
            and msg["method"] != "initialize")


def _stdin_lines(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[bytes]) -> None:
    """Feed stdin's lines to ``queue`` (b"" at EOF) from a daemon thread, which never holds up exit."""
    def pump() -> None:
        for line in iter(sys.stdin.buffer.readline, b""):
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, b"")

    threading.Thread(target=pump, name="mcpfort-connect-stdin", daemon=True).start()


async def _bridge(url: str, store: TokenStore) -> int:
    tokens = store.load(url)
    out = sys.stdout.buffer

    def write(line: bytes) -> None:
        out.write(line + b"\n")
        out.flush()

    def say(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    if tokens is None:
        say(f"mcpfort connect: no stored token for {url}; connecting without one (run `mcpfort login {url}` "
            "if the server asks for authentication)")
    lines: asyncio.Queue[bytes] = asyncio.Queue()
    _stdin_lines(asyncio.get_running_loop(), lines)
    async with httpx.AsyncClient(timeout=httpx.Timeout(30, read=None), follow_redirects=False,
                                 headers={"User-Agent": "mcpfort-connect"}) as http:
        bridge = Bridge(url, http, store=store, tokens=tokens, write=write, say=say)
        await bridge.ensure_fresh(time.time())
        pending: set[asyncio.Task[None]] = set()
        stopped = asyncio.create_task(bridge.stopped.wait())
        while True:
            get = asyncio.create_task(lines.get())
            await asyncio.wait({get, stopped}, return_when=asyncio.FIRST_COMPLETED)
            if not get.done():
                get.cancel()
                break
            line = get.result().strip()
            if not line:
                if get.result() == b"":
                    break  # EOF
                continue
            if _runs_alongside(line):
                # A request runs on its own, so a long call never holds up the next line.
                task = asyncio.create_task(bridge.forward(line))
                pending.add(task)
                task.add_done_callback(pending.discard)
            else:
                # initialize, notifications and responses go out in order before the next line is read
                # (notifications/initialized must reach the server before the requests after it).
                await bridge.forward(line)
            if bridge.stopped.is_set():
                break
        stopped.cancel()
        if pending:
            await asyncio.wait(pending, timeout=DRAIN_SECONDS)
        await bridge.close()
    if bridge.failed:
        say(bridge.failed)
        return 1
    return 0


def run(args: argparse.Namespace) -> int:
    try:
        url = check_url(args.url, "url", https_only=https_only(args.url))
    except DiscoveryError as exc:
        raise UsageError(str(exc)) from exc
    try:
        return asyncio.run(_bridge(url, default_store()))
    except KeyboardInterrupt:
        return 130
