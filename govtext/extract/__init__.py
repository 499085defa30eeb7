"""Extraction: one module per item kind, each a function ``Doc -> items``.

:data:`EXTRACTORS` names them in the order the pipeline runs them; an extractor
may read the results of those before it from ``doc.results``.
"""
from __future__ import annotations

from typing import Callable

from govtext.extract.candidates import mechanism_candidates
from govtext.extract.mechanisms import extract_mechanisms
from govtext.extract.meta import Meta, read_meta
from govtext.extract.places import choose_county, extract_places
from govtext.extract.quantities import extract_quantities
from govtext.extract.slogans import extract_slogans

__all__ = ["Meta", "read_meta", "EXTRACTORS", "EXTENDS"]

#: Record field -> extractor, in run order.
EXTRACTORS: dict[str, Callable] = {
    "slogans": extract_slogans,
    "mechanisms": extract_mechanisms,
    "quantities": extract_quantities,
    "places": extract_places,
    "county": choose_county,  # reads the places above; gives a County or None
    "mechanism_candidates": mechanism_candidates,  # warnings: unlisted instrument names
}

#: Extractors whose items extend another record field instead of filling their own.
EXTENDS = {"mechanism_candidates": "warnings"}
