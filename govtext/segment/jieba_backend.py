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

    rjieba (``pip install govtext[fast]``) is jieba in Rust. It is filled from jieba's
    own ``dict.txt`` (words, frequencies and part-of-speech tags) and given the
    policy words with the frequencies jieba's ``add_word`` computes, and the same
    total, so that with the HMM off its tokens are jieba's (a test compares them on
    the whole corpus) and its tags those of jieba's tagger. No Python dictionary is
    kept: jieba's own would cost about 180 MB per worker with its tagger.
    Set ``GOVTEXT_SEGMENTER=jieba`` to use jieba alone.
    """
    if os.environ.get("GOVTEXT_SEGMENTER", "").lower() == "jieba":
        return None
    try:
        import rjieba
    except ImportError:
        return None
    if not hasattr(rjieba.Jieba, "has_word"):  # before 0.2.2: no empty dictionary, no word lookup
        return None
    fast, _, _PADDING[0] = _fill(rjieba.Jieba.empty(), policy_words())
    return fast


def _jieba_dictionary():
    """``(word, frequency, tag)`` of every line of jieba's ``dict.txt``."""
    from importlib.resources import files

    with (files("jieba") / "dict.txt").open("r", encoding="utf-8") as fh:
        for line in fh:
            word, freq, *tag = line.split()
            yield word, int(freq), (tag[0] if tag else None)


_TOTAL = "\x00govtext-total"  # a word no text holds, whose frequency makes rjieba's total jieba's
_PADDING = [0]  # that frequency, for the shared tokenizer


def _fill(fast, words) -> tuple[object, dict[str, int], int]:
    """Fill ``fast`` as ``jieba.Tokenizer().initialize()`` then ``add_word(w)`` for ``words``
    would; returns it, the frequency each of ``words`` got, and the padding of the total.

    Only the frequencies that ``suggest_freq`` can ask for are kept: those of the
    substrings of ``words`` (0 for a prefix of a word that is no word itself, as in
    jieba's prefix dictionary; 1 when absent).
    """
    pieces = {w[i:j] for w in words for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
    freq: dict[str, int] = {}
    total = 0
    duplicates = set()
    for word, f, tag in _jieba_dictionary():
        total += f  # jieba counts every line, a repeated word included
        if fast.has_word(word):
            duplicates.add(word)
        fast.add_word(word, f, tag)
        if word in pieces:
            freq[word] = f
        for k in range(1, len(word)):
            if word[:k] in pieces and word[:k] not in freq:
                freq[word[:k]] = 0
    # rjieba replaces a repeated word's frequency in its total; jieba adds every line
    padding = sum(_earlier_lines(duplicates)) if duplicates else 0
    fast.add_word(_TOTAL, padding, None)  # in place before the first cut below
    given = {}
    for word in words:
        ftotal = float(total)
        p = 1.0
        for seg in fast.cut(word, False):
            p *= freq.get(seg, 1) / ftotal
        f = max(int(p * total) + 1, freq.get(word, 1))
        padding = _add_word(fast, word, f, freq.get(word, 0), padding)
        freq[word] = given[word] = f
        for k in range(1, len(word)):
            freq.setdefault(word[:k], 0)
        total += f
    return fast, given, padding


def _add_word(fast, word: str, freq: int, old: int, padding: int) -> int:
    """Add ``word`` to ``fast`` as jieba's ``add_word`` does to its tokenizer; returns the new
    padding of the total (jieba adds the whole frequency to its total even for a word it
    had, with frequency ``old``; rjieba only the difference)."""
    if old:
        padding += old
        fast.add_word(_TOTAL, padding, None)
    fast.add_word(word, freq, "x")  # jieba's tagger says x for a word it has no tag for
    return padding


def _earlier_lines(words: set[str]):
    """Frequencies of every line of ``words`` in jieba's dictionary but the last of each."""
    lines: dict[str, list[int]] = {}
    for word, f, _ in _jieba_dictionary():
        if word in words:
            lines.setdefault(word, []).append(f)
    for fs in lines.values():
        yield from fs[:-1]


def add_words(words) -> None:
    """Add user words (e.g. a researcher's own lexicon) to the shared tokenizers."""
    tk = tokenizer()
    fast = fast_tokenizer()
    for word in words:
        old = tk.FREQ.get(word, 0)
        tk.add_word(word)
        if fast is not None:
            _PADDING[0] = _add_word(fast, word, tk.FREQ[word], old, _PADDING[0])


def segment_words(text: str, hmm: bool = False) -> list[str]:
    """Segment ``text`` into words (jieba's precise mode; rjieba when installed and HMM is off)."""
    if not hmm:
        fast = fast_tokenizer()
        if fast is not None:
            return fast.cut(text, False)
    return tokenizer().lcut(text, HMM=hmm)
