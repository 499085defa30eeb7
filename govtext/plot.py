"""Figures for comparisons (matplotlib), with Chinese labels that render on a fresh machine.

The CJK font comes from the ``mplfonts`` package (Noto Sans CJK SC), registered
with matplotlib inside govtext's plotting only: a user's other figures and
matplotlibrc are left alone, and no font the machine happens to have is relied on.

>>> import pandas as pd
>>> fig = heatmap(pd.DataFrame({"province": ["云南省"], "item": ["擂台赛"], "count": [3]}), value="count")
>>> fig.axes[0].get_ylabel()
'province'
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import cache

__all__ = ["heatmap", "adoption_curve", "distinctive_bar", "cjk_font"]


@cache
def cjk_font() -> str:
    """Register the packaged Noto Sans CJK SC with matplotlib; return its family name."""
    from importlib.resources import files

    from matplotlib import font_manager

    path = files("mplfonts") / "fonts" / "NotoSansCJKsc-Regular.otf"
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


@contextmanager
def _cjk():
    """pyplot with the CJK font for the figures made inside; every text of the figure keeps
    the font afterwards, so that saving or showing it later renders the same."""
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    family = [cjk_font(), "DejaVu Sans"]
    before = set(plt.get_fignums())
    with plt.rc_context({"font.family": "sans-serif", "font.sans-serif": family, "axes.unicode_minus": False}):
        yield plt
    for num in set(plt.get_fignums()) - before:
        for text in plt.figure(num).findobj(Text):
            text.set_fontfamily(family)


def heatmap(table, value: str = "rate_per_1000", top: int = 30, by: str | None = None):
    """Heatmap of a :func:`govtext.compare.crosstab` table: groups × items (the ``top`` items)."""
    by = by or table.columns[0]
    wide = table.pivot_table(index=by, columns="item", values=value, aggfunc="sum", fill_value=0)
    order = wide.sum().sort_values(ascending=False).index[:top]
    wide = wide[order]
    with _cjk() as plt:
        fig, ax = plt.subplots(figsize=(max(4, 0.45 * len(order) + 2), max(2.5, 0.35 * len(wide) + 1.5)))
        im = ax.imshow(wide.values, aspect="auto", cmap="YlOrRd")
        ax.set_xticks(range(len(order)), list(order), rotation=60, ha="right")
        ax.set_yticks(range(len(wide)), list(wide.index))
        ax.set_ylabel(by)
        fig.colorbar(im, ax=ax, label=value)
        fig.tight_layout()
    return fig


def adoption_curve(diffusion_table, title: str | None = None):
    """Cumulative adoption of a slogan or mechanism over time (:func:`govtext.compare.diffusion`)."""
    import pandas as pd

    dates = pd.to_datetime(diffusion_table["first_date"].astype(str), errors="coerce", format="mixed")
    with _cjk() as plt:
        fig, ax = plt.subplots(figsize=(6, 3.5))
        ax.step(dates, diffusion_table["adopters"], where="post", marker="o")
        ax.set_xlabel("首次出现")
        ax.set_ylabel("采用数")
        if title:
            ax.set_title(title)
        fig.autofmt_xdate()
        fig.tight_layout()
    return fig


def distinctive_bar(terms, group: str, top: int = 15):
    """Bar chart of a group's most distinctive terms (z-scores of :func:`govtext.compare.distinctive_terms`)."""
    rows = terms[terms["group"] == group].nlargest(top, "z").iloc[::-1]
    with _cjk() as plt:
        fig, ax = plt.subplots(figsize=(5, max(2.5, 0.3 * len(rows) + 1)))
        ax.barh(rows["term"], rows["z"], color="#b03a2e")
        ax.set_xlabel("z (加权对数几率)")
        ax.set_title(group)
        fig.tight_layout()
    return fig
