"""The ``sql`` argument kind: which tables does this query touch, and may it touch them?

The query is parsed with sqlglot, never matched with regular expressions: comments, quoting and
CTEs make text matching easy to fool.  What cannot be parsed, or reaches files and the shell
through functions, is refused.
"""

from __future__ import annotations

from typing import Any, Iterable

from mcpfort.policy.globs import compile_glob
from mcpfort.policy.paths import PathVerdict as Verdict

__all__ = ["MAX_SQL_LENGTH", "check_sql"]

MAX_SQL_LENGTH = 100_000
# Functions that read or write files, run commands or open connections, in common engines.
_DANGEROUS_FUNCTIONS = {
    "pg_read_file", "pg_read_binary_file", "pg_ls_dir", "pg_stat_file", "lo_import", "lo_export",
    "dblink", "dblink_exec", "load_file", "readfile", "writefile", "load_extension", "sys_exec",
    "sys_eval", "xp_cmdshell", "openrowset", "opendatasource", "pg_execute_server_program",
    "pg_ls_logdir", "pg_ls_waldir", "pg_ls_tmpdir", "pg_file_write",
    # DuckDB reads any file through table functions: SELECT * FROM read_csv('/etc/passwd')
    "read_csv", "read_csv_auto", "read_parquet", "parquet_scan", "read_json", "read_json_auto",
    "read_json_objects", "read_ndjson", "read_ndjson_auto", "read_text", "read_blob", "sniff_csv",
}
# CREATE/DROP/ALTER of these reach nothing but the named table; a FUNCTION or TRIGGER runs code.
_TABLE_DDL = {"TABLE", "VIEW", "INDEX"}


def _names_cte(table: Any, exp: Any) -> bool:
    """Whether a table reference names a CTE visible where it stands, rather than a real table.

    A qualified name is never a CTE, nor is the table an INSERT, UPDATE, DELETE or MERGE writes
    (``WITH users AS (SELECT 1) DELETE FROM users`` empties the real table); a CTE's own body sees
    only the CTEs before it (all of them under RECURSIVE), so ``WITH users AS (SELECT * FROM
    users)`` still reads the real table.
    """
    ident = table.this
    if table.args.get("db") or table.args.get("catalog") or not isinstance(ident, exp.Identifier):
        return False

    def same(cte: Any) -> bool:
        alias = cte.args.get("alias")
        other = alias.this if alias is not None else None
        if not isinstance(other, exp.Identifier) or other.quoted != ident.quoted:
            return False  # "Users" and users may or may not be one name, depending on the dialect
        return other.this == ident.this if ident.quoted else other.this.lower() == ident.this.lower()

    targets = (exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Create, exp.Drop, exp.Alter)
    child, node = table, table.parent
    while node is not None:
        if isinstance(node, targets) and child is node.args.get("this"):
            return False
        if isinstance(node, exp.With):
            ctes = node.expressions
            index = next((i for i, cte in enumerate(ctes) if cte is child), 0)
            if any(same(cte) for cte in (ctes if node.args.get("recursive") else ctes[:index])):
                return True
        else:
            with_ = node.args.get("with_")
            if isinstance(with_, exp.With) and with_ is not child and any(same(cte) for cte in with_.expressions):
                return True
        child, node = node, node.parent
    return False


def _tables(query: str) -> tuple[set[str], str | None]:
    import sqlglot  # imported on first use: it costs ~100 ms and most policies have no sql kind
    from sqlglot import exp

    try:
        statements = sqlglot.parse(query)
    except sqlglot.errors.SqlglotError as exc:
        return set(), f"the query does not parse ({str(exc).splitlines()[0]})"
    # Only statements whose reach is the tables in them are judged; the rest (COPY ... PROGRAM,
    # PRAGMA, SET, GRANT, or a dialect statement sqlglot misreads as an expression) is refused.
    judged = (exp.Query, exp.Values, exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.TruncateTable, exp.Describe)
    found: set[str] = set()
    for statement in statements:
        if statement is None:
            continue
        if isinstance(statement, exp.Command):
            return set(), f"statement {statement.name.upper()!r} is not allowed through a table constraint"
        if isinstance(statement, (exp.Create, exp.Drop, exp.Alter)):
            kind = str(statement.args.get("kind") or "").upper()
            if kind not in _TABLE_DDL:
                what = f"{type(statement).__name__.upper()} {kind or '(unknown)'}"
                return set(), f"{what} is not allowed through a table constraint"
        elif not isinstance(statement, judged):
            return set(), (f"the statement reads as {type(statement).__name__.upper()}, not a query or a table "
                           "change, and is not allowed through a table constraint")
        if statement.find(exp.Into) is not None or "outfile" in statement.sql().lower():
            return set(), "SELECT ... INTO writes data and is not allowed"
        for func in statement.find_all(exp.Func):
            name = (func.name if isinstance(func, exp.Anonymous) else func.sql_name()).lower()
            if name in _DANGEROUS_FUNCTIONS:
                return set(), f"function {name!r} reaches outside the database"
        for table in statement.find_all(exp.Table):
            if not table.name or _names_cte(table, exp):
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
