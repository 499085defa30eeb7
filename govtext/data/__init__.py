"""Versioned data files shipped with govtext, read once and cached.

Every closed list of the SPEC, the policy lexicon and the JSON Schema live
here as plain files so that researchers can read and extend them.

>>> sorted(load_toml("boilerplate.toml"))[:2]
['inline', 'lines']
"""
from __future__ import annotations

import json
import tomllib
from functools import cache
from importlib import resources

import regex

__all__ = ["path", "read_text", "load_toml", "load_json", "read_lines", "longest_first", "alternatives"]


def path(name: str):
    """A traversable for the data file ``name``."""
    return resources.files(__name__).joinpath(name)


def read_text(name: str) -> str:
    """The text of the data file ``name`` (UTF-8)."""
    return path(name).read_text(encoding="utf-8")


@cache
def load_toml(name: str) -> dict:
    """Parse a TOML data file (cached)."""
    return tomllib.loads(read_text(name))


@cache
def load_json(name: str) -> dict:
    """Parse a JSON data file (cached)."""
    return json.loads(read_text(name))


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of a text data file, ``#`` comments dropped (cached)."""
    out = []
    for line in read_text(name).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


def longest_first(words) -> tuple[str, ...]:
    """The distinct ``words`` of a list, the longest first (so that matching takes the longest)."""
    return tuple(sorted(set(words), key=len, reverse=True))


def alternatives(words) -> str:
    """``words`` as the alternatives of a pattern, escaped, the longest first.

    >>> print(alternatives(["县", "县委", "a.b"]))
    a\\.b|县委|县
    """
    return "|".join(regex.escape(w) for w in longest_first(words))
