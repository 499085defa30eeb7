"""govtext.compare against hand computations and the gold records."""
import math
from collections import Counter

import pytest

from govtext.compare import crosstab, diffusion, distinctive_terms, frames, log_odds, shared_slogans, similarity
from govtext.compare import target_table
from govtext.record import County, Mechanism, Quantity, Record, Slogan
from conftest import GOLD, read_jsonl


def test_log_odds_two_groups_by_hand():
    # A: 擂台赛 3, 发展 1; B: 擂台赛 1, 发展 3; prior = corpus counts (4, 4), α0 = 8
    t = log_odds({"A": Counter(擂台赛=3, 发展=1), "B": Counter(擂台赛=1, 发展=3)})
    delta = math.log(7 / 5) - math.log(5 / 7)
    z = delta / math.sqrt(1 / 7 + 1 / 5)
    row = t.query("group == 'A' and term == '擂台赛'").iloc[0]
    assert row.delta == pytest.approx(delta) and row.z == pytest.approx(z) == pytest.approx(1.149271, abs=1e-6)
    assert t.query("group == 'B' and term == '擂台赛'").iloc[0].z == pytest.approx(-z)


def test_log_odds_three_groups_each_against_the_rest():
    counts = {"A": Counter(x=5), "B": Counter(x=1, y=4), "C": Counter(y=2, z=3)}
    t = log_odds(counts, prior_scale=0.5)
    # group C, term z: y_i = 3, y_j = 0, alpha = 1.5, alpha0 = 0.5 * 15 = 7.5, n_i = 5, n_j = 10
    a, a0 = 1.5, 7.5
    delta = math.log((3 + a) / (5 + a0 - 3 - a)) - math.log((0 + a) / (10 + a0 - 0 - a))
    z = delta / math.sqrt(1 / (3 + a) + 1 / (0 + a))
    assert t.query("group == 'C' and term == 'z'").iloc[0].z == pytest.approx(z)
    top = t.sort_values("z", ascending=False).groupby("group").head(1).set_index("group")["term"].to_dict()
    assert top == {"A": "x", "B": "y", "C": "z"}


def gold_records():
    return [Record.from_dict({**d, "text": ""}) for d in read_jsonl(GOLD / "seeds.jsonl")]


def test_crosstab_counts_match_the_gold_records():
    table = crosstab(gold_records(), "mechanisms", by="county")
    eshan = table[table.county == "峨山彝族自治县"].set_index("item")["count"].to_dict()
    assert eshan["红黑榜"] == 4 and eshan["擂台赛"] == 2 and eshan["三级干部擂台赛"] == 2
    assert set(table.county) == {"峨山彝族自治县", "竹溪县", "沂水县", "商南县"}  # 004 has no county
    assert (table.rate_per_1000 == 1000 * table["count"]).all()  # one article per county
    numbered = crosstab(gold_records(), "slogans", by="province", kind="numbered")
    assert numbered.set_index(["province", "item"]).loc[("云南省", "四个行动"), "count"] == 5


def test_diffusion_first_appearance_dates():
    recs = [
        Record(id="x1", date="2023-03-01", county=County("甲县", "100001", "某省", None), slogans=[Slogan("四下基层", "numbered", 4)]),
        Record(id="x2", date="2022-05-01", county=County("乙县", "100002", "某省", None), slogans=[Slogan("四下基层", "numbered", 4)]),
        Record(id="x3", date="2024-01-01", county=County("甲县", "100001", "某省", None), slogans=[Slogan("四下基层", "numbered", 4)]),
        Record(id="x4", date="2021-01-01", county=County("丙县", "100003", "某省", None), slogans=[]),
    ]
    d = diffusion(recs, "四下基层")
    assert d[["county", "first_date", "adopters"]].values.tolist() == [["乙县", "2022-05-01", 1], ["甲县", "2023-03-01", 2]]
    assert shared_slogans(recs, "甲县", "乙县") == ["四下基层"]


def test_frames_and_target_table():
    rec = Record(id="a", date="2023-01-05", county=County("竹溪县", "420324", "湖北省", "十堰市"),
                 quantities=[Quantity("10000户", 10000, "户", None, "target", 2023, "市场主体"),
                             Quantity("8000户", 8000, "户", None, "actual", 2022, "市场主体")],
                 mechanisms=[Mechanism("擂台赛", "contest", 0, 3)], meta={"source_kind": "news"})
    f = frames([rec])
    assert f["mechanisms"].loc[0, "province"] == "湖北省" and f["mechanisms"].loc[0, "year"] == "2023"
    assert f["documents"].loc[0, "meta_source_kind"] == "news"
    t = target_table([rec])
    assert t[["county", "subject", "target", "actual"]].values.tolist() == [["竹溪县", "市场主体", 10000, 8000]]


def test_tokens_keep_policy_terms_whole_and_drop_stop_words():
    from govtext.compare import tokens

    assert tokens("开展基层党建擂台赛和红黑榜评比。") == ["基层党建", "擂台赛", "红黑榜", "评比"]


def test_distinctive_terms_and_similarity_on_texts():
    texts = {"甲": ["擂台赛擂台赛擂台赛擂台赛。乡村振兴。"], "乙": ["乡村振兴乡村振兴乡村振兴乡村振兴。擂台赛。"],
             "丙": ["擂台赛。乡村振兴。"]}
    top = distinctive_terms(texts, top=1, min_count=1).set_index("group")["term"].to_dict()
    assert top["甲"] == "擂台赛" and top["乙"] == "乡村振兴"
    sim = similarity(texts)
    assert sim.loc["甲", "甲"] == pytest.approx(1.0)
    assert sim.loc["丙", "甲"] > sim.loc["乙", "甲"]
