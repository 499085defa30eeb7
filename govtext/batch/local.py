"""The local engine: a process pool streaming documents in batches, in input order.

Each worker builds its own :class:`~govtext.pipeline.Pipeline` once and holds one
batch at a time; at most ``2 × workers`` batches are in flight, so memory stays
flat however large the archive. Results come back in input order, so two runs
give the same lines whatever the worker count.

>>> list(r.id for r in extract_many([{"id": "a", "text": "开展擂台赛。"}], workers=1))
['a']
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any, Iterable, Iterator

from govtext.record import Document, ErrorRecord, Record

__all__ = ["extract_many", "default_workers"]

_PIPELINE = None


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


_SERIALIZE = False


def _init(options: dict, serialize: bool = False) -> None:
    global _PIPELINE, _SERIALIZE
    from govtext.pipeline import Pipeline

    _PIPELINE = Pipeline(**options)
    _SERIALIZE = serialize


def _run(batch: list[Any]) -> list:
    records = _PIPELINE.pipe(batch)
    if _SERIALIZE:
        from govtext.io.writers import JsonLine

        return [JsonLine.of(r) for r in records]
    return list(records)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def extract_many(documents: Iterable[Any], workers: int | None = None, batch_size: int = 16,
                 serialize: bool = False, **pipeline_options) -> Iterator[Record | ErrorRecord]:
    """Records for ``documents`` (paths are read with :func:`govtext.io.read_paths`), in order.

    ``documents`` may mix :class:`~govtext.record.Document` objects, mappings with a
    ``text``, strings of text and error records; a ``str`` or ``Path`` naming an
    existing file or directory is read from disk. With ``serialize=True`` the workers
    yield :class:`~govtext.io.writers.JsonLine` objects, ready to write.
    """
    workers = default_workers() if workers is None else max(1, workers)
    documents = _expand_paths(documents)
    if workers == 1:
        _init(pipeline_options, serialize)
        for batch in _batches(documents, batch_size):
            yield from _run(batch)
        return
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(pipeline_options, serialize)) as pool:
        pending: deque = deque()
        for batch in _batches(documents, batch_size):
            pending.append(pool.submit(_run, batch))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _expand_paths(items: Iterable[Any]) -> Iterator[Any]:
    from pathlib import Path

    from govtext.io.readers import read_paths

    for item in items:
        if isinstance(item, Path) or (isinstance(item, str) and len(item) < 4096 and "\n" not in item
                                      and os.path.exists(item)):
            yield from read_paths([item])
        elif isinstance(item, (Document, ErrorRecord, dict, str, bytes)):
            yield item
        else:
            yield item
