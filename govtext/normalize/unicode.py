"""Characters no encoder can write: lone surrogates (from broken UTF-16 or
``surrogateescape`` decoding) are dropped, so later fixes and writers never fail.

>>> drop_unencodable("正\\ud800文")[0]
'正文'
"""
from __future__ import annotations

import regex

from govtext.offsets import Edit, apply_edits

__all__ = ["drop_unencodable"]

_SURROGATE = regex.compile(r"[\ud800-\udfff]+")


def drop_unencodable(text: str) -> tuple[str, list[Edit]]:
    """Delete lone surrogates; return ``(text, edits)``."""
    edits = [Edit(m.start(), m.end(), "") for m in _SURROGATE.finditer(text)]
    return (apply_edits(text, edits), edits) if edits else (text, [])
