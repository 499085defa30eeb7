"""Misaligned GBK runs: rebuild the bytes, search, verify (SPEC §1 step 3).

When a mirror site inserted a pinyin gloss into the middle of a character's
bytes, or cut the bytes before a misaligned GBK ？, the decoder fell out of step:
``極目新聞?dòng)浾?關`` is 極目新聞記者 關. A ``?`` starts such a run; the garbage
characters after it are the true bytes shifted by one; an ASCII letter or a
``?`` that swallowed a space is where the decoder fell back in step.

For each run, the true byte stream is rebuilt token by token (garbage
character → its two GBK bytes; ASCII → itself or the folded fullwidth ``A3 xx``;
``?py)`` → one lead byte z such that the previous byte and z read *py*; a lone
lead byte before a cut; up to two dropped private-use pairs, which the best few
readings of the beam propose), decoded in step, and the unknown bytes are
searched with a beam ranked by the character language model (with what the text
before the run, as repaired so far, says: a short quoted term ends in no full
stop). Readings are verified by running the forward model (:mod:`.codecs`) on
them; among those that pass, one whose guessed characters recur with their
neighbours elsewhere in the document wins, else the model's best: verified and
unguessed → confidence 1; verified with a guessed byte → the language model's
share (1 where the document shows it), with the alternatives; a guessed
character neither can settle is dropped (SPEC: no placeholder); not verified →
the text stays and a warning says so. A byte the decoder swallowed comes back
where the text around says what it was (a space after 记者, a paragraph break
after 。), and is dropped elsewhere.

>>> text, edits = realign("極目新聞?dòng)浾?關(guān)前裕")
>>> text
'極目新聞記者 關(guān)前裕'
>>> e = edits[0]; (e.start, e.end, e.after, e.kind, e.verified)
(4, 12, '記者 ', 'gbk_misalignment', True)
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from itertools import permutations

import regex

from govtext.normalize.codecs import damage, fold_fullwidth
from govtext.normalize.lm import model
from govtext.offsets import Edit, apply_edits

__all__ = ["realign", "find_sites"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_REMNANT = regex.compile(rf"[a-zü{_TONED}]{{1,7}}\)")
_HAN = regex.compile(r"\p{Han}")
_BEAM = 8
_MAX_TOKENS = 24
_KEEP_SHARE = 0.5
_PUA_PENALTY = -6.0
_PUA_BEAM = 16  # places in the beam for readings with one deleted pair, and again for two
# the readings of each level (none, one deleted pair) that propose a deleted pair before their
# next character: the best few, since a proposal rarely beats its proposer's own followers
_PROPOSERS = 2
_MAX_PUA = 2  # deleted private-use pairs one run may hold (吉林省國 holds two: 吉|林 and 省|國)
_COMMON = 200
_CHAR_BONUS = 5.0
_BYLINE_ROLES = ("記者", "记者", "通訊員", "通讯员")
_SENTENCE_ENDS = ("。", "！", "？", "!")  # not ?, which is what the damage leaves
# the misaligned fullwidth marks the mirror sites cut before, as they read once folded: byte after A3
_CUT_MARKS = {"?": 0xBF, "!": 0xA1}
# marks that end or split a clause: two of them never stand together (。、 ,。), while a quote
# or bracket stands beside them all the time (。“ ”、 ),)
_SEPARATORS = frozenset("。，、；：！？,.;:!?")
_PUNCT_PENALTY = -8.0
# a quoted term this short never ends in a full stop (none of 6,000 such in the work reports):
# “渝企出海” damaged before the ” does not read “渝企出。”
_SHORT_QUOTE = 12
_READ_LEFT = 3 * _SHORT_QUOTE  # text before a run looked at, glosses and all
_SHORT_QUOTE_END = regex.compile(rf"“[^“”\n]{{0,{_SHORT_QUOTE - 1}}}[。！？!]”")


def _pair_text(lead: int, trail: int) -> str | None:
    if not (0x81 <= lead <= 0xFE) or not (0x40 <= trail <= 0xFE) or trail == 0x7F:
        return None
    try:
        return bytes((lead, trail)).decode("gb18030")
    except UnicodeDecodeError:
        return ""


@cache
def _char(lead: int, trail: int) -> str | None:
    """The character a byte pair decodes to (not private use), or ``None``."""
    ch = _pair_text(lead, trail)
    return ch if ch and not "\ue000" <= ch <= "\uf8ff" else None


@cache
def _is_private(lead: int, trail: int) -> bool:
    """A pair the .NET decoder turns into a private-use character (then deleted)."""
    ch = _pair_text(lead, trail)
    return ch is not None and (ch == "" or "\ue000" <= ch <= "\uf8ff")


@cache
def _reading(ch: str) -> str:
    from pypinyin import pinyin

    return pinyin(ch)[0][0]


@cache
def _gbk(ch: str) -> bytes | None:
    """The two bytes an observed character was decoded from (€ is the stray byte 0x80)."""
    if ch == "€":
        return b"\x80"
    try:
        b = ch.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return b if len(b) == 2 else None


@cache
def _simplified(ch: str) -> str:
    from govtext.normalize.script import _converter

    return _converter("t2s").convert(ch)


def _leads_reading(prev: int, reading: str) -> tuple[int, ...]:
    """Bytes z such that the pair (prev, z) is a character read ``reading``."""
    return _readings_after(prev).get(reading, ())


@cache
def _readings_after(prev: int) -> dict[str, tuple[int, ...]]:
    """Every reading of a character with lead byte ``prev``, with the trail bytes that give it."""
    index: dict[str, list[int]] = {}
    for z in range(0x40, 0xFF):
        c = _char(prev, z)
        if c:
            index.setdefault(_reading(c), []).append(z)
    return {r: tuple(zs) for r, zs in index.items()}


@cache
def _with_trail(trail: int) -> tuple[tuple[int, str], ...]:
    return tuple((lead, c) for lead in range(0x81, 0xFF) if (c := _char(lead, trail)))


@cache
def _with_lead(lead: int) -> tuple[tuple[int, str], ...]:
    return tuple((trail, c) for trail in range(0x40, 0xFF) if (c := _char(lead, trail)))


@cache
def _is_common(ch: str | None) -> bool:
    """A character the model has seen often (a guessed one must be)."""
    return ch is not None and model().counts.get(_simplified(ch), 0) >= _COMMON


@cache
def _common_with_lead(lead: int) -> tuple[tuple[int, str], ...]:
    """Pairs with this lead that make a common character (a deleted pair is tried only after one)."""
    return tuple((t, c) for t, c in _with_lead(lead) if _is_common(c))


@dataclass(slots=True)
class _State:
    pos: int                       # next observed character to read
    pending: int | None            # a lead byte waiting for its trail
    last: int | None               # the last byte of the rebuilt stream
    out: tuple[str, ...] = ()
    guessed: tuple[int, ...] = ()   # indexes of out that rest on a guessed byte
    glossed: tuple[tuple[str, str], ...] = ()  # immutable, so states share them
    score: float = 0.0
    pua: int = 0
    used_question: bool = False
    swallowed: int | None = None   # where a byte the decoder swallowed stood in ``out``
    history: str = ""              # the last two characters read, simplified (the run's left context first)


def find_sites(text: str) -> list[int]:
    """Positions of ``?`` that may start a misaligned run (not a real question mark)."""
    sites = []
    for m in regex.finditer(r"\?", text):
        i = m.start()
        nxt = text[i + 1:i + 2]
        prev = text[i - 1:i]
        if _REMNANT.match(text, i + 1) or (nxt in _CUT_MARKS and prev and prev not in "\n?"):
            sites.append(i)
        elif prev and _HAN.match(prev) and nxt and (_HAN.match(nxt) or nxt.isascii() and nxt.isalpha()):
            sites.append(i)
    return sites


def _extend_score(state: _State, new: list[str]) -> float:
    """Language-model score of ``new`` after ``state``, with a bonus per character so that
    readings of different lengths compare fairly."""
    history = state.history
    total = 0.0
    for ch in new:
        delta, history = _step(history, ch)
        total += delta
    return total


_STEPS: dict[str, dict[str, tuple[float, str]]] = {}  # history -> character -> (score, history after)
_STEPS_SIZE = [0]
# t2s keeps 著, which is also the traditional form of the aspect particle 着 (看著 → 看着, a
# later step of script conversion); the model is asked for both readings
_LM_VARIANTS = {"著": ("著", "着")}


def _step(history: str, ch: str) -> tuple[float, str]:
    """Score of one observed-script character after ``history`` (two simplified characters),
    and the history after it; memoised, since a search asks the same steps again and again."""
    after = _STEPS.get(history)
    if after is None:
        after = _STEPS[history] = {}
    hit = after.get(ch)
    if hit is not None:
        return hit
    lm, total, h = model(), 0.0, history
    for piece in _simplified(ch):
        if piece in _LM_VARIANTS:  # 著 reads as the particle 着 or as in 著名: the model takes the likelier
            piece = max(_LM_VARIANTS[piece], key=lambda v: lm._logp(h, v))
        total += lm._logp(h, piece) + _CHAR_BONUS
        if h[-1:] in _SEPARATORS and piece in _SEPARATORS:
            total += _PUNCT_PENALTY
        h = (h + piece)[-2:]
    _STEPS_SIZE[0] += 1
    if _STEPS_SIZE[0] > 300_000:  # bounded (about 30 MB): a worker runs for hours
        _STEPS.clear()
        _STEPS_SIZE[0] = 0
        after = _STEPS[history] = {}
    after[ch] = (total, h)
    return total, h


def _push(state: _State, byte: int, guessed: bool = False) -> _State | None:
    """Feed one byte of the rebuilt stream into ``state`` (returns a new state or None)."""
    if state.pending is None:
        if byte < 0x80:
            return _emit(state, chr(byte), byte, guessed, pending=None)
        return _State(state.pos, byte, byte, state.out, state.guessed, state.glossed,
                      state.score, state.pua, state.used_question, state.swallowed, state.history)
    ch = _char(state.pending, byte)
    if ch is None:
        return None
    return _emit(state, ch, byte, guessed, pending=None)


def _emit(state: _State, ch: str, byte: int, guessed: bool, pending) -> _State:
    delta, history = _step(state.history, ch)
    new = _State(state.pos, pending, byte, state.out + (ch,), state.guessed, state.glossed,
                 state.score + delta, state.pua, state.used_question, state.swallowed, history)
    if guessed:
        new.guessed = state.guessed + (len(state.out),)
    return new


_GUESSES: dict[tuple, list[tuple[int, str]]] = {}


def _best_guesses(state: _State, key: tuple, options) -> list[tuple[int, str]]:
    """The ``2 * _BEAM`` best of ``options`` (``(byte, character)`` pairs for a guessed byte)
    after ``state``: no other guess from one state can survive the beam cut."""
    history = state.history
    memo_key = (history, key)
    best = _GUESSES.get(memo_key)
    if best is None:
        ranked = sorted(options, key=lambda o: -_step(history, o[1])[0])
        best = ranked[:2 * _BEAM]
        if len(_GUESSES) > 50_000:
            _GUESSES.clear()
        _GUESSES[memo_key] = best
    return best


def _expand(text: str, state: _State, proposals: list | None = None) -> list[_State]:
    """Every way to read the observed character at ``state.pos`` into the rebuilt stream
    (readings with a deleted pair before it go to ``proposals``, unbuilt)."""
    i = state.pos
    tok = text[i]
    out: list[_State] = []
    if tok == "?":
        remnant = _REMNANT.match(text, i + 1)
        if remnant:
            reading = remnant.group()[:-1]
            starts = []
            if state.last is not None and state.last >= 0x81:
                starts = [(state, z) for z in _leads_reading(state.last, reading)]
            if state.pending is not None and state.pua < _MAX_PUA:
                # 帶 lost in a deleted pair before the gloss of 動
                starts += _deleted_pairs(state, ("gloss", reading), lambda p2: [
                    (z, _char(p2, z)) for z in _leads_reading(p2, reading)])
            for st, z in starts:
                glossed_char = _char(st.last, z)
                s = _push(st, z)
                if s:
                    s.pos = remnant.end()
                    s.glossed = s.glossed + ((glossed_char, reading),)
                    s.used_question = True
                    out.append(s)
        cut_by = _CUT_MARKS.get(text[i + 1:i + 2])
        if state.pending is None and cut_by is not None:
            # a lone lead byte before a cut, then the misaligned ？ (A3 BF) or ！ (A3 A1) that caused it
            for _, ch in _best_guesses(state, ("trail", 0xA3), _with_trail(0xA3)):
                s = _emit(state, ch, 0xA3, True, pending=cut_by)
                s.pos, s.last, s.used_question = i + 2, cut_by, True
                out.append(s)
        if state.pending is not None and not remnant:
            # an invalid pair: the pending character's trail, then a swallowed ASCII byte,
            # which the bytes do not determine (it is decided after the search)
            for trail, ch in _best_guesses(state, ("lead", state.pending), _with_lead(state.pending)):
                s = _emit(state, ch, trail, True, pending=None)
                s.used_question = True
                s.swallowed = len(s.out)
                s.pos = i + 1
                out.append(s)
        return out
    if state.pending is None:
        return out  # in step again: the run is over
    data = _gbk(tok)
    options = []
    if data:
        options.append(data)
    if tok.isascii() and tok.isprintable() and tok != " ":
        options.append(bytes((ord(tok),)))
        options.append(bytes((0xA3, ord(tok) + 0x80)))  # a folded fullwidth character
    for option in options:
        s = state
        for b in option:
            s = _push(s, b) if s else None
        if s:
            s.pos = i + 1
            out.append(s)
    if state.pua < _MAX_PUA and proposals is not None:
        # a private-use pair the cleaner deleted just before this character, whose first byte
        # (or the ASCII byte itself: 極 is 98 4F, an O once its lead is gone) ends the pair's
        # P2: proposed with its score, and built only if it makes the beam (most do not)
        for option in options:
            then = option[0]
            if len(option) == 1 and not 0x40 <= then <= 0x7E:
                continue
            for score, p1, ch, p2, _ in _best_deleted_pairs(
                    state.pending, state.history, ("then", then),
                    lambda p2: [(then, c)] if _is_common(c := _char(p2, then)) else []):
                proposals.append((state.score + score, state.pua + 1, state, p1, ch, p2, option, i + 1))
    return out


def _build(proposal) -> _State:
    """The state a deleted-pair proposal of :func:`_expand` stands for."""
    _, _, state, p1, ch, p2, data, pos = proposal
    s = _emit(_after_deleted_pair(state, p1, ch, p2), _char(p2, data[0]), data[0], True,
              pending=data[1] if len(data) == 2 else None)
    s.last, s.pos = data[-1], pos
    return s


def _after_deleted_pair(state: _State, p1: int, ch: str, p2: int) -> _State:
    """``state`` read on with P1 ending its pending character ``ch`` and the deleted pair's
    P2 waiting as the next lead byte."""
    s = _emit(state, ch, p1, True, pending=p2)
    s.last, s.pua = p2, state.pua + 1
    s.score += _PUA_PENALTY
    return s


@cache
def _private_after(lead: int) -> tuple[int, ...]:
    """Bytes that make a private-use pair after ``lead``."""
    return tuple(b for b in range(0x81, 0xFF) if _is_private(lead, b))


def _deleted_pairs(state: _State, key: tuple, follow) -> list[tuple[_State, int]]:
    """States where a deleted private-use pair (P1 P2) follows: P1 ends the pending character,
    P2 waits as the next lead byte, to be followed by one of ``follow(P2)``'s ``(byte, char)``
    (``key`` names ``follow`` for the memo). Returns ``(state, byte)``, the state
    before that byte is pushed.

    Only the combinations that can reach the beam are built: every state made here takes
    one of its deleted-pair places, so the best ``_PUA_BEAM`` by their score after the
    following byte are all that can survive the cut.
    """
    return [(_after_deleted_pair(state, p1, ch, p2), byte)
            for _, p1, ch, p2, byte in _best_deleted_pairs(state.pending, state.history, key, follow)]


_DELETED: dict[tuple, list[tuple[float, int, str, int, int]]] = {}
_FOLLOW: dict[tuple, list] = {}  # by the key that names follow() (and P1): every (P2, byte, char) on


def _ways_on(key: tuple, follow, p1: int) -> list[tuple[int, int, str]]:
    """``(P2, next byte, its character)`` for every lead byte P2 that makes a private-use
    pair after ``p1`` and that ``follow`` allows."""
    ways = _FOLLOW.get((key, p1))
    if ways is None:
        every = _FOLLOW.get(key)
        if every is None:
            every = _FOLLOW[key] = [(p2, byte, ch2) for p2 in range(0x81, 0xFF) for byte, ch2 in follow(p2)]
        private = frozenset(_private_after(p1))
        ways = _FOLLOW[key, p1] = [w for w in every if w[0] in private]
        if len(_FOLLOW) > 10_000:
            _FOLLOW.clear()
    return ways


@cache
def _deleted_firsts(pending: int) -> tuple[tuple[int, str], ...]:
    """``(P1, character)``: common characters with lead ``pending`` whose trail P1 can open a private-use pair."""
    return tuple((p1, ch) for p1, ch in _common_with_lead(pending) if _private_after(p1))


def _best_deleted_pairs(pending: int, history: str, key: tuple, follow) -> list[tuple[float, int, str, int, int]]:
    """``(score, P1, character, P2, next byte)`` of the best deleted pairs after ``pending``, memoised
    (the ranking depends on the pending byte, the history and what follows, not on the state)."""
    memo_key = (pending, history, key)
    hit = _DELETED.get(memo_key)
    if hit is not None:
        return hit
    firsts = []
    for p1, ch in _deleted_firsts(pending):
        first, after = _step(history, ch)
        firsts.append((first + _PUA_PENALTY, p1, ch, after))
    # the character before the deleted pair is ranked first: only the best few are tried on
    firsts.sort(key=lambda f: -f[0])
    ranked = []
    for first, p1, ch, after in firsts[:_PUA_BEAM]:
        known = _STEPS.get(after) or {}  # the memo of _step, read here without a call per pair
        for p2, byte, ch2 in _ways_on(key, follow, p1):
            hit = known.get(ch2)
            second = hit[0] if hit is not None else _step(after, ch2)[0]
            ranked.append((first + second, p1, ch, p2, byte))
    ranked.sort(key=lambda r: -r[0])
    best = ranked[:_PUA_BEAM]
    if len(_DELETED) > 50_000:
        _DELETED.clear()
    _DELETED[memo_key] = best
    return best


_ALIGNED_GLOSS = regex.compile(rf"(\p{{Han}})\(([a-zü{_TONED}]{{1,7}})\)$")


def _before(text: str, site: int) -> tuple[int, str, dict[str, str]]:
    """Where the run's left context starts, the character before the run, and its gloss.

    A run may follow an aligned gloss (編(biān)?gàn)…): its previous byte is then the
    glossed character's, not the ``)``.
    """
    m = _ALIGNED_GLOSS.search(text, max(0, site - 10), site)
    if m:
        return m.start(), m.group(1), {m.group(1): m.group(2)}
    return max(0, site - 1), text[site - 1:site], {}


def _file(text: str, state: _State, done: list[_State], onward: list[_State]) -> None:
    """A reading back in step is complete (``done``); one that is not, or whose run may go
    on (another ``?`` follows), reads on (``onward``)."""
    if state.pending is None and state.used_question:
        done.append(state)
        if not (state.pos < len(text) and (text[state.pos] == "?" or _REMNANT.match(text, state.pos))):
            return
    onward.append(state)


def _search(text: str, site: int, read_left: str) -> list[_State]:
    """Complete readings of the run starting at ``site``, best first (``read_left``: the
    text before the site as repaired so far, where the observed one is damaged too)."""
    _, prev_char, _ = _before(text, site)
    read = _STRIP_GLOSSES.sub("", read_left)
    left = "".join(_simplified(c) for c in read[-2:])
    prev = _gbk(prev_char) if prev_char else None
    start = _State(site, None, prev[-1] if prev else None, history=left[-2:])
    beam, done = [start], []
    for _ in range(_MAX_TOKENS):
        nxt, proposals = [], []
        ranks = [0] * (_MAX_PUA + 1)  # the beam holds each level best first
        for state in beam:
            if state.pos >= len(text):
                continue
            ranks[state.pua] += 1
            for s in _expand(text, state, proposals if ranks[state.pua] <= _PROPOSERS else None):
                _file(text, s, done, nxt)
        if not nxt and not proposals:
            break
        # readings with and without a deleted pair keep separate places in the beam, so that
        # the many ways to place a deleted pair do not crowd out the plain reading
        nxt.sort(key=lambda s: -s.score)
        beam = [s for s in nxt if not s.pua][:_BEAM]
        for k in range(1, _MAX_PUA + 1):
            level = [(s.score, s) for s in nxt if s.pua == k] + [(p[0], p) for p in proposals if p[1] == k]
            level.sort(key=lambda c: -c[0])
            for _, c in level[:_PUA_BEAM]:
                if isinstance(c, _State):
                    beam.append(c)
                else:
                    _file(text, _build(c), done, beam)
    left = read[-_SHORT_QUOTE:]
    for s in done:
        tail = "".join(_simplified(c) for c in text[s.pos:s.pos + 2])
        s.score += _extend_score(s, list(tail)) if tail else 0.0
        s.score += _PUNCT_PENALTY * len(_SHORT_QUOTE_END.findall(left + "".join(s.out) + text[s.pos:s.pos + 1]))
    done.sort(key=lambda s: (-s.score, -(s.pos - site)))
    return done


def _verify(text: str, site: int, state: _State) -> bool:
    """Does the forward model turn the reading back into what was observed?"""
    lo, prefix, prefix_gloss = _before(text, site)
    hi = min(len(text), state.pos + 1)
    suffix = text[state.pos:hi]
    out = list(state.out)
    if state.swallowed is not None:
        out.insert(state.swallowed, " ")  # any byte below 0x40 decodes the same: one '?'
    original = prefix + "".join(out) + suffix
    glossed = dict(prefix_gloss, **dict(state.glossed))
    if not glossed:
        orders = [()]
    elif len(glossed) <= 3:
        orders = list(permutations(glossed))
    else:
        orders = [tuple(reversed(list(glossed)))]
    observed = text[lo:hi]
    for order in orders:
        try:
            got = damage(original, glossed, order=order or None)
        except UnicodeEncodeError:
            return False
        if got == observed:
            return True
    return False


def _shares(states: list[_State], best: _State) -> dict[int, float]:
    """For each guessed character of ``best``, the model's share of readings that agree on it."""
    top = best.score
    weights = [(s, math.exp(s.score - top)) for s in states if s.pos == best.pos]
    total = sum(w for _, w in weights) or 1.0
    shares = {}
    for k in best.guessed:
        agree = sum(w for s, w in weights if len(s.out) > k and s.out[k] == best.out[k])
        shares[k] = agree / total
    return shares


_DOC_WINDOW = 3       # characters of a reading, a guessed one among them, that must recur in the text
_DOC_CANDIDATES = 20  # readings looked at for such evidence
_STRIP_GLOSSES = regex.compile(rf"\([a-zü{_TONED}]{{1,7}}\)")


def _choose(text: str, site: int, states: list[_State]) -> tuple[_State | None, set[int]]:
    """The reading to keep, and which of its guessed characters the document shows.

    The bytes decide first (a reading must pass the forward model); among the readings
    they leave, one whose guessed characters recur with their neighbours elsewhere in
    the document (湖南省 named again further on) beats the language model's favourite:
    SPEC §1 repairs "as far as the bytes or the document determine it".
    """
    views = {"left": _STRIP_GLOSSES.sub("", text[:site])}
    evidence = [(s, _shown(text, site, s, views)) for s in states[:_DOC_CANDIDATES]]
    ranked = sorted(range(len(evidence)), key=lambda i: -len(evidence[i][1]))  # stable: model order next
    for i in ranked:
        state, shown = evidence[i]
        if _verify(text, site, state):
            return state, shown
    best = next((s for s in states[_DOC_CANDIDATES:] if _verify(text, site, s)), None)
    return best, set()


def _shown(text: str, site: int, state: _State, views: dict) -> set[int]:
    """Guessed characters of ``state`` that the rest of the document (glosses deleted)
    shows in a window of ``_DOC_WINDOW`` characters of the reading."""
    if not state.guessed:
        return set()
    if state.pos not in views:
        views[state.pos] = _STRIP_GLOSSES.sub("", text[state.pos:])
    left, right = views["left"], views[state.pos]
    before, after = left[-(_DOC_WINDOW - 1):], right[:_DOC_WINDOW - 1]
    reading = before + "".join(state.out) + after
    shown = set()
    for k in state.guessed:
        p = len(before) + k
        for a in range(max(0, p - _DOC_WINDOW + 1), min(p, len(reading) - _DOC_WINDOW) + 1):
            window = reading[a:a + _DOC_WINDOW]
            if window in left or window in right:
                shown.add(k)
                break
    return shown


def _swallowed_byte(kept: list[str], following: str) -> str:
    """What a byte the decoder swallowed most likely was, where the text around says it: the
    usual space between a byline role (记者, 通讯员) and a name, a paragraph break between a
    sentence's end and the next sentence; else nothing (SPEC: no placeholder)."""
    if not _HAN.match(following):
        return ""
    before = "".join(kept)[-3:]
    if before.endswith(_BYLINE_ROLES):
        return " "
    return "\n" if before.endswith(_SENTENCE_ENDS) else ""


def realign(text: str) -> tuple[str, list[Edit]]:
    """Repair the misaligned GBK runs of ``text``; return ``(text, edits)``."""
    if "?" not in text:
        return text, []
    edits: list[Edit] = []
    covered = -1
    read, upto = "", 0  # the end of the text as repaired up to ``upto``
    for site in find_sites(text):
        if site < covered:
            continue
        read = (read + text[upto:site])[-_READ_LEFT:]
        upto = site
        states = _search(text, site, read)
        if not states:
            continue
        best, shown = _choose(text, site, states)
        if best is None:
            continue
        shares = _shares(states, best)
        shares.update({k: 1.0 for k in shown})  # determined by the document
        kept, alternatives, confidence = [], [], 1.0
        for k, ch in enumerate(best.out):
            if k == best.swallowed:
                kept.append(_swallowed_byte(kept, ch))
            if k in shares:
                if shares[k] < _KEEP_SHARE:
                    continue  # not determined by the bytes: dropped, no placeholder
                confidence = min(confidence, shares[k])
                alternatives.extend(
                    s.out[k] for s in states[:5] if s.pos == best.pos and len(s.out) > k and s.out[k] != ch)
            kept.append(ch)
        if best.swallowed == len(best.out):
            kept.append(_swallowed_byte(kept, text[best.pos:best.pos + 1]))
        edits.append(Edit(site, best.pos, fold_fullwidth("".join(kept)), kind="gbk_misalignment",
                          confidence=round(confidence, 3), verified=True,
                          alternatives=tuple(dict.fromkeys(alternatives))[:5]))
        covered = upto = best.pos
        read += edits[-1].after
    return (apply_edits(text, edits), edits) if edits else (text, [])
