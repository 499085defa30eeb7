"""Script detection and traditional → simplified conversion (SPEC §1 step 2).

OpenCC ``t2s`` converts at phrase level; it runs once, and only on text that is
traditional or mixed (a second pass over simplified text turns 乾县 into 干县).
Then 著 → 着 where it is the aspect particle, and 陜 → 陕.

>>> to_simplified("看著關於乾縣的著作")[0]
'看着关于乾县的著作'
>>> detect_script("乾县的发展")
'simplified'
"""
from __future__ import annotations

import codecs
from functools import cache

import regex

from govtext.data import load_toml
from govtext.offsets import Edit

__all__ = ["detect_script", "to_simplified", "convert_script"]

@cache
def _converter(config: str):
    # Both the official binding and opencc-python-reimplemented install a module
    # named ``opencc`` with ``OpenCC(config).convert``; only that API is used.
    import opencc

    return opencc.OpenCC(config)


@cache
def _rules() -> tuple[tuple[str, ...], dict[str, str]]:
    data = load_toml("script.toml")
    return tuple(data["zhe_keep"]), dict(data["variants"])


@cache
def _one_script_only(ch: str, config: str, encoding: str) -> bool:
    """True if ``config`` changes ``ch`` and ``encoding`` lacks it.

    A character that t2s changes but GB2312 has (乾, 著, 余) is also a simplified
    character, so it is no evidence of traditional text; likewise for s2t and Big5.
    """
    try:
        ch.encode(encoding)
        return False
    except UnicodeEncodeError:
        return _converter(config).convert(ch) != ch


class _Evidence(Exception):
    """Raised from a probe at the first character of evidence for the other script."""


def _probe(config: str, encoding: str):
    """An encoding error handler that raises :class:`_Evidence` at the first character
    ``encoding`` lacks and ``config`` changes, and skips the others."""
    def handler(exc: UnicodeEncodeError):
        for ch in exc.object[exc.start:exc.end]:
            if ch >= "\u3400" and _one_script_only(ch, config, encoding):
                raise _Evidence
        return "", exc.end
    return handler


codecs.register_error("govtext-script-probe", _probe("t2s", "gb2312"))
codecs.register_error("govtext-simplified-probe", _probe("s2t", "big5"))


def detect_script(text: str) -> str:
    """``simplified``, ``traditional`` or ``mixed``.

    Traditional evidence is a character that t2s changes and GB2312 lacks;
    simplified evidence one that s2t changes and Big5 lacks. Text without
    traditional evidence is simplified: there is nothing to convert. Encoding
    to GB2312 (then Big5) finds the candidates in C: only the characters the
    encoding lacks reach Python, and the first piece of evidence ends the search.
    """
    try:
        text.encode("gb2312", errors="govtext-script-probe")
        return "simplified"
    except _Evidence:
        pass
    try:
        text.encode("big5", errors="govtext-simplified-probe")
        return "traditional"
    except _Evidence:
        return "mixed"


@cache
def _rule_pattern():
    keep, variants = _rules()
    return regex.compile("[著" + "".join(variants) + "]")


def _zhe_and_variants(text: str) -> str:
    keep, variants = _rules()
    chars = None
    for m in _rule_pattern().finditer(text):
        i, ch = m.start(), m.group()
        if ch == "著":
            if any(text.startswith(w, i - w.index("著")) for w in keep if i >= w.index("著")):
                continue
            new = "着"
        else:
            new = variants[ch]
        chars = chars or list(text)
        chars[i] = new
    return text if chars is None else "".join(chars)


def to_simplified(text: str, t2s_text: str | None = None) -> tuple[str, list[Edit]]:
    """Run ``t2s`` and the 著/variant rules; return the text and its edits.

    Equal-length substitutions do not move offsets, so only lines whose length
    changed are recorded (as whole-line edits).
    """
    if t2s_text is None:
        t2s_text = _converter("t2s").convert(text)
    if len(t2s_text) == len(text):
        return _zhe_and_variants(t2s_text), []
    edits, out_lines, pos = [], [], 0
    for line in text.split("\n"):
        new = _zhe_and_variants(_converter("t2s").convert(line))
        if len(new) != len(line):
            edits.append(Edit(pos, pos + len(line), new))
        out_lines.append(new)
        pos += len(line) + 1
    return "\n".join(out_lines), edits


def convert_script(text: str, script: str | None = None) -> tuple[str, list[Edit], str]:
    """Detect the script (unless ``script`` says it) and convert if it is traditional or mixed.

    Returns ``(text, edits, script)``; simplified text comes back unchanged.
    """
    script = script or detect_script(text)
    if script == "simplified":
        return text, [], script
    new, edits = to_simplified(text)
    return new, edits, script
