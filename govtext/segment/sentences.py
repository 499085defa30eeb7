"""Sentences and clauses as spans of the text (SPEC §4: a sentence ends at
。！？ or a line break; a clause at ，,；;).

>>> text = "预计完成30亿元,同比增长7.9%。引进项目95个！"
>>> [text[s:e] for s, e in sentences(text)]
['预计完成30亿元,同比增长7.9%。', '引进项目95个！']
>>> [text[s:e] for s, e in clauses(text, 0, 18)]
['预计完成30亿元,', '同比增长7.9%。']
"""
from __future__ import annotations

import regex

__all__ = ["sentences", "clauses"]

# a closing quote or bracket right after the end mark belongs to the sentence
_SENTENCE = regex.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』)）]*|\n|$)")
_CLAUSE = regex.compile(r"[^，,；;。！？!?\n]*(?:[，,；;。！？!?]+[”’」』)）]*|\n|$)")


def _spans(pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in pattern.finditer(text, start, end):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] == "\n":
            e -= 1
        if e > s and text[s:e].strip():
            out.append((s, e))
    return out


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, end marks included."""
    return _spans(_SENTENCE, text, start, len(text) if end is None else end)


def clauses(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Clause spans of ``text[start:end]``, separators included."""
    return _spans(_CLAUSE, text, start, len(text) if end is None else end)
