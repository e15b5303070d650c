"""``scan --connect``: ask a configured server what it serves, without trusting it.

A stdio server is started only inside mcpfort's sandbox (``mcpfort.upstream.Upstream`` with
``require: strict``): it sees its own runtime and the folders named on its command line, read
only; no network except the package registry its launcher installs from.  If this machine cannot
sandbox it, it is not started at all.  A remote server is asked over Streamable HTTP.  Either way
the scan reads ``tools/list``, ``prompts/list``, ``resources/list`` and
``resources/templates/list`` (every page), then stops.
"""

from __future__ import annotations

import asyncio
import json
import os
import urllib.error
import urllib.request
from typing import Any

import orjson

from mcpfort import eras
from mcpfort.errors import UpstreamError
from mcpfort.scan.checks import package_of
from mcpfort.scan.clients import ServerEntry

__all__ = ["Lister", "LISTS"]

LISTS = (("tools/list", "tools", "tools"), ("prompts/list", "prompts", "prompts"),
         ("resources/list", "resources", "resources"),
         ("resources/templates/list", "resourceTemplates", "resources"))
_REGISTRIES = {"npm": ("registry.npmjs.org",), "pypi": ("pypi.org", "files.pythonhosted.org")}
_MAX_PAGES = 50


class Lister:
    """Callable: ``lister(entry) -> {"tools": [...], "prompts": [...], ...}``; raises on failure."""

    def __init__(self, timeout: float = 30.0, *, cwd: str | None = None, identify_as: str | None = None) -> None:
        self.timeout = timeout
        self.cwd = cwd or os.getcwd()
        # Also list as this client (clientInfo.name): a server that serves other tools to another
        # client is hiding something from the scanner (MCP-Shield's --identify-as).
        self.identify_as = identify_as
        self.events: list[dict[str, Any]] = []  # what the sandbox reported (egress attempts, ...)

    def __call__(self, entry: ServerEntry) -> dict[str, list[dict[str, Any]]]:
        listing = self._list(entry, None)
        if self.identify_as:
            other = self._list(entry, self.identify_as)
            listing["_as_client"] = {"client": self.identify_as, "tools": other.get("tools", [])}
        return listing

    def _list(self, entry: ServerEntry, client: str | None) -> dict[str, Any]:
        info = {"name": client, "version": "1.0.0"} if client else None
        if entry.url and not entry.command:
            return _Remote(entry, self.timeout, info).listing()
        if not entry.command:
            raise UpstreamError(f"{entry.name}: neither a command nor a url")
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(asyncio.wait_for(self._stdio(entry, info), self.timeout))
        # Called from async code (a test, an embedding app): run the listing on a loop of its own.
        import concurrent.futures

        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(lambda: asyncio.run(asyncio.wait_for(self._stdio(entry, info), self.timeout))).result()

    def spec_for(self, entry: ServerEntry) -> Any:
        from mcpfort.sandbox.spec import Limits, SandboxSpec

        folders = []
        for arg in entry.args:
            path = os.path.expanduser(arg)
            if os.path.isabs(path) and os.path.isdir(path):  # files on the command line are mounted by the sandbox
                folders.append(path)
        pkg = package_of(entry.argv)
        hosts = _REGISTRIES.get(pkg[2], ()) if pkg else ()
        return SandboxSpec(read=tuple(dict.fromkeys(folders)), write=(), allow_hosts=tuple(hosts),
                           env_set=dict(entry.env), limits=Limits(memory=1024**3, pids=128, timeout=self.timeout),
                           require="strict")

    async def _stdio(self, entry: ServerEntry, info: dict[str, str] | None) -> dict[str, Any]:
        from mcpfort.upstream import Upstream

        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", **entry.env}
        upstream = Upstream(f"scan-{entry.name}", entry.argv, self.spec_for(entry), env=env, cwd=self.cwd,
                            limit=64 * 1024 * 1024, record=self.events.append)
        await upstream.start()
        if not upstream.sandboxed:  # require: strict never falls back, but never run it bare either way
            await upstream.aclose()
            raise UpstreamError(f"{entry.name}: refusing to start it outside the sandbox")
        try:
            return await _Session(upstream, info).listing()
        finally:
            await upstream.aclose()


def _init_params(info: dict[str, str] | None) -> dict[str, Any]:
    params = eras.initialize_params()
    if info:
        params = {**params, "clientInfo": info}
    return params


class _Session:
    """The legacy handshake and the list calls over any receive()/send() pair."""

    def __init__(self, transport: Any, info: dict[str, str] | None = None) -> None:
        self.transport = transport
        self.info = info
        self.next_id = 0

    async def ask(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self.next_id += 1
        rid = f"scan-{self.next_id}"
        await self.transport.send(orjson.dumps({"jsonrpc": "2.0", "id": rid, "method": method, "params": params}))
        while True:
            line = await self.transport.receive()
            if line is None:
                raise UpstreamError(f"the server closed its output during {method}")
            if not line.strip():
                continue
            try:
                msg = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue  # a stray print on stdout; the gateway refuses those, the scan just skips them
            if not isinstance(msg, dict):
                continue
            if "method" in msg and "id" in msg:  # the server asks us something (roots, sampling): decline
                await self.transport.send(orjson.dumps({"jsonrpc": "2.0", "id": msg["id"], "error": {
                    "code": -32601, "message": "mcpfort scan answers no requests"}}))
                continue
            if msg.get("id") != rid:
                continue
            if "error" in msg:
                raise UpstreamError(f"{method}: {msg['error'].get('message') if isinstance(msg['error'], dict) else msg['error']}")
            result = msg.get("result")
            return result if isinstance(result, dict) else {}

    async def listing(self) -> dict[str, list[dict[str, Any]]]:
        init = await self.ask("initialize", _init_params(self.info))
        await self.transport.send(orjson.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}))
        caps = init.get("capabilities") if isinstance(init.get("capabilities"), dict) else {}
        out: dict[str, list[dict[str, Any]]] = {}
        for method, key, capability in LISTS:
            if capability not in caps:
                continue
            items: list[dict[str, Any]] = []
            cursor = None
            for _ in range(_MAX_PAGES):
                result = await self.ask(method, {"cursor": cursor} if cursor else {})
                items += [i for i in result.get(key, []) if isinstance(i, dict)]
                cursor = result.get("nextCursor")
                if not cursor:
                    break
            out[key] = items
        out.setdefault("tools", [])
        return out


class _Remote:
    """Streamable HTTP, just enough to list: POST each request, read JSON or an SSE stream back."""

    def __init__(self, entry: ServerEntry, timeout: float, info: dict[str, str] | None = None) -> None:
        self.info = info
        self.url = entry.url or ""
        self.headers = {k: v for k, v in entry.headers.items() if "${" not in v}
        self.timeout = timeout
        self.session: str | None = None
        self.next_id = 0

    def _post(self, body: dict[str, Any]) -> dict[str, Any] | None:
        headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream",
                   "MCP-Protocol-Version": eras.LEGACY, **self.headers}
        if self.session:
            headers["Mcp-Session-Id"] = self.session
        request = urllib.request.Request(self.url, data=json.dumps(body).encode(), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - the configured URL
                self.session = response.headers.get("Mcp-Session-Id") or self.session
                data = response.read()
                kind = response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            raise UpstreamError(f"{self.url} answered HTTP {exc.code}"
                                + (" (it needs credentials)" if exc.code in (401, 403) else "")) from None
        except (urllib.error.URLError, OSError) as exc:
            raise UpstreamError(f"cannot reach {self.url}: {getattr(exc, 'reason', exc)}") from None
        if "id" not in body:
            return None
        messages = []
        if "text/event-stream" in kind:
            for line in data.decode("utf-8", "replace").splitlines():
                if line.startswith("data:"):
                    try:
                        messages.append(json.loads(line[5:].strip()))
                    except json.JSONDecodeError:
                        continue
        elif data.strip():
            messages.append(json.loads(data))
        for msg in messages:
            if isinstance(msg, dict) and msg.get("id") == body["id"]:
                if "error" in msg:
                    raise UpstreamError(f"{body['method']}: {msg['error']}")
                return msg.get("result") or {}
        raise UpstreamError(f"{self.url} sent no answer to {body['method']}")

    def ask(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        self.next_id += 1
        return self._post({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params}) or {}

    def listing(self) -> dict[str, list[dict[str, Any]]]:
        init = self.ask("initialize", _init_params(self.info))
        self._post({"jsonrpc": "2.0", "method": "notifications/initialized"})
        caps = init.get("capabilities") if isinstance(init.get("capabilities"), dict) else {}
        out: dict[str, list[dict[str, Any]]] = {}
        for method, key, capability in LISTS:
            if capability not in caps:
                continue
            items: list[dict[str, Any]] = []
            cursor = None
            for _ in range(_MAX_PAGES):
                result = self.ask(method, {"cursor": cursor} if cursor else {})
                items += [i for i in result.get(key, []) if isinstance(i, dict)]
                cursor = result.get("nextCursor")
                if not cursor:
                    break
            out[key] = items
        out.setdefault("tools", [])
        return out
