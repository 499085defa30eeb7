"""Text decoded with the wrong codec, re-decoded where the round trip is exact.

- UTF-8 read as GBK (浠庝弗绠″共閮 → 从严管干部): the run's GBK bytes are valid UTF-8.
- GBK read as Latin-1/cp1252 (ÖÐ¹ú → 中国): the run's Latin bytes are valid GBK.
- UTF-8 read as cp1252 (æ–°é—» → 新闻): fixed by ftfy (``uncurl_quotes=False``), only
  where the run was detected.

A run is re-decoded only when the new reading is CJK text the language model
prefers clearly; clean text is never touched. 锟斤拷 and U+FFFD cannot be
undone: :func:`unrecoverable` finds them for warnings.

>>> fix_wrong_codec("通知：" + "从严管理干部".encode("utf-8").decode("gbk") + "。")[0]
'通知：从严管理干部。'
>>> fix_wrong_codec("ÖÐ¹ú¹²²úµ³")[0]
'中国共产党'
>>> fix_wrong_codec("æ–°é—»")[0]
'新闻'
"""
from __future__ import annotations

from functools import cache

import regex

from govtext.offsets import Edit, apply_edits

__all__ = ["fix_wrong_codec", "unrecoverable"]

_GBK_RUN = regex.compile(r"[^\x00-\x7f\s]{3,}")  # what GBK reads two bytes at a time: Han, symbols, box drawing, bopomofo …
_LATIN_RUN = regex.compile(r"[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                           r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2,}")
# a Latin-1 character that clean Chinese text does not hold (it does hold × · ° ± ² ³: ××县)
_LATIN1 = regex.compile(r"[\u0080-\u00ff--[×·°±÷²³¹µ¼½¾\u00a0]]", regex.V1)
_LATIN1_ANY = regex.compile(r"[\u0080-\u00ff]")
_CJK = regex.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027]")  # with ——“”…
_UNRECOVERABLE = regex.compile(r"(?:锟斤拷)+|\ufffd+")
_MARGIN = 1.5  # log-score per character the new reading must gain
_SUSPECT = -7.5  # a Han run scoring above this per character reads as Chinese already


def _per_char(text: str) -> float:
    from govtext.normalize.lm import model

    return model().score(text) / max(1, len(text))


@cache
def _vocabulary() -> frozenset[str]:
    """Characters the language model has seen (mojibake is made of rare ones)."""
    from govtext.normalize.lm import model

    return frozenset(g for g in model().counts if len(g) == 1)


@cache
def _common() -> frozenset[str]:
    """Characters the model knows, in both scripts (mojibake is made of the others)."""
    from govtext.normalize.script import _converter

    common = "".join(sorted(_vocabulary()))
    return frozenset(common + _converter("s2t").convert(common))


def _cjk_share(text: str) -> float:
    """Share of Han characters and CJK punctuation (（）、 count: 套（间）is Chinese)."""
    return len(_CJK.findall(text)) / max(1, len(text))


def _better(old: str, new: str) -> bool:
    return bool(new) and _cjk_share(new) >= 0.6 and _per_char(new) > _per_char(old) + _MARGIN


def _utf8_as_gbk(run: str) -> list[tuple[int, int, str]]:
    """Stretches of ``run`` whose GBK bytes are exactly valid UTF-8: ``(start, end, reading)``."""
    out, i = [], 0
    while i < len(run) - 2:
        best = None
        for j in range(len(run), i + 2, -1):
            try:
                best = (i, j, run[i:j].encode("gbk").decode("utf-8"))
                break
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        if best:
            out.append(best)
            i = best[1]
        else:
            i += 1
    return out


def _latin(run: str) -> list[tuple[int, int, str]]:
    """GBK or UTF-8 bytes shown as Latin-1/cp1252: the better of the exact readings."""
    readings = []
    for codec in ("cp1252", "latin-1"):
        try:
            data = run.encode(codec)
        except UnicodeEncodeError:
            continue
        for target in ("gbk", "utf-8"):
            try:
                readings.append(data.decode(target))
            except UnicodeDecodeError:
                pass
    import ftfy

    fixed = ftfy.fix_text(run, uncurl_quotes=False)
    if fixed != run:
        readings.append(fixed)
    if not readings:
        return []
    return [(0, len(run), max(readings, key=_per_char))]


# characters that UTF-8 read as GBK is made of and Chinese text rarely holds: uncommon Han,
# bopomofo, box drawing, Greek and Cyrillic letters (the GBK symbol rows)
_GBK_ODDITY = regex.compile(r"[\u3400-\u9fff\U00020000-\U0003ffff\u3100-\u312f\u2500-\u257f"
                            r"\u0391-\u03c9\u0401-\u0451]")
# three UTF-8 sequences of CJK width in a row: what UTF-8 read as GBK leaves in the GBK bytes
_UTF8_IN_GBK = regex.compile(rb"(?:[\xe0-\xef][\x80-\xbf]{2}){3}")


def fix_wrong_codec(text: str) -> tuple[str, list[Edit]]:
    """Re-decode runs of wrong-codec text; return ``(text, edits)`` (kind ``codec``)."""
    edits = []
    if _LATIN1.search(text):  # every run tried below holds such a letter
        for m in _LATIN_RUN.finditer(text):
            if len(_LATIN1_ANY.findall(m.group())) < 2 or not _LATIN1.search(m.group()):
                continue  # curly quotes, dashes and ×× alone are Chinese text, not mojibake
            for s, e, new in _latin(m.group()):
                old = m.group()[s:e]
                if new != old and _better(old, new):
                    edits.append(Edit(m.start() + s, m.start() + e, new, kind="codec", verified=True))
    rare_chars = set()
    if _UTF8_IN_GBK.search(text.encode("gbk", errors="replace")):  # one C pass rules out clean text
        rare_chars = {c for c in set(text) - _common() if _GBK_ODDITY.match(c)}
    if len(rare_chars) >= 2:
        rare_re = regex.compile("[" + regex.escape("".join(sorted(rare_chars))) + "]")
        runs = {}
        for r in rare_re.finditer(text):  # only the runs that hold rare characters
            m = _GBK_RUN.search(text, max(0, r.start() - 200), r.end() + 200)
            while m and m.end() <= r.start():
                m = _GBK_RUN.search(text, m.end(), r.end() + 200)
            if m and m.start() <= r.start() < m.end():
                runs[m.span()] = m.group()
        for (start, _), run in sorted(runs.items()):
            rare = len(rare_re.findall(run))
            if rare < 2 or rare < 0.25 * len(run) or _per_char(run) > _SUSPECT:
                continue  # ordinary Chinese (its characters are common ones): not worth trying
            for s, e, new in _utf8_as_gbk(run):
                old = run[s:e]
                if _better(old, new):
                    edits.append(Edit(start + s, start + e, new, kind="codec", verified=True))
    if not edits:
        return text, []
    edits.sort(key=lambda e: e.start)
    kept, end = [], -1
    for e in edits:
        if e.start >= end:
            kept.append(e)
            end = e.end
    return apply_edits(text, kept), kept


def unrecoverable(text: str) -> list[tuple[int, int]]:
    """Spans of 锟斤拷 and U+FFFD: what a lossy decoding destroyed."""
    return [m.span() for m in _UNRECOVERABLE.finditer(text)]
