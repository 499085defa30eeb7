"""Page chrome and repeated titles (SPEC §1 steps 5 and 6).

Everything here works on whole lines, with the patterns of
``govtext/data/boilerplate.toml``. The headline is the line standing before the
page's dateline (``发布时间:…``, ``来源:…``); short lines above it are the host
site's header and go.

>>> page = "手机版\\n宝鸡先锋\\n\\n  锤炼作风\\n  时间:2024-02-22 点击数:\\n正文。\\n关闭\\n主办:某部"
>>> text, edits, title = strip_boilerplate(page)
>>> print(text)
<BLANKLINE>
  锤炼作风
  时间:2024-02-22 
正文。
<BLANKLINE>
>>> title
'锤炼作风'
"""
from __future__ import annotations

from functools import cache
from itertools import islice
from typing import Iterator

import regex

from govtext.data import load_toml
from govtext.offsets import Edit, apply_edits

__all__ = ["strip_boilerplate", "drop_repeated_title", "iter_lines", "find_title"]

_HEADER_LINES = 25  # the headline and dateline stand within this many lines of the top
_SENTENCE_PUNCT = regex.compile(r"[。，,！!？?；;]")


def iter_lines(text: str) -> Iterator[tuple[int, int, int]]:
    """Yield ``(start, end, next_start)`` per line; ``end`` excludes the newline."""
    pos, n = 0, len(text)
    while pos < n:
        nl = text.find("\n", pos)
        if nl < 0:
            yield pos, n, n
            return
        yield pos, nl, nl + 1
        pos = nl + 1


def _whole(patterns: list[str]):
    return regex.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", regex.V1)


class _LineTest:
    """Whether a whole line matches one of ``patterns``.

    A pattern that starts with ``.*`` is searched for instead (``.*ICP备.*`` as ``ICP备``,
    ``.*\\.(jpg|png)`` as ``\\.(jpg|png)`` at the end): the same lines, without every
    other pattern being tried again at every position of a long paragraph.
    """

    def __init__(self, patterns: list[str]):
        anchored = [p for p in patterns if not p.startswith(".*")]
        floating = [p[2:-2] if p.endswith(".*") else p[2:] + r"\Z" for p in patterns if p.startswith(".*")]
        self._whole = _whole(anchored) if anchored else None
        self._inside = _whole(floating) if floating else None

    def fullmatch(self, line: str) -> bool:
        return bool((self._whole and self._whole.fullmatch(line)) or (self._inside and self._inside.search(line)))


@cache
def _patterns():
    data = load_toml("boilerplate.toml")
    return {
        "drop": _LineTest(data["lines"]["drop"]),
        "cut": _LineTest(data["lines"]["cut"]),
        "inline": _whole(data["inline"]["remove"]),
        "prefix": regex.compile("^\\s*(?:" + "|".join(data["title"]["prefixes"]) + ")"),
        "dateline": _LineTest(data["title"]["dateline"]),
        "subtitle": _LineTest(data["title"]["subtitle"]),
    }


def _is(kind: str, line: str) -> bool:
    return _patterns()[kind].fullmatch(line.strip())


def find_title(text: str) -> tuple[int, int] | None:
    """The span (stripped) of the headline line: the line before the page's dateline."""
    rows = list(islice(((s, e) for s, e, _ in iter_lines(text) if text[s:e].strip()), _HEADER_LINES))
    for i, (s, e) in enumerate(rows):
        if not _is("dateline", text[s:e]):
            continue
        for ps, pe in reversed(rows[:i]):
            line = text[ps:pe]
            if _is("subtitle", line) or _is("dateline", line) or _is("drop", line):
                continue
            if len(line.strip()) > 80 or line.rstrip().endswith("。"):
                return None
            lead = len(line) - len(line.lstrip())
            return ps + lead, ps + len(line.rstrip())
        return None
    return None


def strip_boilerplate(text: str) -> tuple[str, list[Edit], str | None]:
    """Remove page chrome; return ``(text, edits, title)``.

    ``title`` is the headline (title prefixes such as ``实时:`` cut) or ``None``.
    """
    pats = _patterns()
    is_cut, is_drop = pats["cut"].fullmatch, pats["drop"].fullmatch
    any_inline = pats["inline"].search(text) is not None  # most pages have none: no search per line
    title_span = find_title(text)
    edits: list[Edit] = []
    title = None
    for s, e, nxt in iter_lines(text):
        line = text[s:e]
        if title_span and s <= title_span[0] < nxt:
            prefix = pats["prefix"].match(text, title_span[0], e)
            if prefix and prefix.end() > title_span[0]:
                edits.append(Edit(title_span[0], prefix.end(), ""))
            title = text[prefix.end() if prefix else title_span[0]:title_span[1]].strip() or None
            continue
        in_header = title_span is not None and nxt <= title_span[0]
        inline = [m.span() for m in pats["inline"].finditer(text, s, e) if m.end() > m.start()] if any_inline else []
        # judge the line as it reads once inline chrome is gone, so a second pass finds nothing
        bare = _without(line, [(a - s, b - s) for a, b in inline]) if inline else line
        stripped = bare.strip()
        if not in_header and s > 0 and is_cut(stripped):
            edits.append(Edit(s, len(text), ""))
            break
        if is_drop(stripped) or (in_header and _is_header_chrome(bare)) or (inline and not stripped):
            if stripped or inline:
                edits.append(Edit(s, nxt, ""))  # the whole line goes, 【资料图】 alone included
                continue
        edits.extend(Edit(a, b, "") for a, b in inline)
    return apply_edits(text, edits), edits, title


def _without(line: str, spans: list[tuple[int, int]]) -> str:
    parts, pos = [], 0
    for a, b in spans:
        parts.append(line[pos:a])
        pos = b
    return "".join(parts) + line[pos:]


def _is_header_chrome(line: str) -> bool:
    """A short line above the headline that is no dateline or subtitle: the host site's."""
    stripped = line.strip()
    return (
        bool(stripped)
        and len(stripped) <= 30
        and not _SENTENCE_PUNCT.search(stripped)
        and not _is("dateline", stripped)
        and not _is("subtitle", stripped)
    )


def drop_repeated_title(text: str, title: str | None, twin: str | None = None) -> tuple[str, list[Edit]]:
    """Remove lines that repeat the headline, part of it, or its traditional ``twin``.

    The first full headline line stays. A part must be at least six characters and
    half the headline, so that a short heading that happens to occur in the title stays.
    """
    if not title:
        return text, []
    edits, seen_title = [], False
    candidates = {title} | ({twin} if twin else set())
    longest = max(map(len, candidates))
    for s, e, nxt in iter_lines(text):
        if e - s > longest and len(text[s:e].strip()) > longest:
            continue  # a paragraph: longer than any headline it could repeat
        line = text[s:e].strip()
        if not line:
            continue
        if line == title and not seen_title:
            seen_title = True
            continue
        if any(line == t or (len(line) >= max(6, len(t) // 2) and line in t) for t in candidates):
            if seen_title or line != title:
                edits.append(Edit(s, nxt, ""))
    if not edits:
        return text, []
    return apply_edits(text, edits), edits
