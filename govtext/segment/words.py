"""Word-boundary tests for matches found by string search.

A short term or name found inside running text may belong to a neighbouring
word instead (面积|分别 holds no 积分; 示范县 holds no 范县). Rather than segment
the text, the test asks jieba's dictionary (with the policy lexicon) whether the
character before the match forms a word with the match's first character, or
the match's last character one with the character after it.

>>> crosses_words("县城建成区面积分别提高", 6, 8)   # 面积|分别 holds no 积分
True
>>> crosses_words("推动绿色发展示范县建设", 7, 9)   # 示范县 holds no 范县
True
>>> crosses_words("峨山县开展擂台赛", 0, 3)
False
"""
from __future__ import annotations

from govtext.segment.jieba_backend import fast_tokenizer, tokenizer

__all__ = ["crosses_words", "is_word"]


def is_word(s: str) -> bool:
    """Whether ``s`` is a word of jieba's dictionary or the policy lexicon."""
    fast = fast_tokenizer()
    if fast is not None:
        return fast.has_word(s)
    return bool(tokenizer().FREQ.get(s))


def crosses_words(text: str, start: int, end: int, allowed=None, both_edges: bool = True) -> bool:
    """True if ``text[start:end]`` cuts a two-character word at its start (or either edge).

    ``allowed`` (a compiled pattern) names words that may be cut all the same:
    where two terms overlap (工作|闭环管理), leftmost-longest decides. Terms that
    count inside compounds test only their start (专班主动 keeps 专班).
    """
    edges = ((start - 1, start + 1), (end - 1, end + 1)) if both_edges else ((start - 1, start + 1),)
    for a, b in edges:
        if a < 0 or b > len(text):
            continue
        word = text[a:b]
        if is_word(word) and not (allowed is not None and allowed.search(word)):
            return True
    return False
