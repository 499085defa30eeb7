"""The pipeline: normalize → segment → extract → :class:`~govtext.record.Record`.

It composes the stages and does nothing else; each stage is testable alone.

>>> nlp = Pipeline()
>>> rec = nlp("锤炼作风\\n时间:2024-02-22  来源:群众新闻网\\n\\n正文。", id="a")
>>> rec.title, rec.date, rec.outlet
('锤炼作风', '2024-02-22', '群众新闻网')
"""
from __future__ import annotations

import os
import re
from typing import Any, Iterable, Iterator, Mapping

from govtext.extract import EXTENDS, EXTRACTORS
from govtext.extract.meta import read_meta
from govtext.normalize import REPAIRS, DecodeError, normalize
from govtext.record import Document, ErrorRecord, Record
from govtext.segment import Doc, add_words

__all__ = ["Pipeline", "default_pipeline"]

_FIELDS = ("title", "date", "url")


class Pipeline:
    """Composed stages with their options.

    Parameters
    ----------
    lexicons : iterable of str or paths
        Extra words for segmentation (a researcher's own lexicon), added to jieba.
    mechanism_terms : mapping of type to terms, optional
        Extra §3 mechanism terms, e.g. ``{"contest": ["赛马比拼"]}``; they are also
        added to the segmentation lexicon.
    stages : iterable of str, optional
        Extractors to run, from ``govtext.extract.EXTRACTORS`` (default: all).
    repairs : tuple
        The mojibake repairs of normalization (default: all, in order).
    normalize : bool
        ``False`` takes the input text as already normalized.
    """

    def __init__(self, lexicons: Iterable[str] = (), stages: Iterable[str] | None = None,
                 repairs=REPAIRS, normalize: bool = True, mechanism_terms: Mapping[str, Iterable[str]] | None = None):
        self.stages = tuple(EXTRACTORS) if stages is None else tuple(stages)
        unknown = set(self.stages) - set(EXTRACTORS)
        if unknown:
            raise ValueError(f"unknown stages {sorted(unknown)}; known: {sorted(EXTRACTORS)}")
        self.repairs = repairs
        self.normalize = normalize
        self.mechanism_terms = tuple(
            (term, type_) for type_, terms in (mechanism_terms or {}).items() for term in terms)
        self.lexicons = tuple(lexicons) + tuple(term for term, _ in self.mechanism_terms)
        self._lexicons_loaded = not self.lexicons

    def _load_lexicons(self) -> None:
        words = []
        for lex in self.lexicons:
            if "\n" in lex or not _is_file(lex):
                words.extend(w for w in lex.split() if w)
            else:
                with open(lex, encoding="utf-8") as fh:
                    words.extend(line.split()[0] for line in fh if line.strip() and not line.startswith("#"))
        add_words(words)
        self._lexicons_loaded = True

    def __call__(self, text: str | bytes, id: str | None = None, source: str | None = None,
                 **meta: Any) -> Record:
        """Extract one record; raises :class:`~govtext.DecodeError` for undecodable bytes."""
        doc = Document(text, id=id, source=source, **{k: meta.pop(k) for k in _FIELDS if k in meta})
        doc.meta = meta
        return self.process(doc)

    def process(self, document: Document) -> Record:
        """Run every stage over one :class:`Document`."""
        if not self._lexicons_loaded:
            self._load_lexicons()
        if self.normalize:
            norm = normalize(document.text, repairs=self.repairs)
            text, title, script = norm.text, norm.title, norm.script
            repairs, warnings = norm.repairs, norm.warnings
        else:
            text = document.text if isinstance(document.text, str) else document.text.decode("utf-8")
            title, script, repairs, warnings = None, None, [], []
        doc = Doc(text, title=title, options={"mechanism_terms": self.mechanism_terms})
        page = read_meta(text, title)
        record = Record(
            id=document.id, source=document.source,
            title=page.title or document.title, date=page.date or _iso_date(document.date),
            outlet=page.outlet, bylines=page.bylines, script=script, text=text,
            repairs=repairs, warnings=list(warnings), url=document.url, meta=dict(document.meta),
        )
        for name in self.stages:
            # later extractors may read earlier results (mechanisms use numbered slogans)
            doc.results[name] = EXTRACTORS[name](doc)
            if name in EXTENDS:
                getattr(record, EXTENDS[name]).extend(doc.results[name])
            else:
                setattr(record, name, doc.results[name])
        return record

    def pipe(self, documents: Iterable[Any]) -> Iterator[Record | ErrorRecord]:
        """Stream records; a document that cannot be processed gives an :class:`ErrorRecord`."""
        for item in documents:
            if isinstance(item, ErrorRecord):
                yield item
                continue
            yield self.safe_process(Document.coerce(item))

    def safe_process(self, document: Document) -> Record | ErrorRecord:
        """:meth:`process`, with bad input turned into an error record with the reason."""
        try:
            record = self.process(document)
        except DecodeError as exc:
            return ErrorRecord(document.id, "decode", str(exc), document.source)
        except RecursionError as exc:  # pathological nesting in an input
            return ErrorRecord(document.id, "internal", f"{type(exc).__name__}: {exc}", document.source)
        if not record.text.strip():
            return ErrorRecord(document.id, "empty", "no text left after normalization", document.source)
        return record


def _is_file(s: str) -> bool:
    return os.path.isfile(s)


def _iso_date(value: Any) -> str | None:
    """An input's date column as ISO ``YYYY-MM-DD`` (its first ten characters), if it is one."""
    if value is None:
        return None
    m = re.match(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", str(value))
    return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


_DEFAULT: list[Pipeline] = []


def default_pipeline() -> Pipeline:
    """The shared default :class:`Pipeline` used by :func:`govtext.extract`."""
    if not _DEFAULT:
        _DEFAULT.append(Pipeline())
    return _DEFAULT[0]
