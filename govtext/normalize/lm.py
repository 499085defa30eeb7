"""A character trigram model of government Chinese, loaded on first use.

Built by ``scripts/build_lm.py`` from the national work reports (1954–2025) and
the CPC congress reports; stored as ``govtext/data/lm_zh.tsv.gz`` (about 1 MB).
Scores use stupid backoff (Brants et al. 2007): fast, and enough to rank the few
candidates a damaged run leaves.

>>> lm = model()
>>> lm.score("多措并举。县委") > lm.score("多措并举挨县委")
True
"""
from __future__ import annotations

import gzip
import math
from functools import cache

from govtext.data import path

__all__ = ["model", "CharLM"]

_BACKOFF = math.log(0.4)


class CharLM:
    """Stupid-backoff character trigram scores (natural log)."""

    def __init__(self, counts: dict[str, int]):
        self.counts = counts
        self.total = sum(c for g, c in counts.items() if len(g) == 1)
        self.vocab = sum(1 for g in counts if len(g) == 1)
        # each n-gram's conditional log probability, computed once (a search asks millions)
        self._cond = {g: math.log(c / (counts.get(g[:-1], 0) if len(g) > 1 else self.total))
                      for g, c in counts.items() if c and (len(g) == 1 or counts.get(g[:-1]))}
        self._floor = math.log(1 / (self.total + self.vocab))

    def _logp(self, history: str, ch: str) -> float:
        """Log probability of ``ch`` after ``history`` (at most two characters)."""
        cond = self._cond
        lp = cond.get(history + ch)
        if lp is not None:
            return lp
        lp = cond.get(history[-1:] + ch)
        if lp is not None:
            return _BACKOFF + lp
        lp = cond.get(ch)
        return 2 * _BACKOFF + (self._floor + _BACKOFF if lp is None else lp)

    def score(self, text: str) -> float:
        """Log score of ``text`` (higher is more plausible)."""
        total, history = 0.0, ""
        for ch in text:
            total += self._logp(history, ch)
            history = (history + ch)[-2:]
        return total


@cache
def model() -> CharLM:
    """The shipped model (read once, about a second)."""
    counts: dict[str, int] = {}
    with gzip.open(path("lm_zh.tsv.gz").open("rb"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# govtext"):
                continue
            gram, _, c = line.rstrip("\n").rpartition("\t")
            counts[gram] = int(c)
    return CharLM(counts)
