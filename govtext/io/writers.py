"""Writers: records out as JSON Lines, one whole line per record.

>>> import io
>>> from govtext.record import ErrorRecord
>>> buf = io.StringIO()
>>> with JsonlWriter(buf) as w:
...     w.write(ErrorRecord("a", "empty", "no text"))
>>> buf.getvalue()
'{"schema": "govtext/1", "id": "a", "error": {"kind": "empty", "message": "no text"}}\\n'
"""
from __future__ import annotations

import json
import sys
from typing import IO, NamedTuple

__all__ = ["JsonlWriter", "JsonLine", "dumps"]


def dumps(record) -> str:
    """One record as a JSON line (UTF-8 text, no ASCII escaping), without the newline."""
    return json.dumps(record.to_dict(), ensure_ascii=False)


class JsonLine(NamedTuple):
    """A record already turned into its line by :func:`dumps`: a worker serializes, the
    parent process only writes (it would otherwise take a core's share from the workers)."""

    id: str
    text: str
    is_error: bool

    @classmethod
    def of(cls, record) -> "JsonLine":
        """The line of a record or error record."""
        return cls(str(record.id), dumps(record), is_error(record))


def is_error(record) -> bool:
    """Whether ``record`` (a record, an error record or a :class:`JsonLine`) is an error."""
    return record.is_error if isinstance(record, JsonLine) else hasattr(record, "message")


class JsonlWriter:
    """Write records to a path, a text stream, or stdout (``None`` or ``"-"``)."""

    def __init__(self, target: str | IO[str] | None = None, append: bool = False,
                 errors: str | IO[str] | None = None):
        self._own = isinstance(target, str) and target != "-"
        if self._own:
            self._fh = open(target, "a" if append else "w", encoding="utf-8", newline="\n")
        elif target is None or target == "-":
            self._fh = sys.stdout
        else:
            self._fh = target
        self.counts = {"records": 0, "errors": 0}
        self._errors = None
        if errors is not None:
            self._errors = JsonlWriter(errors, append=append)

    def write(self, record) -> None:
        """Write one record (or error record, or :class:`JsonLine`) as one complete line, flushed at once."""
        error = is_error(record)
        target = self._errors if error and self._errors is not None else None
        if target is not None:
            target.write(record)
        else:
            self._fh.write((record.text if isinstance(record, JsonLine) else dumps(record)) + "\n")
            self._fh.flush()
        self.counts["errors" if error else "records"] += 1

    def close(self) -> None:
        self._fh.flush()
        if self._own:
            self._fh.close()
        if self._errors is not None:
            self._errors.close()

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
