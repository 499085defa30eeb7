"""Word-boundary tests on a small window, for matches found by string search.

>>> crosses_words("县城建成区面积分别提高", 6, 8)  # 面积|分别 holds no 积分
True
>>> crosses_words("推动绿色发展示范县建设", 7, 9, inside_ok=False)  # 示范县 holds no 范县
True
>>> crosses_words("峨山县开展擂台赛", 0, 3)
False
"""
from __future__ import annotations

from govtext.segment.jieba_backend import segment_words

__all__ = ["crosses_words"]


def crosses_words(text: str, start: int, end: int, allowed=None, margin: int = 8,
                  inside_ok: bool = True) -> bool:
    """True if ``text[start:end]`` cuts through a word of jieba's segmentation.

    A match may lie inside a word (积分制) but not start inside one word and end
    in another (面积|分别). ``allowed`` (a compiled pattern) names words that may be
    cut all the same: where two terms overlap (工作|闭环管理), leftmost-longest decides.
    With ``inside_ok=False`` a match may not start inside a word either (示范县 holds no 范县).
    """
    if end - start > 3 and inside_ok:
        return False  # longer names and terms do not arise by accident across words
    lo = max(0, start - margin)
    pos = lo
    for word in segment_words(text[lo:end + margin]):
        w_start, w_end = pos, pos + len(word)
        pos = w_end
        cut = w_start < start < w_end < end or start < w_start < end < w_end
        if not inside_ok and w_start < start < w_end:
            cut = True
        if cut and not (allowed is not None and allowed.search(word)):
            return True
    return False
