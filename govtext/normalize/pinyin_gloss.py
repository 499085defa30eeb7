"""Pinyin glosses: ``關(guān)`` → ``關`` (SPEC §1 step 1).

Mirror sites insert the reading of frequent traditional characters after them.
Every parenthesized tone-marked pinyin syllable is deleted; a neutral-tone one
(``們(men)``) only where it is the reading of the character before it, so that
``(a)`` or ``(me)`` in other text stay. A gloss cut off at the end of the text
(``鎮(zh``) goes too. ``村(社区)`` and ``(图片由通讯员提供)`` are not pinyin.

>>> text, edits = delete_glosses("關(guān)於我們(men)村(社区)")
>>> text
'關於我們村(社区)'
>>> [(e.start, e.end, e.after, e.kind) for e in edits]
[(0, 7, '關', 'pinyin_annotation'), (9, 15, '們', 'pinyin_annotation')]
"""
from __future__ import annotations

from functools import cache

import regex

from govtext.offsets import Edit, apply_edits

__all__ = ["delete_glosses"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_LETTERS = f"a-zü{_TONED}"
_GLOSS = regex.compile(rf"[(（]([{_LETTERS}]{{1,7}})[)）]")
_TRUNCATED = regex.compile(rf"(?<=\p{{Han}})[(（][{_LETTERS}]{{1,6}}\Z")
_HAS_TONE = regex.compile(f"[{_TONED}]")


@cache
def _reading(ch: str) -> str:
    from pypinyin import pinyin  # heavy dictionary: loaded on first use

    return pinyin(ch)[0][0]


def _is_gloss(text: str, m: regex.Match) -> bool:
    syllable = m.group(1)
    if _HAS_TONE.search(syllable):
        return True
    before = text[m.start() - 1] if m.start() else ""
    return bool(before) and "\u3400" <= before <= "\u9fff" and _reading(before) == syllable


def delete_glosses(text: str) -> tuple[str, list[Edit]]:
    """Delete pinyin glosses; each edit spans the glossed character and its gloss."""
    if "(" not in text and "（" not in text:
        return text, []
    edits: list[Edit] = []
    for m in _GLOSS.finditer(text):
        if _is_gloss(text, m):
            edits.append(_edit(text, m.start(), m.end(), edits))
    tail = _TRUNCATED.search(text, max(0, len(text) - 8))  # at the very end: no need to scan the rest
    if tail and (not edits or edits[-1].end <= tail.start()):
        edits.append(_edit(text, tail.start(), tail.end(), edits))
    return apply_edits(text, edits), edits


def _edit(text: str, start: int, end: int, earlier: list[Edit]) -> Edit:
    """Cover the glossed character too, so that the repair reads ``關(guān)`` → ``关``."""
    char_start = start - 1 if start and (not earlier or earlier[-1].end < start) else start
    return Edit(char_start, end, text[char_start:start], kind="pinyin_annotation")
