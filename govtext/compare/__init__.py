"""Comparing campaign rhetoric across counties, provinces and years (pandas in, pandas out).

>>> from govtext.record import Record, Slogan, County
>>> recs = [Record(id="a", date="2024-01-01", text="开展四个行动",
...                county=County("峨山彝族自治县", "530426", "云南省", "玉溪市"),
...                slogans=[Slogan("四个行动", "numbered", 4, "行动", [], 2, 6)])]
>>> crosstab(recs, "slogans", by="province")[["province", "item", "count", "rate_per_1000"]].to_dict("records")
[{'province': '云南省', 'item': '四个行动', 'count': 1, 'rate_per_1000': 1000.0}]
"""
from govtext.compare.tables import crosstab, diffusion, frames, shared_slogans, target_table
from govtext.compare.terms import distinctive_terms, log_odds, similarity, tokens

__all__ = ["frames", "crosstab", "distinctive_terms", "log_odds", "similarity", "diffusion",
           "shared_slogans", "target_table", "tokens"]
