"""``mcpfort serve``: the Streamable HTTP gateway, an OAuth 2.1 resource server in front of every server."""

from __future__ import annotations

import argparse
import ipaddress
import sys
from typing import Any

from mcpfort import config
from mcpfort.errors import UsageError
from mcpfort.policy.loader import load_policy

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Serve every server of the policy at /mcp/<name> over Streamable HTTP (2025-11-25 sessions "
                          "and 2026-07-28 stateless requests), validating Origin and Host, checking bearer tokens "
                          "against the policy's auth.issuer, applying rate limits, the policy and the sandbox, and "
                          "auditing every call. Callers whose token carries the auditor role may query the audit trail at "
                          "GET /audit/events. Binds to 127.0.0.1 unless told otherwise.")
    parser.add_argument("--policy", help="policy file (default: $MCPFORT_POLICY, ./mcpfort.yaml, ~/.config/mcpfort/mcpfort.yaml)")
    parser.add_argument("--host", help="address to bind (default: gateway.listen, else 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default: gateway.listen, else 8848)")
    parser.add_argument("--audit", help="audit database (default: $MCPFORT_AUDIT, the policy's audit.store, the XDG data dir)")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    import asyncio
    import dataclasses

    import uvicorn

    from mcpfort.audit.log import AuditLog
    from mcpfort.audit.trail import Trail
    from mcpfort.httpgateway import HttpGateway

    policy_file = config.find_policy(args.policy)
    policy = load_policy(policy_file)
    for warning in policy.warnings:
        print(f"mcpfort: warning: {warning}", file=sys.stderr)
    gw = dict(policy.gateway)
    host = args.host or gw["host"]
    port = args.port or gw["port"]
    if args.host or args.port:
        gw.update(host=host, port=port)
        policy = dataclasses.replace(policy, gateway=gw)
    if not policy.auth and not _loopback(host) and not gw.get("unsafe_no_auth"):
        raise UsageError(f"refusing to serve {host} without authentication: set auth.issuer in the policy "
                         "(or gateway.unsafe_no_auth: true, which lets anyone who can reach the port use every tool)")
    public = gw.get("public_url") or f"http://{host}:{port}"
    verifiers: dict[str, Any] = {}
    auditor_verifier = None  # GET /audit/events: auditors' tokens, audience <public>/audit
    if policy.auth:
        from mcpfort.auth.tokens import TokenVerifier

        def verifier(resource: str) -> TokenVerifier:
            return TokenVerifier(issuer=policy.auth["issuer"], audience=policy.auth.get("audience") or resource,
                                 claims=policy.auth["claims"], introspection=policy.auth["introspection"])

        verifiers = {server: verifier(f"{public}/mcp/{server}") for server in policy.servers}
        auditor_verifier = verifier(f"{public}/audit")
    target = config.audit_path(args.audit, policy.audit.get("store"), policy.base_dir)
    audit = AuditLog.for_policy(target, policy)  # keys, checkpoints, rotation, durability from audit:

    async def settle() -> None:
        await asyncio.to_thread(audit.flush, 10.0)

    gateway = HttpGateway(policy, record=audit.record, verifiers=verifiers, barrier=audit.barrier,
                          trail=Trail(target, audit.settings), auditor_verifier=auditor_verifier, settle=settle)
    print(f"mcpfort: serving {', '.join('/mcp/' + s for s in policy.servers)} on http://{host}:{port} "
          f"(auth: {policy.auth.get('issuer') or 'none, loopback only'})", file=sys.stderr)
    try:
        # Open streams (subscriptions) must not hold a shutdown forever.
        uvicorn.run(gateway.app(), host=host, port=port, log_level="warning", lifespan="on",
                    timeout_graceful_shutdown=5)
    finally:
        audit.close()
    return 0
