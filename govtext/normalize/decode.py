"""Bytes to text: UTF-8, GB18030 or Big5, never with a silent replacement.

>>> decode("中国".encode("gb18030"))
('中国', 'gb18030')
>>> decode(b"\\x00\\x01binary")
Traceback (most recent call last):
  ...
govtext.normalize.decode.DecodeError: binary data, not text: NUL byte at offset 0
"""
from __future__ import annotations

import codecs

__all__ = ["DecodeError", "decode", "CANDIDATES"]

#: Encodings tried after UTF-8, in order of preference on a tie.
CANDIDATES = ("gb18030", "big5hkscs")

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}


class DecodeError(ValueError):
    """Raised when bytes are not text in any supported encoding.

    ``position`` is the byte offset of the first offending byte (or ``None``).
    """

    def __init__(self, message: str, position: int | None = None):
        super().__init__(message)
        self.position = position


def _strict(data: bytes, encoding: str) -> str | UnicodeDecodeError:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        return exc


def _looks_binary(data: bytes) -> DecodeError | None:
    nul = data.find(b"\x00")
    if nul >= 0:
        return DecodeError(f"binary data, not text: NUL byte at offset {nul}", nul)
    head = data[:4096]
    controls = sum(b in _CONTROL for b in head)
    if head and controls / len(head) > 0.05:
        return DecodeError(f"binary data, not text: {controls} control bytes in the first {len(head)}", 0)
    return None


def _plausibility(text: str) -> float:
    """Share of CJK characters that fall in GB2312 or Big5's level-1 characters."""
    cjk = good = 0
    for ch in text:
        if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000":
            cjk += 1
            for enc in ("gb2312", "big5"):
                try:
                    b = ch.encode(enc)
                except UnicodeEncodeError:
                    continue
                # Big5 level 1 (common) characters: A440–C67E
                if enc == "gb2312" or b"\xa4\x40" <= b <= b"\xc6\x7e":
                    good += 1
                    break
    return good / cjk if cjk else 0.0


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` or raise :class:`DecodeError`.

    UTF-8 (with or without BOM) is taken when it decodes strictly; otherwise
    GB18030 and Big5 are tried strictly and, where both decode, the reading
    whose Han characters are more plausible wins (common characters of GB2312
    or Big5 level 1, as charset detectors do with frequency tables).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            got = _strict(data, enc)
            if isinstance(got, str):
                return got, enc
            raise DecodeError(f"invalid {enc} after its byte-order mark at offset {got.start}", got.start)
    binary = _looks_binary(data)
    if binary:
        raise binary
    got = _strict(data, "utf-8")
    if isinstance(got, str):
        return got, "utf-8"
    first_error = got
    readings = []
    for enc in CANDIDATES:
        text = _strict(data, enc)
        if isinstance(text, str):
            readings.append((text, enc))
    if not readings:
        raise DecodeError(
            f"not UTF-8, GB18030 or Big5 text: invalid byte 0x{data[first_error.start]:02x} "
            f"at offset {first_error.start}",
            first_error.start,
        )
    if len(readings) == 1:
        return readings[0]
    sample = [(text[:20000], enc, text) for text, enc in readings]
    best = max(sample, key=lambda r: (_plausibility(r[0]), -CANDIDATES.index(r[1])))
    return best[2], best[1]
