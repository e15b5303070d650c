"""Text helpers for the rules: every string of a definition, normalised, with hidden characters shown.

A tool definition hides instructions anywhere a model reads: nested schema descriptions, enum
values, defaults, examples, even property names.  ``strings`` walks all of them and says where
each one lives, so a finding can point at ``inputSchema.properties.note.description``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterator

__all__ = ["strings", "normalise", "fold", "invisible", "show", "snippet", "evidence", "INVISIBLE_RANGES"]

# Schema keywords whose values are machine vocabulary, not prose a model is asked to follow.
_SKIP_VALUES = {"type", "format", "$schema", "$ref", "$id", "pattern", "contentEncoding", "contentMediaType",
                "mimeType", "uri", "uriTemplate"}
_MAX_DEPTH = 32

# (first, last, what): characters a person does not see but a model reads.
INVISIBLE_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x200B, 0x200F, "zero-width or direction mark"),
    (0x202A, 0x202E, "bidirectional override"),
    (0x2060, 0x2064, "invisible operator or word joiner"),
    (0x2066, 0x2069, "bidirectional isolate"),
    (0xFEFF, 0xFEFF, "zero-width no-break space"),
    (0x00AD, 0x00AD, "soft hyphen"),
    (0x180E, 0x180E, "Mongolian vowel separator"),
    (0xE0000, 0xE007F, "Unicode tag character"),
    (0xFE00, 0xFE0F, "variation selector"),
    (0xE0100, 0xE01EF, "variation selector"),
)


def _invisible_kind(cp: int) -> str | None:
    for first, last, what in INVISIBLE_RANGES:
        if first <= cp <= last:
            return what
    return None


def _click_marker(text: str, i: int) -> bool:
    """A backspace alone on its line is Click's "do not rewrap this paragraph" marker, which CLI
    docstrings turned into tool descriptions keep (mlflow's do)."""
    start = text.rfind("\n", 0, i) + 1
    end = text.find("\n", i)
    return text[start:len(text) if end < 0 else end].strip(" \t\b") == ""


def invisible(text: str) -> list[tuple[int, str]]:
    """Positions and kinds of invisible, bidirectional and tag characters (and raw control bytes)."""
    out = []
    for i, ch in enumerate(text):
        cp = ord(ch)
        if cp < 0x20 and ch not in "\t\n\r":
            if cp == 0x08 and _click_marker(text, i):
                continue
            out.append((i, "control character" if cp != 0x1B else "ANSI escape"))
        elif cp > 0x7F:
            kind = _invisible_kind(cp)
            if kind and not _emoji_glue(text, i, cp) and not _script_joiner(text, i, cp):
                out.append((i, kind))
    return out


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF


def _emoji_glue(text: str, i: int, cp: int) -> bool:
    """A joiner between two emoji, or a presentation selector after one, is how emoji are spelled."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if cp in (0xFE0E, 0xFE0F):
        return bool(before) and _is_symbol(before)
    if cp == 0x200D:
        return bool(before and after) and (_is_symbol(before) or ord(before) in (0xFE0F,)) and _is_symbol(after)
    return False


# Scripts whose spelling needs the zero-width (non-)joiner between letters: Persian and Urdu write
# prefixes and compounds with ZWNJ (می‌کند), and Indic scripts choose conjunct forms with ZWJ/ZWNJ.
_JOINER_SCRIPTS = ((0x0600, 0x06FF), (0x0700, 0x074F), (0x0750, 0x077F), (0x08A0, 0x08FF), (0x0900, 0x0DFF),
                   (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _in_joiner_script(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _JOINER_SCRIPTS) and unicodedata.category(ch)[0] in "LM"


def _script_joiner(text: str, i: int, cp: int) -> bool:
    """A ZWNJ or ZWJ between two letters of a script that spells with it is ordinary writing."""
    if cp not in (0x200C, 0x200D) or i == 0 or i + 1 >= len(text):
        return False
    return _in_joiner_script(text[i - 1]) and _in_joiner_script(text[i + 1])


def show(text: str) -> str:
    """The text with every invisible or control character written as an escape, so evidence is visible."""
    out = []
    for ch in text:
        cp = ord(ch)
        if (cp < 0x20 and ch not in "\n\t") or (cp > 0x7F and _invisible_kind(cp)):
            out.append(f"\\u{cp:04x}" if cp <= 0xFFFF else f"\\U{cp:08x}")
        elif ch == "\n":
            out.append("⏎")
        else:
            out.append(ch)
    return "".join(out)


def _tag_decode(text: str) -> str:
    """Unicode tag characters mirror ASCII (U+E0041 is a hidden 'A'): reveal what they spell."""
    return "".join(chr(ord(c) - 0xE0000) if 0xE0020 <= ord(c) <= 0xE007E else c for c in text)


_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """What the rules match against: tag characters revealed, compatibility forms folded, invisible
    characters dropped, whitespace collapsed, lower case."""
    text = unicodedata.normalize("NFKC", _tag_decode(text))
    text = "".join(ch for ch in text if not (ord(ch) > 0x7F and _invisible_kind(ord(ch))))
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _SPACE.sub(" ", text).strip().lower()


# "/// text", "%% text", "-- text", ";; text" at the start of a line: the comment markers of doc styles
# (Smithy, Erlang, MATLAB, Lua, Lisp; Gleam's "////" module comments; a batch file's "REM" and "::") would otherwise
# split a phrase that runs over two lines
_COMMENT_MARK = re.compile(r"(?m)^[ \t]*(-{2,3}|/{2,4}|%{1,2}|;{2,3}|::|[Rr][Ee][Mm])(?=[ \t]|$)")


# A single ";" (NASM, Lisp) or "'" (VBA, VBScript) also marks a comment, but only where it starts most lines:
# elsewhere a semicolon starts a clause and an apostrophe opens a quotation.
# Forth's "\" and Octave's "##" likewise: elsewhere a backslash continues a shell line and "##" opens a Markdown heading.
_LINE_MARKS = (re.compile(r"(?m)^[ \t]*(;)(?=[ \t]|$)"), re.compile(r"(?m)^[ \t]*(')(?=[ \t]|$)"),
               re.compile(r"(?m)^[ \t]*(\\)(?=[ \t]|$)"), re.compile(r"(?m)^[ \t]*(##)(?=[ \t]|$)"))
# " * " on the lines of a /** … */ block (Javadoc, JSDoc, TypeSpec, Kotlin, PHP): only where the text opens such a
# block, since elsewhere a "* " at a line's start is a Markdown bullet
_STAR_MARK = re.compile(r"(?m)^[ \t]*(\*)(?=[ \t]|$)")
_STAR_BLOCK = re.compile(r"/\*(?:[^*]|\*(?!/)){0,20000}\*/")
# "(* … *)" closed on each line (TLA+, OCaml, Coq, Pascal): "masked as **** *)" / "(* before they reach this tool"
# is one sentence; a single line so boxed is left alone, it may be a one-off aside
_BOXED = re.compile(r"(?m)^[ \t]*(\(\*)[^\n]{0,400}?(\*\))[ \t]*$")
# the same with "/* … */" closed on each line (PL/I, C and REXX boxed headers): "…the schedule is */ /* itself the
# client's instruction…" is one sentence
_BOXED_C = re.compile(r"(?m)^[ \t]*(/\*)[^\n]{0,400}?(\*/)[ \t]*$")
# "#" lines mostly stay as they are: the sentence splitter reads " # " as a break, which keeps the unpunctuated
# lines of shell and Ruby comments apart.  A "#" block of wrapped prose (Tcl, R, Nim headers: sentences that end
# in full stops and run over line ends) is read like the other comment styles, or "offer another class #
# without asking the member" would leave "without asking the member" standing alone.
_HASH_MARK = re.compile(r"(?m)^[ \t]*(#{1,2}'?)(?=[ \t]|$)")
# "> " on the lines of a Markdown blockquote: a note wrapped over "> asks for a / > refund to be sent…" is one
# sentence; the first line's ">" stays (it follows a blank line or a paragraph anyway)
_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(>{1,2})(?=[ \t]|$)")
_WORDED = re.compile(r"[ \t]*(?!```|~~~)[^\s#]")
_PROSE_END = re.compile(r"[.!?][\"')]?[ \t]*$")
# "…with send = 1; stopping\n# to check with the person…": a sentence wrapped over "#" lines is prose, even in a
# script's header where most lines are code and few end in a full stop
_WRAPPED = re.compile(r"(?m)[a-z,;][ \t]*\n[ \t]*#{1,2}[ \t]+[a-z]")


def _semicolon_runs(text: str, found: list[re.Match[str]]) -> set[int]:
    """";" marks on three or more lines in a row: a Rebol or Lisp comment block below a header of argument specs
    (``func [ … ][ ; Without approval … ; the tool returns a draft ]``) is prose however long the header is."""
    runs: list[list[re.Match[str]]] = []
    for m in found:
        if runs and text.count("\n", runs[-1][-1].end(), m.start()) == 1:
            runs[-1].append(m)
        else:
            runs.append([m])
    return {m.start(1) for run in runs if len(run) >= 3 for m in run}


def _comment_marks(text: str) -> set[int]:
    if "\n" not in text:
        return set()
    marks = {i for m in _COMMENT_MARK.finditer(text) for i in range(m.start(1), m.end(1))}
    lines = sum(1 for line in text.split("\n") if line.strip())
    for mark in _LINE_MARKS:
        found = list(mark.finditer(text))
        if len(found) >= 3 and len(found) >= 0.6 * lines:
            marks.update(i for m in found for i in range(m.start(1), m.end(1)))
        elif mark is _LINE_MARKS[0] and len(found) >= 3:
            marks.update(_semicolon_runs(text, found))
    if "/*" in text:
        for block in _STAR_BLOCK.finditer(text):
            stars = list(_STAR_MARK.finditer(text, block.start(), block.end()))
            if len(stars) >= 2:
                marks.update(m.start(1) for m in stars)
    for opener, box in (("(*", _BOXED), ("/*", _BOXED_C)):
        if opener in text:
            boxed = list(box.finditer(text))
            if len(boxed) >= 2:
                marks.update(i for m in boxed for g in (1, 2) for i in range(m.start(g), m.end(g)))
    line, at, previous = 0, 0, -2
    for m in _QUOTE_MARK.finditer(text):  # line numbers counted as the matches go: one pass over the text
        line += text.count("\n", at, m.start())
        at = m.start()
        if line == previous + 1:
            marks.update(range(m.start(1), m.end(1)))
        previous = line
    hashes = list(_HASH_MARK.finditer(text))
    if len(hashes) >= 3 and len(hashes) >= 0.6 * lines:
        worded = [line for line in text.split("\n") if line.lstrip().startswith("#") and line.strip("#' \t")]
        if sum(1 for line in worded if _PROSE_END.search(line)) >= max(2, len(worded) / 4) \
                or len(_WRAPPED.findall(text)) >= 3:
            # a "#" alone or before a code fence stays: the paragraph or the example ends there
            marks.update(i for m in hashes if _WORDED.match(text, m.end(1)) for i in range(m.start(1), m.end(1)))
    return marks


# Gherkin (Feature / Scenario / Given / When / Then) puts one step on each line and no full stop after it, so
# "Given the key is stored server-side / And the assistant must not ask for it" would read as one sentence;
# where a text is laid out that way, the line break before each step or heading ends a sentence.
_GHERKIN_HEAD = re.compile(r"(?im)^[ \t]*(?:feature|background|scenario(?: outline| template)?|examples|rule):")
_GHERKIN_LINE = re.compile(r"(?im)(?<=[^.!?\s])[ \t]*(\n)(?=\s*(?:(?:given|when|then|and|but)\b|\*[ \t]|"
                           r"(?:feature|background|scenario(?: outline| template)?|examples|rule):))")
_GHERKIN_STEP = re.compile(r"(?im)^[ \t]*(?:given|when|then)\b")


def _step_breaks(text: str) -> set[int]:
    if "\n" not in text or not _GHERKIN_HEAD.search(text) or len(_GHERKIN_STEP.findall(text)) < 2:
        return set()
    return {m.start(1) for m in _GHERKIN_LINE.finditer(text)}


@lru_cache(maxsize=4096)  # the same description is folded by several checks of one tool
def fold(text: str) -> tuple[str, tuple[int, ...]]:
    """``normalise`` that also returns, for each folded character, its index in the raw text,
    so a match on the folded text can quote the raw text it came from.  Comment markers that
    start a line of a multi-line text are read as space."""
    out: list[str] = []
    where: list[int] = []
    space = True
    marks = _comment_marks(text)
    breaks = _step_breaks(text)
    for i, ch in enumerate(text):
        if i in marks:
            ch = " "
        elif i in breaks:
            # the newline itself becomes the full stop (and the indentation after it the space)
            out.append(".")
            where.append(i)
            space = False
            continue
        cp = ord(ch)
        if 0xE0020 <= cp <= 0xE007E:
            ch = chr(cp - 0xE0000)
        elif cp > 0x7F and _invisible_kind(cp):
            continue
        for piece in unicodedata.normalize("NFKC", ch).lower():
            if piece.isspace():
                if space:
                    continue
                piece, space = " ", True
            else:
                space = False
            piece = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}.get(piece, piece)
            out.append(piece)
            where.append(i)
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    if not text.isascii():
        _unconfuse(out)
    return "".join(out), tuple(where)


# Cyrillic and Greek letters that look like Latin ones.  Inside a word that also has Latin letters
# ("ignоre" with a Cyrillic о) they are read as Latin; a Russian or Greek word is left alone.
_CONFUSABLE = {"а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
               "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "α": "a", "ε": "e",
               "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x"}


def _unconfuse(chars: list[str]) -> None:
    for i, ch in enumerate(chars):
        if ch in _CONFUSABLE and ((i > 0 and chars[i - 1].isascii() and chars[i - 1].isalpha())
                                  or (i + 1 < len(chars) and chars[i + 1].isascii() and chars[i + 1].isalpha())):
            chars[i] = _CONFUSABLE[ch]


def evidence(raw: str, where: tuple[int, ...], start: int, end: int, pad: int = 40, limit: int = 240) -> str:
    """The raw text behind folded span ``start:end``, with context, invisible characters shown."""
    if not where:
        return show(raw[:limit])
    lo = where[min(start, len(where) - 1)]
    hi = where[min(max(end - 1, start), len(where) - 1)] + 1
    return show(snippet(raw, lo, hi, pad, limit))


def snippet(text: str, start: int, end: int, pad: int = 40, limit: int = 240) -> str:
    """The matched text with a little context either side, shortened to ``limit`` characters."""
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    piece = text[lo:hi]
    if len(piece) > limit:
        piece = piece[:limit] + "…"
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(text) else "")


def strings(value: Any, path: str = "", depth: int = 0, key: str | None = None) -> Iterator[tuple[str, str, str]]:
    """Every string of a JSON value as ``(location, role, text)``.

    ``role`` is ``name`` for property names, else the key holding the string (``description``,
    ``title``, ``enum``, ``default``, ``examples``...).  Values of schema vocabulary keys are skipped.
    """
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        if key not in _SKIP_VALUES:
            yield path, key or "value", value
    elif isinstance(value, dict):
        for k, v in value.items():
            k = str(k)
            sub = f"{path}.{k}" if path else k
            if key == "properties":
                yield sub, "property", k
            yield from strings(v, sub, depth + 1, k if key not in ("enum", "examples") else key)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from strings(v, f"{path}[{i}]", depth + 1, key)
