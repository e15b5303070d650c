"""The gateway: one client connection, one upstream server, the pipeline of guards between them.

Everything the protocol carries passes both ways with ids preserved: requests, responses,
notifications and server-to-client requests.  Only what policy decides on goes through the
guards; the rest is forwarded as the original bytes, so unknown methods and fields survive.
Any failure inside a guard refuses the call (fail closed) and is audited.

This file is longer than most on purpose: it is the one place that holds a connection's state
(pending calls, held calls, the upstream's era, restarts, deadlines), and splitting that state
machine across modules would make its invariants harder to see.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
import traceback
from typing import Any, Awaitable, Callable, Protocol

from mcpfort import eras, jsonrpc
from mcpfort.errors import AuditError
from mcpfort.jsonrpc import Malformed
from mcpfort.transports.stdio import TOO_LARGE
from mcpfort.types import KIND_OF_METHOD, Call, Denied, Guard, Identity, Message, Session

__all__ = ["Gateway", "Transport"]

# Requests that name a resource or prompt without reading it: they need a request-side check.
_INDIRECT = {"completion/complete", "resources/subscribe", "resources/unsubscribe", "subscriptions/listen"}
_MAX_ERROR_TEXT = 500


class Transport(Protocol):
    async def receive(self) -> bytes | None: ...
    async def send(self, data: bytes) -> None: ...


def _new_id() -> str:
    return os.urandom(16).hex()


def _error_text(reply: dict[str, Any]) -> str | None:
    if "error" in reply:
        err = reply["error"]
        return str(err.get("message") if isinstance(err, dict) else err)[:_MAX_ERROR_TEXT]
    result = reply.get("result")
    if isinstance(result, dict) and result.get("isError"):
        content = result.get("content")
        first = content[0] if isinstance(content, list) and content else {}
        return str(first.get("text") if isinstance(first, dict) else first or "isError")[:_MAX_ERROR_TEXT]
    return None


class Gateway:
    def __init__(self, client: Transport, upstream: Any, pipeline: list[Guard], *, identity: Identity,
                 context: str, server: str, record: Callable[[dict[str, Any]], None],
                 clock: Callable[[], float] = time.time, ask_timeout: float = 300.0,
                 probe_timeout: float = 30.0, drain_timeout: float = 5.0, max_message_bytes: int = 0,
                 call_timeout: float | None = None, timeout_key: str = "", restart_budget: int = 0,
                 barrier: Callable[[], Awaitable[None]] | None = None) -> None:
        self.client = client
        self.upstream = upstream
        self.pipeline = pipeline
        self._record = record
        self._clock = clock
        self._ask_timeout = ask_timeout
        self._probe_timeout = probe_timeout
        self._drain_timeout = drain_timeout
        self._max = max_message_bytes
        self.session = Session(id=_new_id(), identity=identity, context=context, server=server,
                               audit=self._audit, ask_client=self._ask_client)
        self._pending: dict[Any, Call] = {}  # forwarded upstream, awaiting the answer
        self._inflight: dict[Any, asyncio.Task[None]] = {}  # held in the pipeline (confirmation)
        self._asked_client: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._asked_upstream: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._upstream_era: str | None = None
        self._era_lock = asyncio.Lock()
        self._server_info: dict[str, Any] | None = None
        self._discover: dict[str, Any] | None = None
        self.session_extra: dict[str, Any] = {}  # recorded on session.started (the sandbox layers, say)
        self._call_timeout = call_timeout
        # Awaited before a call is forwarded and before any answer or refusal reaches the client:
        # with strict audit durability it returns once the events recorded so far are on disk.
        self._barrier = barrier
        self._timeout_key = timeout_key
        self._restart_budget = restart_budget
        self._restarts: list[float] = []
        self._ever_answered = False
        self._client_init: dict[str, Any] | None = None
        self._upstream_ready = asyncio.Event()
        self._upstream_ready.set()

    # -- audit ------------------------------------------------------------------------------
    def _audit(self, event: dict[str, Any]) -> None:
        s = self.session
        event.setdefault("ts", self._clock())
        event.update(session_id=s.id, user=s.identity.user, context=s.context, server=s.server)
        if s.identity.organization is not None:
            event["organization"] = s.identity.organization
        self._record(event)

    @property
    def _bridged(self) -> bool:
        return self.session.era == "modern" and self._upstream_era == "legacy"

    # -- main loop ---------------------------------------------------------------------------
    async def serve(self) -> int:
        self._audit({"event": "session.started", "command": list(getattr(self.upstream, "command", [])),
                     "pid": getattr(self.upstream, "pid", None), **self.session_extra})
        client_task = asyncio.create_task(self._client_loop(), name="client")
        while True:
            upstream_task = asyncio.create_task(self._upstream_loop(), name="upstream")
            done, _ = await asyncio.wait({client_task, upstream_task}, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task.exception():
                    raise task.exception()  # type: ignore[misc]
            if client_task in done:
                return await self._client_gone(upstream_task)
            code = await self.upstream.aclose()
            message = (f"the upstream server exited (exit code {code})" if code is not None
                       else "the upstream server closed its output")
            self._audit({"event": "upstream.exited", "exit_code": code})
            if await self._restart(message):
                continue
            client_task.cancel()
            print(f"mcpfort: {message}; refusing {len(self._pending) + len(self._inflight)} pending call(s) and stopping",
                  file=sys.stderr)
            diagnose = getattr(self.upstream, "diagnose", None)
            hint = diagnose() if diagnose else None
            if hint:
                print(f"mcpfort: {hint}", file=sys.stderr)
            for task in list(self._inflight.values()):
                task.cancel()
            await self._fail_pending(message)
            self._audit({"event": "session.ended", "reason": "upstream exited"})
            return 4

    async def _client_gone(self, upstream_task: asyncio.Task[None]) -> int:
        """The client closed stdin: let calls already forwarded finish, then stop the server."""
        for task in list(self._inflight.values()):
            task.cancel()
        deadline = time.monotonic() + self._drain_timeout
        while self._pending and time.monotonic() < deadline and not upstream_task.done():
            await asyncio.sleep(0.01)
        upstream_task.cancel()
        code = await self.upstream.aclose()
        for call in self._pending.values():
            self._finished(call, None, "client disconnected before the answer")
        self._audit({"event": "session.ended", "reason": "client closed the connection", "exit_code": code})
        return 0

    async def _restart(self, why: str) -> bool:
        """Start the server again after it died or hung, with backoff; False once the budget is spent."""
        start = getattr(self.upstream, "start", None)
        now = time.monotonic()
        self._restarts = [t for t in self._restarts if now - t < 60.0]
        if start is None or not self._restart_budget or len(self._restarts) >= self._restart_budget \
                or not self._ever_answered:
            return False  # a server that never answered would only crash again: report, do not loop
        self._restarts.append(now)
        self._upstream_ready.clear()  # calls arriving from now on wait for the new server
        await self._fail_pending(f"{why}; mcpfort restarted it, so retry the call")
        delay = min(0.25 * 2 ** (len(self._restarts) - 1), 8.0)
        print(f"mcpfort: {why}; restarting it in {delay:.2f}s "
              f"({len(self._restarts)} of {self._restart_budget} restarts allowed per minute)", file=sys.stderr)
        await asyncio.sleep(delay)
        try:
            await start()
        except Exception as exc:  # noqa: BLE001 - reported, then the gateway stops
            print(f"mcpfort: could not restart the server: {exc}", file=sys.stderr)
            self._upstream_ready.set()
            return False
        self._audit({"event": "upstream.restarted", "reason": why, "pid": getattr(self.upstream, "pid", None)})
        self._upstream_era = "legacy" if self.session.era == "legacy" else None
        self._discover = None
        if self.session.era == "legacy" and self._client_init is not None:
            asyncio.create_task(self._replay_handshake())
        else:
            self._upstream_ready.set()
        if self.session.era == "legacy":
            await self._to_client({"jsonrpc": "2.0", "method": "notifications/message", "params": {
                "level": "warning", "logger": "mcpfort", "data": f"mcpfort: {why}; the server was restarted"}})
        return True

    async def _replay_handshake(self) -> None:
        """A restarted server needs the client's handshake again; the client must not notice."""
        try:
            await self._ask_upstream("initialize", self._client_init or {})
            await self.upstream.send(jsonrpc.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}))
        except (TimeoutError, ConnectionError) as exc:
            print(f"mcpfort: the restarted server did not complete its handshake: {exc}", file=sys.stderr)
        finally:
            self._upstream_ready.set()

    async def _fail_pending(self, why: str) -> None:
        for call in list(self._pending.values()):
            self._disarm(call)
            await self._to_client(jsonrpc.error(call.msg.id, jsonrpc.UPSTREAM_UNAVAILABLE,
                                                f"mcpfort: {why}; the call did not complete", {"traceId": call.trace_id}))
            self._finished(call, None, why)
        self._pending.clear()
        for fut in list(self._asked_upstream.values()):
            if not fut.done():
                fut.set_exception(ConnectionError(why))

    # -- per-call timeout --------------------------------------------------------------------
    def _arm(self, call: Call) -> None:
        if self._call_timeout and call.method != "subscriptions/listen":
            call.marks["timer"] = asyncio.get_running_loop().call_later(
                self._call_timeout, lambda: asyncio.create_task(self._expire(call)))

    @staticmethod
    def _disarm(call: Call) -> None:
        timer = call.marks.pop("timer", None)
        if timer is not None:
            timer.cancel()

    async def _expire(self, call: Call) -> None:
        if self._pending.get(call.msg.id) is not call:
            return
        del self._pending[call.msg.id]
        why = f"the call ran longer than its {self._call_timeout:g}s limit ({self._timeout_key})"
        await self.upstream.send(jsonrpc.dumps({"jsonrpc": "2.0", "method": "notifications/cancelled",
                                                "params": {"requestId": call.msg.id, "reason": "timeout"}}))
        await self._to_client(jsonrpc.error(call.msg.id, jsonrpc.CALL_TIMEOUT, f"mcpfort: {why}; it was cancelled",
                                            {"code": "call-timeout", "traceId": call.trace_id}))
        self._finished(call, None, why)
        if not await self._alive():
            kill = getattr(self.upstream, "kill", None)
            if kill is not None:
                kill()  # the upstream loop sees the exit and restarts it

    async def _alive(self) -> bool:
        """Does the server still answer?  A hung one is killed and restarted."""
        method = "ping" if self._upstream_era == "legacy" else "server/discover"
        params = {} if method == "ping" else eras.discover_params()
        try:
            await asyncio.wait_for(self._ask_upstream(method, params), 5.0)
            return True
        except (TimeoutError, ConnectionError):
            return False

    async def _to_client(self, data: dict[str, Any] | bytes) -> None:
        await self.client.send(data if isinstance(data, bytes) else jsonrpc.dumps(data))

    # -- client -> upstream ----------------------------------------------------------------
    async def _client_loop(self) -> None:
        while (line := await self.client.receive()) is not None:
            if line is TOO_LARGE:
                await self._to_client(jsonrpc.error(None, jsonrpc.INVALID_REQUEST,
                                                    f"Invalid Request: message larger than {self._max} bytes"))
                continue
            if not line.strip():
                continue
            try:
                msg = jsonrpc.parse(line)
            except Malformed as bad:
                await self._to_client(jsonrpc.error(bad.id, bad.code, bad.message))
                continue
            if msg.is_response:
                fut = self._asked_client.pop(msg.id, None) if isinstance(msg.id, str) else None
                if fut is not None:
                    if not fut.done():
                        fut.set_result(msg.data)
                else:
                    await self.upstream.send(msg.raw)
            elif msg.is_notification:
                await self._client_notification(msg)
            else:
                await self._client_request(msg)

    async def _client_notification(self, msg: Message) -> None:
        if msg.method == "notifications/cancelled":
            task = self._inflight.get(msg.params.get("requestId"))
            if task is not None:
                task.cancel()  # the upstream never saw the request
                return
        if self._bridged:
            if msg.method == "notifications/initialized":
                return
            await self.upstream.send(jsonrpc.dumps(eras.to_legacy_request(msg.data)))
            return
        await self.upstream.send(msg.raw if msg.raw is not None else jsonrpc.dumps(msg.data))

    async def _client_request(self, msg: Message) -> None:
        method, params = msg.method or "", msg.params
        if msg.id in self._pending or msg.id in self._inflight:
            # A reused id would let one answer be taken for another (an unfiltered list, say).
            await self._to_client(jsonrpc.error(msg.id, jsonrpc.INVALID_REQUEST,
                                                "Invalid Request: this id is already used by a pending request"))
            return
        if method == "initialize":
            self.session.era = "legacy"
            self._upstream_era = self._upstream_era or "legacy"
            caps = params.get("capabilities")
            self.session.client_capabilities = caps if isinstance(caps, dict) else {}
            info = params.get("clientInfo")
            self.session.client_info = info if isinstance(info, dict) else {}
            self._client_init = params
        elif method == "server/discover" or (self.session.era != "legacy" and eras.is_modern_request(params)):
            self.session.era = "modern"
        if self.session.era == "modern":
            try:
                await self._ensure_upstream_era()
            except (ConnectionError, TimeoutError, Denied) as exc:
                await self._to_client(jsonrpc.error(msg.id, jsonrpc.UPSTREAM_UNAVAILABLE, f"mcpfort: {exc}"))
                return
            if method == "server/discover" and self._discover is not None:
                await self._to_client(jsonrpc.result(msg.id, self._discover))
                return
        call = Call(msg=msg, trace_id=_new_id(), started=time.perf_counter(), kind=KIND_OF_METHOD.get(method))
        if call.kind is not None:
            call.name = params.get("uri" if call.kind == "resource" else "name")
            call.arguments = params.get("arguments")
            self._audit({"event": f"{call.kind}.called", "trace_id": call.trace_id, "kind": call.kind,
                         "tool": call.name, "arguments": call.arguments})
        if call.kind is not None or method in _INDIRECT:
            self._inflight[msg.id] = asyncio.create_task(self._judge(call))
        else:
            await self._forward(call)

    async def _judge(self, call: Call) -> None:
        # The id stays in ``_inflight`` until the call is answered or registered as pending, so a
        # request reusing it is refused even while this task awaits the audit barrier.
        try:
            await self._pass_guards(call)
        except asyncio.CancelledError:
            if call.msg.id not in self._pending:
                self._finished(call, None, "cancelled before it was forwarded")
            raise
        finally:
            if self._inflight.get(call.msg.id) is asyncio.current_task():
                del self._inflight[call.msg.id]

    async def _pass_guards(self, call: Call) -> None:
        try:
            for guard in self.pipeline:
                await guard.request(self.session, call)
                if call.reply is not None:
                    break
        except Denied as denied:
            await self._refuse(call, denied)
            return
        except Exception as exc:  # fail closed: a broken guard refuses, it never lets a call through
            traceback.print_exc(file=sys.stderr)
            await self._refuse(call, Denied("internal-error", f"mcpfort could not judge this call and refused it ({type(exc).__name__})",
                                            rpc_code=jsonrpc.INTERNAL_ERROR))
            return
        if call.reply is not None:
            await self._answer_locally(call)
        else:
            await self._forward(call)

    async def _answer_locally(self, call: Call) -> None:
        """A guard answered the call itself (a confirmation step, say)."""
        failure = await self._durable()
        if failure is not None:
            await self._refuse(call, failure, durable=False)
            return
        await self._to_client(jsonrpc.result(call.msg.id, call.reply))

    async def _durable(self) -> Denied | None:
        """Await the audit barrier; a trail that cannot be written refuses the call (fail closed)."""
        if self._barrier is None:
            return None
        try:
            await self._barrier()
        except AuditError as exc:
            print(f"mcpfort: {exc}", file=sys.stderr)
            return Denied("audit-unavailable", f"mcpfort could not write its audit trail, so it refused the call: {exc}",
                          rpc_code=jsonrpc.INTERNAL_ERROR)
        return None

    async def _refuse(self, call: Call, denied: Denied, durable: bool = True) -> None:
        data = {"code": denied.code, **denied.data, "traceId": call.trace_id}
        data.setdefault("reason", denied.message)
        if call.kind is not None:
            self._audit({"event": f"{call.kind}.denied", "trace_id": call.trace_id, "kind": call.kind,
                         "tool": call.name, "decision": "deny", "error": denied.message, "code": denied.code})
        if durable and (failure := await self._durable()) is not None:
            denied, data = failure, {"code": failure.code, "reason": failure.message, "traceId": call.trace_id}
        await self._to_client(jsonrpc.error(call.msg.id, denied.rpc_code, denied.message, data))

    async def _forward(self, call: Call) -> None:
        msg = call.msg
        while True:
            if not self._upstream_ready.is_set():
                await self._upstream_ready.wait()  # a restarted server is still doing the client's handshake
            failure = await self._durable()
            if failure is not None:
                await self._refuse(call, failure, durable=False)
                return
            if self._upstream_ready.is_set():
                break  # else a restart began while the barrier was awaited: wait for it again
        self._pending[msg.id] = call
        self._inflight.pop(msg.id, None)  # the id is now reserved by the pending call
        self._arm(call)
        if self._bridged:
            await self.upstream.send(jsonrpc.dumps(eras.to_legacy_request(msg.data)))
        else:
            await self.upstream.send(msg.raw if msg.raw is not None else jsonrpc.dumps(msg.data))

    # -- upstream era (modern client only) ---------------------------------------------------
    async def _ensure_upstream_era(self) -> None:
        if self._upstream_era is not None:
            return
        async with self._era_lock:
            if self._upstream_era is not None:
                return
            try:
                probe = await self._ask_upstream("server/discover", eras.discover_params())
            except TimeoutError:
                probe = {}
            result = probe.get("result")
            # Any answer but a DiscoverResult means legacy; the fallback must not key on an error code.
            if isinstance(result, dict) and isinstance(result.get("supportedVersions"), list):
                self._upstream_era = "modern"
                return
            init = await self._ask_upstream("initialize", eras.initialize_params())
            if not isinstance(init.get("result"), dict):
                raise ConnectionError(f"the upstream server refused initialize: {_error_text(init)}")
            await self.upstream.send(jsonrpc.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}))
            self._server_info = init["result"].get("serverInfo")
            self._discover = eras.discover_result(init["result"])
            self._upstream_era = "legacy"

    async def _ask_upstream(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        rid = f"mcpfort-{_new_id()}"
        fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._asked_upstream[rid] = fut
        try:
            await self.upstream.send(jsonrpc.dumps(jsonrpc.request(rid, method, params)))
            return await asyncio.wait_for(fut, self._probe_timeout)
        finally:
            self._asked_upstream.pop(rid, None)

    async def _ask_client(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        rid = f"mcpfort-{_new_id()}"
        fut: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._asked_client[rid] = fut
        try:
            await self._to_client(jsonrpc.request(rid, method, params))
            answer = await asyncio.wait_for(fut, self._ask_timeout)
        finally:
            self._asked_client.pop(rid, None)
        result = answer.get("result")
        return result if isinstance(result, dict) else {"action": "error", "error": answer.get("error")}

    # -- upstream -> client ----------------------------------------------------------------
    async def _upstream_loop(self) -> None:
        while (line := await self.upstream.receive()) is not None:
            if line is TOO_LARGE:
                print(f"mcpfort: dropped a message from the upstream server larger than {self._max} bytes "
                      "(raise --max-message-bytes to allow it)", file=sys.stderr)
                continue
            if not line.strip():
                continue
            try:
                msg = jsonrpc.parse(line)
            except Malformed as bad:
                print(f"mcpfort: ignored invalid output from the upstream server: {bad.message}", file=sys.stderr)
                continue
            if msg.is_response:
                fut = self._asked_upstream.pop(msg.id, None) if isinstance(msg.id, str) else None
                if fut is not None:
                    if not fut.done():
                        fut.set_result(msg.data)
                    continue
                call = self._pending.pop(msg.id, None)
                if call is None:
                    await self._to_client(line)
                else:
                    await self._answer(call, msg)
            elif msg.is_request:
                await self._upstream_request(msg, line)
            else:
                await self._upstream_notification(msg, line)

    async def _upstream_request(self, msg: Message, line: bytes) -> None:
        if not self._bridged:
            await self._to_client(line)
            return
        if msg.method == "ping":
            await self.upstream.send(jsonrpc.dumps(jsonrpc.result(msg.id, {})))
            return
        await self.upstream.send(jsonrpc.dumps(jsonrpc.error(
            msg.id, jsonrpc.METHOD_NOT_FOUND, f"{msg.method} is not available: the client speaks {eras.MODERN}")))

    async def _upstream_notification(self, msg: Message, line: bytes) -> None:
        if msg.method == "notifications/resources/updated":
            note = Call(msg=msg, trace_id="", started=0.0)
            try:
                for guard in reversed(self.pipeline):
                    await guard.response(self.session, note, msg)
            except Exception:  # a refused or unjudgeable update is dropped, never forwarded
                return
        await self._to_client(line)

    async def _answer(self, call: Call, reply: Message) -> None:
        self._disarm(call)
        self._ever_answered = True
        try:
            for guard in reversed(self.pipeline):
                await guard.response(self.session, call, reply)
        except Exception as exc:  # fail closed: the client gets an error, not an unchecked result
            if not isinstance(exc, Denied):
                traceback.print_exc(file=sys.stderr)
            denied = exc if isinstance(exc, Denied) else Denied(
                "internal-error", f"mcpfort could not check the answer and withheld it ({type(exc).__name__})",
                rpc_code=jsonrpc.INTERNAL_ERROR)
            await self._refuse(call, denied)
            return
        if self._bridged and isinstance(reply.data.get("result"), dict):
            eras.to_modern_result(call.method, reply.data["result"], self._server_info)
            reply.touched()
        data = reply.raw if reply.raw is not None else jsonrpc.dumps(reply.data)
        if call.kind is not None:
            self._finished(call, reply.data, None, len(data))
        failure = await self._durable()
        if failure is not None:  # the answer is withheld: it could not be recorded
            await self._to_client(jsonrpc.error(call.msg.id, failure.rpc_code, failure.message,
                                                {"code": failure.code, "traceId": call.trace_id}))
            return
        await self._to_client(data)

    def _finished(self, call: Call, reply: dict[str, Any] | None, error: str | None, size: int = 0) -> None:
        if call.kind is None:
            return
        error = error or (_error_text(reply) if reply is not None else None)
        event: dict[str, Any] = {"event": f"{call.kind}.{'failed' if error else 'completed'}",
                                 "trace_id": call.trace_id, "kind": call.kind, "tool": call.name,
                                 "duration_ms": round((time.perf_counter() - call.started) * 1000, 3),
                                 "result_bytes": size}
        if call.decision is not None:
            event["decision"] = call.decision.effect
        if error:
            event["error"] = error
        self._audit(event)
