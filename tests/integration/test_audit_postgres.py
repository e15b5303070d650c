"""Several gateway replicas writing one trail in the real PostgreSQL (127.0.0.1:5432, database
``test``, a schema per test, dropped after): each replica its own chain, written concurrently
from separate processes, verified together by ``mcpfort audit verify``; queries span replicas;
tampering with one chain names that chain; forget and rotate-key work across chains."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path
from typing import Iterator

import orjson
import pytest

from tests.conftest import MCPFORT, base_env

pytestmark = pytest.mark.integration
PG = "postgresql://postgres@127.0.0.1:5432/test"
REPLICAS = ("gw-a", "gw-b", "gw-c")
PER_REPLICA = 400

WRITER = textwrap.dedent("""
    import sys
    from mcpfort.audit.log import AuditLog
    from mcpfort.policy.loader import load_policy
    policy, store, replica, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    p = load_policy(policy)
    p.audit["replica"] = replica
    log = AuditLog.for_policy(store, p, batch_size=16)
    for i in range(count):
        log.record({"event": "tool.called", "user": "ada" if i % 2 else "bob", "organization": "acme",
                    "server": "fs", "tool": "read_file", "trace_id": f"{replica}-{i}", "arguments": {"i": i}})
    log.close()
""")


@pytest.fixture
def pg(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    psycopg = pytest.importorskip("psycopg")
    try:
        psycopg.connect(PG, connect_timeout=3).close()
    except psycopg.Error as exc:
        pytest.skip(f"no PostgreSQL at 127.0.0.1:5432: {exc}")
    schema = f"replicas_{uuid.uuid4().hex[:12]}"
    store = f"{PG}?schema={schema}"
    (tmp_path / "home").mkdir()
    policy = tmp_path / "mcpfort.yaml"
    policy.write_text(f"version: 1\ncapabilities: {{}}\ncontexts: {{dev: []}}\nservers: {{}}\naudit:\n"
                      f"  store: {store}\n  encryption: {{key_file: ./audit.key}}\n"
                      f"  checkpoints: {{every: 100, signing_key: ./signing.key}}\n")
    env = {**base_env(tmp_path), "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        # the replicas start together on a store none of them has created yet
        procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(policy), store, r, str(PER_REPLICA)], env=env,
                                  cwd=tmp_path, stderr=subprocess.PIPE, text=True) for r in REPLICAS]
        errors = [p.communicate(timeout=120)[1] for p in procs]
        assert [p.returncode for p in procs] == [0] * len(REPLICAS), errors
        yield store, policy
    finally:
        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def cli(policy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([MCPFORT, "audit", *args, "--policy", str(policy)], capture_output=True, text=True,
                          cwd=policy.parent, env=base_env(policy.parent), timeout=120)


def test_replicas_verify_together(pg: tuple[str, Path]) -> None:
    store, policy = pg
    out = cli(policy, "verify")
    assert out.returncode == 0, out.stderr
    assert f"ok: {PER_REPLICA * len(REPLICAS)} entries in" in out.stdout and "every chain intact" in out.stdout
    for replica in REPLICAS:
        assert f"chain {replica}: {PER_REPLICA} entries from 1" in out.stdout
    assert "signatures checked against a trusted key" in out.stdout


def test_a_query_spans_replicas_and_decrypts(pg: tuple[str, Path]) -> None:
    _, policy = pg
    out = cli(policy, "query", "--format", "jsonl", "--trace", "gw-*-7")
    rows = [orjson.loads(line) for line in out.stdout.splitlines()]
    assert sorted(r["chain"] for r in rows) == sorted(REPLICAS)
    assert all(r["arguments"] == {"i": 7} for r in rows)


def test_tampering_with_one_replica_names_it(pg: tuple[str, Path]) -> None:
    import psycopg

    store, policy = pg
    schema = store.rsplit("=", 1)[1]
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f"UPDATE {schema}.entries SET decision = 'allow' WHERE chain = 'gw-b' AND seq = 123")
    out = cli(policy, "verify")
    assert out.returncode == 3
    assert "TAMPERED: chain gw-b entry 123: column decision" in out.stderr


def test_forget_and_rotate_across_replicas(pg: tuple[str, Path]) -> None:
    _, policy = pg
    assert cli(policy, "rotate-key", "--retire").returncode == 0
    assert cli(policy, "forget", "--user", "bob", "--yes").returncode == 0
    rows = [orjson.loads(line) for line in cli(policy, "query", "--format", "jsonl", "--event", "tool.called").stdout.splitlines()]
    assert {r["arguments"] == "***erased***" for r in rows if r["user"] == "bob"} == {True}
    assert {isinstance(r["arguments"], dict) for r in rows if r["user"] == "ada"} == {True}
    assert cli(policy, "verify").returncode == 0
