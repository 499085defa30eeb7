"""Chinese numerals.

>>> chinese_digits_to_int("二〇二六", positional=True), chinese_digits_to_int("二十七")
(2026, 27)
"""
from __future__ import annotations

__all__ = ["chinese_digits_to_int"]

_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def chinese_digits_to_int(s: str, positional: bool = False) -> int:
    """Value of a small Chinese numeral: digit strings (二〇二六) or up to 九十九 (二十七)."""
    if not s:
        raise ValueError("empty numeral")
    if positional:
        try:
            return int("".join(str(_DIGITS[c]) for c in s))
        except KeyError as exc:
            raise ValueError(f"not a digit string: {s!r}") from exc
    if "十" not in s:
        if len(s) != 1 or s not in _DIGITS:
            raise ValueError(f"not a numeral: {s!r}")
        return _DIGITS[s]
    tens, _, ones = s.partition("十")
    try:
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
    except KeyError as exc:
        raise ValueError(f"not a numeral: {s!r}") from exc
