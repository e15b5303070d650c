"""The audit trail: what every gateway did, masked, sealed, hash-chained, signed.

    settings    the policy's ``audit:`` section
    masking     secrets out of events, before anything else
    seal        encrypt the sensitive fields (AES-256-GCM, per-user data keys), open them again
    keys        key ring (key-encryption keys) and Ed25519 signing key files
    chain       append one batch: rotation, retention, sealing, hashing, checkpoints
    checkpoint  signed checkpoints and retention anchors (C2SP signed notes)
    store       the SQLite store (default); pgstore: PostgreSQL, one chain per replica
    log         AuditLog: the gateway's non-blocking sink, its writer thread and durability barrier
    verify      walk every chain, check checkpoints and anchors, name the first bad entry
    query       read events back by time, user, organization, event, tool, server, trace
    trail       where ``mcpfort audit`` finds store and keys; reads are recorded
    access      the auditor-role query for the HTTP gateway
    admin       rotate-key and forget (crypto-shredding)
    export      OCSF and CEF;  report: SOC 2 / HIPAA / GDPR summaries;  render: CLI output

Modules are imported on use: ``mcpfort run`` needs only ``log`` and what it writes with.
"""
