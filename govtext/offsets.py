"""The offset map: every edit made to a text goes in, ``original_span`` comes out.

A fix describes what it changed as a list of :class:`Edit` objects, each a span
of *its own input* replaced by new text. :class:`OffsetMap` stacks the edit lists
of successive fixes and maps any span of the final text back to the first input.
Equal-length replacements need not be recorded (they do not move offsets), so
the map stays sparse: its size grows with the number of length-changing edits,
not with the length of the text.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterable, Sequence

__all__ = ["Edit", "OffsetMap", "apply_edits"]


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of a fix's input with ``after``.

    ``kind`` is set for edits that are reported as repairs (SPEC §1 kinds such as
    ``pinyin_annotation``); layout edits (boilerplate, whitespace) leave it ``None``.

    >>> Edit(0, 2, "")
    Edit(start=0, end=2, after='', kind=None, confidence=1.0, verified=None, alternatives=())
    """

    start: int
    end: int
    after: str
    kind: str | None = None
    confidence: float = 1.0
    verified: bool | None = None
    alternatives: tuple[str, ...] = ()


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply sorted, non-overlapping edits to ``text``.

    >>> apply_edits("關(guān)係", [Edit(1, 7, "")])
    '關係'
    """
    parts, pos = [], 0
    for e in edits:
        if e.start < pos or e.end < e.start or e.end > len(text):
            raise ValueError(f"edits overlap or fall outside the text: {e}")
        parts.append(text[pos:e.start])
        parts.append(e.after)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


@dataclass
class _Layer:
    """One fix's edits, as parallel sorted arrays of input and output spans."""

    in_starts: list[int] = field(default_factory=list)
    in_ends: list[int] = field(default_factory=list)
    out_starts: list[int] = field(default_factory=list)
    out_ends: list[int] = field(default_factory=list)

    @classmethod
    def from_edits(cls, edits: Iterable[Edit]) -> "_Layer":
        layer, shift = cls(), 0
        for e in edits:
            out_start = e.start + shift
            out_end = out_start + len(e.after)
            if layer.in_ends and layer.in_ends[-1] == e.start and layer.out_ends[-1] == out_start:
                # adjacent edits merge, so a position maps past both or neither
                layer.in_ends[-1], layer.out_ends[-1] = e.end, out_end
            else:
                layer.in_starts.append(e.start)
                layer.in_ends.append(e.end)
                layer.out_starts.append(out_start)
                layer.out_ends.append(out_end)
            shift = out_end - e.end
        return layer

    def start_back(self, p: int) -> int:
        """Input position where the character at output position ``p`` begins."""
        i = bisect_right(self.out_starts, p) - 1
        if i < 0:
            return p
        if p < self.out_ends[i]:
            return self.in_starts[i]
        return self.in_ends[i] + p - self.out_ends[i]

    def end_back(self, p: int) -> int:
        """Input position where the character before output position ``p`` ends."""
        i = bisect_left(self.out_starts, p) - 1
        if i < 0:
            return p
        if p <= self.out_ends[i]:
            return self.in_ends[i]
        return self.in_ends[i] + p - self.out_ends[i]


class OffsetMap:
    """Stacked edits of successive fixes; maps final spans to original spans.

    >>> m = OffsetMap()
    >>> m.push([Edit(1, 7, "")])          # 關(guān)係 -> 關係
    >>> m.push([Edit(0, 0, "  ")])        # indent
    >>> m.original_span(2, 4)
    (0, 8)
    """

    def __init__(self) -> None:
        self._layers: list[_Layer] = []

    def push(self, edits: Sequence[Edit]) -> None:
        """Add the edits of one fix, given in the coordinates of that fix's input."""
        if edits:
            self._layers.append(_Layer.from_edits(edits))

    def __len__(self) -> int:
        return len(self._layers)

    def start_back(self, p: int, depth: int | None = None) -> int:
        """Map a start offset from layer ``depth`` (default: the final text) to the original."""
        for layer in reversed(self._layers[:depth]):
            p = layer.start_back(p)
        return p

    def end_back(self, p: int, depth: int | None = None) -> int:
        """Map an end offset from layer ``depth`` (default: the final text) to the original."""
        for layer in reversed(self._layers[:depth]):
            p = layer.end_back(p)
        return p

    def original_span(self, start: int, end: int, depth: int | None = None) -> tuple[int, int]:
        """The span of the original input that produced ``text[start:end]``."""
        if end <= start:
            p = self.start_back(start, depth)
            return p, p
        s, e = self.start_back(start, depth), self.end_back(end, depth)
        return (s, e) if s <= e else (e, e)
