"""Readers: paths in, :class:`~govtext.pipeline.Document` objects out.

``.txt`` files (raw bytes, decoded later by normalization), directories
(recursively), ``.jsonl`` (one object per line with ``id`` and ``text``) and
``.csv`` (a text column such as ``text``, ``full_text`` or ``content``). A line
or row that cannot be read becomes an :class:`~govtext.record.ErrorRecord`;
reading goes on.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("正文", encoding="utf-8")
>>> _ = (d / "b.jsonl").write_text('{"id": "x", "text": "正文"}\\nnot json\\n', encoding="utf-8")
>>> [(getattr(r, "id", None), type(r).__name__) for r in read_paths([d])]
[('a', 'Document'), ('x', 'Document'), ('b:2', 'ErrorRecord')]
"""
from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from govtext.io.archives import MAX_BYTES, read_tar, read_warc, read_zip
from govtext.record import Document, ErrorRecord

__all__ = ["read_paths", "KINDS", "TEXT_COLUMNS", "ID_COLUMNS", "DATE_COLUMNS", "TITLE_COLUMNS", "URL_COLUMNS"]

TEXT_COLUMNS = ("text", "full_text", "content", "body")
ID_COLUMNS = ("id", "doc_id", "document_id")
DATE_COLUMNS = ("date", "publish_date", "pub_date", "published")
TITLE_COLUMNS = ("title", "headline")
URL_COLUMNS = ("url", "source_url", "link")
#: File kinds by name ending; anything else is read as text.
KINDS = {
    "zip": (".zip",), "tar": (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz"),
    "warc": (".warc", ".warc.gz"), "jsonl": (".jsonl",), "csv": (".csv",), "html": (".html", ".htm"),
    "txt": (".txt",),
}


def _files(paths: Iterable[str | os.PathLike]) -> list[tuple[Path, Path]]:
    """``(file, root)`` pairs: each file with the directory it was found under."""
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.name.lower().endswith(tuple(s for v in KINDS.values() for s in v)):
                    out.append((f, p))
        else:
            out.append((p, p.parent))
    return out


def _pick(columns: list[str], wanted: str | None, defaults: tuple[str, ...]) -> str | None:
    if wanted:
        return wanted if wanted in columns else None
    lower = {c.lower().strip(): c for c in columns}
    return next((lower[c] for c in defaults if c in lower), None)


def _document(row: dict, fallback_id: str, source: str, cols: dict) -> Document | ErrorRecord:
    text_col = _pick(list(row), cols.get("text"), TEXT_COLUMNS)
    id_col = _pick(list(row), cols.get("id"), ID_COLUMNS)
    doc_id = str(row[id_col]) if id_col and row.get(id_col) not in (None, "") else fallback_id
    if text_col is None or not isinstance(row.get(text_col), str):
        return ErrorRecord(doc_id, "input", "no text column (looked for "
                           f"{cols.get('text') or ', '.join(TEXT_COLUMNS)})", source)
    used = {text_col, id_col}
    fields = {}
    for name, defaults in (("date", DATE_COLUMNS), ("title", TITLE_COLUMNS), ("url", URL_COLUMNS)):
        col = _pick(list(row), cols.get(name), defaults)
        if col:
            used.add(col)
            fields[name] = None if row[col] in (None, "") else str(row[col])
    meta = {k: v for k, v in row.items() if k not in used and k is not None}
    return Document(row[text_col], id=doc_id, source=source, meta=meta, **fields)


def _read_jsonl(lines, stem: str, source: str, cols: dict) -> Iterator[Document | ErrorRecord]:
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield ErrorRecord(f"{stem}:{n}", "input", f"line {n} is not a JSON object: {exc}", source)
            continue
        if not isinstance(row, dict):
            yield ErrorRecord(f"{stem}:{n}", "input", f"line {n} is not a JSON object", source)
            continue
        yield _document(row, f"{stem}:{n}", source, cols)


def _read_csv(data: bytes, stem: str, source: str, cols: dict) -> Iterator[Document | ErrorRecord]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield ErrorRecord(stem, "decode", f"CSV is not UTF-8: invalid byte at offset {exc.start}", source)
        return
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    n = 0
    while True:
        n += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ErrorRecord(f"{stem}:{n}", "input", f"row {n}: {exc}", source)
            continue
        if None in row:  # more fields than the header names
            yield ErrorRecord(f"{stem}:{n}", "input", f"row {n} has more fields than the header", source)
            continue
        yield _document(row, f"{stem}:{n}", source, cols)


def _kind(name: str) -> str:
    lower = name.lower()
    for kind, suffixes in KINDS.items():
        if lower.endswith(suffixes):
            return kind
    return "txt"


def _from_bytes(name: str, doc_id: str, data: bytes, source: str, cols: dict):
    """Documents from a file's bytes (a file on disk or an archive member), by its name."""
    kind = _kind(name)
    if kind == "jsonl":
        yield from _read_jsonl(data.splitlines(), doc_id, source, cols)
    elif kind == "csv":
        yield from _read_csv(data, doc_id, source, cols)
    elif kind == "html":
        from govtext.io.html import read_html
        from govtext.normalize.decode import DecodeError

        try:
            yield read_html(data, id=doc_id, source=source)
        except DecodeError as exc:
            yield ErrorRecord(doc_id, "decode", str(exc), source)
    else:
        yield Document(data, id=doc_id, source=source)


def read_paths(paths: Iterable[str | os.PathLike], *, id_col: str | None = None,
               text_col: str | None = None, date_col: str | None = None,
               title_col: str | None = None, max_bytes: int = MAX_BYTES) -> Iterator[Document | ErrorRecord]:
    """Documents from files, directories and archives, in path order.

    A file's id is its name without extension, or its path relative to the
    directory given, without extension, when two files share a name; an archive
    member's id is its path inside the archive without extension; a table row's id
    is its id column or ``<file stem>:<row number>``.
    """
    cols = {"id": id_col, "text": text_col, "date": date_col, "title": title_col}
    files = _files(paths)
    rels = [(f, root, f.relative_to(root) if f.is_relative_to(root) else Path(f.name)) for f, root in files]
    stems = Counter(_stem(Path(f.name)) for f, _, _ in rels)
    rel_stems = Counter(_stem(rel) for _, _, rel in rels)
    for f, root, rel in rels:
        stem = _stem(Path(f.name))
        if stems[stem] > 1:  # two files share a name: their relative paths tell them apart
            stem = _stem(rel) if rel_stems[_stem(rel)] == 1 else rel.as_posix()
        kind = _kind(f.name)
        source = str(f)
        try:
            if kind == "zip":
                yield from read_zip(f, lambda n, i, d, s: _from_bytes(n, i, d, s, cols), max_bytes)
            elif kind == "tar":
                yield from read_tar(f, lambda n, i, d, s: _from_bytes(n, i, d, s, cols), max_bytes)
            elif kind == "warc":
                yield from read_warc(f, max_bytes)
            elif kind in ("jsonl",):
                with open(f, "rb") as fh:
                    yield from _read_jsonl(fh, stem, source, cols)
            else:
                size = f.stat().st_size
                if size > max_bytes:
                    yield ErrorRecord(stem, "too_large", f"file of {size} bytes exceeds {max_bytes}", source)
                    continue
                yield from _from_bytes(f.name, stem, f.read_bytes(), source, cols)
        except OSError as exc:
            yield ErrorRecord(stem, "io", f"{type(exc).__name__}: {exc.strerror or exc}", source)


def _stem(p: Path) -> str:
    """A path without its extension (.tar.gz and .warc.gz count as one)."""
    name = p.as_posix()
    for double in (".tar.gz", ".warc.gz", ".tar.bz2", ".tar.xz"):
        if name.lower().endswith(double):
            return name[: -len(double)]
    return name[: -len(p.suffix)] if p.suffix else name
