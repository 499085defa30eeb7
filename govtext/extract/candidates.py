"""Mechanism candidates: instrument names the §3 lexicon lacks (beyond the contract).

A quoted name, or one introduced by 建立/推行/开展 …, that ends in 榜, 擂台, 赛, 清单
or 机制 and is no listed mechanism becomes a warning of kind
``mechanism_candidate``, so that researchers can grow the lexicon.

>>> from govtext.segment import Doc
>>> doc = Doc("推行“晒拼比”机制，设立“比学榜”，开展红黑榜评比")
>>> doc.results["mechanisms"] = []
>>> [(w.message, doc.text[w.start:w.end]) for w in mechanism_candidates(doc)]
[('比学榜', '比学榜')]
"""
from __future__ import annotations

import regex

from govtext.data import load_toml
from govtext.extract.mechanisms import lexicon
from govtext.extract.quotes import quotations
from govtext.record import Warning

__all__ = ["mechanism_candidates"]


def mechanism_candidates(doc) -> list[Warning]:
    """Unlisted instrument names of a :class:`~govtext.segment.Doc` as warnings."""
    text = doc.text
    conf = load_toml("mechanisms.toml")["candidates"]
    suffixes = tuple(conf["suffixes"])
    known = lexicon().terms
    taken = [(m.start, m.end) for m in doc.results.get("mechanisms", [])]
    found: dict[tuple[int, int], str] = {}
    for q in quotations(text):
        s, e = q.inner
        name = text[s:e]
        if 2 < len(name) <= conf["max_name"] and name.endswith(suffixes) and regex.fullmatch(r"\p{Han}+", name):
            found[(s, e)] = name
    verbs = "|".join(map(regex.escape, conf["introducers"]))
    ends = "|".join(map(regex.escape, suffixes))
    for m in regex.finditer(rf"(?:{verbs})(\p{{Han}}{{1,{conf['max_name'] - 1}}}?(?:{ends}))(?!\p{{Han}})", text):
        name = m.group(1)
        if not regex.match(rf"(?:{verbs}|等|和|的|及)", name):
            found.setdefault(m.span(1), name)
    out = []
    for (s, e), name in sorted(found.items()):
        if known.fullmatch(name) or any(a < e and s < b for a, b in taken):
            continue
        out.append(Warning("mechanism_candidate", name, s, e))
    return out
