"""A normalized text with its sentences, clauses and words, computed on demand.

>>> doc = Doc("开展擂台赛。评出红黑榜！")
>>> [doc.text[s:e] for s, e in doc.sentences]
['开展擂台赛。', '评出红黑榜！']
>>> doc.sentence_of(7)
(6, 12)
"""
from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from govtext.segment.jieba_backend import segment_words
from govtext.segment.sentences import clauses, sentences

__all__ = ["Doc"]


class Doc:
    """Text plus lazily computed sentence and clause spans and words."""

    def __init__(self, text: str, title: str | None = None, options: dict | None = None):
        self.text = text
        self.title = title
        self.options = options or {}  # extractor options from the pipeline (extra lexicons …)
        self.results: dict[str, list] = {}  # items of the extractors run so far, by name

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans (ended by 。！？ or a line break)."""
        return sentences(self.text)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """Clause spans (ended by ，,；; or a sentence end)."""
        return clauses(self.text)

    @cached_property
    def words(self) -> list[str]:
        """jieba words with the policy lexicon (loads jieba on first use)."""
        return segment_words(self.text)

    @cached_property
    def _starts(self) -> dict[str, list[int]]:
        return {"sentences": [s for s, _ in self.sentences], "clauses": [s for s, _ in self.clauses]}

    def _containing(self, kind: str, pos: int) -> tuple[int, int]:
        spans = getattr(self, kind)
        i = bisect_right(self._starts[kind], pos) - 1
        if i >= 0 and spans[i][0] <= pos < spans[i][1]:
            return spans[i]
        return pos, pos

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span containing offset ``pos`` (``(pos, pos)`` if none)."""
        return self._containing("sentences", pos)

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The clause span containing offset ``pos`` (``(pos, pos)`` if none)."""
        return self._containing("clauses", pos)
