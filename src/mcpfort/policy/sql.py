"""The ``sql`` argument kind: which tables does this query touch, and may it touch them?

The query is parsed with sqlglot, never matched with regular expressions: comments, quoting and
CTEs make text matching easy to fool.  What cannot be parsed, or reaches files and the shell
through functions, is refused.
"""

from __future__ import annotations

from typing import Iterable

from mcpfort.policy.globs import compile_glob
from mcpfort.policy.paths import PathVerdict as Verdict

__all__ = ["MAX_SQL_LENGTH", "check_sql"]

MAX_SQL_LENGTH = 100_000
# Functions that read or write files, run commands or open connections, in common engines.
_DANGEROUS_FUNCTIONS = {
    "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "lo_import", "lo_export",
    "dblink", "dblink_exec", "load_file", "readfile", "writefile", "load_extension", "sys_exec",
    "sys_eval", "xp_cmdshell", "openrowset", "opendatasource", "pg_execute_server_program",
}


def _tables(query: str) -> tuple[set[str], str | None]:
    import sqlglot  # imported on first use: it costs ~100 ms and most policies have no sql kind
    from sqlglot import exp

    try:
        statements = sqlglot.parse(query)
    except sqlglot.errors.SqlglotError as exc:
        return set(), f"the query does not parse ({str(exc).splitlines()[0]})"
    found: set[str] = set()
    for statement in statements:
        if statement is None:
            continue
        if isinstance(statement, exp.Command):
            return set(), f"statement {statement.name.upper()!r} is not allowed through a table constraint"
        if statement.find(exp.Into) is not None or "outfile" in statement.sql().lower():
            return set(), "SELECT ... INTO writes data and is not allowed"
        ctes = {cte.alias_or_name.lower() for cte in statement.find_all(exp.CTE)}
        for func in statement.find_all(exp.Func):
            name = (func.name if isinstance(func, exp.Anonymous) else func.sql_name()).lower()
            if name in _DANGEROUS_FUNCTIONS:
                return set(), f"function {name!r} reaches outside the database"
        for table in statement.find_all(exp.Table):
            name = table.name.lower()
            if not name or name in ctes:
                continue
            found.add(".".join(p for p in (table.catalog, table.db, table.name) if p).lower())
    return found, None


def check_sql(value: object, *, tables: Iterable[str], exclude: Iterable[str]) -> Verdict:
    if not isinstance(value, str):
        return Verdict(False, "sql-not-string", f"expected an SQL string, got {type(value).__name__}")
    if len(value) > MAX_SQL_LENGTH:
        return Verdict(False, "sql-too-long", f"the query is longer than {MAX_SQL_LENGTH} characters")
    if "\x00" in value:
        return Verdict(False, "sql-nul-byte", "the query contains a NUL byte")
    found, problem = _tables(value)
    if problem:
        return Verdict(False, "sql-refused", problem)
    allowed = [compile_glob(t.lower()) for t in tables]
    excluded = [compile_glob(t.lower()) for t in exclude]
    for table in sorted(found):
        bare = table.rsplit(".", 1)[-1]
        if any(p.match(table) or p.match(bare) for p in excluded):
            return Verdict(False, "sql-table-excluded", f"table {table!r} is excluded")
        if not any(p.match(table) or p.match(bare) for p in allowed):
            return Verdict(False, "sql-table-not-allowed",
                           f"table {table!r} is not among the allowed tables ({', '.join(tables) or 'none'})")
    return Verdict(True, "sql-allowed", f"tables {sorted(found) or 'none'} are allowed")
