"""Quantities (SPEC §4): amounts, counts, sums, rates, multiples and ages.

Numbers are found with one pattern; each is read as prefix + number
[+ range] + magnitude + unit + suffix, checked against the SPEC's exclusions
(dates, durations, ordinals, grades, articles, numbers inside slogans), then
given ``approx``, ``kind`` and ``year`` by the rules of §4. The word lists live
in ``govtext/data/quantities.toml``.

>>> from govtext.segment import Doc
>>> doc = Doc("2022年一季度全县生产总值预计完成30.37亿元,同比增长7.9%;引进项目95个。")
>>> [(q.text, q.value, q.unit, q.kind, q.year) for q in extract_quantities(doc)]
[('30.37亿元', 3037000000, '元', 'estimate', 2022), ('7.9%', 7.9, '%', 'estimate', 2022), ('95个', 95, '个', 'actual', 2022)]
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

import regex

from govtext.data import alternatives, load_toml, longest_first
from govtext.extract.numerals import parse_chinese, parse_number
from govtext.record import Quantity

_re = cache(regex.compile)  # patterns written inline, compiled once

__all__ = ["extract_quantities", "read_quantity"]

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN = f"[{_CN_DIGITS}十百千万亿]+"
_ARABIC = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_NUMBER = regex.compile(f"{_ARABIC}|{_CN}")
_ARABIC_ONLY = regex.compile(_ARABIC)
_CN_ONLY = regex.compile(_CN)
_YEAR = regex.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:年度?|-[0-9]{1,2}-[0-9]{1,2})")
_RATE_UNITS = {"%", "‰", "百分点", "倍", "成"}


@dataclass(frozen=True)
class _Lists:
    units: tuple[str, ...]
    excluded_units: tuple[str, ...]
    magnitudes: tuple[str, ...]
    prefixes: tuple[str, ...]
    infixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    outside_more: tuple[str, ...]
    range_marks: tuple[str, ...]
    approx: dict[str, str]
    lexicalised: regex.Pattern
    ordinal_before: tuple[str, ...]
    ordinal_units: tuple[str, ...]
    tier_unit: str
    tier_chars: str
    prefix_blockers: tuple[str, ...]
    bare_more: str
    article_counters: tuple[str, ...]
    frequency_unit: str
    kind: dict
    year: dict
    cue_pattern: regex.Pattern
    candidate: regex.Pattern
    change_pattern: regex.Pattern
    not_cue_pattern: regex.Pattern
    other_verb_pattern: regex.Pattern


def _alternation(words) -> regex.Pattern:
    return regex.compile(alternatives(words))


@cache
def lists() -> _Lists:
    """The §4 lists of ``quantities.toml``, compiled once."""
    d = load_toml("quantities.toml")
    kind = d["kind"]
    approx = {w: label for label in ("more", "about", "less") for w in d["approx"][label]}
    cue_words = (kind["target"] + kind["target_verb_cues"] + [kind["plan_cue"]] + kind["goal_cues"]
                 + kind["estimate"] + kind["anchors"] + [kind["all_clauses_marker"]])
    cue_re = "|".join([alternatives(cue_words)] + kind["anchor_patterns"])
    return _Lists(
        units=longest_first(d["units"]["measure"]),
        excluded_units=longest_first(d["units"]["excluded"]),
        magnitudes=longest_first(d["numerals"]["magnitudes"]),
        prefixes=longest_first(d["span"]["prefixes"]),
        infixes=tuple(d["span"]["infixes"]),
        suffixes=longest_first(d["span"]["suffixes"]),
        outside_more=longest_first(d["span"]["outside_more"]),
        range_marks=tuple(d["span"]["range_marks"]),
        approx=approx,
        lexicalised=_alternation(d["numerals"]["lexicalised"]),
        ordinal_before=longest_first(d["exclusions"]["ordinal_before"]),
        ordinal_units=tuple(d["numerals"]["ordinal_units"]),
        tier_unit=d["numerals"]["tier_unit"],
        tier_chars=d["numerals"]["tier_chars"],
        prefix_blockers=tuple(d["span"]["prefix_blockers"]),
        bare_more=d["span"]["bare_more"],
        article_counters=longest_first(d["exclusions"]["article_counters"]),
        frequency_unit=d["exclusions"]["frequency_unit"],
        kind=kind,
        year=d["year"],
        cue_pattern=regex.compile(cue_re),
        candidate=_candidate_pattern(d),
        change_pattern=_alternation(kind["change"]),
        not_cue_pattern=_alternation(kind["not_cues"]),
        other_verb_pattern=_alternation(kind["other_verbs"]),
    )


def _candidate_pattern(d: dict) -> regex.Pattern:
    """Where a quantity can start: an Arabic number, or a Chinese one followed (after an
    infix such as 余) by a unit, a date or duration unit, or a range mark: a Chinese
    numeral needs one of them (``read_quantity``), and most (统一, 进一步) have none."""
    follow = alternatives(d["units"]["measure"] + d["units"]["excluded"] + d["span"]["range_marks"])
    return regex.compile(f"{_ARABIC}|{_CN}(?=(?:{alternatives(d['span']['infixes'])})?(?:{follow}))")


_prefix_pattern = cache(_alternation)  # one compiled pattern per word list


@cache
def _suffix_pattern(words: tuple[str, ...]) -> tuple[regex.Pattern, int]:
    return regex.compile(f"(?:{alternatives(words)})\\Z"), max(map(len, words))


def _starts(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The longest of ``words`` that starts at ``pos`` (one compiled pattern per list)."""
    m = _prefix_pattern(words).match(text, pos)
    return m.group() if m else None


def _ends(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The longest of ``words`` that ends at ``pos``."""
    pattern, longest = _suffix_pattern(words)
    m = pattern.search(text, max(0, pos - longest), pos)
    return m.group() if m else None


@dataclass
class _Reading:
    start: int
    end: int
    value: float | int
    unit: str | None
    approx: str | None
    max: float | int | None = None
    article_one: bool = False


def _number_at(text: str, pos: int) -> tuple[float | int, int, bool] | None:
    """``(value, end, is_chinese)`` of the number at ``pos`` (magnitude not included for Arabic)."""
    m = _ARABIC_ONLY.match(text, pos)
    if m:
        return parse_number(m.group()), m.end(), False
    m = _CN_ONLY.match(text, pos)
    if not m:
        return None
    token = m.group()
    digits_only = all(c in _CN_DIGITS for c in token)
    if digits_only and len(token) > 1:
        return None  # 三四个 is indeterminate; 二〇二六 a year
    try:
        return parse_chinese(token), m.end(), True
    except ValueError:
        return None


def _magnitude(text: str, pos: int, lx: _Lists) -> tuple[int, int]:
    """Multiplier and end of a magnitude written after an Arabic number, if no unit starts there."""
    if _starts(text, pos, lx.units):
        return 1, pos
    mag = _starts(text, pos, lx.magnitudes)
    if not mag:
        return 1, pos
    return parse_chinese(mag), pos + len(mag)


def _unit(text: str, pos: int, lx: _Lists, number_start: int | None = None) -> tuple[str | None, int, bool]:
    """``(unit, end, excluded)``: the longest unit at ``pos``; excluded if a date/duration unit is as long.

    N级 is a unit only as a count of tiers listed right before the number (省市县乡村五级).
    """
    unit = _starts(text, pos, lx.units)
    bad = _starts(text, pos, lx.excluded_units)
    if bad == lx.tier_unit and number_start is not None and _tiers_before(text, number_start, lx):
        return bad, pos + len(bad), False
    if bad and (not unit or len(bad) >= len(unit)):
        return None, pos, True
    if unit:
        return unit, pos + len(unit), False
    return None, pos, False


def read_quantity(text: str, pos: int, lx: _Lists | None = None) -> _Reading | None:
    """Read the quantity whose number starts at ``pos``, or ``None``.

    >>> r = read_quantity("力争培育进规纳限企业120家以上", 10)
    >>> (r.value, r.unit, r.approx, r.end)
    (120, '家', 'more', 16)
    """
    lx = lx or lists()
    first = _number_at(text, pos)
    if first is None:
        return None
    value, end, chinese = first
    token = text[pos:end]
    bare = chinese and all(c in "百千万亿" for c in token)  # 万亿, 千: a magnitude alone
    if chinese and token in ("零", "〇"):
        return None
    approx = None
    infix = _starts(text, end, lx.infixes)
    if infix and not chinese and _starts(text, end + 1, lx.magnitudes):
        end += 1  # 4000多万件
        approx = lx.approx[infix]
    mult, end = (1, end) if chinese else _magnitude(text, end, lx)
    has_magnitude = mult > 1 or (chinese and any(c in "万亿" for c in token))
    infix = _starts(text, end, lx.infixes)
    if infix and (_starts(text, end + 1, lx.units) or _starts(text, end + 1, lx.excluded_units)):
        end += 1
        approx = lx.approx[infix]
    value = value * mult
    high = None
    gap = 1 if text[end:end + 1] == " " and not chinese else 0  # "100 个"
    unit, u_end, excluded = _unit(text, end + gap, lx, pos)
    mark = _starts(text, u_end if unit else end, lx.range_marks)
    if mark:
        second = _number_at(text, (u_end if unit else end) + len(mark))
        if second is not None and second[2] == chinese:
            h_value, h_end, _ = second
            h_mult, h_end = (1, h_end) if chinese else _magnitude(text, h_end, lx)
            h_unit, h_u_end, h_excluded = _unit(text, h_end, lx)
            if not h_excluded and (h_unit or h_mult > 1) and (unit is None or unit == h_unit):
                if h_mult > 1 and mult == 1:
                    value *= h_mult  # 3-5万元: the magnitude is written once
                high = h_value * h_mult
                unit, u_end, excluded, end = h_unit, h_u_end, False, h_end
                has_magnitude = has_magnitude or h_mult > 1
    if excluded:
        return None
    if chinese and unit in lx.ordinal_units:
        return None  # 二期工程, 二十届
    if unit is None:
        if not has_magnitude or chinese:
            return None  # 148亿 counts; a Chinese numeral needs a unit
        u_end = end
    end = u_end
    if unit and text[end:end + 1] in "（(":  # 3.8万套（间）: a bracketed alternative unit
        close = _re(r"[（(]([^（）()]{1,3})[）)]").match(text, end)
        if close and _starts(close.group(1), 0, lx.units) == close.group(1):
            unit += close.group()
            end = close.end()
    suffix = _starts(text, end, lx.suffixes)
    if suffix and suffix not in lx.infixes:
        end += len(suffix)
        approx = approx or lx.approx[suffix]
    start = pos
    prefix = _ends(text, pos, lx.prefixes)
    if prefix and not (len(prefix) == 1 and _ends(text, pos, lx.prefix_blockers)):
        start -= len(prefix)
        approx = lx.approx.get(prefix) or approx
    elif bare and len(token) == 1 and text[pos - 1:pos] == lx.bare_more:
        start -= 1
        approx = "more"  # 上万支
    if approx is None and _ends(text, start, lx.outside_more):
        approx = "more"
    if unit and unit.startswith("个") and len(unit) > 1:
        unit = unit[1:]  # 2.2个百分点 → 百分点
    one = chinese and token == "一"
    return _Reading(start, end, _clean(value), unit, approx, None if high is None else _clean(high), one)


def _tiers_before(text: str, pos: int, lx: _Lists) -> bool:
    run = 0
    while pos - run - 1 >= 0 and text[pos - run - 1] in lx.tier_chars:
        run += 1
    return run >= 2


def _clean(v):
    if isinstance(v, float):
        v = round(v, 6)
        if v.is_integer():
            return int(v)
    return v


def _excluded_before(text: str, pos: int, lx: _Lists) -> bool:
    before = text[pos - 1] if pos else ""
    if before.isascii() and before.isalpha():
        return True  # G355, PM2.5, T1000
    if before in (":", "：") and pos >= 2 and text[pos - 2].isdigit():
        return True  # 1:2
    if before == "几" or (before == "数" and text[pos:pos + 1] in "十百千万"):
        return True  # 几百米, 数千人: indeterminate
    word = _ends(text, pos, lx.ordinal_before)
    if word == "前" and pos >= 2 and text[pos - 2] in "目提之以当此事空":
        return False  # 目前3家, 提前3天 are no rank
    return word is not None or before == "每"  # 每万人口 is a rate denominator


def _article(text: str, r: _Reading, clause: tuple[int, int], lx: _Lists) -> bool:
    """一 + measure word is an article, unless counted (仅一个) or a frequency (每半年一次)."""
    if _ends(text, r.start, lx.article_counters) or text[r.start] in "约近不":
        return False
    if r.unit == lx.frequency_unit:
        head = text[clause[0]:r.start]
        if _re(r"每[^，,；;。]{0,3}$").search(head) or _re(r"每(?:半年|年|季度?|月|周|日|天)").search(head):
            return False
        after = text[r.end:r.end + 1]
        if not after or after in "，,；;。！？!?\n":
            return False
    return True


def _cues(text: str, lo: int, hi: int, lx: _Lists) -> list[tuple[int, str, str]]:
    """``(position, word, role)`` of kind cues in ``text[lo:hi]``; role target/estimate/anchor/all."""
    kind = lx.kind
    blocked = [m.span() for m in lx.not_cue_pattern.finditer(text, max(0, lo - 4), min(len(text), hi + 4))]
    out = []
    for m in lx.cue_pattern.finditer(text, lo, hi):
        i, word = m.start(), m.group()
        if any(s <= i < e and (e - s) > len(word) for s, e in blocked):
            continue
        after = text[m.end():m.end() + 4]
        if word in kind["target"]:
            if _ends(text, i + len(word), tuple(kind["target_not_after"])):
                continue
            out.append((i, word, "target"))
        elif word in kind["target_verb_cues"]:
            if _starts(after, 0, longest_first(kind["target_verbs"])) and not after.startswith("到"):
                if not (word == "争取" and text[max(0, i - 2):i] == "对上"):
                    out.append((i, word, "target"))
        elif word == kind["plan_cue"]:
            if _starts(after, 0, longest_first(kind["plan_followers"])):
                out.append((i, word, "target"))
        elif word in kind["goal_cues"]:
            if after[:1] in kind["goal_followers"]:
                out.append((i, word, "target"))
        elif word in kind["estimate"]:
            out.append((i, word, "estimate"))
        elif word == kind["all_clauses_marker"]:
            out.append((i, word, "all"))
        else:
            out.append((i, word, "anchor"))
    return out


def _kind(text: str, r: _Reading, sentence: tuple[int, int], clause: tuple[int, int],
          readings: list[_Reading], lx: _Lists) -> str:
    lo = sentence[0]
    semi = max(text.rfind("；", lo, r.start), text.rfind(";", lo, r.start))
    window = semi + 1 if semi >= 0 else lo
    cues = _cues(text, window, r.start, lx)
    all_marker = any(role == "all" for _, _, role in cues)
    cues = [c for c in cues if c[2] != "all"]
    if cues:
        pos, word, role = cues[-1]
        if role == "target":
            return "target"
        if role == "estimate":
            same_clause = pos >= clause[0]
            if same_clause or all_marker or r.unit in _RATE_UNITS:
                return "estimate"
    if _changed(text, r, clause, readings, lx):
        return "change"
    return "actual"


def _changed(text: str, r: _Reading, clause: tuple[int, int], readings: list[_Reading], lx: _Lists) -> bool:
    """A change word governs the quantity: before it in its clause, no other verb or quantity between."""
    blocked = [m.span() for m in lx.not_cue_pattern.finditer(text, clause[0], r.start)]
    found = None
    for m in lx.change_pattern.finditer(text, clause[0], r.start, overlapped=True):
        if any(s <= m.start() < e and (e - s) > len(m.group()) for s, e in blocked):
            continue
        if m.group() == "增" and not regex.match(r"(?:超过|超|近)?[0-9０-９一二三四五六七八九十两百千万]",
                                                 text[m.end():m.end() + 3]):
            continue  # 增 as a word only right before its number (增5%); 增强, 增收 are other words
        if found is None or m.end() > found.end():
            found = m
    if found is None:
        return False
    between_start = found.end()
    between = text[between_start:r.start]
    if between[:1] in lx.kind["level_marks"] or between[-1:] in lx.kind["level_marks"]:
        return False  # 提高到84%: a level reached
    pieces, pos = [], between_start
    for other in readings:
        if between_start <= other.start and other.end <= r.start:
            after = text[other.end:other.end + 1]
            if after not in lx.kind["joiners"]:
                return False  # another quantity between, not joined by 和/、/及
            pieces.append(text[pos:other.start])
            pos = other.end + 1
    pieces.append(text[pos:r.start])
    rest = "".join(pieces)
    outside = _ends(rest, len(rest), lx.outside_more)
    if outside:
        rest = rest[: -len(outside)]
    return not lx.other_verb_pattern.search(rest)


def _year(text: str, r: _Reading, sentence: tuple[int, int], clause: tuple[int, int], lx: _Lists) -> int | None:
    y = lx.year
    if any(text.find(w, clause[0], r.start) >= 0 for w in y["average"]):
        return None
    candidates = []
    for m in _YEAR.finditer(text, sentence[0], sentence[1]):
        before = text[max(0, m.start() - 2):m.start()]
        after = text[m.end():m.end() + 2]
        if any(before.endswith(w) for w in y["skip_before"] if w != "从") or \
                (before.endswith("从") and any(after.startswith(w) for w in y["skip_after"] if w != "的")) or \
                any(after.startswith(w) for w in ("初起", "起", "以来")):
            continue
        candidates.append(m)
    before = [m for m in candidates if m.end() <= r.start]
    if before:
        m = before[-1]
        if any(text.find(w, m.end(), r.start) >= 0 for w in y["relative"]):
            return None
        return int(m.group(1))
    after = [m for m in candidates if m.start() >= r.end and m.end() <= clause[1]]
    return int(after[0].group(1)) if after else None


_SUBJECT = regex.compile(r"(?:的)?(\p{Han}{2,10}?)(?=[，,、；;。！？!?（(“”\s和及与等]|$)")


def _subject(text: str, r: _Reading, clause: tuple[int, int]) -> str | None:
    """The counted noun phrase: the Han words right after the quantity, else those before it."""
    m = _SUBJECT.match(text, r.end, clause[1])
    if m and not _NUMBER.search(m.group(1)):
        return m.group(1)
    head = text[clause[0]:r.start]
    m = _re(r"(\p{Han}{2,8})(?:超过|超|达到|达|突破|约|近)?$").search(head)
    return m.group(1) if m else None


def extract_quantities(doc) -> list[Quantity]:
    """Every quantity of a :class:`~govtext.segment.Doc`, in text order."""
    text, lx = doc.text, lists()
    blocked = sorted((s.start, s.end) for s in doc.results.get("slogans", []) if s.kind == "numbered")
    lexical = [m.span() for m in lx.lexicalised.finditer(text)]
    readings: list[_Reading] = []
    m = lx.candidate.search(text)
    while m:
        r = _read_checked(text, m.start(), lexical, blocked, doc, lx)
        if r is not None:
            readings.append(r)
        m = lx.candidate.search(text, r.end if r is not None else m.start() + 1)
    out = []
    for r in readings:
        sentence, clause = doc.sentence_of(r.start), doc.clause_of(r.start)
        out.append(Quantity(
            text=text[r.start:r.end], value=r.value, unit=r.unit, approx=r.approx,
            kind=_kind(text, r, sentence, clause, readings, lx), year=_year(text, r, sentence, clause, lx),
            subject=_subject(text, r, clause), start=r.start, end=r.end, max=r.max,
        ))
    return out


def _read_checked(text, pos, lexical, blocked, doc, lx) -> _Reading | None:
    """The quantity at ``pos`` after every exclusion of §4, or ``None``."""
    if _inside(lexical, pos) or _inside(blocked, pos) or _excluded_before(text, pos, lx):
        return None
    r = read_quantity(text, pos, lx)
    if r is None or _inside(blocked, r.end - 1):
        return None
    if r.article_one and _article(text, r, doc.clause_of(pos), lx):
        return None
    return r


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_left(spans, (pos + 1,)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
