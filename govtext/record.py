"""The ``govtext/1`` record: dataclasses, JSON round trip and the JSON Schema.

A :class:`Record` is what govtext extracts from one document (SPEC §1). Items
carry ``start``/``end`` offsets into ``Record.text``; repairs carry offsets into
the original input. ``to_dict()`` gives the JSON object of the SPEC, optional
fields included; ``Record.from_dict()`` gives it back.

>>> r = Record(id="a", text="开展四个行动", mechanisms=[Mechanism("比武", "contest", 0, 2)])
>>> Record.from_dict(r.to_dict()) == r
True
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, Mapping

__all__ = [
    "SCHEMA", "Repair", "Byline", "County", "Place", "Slogan", "Mechanism", "Quantity",
    "Warning", "Record", "ErrorRecord", "Document", "record_from_dict", "records_only", "json_schema",
]

SCHEMA = "govtext/1"


@cache
def _names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _flat(item) -> dict:
    """The fields of a flat dataclass as a dict (lists copied); ``dataclasses.asdict``
    deep-copies through every value and was a tenth of a worker's time."""
    return {n: list(v) if isinstance(v, list) else v for n in _names(type(item)) for v in (getattr(item, n),)}


@dataclass
class Repair:
    """One mojibake repair; ``start``/``end`` point into the original input."""

    kind: str
    start: int
    end: int
    before: str
    after: str
    confidence: float = 1.0
    verified: bool | None = None
    alternatives: list[str] | None = None

    def to_dict(self) -> dict:
        d = _flat(self)
        for key in ("verified", "alternatives"):
            if d[key] is None:
                del d[key]
        return d


@dataclass
class Byline:
    """A byline: ``role`` is 记者 or 通讯员."""

    role: str
    name: str


@dataclass
class County:
    """The county a document is about, with its NBS code."""

    name: str
    adcode: str
    province: str | None = None
    city: str | None = None


@dataclass
class Place:
    """A place named in the text and how often."""

    name: str
    adcode: str | None = None
    level: str | None = None
    count: int = 0


@dataclass
class Slogan:
    """A numbered or quoted slogan (SPEC §2)."""

    text: str
    kind: str
    number: int | None = None
    head: str | None = None
    components: list[str] = field(default_factory=list)
    start: int = 0
    end: int = 0


@dataclass
class Mechanism:
    """A named instrument of ranking, contest, assignment … (SPEC §3)."""

    text: str
    type: str
    start: int = 0
    end: int = 0


@dataclass
class Quantity:
    """An amount, count, sum or rate (SPEC §4); ``max`` only for ranges."""

    text: str
    value: float | int | None
    unit: str | None = None
    approx: str | None = None
    kind: str | None = None
    year: int | None = None
    subject: str | None = None
    start: int = 0
    end: int = 0
    max: float | int | None = None

    def to_dict(self) -> dict:
        d = _flat(self)
        if d["max"] is None:
            del d["max"]
        return d


@dataclass
class Warning:
    """Something a reader should know: a damaged run left alone, a guess …"""

    kind: str
    message: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in _flat(self).items() if v is not None or k in ("kind", "message")}


def _dump(item: Any) -> Any:
    return item.to_dict() if hasattr(item, "to_dict") else _flat(item)


def _build(cls, d: dict | None):
    if d is None:
        return None
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in d.items() if k in names})


_ITEM_LISTS = {
    "bylines": Byline, "places": Place, "repairs": Repair, "slogans": Slogan,
    "mechanisms": Mechanism, "quantities": Quantity, "warnings": Warning,
}


@dataclass
class Record:
    """Everything govtext extracts from one document (``govtext/1``)."""

    id: str | None = None
    source: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    bylines: list[Byline] = field(default_factory=list)
    county: County | None = None
    places: list[Place] = field(default_factory=list)
    script: str | None = None
    text: str = ""
    repairs: list[Repair] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)
    mechanisms: list[Mechanism] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    url: str | None = None
    meta: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The JSON object of SPEC §1 (``url`` and ``meta`` only when set)."""
        d: dict[str, Any] = {"schema": SCHEMA}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in _ITEM_LISTS:
                value = [_dump(v) for v in value]
            elif f.name == "county" and value is not None:
                value = _flat(value)
            elif f.name in ("url", "meta") and not value:
                continue
            d[f.name] = value
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Record":
        """Rebuild a record from its ``to_dict()`` form."""
        if "error" in d:
            raise ValueError(f"{d.get('id')!r} is an error record: {d['error']}")
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in d:
                continue
            value = d[f.name]
            if f.name in _ITEM_LISTS:
                value = [_build(_ITEM_LISTS[f.name], v) for v in value or []]
            elif f.name == "county":
                value = _build(County, value)
            kwargs[f.name] = value
        return cls(**kwargs)

    def _repr_html_(self) -> str:
        """Jupyter shows a record as its highlighted text (see :mod:`govtext.display`)."""
        from govtext.display import render

        return render(self)

    def spans(self):
        """Yield ``(field, item)`` for every item that carries offsets into ``text``."""
        for name in ("slogans", "mechanisms", "quantities"):
            for item in getattr(self, name):
                yield name, item


@dataclass
class ErrorRecord:
    """A document that could not be processed, with the reason."""

    id: str | None
    kind: str
    message: str
    source: str | None = None

    def to_dict(self) -> dict:
        d = {"schema": SCHEMA, "id": self.id, "error": {"kind": self.kind, "message": self.message}}
        if self.source is not None:
            d["source"] = self.source
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "ErrorRecord":
        err = d.get("error") or {}
        return cls(d.get("id"), err.get("kind", "error"), err.get("message", ""), d.get("source"))


@dataclass
class Document:
    """One input article: raw text or bytes plus what the input carried about it."""

    text: str | bytes
    id: str | None = None
    source: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    meta: dict = field(default_factory=dict)

    @classmethod
    def coerce(cls, item: Any) -> "Document":
        """A :class:`Document` from a Document, a str/bytes, or a mapping with ``text``."""
        if isinstance(item, Document):
            return item
        if isinstance(item, (str, bytes)):
            return cls(item)
        if isinstance(item, Mapping):
            known = {k: item.get(k) for k in ("id", "source", "title", "date", "url")}
            meta = {k: v for k, v in item.items() if k not in known and k not in ("text", "meta")}
            meta.update(item.get("meta") or {})
            return cls(item.get("text", ""), meta=meta, **known)
        raise TypeError(f"cannot read a document from {type(item).__name__}")


def records_only(items) -> list[Record]:
    """The records among ``items`` (records or their ``to_dict`` form); error records dropped.

    >>> [r.id for r in records_only([{"id": "a", "text": ""}, ErrorRecord("b", "empty", "")])]
    ['a']
    """
    out = []
    for item in items:
        if isinstance(item, dict):
            if "error" in item:
                continue
            item = Record.from_dict(item)
        if isinstance(item, Record):
            out.append(item)
    return out


def record_from_dict(d: dict) -> Record | ErrorRecord:
    """A :class:`Record`, or an :class:`ErrorRecord` for error lines."""
    return ErrorRecord.from_dict(d) if "error" in d else Record.from_dict(d)


def json_schema() -> dict:
    """The JSON Schema of ``govtext/1`` shipped in ``govtext/data/record.schema.json``."""
    from govtext.data import load_json

    return load_json("record.schema.json")
