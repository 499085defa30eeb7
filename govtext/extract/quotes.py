"""Quotations: “…”, ‘…’ and 「…」/『…』 spans, nested ones included, within a line.

>>> [(q.content(t), q.depth) for t in ["以“强基固本”行动，落实峨山县‘四个行动’"] for q in quotations(t)]
[('强基固本', 0), ('四个行动', 0)]
>>> t = "“在落实‘四个行动’上”"
>>> [(q.content(t), q.depth) for q in quotations(t)]
[('在落实‘四个行动’上', 0), ('四个行动', 1)]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

__all__ = ["Quote", "quotations"]

_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_MARKS = regex.compile("[\n" + "".join(_PAIRS) + "".join(_CLOSERS) + "]")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks; the content lies inside them."""

    start: int
    end: int
    depth: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1

    def content(self, text: str) -> str:
        return text[self.start + 1:self.end - 1]


@lru_cache(maxsize=16)
def quotations(text: str) -> tuple[Quote, ...]:
    """Balanced quotations in text order (outer before inner); unbalanced marks are ignored.

    Cached per text: several extractors ask for the same document's quotations.
    """
    out: list[Quote] = []
    stack: list[tuple[str, int]] = []
    for m in _MARKS.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            stack.clear()
        elif ch in _PAIRS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            opener = _CLOSERS[ch]
            for j in range(len(stack) - 1, -1, -1):
                if stack[j][0] == opener:
                    start = stack[j][1]
                    del stack[j:]
                    out.append(Quote(start, i + 1, j))
                    break
    out.sort(key=lambda q: (q.start, -q.end))
    return tuple(out)
