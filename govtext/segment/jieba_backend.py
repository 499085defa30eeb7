"""Word segmentation with jieba and the policy lexicon, loaded on first use.

>>> segment_words("开展基层党建擂台赛和红黑榜评比")
['开展', '基层党建', '擂台赛', '和', '红黑榜', '评比']
"""
from __future__ import annotations

import logging
import os
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


@cache
def fast_tokenizer():
    """An ``rjieba`` tokenizer with jieba's dictionary and the policy lexicon, or ``None``.

    rjieba (``pip install govtext[fast]``) is jieba in Rust. It is given every word
    and frequency of jieba's tokenizer, and the same total, so that with the HMM off
    its tokens are jieba's (a test compares them on the whole corpus).
    Set ``GOVTEXT_SEGMENTER=jieba`` to use jieba alone.
    """
    if os.environ.get("GOVTEXT_SEGMENTER", "").lower() == "jieba":
        return None
    try:
        import rjieba
    except ImportError:
        return None
    tk = tokenizer()
    fast = rjieba.Jieba.empty()
    added = 0
    for word, freq in tk.FREQ.items():
        if freq:
            fast.add_word(word, freq, None)
            added += freq
    if tk.total > added:  # jieba counts duplicate dictionary lines in its total
        fast.add_word("\x00govtext-total", tk.total - added, None)
    return fast


def add_words(words) -> None:
    """Add user words (e.g. a researcher's own lexicon) to the shared tokenizers."""
    tk = tokenizer()
    fast = fast_tokenizer()
    for word in words:
        tk.add_word(word)
        if fast is not None:
            fast.add_word(word, tk.FREQ[word], None)


def segment_words(text: str, hmm: bool = False) -> list[str]:
    """Segment ``text`` into words (jieba's precise mode; rjieba when installed and HMM is off)."""
    if not hmm:
        fast = fast_tokenizer()
        if fast is not None:
            return fast.cut(text, False)
    return tokenizer().lcut(text, HMM=hmm)
