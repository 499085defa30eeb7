"""Word segmentation with jieba and the policy lexicon, loaded on first use.

>>> segment_words("开展基层党建擂台赛和红黑榜评比")
['开展', '基层党建', '擂台赛', '和', '红黑榜', '评比']
"""
from __future__ import annotations

import logging
import threading
from functools import cache

from govtext.segment.lexicon import policy_words

__all__ = ["tokenizer", "segment_words", "add_words"]

_LOCK = threading.Lock()


@cache
def tokenizer():
    """A jieba ``Tokenizer`` with the default dictionary and the policy lexicon."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    with _LOCK:
        tk = jieba.Tokenizer()
        tk.initialize()
        for word in policy_words():
            tk.add_word(word)
    return tk


def add_words(words) -> None:
    """Add user words (e.g. a researcher's own lexicon) to the shared tokenizer."""
    tk = tokenizer()
    for word in words:
        tk.add_word(word)


def segment_words(text: str, hmm: bool = True) -> list[str]:
    """Segment ``text`` into words (jieba's precise mode)."""
    return tokenizer().lcut(text, HMM=hmm)
