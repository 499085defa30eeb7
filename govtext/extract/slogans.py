"""Slogans (SPEC §2): numbered formulations and quoted mottos.

Numbered formulations are found by their shape and a naming signal — the
whole content of a quotation, a part of a non-speech quotation, the same string
quoted elsewhere, or a head ending in 行动/攻坚/战略 … — never from a list of
known slogans. Quoted slogans are quotations that read as mottos, catchphrases
or campaign names, not speech, names or nouns. The lists live in
``govtext/data/slogans.toml``.

>>> from govtext.segment import Doc
>>> doc = Doc("以强基固本、能力提升、作风整顿、创先争优“四个行动”为抓手，推进七项战略行动。")
>>> [(s.text, s.number, s.head, s.components) for s in extract_slogans(doc)]
[('四个行动', 4, '行动', ['强基固本', '能力提升', '作风整顿', '创先争优']), ('七项战略行动', 7, '战略行动', [])]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from govtext.data import alternatives, load_toml, longest_first
from govtext.extract.numerals import DIGITS, parse_chinese
from govtext.extract.quotes import Quote, quotations
from govtext.record import Slogan

_re = cache(regex.compile)  # patterns written inline, compiled once

__all__ = ["extract_slogans", "number_and_head", "is_formulation"]

_CN = "零〇一二两三四五六七八九十百千万亿"
_NUMERAL = regex.compile(rf"[0-9０-９]+|双|[{_CN}]+")
_HAS_NUMERAL = regex.compile(rf"[0-9０-９{_CN}双]")
_SENTENCE_END = regex.compile(r"[。！？!?]")


@dataclass(frozen=True)
class _Lists:
    measure: tuple[str, ...]
    head_signals: tuple[str, ...]
    head_blockers: tuple[str, ...]
    separators: str
    excluded: frozenset[str]
    excluded_patterns: regex.Pattern
    excluded_inside: regex.Pattern  # the excluded words of two characters or more, found anywhere
    project_endings: tuple[str, ...]
    quoted: dict
    components: dict


@cache
def lists() -> _Lists:
    """The §2 lists of ``slogans.toml``, compiled once."""
    d = load_toml("slogans.toml")
    n = d["numbered"]
    return _Lists(
        measure=tuple(n["measure_words"]), head_signals=longest_first(n["head_signals"]),
        head_blockers=tuple(n["head_signal_blockers"]), separators=n["separators"],
        excluded=frozenset(n["excluded"]),
        excluded_patterns=regex.compile("|".join(n["excluded_patterns"])),
        excluded_inside=regex.compile("|".join(regex.escape(w) for w in n["excluded"] if len(w) >= 2)),
        project_endings=tuple(n["project_endings"]), quoted=d["quoted"], components=d["components"],
    )


# --- numbered formulations -----------------------------------------------

def _numeral_value(token: str) -> int:
    """Value of a Chinese numeral group; digit lists (八八, 一二三五) give their first digit."""
    if token == "双":
        return 2
    if len(token) > 1 and all(c in DIGITS for c in token):
        return DIGITS[token[0]]
    try:
        return parse_chinese(token)
    except ValueError:
        return DIGITS.get(token[0], 0)


def number_and_head(text: str, lx: _Lists | None = None) -> tuple[int | None, str | None]:
    """``number`` and ``head`` of a formulation (SPEC §2).

    >>> [number_and_head(s) for s in ("四个行动", "四不两直", "八八战略", "1+N", "双破百", "千名干部东部行", "77789")]
    [(4, '行动'), (4, '不'), (8, '战略'), (1, None), (2, '破百'), (1000, '干部东部行'), (7, None)]
    """
    lx = lx or lists()
    m = _NUMERAL.search(text)
    if not m:
        return None, None
    token = m.group().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if token[0].isdigit():
        # a quoted Arabic code (77789, 2115) gives its first digit; 50+, 14+1, 40条 their number
        number = int(token[0]) if text.strip().isdigit() else int(token)
    else:
        number = _numeral_value(token)
    pos = m.end()
    for mw in lx.measure:
        if text.startswith(mw, pos) and pos + len(mw) < len(text):
            pos += len(mw)
            break
    head = []
    for i, ch in enumerate(text[pos:]):
        if ch in lx.separators:
            break
        if i and _HAS_NUMERAL.match(ch) and pos + i < len(text) - 1:
            break  # the next numeral starts a new unit; a final numeral stays
        head.append(ch)
    head_text = "".join(head)
    return number, (head_text or None)


def is_formulation(s: str, lx: _Lists | None = None) -> bool:
    """Whether ``s`` is built on a numeral and is none of the SPEC's exclusions."""
    lx = lx or lists()
    if not s or len(s) > 24 or s in lx.excluded or _SENTENCE_END.search(s):
        return False
    numerals = _NUMERAL.findall(s)
    if not numerals:
        return False
    if all(n == "一" for n in numerals):
        return False  # 一 as the only numeral: 一把手, 一人一师
    if len(s) < 2:
        return False
    first = _NUMERAL.search(s)
    if first.end() == len(s) and first.start() > 0 and len(numerals) == 1:
        return False  # a numeral only at the end (店小二, 汉孝随襄十) names no formulation
    if lx.excluded_patterns.search(s) or _re(r"(?:19|20)\d{2}").fullmatch(s):
        return False
    if s.isdigit() and (len(s) < 3 or s[0] == "0"):
        return False  # a code names a programme with three digits or more (“211”, “77789”)
    if lx.excluded_inside.search(s):
        return False
    if s.endswith(lx.project_endings):
        after = s[first.end():first.end() + 1]
        if after not in lx.measure or "一" in s[first.end() + 1:]:
            return False  # 百亿工程, 五个一工程: one project's name
    return True


def _quoted_formulation(content: str, lx: _Lists) -> bool:
    """The whole content of a quotation is one numbered formulation (several parts allowed)."""
    parts = [p for p in _re(r"[、，,；;]").split(content) if p]
    if not parts:
        return False
    if len(parts) == 1:
        return is_formulation(content, lx) and not _verb_before_formulation(content, lx)
    # several numbered parts are one slogan (“四集中、两服务”, “两高地、两基地、一屏障”)
    return all(_NUMERAL.match(p) for p in parts) and any(is_formulation(p, lx) for p in parts)


def _verb_before_formulation(content: str, lx: _Lists) -> bool:
    """践行八八战略: a verb governs a formulation with a head of its own (the part counts, not the whole)."""
    m = _NUMERAL.search(content)
    if not m or m.start() == 0:
        return False
    rest = content[m.start():]
    _, head = number_and_head(rest, lx)
    if not head or len(head) < 2 or not is_formulation(rest, lx):
        return False
    return any(flag == "v" for _, flag in _plain_tags(content[:m.start()]))


def _parts_in_quote(text: str, q: Quote, lx: _Lists):
    """Numbered formulations inside a non-speech quotation: numeral to next separator."""
    s, e = q.inner
    i = s
    while i < e:
        m = _NUMERAL.search(text, i, e)
        if not m:
            return
        start = m.start()
        end = start  # the formulation runs from its numeral (践行八八战略 → 八八战略) to a separator
        while end < e and text[end] not in lx.separators:
            end += 1
        candidate = text[start:end]
        if is_formulation(candidate, lx) and (end - start) >= 2 and not _is_bare_count(candidate, lx):
            yield start, end
        i = end + 1


def _has_parts(content: str, lx: _Lists) -> bool:
    """A quotation long enough, or divided, to hold a formulation as one of its parts."""
    return len(content) > 6 or any(c in lx.separators for c in content) or _verb_before_formulation(content, lx)


def _is_bare_count(s: str, lx: _Lists) -> bool:
    """十项, 三个: a numeral and measure word with nothing after is a count, not a formulation."""
    m = _NUMERAL.match(s)
    rest = s[m.end():] if m else s
    return rest in lx.measure or rest == ""


def _head_signal_spans(text: str, quoted_spans, lx: _Lists):
    """Unquoted formulations whose head ends in 行动, 攻坚, 战略 … (七项战略行动, 百日攻坚)."""
    signals = "|".join(regex.escape(w) for w in lx.head_signals)
    pattern = regex.compile(rf"(?:[0-9]+|双|[{_CN}]+)[^\P{{Han}}等和及与的、]{{0,4}}(?:{signals})")
    for m in pattern.finditer(text, overlapped=True):
        start, end = m.start(), m.end()
        if m.group()[0] == "一" and _HAS_NUMERAL.search(m.group(), 1):
            continue  # 一轮三年行动: the formulation starts at 三
        if start and text[start - 1] == "第":
            continue
        if any(text.startswith(b, end) for b in lx.head_blockers):
            continue
        candidate = m.group()
        num = _NUMERAL.match(candidate)
        if candidate[num.end():num.end() + 1] == "大":
            continue  # unquoted N大 is a count
        if not is_formulation(candidate, lx):
            continue
        if any(s <= start < e for s, e in quoted_spans):
            continue
        if start and _HAS_NUMERAL.match(text[start - 1]):
            continue  # not the start of its numeral group
        yield start, end


# --- speech and quoted slogans ---------------------------------------------

def _is_speech(text: str, q: Quote, lx: _Lists, digits_count: bool = True) -> bool:
    """Reported speech or a statement (SPEC §2 "Not quoted slogans")."""
    content = q.content(text)
    ql = lx.quoted
    stripped = content.rstrip("。！？!?")
    if content[-1:] in "？！?!" or _SENTENCE_END.search(stripped):
        return True
    if any(m in stripped for m in ql["speech_markers"]):
        return True
    if digits_count and _re(r"[0-9０-９]").search(stripped):
        return True
    before = text[max(0, q.start - 3):q.start]
    if before.endswith((":", "：")):
        return True
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    if not text[line_start:q.start].strip() and not text[q.end:line_end].strip():
        return True  # alone on its line
    after = _re(r"[^，,。；;！？!?“\n]{0,20}").match(text, q.end).group()
    if after and any(after.endswith(v) for v in ql["speech_verbs"]):
        return True
    return False


@cache
def _pos_tagger():
    """jieba's part-of-speech tagger over govtext's tokenizer (policy words stay whole)."""
    import jieba.posseg

    from govtext.segment.jieba_backend import tokenizer

    return jieba.posseg.POSTokenizer(tokenizer())


@cache
def _plain_tagger():
    """jieba's tagger with its own dictionary only: policy words get real tags, not ``x``."""
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.POSTokenizer(jieba.Tokenizer())


def _is_verb_phrase(content: str) -> bool:
    """A verb phrase or clause, not a noun, place or idiom (jieba's POS tags)."""
    flags = [flag for _, flag in _plain_tags(content)]
    if len(flags) == 1 and flags[0] in ("i", "l", "n", "nz", "ns", "nr", "nt", "x"):
        return False  # one idiom or noun (摩拳擦掌, 开门红)
    if flags[-1].startswith("ns") or "的" in content:
        return False  # …贵州, 指尖上的形式主义: names and noun phrases
    if len(flags) >= 2 and flags[-1] in ("a", "l") and flags[0].startswith("n"):
        return True  # a clause with an adjectival or idiomatic predicate (社会文明程度高, 经济大省挑大梁)
    return any(f.startswith("v") or f == "p" for f in flags)


def _quoted_slogan(text: str, q: Quote, lx: _Lists, components) -> list[str] | None:
    """Components of the quotation if it is a quoted slogan, else ``None``."""
    ql = lx.quoted
    raw = q.content(text)
    content = raw.rstrip("。！？!?")
    if not content or _is_speech(text, q, lx) or "……" in content or len(content) > 40:
        return None
    if _quoted_formulation(content, lx):
        return None  # numbered, not quoted
    from govtext.extract.mechanisms import lexicon as mechanism_lexicon

    terms = mechanism_lexicon().terms
    after = text[q.end:q.end + 6]
    parts = [p.strip() for p in _re(r"[、，,；;\s·]+").split(content) if p.strip()]
    if terms.fullmatch(content) or terms.match(after):
        return None  # a mechanism, or part of one's name (“组织建设先锋”比拼)
    if len(parts) < 2 and terms.search(content):
        return None  # a quotation holding a term is a mechanism (§3 rule 2: “打擂攻坚”)
    named = None if _followed_by_campaign(after, ql) else \
        _alternation_after(r"\p{Han}{0,10}?", tuple(ql["name_followers"])).match(text[q.end:q.end + 16])
    if (named and (len(parts) < 2 or named.group().endswith(tuple(ql["list_heads"])))) \
            or (len(parts) < 2 and content.endswith(tuple(ql["name_endings"]))):
        return None  # names of projects, places, organisations, awards …; 正面、负面、倡导”清单
    if content in ql["fixed_nouns"] or content in components:
        return None
    if _names_examples(text, q, ql) or _after_title_cue(text, q, ql):
        return None
    if len(parts) < 2 and _place_named(content):
        return None  # 贵州村超, 清新福建: a brand or event named after a place
    if "+" in content or "＋" in content:
        if not (content.endswith(("+", "＋")) and _followed_by_campaign(after, ql)):
            return None
    last = parts[-1] if parts else content
    if any(m.end() == len(last) for m in terms.finditer(last, overlapped=True)):
        return None  # a mechanism, or a string whose last part is one
    if len(parts) >= 2:
        if all(len(p) == 1 for p in parts):
            verbs = sum(_plain_tags(p)[0][1].startswith("v") for p in parts)
            if verbs * 2 <= len(parts):
                return None  # 文、会、事: a list of work areas (拆、清、整、绿、建 are steps: verbs)
        if any(all(p.endswith(h) for p in parts) for h in ql["list_heads"]) or any(len(p) > 15 for p in parts):
            return None  # 一线工作法、项目工作法…: a list of methods; long parts are sentences
        return parts
    if _followed_by_campaign(after, ql) or content.endswith(ql["campaign_ending"]):
        return []
    if len(content) == ql["pair_length"]:
        verbal = content[0] == content[1] or any(f.startswith("v") for _, f in _plain_tags(content))
        return [] if verbal and _paired(text, q, ql) else None
    if ql["min_length"] <= len(content) <= ql["max_length"] and _is_verb_phrase(content):
        return []
    return None


_QUOTE_RUN = regex.compile(r"[“‘][^”’“‘\n]{1,20}[”’]")


def _run(text: str, q: Quote) -> tuple[int, int, int]:
    """The run of directly adjacent quotations holding ``q``: ``(start, end, count)``."""
    start, count = q.start, 1
    while start > 0:
        m = _re(r"[“‘][^”’“‘\n]{1,20}[”’]$").search(text[max(0, start - 24):start])
        if not m:
            break
        start -= len(m.group())
        count += 1
    end = q.end
    while True:
        m = _QUOTE_RUN.match(text, end)
        if not m:
            break
        end, count = m.end(), count + 1
    return start, end, count


def _names_examples(text: str, q: Quote, ql: dict) -> bool:
    """Quotations that list examples (“互助家政”“高原雪山向导”等特色劳务品牌) or members (“A”“B”“C”)."""
    _, end, count = _run(text, q)
    after = text[end:end + 20]
    if count >= ql["run_length"] and not _followed_by_campaign(after, ql):
        return True
    return bool(_alternation_after(r"等[^，,。；;！？!?、\n]{0,8}?", tuple(ql["example_categories"])).match(after))


@cache
def _alternation_after(lead: str, words: tuple[str, ...]) -> regex.Pattern:
    """``lead`` followed by one of ``words``, compiled once."""
    return regex.compile(lead + "(?:" + "|".join(map(regex.escape, words)) + ")")


def _after_title_cue(text: str, q: Quote, ql: dict) -> bool:
    """入选世界“最佳旅游乡村”: the quotation is the title won (it ends the phrase)."""
    if _re(r"\p{Han}").match(text[q.end:q.end + 1]):
        return False  # 入选全国“高效办成一件事”典型: the title is 典型
    before = text[max(0, q.start - 6):q.start]
    before = _re(r"[，,。；;！？!?、\n]").split(before)[-1]
    return any(cue in before for cue in ql["title_cues"])


def _place_named(content: str) -> bool:
    """The phrase starts or ends with the name of a province or prefecture."""
    from govtext.extract.gazetteer import gazetteer

    g = gazetteer()
    for n in range(2, min(len(content), 8)):
        for form in (content[:n], content[-n:]):
            codes = g.full.get(form) or g.short.get(form) or ()
            if any(g.units[c].level <= 2 for c in codes):
                return True
    return False


def _followed_by_campaign(after: str, ql: dict) -> bool:
    after = _re(r"^(?:[一二三四五六七八九十两]年|\d+年)").sub("", after)
    return any(after.startswith(w) for w in ql["campaign_followers"])


def _paired(text: str, q: Quote, ql: dict) -> bool:
    """A three-character quotation joined to another one directly or by a connective."""
    after = text[q.end:q.end + 20]
    before = text[max(0, q.start - 20):q.start]
    forward, backward = _pair_patterns(tuple(ql["pair_joiners"]))
    return bool(forward.match(after) or backward.search(before))


@cache
def _pair_patterns(joiners: tuple[str, ...]) -> tuple[regex.Pattern, regex.Pattern]:
    alts = alternatives(joiners)
    return (regex.compile(rf"(?:{alts})[“‘]([^”’]{{3,15}})[”’]"),
            regex.compile(rf"[“‘]([^”’]{{3,15}})[”’](?:{alts})$"))


# --- components -------------------------------------------------------------

_QUOTE_MARKS = "“”‘’「」『』\"'"
_CLAUSE_BREAK = regex.compile(r"[，,；;。！？!?：:\n]")


def _split_items(segment: str, number: int, lx: _Lists, joiners: bool = True) -> list[str]:
    """Members of a list: split on 、 (and on 和/及/与 before the last one), 等 dropped."""
    c = lx.components
    items = [i.strip(" ") for i in segment.split("、")]
    dropped = _re("(?:" + "|".join(c["dropped"]) + ")$")
    items = [dropped.sub("", i) for i in items if i.strip()]
    if joiners and items and len(items) < number:
        last = items[-1]
        for j in sorted(c["last_joiners"], key=len, reverse=True):
            if j in last[1:-1]:
                a, b = last.split(j, 1)
                items[-1:] = [a, b]
                break
    return [i for i in items if i]


def _usable(items: list[str]) -> bool:
    """Members are short phrases: no quotations, no 的, no counts (10所学校)."""
    return all(0 < len(i) <= 15 and not any(q in i for q in _QUOTE_MARKS) and "的" not in i
               and not _re(r"[0-9]+(?:\.[0-9]+)?[个所家项名人条%‰]").search(i) for i in items)


@lru_cache(maxsize=65536)
def _tags(item: str) -> tuple[tuple[str, str], ...]:
    """POS tags over govtext's tokenizer (policy words whole), HMM off for speed; cached.

    rjieba's tagger, when installed, gives jieba's tags but for numbers in Arabic
    digits (``m``; jieba's own says ``eng``), which are mapped back.
    """
    from govtext.segment.jieba_backend import fast_tokenizer

    fast = fast_tokenizer()
    if fast is not None:
        return tuple((w, "eng" if f == "m" and w.isascii() and w.isalnum() else f) for w, f in fast.tag(item, False))
    return tuple((w.word, w.flag) for w in _pos_tagger().cut(item, HMM=False))


@cache
def _rust_tagger():
    """rjieba's tagger with its own dictionary, when installed (no second Python dictionary in memory)."""
    from govtext.segment.jieba_backend import fast_tokenizer

    if fast_tokenizer() is None:
        return None
    import rjieba

    return rjieba.Jieba()


@lru_cache(maxsize=65536)
def _plain_tags(item: str) -> tuple[tuple[str, str], ...]:
    """POS tags over jieba's own dictionary (policy words get real tags, not ``x``), HMM off; cached."""
    rust = _rust_tagger()
    if rust is not None:
        return tuple(rust.tag(item, False))
    return tuple((w.word, w.flag) for w in _plain_tagger().cut(item, HMM=False))


def _trim_first(first: str, others: list[str], lx: _Lists) -> str:
    """Cut what stands before the list from its first item (以县级干部 → 县级干部).

    The cut falls after the last governing word (a preposition, a listed verb, or
    a verb where the other members are no verb phrases) that leaves a member of
    at least half the others' mean length.
    """
    tags = _tags(first)
    words = [w for w, _ in tags]
    mean = sum(map(len, others)) / len(others)
    others_verbal = any(_tags(o)[0][1] == "v" for o in others)
    leading = set(lx.components["leading_words"])
    cut = 0
    for i, (word, flag) in enumerate(tags[:-1]):
        rest = len("".join(words[i + 1:]))
        governing = word in leading or flag == "p" or (flag == "v" and not others_verbal) \
            or any(c in _QUOTE_MARKS for c in word)
        if governing and rest >= mean / 2:
            cut = i + 1
    first = "".join(words[cut:])
    second = others[0]
    if len(first) > len(second) + 1 and all(o[-1:] == first[-1:] for o in others):
        first = first[-len(second):]  # 峨山县县级干部 → 县级干部: a qualifier of the whole list
    return first


def _trim_last(last: str, others: list[str]) -> str:
    """Cut what follows the list from its last item.

    A verb governing the formulation (四好农村路实现“四个全覆盖”), or a predicate after
    a member that ends like the others (村(社区)干部纷纷站上擂台 → 村(社区)干部).
    """
    tail = _common_suffix(others)[-2:]
    if tail and not last.endswith(tail) and tail in last:
        return last[:last.index(tail) + len(tail)]
    tags = _tags(last)
    if len(tags) > 1 and tags[-1][1] == "v" and not any(_tags(o)[-1][1] == "v" for o in others):
        return "".join(w for w, _ in tags[:-1])
    return last


def _common_suffix(items: list[str]) -> str:
    out = ""
    for chars in zip(*(reversed(i) for i in items)):
        if len(set(chars)) > 1:
            break
        out = chars[0] + out
    return out if len(items) > 1 else ""


def _trim(items: list[str], lx: _Lists) -> list[str]:
    items = list(items)
    items[-1] = _trim_last(items[-1], items[:-1])
    items[0] = _trim_first(items[0], items[1:], lx)
    return items


def _list_before(text: str, start: int, end: int, number: int, lx: _Lists) -> list[str] | None:
    """The members listed right before the mention, in its clause, separated by 、."""
    if text[end:end + 2].lstrip(_QUOTE_MARKS)[:1] == "、":
        return None  # the mention is itself one member of a longer list
    lo = start
    while lo > 0 and not _CLAUSE_BREAK.match(text[lo - 1]):
        lo -= 1
    segment = text[lo:start].rstrip(_QUOTE_MARKS + " ")
    items = _split_items(segment, number, lx, joiners=False)
    if len(items) < number:
        return None
    chosen = _trim(items[-number:], lx)
    return chosen if _usable(chosen) else None


_AFTER = regex.compile(
    r"[”’」』]?(?:[“‘][^”’]{1,8}[”’])*"               # other formulations of the same heading
    r"(?:[\p{Han}]{0,4}[：:]\s*|\s*[，,]\s*|)"          # “六个一”全覆盖：, “四包机制”，
    r"(?:即为|即|是指|指|包括|主要是|分别是|为|是)?[：:]?")


def _list_after(text: str, end: int, number: int, lx: _Lists, rank: int = 0) -> list[str] | None:
    """The members listed right after the mention (“四包机制”，县级领导包解难题、…; “两重”：A和B)."""
    rest = text[end:end + 400]
    m = _AFTER.match(rest)
    connector = m.group().strip(_QUOTE_MARKS)
    if not connector:
        return None  # the mention qualifies what follows (“两重”项目): no list
    defines = bool(_re(r"[：:]|即|指|包括|分别").search(connector))
    rest = rest[m.end():]
    rest = _re(r"[；;。！？!?]|\n(?=\S)").split(rest.lstrip("\n"))[0]
    groups = [g for g in _re(r"[，,]").split(rest) if g]
    matching = [items for items in (_split_items(g, number, lx) for g in groups) if len(items) == number]
    if not matching:
        return None
    items = matching[min(rank, len(matching) - 1)]
    if rank == 0 and _split_items(groups[0], number, lx) != items:
        return None  # the list must start right after the mention
    if not defines and "、" not in groups[0]:
        return None  # A和B after a comma is the sentence going on, not a member list
    return items if _usable(items) else None


def _list_in_next_clause(text: str, end: int, limit: int, number: int, lx: _Lists) -> list[str] | None:
    """A list of exactly ``number`` members in the clause right after a short one holding the mention
    (随着“三级干部擂台赛”的开展，峨山县县级干部、科级干部、村(社区)干部纷纷站上擂台)."""
    m = _re(r"[”’」』]?[^，,；;。！？!?：:\n]{0,4}[，,]").match(text[end:limit])
    if not m:
        return None
    clause = _re(r"[^，,；;。！？!?：:\n]+").match(text[end + m.end():limit])
    if not clause or "、" not in clause.group():
        return None
    items = _split_items(clause.group(), number, lx)
    if len(items) != number:
        return None
    items = _trim(items, lx)
    return items if _usable(items) else None


def _per_clause(text: str, start: int, limit: int, head: str | None, number: int) -> list[str] | None:
    """One member per clause: quotations followed by the head (以“强基固本”行动…)."""
    if not head:
        return None
    found = []
    for q in quotations(text):
        if start <= q.start and q.end <= limit and text[q.end:q.end + len(head)] == head:
            found.append(q.content(text))
    return found if len(found) == number else None


def _multi_unit(s: Slogan) -> bool:
    """四不两直, 三上门两加强, 1+N: units of different numbers never list as many members as the first.

    A repeated unit (双招双引) is one set; a numeral opening the head (六个一, 四个十大) is no new unit.
    """
    groups = _NUMERAL.findall(s.text)
    if len(groups) < 2:
        return False
    if s.head and s.head.startswith(groups[1]):
        return False
    return len(set(groups)) > 1 or "+" in s.text


def _components(text: str, doc, s: Slogan, mentions: list[Slogan], lx: _Lists) -> list[str]:
    if not s.number or not 2 <= s.number <= 12 or _multi_unit(s):
        return []
    sent = doc.sentence_of(s.start)
    later = [m.start for m in mentions if m.text == s.text and m.start > s.end]
    next_end = doc.sentence_of(sent[1] + 1)[1] if sent[1] + 1 < len(text) else sent[1]
    limit = min(later + [next_end])
    # rank in a run of quoted formulations before their definitions (“三大高地”“五大战略”：A，B)
    rank = sum(1 for m in mentions if m.end + 2 == s.start and text[m.end:s.start] == "”“")
    for items in (
        _list_before(text, s.start, s.end, s.number, lx),
        _list_after(text, s.end, s.number, lx, rank),
        _per_clause(text, s.end, limit, s.head, s.number),
        _list_in_next_clause(text, s.end, min(sent[1], limit), s.number, lx),
    ):
        if items:
            return items
    # a heading whose members stand before the next mention, in the next sentence (［9］三医联动一张网)
    if later and later[0] < next_end and later[0] >= sent[1]:
        nxt = next(m for m in mentions if m.start == later[0])
        return _list_before(text, nxt.start, nxt.end, s.number, lx) or []
    return []


# --- the extractor ----------------------------------------------------------

def extract_slogans(doc) -> list[Slogan]:
    """Numbered and quoted slogans of a :class:`~govtext.segment.Doc`, in text order."""
    text, lx = doc.text, lists()
    quotes = quotations(text)
    spans: dict[tuple[int, int], str] = {}
    quoted_strings: set[str] = set()
    for q in quotes:
        s, e = q.inner
        content = q.content(text).rstrip("。！？!?")
        if content and _quoted_formulation(content, lx):
            spans[(s, s + len(content))] = content
            quoted_strings.add(content)
        elif content and _has_parts(content, lx) and not _is_speech(text, q, lx, digits_count=False):
            for ps, pe in _parts_in_quote(text, q, lx):
                spans.setdefault((ps, pe), text[ps:pe])
                quoted_strings.add(text[ps:pe])
    quoted_spans = list(spans)
    for string in sorted(quoted_strings, key=len, reverse=True):
        i = text.find(string)
        while i >= 0:
            j = i + len(string)
            if not any(a < j and i < b for a, b in spans):
                spans[(i, j)] = string
            i = text.find(string, j)
    for s, e in _head_signal_spans(text, quoted_spans, lx):
        if not any(a < e and s < b for a, b in spans):
            spans[(s, e)] = text[s:e]
    numbered = []
    for (s, e), string in sorted(spans.items()):
        number, head = number_and_head(string, lx)
        numbered.append(Slogan(string, "numbered", number, head, [], s, e))
    for sl in numbered:
        sl.components = _components(text, doc, sl, numbered, lx)
    component_strings = {c for sl in numbered for c in sl.components}
    quoted = []
    for q in quotes:
        parts = _quoted_slogan(text, q, lx, component_strings)
        if parts is None:
            continue
        s, _ = q.inner
        content = q.content(text).rstrip("。！？!?")
        quoted.append(Slogan(content, "quoted", None, None, parts if len(parts) > 1 else [], s, s + len(content)))
    return sorted(numbered + quoted, key=lambda x: (x.start, x.end))
