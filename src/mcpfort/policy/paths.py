"""The ``path`` argument kind: is this path inside an allowed folder and not excluded?

Checked the way an attacker probes it.  A value is expanded (``~``), made absolute against the
server's working folder, and resolved twice: once the way a kernel does (symlinks first, then
``..``) and once the way Node's ``path.resolve`` does (``..`` first, then symlinks).  Both
results must lie inside an allowed root, component by component, and outside every exclude.
Symlinks are followed through the deepest existing ancestor, dangling ones included, because
writing through a dangling link creates its target.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, cast

from mcpfort.policy.globs import compile_exclude

__all__ = ["MAX_PATH_LENGTH", "PathVerdict", "resolve", "check_path", "inside"]

MAX_PATH_LENGTH = 4096
MAX_SYMLINK_HOPS = 40  # the kernel's own limit (MAXSYMLINKS)
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(//|/)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class SymlinkLoop(OSError):
    pass


class _ProcessRelative(OSError):
    pass


def _readlink_here(path: str) -> str:
    # /proc/self means whichever process opens it: followed here it names the gateway's cwd, root
    # and fds, not the server's (/dev/fd, /dev/stdin and /proc/net lead here too).
    if path in ("/proc/self", "/proc/thread-self"):
        raise _ProcessRelative(path)
    return os.readlink(path)


def _unicode_twin(folder: str, name: str) -> str | None:
    """The one entry of ``folder`` whose NFC form is that of the missing ``name``, if any.

    server-filesystem opens such a twin when the name as given does not exist, so ``cafe`` plus a
    combining acute reaches a symlink named ``café``; it refuses several twins, so none is followed.
    """
    key = unicodedata.normalize("NFC", name)
    try:
        entries = os.listdir(folder)
    except OSError:
        return None
    twins = [e for e in entries if e != name and (e if e.isascii() else unicodedata.normalize("NFC", e)) == key]
    return twins[0] if len(twins) == 1 else None


@dataclass(frozen=True, slots=True)
class PathVerdict:
    ok: bool
    code: str
    message: str
    resolved: str | None = None


def inside(path: str, root: str) -> bool:
    """Component-wise containment: ``/project_evil`` is not inside ``/project``."""
    if root == "/":
        return path.startswith("/")
    return path == root or path.startswith(root + "/")


def resolve(path: str, lstat: Callable[[str], os.stat_result] = os.lstat,
            readlink: Callable[[str], str] = os.readlink, *, twins: bool = False) -> str:
    """Resolve an absolute path physically: symlinks as met, ``..`` after them, missing parts kept.

    With ``twins``, a missing name is replaced by its Unicode-equivalent entry (``_unicode_twin``).
    Raises ``SymlinkLoop`` after ``MAX_SYMLINK_HOPS`` links, as the kernel would (ELOOP).
    """
    stack: list[str] = []
    pending = path.split("/")[::-1]
    hops = 0
    while pending:
        part = pending.pop()
        if part in ("", "."):
            continue
        if part == "..":
            if stack:
                stack.pop()
            continue
        candidate = "/" + "/".join(stack + [part])
        try:
            mode = lstat(candidate).st_mode
        except FileNotFoundError:
            twin = _unicode_twin("/" + "/".join(stack), part) if twins else None
            if twin is not None:
                pending.append(twin)
                continue
            stack.append(part)  # not there (yet): nothing to follow
            continue
        except (NotADirectoryError, PermissionError):
            stack.append(part)
            continue
        if stat.S_ISLNK(mode):
            hops += 1
            if hops > MAX_SYMLINK_HOPS:
                raise SymlinkLoop(f"more than {MAX_SYMLINK_HOPS} symbolic links in {path!r}")
            target = readlink(candidate)
            if target.startswith("/"):
                stack = []
            pending.extend(target.split("/")[::-1])
            continue
        stack.append(part)
    return "/" + "/".join(stack)


def _refuse_shape(value: object) -> PathVerdict | None:
    if not isinstance(value, str):
        return PathVerdict(False, "path-not-string", f"expected a path string, got {type(value).__name__}")
    if not value:
        return PathVerdict(False, "path-empty", "the path is empty")
    if len(value) > MAX_PATH_LENGTH or len(value.encode("utf-8", "surrogatepass")) > MAX_PATH_LENGTH:
        return PathVerdict(False, "path-too-long", f"the path is longer than {MAX_PATH_LENGTH} bytes")
    if "\x00" in value:
        return PathVerdict(False, "path-nul-byte", "the path contains a NUL byte")
    if _CONTROL.search(value):
        return PathVerdict(False, "path-control-character", "the path contains a control character")
    if "\\" in value:
        return PathVerdict(False, "path-backslash", "the path contains a backslash")
    if _URI.match(value):
        return PathVerdict(False, "path-is-uri", "a URI was given where a file path was expected")
    return None


def check_path(value: object, *, roots: Iterable[str], excludes: Iterable[str], cwd: str,
               home: str | None = None, bases: Iterable[str] = ()) -> PathVerdict:
    """Decide one path value against resolved ``roots`` and exclude globs.

    A relative value is judged against ``cwd`` and against every folder in ``bases`` (the
    folders the server was started on): server-filesystem, for one, resolves relative paths
    against its own allowed folders, not its working folder.  Every reading must be allowed.
    """
    refused = _refuse_shape(value)
    if refused:
        return refused
    value = cast(str, value)
    roots = tuple(roots)
    if value.startswith("~"):
        # Servers such as server-filesystem expand "~" themselves, so the gateway must too.
        head, _, rest = value.partition("/")
        base = home if head == "~" and home else os.path.expanduser(head)
        if base.startswith("~"):
            return PathVerdict(False, "path-unknown-home", f"cannot tell which folder {head!r} means")
        value = base + ("/" + rest if rest else "")
    if value.startswith("/"):
        readings = [value]
    else:
        readings = [f"{b.rstrip('/')}/{value}" for b in dict.fromkeys((cwd, *bases))]
    for absolute in readings[1:]:
        verdict = check_path(absolute, roots=roots, excludes=excludes, cwd=cwd, home=home)
        if not verdict.ok:
            return PathVerdict(False, verdict.code, f"{value!r} read against {absolute.rsplit(value, 1)[0].rstrip('/')}"
                                                    f" (a folder the server was started on): {verdict.message}",
                               verdict.resolved)
    absolute = readings[0]
    lexical = "/" + os.path.normpath(absolute).lstrip("/")  # normpath keeps a leading "//"
    try:
        candidates = {resolve(p, readlink=_readlink_here, twins=True) for p in (absolute, lexical)}
    except SymlinkLoop as exc:
        return PathVerdict(False, "path-symlink-loop", str(exc))
    except _ProcessRelative as exc:
        return PathVerdict(False, "path-outside-allowed",
                           f"{value!r} goes through {exc.args[0]}, which names a different process in the server")
    except OSError as exc:
        return PathVerdict(False, "path-unreadable", f"cannot resolve the path: {exc.strerror or exc}")
    patterns = [compile_exclude(p) for p in excludes]
    for resolved in sorted(candidates):
        if not any(inside(resolved, r) for r in roots):
            shown = ", ".join(roots) or "none"
            via = "" if resolved == lexical else f" (it resolves to {resolved})"
            return PathVerdict(False, "path-outside-allowed",
                               f"{value!r} is outside the allowed paths{via}; allowed: {shown}", resolved)
    for candidate in sorted(candidates | {lexical}):
        for root in roots:
            if not inside(candidate, root):
                continue
            relative = candidate[len(root):].lstrip("/")
            for pattern, regex in zip(excludes, patterns):
                if relative and regex.match(relative):
                    return PathVerdict(False, "path-excluded",
                                       f"{value!r} matches the exclude pattern {pattern!r}", candidate)
    resolved = min(candidates)
    root = next(r for r in roots if inside(resolved, r))
    return PathVerdict(True, "path-allowed", f"{value!r} is inside {root}", resolved)
