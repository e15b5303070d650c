"""``mcpfort serve``: every server of the policy at ``/mcp/<name>`` over Streamable HTTP.

Each HTTP caller gets the same gateway, guards and sandboxed upstream as a stdio client: a
2025-11-25 client gets a session (``Mcp-Session-Id``, its own sandboxed server process, bound to
the token's user); 2026-07-28 requests are stateless and share one gateway per caller
(user, context, scopes).  Request ids are remapped per POST, so callers can never answer or
cancel each other's calls.  The caller's token authenticates it here and is never forwarded.
"""

from __future__ import annotations

import asyncio
import contextlib
import getpass
import itertools
import os
import secrets
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Awaitable, Callable
from urllib.parse import urlsplit

import orjson
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from mcpfort import eras, jsonrpc, param_headers
from mcpfort.gateway import Gateway
from mcpfort.pipeline import build_pipeline
from mcpfort.policy.model import Policy
from mcpfort.audit.trail import Trail
from mcpfort.transports.http import HttpClientTransport
from mcpfort.types import Identity
from mcpfort.upstream import Upstream

__all__ = ["HttpGateway", "Caller"]

MAX_BODY = 4 * 1024 * 1024
SESSION_IDLE = 600.0
MAX_SESSIONS = 64
HEADER_MISMATCH = -32020
UNSUPPORTED_VERSION = -32022
_NAMED = {"tools/call": "name", "prompts/get": "name", "resources/read": "uri"}
# Gone in 2026-07-28: a modern request for them is answered 404 here, never forwarded.
_REMOVED = {"initialize", "ping", "logging/setLevel", "resources/subscribe", "resources/unsubscribe"}
# JSON-RPC errors a 2026-07-28 caller receives with an HTTP status of their own.
_STATUS = {jsonrpc.PARSE_ERROR: 400, jsonrpc.INVALID_REQUEST: 400, jsonrpc.INVALID_PARAMS: 400,
           HEADER_MISMATCH: 400, jsonrpc.MISSING_CLIENT_CAPABILITY: 400, UNSUPPORTED_VERSION: 400,
           jsonrpc.METHOD_NOT_FOUND: 404}
_CAPS_META = "io.modelcontextprotocol/clientCapabilities"


@dataclass(frozen=True)
class Caller:
    """Who is calling, as authentication established it."""

    user: str
    organization: str | None
    context: str
    limit: frozenset[str] | None
    client_id: str | None = None


@dataclass
class HttpSession:
    id: str
    server: str
    caller: Caller
    transport: HttpClientTransport
    gateway: Gateway
    task: asyncio.Task[int]
    last_used: float = field(default_factory=time.monotonic)
    # tool -> its Mcp-Param-* mirrors, learned from tools/list (2026-07-28 callers)
    param_map: dict[str, dict[tuple[str, ...], tuple[str, Any]]] | None = None
    # 2025-11-25 resumability: every event of a POST stream, by stream, until the session ends
    replay: dict[str, list[bytes]] = field(default_factory=dict)
    finished: set[str] = field(default_factory=set)
    wakeup: asyncio.Condition = field(default_factory=asyncio.Condition)


def _rpc_error(status: int, code: int, message: str, rid: Any = None, headers: dict[str, str] | None = None) -> Response:
    return JSONResponse(jsonrpc.error(rid, code, message), status_code=status, headers=headers)


class HttpGateway:
    def __init__(self, policy: Policy, *, record: Callable[[dict[str, Any]], None],
                 verifiers: dict[str, Any] | None = None,
                 barrier: Callable[[], Awaitable[None]] | None = None,
                 trail: Trail | None = None, auditor_verifier: Any | None = None,
                 settle: Callable[[], Awaitable[None]] | None = None) -> None:
        """``barrier`` is the audit log's (strict durability); ``trail`` enables ``GET /audit/events``
        for auditors, their tokens checked by ``auditor_verifier``; ``settle`` makes recorded events
        readable before that query runs."""
        self.policy = policy
        self.record = record
        self._barrier = barrier
        gw = policy.gateway
        host = gw.get("host", "127.0.0.1")
        self.public_url = gw.get("public_url") or f"http://{host if ':' not in host else '[' + host + ']'}:{gw.get('port', 8848)}"
        self.verifiers = verifiers or {}
        self._sessions: dict[str, HttpSession] = {}
        self._callers: dict[tuple[Any, ...], HttpSession] = {}
        self._create_lock = asyncio.Lock()
        self._ids = itertools.count(1)
        self._reaper: asyncio.Task[None] | None = None
        self._shared: dict[str, Any] = {}  # server -> SharedUpstream (gateway.sessions: shared)
        self._hosts, self._origins = self._allowed()
        self.auditor = None
        if trail is not None:
            from mcpfort.auditor_api import AuditorApi

            self.auditor = AuditorApi(trail, record=record, verifier=auditor_verifier,
                                      roles_claim=(policy.auth.get("claims") or {}).get("roles", "roles"),
                                      challenge=lambda: self._challenge_at(self._metadata_url("audit", api=True)),
                                      admit=self._admit, settle=settle)
        self._ratelimit = None
        if policy.ratelimit:
            from mcpfort.guards.ratelimit import RateLimit

            rl = policy.ratelimit
            self._ratelimit = RateLimit(per_user=rl["per_user"], per_tool=rl["per_tool"], storage=rl["storage"])

    # -- the ASGI app ------------------------------------------------------------------------
    def app(self) -> Starlette:
        routes = [
            Route("/mcp/{server}", self.mcp, methods=["GET", "POST", "DELETE"]),
            Route("/.well-known/oauth-protected-resource/mcp/{server}", self.resource_metadata, methods=["GET"]),
            Route("/.well-known/oauth-protected-resource", self.resource_metadata, methods=["GET"]),
        ]
        if self.auditor is not None:
            routes += [Route("/audit/events", self.auditor.events, methods=["GET"]),
                       Route("/.well-known/oauth-protected-resource/audit", self.audit_metadata, methods=["GET"])]
        return Starlette(routes=routes, lifespan=self._lifespan)

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self._reaper = asyncio.create_task(self._reap())
        try:
            yield
        finally:
            await self.close()

    async def close(self) -> None:
        if self._reaper is not None:
            self._reaper.cancel()
        sessions = {id(s): s for s in [*self._sessions.values(), *self._callers.values()]}.values()
        await asyncio.gather(*(self._end(s) for s in sessions), return_exceptions=True)
        await asyncio.gather(*(hub.aclose() for hub in self._shared.values()), return_exceptions=True)

    def resource_url(self, server: str) -> str:
        return f"{self.public_url}/mcp/{server}"

    async def resource_metadata(self, request: Request) -> Response:
        server = request.path_params.get("server") or next(iter(self.policy.servers), "")
        if server not in self.policy.servers or not self.policy.auth:
            return JSONResponse({"error": "not_found"}, status_code=404)
        auth = self.policy.auth
        return JSONResponse({"resource": self.resource_url(server), "authorization_servers": [auth["issuer"]],
                             "scopes_supported": sorted(auth["scopes"]), "bearer_methods_supported": ["header"],
                             "resource_name": f"mcpfort: {server}"})

    async def audit_metadata(self, request: Request) -> Response:
        if not self.policy.auth:
            return JSONResponse({"error": "not_found"}, status_code=404)
        return JSONResponse({"resource": f"{self.public_url}/audit", "authorization_servers": [self.policy.auth["issuer"]],
                             "bearer_methods_supported": ["header"], "resource_name": "mcpfort: audit trail"})

    # -- admission: host, origin, token --------------------------------------------------------
    def _allowed(self) -> tuple[set[str], set[str]]:
        gw = self.policy.gateway
        port = gw.get("port", 8848)
        public = urlsplit(self.public_url)
        hosts = {public.netloc.lower(), f"{gw.get('host', '127.0.0.1')}:{port}"}
        origins = {f"{public.scheme}://{public.netloc}".lower(), *(o.lower().rstrip("/") for o in gw.get("allowed_origins", []))}
        if gw.get("host", "127.0.0.1") in ("127.0.0.1", "::1", "localhost"):
            hosts |= {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}
            origins |= {f"http://127.0.0.1:{port}", f"http://localhost:{port}"}
        return hosts, origins

    def _admit(self, request: Request) -> Response | None:
        # DNS rebinding: a page on evil.example resolving to 127.0.0.1 still sends its own Host/Origin.
        host = request.headers.get("host", "").lower()
        if host not in self._hosts:
            return _rpc_error(421, jsonrpc.INVALID_REQUEST, f"mcpfort: Host {host!r} is not served here")
        origin = request.headers.get("origin")
        if origin is not None and origin.lower().rstrip("/") not in self._origins:
            return _rpc_error(403, jsonrpc.INVALID_REQUEST, "mcpfort: this Origin may not call the gateway "
                                                            "(add it to gateway.allowed_origins)")
        return None

    async def _authenticate(self, request: Request, server: str) -> Caller | Response:
        auth = self.policy.auth
        if not auth:
            return Caller(user=getpass.getuser(), organization=None, context=self.policy.context, limit=None)
        verifier = self.verifiers[server]
        from mcpfort.auth.tokens import InvalidToken

        try:
            principal = await verifier.verify(request.headers.get("authorization"))
        except InvalidToken as exc:
            # The same answer for every cause; the detail goes to the audit log only.
            self.record({"event": "auth.failed", "server": server, "reason": str(exc),
                         "address": request.client.host if request.client else None})
            return self._challenge(server)
        context = principal.context or self.policy.context
        if context not in self.policy.contexts:
            self.record({"event": "auth.failed", "server": server, "user": principal.user,
                         "reason": f"token names unknown context {context!r}"})
            return self._challenge(server)
        limit = None
        if auth["scopes"]:
            limit = frozenset(c for s in principal.scopes for c in auth["scopes"].get(s, ()))
        return Caller(user=principal.user, organization=principal.organization, context=context, limit=limit,
                      client_id=principal.client_id)

    def _metadata_url(self, server: str, api: bool = False) -> str:
        return f"{self.public_url}/.well-known/oauth-protected-resource/{server if api else 'mcp/' + server}"

    def _challenge(self, server: str) -> Response:
        return self._challenge_at(self._metadata_url(server))

    def _challenge_at(self, metadata_url: str) -> Response:
        scopes = " ".join(sorted(self.policy.auth.get("scopes", {})))
        header = f'Bearer resource_metadata="{metadata_url}"' + (f', scope="{scopes}"' if scopes else "")
        return JSONResponse({"error": "invalid_token", "error_description": "authentication required"},
                            status_code=401, headers={"WWW-Authenticate": header})

    def _scopes_for(self, capabilities: list[str]) -> list[str]:
        mapping = self.policy.auth.get("scopes", {})
        return sorted({s for cap in capabilities for s, caps in mapping.items() if cap in caps})

    # -- sessions ------------------------------------------------------------------------------
    def _upstream_for(self, server: str) -> Any:
        srv = self.policy.servers[server]
        if srv.url:
            from mcpfort.transports.http_upstream import HttpUpstream

            # The upstream gets its own credentials from the policy, never the caller's token.
            return HttpUpstream(server, srv.url, srv.headers, timeout=srv.sandbox.limits.timeout)
        if not srv.command:
            raise RuntimeError(f"servers.{server} has neither a command nor a url")
        import dataclasses

        spec = dataclasses.replace(srv.sandbox, env_set={**srv.env, **srv.sandbox.env_set})
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **srv.env}
        return Upstream(server, list(srv.command), spec, env=env, cwd=srv.cwd or os.getcwd(),
                        limit=64 * 1024 * 1024, record=self.record, policy_file=self.policy.file)

    async def _open(self, server: str, caller: Caller, *, shared: bool = False) -> HttpSession:
        if len(self._sessions) + len(self._callers) >= MAX_SESSIONS:
            idle = sorted((s for s in [*self._sessions.values(), *self._callers.values()]
                           if time.monotonic() - s.last_used > 30), key=lambda s: s.last_used)
            if not idle:
                raise RuntimeError(f"{MAX_SESSIONS} sessions are busy; try again shortly")
            await self._end(idle[0])  # the least recently used idle session makes room
        srv = self.policy.servers[server]
        upstream: Any
        if self.policy.gateway.get("sessions") == "shared":
            hub = self._shared.get(server)
            if hub is None:
                from mcpfort.transports.shared import SharedUpstream

                hub = self._shared[server] = SharedUpstream(self._upstream_for(server))
            upstream = hub.attach()
        else:
            upstream = self._upstream_for(server)
        await upstream.start()
        transport = HttpClientTransport(shared=shared)
        from mcpfort.scan.pins import gateway_guard  # refuses rug-pulled tools when a pin store exists

        pipeline = build_pipeline(self.policy, cwd=upstream.server_cwd, home=os.path.expanduser("~"),
                                  ratelimit=self._ratelimit, pins=gateway_guard(server))
        identity = Identity(user=caller.user, organization=caller.organization, source="token" if self.policy.auth else "local")
        gateway = Gateway(transport, upstream, pipeline, identity=identity, context=caller.context, server=server,
                          record=self.record, call_timeout=srv.sandbox.limits.timeout,
                          timeout_key=f"servers.{server}.sandbox.limits.timeout", restart_budget=5,
                          barrier=self._barrier)
        gateway.session.scope_limit = caller.limit
        gateway.session_extra = {"sandbox": upstream.enforced, "transport": "http"}
        task = asyncio.create_task(gateway.serve())
        return HttpSession(id=secrets.token_urlsafe(24), server=server, caller=caller, transport=transport,
                           gateway=gateway, task=task)

    async def _end(self, session: HttpSession) -> None:
        self._sessions.pop(session.id, None)
        for key, value in list(self._callers.items()):
            if value is session:
                del self._callers[key]
        session.transport.close()
        try:
            await asyncio.wait_for(asyncio.shield(session.task), 10)
        except (asyncio.TimeoutError, Exception):  # noqa: BLE001 - a session that will not stop is cancelled
            session.task.cancel()

    async def _reap(self) -> None:
        while True:
            await asyncio.sleep(30)
            now = time.monotonic()
            for session in list(self._sessions.values()) + list(self._callers.values()):
                if now - session.last_used > SESSION_IDLE or session.task.done():
                    await self._end(session)

    # -- the MCP endpoint ------------------------------------------------------------------------
    async def mcp(self, request: Request) -> Response:
        server = request.path_params["server"]
        if server not in self.policy.servers:
            return _rpc_error(404, jsonrpc.INVALID_REQUEST, f"mcpfort: no server {server!r} here")
        if (refused := self._admit(request)) is not None:
            return refused
        caller = await self._authenticate(request, server)
        if isinstance(caller, Response):
            return caller
        session_id = request.headers.get("mcp-session-id")
        if request.method in ("GET", "DELETE"):
            session = self._sessions.get(session_id or "")
            if session is None or session.caller.user != caller.user or session.server != server:
                return _rpc_error(404 if session_id else 405, jsonrpc.INVALID_REQUEST,
                                  "mcpfort: unknown session" if session_id else "mcpfort: GET/DELETE need a session")
            if request.method == "DELETE":
                await self._end(session)
                return Response(status_code=204)
            return self._get_stream(session, request.headers.get("last-event-id"))
        body = await request.body()
        if len(body) > MAX_BODY:
            return _rpc_error(413, jsonrpc.INVALID_REQUEST, f"mcpfort: body larger than {MAX_BODY} bytes")
        try:
            msg = jsonrpc.parse(body)
        except jsonrpc.Malformed as bad:
            return _rpc_error(400, bad.code, bad.message, bad.id)
        params = msg.params
        header_version = request.headers.get("mcp-protocol-version")
        modern = eras.is_modern_request(params) or (
            session_id is None and msg.method != "initialize"
            and (header_version not in (None, *eras.HANDSHAKE_VERSIONS) or msg.method == "server/discover"))
        if modern:
            if (refused := self._check_modern(request, msg)) is not None:
                return refused
            key = (server, caller)
            async with self._create_lock:
                session = self._callers.get(key)
                if session is None or session.task.done():
                    try:
                        session = await self._open(server, caller, shared=True)
                    except Exception as exc:  # noqa: BLE001 - reported to the caller as 503
                        return _rpc_error(503, jsonrpc.UPSTREAM_UNAVAILABLE, f"mcpfort: cannot start {server}: {exc}", msg.id)
                    self._callers[key] = session
        elif msg.method == "initialize":
            try:
                session = await self._open(server, caller)
            except Exception as exc:  # noqa: BLE001
                return _rpc_error(503, jsonrpc.UPSTREAM_UNAVAILABLE, f"mcpfort: cannot start {server}: {exc}", msg.id)
            self._sessions[session.id] = session
        else:
            session = self._sessions.get(session_id or "")
            if session is None or session.caller.user != caller.user or session.server != server:
                # Session ids are never authentication: another user's id is simply unknown here.
                return _rpc_error(404 if session_id else 400, jsonrpc.INVALID_REQUEST,
                                  "mcpfort: unknown or expired session; initialize again" if session_id
                                  else "mcpfort: Mcp-Session-Id header required (or a 2026-07-28 request)", msg.id)
        session.last_used = time.monotonic()
        # Tokens are checked on every request: a stepped-up token widens this session at once,
        # a narrower one narrows it.
        session.gateway.session.scope_limit = caller.limit
        if not msg.is_request:
            session.transport.submit(body)
            return Response(status_code=202)
        return await self._call(request, session, msg.data, modern)

    def _check_modern(self, request: Request, msg: Any) -> Response | None:
        """The 2026-07-28 request envelope: _meta fields, mirrored headers, removed methods."""
        data, params, rid = msg.data, msg.params, msg.id
        meta = params.get("_meta")
        if not isinstance(meta, dict) or not isinstance(meta.get(eras.PROTOCOL_META), str) \
                or not isinstance(meta.get(_CAPS_META), dict):
            return _rpc_error(400, jsonrpc.INVALID_PARAMS, "params._meta must carry "
                              f"{eras.PROTOCOL_META} and {_CAPS_META} (2026-07-28)", rid)
        version = meta[eras.PROTOCOL_META]
        if request.headers.get("mcp-protocol-version") != version:
            return _rpc_error(400, HEADER_MISMATCH, "MCP-Protocol-Version header does not match _meta", rid)
        if version not in eras.MODERN_VERSIONS:
            return JSONResponse(jsonrpc.error(rid, UNSUPPORTED_VERSION, f"unsupported protocol version {version!r}",
                                              {"supported": list(eras.MODERN_VERSIONS), "requested": version}),
                                status_code=400)
        if request.headers.get("mcp-method") != data.get("method"):
            return _rpc_error(400, HEADER_MISMATCH, "Mcp-Method header does not match the body", rid)
        field_name = _NAMED.get(data.get("method", ""))
        if field_name and request.headers.get("mcp-name") != params.get(field_name):
            return _rpc_error(400, HEADER_MISMATCH, "Mcp-Name header is missing or does not match the body", rid)
        if msg.method in _REMOVED:
            return _rpc_error(404, jsonrpc.METHOD_NOT_FOUND, f"{msg.method} does not exist in 2026-07-28", rid)
        return None

    async def _internal(self, session: HttpSession, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """A request of the gateway's own, through the session's guards (the caller's view)."""
        internal = f"h{next(self._ids)}"
        waiter = session.transport.expect(internal, stream=False)
        session.transport.submit(orjson.dumps({"jsonrpc": "2.0", "id": internal, "method": method, "params": params}))
        while True:
            raw, final = await waiter.queue.get()
            if final:
                return orjson.loads(raw)

    def _learn_tools(self, session: HttpSession, reply: dict[str, Any]) -> None:
        tools = reply.get("result", {}).get("tools") if isinstance(reply.get("result"), dict) else None
        if isinstance(tools, list):
            learned = session.param_map or {}
            for tool in tools:
                if isinstance(tool, dict) and isinstance(tool.get("name"), str):
                    learned[tool["name"]] = param_headers.header_map(tool.get("inputSchema"))
            session.param_map = learned

    async def _check_param_headers(self, request: Request, session: HttpSession, data: dict[str, Any]) -> Response | None:
        params = data.get("params") or {}
        if session.param_map is None:
            meta = {k: v for k, v in (params.get("_meta") or {}).items() if k != "progressToken"}
            self._learn_tools(session, await self._internal(session, "tools/list", {"_meta": meta}))
        mapping = (session.param_map or {}).get(params.get("name"), {})
        problem = param_headers.mismatch(mapping, params.get("arguments"), request.headers.items())
        if problem is None and not mapping and any(k.lower().startswith(param_headers.PREFIX) for k in request.headers):
            return None  # headers for properties the schema does not mirror are forwarded, not judged
        if problem is not None:
            return _rpc_error(400, HEADER_MISMATCH, problem, data.get("id"))
        return None

    async def _call(self, request: Request, session: HttpSession, data: dict[str, Any], modern: bool) -> Response:
        original = data["id"]
        if modern and data.get("method") == "tools/call":
            if (refused := await self._check_param_headers(request, session, data)) is not None:
                return refused
        internal = f"h{next(self._ids)}"
        accept = request.headers.get("accept", "")
        params = data.get("params") if isinstance(data.get("params"), dict) else {}
        meta = params.get("_meta") if isinstance(params.get("_meta"), dict) else {}
        token = meta.get("progressToken")
        listen = data.get("method") == "subscriptions/listen"
        stream = "text/event-stream" in accept and (not modern or listen or token is not None)
        related = frozenset(k for k in (token, internal if listen else None) if isinstance(k, (str, int)))
        waiter = session.transport.expect(internal, stream=stream, related=related)
        session.transport.submit(orjson.dumps({**data, "id": internal}))
        headers = {"Mcp-Session-Id": session.id} if not modern else {}
        try:
            raw, final = await waiter.queue.get()
            if stream and not (final and self._status(session, orjson.loads(raw), modern)[0] != 200):
                # Streamed as asked; only a refusal with a status of its own (403 step-up, 429)
                # goes out as plain JSON, so the client sees that status in both eras.
                waiter.queue.put_nowait((raw, final))
                if not modern:
                    # 2025-11-25: a dropped stream is not a cancellation; its events stay for a
                    # GET with Last-Event-ID.
                    asyncio.create_task(self._pump(session, waiter, internal, original))
                    return StreamingResponse(self._replayed(session, internal, -1), media_type="text/event-stream",
                                             headers={**headers, "Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
                return StreamingResponse(self._events(session, waiter, internal, original),
                                         media_type="text/event-stream",
                                         headers={**headers, "Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
            while not final:
                raw, final = await waiter.queue.get()
        except asyncio.CancelledError:
            session.transport.forget(internal)
            raise
        reply = orjson.loads(raw)
        reply["id"] = original
        if data.get("method") == "tools/list":
            self._learn_tools(session, reply)
        status, extra = self._status(session, reply, modern)
        return Response(orjson.dumps(reply), status_code=status, media_type="application/json",
                        headers={**headers, **extra})

    async def _events(self, session: HttpSession, waiter: Any, internal: str, original: Any) -> AsyncIterator[bytes]:
        finished = False
        try:
            while True:
                raw, final = await waiter.queue.get()
                message = orjson.loads(raw)
                if final:
                    message["id"] = original
                meta = message.get("params", {}).get("_meta") if isinstance(message.get("params"), dict) else None
                if isinstance(meta, dict) and meta.get("io.modelcontextprotocol/subscriptionId") == internal:
                    meta["io.modelcontextprotocol/subscriptionId"] = original  # the caller's own id
                yield b"event: message\ndata: " + orjson.dumps(message) + b"\n\n"
                if final:
                    finished = True
                    return
        finally:
            session.transport.forget(internal)
            if not finished:
                # The caller went away: on HTTP, closing the stream is the cancellation.
                session.transport.submit(orjson.dumps({"jsonrpc": "2.0", "method": "notifications/cancelled",
                                                       "params": {"requestId": internal}}))

    async def _pump(self, session: HttpSession, waiter: Any, internal: str, original: Any) -> None:
        events = session.replay.setdefault(internal, [])
        if len(session.replay) > 64:  # keep the newest streams only
            for old in list(session.replay)[:-64]:
                session.replay.pop(old, None)
                session.finished.discard(old)
        try:
            while True:
                raw, final = await waiter.queue.get()
                message = orjson.loads(raw)
                if final:
                    message["id"] = original
                events.append(orjson.dumps(message))
                if final:
                    session.finished.add(internal)
                async with session.wakeup:
                    session.wakeup.notify_all()
                if final:
                    return
        finally:
            session.transport.forget(internal)

    async def _replayed(self, session: HttpSession, stream: str, after: int) -> AsyncIterator[bytes]:
        """A POST stream's events from ``after`` on, with ids a client can resume from."""
        index = after + 1
        while True:
            events = session.replay.get(stream, [])
            while index < len(events):
                yield f"id: {stream}:{index}\n".encode() + b"event: message\ndata: " + events[index] + b"\n\n"
                index += 1
            if stream in session.finished and index >= len(events):
                return
            async with session.wakeup:
                await session.wakeup.wait_for(lambda: len(session.replay.get(stream, [])) > index
                                              or stream in session.finished or session.task.done())
            if session.task.done() and index >= len(session.replay.get(stream, [])):
                return

    def _get_stream(self, session: HttpSession, last_event: str | None = None) -> Response:
        if last_event and ":" in last_event:
            stream, _, position = last_event.rpartition(":")
            if stream in session.replay and position.isdigit():
                return StreamingResponse(self._replayed(session, stream, int(position)), media_type="text/event-stream",
                                         headers={"Mcp-Session-Id": session.id, "Cache-Control": "no-cache"})
        queue = session.transport.open_get_stream()

        async def events() -> AsyncIterator[bytes]:
            try:
                while not session.task.done():
                    try:
                        raw = await asyncio.wait_for(queue.get(), 15)
                    except asyncio.TimeoutError:
                        yield b": keep-alive\n\n"
                        continue
                    yield b"event: message\ndata: " + raw + b"\n\n"
            finally:
                session.transport.close_get_stream(queue)

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Mcp-Session-Id": session.id, "Cache-Control": "no-cache"})

    def _status(self, session: HttpSession, reply: dict[str, Any], modern: bool) -> tuple[int, dict[str, str]]:
        error = reply.get("error")
        if not isinstance(error, dict):
            return 200, {}
        data = error.get("data") if isinstance(error.get("data"), dict) else {}
        code = data.get("code")
        if code == "insufficient-scope":
            scopes = " ".join(self._scopes_for(list(data.get("required", []))))
            header = (f'Bearer error="insufficient_scope", scope="{scopes}", '
                      f'resource_metadata="{self._metadata_url(session.server)}", '
                      f'error_description="{error.get("message", "").replace(chr(34), chr(39))[:200]}"')
            return 403, {"WWW-Authenticate": header}
        if code == "rate-limited":
            return 429, {"Retry-After": str(data.get("retryAfter", 1))}
        if modern and error.get("code") in _STATUS:
            return _STATUS[error["code"]], {}
        return 200, {}
