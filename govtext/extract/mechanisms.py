"""Mechanisms (SPEC §3): named instruments of ranking, contest, assignment …

The terms, modifiers and rules live in ``govtext/data/mechanisms.toml``. The
span rules apply in the SPEC's order: numbered formulations ending in a term
(rule 1), whole quotations containing a term (rule 2), then leftmost-longest
term matching with modifier extension (3), joining of adjacent spans (4) and
the generic-alone and 排名 exclusions (5). All terms are matched in one pass of
one compiled pattern.

>>> from govtext.segment import Doc
>>> [(m.text, m.type) for m in extract_mechanisms(Doc("通过周通报、月考核、季评比，开展综合绩效考核和干部考核"))]
[('周通报', 'ranking'), ('月考核', 'evaluation'), ('季评比', 'evaluation'), ('综合绩效考核', 'evaluation')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from govtext.data import alternatives, load_toml, longest_first
from govtext.extract.quotes import quotations
from govtext.record import Mechanism
from govtext.segment.words import crosses_words

__all__ = ["extract_mechanisms", "lexicon"]

_NUMERAL = regex.compile(r"[0-9０-９一二三四五六七八九十百千万两〇零]")
_QUOTE_BREAK = regex.compile(r"[\s，,、；;。！？!?：:·+＋]")


@dataclass(frozen=True)
class Lexicon:
    """The §3 lists, compiled once."""

    types: dict[str, str]
    generic: frozenset[str]
    meeting: frozenset[str]
    terms: regex.Pattern
    time_modifiers: tuple[str, ...]
    other_modifiers: tuple[str, ...]
    date_guard: frozenset[str]
    rules: dict
    automaton: object = None  # ahocorasick-rs over the literal terms: one pass over a whole document
    n_point: regex.Pattern | None = None

    def find_terms(self, text: str) -> list[tuple[int, int]]:
        """Leftmost-longest term spans of ``text``: what ``terms.finditer`` finds, in one fast pass.

        >>> lex = lexicon()
        >>> t = "实行百分制考核，开展擂台大比武"
        >>> [t[s:e] for s, e in lex.find_terms(t)] == [m.group() for m in lex.terms.finditer(t)]
        True
        """
        found = [(m.start(), 0, m.end()) for m in self.n_point.finditer(text, overlapped=True)]
        literals = self.automaton.find_matches_as_indexes(text, overlapping=True)
        found += [(start, 1, end) for _, start, end in literals]
        # at one position the N分制 pattern comes first, then the longest term, as in ``terms``
        found.sort(key=lambda f: (f[0], f[1], -f[2]))
        out, last_end = [], 0
        for start, _, end in found:
            if start >= last_end:
                out.append((start, end))
                last_end = end
        return out


@cache
def lexicon(extra: tuple[tuple[str, str], ...] = ()) -> Lexicon:
    """The mechanism lexicon of ``mechanisms.toml``, plus ``extra`` ``(term, type)`` pairs.

    >>> lexicon((("赛马比拼", "contest"),)).types["赛马比拼"]
    'contest'
    """
    import ahocorasick_rs

    data = load_toml("mechanisms.toml")
    rules = data["rules"]
    types: dict[str, str] = {}
    for table in ("terms", "generic"):
        for type_, terms in data[table].items():
            types.update({t: type_ for t in terms if t != "N分制"})
    known = set(data["terms"])
    for term, type_ in extra:
        if type_ not in known:
            raise ValueError(f"unknown mechanism type {type_!r} for {term!r}; known: {sorted(known)}")
        types[term] = type_
    generic = frozenset(t for terms in data["generic"].values() for t in terms)
    pattern = rules["n_point_system"]["pattern"] + "|" + alternatives(types)
    mods = data["modifiers"]
    return Lexicon(
        types=types, generic=generic, meeting=frozenset(data["terms"]["meeting"]),
        terms=regex.compile(pattern), time_modifiers=longest_first(mods["time"]),
        other_modifiers=longest_first(mods["other"]), date_guard=frozenset(mods["date_guard"]), rules=rules,
        automaton=ahocorasick_rs.AhoCorasick(list(types)),
        n_point=regex.compile(rules["n_point_system"]["pattern"]),
    )


def _type_of(term: str, lex: Lexicon) -> str:
    return lex.types.get(term) or lex.rules["n_point_system"]["type"]


@dataclass
class _Span:
    start: int
    end: int
    type: str
    generic: bool          # every term in it is generic
    meeting: bool
    modified: bool = False
    joined: bool = False


def _modifier_before(text: str, pos: int, lex: Lexicon) -> str | None:
    for mod in lex.other_modifiers:
        if text.startswith(mod, pos - len(mod)):
            return mod
    for mod in lex.time_modifiers:
        at = pos - len(mod)
        if at >= 0 and text.startswith(mod, at):
            before = text[at - 1] if at else ""
            if before and (before in lex.date_guard or _NUMERAL.match(before)):
                return None
            return mod
    return None


def _extend(spans: list[_Span], span: _Span, text: str, lex: Lexicon) -> None:
    """Extend ``span`` leftwards over attached modifiers, absorbing a modifier-term before it."""
    while True:
        mod = _modifier_before(text, span.start, lex)
        if not mod:
            return
        new_start = span.start - len(mod)
        if spans and spans[-1].end > new_start:
            prev = spans[-1]
            if prev.end == span.start and text[prev.start:prev.end].endswith(mod):
                spans.pop()  # 积分 is a term and a modifier: 积分排名 is one mention
                span.start, span.modified = prev.start, True
                continue
            return
        span.start, span.modified = new_start, True


def _term_spans(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[_Span]:
    rules = lex.rules
    spans: list[_Span] = []
    for m_start, m_end in lex.find_terms(text):
        if any(s < m_end and m_start < e for s, e in taken):
            continue
        term = text[m_start:m_end]
        if m_end < len(text) and text[m_end] in rules["office_suffixes"]:
            continue
        type_ = _type_of(term, lex)
        span = _Span(m_start, m_end, type_, term in lex.generic, term in lex.meeting)
        ext = rules["meeting_extension"]
        if span.meeting and term.endswith(ext["after"]) and text.startswith(ext["add"], span.end):
            span.end += len(ext["add"])
        if (m_end - m_start <= 2 and not _modifier_before(text, span.start, lex)
                and crosses_words(text, span.start, span.end, lex.terms, both_edges=False)):
            continue  # 面积|分别 holds no 积分 (a modifier before the term is no such word: 年终考评)
        if not span.meeting:
            _extend(spans, span, text, lex)
        if type_ == "ranking":
            for word in rules["ranking_absorbs"]:
                if text.startswith(word, span.end):
                    span.end += len(word)
                    break
        spans.append(span)
    return spans


def _join(spans: list[_Span]) -> list[_Span]:
    out: list[_Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (prev and prev.end == span.start and not prev.meeting and not span.meeting
                and (prev.generic or span.generic)):
            out[-1] = _Span(prev.start, span.end, span.type, prev.generic and span.generic, False,
                            prev.modified or span.modified, True)
        else:
            out.append(span)
    return out


def _keep(span: _Span, text: str, lex: Lexicon) -> bool:
    if span.generic and not (span.modified or span.joined):
        return False
    if text[span.start:span.end] == "排名":
        after = text[span.end:span.end + 2]
        followers = lex.rules["ranking_position_followers"]
        if any(after.startswith(w) for w in followers) or _NUMERAL.match(after[:1]):
            return False
    return True


def _numbered(doc, lex: Lexicon) -> list[Mechanism]:
    """Rule 1: a numbered formulation ending in a non-generic term or in 赛/清单/榜."""
    out = []
    endings = lex.rules["numbered_endings"]
    for s in doc.results.get("slogans", []):
        if s.kind != "numbered" or s.text in lex.rules["numbered_excluded"]:
            continue
        type_ = None
        for m in lex.terms.finditer(s.text, overlapped=True):
            if m.end() == len(s.text) and m.group() not in lex.generic:
                type_ = _type_of(m.group(), lex)
                break
        if type_ is None:
            type_ = next((t for e, t in endings.items() if s.text.endswith(e)), None)
        if type_:
            out.append(Mechanism(s.text, type_, s.start, s.end))
    return out


def _quoted(text: str, lex: Lexicon) -> list[Mechanism]:
    """Rule 2: a quotation without punctuation that contains a term is one mention."""
    out, names = [], {}
    excluded = tuple(lex.rules["quote_excluded_endings"])
    for q in quotations(text):
        content = q.content(text)
        if not content or _QUOTE_BREAK.search(content) or content.endswith(excluded):
            continue
        found = [m for m in lex.terms.finditer(content, overlapped=True)]
        if not found or (content in lex.generic):
            continue
        last = max(found, key=lambda m: (m.end(), m.end() - m.start()))
        s, e = q.inner
        out.append(Mechanism(content, _type_of(last.group(), lex), s, e))
        names.setdefault(content, (e, out[-1].type))
    # later occurrences of a quoted name, longest first (书记擂台赛 before 擂台赛)
    for content, (after, type_) in sorted(names.items(), key=lambda kv: -len(kv[0])):
        for s in _occurrences(text, content, after):
            e = s + len(content)
            if not any(o.start < e and s < o.end for o in out):
                out.append(Mechanism(content, type_, s, e))
    return out


def _occurrences(text: str, needle: str, start: int):
    i = text.find(needle, start)
    while i >= 0:
        yield i
        i = text.find(needle, i + len(needle))


def extract_mechanisms(doc) -> list[Mechanism]:
    """Every mechanism mention of a :class:`~govtext.segment.Doc`, in text order."""
    text, lex = doc.text, lexicon(doc.options.get("mechanism_terms", ()))
    found: list[Mechanism] = []
    for m in _numbered(doc, lex) + _quoted(text, lex):
        if not any(o.start < m.end and m.start < o.end for o in found):
            found.append(m)
    taken = [(m.start, m.end) for m in found]
    for span in _join(_term_spans(text, taken, lex)):
        if _keep(span, text, lex):
            found.append(Mechanism(text[span.start:span.end], span.type, span.start, span.end))
    found.sort(key=lambda m: (m.start, m.end))
    return found
