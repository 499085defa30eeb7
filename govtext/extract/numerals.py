"""Chinese and Arabic numerals.

>>> parse_chinese("三千"), parse_chinese("两"), parse_chinese("万亿"), parse_chinese("一百零五")
(3000, 2, 1000000000000, 105)
>>> parse_chinese("二〇二六"), parse_number("1,234.5"), parse_number("９.３５")
(2026, 1234.5, 9.35)
>>> chinese_digits_to_int("二〇二六", positional=True), chinese_digits_to_int("二十七")
(2026, 27)
"""
from __future__ import annotations

__all__ = ["parse_chinese", "parse_number", "chinese_digits_to_int", "DIGITS"]

DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2, "双": 2}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def parse_number(s: str) -> float | int:
    """An Arabic number (half- or full-width, thousands separators allowed)."""
    s = s.translate(_FULLWIDTH).replace(",", "")
    value = float(s)
    return int(value) if value.is_integer() and "." not in s else value


def parse_chinese(s: str) -> int:
    """The value of a Chinese numeral: 三千, 一百零五, 十二, 两万, 万亿, 二〇二六 (digit string)."""
    if not s:
        raise ValueError("empty numeral")
    if all(c in DIGITS for c in s) and len(s) > 1:
        return int("".join(str(DIGITS[c]) for c in s))
    high, wan, section, digit = 0, 0, 0, None  # 亿 part, 万 part, part below 万
    for c in s:
        if c in DIGITS:
            digit = DIGITS[c]
        elif c in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[c]
            digit = None
        elif c == "万":
            wan += (section + (digit or 0) or 1) * 10_000
            section, digit = 0, None
        elif c == "亿":
            high += (wan + section + (digit or 0) or 1) * 100_000_000
            wan, section, digit = 0, 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return high + wan + section + (digit or 0)


def chinese_digits_to_int(s: str, positional: bool = False) -> int:
    """Value of a Chinese numeral: digit strings (二〇二六) or ordinary numerals (二十七)."""
    if positional:
        try:
            return int("".join(str(DIGITS[c]) for c in s))
        except KeyError as exc:
            raise ValueError(f"not a digit string: {s!r}") from exc
    return parse_chinese(s)
