"""The policy-domain lexicon: ``policy_lexicon.txt`` plus the SPEC's mechanism terms.

>>> words = policy_words()
>>> "擂台赛" in words and "比学赶超" in words and len(words) >= 300
True
"""
from __future__ import annotations

from functools import cache

from govtext.data import load_toml, read_lines

__all__ = ["policy_words"]


@cache
def policy_words() -> tuple[str, ...]:
    """Every word of the policy lexicon, mechanism terms included, in file order."""
    words = [line.split()[0] for line in read_lines("policy_lexicon.txt")]
    mechanisms = load_toml("mechanisms.toml")
    for table in ("terms", "generic"):
        for terms in mechanisms[table].values():
            words.extend(t for t in terms if t.isalnum())  # 督、检、考 is no single word
    return tuple(dict.fromkeys(words))
