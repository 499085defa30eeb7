"""Title, date, outlet and bylines from the page text (SPEC §1 "Fields").

>>> text = "峨山县奋力开创新局面\\n发布时间:2022-05-25来源:玉溪网\\n\\n正文。(玉溪日报全媒体记者  宋蝶  通讯员  曹文学)"
>>> m = read_meta(text, title="峨山县奋力开创新局面")
>>> m.date, m.outlet, [(b.role, b.name) for b in m.bylines]
('2022-05-25', '玉溪网', [('记者', '宋蝶'), ('通讯员', '曹文学')])
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from govtext.extract.numerals import chinese_digits_to_int
from govtext.record import Byline

__all__ = ["Meta", "read_meta", "read_date", "read_outlet", "read_bylines"]

_HEADER_LINES = 12
_ROLE = regex.compile(r"^(?P<prefix>.*?)(?P<role>记者|通讯员)[:：]?(?P<rest>.*)$")
_NAME = regex.compile(r"^\p{Han}{2,4}$|^\p{Han}{1,6}·\p{Han}{1,8}$")
_STOP = regex.compile(r"^(编辑|责编|责任编辑|摄影|摄|审核|校对|实习生|编审)")
_PAREN_TAIL = regex.compile(r"[(（]([^()（）\n]{2,80})[)）]\s*$")
_PAREN_HEAD = regex.compile(r"^\s*\p{Han}{0,10}讯?\s*[(（]([^()（）\n]{2,80})[)）]")
_OUTLET = regex.compile(r"(?:来源|稿源)\s*[:：]\s*(?P<v>[^\s:：|()（）]*)")
_OUTLET_LINE = regex.compile(r"^\s*[(（]?\s*(?:信息)?(?:来源|稿源)\s*[:：]")
_DATE_LABEL = regex.compile(
    r"(?:发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期)\s*[:：]\s*"
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})"
)
_DATE_LABEL_ALONE = regex.compile(r"^\s*(?:发布时间|发布日期|发表时间|发稿时间|时间|日期)\s*[:：]\s*$")
_FULL_DATE = regex.compile(
    r"^\s*(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})日?"
    r"(?:\s*\d{1,2}[:时]\d{2}(?:[:分]\d{2}秒?|分)?)?\s*$"
)
_ISO_IN_LINE = regex.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)")
_CN_DIGIT = "〇零一二三四五六七八九十"
_DATED_DOCUMENT = regex.compile(
    rf"(?P<y>\d{{4}}|[{_CN_DIGIT}]{{4}})年(?P<m>\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})月"
    rf"(?P<d>\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})日\s*在[^。\n]{{0,60}}?(?:会议|大会|会)上"
)
_OUTLET_SUFFIX = regex.compile(r"(?:全媒体|融媒体中心)$")


@dataclass
class Meta:
    """What the page says about itself."""

    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    bylines: list[Byline] = field(default_factory=list)


def _header(text: str) -> list[str]:
    """The lines above the body: up to the first line that reads as running prose."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if len(line.strip()) > 60 and regex.search(r"[。，,]", line):
            break
        out.append(line)
        if len(out) >= _HEADER_LINES:
            break
    return out


def _iso(y: str, m: str, d: str) -> str | None:
    try:
        year = int(y) if y.isdigit() else chinese_digits_to_int(y, positional=True)
        month = int(m) if m.isdigit() else chinese_digits_to_int(m)
        day = int(d) if d.isdigit() else chinese_digits_to_int(d)
    except ValueError:
        return None
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def read_date(text: str) -> str | None:
    """The publication date written on the page, else the date of a dated document.

    Event dates (``2月27日讯``) and years inferred from content never count.
    """
    header = _header(text)
    for i, line in enumerate(header):
        m = _DATE_LABEL.search(line)
        if m:
            return _iso(m["y"], m["m"], m["d"])
        if _DATE_LABEL_ALONE.match(line) and i + 1 < len(header):
            m = _FULL_DATE.match(header[i + 1])
            if m:
                return _iso(m["y"], m["m"], m["d"])
    for line in header:
        m = _FULL_DATE.match(line) or _ISO_IN_LINE.search(line)
        if m:
            return _iso(m["y"], m["m"], m["d"])
    m = _DATED_DOCUMENT.search(text)
    if m:
        return _iso(m["y"], m["m"], m["d"])
    return None


def _byline_tokens(content: str) -> list[Byline] | None:
    """Parse ``[outlet]记者 name … 通讯员 name …``; ``None`` if anything else is there."""
    content = regex.sub(r"(记者|通讯员)\s*[:：]\s*", r"\1 ", content.strip())  # 通讯员：张三
    if content.endswith("摄") or content.endswith("摄影"):
        return None
    found: list[Byline] = []
    role = None
    for token in content.split():
        if _STOP.match(token):
            role = "stop"
            continue
        m = _ROLE.match(token)
        if m:
            role = m["role"]
            if m["rest"]:
                if not _NAME.match(m["rest"]):
                    return None
                found.append(Byline(role, m["rest"]))
            continue
        if role is None or not _NAME.match(token):
            return None
        if role != "stop":
            found.append(Byline(role, token))
    return found or None


def _byline_prefix(content: str) -> str | None:
    m = _ROLE.match(content.strip().split()[0]) if content.strip() else None
    return m["prefix"] if m else None


def _byline_sources(text: str):
    """Yield the text of each byline: whole lines and (…) at either end of a line."""
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or len(stripped) > 120:
            continue
        inner = stripped[1:-1] if stripped[0] in "(（" and stripped[-1] in ")）" else stripped
        if len(inner) <= 60:
            yield inner
        for pattern in (_PAREN_HEAD, _PAREN_TAIL):
            m = pattern.search(line)
            if m:
                yield m.group(1)


def read_bylines(text: str) -> tuple[list[Byline], str | None]:
    """Bylines (role 记者 or 通讯员) in order, and the outlet a byline names."""
    bylines: list[Byline] = []
    outlet = None
    for content in _byline_sources(text):
        found = _byline_tokens(content)
        if not found:
            continue
        prefix = _byline_prefix(content)
        if outlet is None and prefix and found[0].role == "记者":
            outlet = prefix
        for b in found:
            if b not in bylines:
                bylines.append(b)
    return bylines, outlet


def read_outlet(text: str, byline_outlet: str | None = None) -> str | None:
    """The 来源/稿源 line, else the outlet named by a byline; 本报 is no outlet."""
    lines = text.split("\n")
    header = set(_header(text))
    for i, line in enumerate(lines):
        m = _OUTLET.search(line)
        if not m or not (line in header or (len(line.strip()) <= 40 and _OUTLET_LINE.match(line))):
            continue
        value = m["v"] or (lines[i + 1].strip().split()[0] if i + 1 < len(lines) and lines[i + 1].strip() else "")
        value = regex.sub(r"(?:点击数|作者|编辑|时间|发布时间).*$", "", value)
        if value and value != "本报":
            return value
    if byline_outlet:
        outlet = _OUTLET_SUFFIX.sub("", byline_outlet)
        if outlet and not outlet.startswith("本报"):
            return outlet
    return None


def read_meta(text: str, title: str | None = None) -> Meta:
    """Title (as normalization found it), date, outlet and bylines of a normalized text."""
    bylines, byline_outlet = read_bylines(text)
    return Meta(title=title, date=read_date(text), outlet=read_outlet(text, byline_outlet), bylines=bylines)
