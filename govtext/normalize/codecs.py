"""The damaging decoder of mirror sites, as a registered Python codec, and the
forward model of the damage (how seeds 001 and 003 were made).

``cp936-net`` decodes GBK the way Windows/.NET cp936 does: a lead byte always
takes the next byte; a pair with an invalid trail byte gives one ``?`` (so the
``(`` or space after a stray lead byte vanishes); a user-defined or unassigned
pair gives a private-use character (which mirror sites' cleaners then delete);
a stray 0x80 gives ``€``; a lone lead byte at the end gives ``?``.

>>> b"\\xc2\\x84\\xd3(d\\xa8\\xb0ng)\\x9b\\xd5\\xdf \\xea\\x50".decode("cp936-net")
'聞?dòng)浾?關'
>>> damage("聞記者 關", glossed={"動": "dòng"})
'聞?dòng)浾?關'
"""
from __future__ import annotations

import codecs
from collections import Counter
from collections.abc import Iterable
from functools import cache

__all__ = ["decode_net", "damage", "fold_fullwidth", "gloss_bytes", "split_at_misaligned",
           "mirror_traditional", "gloss_ranking", "mirror_damage"]

_PUA_FIRST = 0xE000


def _valid_trail(b: int) -> bool:
    return 0x40 <= b <= 0x7E or 0x80 <= b <= 0xFE


def _pair(lead: int, trail: int) -> str:
    """The character of a two-byte pair: mapped, private use, or ``?``.

    The two-byte table is GB18030's, a superset of GBK's (FE83 is 䞍), with the
    user-defined areas in the private-use plane.
    """
    if not _valid_trail(trail):
        return "?"
    try:
        return bytes((lead, trail)).decode("gb18030")
    except UnicodeDecodeError:
        return chr(_PUA_FIRST + (lead << 8 | trail) % 0x1900)  # unassigned


def decode_net(data: bytes, errors: str = "strict") -> tuple[str, int]:
    """Decode like .NET cp936 (never raises): see the module docstring."""
    out, i, n = [], 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            out.append(chr(b))
            i += 1
        elif b == 0x80:
            out.append("€")
            i += 1
        elif b == 0xFF:
            out.append("?")
            i += 1
        elif i + 1 < n:
            out.append(_pair(b, data[i + 1]))
            i += 2
        else:
            out.append("?")  # a lone lead byte at the end
            i += 1
    return "".join(out), n


def _search(name: str):
    if name in ("cp936-net", "cp936_net"):
        return codecs.CodecInfo(
            name="cp936-net",
            encode=lambda s, errors="strict": codecs.lookup("gbk").encode(s, errors),
            decode=decode_net,
        )
    return None


codecs.register(_search)


def fold_fullwidth(text: str) -> str:
    """Fullwidth ASCII to ASCII (，→, ？→?), as the mirror sites did; private-use characters dropped."""
    return "".join(
        chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c
        for c in text if not 0xE000 <= ord(c) <= 0xF8FF
    )


def gloss_bytes(char: str, reading: str) -> bytes:
    """``關`` + ``(guān)`` as GBK bytes."""
    return char.encode("gbk") + b"(" + reading.encode("gbk") + b")"


def split_at_misaligned(data: bytes, marks: tuple[bytes, ...] = (b"\xa3\xbf", b"\xa3\xa1")) -> list[bytes]:
    """Cut the bytes before every GBK ？ (A3 BF) or ！ (A3 A1) that straddles a character boundary.

    Parsing is the decoder's (a lead byte takes the next byte); after a cut the
    next piece is parsed from its own start, as it is decoded alone.

    >>> split_at_misaligned("。縣".encode("gbk"))
    [b'\\xa1', b'\\xa3\\xbfh']
    """
    pieces, start, i, n = [], 0, 0, len(data)
    while i < n:
        b = data[i]
        if 0x81 <= b <= 0xFE and i + 1 < n:
            if data[i + 1:i + 3] in marks:
                pieces.append(data[start:i + 1])
                start = i = i + 1
                continue
            i += 2
        else:
            i += 1
    pieces.append(data[start:])
    return pieces


def damage(trad: str, glossed: dict[str, str], order=None, fold: bool = True) -> str:
    """The forward model: GBK, pinyin glosses inserted on bytes, cuts, .NET decoding, folding.

    ``glossed`` maps each glossed (traditional) character to its reading; ``order``
    is the order of the byte replacements (default: that of ``glossed``).
    """
    data = trad.encode("gbk")
    for char in order or glossed:
        data = data.replace(char.encode("gbk"), gloss_bytes(char, glossed[char]))
    text = "".join(decode_net(piece)[0] for piece in split_at_misaligned(data))
    return fold_fullwidth(text) if fold else text


@cache
def _mirror_table() -> tuple[frozenset[str], dict[str, str]]:
    from govtext.data import load_toml

    mirror = load_toml("script.toml")["mirror"]
    return frozenset(mirror["kept"]), dict(mirror["map"])


@cache
def _mirror_char(ch: str) -> str:
    kept, table = _mirror_table()
    if ch in kept:
        return ch
    if ch in table:
        return table[ch]
    from govtext.normalize.script import _converter

    trad = _converter("s2t").convert(ch)
    try:
        trad.encode("gbk")
    except UnicodeEncodeError:
        return ch
    return trad


def mirror_traditional(text: str) -> str:
    """Simplified text converted the way the mirror sites did, character by character
    (step 1 of the damage; only characters GBK can hold).

    >>> mirror_traditional("着力发展台湾面粉")
    '著力發展臺灣面粉'
    """
    return "".join(map(_mirror_char, text))


def gloss_ranking(texts: Iterable[str]) -> list[str]:
    """The traditional characters the mirror conversion makes from ``texts``, most frequent
    first: the mirror sites glossed a per-document cut of one such global ranking."""
    counts = Counter(t for text in texts for s, t in zip(text, mirror_traditional(text)) if s != t)
    return [ch for ch, _ in counts.most_common()]


def mirror_damage(text: str, glossed: Iterable[str]) -> str:
    """Simplified ``text`` damaged the way seeds 001 and 003 were: mirror conversion, then
    :func:`damage` with pypinyin's reading of each ``glossed`` character.

    >>> mirror_damage("新闻记者", ["動"])
    '新聞?dòng)浾?'
    """
    from pypinyin import pinyin

    return damage(mirror_traditional(text), {ch: pinyin(ch)[0][0] for ch in glossed})
