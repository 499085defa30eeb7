"""govtext: Chinese policy news to structured, citable records.

The public API is imported lazily, so ``import govtext`` stays fast and loads
neither jieba's dictionary nor OpenCC, pandas or scikit-learn.

>>> import govtext
>>> rec = govtext.extract("锤炼作风\\n时间:2024-02-22  来源:群众新闻网\\n\\n正文。", id="a")
>>> rec.to_dict()["date"]
'2024-02-22'
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from govtext._version import __version__

# The subpackages that share a name with a public function (extract, normalize,
# segment) are imported first, and the functions bound after them: Python binds
# a submodule to its parent's attribute only when it first loads it, so the
# functions keep their names. These subpackages load nothing heavy.
import govtext.extract as _extract_package  # noqa: E402,F401
from govtext.normalize import DecodeError, Normalized, normalize  # noqa: E402
from govtext.segment import clauses, segment, sentences  # noqa: E402

__all__ = [
    "__version__", "normalize", "Normalized", "DecodeError", "segment", "sentences", "clauses",
    "extract", "Pipeline", "Record", "ErrorRecord", "Document", "Repair", "Slogan", "Mechanism",
    "Quantity", "Place", "Byline", "County", "extract_many", "to_frame",
]

_LAZY = {
    "Pipeline": "govtext.pipeline",
    "extract_many": "govtext.batch", "to_frame": "govtext.io",
    **{name: "govtext.record" for name in (
        "Record", "ErrorRecord", "Document", "Repair", "Slogan", "Mechanism", "Quantity", "Place",
        "Byline", "County")},
}

if TYPE_CHECKING:  # pragma: no cover
    from govtext.pipeline import Pipeline
    from govtext.record import (Byline, County, Document, ErrorRecord, Mechanism, Place, Quantity,
                                Record, Repair, Slogan)
    from govtext.batch import extract_many
    from govtext.io import to_frame


def extract(text, id=None, source=None, **meta):
    """Extract one :class:`Record` from an article with the default :class:`Pipeline`.

    ``text`` is ``str`` or ``bytes``; ``title``, ``date`` and ``url`` keywords fill
    the record when the article itself does not give them; other keywords go to
    ``record.meta``.

    >>> extract("开展擂台赛。", id="x").id
    'x'
    """
    from govtext.pipeline import default_pipeline

    return default_pipeline()(text, id=id, source=source, **meta)


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'govtext' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(__all__)
