"""HTML entities, whole or stripped of ``&`` and ``;`` by a mirror site (SPEC §1 step 3).

>>> fix_entities("参加ldquo高考rdquo的考生&nbsp;共&hellip;")[0]
'参加“高考”的考生\\xa0共…'
"""
from __future__ import annotations

import html

import regex

from govtext.offsets import Edit, apply_edits

__all__ = ["fix_entities"]

_NAMES = ("ldquo", "rdquo", "lsquo", "rsquo", "mdash", "ndash", "hellip", "middot", "nbsp", "quot", "amp")
_LETTERS = regex.compile(r"[a-z]{3}")
_WHOLE = regex.compile(r"&(?:#[0-9]{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
# a bare name counts only against Chinese text on at least one side (not inside English words)
_BARE = regex.compile(rf"(?<=\p{{Han}}|^|[\s“”])(?:{'|'.join(_NAMES)})(?=\p{{Han}})|(?<=\p{{Han}})(?:{'|'.join(_NAMES)})")


def fix_entities(text: str) -> tuple[str, list[Edit]]:
    """Decode entities; return ``(text, edits)`` (kind ``html_entity``)."""
    if "&" not in text and not _LETTERS.search(text):  # every name is three letters or more
        return text, []
    edits = []
    for m in _WHOLE.finditer(text):
        new = html.unescape(m.group())
        if new != m.group():
            edits.append(Edit(m.start(), m.end(), new, kind="html_entity"))
    for m in _BARE.finditer(text):
        if not any(e.start <= m.start() < e.end for e in edits):
            edits.append(Edit(m.start(), m.end(), html.unescape(f"&{m.group()};"), kind="html_entity"))
    edits.sort(key=lambda e: e.start)
    return (apply_edits(text, edits), edits) if edits else (text, [])
