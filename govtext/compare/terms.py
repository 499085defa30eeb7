"""Distinctive vocabulary and similarity of groups.

``log_odds`` is the weighted log-odds ratio with an informative Dirichlet prior of
Monroe, Colaresi & Quinn (2008, *Political Analysis* 16:372), each group against
all the others: for a term w with counts y_i (group) and y_j (rest), group sizes
n_i and n_j, and prior α_w (the corpus counts times ``prior_scale``, α0 = Σ α_w),

    δ_w = log((y_i + α_w) / (n_i + α0 − y_i − α_w)) − log((y_j + α_w) / (n_j + α0 − y_j − α_w))
    z_w = δ_w / sqrt(1 / (y_i + α_w) + 1 / (y_j + α_w))

>>> from collections import Counter
>>> t = log_odds({"A": Counter(擂台赛=3, 发展=1), "B": Counter(发展=3, 擂台赛=1)})
>>> round(float(t.query("group == 'A' and term == '擂台赛'").z.iloc[0]), 4)
1.1493
"""
from __future__ import annotations

import math
from collections import Counter
from functools import cache
from typing import Mapping

import regex

from govtext.compare.tables import group_of, records_of
from govtext.data import read_lines

__all__ = ["tokens", "log_odds", "distinctive_terms", "similarity", "stopwords"]

_WORD = regex.compile(r"[\p{Han}A-Za-z]")


@cache
def stopwords() -> frozenset[str]:
    """The policy stop-word list shipped as ``govtext/data/stopwords.txt``."""
    return frozenset(read_lines("stopwords.txt"))


def tokens(record_or_text) -> list[str]:
    """Words of a record or text: govtext's segmentation, slogans and mechanisms kept whole,
    stop words, punctuation and numbers dropped."""
    from govtext.segment import segment

    if isinstance(record_or_text, str):
        text, whole = record_or_text, []
    else:
        text = record_or_text.text
        whole = sorted((it.start, it.end) for it in list(record_or_text.slogans) + list(record_or_text.mechanisms))
    out, pos = [], 0
    for start, end in whole:
        if start < pos:
            continue
        out.extend(segment(text[pos:start]))
        out.append(text[start:end])
        pos = end
    out.extend(segment(text[pos:]))
    stop = stopwords()
    return [w for w in out if w not in stop and _WORD.search(w) and len(w) > 1]


def log_odds(counts: Mapping[str, Counter], prior_scale: float = 1.0, min_count: int = 1):
    """Monroe et al. z-scores of every term for every group against the rest (a DataFrame)."""
    import pandas as pd

    corpus = Counter()
    for c in counts.values():
        corpus.update(c)
    alpha = {w: prior_scale * n for w, n in corpus.items()}
    alpha0 = sum(alpha.values())
    total = sum(corpus.values())
    rows = []
    for group, c in counts.items():
        n_i = sum(c.values())
        n_j = total - n_i
        for w, a in alpha.items():
            y_i = c.get(w, 0)
            y_j = corpus[w] - y_i
            if y_i + y_j < min_count:
                continue
            delta = (math.log((y_i + a) / (n_i + alpha0 - y_i - a))
                     - math.log((y_j + a) / (n_j + alpha0 - y_j - a)))
            z = delta / math.sqrt(1 / (y_i + a) + 1 / (y_j + a))
            rows.append({"group": group, "term": w, "count": y_i, "delta": delta, "z": z})
    return pd.DataFrame(rows)


def _grouped_tokens(records_or_texts, by: str) -> dict[str, Counter]:
    counts: dict[str, Counter] = {}
    if isinstance(records_or_texts, Mapping):
        for group, texts in records_or_texts.items():
            c = counts.setdefault(str(group), Counter())
            for t in ([texts] if isinstance(texts, str) else texts):
                c.update(tokens(t))
        return counts
    for rec in records_of(records_or_texts):
        group = group_of(rec, by)
        if group is not None:
            counts.setdefault(group, Counter()).update(tokens(rec))
    return counts


def distinctive_terms(records_or_texts, by: str = "province", top: int = 20, prior_scale: float = 1.0,
                      min_count: int = 2):
    """The ``top`` terms of each group against the rest, by z-score (Monroe et al. 2008).

    ``records_or_texts`` is records (grouped by ``by``) or a mapping group → texts.
    """
    table = log_odds(_grouped_tokens(records_or_texts, by), prior_scale, min_count)
    if table.empty:
        return table
    table = table.sort_values(["group", "z"], ascending=[True, False])
    return table.groupby("group", sort=True).head(top).reset_index(drop=True)


def similarity(records_or_texts, by: str = "county"):
    """TF-IDF cosine similarity between groups (scikit-learn), on govtext's tokens."""
    import pandas as pd
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    counts = _grouped_tokens(records_or_texts, by)
    groups = sorted(counts)
    docs = [[w for w, n in counts[g].items() for _ in range(n)] for g in groups]
    matrix = TfidfVectorizer(analyzer=lambda d: d).fit_transform(docs)
    return pd.DataFrame(cosine_similarity(matrix), index=groups, columns=groups)
