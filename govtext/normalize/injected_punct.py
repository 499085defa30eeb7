"""Injected commas (SPEC §1 step 4): some sites put a comma before every punctuation
mark. If three or more commas stand directly before another mark, every such comma goes.

>>> delete_injected_commas("比学赶超,、争创一流,。走在前列,;干在实处")[0]
'比学赶超、争创一流。走在前列;干在实处'
>>> delete_injected_commas("一,、二")[0]
'一,、二'
"""
from __future__ import annotations

import regex

from govtext.offsets import Edit, apply_edits

__all__ = ["delete_injected_commas"]

_COMMA_BEFORE_MARK = regex.compile(r"[,，](?=[、，,。；;：:！!？?”’）)》])")
_MIN = 3


def delete_injected_commas(text: str) -> tuple[str, list[Edit]]:
    """Delete commas injected before punctuation; return ``(text, edits)``."""
    found = list(_COMMA_BEFORE_MARK.finditer(text))
    if len(found) < _MIN:
        return text, []
    edits = [Edit(m.start(), m.end(), "", kind="injected_punct") for m in found]
    return apply_edits(text, edits), edits
