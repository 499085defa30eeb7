"""Every plot renders to PNG with Chinese labels and no missing-glyph warning."""
import warnings

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from govtext import plot  # noqa: E402
from govtext.compare import crosstab, diffusion, distinctive_terms  # noqa: E402
from govtext.record import County, Record, Slogan  # noqa: E402


def records():
    out = []
    for i, (county, date) in enumerate([("峨山彝族自治县", "2022-05-25"), ("竹溪县", "2023-02-01"), ("沂水县", "2023-06-01")]):
        out.append(Record(id=str(i), date=date, text="开展四个行动，实行红黑榜擂台赛。",
                          county=County(county, str(530426 + i), "某省", None),
                          slogans=[Slogan("四个行动", "numbered", 4, "行动", [], 2, 6)]))
    return out


def test_without_the_font_glyphs_would_be_missing(tmp_path):
    # the check below can fail: matplotlib's default font has no Chinese
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.set_title("四个行动")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig.savefig(tmp_path / "bad.png")
    assert any("missing from" in str(w.message) for w in caught)


@pytest.mark.parametrize("make", ["heatmap", "adoption", "bar"])
def test_plots_render_chinese_without_missing_glyphs(make, tmp_path):
    recs = records()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if make == "heatmap":
            fig = plot.heatmap(crosstab(recs, "slogans", by="county"))
        elif make == "adoption":
            fig = plot.adoption_curve(diffusion(recs, "四个行动"), title="四个行动的扩散")
        else:
            fig = plot.distinctive_bar(distinctive_terms({"甲": ["擂台赛擂台赛红黑榜"], "乙": ["乡村振兴"]}, min_count=1), "甲")
        fig.savefig(tmp_path / "p.png")
    missing = [str(w.message) for w in caught if "missing from" in str(w.message) or "Glyph" in str(w.message)]
    assert missing == []
    assert (tmp_path / "p.png").stat().st_size > 5000
