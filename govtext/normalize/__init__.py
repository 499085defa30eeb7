"""Normalization: decode, repair, convert script, strip page chrome (SPEC §1).

Each kind of fix is a module of its own with one function ``text -> (text,
edits)``; :func:`normalize` composes them in order and stacks every fix's edits
in one :class:`~govtext.offsets.OffsetMap`, so any span of the output maps back
to the input and every repair is reported in original offsets.

>>> doc = normalize("關(guān)於我們(men)的擂臺賽")
>>> doc.text, doc.script
('关于我们的擂台赛', 'traditional')
>>> doc.original_span(0, 1), doc.repairs[0].before, doc.repairs[0].after
((0, 7), '關(guān)', '关')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from govtext.normalize.boilerplate import drop_repeated_title, strip_boilerplate
from govtext.normalize.decode import DecodeError, decode
from govtext.normalize.entities import fix_entities
from govtext.normalize.gbk_realign import find_sites, realign
from govtext.normalize.injected_punct import delete_injected_commas
from govtext.normalize.pinyin_gloss import delete_glosses
from govtext.normalize.script import convert_script, detect_script, to_simplified
from govtext.normalize.unicode import drop_unencodable
from govtext.normalize.whitespace import tidy_whitespace
from govtext.normalize.wrong_codec import fix_wrong_codec, unrecoverable
from govtext.offsets import Edit, OffsetMap
from govtext.record import Repair, Warning

__all__ = ["normalize", "Normalized", "DecodeError", "REPAIRS"]

Fix = Callable[[str], "tuple[str, list[Edit]]"]

#: Mojibake repairs, run in this order on the text as decoded, before script
#: conversion (SPEC §1 steps 1, 3 and 4 must see the characters as they were).
REPAIRS: tuple[tuple[str, Fix], ...] = (
    ("wrong_codec", fix_wrong_codec),
    ("gbk_realign", realign),
    ("pinyin_gloss", delete_glosses),
    ("html_entity", fix_entities),
    ("injected_punct", delete_injected_commas),
)

_MAX_ROUNDS = 4  # a repair can expose another (a gloss inside a gloss); run to a fixpoint


def _repair_to_fixpoint(run: "_Run", repairs) -> bool:
    changed = False
    for _ in range(_MAX_ROUNDS):
        step = False
        for name, fix in repairs:
            step |= run.apply(name, fix)
        if not step:
            break
        changed = True
    return changed


@dataclass
class Normalized:
    """The result of :func:`normalize`: text, script, repairs and the offset map."""

    text: str
    original: str
    script: str
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    title: str | None = None
    encoding: str | None = None
    offsets: OffsetMap = field(default_factory=OffsetMap, repr=False)
    steps: list[tuple[str, list[Edit]]] = field(default_factory=list, repr=False)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of :attr:`original` that produced ``text[start:end]``.

        >>> doc = normalize("手机版\\n\\n  标题\\n  时间:2024-02-22\\n正文")
        >>> s, e = doc.original_span(doc.text.index("正文"), len(doc.text))
        >>> doc.original[s:e]
        '正文'
        """
        start = min(max(start, 0), len(self.text))
        end = min(max(end, start), len(self.text))
        s, e = self.offsets.original_span(start, end)
        return min(s, len(self.original)), min(e, len(self.original))

    def explain(self) -> list[str]:
        """One line per repair: kind, original span, before → after, confidence."""
        return [
            f"{r.kind} [{r.start}:{r.end}] {r.before!r} -> {r.after!r} (confidence {r.confidence:g})"
            for r in self.repairs
        ]


def normalize(text: str | bytes, *, repairs: tuple[tuple[str, Fix], ...] = REPAIRS) -> Normalized:
    """Normalize one article to the ``text`` of SPEC §1.

    ``bytes`` are decoded (UTF-8, GB18030 or Big5) and raise :class:`DecodeError`
    when they are not text; nothing else is raised for ``str`` or ``bytes`` input.

    >>> normalize("锤炼作风\\n时间:2024-02-22  点击数:\\n\\n\\n正文。  ").text
    '锤炼作风\\n时间:2024-02-22\\n\\n正文。'
    """
    encoding = None
    if isinstance(text, (bytes, bytearray, memoryview)):
        text, encoding = decode(bytes(text))
    elif not isinstance(text, str):
        raise TypeError(f"normalize() takes str or bytes, not {type(text).__name__}")
    run = _Run(text)
    if run.apply("unicode", drop_unencodable):
        run.warnings.append(Warning("unencodable", f"{len(run.steps[-1][1])} lone surrogate(s) dropped"))
    script, title, script_depth = None, None, 0
    # ``settled`` is a text boilerplate removal left as it was, with the headline it found:
    # the same text gives the same again, so the pass is skipped when it comes back
    settled, settled_title = None, None

    def strip_chrome() -> tuple[str | None, bool]:
        """The headline, and whether page chrome was removed."""
        nonlocal settled, settled_title
        if run.text is settled:
            return settled_title, False
        before = run.text
        found = run.apply_titled("boilerplate", strip_boilerplate)
        if run.text is before:
            settled, settled_title = before, found
        return found, run.last_changed

    # Page chrome goes once before the repairs too, so that on a clean page the first
    # round already changes nothing (a second round would cost as much again).
    first_script, first_text = detect_script(run.text), run.text
    if first_script == "simplified":  # chrome in the other script is read once converted
        strip_chrome()
        run.apply("whitespace", tidy_whitespace)
    # Removing page chrome can expose a repair (a gloss cut off at the new end of the
    # text) or new chrome, so the chain runs again until a round changes nothing.
    repaired = False
    for round_ in range(_MAX_ROUNDS):
        if round_ == 0 or repaired or _may_expose(run.text, repairs):
            changed = _repair_to_fixpoint(run, repairs)
            repaired |= changed
        else:
            changed = False
        # later rounds only delete or tidy what was converted: script runs again only after a repair
        if round_ == 0 or changed:
            depth = len(run.offsets)
            known = first_script if run.text is first_text else None
            converted, edits, detected = convert_script(run.text, known)
            if script is None:
                script, script_depth = detected, depth
            changed |= converted != run.text
            run.push("script", converted, edits)
        found, removed = strip_chrome()
        changed |= removed
        title = title or found
        twin = run.original_title if title and script != "simplified" else None
        changed |= run.apply("repeated_title", lambda t: drop_repeated_title(t, title, twin))
        changed |= run.apply("whitespace", tidy_whitespace)
        if not changed:
            break
    warnings = run.warnings + _damage_left(run.text)
    return Normalized(
        text=run.text,
        original=text,
        script=script,
        repairs=run.repairs(convert_after=script != "simplified", script_depth=script_depth),
        warnings=warnings,
        title=title,
        encoding=encoding,
        offsets=run.offsets,
        steps=run.steps,
    )


_EDGE = 32


def _may_expose(text: str, repairs) -> bool:
    """Could the repairs, which found nothing in an earlier round, find something in ``text``?
    Since then it was converted to simplified and lost page chrome, whole lines of it: that can
    expose a repair only where the text now starts or ends (a gloss cut off at the end, a bare
    entity name first) or, through the script, to a ``?`` the realignment left."""
    if "?" in text:
        return True
    edges = (text[:_EDGE], text[-_EDGE:]) if len(text) > 2 * _EDGE else (text,)
    return any(fix(edge)[1] for edge in edges for _, fix in repairs)


def _damage_left(text: str) -> list[Warning]:
    """What normalization could not repair, pointing into the final text."""
    out = [Warning("unrecoverable", f"{text[s:e]!r}: bytes lost by a lossy decoding (kept)", s, e)
           for s, e in unrecoverable(text)]
    out += [Warning("mojibake_left", "a '?' that no verified repair explains (left as it is)", i, i + 1)
            for i in find_sites(text)]
    return out


class _Run:
    """The state of one normalization: current text, offset map, steps taken."""

    def __init__(self, text: str):
        self.original = text
        self.text = text
        self.offsets = OffsetMap()
        self.steps: list[tuple[str, list[Edit]]] = []
        self._repair_edits: list[tuple[int, Edit]] = []
        self.warnings: list[Warning] = []
        self.original_title: str | None = None
        self.last_changed = False

    def push(self, name: str, text: str, edits: list[Edit]) -> bool:
        depth = len(self.offsets)
        self._repair_edits.extend((depth, e) for e in edits if e.kind)
        self.offsets.push(edits)
        self.steps.append((name, edits))
        self.text = text
        return bool(edits)

    def apply(self, name: str, fix: Fix) -> bool:
        text, edits = fix(self.text)
        return self.push(name, text, edits)

    def apply_titled(self, name: str, fix) -> str | None:
        text, edits, title = fix(self.text)
        self.last_changed = self.push(name, text, edits)
        if title:
            i = text.find(title)
            if i >= 0:
                s, e = self.offsets.original_span(i, i + len(title))
                self.original_title = self.original[s:e]
        return title

    def repairs(self, convert_after: bool, script_depth: int) -> list[Repair]:
        out, simplified = [], {}  # most repairs give one character, the same ones again and again
        for depth, e in self._repair_edits:
            s, end = self.offsets.original_span(e.start, e.end, depth=depth)
            after = e.after
            if convert_after and depth < script_depth:
                if after not in simplified:
                    simplified[after] = to_simplified(after)[0]
                after = simplified[after]
            out.append(Repair(
                kind=e.kind, start=s, end=end, before=self.original[s:end], after=after,
                confidence=e.confidence, verified=e.verified,
                alternatives=list(e.alternatives) or None,
            ))
        out.sort(key=lambda r: (r.start, r.end))
        return out
