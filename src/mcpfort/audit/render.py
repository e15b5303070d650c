"""How ``mcpfort audit`` prints entries: a table, CSV, one line per event, times and values."""

from __future__ import annotations

import csv
import io
import sys
from datetime import datetime, timezone
from typing import Any

import orjson

__all__ = ["table", "as_csv", "line", "when", "CSV_COLUMNS"]

# Shown in their own columns (or not at all); everything else goes to "details".
_SHOWN = {"seq", "ts", "event", "user", "server", "tool", "decision", "trace_id", "session_id", "context", "kind"}
_TAIL_FIELDS = (("user", "user"), ("server", "server"), ("tool", "tool"), ("decision", "decision"),
                ("trace", "trace_id"), ("error", "error"))
CSV_COLUMNS = ("seq", "chain", "ts", "time", "event", "user", "organization", "server", "tool", "decision",
               "trace_id", "session_id", "details")


def as_csv(rows: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        details = {k: v for k, v in row.items() if k not in CSV_COLUMNS}
        cells = [row.get(c) for c in CSV_COLUMNS[:3]] + [when(row.get("ts"))] + [row.get(c) for c in CSV_COLUMNS[4:-1]]
        cells.append(orjson.dumps(details, option=orjson.OPT_SORT_KEYS).decode() if details else "")
        writer.writerow(["" if c is None else c if isinstance(c, (str, int, float)) else orjson.dumps(c).decode()
                         for c in cells])
    sys.stdout.write(out.getvalue())


def table(rows: list[dict[str, Any]]) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    grid = Table(title=f"{len(rows)} event(s)", title_justify="left", box=box.SIMPLE_HEAD,
                  pad_edge=False, collapse_padding=True)
    for column in ("time (UTC)", "event", "user", "server", "tool", "decision", "trace", "details"):
        # the short, fixed-shape columns stay on one line; the rest wrap
        grid.add_column(column, no_wrap=column in ("time (UTC)", "decision", "trace"), overflow="fold")
    for row in rows:
        details = "  ".join(f"{k}={_text(v)}" for k, v in row.items() if k not in _SHOWN)
        cells = (when(row.get("ts"))[:19].replace("T", " "), row.get("event"), row.get("user"), row.get("server"), row.get("tool"),
                 row.get("decision"), str(row.get("trace_id") or "")[:8], _clip(details, 240))
        # Text, not markup: arguments come from the model and may contain [brackets].
        grid.add_row(*(Text("" if c is None else str(c)) for c in cells))
    Console().print(grid)


def line(row: dict[str, Any]) -> str:
    parts = [when(row.get("ts")), str(row.get("event", "-"))]
    parts += [f"{label}={_text(row[key])}" for label, key in _TAIL_FIELDS if row.get(key) is not None]
    return " ".join(parts)


def when(ts: Any) -> str:
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
