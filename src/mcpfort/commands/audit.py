"""``mcpfort audit``: verify, query, tail or export the hash-chained audit trail.

Reads the same file the gateway writes (``--audit``, ``$MCPFORT_AUDIT``, the policy's
``audit.store``, the XDG data dir) and never writes to it.  ``verify`` exits 3 on tampering.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from datetime import datetime, timezone
from typing import Any

import orjson

from mcpfort import config
from mcpfort.errors import PolicyError, UsageError

__all__ = ["add_arguments", "run", "parse_time"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_AGE = re.compile(r"^(\d+(?:\.\d+)?)([smhdw])$")
# Shown in their own columns (or not at all); everything else goes to "details".
_SHOWN = {"seq", "ts", "event", "user", "server", "tool", "decision", "trace_id", "session_id", "context", "kind"}
_TAIL_FIELDS = (("user", "user"), ("server", "server"), ("tool", "tool"), ("decision", "decision"),
                ("trace", "trace_id"), ("error", "error"))
_POLL_SECONDS = 0.2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.description = ("Check that the audit trail is intact, search it, follow it, or export it. "
                          "Times are ISO 8601 (2026-11-23T10:00:00Z, 2026-11-23; UTC unless an offset "
                          "is given) or an age such as 30s, 15m, 2h, 7d.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--audit", metavar="DB", help="audit database, a path or sqlite:///path (default: "
                        "$MCPFORT_AUDIT, the policy's audit.store, ~/.local/share/mcpfort/audit.db)")
    common.add_argument("--policy", help="policy file whose audit.store to read (default: $MCPFORT_POLICY, "
                        "./mcpfort.yaml, ~/.config/mcpfort/mcpfort.yaml)")
    sub = parser.add_subparsers(dest="action", required=True, metavar="{verify,query,tail,export}")

    sub.add_parser("verify", parents=[common], help="check the hash chain (exit 3 if tampered)",
                   description="Walk every entry and check the hash chain. Prints the head hash: note it "
                               "elsewhere, since deleting the newest entries leaves a valid, shorter chain.")

    query = sub.add_parser("query", parents=[common], help="search events",
                           description="Print the events that match every filter given. Text filters are "
                                       "exact, or globs when they contain * ? [ (--event 'tool.*').")
    query.add_argument("--since", metavar="T", help="at or after this time")
    query.add_argument("--until", metavar="T", help="at or before this time")
    query.add_argument("--user")
    query.add_argument("--event", help="event type, e.g. authz.decision or 'tool.*'")
    query.add_argument("--tool", help="tool, resource or prompt name")
    query.add_argument("--server")
    query.add_argument("--trace", metavar="ID", help="trace id (the table shows 8 characters: use 'PREFIX*')")
    query.add_argument("--decision", choices=["allow", "confirm", "deny"])
    query.add_argument("--session", metavar="ID", help="session id")
    query.add_argument("--limit", type=int, metavar="N", help="only the newest N matches")
    query.add_argument("--order", choices=["asc", "desc"], default="asc", help="oldest first (asc) or newest first")
    query.add_argument("--format", choices=["table", "json", "jsonl"], default="table")

    tail = sub.add_parser("tail", parents=[common], help="print the newest events, optionally follow",
                          description="Print the last N events, one per line; with -f keep printing new "
                                      "ones (from every gateway writing this file) until Ctrl-C.")
    tail.add_argument("-n", type=int, default=20, metavar="N", help="how many (default 20)")
    tail.add_argument("-f", "--follow", action="store_true", help="keep following new entries")

    export = sub.add_parser("export", parents=[common], help="write every entry as JSON lines",
                            description="Write every entry, oldest first, as one JSON object per line, "
                                        "with seq, prev_hash and hash.")
    export.add_argument("--format", choices=["jsonl"], default="jsonl")


def run(args: argparse.Namespace) -> int:
    path = _store(args)
    return {"verify": _verify, "query": _query, "tail": _tail, "export": _export}[args.action](path, args)


def _store(args: argparse.Namespace) -> str:
    setting, base_dir = None, "."
    # --audit and $MCPFORT_AUDIT win over the policy, so it need not be read (nor be valid) then.
    if not args.audit and not os.environ.get("MCPFORT_AUDIT"):
        policy_file = config.find_policy(args.policy, required=False)
        if policy_file:
            from mcpfort.policy.loader import load_policy

            policy = load_policy(policy_file)
            setting, base_dir = policy.audit.get("store"), policy.base_dir
            if setting is not None and not isinstance(setting, str):
                raise PolicyError(policy_file, None, "audit.store", "a path or sqlite:///path/to/audit.db")
    return config.audit_path(args.audit, setting, base_dir)


def parse_time(text: str, now: float) -> float:
    """Epoch seconds for an ISO 8601 time or date (UTC unless it has an offset) or an age ago."""
    value = text.strip()
    age = _AGE.match(value)
    if age:
        return now - float(age.group(1)) * _UNITS[age.group(2)]
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"time {text!r}: use ISO 8601 (2026-11-23T10:00:00Z or 2026-11-23) "
                         f"or an age such as 30s, 15m, 2h, 7d") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.timestamp()


# -- verify ------------------------------------------------------------------------------------
def _verify(path: str, args: argparse.Namespace) -> int:
    from mcpfort.audit.verify import verify

    report = verify(path)
    if not report.ok:
        print(f"TAMPERED: entry {report.first_bad_seq}: {report.reason}", file=sys.stderr)
        print(f"{report.count} entries before it verify; {path}", file=sys.stderr)
        return 3
    print(f"ok: {report.count} entries, chain intact")
    print(f"head: {report.head}")
    return 0


# -- query -------------------------------------------------------------------------------------
def _query(path: str, args: argparse.Namespace) -> int:
    from mcpfort.audit.query import query

    now = time.time()
    rows = query(path, since=parse_time(args.since, now) if args.since else None,
                 until=parse_time(args.until, now) if args.until else None,
                 user=args.user, event=args.event, tool=args.tool, server=args.server, trace_id=args.trace,
                 decision=args.decision, session_id=args.session, limit=args.limit, order=args.order)
    if args.format == "json":
        sys.stdout.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n")
    elif args.format == "jsonl":
        sys.stdout.writelines(orjson.dumps(row).decode() + "\n" for row in rows)
    else:
        _table(rows)
    return 0


def _table(rows: list[dict[str, Any]]) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(rows)} event(s)", title_justify="left", box=box.SIMPLE_HEAD,
                  pad_edge=False, collapse_padding=True)
    for column in ("time (UTC)", "event", "user", "server", "tool", "decision", "trace", "details"):
        # the short, fixed-shape columns stay on one line; the rest wrap
        table.add_column(column, no_wrap=column in ("time (UTC)", "decision", "trace"), overflow="fold")
    for row in rows:
        details = "  ".join(f"{k}={_text(v)}" for k, v in row.items() if k not in _SHOWN)
        cells = (_time(row.get("ts"))[:19].replace("T", " "), row.get("event"), row.get("user"), row.get("server"), row.get("tool"),
                 row.get("decision"), str(row.get("trace_id") or "")[:8], _clip(details, 240))
        # Text, not markup: arguments come from the model and may contain [brackets].
        table.add_row(*(Text("" if c is None else str(c)) for c in cells))
    Console().print(table)


# -- tail --------------------------------------------------------------------------------------
def _tail(path: str, args: argparse.Namespace) -> int:
    from mcpfort.audit.query import entries_after, last_seq, query

    if args.n < 0:
        raise UsageError("-n must be 0 or more")
    rows = query(path, limit=args.n)
    for row in rows:
        print(_line(row))
    if not args.follow:
        return 0
    seen = rows[-1]["seq"] if rows else last_seq(path)
    sys.stdout.flush()
    try:
        while True:
            for row in entries_after(path, seen):
                print(_line(row), flush=True)
                seen = row["seq"]
            time.sleep(_POLL_SECONDS)
    except KeyboardInterrupt:
        return 0


def _line(row: dict[str, Any]) -> str:
    parts = [_time(row.get("ts")), str(row.get("event", "-"))]
    parts += [f"{label}={_text(row[key])}" for label, key in _TAIL_FIELDS if row.get(key) is not None]
    return " ".join(parts)


# -- export ------------------------------------------------------------------------------------
def _export(path: str, args: argparse.Namespace) -> int:
    from mcpfort.audit.query import entries_after

    out = sys.stdout
    for entry in entries_after(path, 0, with_hashes=True):
        out.write(orjson.dumps(entry).decode() + "\n")
    return 0


# -- formatting --------------------------------------------------------------------------------
def _time(ts: Any) -> str:
    if not isinstance(ts, (int, float)) or isinstance(ts, bool):
        return "-"
    try:
        moment = datetime.fromtimestamp(ts, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return str(ts)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _text(value: Any) -> str:
    """A value for a key=value line: bare when it is one plain word, JSON otherwise."""
    if isinstance(value, str) and value and not any(c.isspace() or c in "\"'=" for c in value):
        return _clip(value, 200)
    return _clip(orjson.dumps(value).decode(), 200)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
