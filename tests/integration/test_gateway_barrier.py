"""The gateway and the strict audit barrier: a call's id stays reserved while its events are
written, and a trail that cannot be written refuses calls instead of leaving them unanswered.

In-process: the real Gateway, guards and AuditLog, the crashy server over a real pipe; only the
client side is a pair of queues, so the test can act while a call waits at the barrier."""

from __future__ import annotations

import asyncio
import sqlite3
import sys
from pathlib import Path
from typing import Any, Awaitable, Callable

import orjson
import pytest

from mcpfort.audit.log import AuditLog
from mcpfort.audit.settings import AuditSettings
from mcpfort.gateway import Gateway
from mcpfort.pipeline import build_pipeline
from mcpfort.policy.loader import load_policy
from mcpfort.transports.stdio import ProcessTransport
from mcpfort.types import Identity
from tests.conftest import ROOT

pytestmark = pytest.mark.integration
CRASHY = ROOT / "tests" / "fixtures" / "servers" / "crashy.py"


class QueueClient:
    def __init__(self) -> None:
        self.inbox: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def receive(self) -> bytes | None:
        return await self.inbox.get()

    async def send(self, data: bytes) -> None:
        await self.outbox.put(orjson.loads(data))

    def request(self, rid: Any, method: str, params: dict[str, Any] | None = None) -> None:
        self.inbox.put_nowait(orjson.dumps({"jsonrpc": "2.0", "id": rid, "method": method, "params": params or {}}))

    async def reply(self) -> dict[str, Any]:
        return await asyncio.wait_for(self.outbox.get(), 10)


async def started(tmp_path: Path, barrier: Callable[[], Awaitable[None]], audit: AuditLog) -> tuple[QueueClient, asyncio.Task[int], ProcessTransport]:
    policy_file = tmp_path / "mcpfort.yaml"
    policy_file.write_text(f'version: 1\ncontexts:\n  default: []\nservers:\n  crashy:\n'
                           f'    command: ["{sys.executable}", "{CRASHY}"]\n    tools:\n      ok: {{}}\n')
    policy = load_policy(str(policy_file))
    upstream = ProcessTransport([sys.executable, str(CRASHY)], limit=1 << 20)
    await upstream.start()
    client = QueueClient()
    gateway = Gateway(client, upstream, build_pipeline(policy, cwd=str(tmp_path), home=str(tmp_path)),
                      identity=Identity(user="ada"), context="default", server="crashy", record=audit.record,
                      barrier=barrier)
    task = asyncio.create_task(gateway.serve())
    client.request(0, "initialize", {"protocolVersion": "2025-11-25", "capabilities": {},
                                     "clientInfo": {"name": "t", "version": "1"}})
    assert "result" in await client.reply()
    return client, task, upstream


async def stop(client: QueueClient, task: asyncio.Task[int], upstream: ProcessTransport) -> None:
    client.inbox.put_nowait(None)
    await asyncio.wait_for(task, 10)
    await upstream.aclose()


async def test_an_id_stays_reserved_while_its_call_waits_for_the_audit_barrier(tmp_path: Path) -> None:
    audit = AuditLog(str(tmp_path / "audit.db"), settings=AuditSettings(durability="strict"))
    gate = asyncio.Event()
    gate.set()

    async def barrier() -> None:
        await gate.wait()  # a slow disk: the call sits here with its id not yet pending upstream
        await audit.barrier()

    client, task, upstream = await started(tmp_path, barrier, audit)
    gate.clear()
    client.request(5, "tools/call", {"name": "ok", "arguments": {}})
    await asyncio.sleep(0.2)
    client.request(5, "tools/list")  # the same id while the first call waits
    reuse = await client.reply()
    assert reuse["id"] == 5 and reuse["error"]["code"] == -32600 and "already used" in reuse["error"]["message"]
    gate.set()
    first = await client.reply()
    assert first["id"] == 5 and "result" in first, first
    assert first["result"]["content"][0]["text"] == "fine"
    client.request(5, "tools/list")  # answered: the id is free again
    assert [t["name"] for t in (await client.reply())["result"]["tools"]] == ["ok"]
    await stop(client, task, upstream)
    audit.close()


async def test_a_trail_that_cannot_be_written_refuses_the_call_and_the_gateway_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "audit.db"
    audit = AuditLog(str(path), settings=AuditSettings(durability="strict"), retry_every=0.02, barrier_timeout=0.5)
    client, task, upstream = await started(tmp_path, audit.barrier, audit)
    client.request(1, "tools/call", {"name": "ok", "arguments": {}})
    assert (await client.reply())["result"]["content"][0]["text"] == "fine"
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE blocks")  # the store breaks under the running gateway
    db.close()
    client.request(2, "tools/call", {"name": "ok", "arguments": {}})
    refused = await client.reply()
    assert refused["id"] == 2 and refused["error"]["data"]["code"] == "audit-unavailable", refused
    assert "could not write its audit trail" in refused["error"]["message"]
    client.request(3, "tools/list")  # still serving, still fail-closed
    assert (await client.reply())["error"]["data"]["code"] == "audit-unavailable"
    assert not task.done()
    await stop(client, task, upstream)
    with pytest.raises(Exception):
        audit.close(timeout=0.2)
