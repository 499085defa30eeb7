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

from govtext.record import Document
from govtext.record import ErrorRecord

__all__ = ["read_paths", "TEXT_COLUMNS", "ID_COLUMNS", "DATE_COLUMNS", "TITLE_COLUMNS", "URL_COLUMNS"]

TEXT_COLUMNS = ("text", "full_text", "content", "body")
ID_COLUMNS = ("id", "doc_id", "document_id")
DATE_COLUMNS = ("date", "publish_date", "pub_date", "published")
TITLE_COLUMNS = ("title", "headline")
URL_COLUMNS = ("url", "source_url", "link")
TABLE_SUFFIXES = {".jsonl", ".csv"}
TEXT_SUFFIXES = {".txt"}


def _files(paths: Iterable[str | os.PathLike]) -> list[tuple[Path, Path]]:
    """``(file, root)`` pairs: each file with the directory it was found under."""
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | TABLE_SUFFIXES:
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


def _read_jsonl(path: Path, stem: str, cols: dict) -> Iterator[Document | ErrorRecord]:
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield ErrorRecord(f"{stem}:{n}", "input", f"line {n} is not a JSON object: {exc}", str(path))
                continue
            if not isinstance(row, dict):
                yield ErrorRecord(f"{stem}:{n}", "input", f"line {n} is not a JSON object", str(path))
                continue
            yield _document(row, f"{stem}:{n}", str(path), cols)


def _read_csv(path: Path, stem: str, cols: dict) -> Iterator[Document | ErrorRecord]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield ErrorRecord(stem, "decode", f"CSV is not UTF-8: invalid byte at offset {exc.start}", str(path))
        return
    csv.field_size_limit(1 << 30)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    n = 0
    while True:
        n += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ErrorRecord(f"{stem}:{n}", "input", f"row {n}: {exc}", str(path))
            continue
        if None in row:  # more fields than the header names
            yield ErrorRecord(f"{stem}:{n}", "input", f"row {n} has more fields than the header", str(path))
            continue
        yield _document(row, f"{stem}:{n}", str(path), cols)


def read_paths(paths: Iterable[str | os.PathLike], *, id_col: str | None = None,
               text_col: str | None = None, date_col: str | None = None,
               title_col: str | None = None) -> Iterator[Document | ErrorRecord]:
    """Documents from files and directories, in path order.

    A ``.txt`` file's id is its name without extension, or its path relative to
    the directory given, without extension, when two files share a name.
    """
    cols = {"id": id_col, "text": text_col, "date": date_col, "title": title_col}
    files = _files(paths)
    stems = Counter(f.stem for f, _ in files)
    for f, root in files:
        rel = f.relative_to(root) if f.is_relative_to(root) else Path(f.name)
        stem = f.stem if stems[f.stem] == 1 else rel.with_suffix("").as_posix()
        suffix = f.suffix.lower()
        try:
            if suffix == ".jsonl":
                yield from _read_jsonl(f, stem, cols)
            elif suffix == ".csv":
                yield from _read_csv(f, stem, cols)
            else:
                yield Document(f.read_bytes(), id=stem, source=str(f))
        except OSError as exc:
            yield ErrorRecord(stem, "io", f"{type(exc).__name__}: {exc.strerror or exc}", str(f))
