"""The audit trail: what every gateway did, masked, hash-chained, in one SQLite file.

    masking   secrets out of events, before they are hashed
    store     the schema, the chain, and appending a batch under the write lock
    log       AuditLog: the gateway's non-blocking sink and its writer thread
    verify    walk the chain and name the first entry that does not check out
    query     read events back by time, user, event, tool, server, trace

Modules are imported on use: ``mcpfort run`` needs only ``log``.
"""
