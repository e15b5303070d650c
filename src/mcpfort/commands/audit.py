"""``mcpfort audit``: verify, query, tail, export, report; keygen, rotate-key, forget, checkpoint.

Every action finds the store the way the gateway does (``--audit``, ``$MCPFORT_AUDIT``, the
policy's ``audit.store``, the XDG data dir) and the keys from the policy's ``audit:`` section
(``--policy``) unless ``--key-file`` / ``--public-key`` say otherwise.  ``verify`` never writes
and exits 3 on tampering; reading entries (query, tail, export, report) is itself recorded as
an ``audit.queried`` event, and refused when it cannot be.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from typing import Any

import orjson

from mcpfort.audit import render
from mcpfort.audit.query import parse_time
from mcpfort.errors import AuditError, UsageError

__all__ = ["add_arguments", "run", "parse_time"]

_POLL_SECONDS = 0.2
ACTIONS = ("verify", "query", "tail", "export", "report", "keygen", "rotate-key", "forget", "checkpoint")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Check that the audit trail is intact, search it, follow it, export it, report on it, "
                          "and manage its keys. Times are ISO 8601 (2026-11-23T10:00:00Z, 2026-11-23; UTC unless "
                          "an offset is given) or an age such as 30s, 15m, 2h, 7d.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--audit", metavar="STORE", help="audit store: a path, sqlite:///path or postgresql://HOST/DB "
                        "(default: $MCPFORT_AUDIT, the policy's audit.store, ~/.local/share/mcpfort/audit.db)")
    common.add_argument("--policy", help="policy file whose audit section to use (default: $MCPFORT_POLICY, "
                        "./mcpfort.yaml, ~/.config/mcpfort/mcpfort.yaml)")
    common.add_argument("--key-file", metavar="FILE", help="encryption key ring (default: the policy's audit.encryption)")
    common.add_argument("--public-key", metavar="FILE.pub", action="append", default=[],
                        help="trust checkpoints signed by this key (repeatable; default: the policy's signing key)")
    sub = parser.add_subparsers(dest="action", required=True, metavar="{" + ",".join(ACTIONS) + "}")

    verify = sub.add_parser("verify", parents=[common], help="check chains and signed checkpoints (exit 3 if tampered)",
                            description="Walk every entry and check the hash chain, the signed checkpoints and "
                                        "retention anchors. Needs no decryption key.")
    verify.add_argument("--checkpoint", metavar="FILE", action="append", default=[],
                        help="also check against a checkpoint kept elsewhere (mcpfort audit checkpoint export)")

    query = sub.add_parser("query", parents=[common], help="search events",
                           description="Print the events that match every filter given. Text filters are "
                                       "exact, or globs when they contain * ? [ (--event 'tool.*').")
    query.add_argument("--since", metavar="T", help="at or after this time")
    query.add_argument("--until", metavar="T", help="at or before this time")
    query.add_argument("--user")
    query.add_argument("--organization", "--org", dest="organization")
    query.add_argument("--event", help="event type, e.g. authz.decision or 'tool.*'")
    query.add_argument("--tool", help="tool, resource or prompt name")
    query.add_argument("--server")
    query.add_argument("--trace", metavar="ID", help="trace id (the table shows 8 characters: use 'PREFIX*')")
    query.add_argument("--decision", choices=["allow", "confirm", "deny"])
    query.add_argument("--session", metavar="ID", help="session id")
    query.add_argument("--limit", type=int, metavar="N", help="only the newest N matches")
    query.add_argument("--order", choices=["asc", "desc"], default="asc", help="oldest first (asc) or newest first")
    query.add_argument("--format", choices=["table", "json", "jsonl", "csv"], default="table")

    tail = sub.add_parser("tail", parents=[common], help="print the newest events, optionally follow",
                          description="Print the last N events, one per line; with -f keep printing new "
                                      "ones (from every gateway writing this store) until Ctrl-C.")
    tail.add_argument("-n", type=int, default=20, metavar="N", help="how many (default 20)")
    tail.add_argument("-f", "--follow", action="store_true", help="keep following new entries")

    export = sub.add_parser("export", parents=[common], help="write every entry as JSON lines, OCSF or CEF",
                            description="jsonl: every entry exactly as hashed (sealed parts stay sealed), with seq, "
                                        "prev_hash and hash, re-verifiable offline. ocsf: one OCSF 1.3 object per line "
                                        "(API Activity 6003, Authentication 3002). cef: ArcSight CEF lines for syslog.")
    export.add_argument("--format", choices=["jsonl", "ocsf", "cef"], default="jsonl")
    export.add_argument("--since", metavar="T", help="only entries at or after this time (ocsf, cef)")
    export.add_argument("--syslog", action="store_true", help="cef: wrap each line in an RFC 5424 syslog header")

    report = sub.add_parser("report", parents=[common], help="what the trail shows for SOC 2, HIPAA or GDPR controls")
    report.add_argument("--standard", choices=["soc2", "hipaa", "gdpr"], required=True)
    report.add_argument("--since", metavar="T", default="30d", help="period start (default 30d)")
    report.add_argument("--until", metavar="T")
    report.add_argument("--format", choices=["text", "json"], default="text")

    keygen = sub.add_parser("keygen", help="create an encryption key ring or an Ed25519 signing key (0600)")
    keygen.add_argument("--kind", choices=["encryption", "signing"], required=True)
    keygen.add_argument("path", help="file to create (signing: PATH and PATH.pub)")

    rotate = sub.add_parser("rotate-key", parents=[common], help="new encryption key; rewrap every data key",
                            description="Add a new active key to the ring and rewrap every data key under it. No "
                                        "entry is rewritten. Old keys stay decrypt-only unless --retire.")
    rotate.add_argument("--retire", action="store_true", help="drop the old keys from the ring afterwards")

    forget = sub.add_parser("forget", parents=[common], help="crypto-shred one person's event payloads",
                            description="Destroy the data keys of a user's events: their sealed fields become "
                                        "unreadable forever; the chain still verifies and the skeleton stays.")
    forget.add_argument("--user", required=True)
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    cp = sub.add_parser("checkpoint", parents=[common], help="export the latest signed checkpoint")
    cp.add_argument("what", choices=["export"])
    cp.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")


def run(args: argparse.Namespace) -> int:
    if args.action == "keygen":
        return _keygen(args)
    trail = _trail(args)
    handlers = {"verify": _verify, "query": _query, "tail": _tail, "export": _export, "report": _report,
                "rotate-key": _rotate, "forget": _forget, "checkpoint": _checkpoint}
    return handlers[args.action](trail, args)


def _trail(args: argparse.Namespace) -> Any:
    from mcpfort.audit.trail import Trail

    return Trail.find(args.audit, args.policy, key_file=getattr(args, "key_file", None),
                      public_keys=list(getattr(args, "public_key", []) or []))


# -- verify ------------------------------------------------------------------------------------
def _verify(trail: Any, args: argparse.Namespace) -> int:
    from mcpfort.audit.checkpoint import split
    from mcpfort.audit.verify import verify

    external: list[str] = []
    for path in args.checkpoint:
        try:
            with open(path, encoding="utf-8") as handle:
                external += split(handle.read())
        except OSError as exc:
            raise UsageError(f"--checkpoint {path}: {exc.strerror or exc}") from exc
    report = verify(trail.target, trusted=trail.trusted(), external=external)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    multi = len(report.chains) > 1 or next(iter(report.chains), "main") != "main"
    if not report.ok:
        where = f"chain {report.chain} entry" if multi else "entry"
        print(f"TAMPERED: {where} {report.first_bad_seq}: {report.reason}", file=sys.stderr)
        print(f"{report.count} entries before it verify; {trail.target}", file=sys.stderr)
        return 3
    if multi:
        print(f"ok: {report.count} entries in {len(report.chains)} chains, every chain intact")
        for name, chain in report.chains.items():
            print(f"chain {name}: {chain.count} entries from {chain.first_seq}, head {chain.head}")
    else:
        print(f"ok: {report.count} entries, chain intact")
        print(f"head: {report.head}")
    if report.checkpoints:
        how = "signatures checked against a trusted key" if report.signed else "signatures NOT checked"
        print(f"checkpoints: {report.checkpoints} ({how})")
    return 0


# -- query -------------------------------------------------------------------------------------
def _query(trail: Any, args: argparse.Namespace) -> int:
    from mcpfort.audit.query import query_store

    now = time.time()
    filters = dict(user=args.user, organization=args.organization, event=args.event, tool=args.tool,
                   server=args.server, trace_id=args.trace, decision=args.decision, session_id=args.session)
    since = parse_time(args.since, now) if args.since else None
    until = parse_time(args.until, now) if args.until else None
    store = trail.open()
    try:
        rows = query_store(store, since=since, until=until, limit=args.limit, order=args.order, ring=trail.ring(),
                           **filters)
    finally:
        store.close()
    trail.note("query", len(rows), since=args.since, until=args.until, limit=args.limit, **filters)
    if args.format == "json":
        sys.stdout.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n")
    elif args.format == "jsonl":
        sys.stdout.writelines(orjson.dumps(row).decode() + "\n" for row in rows)
    elif args.format == "csv":
        render.as_csv(rows)
    else:
        render.table(rows)
    return 0


# -- tail --------------------------------------------------------------------------------------
def _tail(trail: Any, args: argparse.Namespace) -> int:
    from mcpfort.audit.query import query_store, store_entries_after

    if args.n < 0:
        raise UsageError("-n must be 0 or more")
    ring = trail.ring()
    store = trail.open()
    try:
        rows = query_store(store, limit=args.n, ring=ring)
        seen = store.max_seq()
    finally:
        store.close()
    trail.note("tail", len(rows), follow=args.follow or None)
    if not args.follow:
        for row in rows:
            print(render.line(row))
        return 0
    # Ctrl-C (or SIGTERM) ends the loop between polls, not wherever a KeyboardInterrupt would land
    # (inside SQLite or the decryption). The handler only flips a flag: a threading.Event's set()
    # takes a lock that the interrupted wait may be holding, which deadlocked now and then. It is
    # in place before the first line is printed: a user who sees output may press Ctrl-C at once.
    stopped: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, _frame: stopped.append(signum))
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        for row in rows:
            print(render.line(row))
        sys.stdout.flush()
        while not stopped:
            store = trail.open()
            try:
                for chain in store.chains():
                    for row in store_entries_after(store, seen.get(chain, 0), ring=ring, chain=chain):
                        print(render.line(row), flush=True)
                        seen[chain] = row["seq"]
            finally:
                store.close()
            if not stopped:
                time.sleep(_POLL_SECONDS)  # resumed after a handler runs: the loop ends within one poll
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


# -- export ------------------------------------------------------------------------------------
def _export(trail: Any, args: argparse.Namespace) -> int:
    import socket

    from mcpfort.audit.export import to_cef, to_ocsf, to_syslog
    from mcpfort.audit.query import store_entries_after

    host = socket.gethostname()

    out = sys.stdout
    raw = args.format == "jsonl"
    since = parse_time(args.since, time.time()) if args.since else None
    store = trail.open()  # a missing log is reported before anything is recorded
    try:
        last = sum(store.max_seq().values())
    finally:
        store.close()
    # Recorded first (an export may be too long to hold back): it cannot happen unrecorded, and
    # the export holds the record of itself.  ``count`` is how many entries the log had.
    trail.note("export", last, format=args.format, since=args.since)
    store = trail.open()
    try:
        for entry in store_entries_after(store, 0, with_hashes=raw, raw=raw, ring=None if raw else trail.ring()):
            if since is not None and not (isinstance(entry.get("ts"), (int, float)) and entry["ts"] >= since):
                continue
            if raw:
                line = orjson.dumps(entry).decode()
            elif args.format == "ocsf":
                line = orjson.dumps(to_ocsf(entry)).decode()
            elif args.syslog:
                line = to_syslog(entry, host)
            else:
                line = to_cef(entry)
            out.write(line + "\n")
    finally:
        store.close()
    out.flush()
    return 0


# -- report ------------------------------------------------------------------------------------
def _report(trail: Any, args: argparse.Namespace) -> int:
    from mcpfort.audit import report
    from mcpfort.audit.query import query_store
    from mcpfort.audit.verify import verify_store

    now = time.time()
    since = parse_time(args.since, now)
    until = parse_time(args.until, now) if args.until else None
    store = trail.open()
    try:
        verified = verify_store(store, trusted=trail.trusted())
        rows = query_store(store, since=since, until=until, ring=trail.ring())
    finally:
        store.close()
    trail.note("report", len(rows), standard=args.standard, since=args.since, until=args.until)
    facts = report.gather(rows)
    controls = report.build(args.standard, facts, verified, trail.settings.encrypted)
    if args.format == "json":
        sys.stdout.write(orjson.dumps({"standard": args.standard, "since": since, "until": until,
                                       "events": facts.entries, "integrity_ok": verified.ok, "controls": controls},
                                      option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        print(report.render(args.standard, args.since, facts, controls))
    return 0 if verified.ok else 3


# -- keys --------------------------------------------------------------------------------------
def _keygen(args: argparse.Namespace) -> int:
    from mcpfort.audit import keys

    if args.kind == "encryption":
        ring = keys.new_ring_file(args.path)
        print(f"created {args.path}: AES-256 key {ring.active} (mode 0600); name it in the policy as "
              f"audit.encryption.key_file and back it up")
    else:
        key = keys.new_signing_key(args.path)
        print(f"created {args.path} (Ed25519 signer {keys.public_key_id(key.public_key())}, mode 0600) and "
              f"{args.path}.pub; name it as audit.checkpoints.signing_key, give the .pub file to auditors")
    return 0


def _rotate(trail: Any, args: argparse.Namespace) -> int:
    from mcpfort.audit.admin import rotate_key

    if not trail.settings.key_file:
        raise UsageError("rotate-key needs a key ring file: audit.encryption.key_file in the policy, or --key-file "
                         "(a key in an environment variable is rotated by replacing it and restarting)")
    store = trail.open(write=True)
    try:
        result = rotate_key(store, trail.settings.key_file, retire=args.retire)
    finally:
        store.close()
    print(f"active key: {result['active']} (was {result['previous']}); {result['rewrapped']} data key(s) rewrapped")
    if result["retired"]:
        print(f"retired: {', '.join(result['retired'])} (removed from {result['file']})")
    else:
        print(f"older keys stay in {result['file']}, decrypt-only; --retire drops them")
    trail.note("rotate-key", result["rewrapped"], record_as="audit.key_rotated", active=result["active"],
               previous=result["previous"])
    return 0


def _forget(trail: Any, args: argparse.Namespace) -> int:
    from mcpfort.audit.admin import forget

    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("forget destroys keys for good: pass --yes when not asking interactively")
        answer = input(f"Destroy the data keys of {args.user!r}? Their event payloads become unreadable forever. "
                       "Type the user name to confirm: ")
        if answer.strip() != args.user:
            print("nothing was changed", file=sys.stderr)
            return 1
    store = trail.open(write=True)
    try:
        count = forget(store, args.user)
    finally:
        store.close()
    trail.note("forget", count, record_as="audit.forgotten", subject=args.user)
    print(f"forgot {args.user}: {count} data key(s) destroyed; their payloads now read ***erased***, "
          "the chain still verifies")
    return 0


def _checkpoint(trail: Any, args: argparse.Namespace) -> int:
    from mcpfort.audit.checkpoint import parse

    store = trail.open()
    try:
        notes = []
        for chain in store.chains():
            latest = [text for _, kind, text in store.notes(chain) if kind == "checkpoint"]
            if latest:
                notes.append(latest[-1])
    finally:
        store.close()
    if not notes:
        raise AuditError(f"{trail.target} holds no signed checkpoint yet (set audit.checkpoints.signing_key)")
    text = "".join(notes)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
        first = parse(notes[0])
        print(f"wrote {len(notes)} checkpoint(s) to {args.output} (chain {first.chain if first else '?'} at "
              f"entry {first.seq if first else '?'}); keep it off this host", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
