"""Resumable output: JSON Lines written one whole line at a time.

On ``--resume`` the existing output is read back: a half-written last line (a
crash mid-write) is cut off, and the ids already written are skipped.

>>> import tempfile, os
>>> p = os.path.join(tempfile.mkdtemp(), "out.jsonl")
>>> _ = open(p, "w").write('{"id": "a"}\\n{"id": "b')
>>> sorted(recover(p))
['a']
>>> open(p).read()
'{"id": "a"}\\n'
"""
from __future__ import annotations

import json
import os

__all__ = ["recover"]


def recover(path: str) -> set[str]:
    """Ids already in ``path``; truncates a partial last line. Empty set if there is no file."""
    if not os.path.exists(path):
        return set()
    done: set[str] = set()
    with open(path, "rb+") as fh:
        data = fh.read()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            fh.truncate(end)
        for line in data[:end].splitlines():
            try:
                done.add(str(json.loads(line).get("id")))
            except (json.JSONDecodeError, UnicodeDecodeError):
                continue
    return done
