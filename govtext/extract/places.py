"""Places and the county a document is about (SPEC §1 "county").

Every province, prefecture, county-level unit and town named in the text is
counted (leftmost-longest matching of full and short names in one
Aho-Corasick pass). A town counts for its county when the gazetteer resolves
it uniquely. The most-mentioned county-level unit is the document's county,
unless another has at least half as many mentions or a prefecture or province
has more; then, or with no county-level name, the county is ``None``.

>>> from govtext.segment import Doc
>>> doc = Doc("湖北竹溪县召开推进会。竹溪县委要求……竹溪上下齐心。")
>>> c = choose_county(doc, extract_places(doc))
>>> c.name, c.adcode, c.province, c.city
('竹溪县', '420324', '湖北省', '十堰市')
"""
from __future__ import annotations

from collections import Counter, defaultdict

from govtext.extract.gazetteer import LEVELS, gazetteer
from govtext.record import County, Place
from govtext.segment.words import crosses_words

__all__ = ["extract_places", "choose_county", "place_mentions"]


def _matches(text: str):
    """Leftmost-longest ``(start, end, form, is_short)`` matches of gazetteer forms."""
    found = gazetteer().find(text)
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, last_end = [], -1
    for m in found:
        # only short names below a province arise by accident inside other words (示范县 holds 范县)
        if m[0] >= last_end and (not _collision_prone(m) or not crosses_words(text, m[0], m[1])):
            out.append(m)
            last_end = m[1]
    return out


def _collision_prone(match) -> bool:
    start, end, form, is_short = match
    if end - start > 2:
        return False  # 范县, 和县, 通道: two-character names
    g = gazetteer()
    codes = g.short[form] if is_short else g.full[form]
    return any(g.units[c].level > 1 for c in codes)


def place_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, written form, code)`` for every unambiguous or resolved mention."""
    g = gazetteer()
    matches = _matches(text)
    full_codes = Counter()
    for _, _, form, is_short in matches:
        if not is_short and len(g.full[form]) == 1:
            full_codes.update(g.full[form])
    # provinces and prefectures named unambiguously help resolve ambiguous names
    context = Counter()
    for code, n in full_codes.items():
        unit = g.units[code]
        context[g.province_of(unit).code] += n
        city = g.city_of(unit)
        if city:
            context[city.code] += n
    out = []
    for i, (start, end, form, is_short) in enumerate(matches):
        codes = g.short[form] if is_short else g.full[form]
        if is_short:
            following = matches[i + 1] if i + 1 < len(matches) else None
            # a bare name counts where the unit is also named in full (a province always)
            codes = {c for c in codes
                     if g.units[c].level == 1 or full_codes[c] or _heads(following, c, start, end, g)}
        codes = _resolve(codes, context, g)
        if codes and len(codes) == 1:
            out.append((start, end, form, next(iter(codes))))
    return out


def _heads(following, code: str, start: int, end: int, g) -> bool:
    """A short province/prefecture name written right before one of its units (湖北竹溪县)."""
    if following is None or following[0] != end or following[3]:
        return False
    for c in g.full[following[2]]:
        unit = g.units[c]
        while unit.parent in g.units:
            unit = g.units[unit.parent]
            if unit.code == code:
                return True
    return False


def _resolve(codes: set[str], context: Counter, g) -> set[str]:
    if len(codes) <= 1:
        return codes
    if any(g.units[c].level == 4 for c in codes):
        return set()  # a town name shared by several towns resolves nowhere
    scored = {c: context[g.province_of(g.units[c]).code] + context[(g.city_of(g.units[c]) or g.units[c]).code]
              for c in codes}
    best = max(scored.values())
    top = {c for c, s in scored.items() if s == best}
    return top if best > 0 and len(top) == 1 else set()


def extract_places(doc) -> list[Place]:
    """Every place named in a :class:`~govtext.segment.Doc`, with its mention count."""
    g = gazetteer()
    counts: Counter = Counter()
    written: dict[str, Counter] = defaultdict(Counter)
    for _, _, form, code in place_mentions(doc.text):
        counts[code] += 1
        written[code][form] += 1
    return [
        Place(written[code].most_common(1)[0][0], code, LEVELS[g.units[code].level], n)
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def choose_county(doc, places: list[Place] | None = None) -> County | None:
    """The county of SPEC §1 from the place counts, or ``None``."""
    g = gazetteer()
    places = doc.results.get("places") if places is None else places
    county_counts: Counter = Counter()
    upper = 0
    for p in places or []:
        unit = g.units[p.adcode]
        if unit.level == 3:
            county_counts[unit.code] += p.count
        elif unit.level == 4:
            county = g.county_of(unit)
            if county:
                county_counts[county.code] += p.count
        else:
            upper = max(upper, p.count)
    if not county_counts:
        return None
    ranked = county_counts.most_common()
    code, best = ranked[0]
    if len(ranked) > 1 and ranked[1][1] * 2 >= best:
        return None
    if upper > best:
        return None
    unit = g.units[code]
    city = g.city_of(unit)
    return County(unit.name, unit.code[:6], g.province_of(unit).name, city.name if city else None)
