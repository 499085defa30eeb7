"""Segmentation: words (jieba + the policy lexicon), sentences and clauses.

Importing this package loads nothing heavy; jieba's dictionary is read on the
first call to :func:`segment`.

>>> segment("以县级干部“三级干部擂台赛”为载体，推动乡村振兴")
['以', '县级干部', '“', '三级', '干部擂台赛', '”', '为', '载体', '，', '推动', '乡村振兴']
"""
from __future__ import annotations

from govtext.segment.jieba_backend import add_words, segment_words
from govtext.segment.doc import Doc
from govtext.segment.lexicon import policy_words
from govtext.segment.sentences import clauses, sentences

__all__ = ["Doc", "segment", "sentences", "clauses", "policy_words", "add_words"]


def segment(text: str) -> list[str]:
    """Words of ``text``; policy terms (擂台赛, 红黑榜, 揭榜挂帅 …) stay whole."""
    return segment_words(text)
