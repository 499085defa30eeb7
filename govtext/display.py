"""Records rendered as HTML: the evidence in context, like spaCy's displaCy.

Slogans, mechanisms (coloured by type) and quantities (value, kind and year on
hover) are highlighted in the normalized text; repairs are listed with their
original spans. Everything is escaped; the page needs no network.

>>> from govtext.record import Record, Mechanism
>>> html = render(Record(id="a", text="开展<擂台赛>", mechanisms=[Mechanism("擂台赛", "contest", 3, 6)]))
>>> '<mark class="gt gt-mech gt-contest" data-kind="mechanism" data-type="contest">擂台赛</mark>' in html
True
>>> "&lt;" in html
True
"""
from __future__ import annotations

import html
import json
from typing import Iterable

from govtext.record import ErrorRecord, Record

__all__ = ["render", "render_page", "CSS"]

CSS = """
.gt-doc{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
  line-height:1.9;max-width:52em;margin:1.5em auto;padding:0 1em;color:#222}
.gt-text{white-space:pre-wrap}
mark.gt{padding:0 .1em;border-radius:.2em;position:relative}
mark.gt-slogan{background:#fde2b8}
mark.gt-mech{background:#cfe8fc;border-bottom:2px solid #4a90c2}
mark.gt-ranking{background:#f8c9c4}mark.gt-contest{background:#fce7a6}mark.gt-assignment{background:#d4edc9}
mark.gt-checklist{background:#e3d7f4}mark.gt-evaluation{background:#cfe8fc}mark.gt-supervision{background:#f6d4e8}
mark.gt-meeting{background:#dedede}mark.gt-training{background:#c9f0ec}
mark.gt-qty{background:#e8f5e9;border-bottom:2px dotted #2e7d32}
mark.gt-repair{background:none;border-bottom:2px wavy #c62828}
mark.gt-qty::after{content:attr(data-tip);display:none;position:absolute;left:0;top:1.8em;z-index:9;
  background:#263238;color:#fff;font-size:.8em;padding:.1em .5em;border-radius:.2em;white-space:nowrap}
mark.gt-qty:hover::after{display:block}
.gt-meta{color:#555;font-size:.9em}.gt-repairs{font-size:.85em;color:#555}
.gt-index a{margin-right:1em}.gt-error{color:#b71c1c}
"""


def _items(rec: Record):
    out = []
    for s in rec.slogans:
        out.append((s.start, s.end, "slogan", {"class": "gt gt-slogan", "data-kind": "slogan",
                                               "data-slogan": s.kind}))
    for m in rec.mechanisms:
        out.append((m.start, m.end, "mechanism", {"class": f"gt gt-mech gt-{m.type}", "data-kind": "mechanism",
                                                  "data-type": m.type}))
    for q in rec.quantities:
        tip = f"{q.value} {q.unit or ''} · {q.kind}" + (f" · {q.year}" if q.year else "")
        out.append((q.start, q.end, "quantity", {"class": "gt gt-qty", "data-kind": "quantity", "data-tip": tip,
                                                 "data-value": json.dumps(q.value), "data-qkind": q.kind or ""}))
    pos = 0
    for r in rec.repairs:  # repairs hold original offsets: find their results in text order
        if not r.after.strip():
            continue
        at = rec.text.find(r.after, pos)
        if at >= 0:
            out.append((at, at + len(r.after), "repair", {
                "class": "gt gt-repair", "data-kind": "repair",
                "title": f"{r.kind}: {r.before} → {r.after} ({r.confidence:g})"}))
            pos = at + len(r.after)
    # outer spans first; a span that overlaps another without nesting is left out
    return sorted(out, key=lambda it: (it[0], -it[1]))


def _attrs(attrs: dict) -> str:
    return " ".join(f'{k}="{html.escape(str(v), quote=True)}"' for k, v in attrs.items())


def _highlight(text: str, items) -> str:
    parts, stack, pos = [], [], 0
    events: list = []
    for start, end, _, attrs in items:
        if _nests(events, start, end):
            events.append((start, end, attrs))
    opens = sorted(events, key=lambda e: (e[0], -e[1]))
    i = 0
    for cut in sorted({p for e in events for p in e[:2]} | {len(text)}):
        while stack and stack[-1] <= pos:
            parts.append("</mark>")
            stack.pop()
        parts.append(html.escape(text[pos:cut]))
        pos = cut
        while stack and stack[-1] <= pos:
            parts.append("</mark>")
            stack.pop()
        while i < len(opens) and opens[i][0] == pos:
            parts.append(f"<mark {_attrs(opens[i][2])}>")
            stack.append(opens[i][1])
            i += 1
    parts.append("</mark>" * len(stack))
    return "".join(parts)


def _nests(events, start: int, end: int) -> bool:
    """A span may nest in or contain the spans taken so far, not cross them."""
    return start < end and all(end <= s or start >= e or (s <= start and end <= e) or (start <= s and e <= end)
                               for s, e, _ in events)


def render(rec: Record | dict) -> str:
    """One record as an HTML fragment (also ``Record._repr_html_`` in Jupyter)."""
    if isinstance(rec, dict):
        rec = Record.from_dict(rec)
    esc = html.escape
    meta = " · ".join(esc(str(v)) for v in (rec.title, rec.date, rec.outlet,
                                             rec.county.name if rec.county else None) if v)
    repairs = "".join(
        f"<li>{esc(r.kind)} [{r.start}:{r.end}] {esc(r.before)} → {esc(r.after)} ({r.confidence:g})</li>"
        for r in rec.repairs)
    return (f'<div class="gt-doc" id="{esc(str(rec.id))}"><style>{CSS}</style>'
            f'<h3>{esc(str(rec.id))}</h3><div class="gt-meta">{meta}</div>'
            f'<div class="gt-text">{_highlight(rec.text, _items(rec))}</div>'
            + (f'<details class="gt-repairs"><summary>{len(rec.repairs)} repairs</summary><ul>{repairs}</ul></details>'
               if rec.repairs else "") + "</div>")


def render_page(records: Iterable, title: str = "govtext report") -> str:
    """A self-contained HTML page for a whole run, with a per-document index."""
    esc = html.escape
    index, bodies = [], []
    for rec in records:
        if isinstance(rec, dict):
            rec = ErrorRecord.from_dict(rec) if "error" in rec else Record.from_dict(rec)
        if isinstance(rec, ErrorRecord):
            bodies.append(f'<div class="gt-doc gt-error">{esc(str(rec.id))}: {esc(rec.kind)} — {esc(rec.message)}</div>')
            continue
        index.append(f'<a href="#{esc(str(rec.id), quote=True)}">{esc(str(rec.id))}</a>')
        bodies.append(render(rec))
    return ("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
            f'<div class="gt-doc gt-index"><h2>{esc(title)}</h2>{"".join(index)}</div>'
            + "".join(bodies) + "</body></html>")
