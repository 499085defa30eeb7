"""Whitespace (SPEC §1 step 7).

Leading indentation and NBSPs stay; trailing whitespace goes; runs of blank
lines collapse to one; blank lines at both ends are trimmed. Nothing else.

>>> tidy_whitespace("\\n\\n  标题  \\n\\n\\n\\n正文\\xa0 \\n\\n")[0]
'  标题\\n\\n正文'
"""
from __future__ import annotations

from govtext.normalize.boilerplate import iter_lines
from govtext.offsets import Edit, apply_edits

__all__ = ["tidy_whitespace"]


def tidy_whitespace(text: str) -> tuple[str, list[Edit]]:
    """Apply step 7; return ``(text, edits)``."""
    edits: list[Edit] = []
    last_content_end = None  # end of the last non-blank line seen
    blank_run_start = None
    for s, e, nxt in iter_lines(text):
        content_end = s + len(text[s:e].rstrip())
        if content_end == s:  # a blank line
            if blank_run_start is None:
                blank_run_start = s
            continue
        if blank_run_start is not None:
            if last_content_end is None:
                edits.append(Edit(0, s, ""))  # leading blank lines
            else:
                # keep one empty line: drop the rest of the run, and the run's own spaces
                edits.append(Edit(blank_run_start, s - 1, ""))
            blank_run_start = None
        if content_end < e:
            edits.append(Edit(content_end, e, ""))
        last_content_end = content_end
        end_of_line = e
    if last_content_end is None:
        return ("", [Edit(0, len(text), "")]) if text else ("", [])
    if end_of_line < len(text) or last_content_end < end_of_line:
        # trailing newline and blank lines; the last line's own trailing space is already an edit
        start = max(last_content_end, end_of_line)
        if start < len(text):
            edits.append(Edit(start, len(text), ""))
    return apply_edits(text, edits), edits
