"""Tidy tables of records: documents and items with county, province and date; counts by group."""
from __future__ import annotations

from typing import Iterable

from govtext.io.tables import rows_of
from govtext.record import Record, records_only

__all__ = ["frames", "crosstab", "diffusion", "shared_slogans", "target_table", "records_of", "group_of"]

GROUPS = ("county", "province", "year", "adcode")


records_of = records_only  # records from records, dicts or error records (dropped)


def group_of(rec: Record, by: str) -> str | None:
    """A record's county, province, adcode or year (from the page, else the input's ``meta``)."""
    if by == "county":
        return rec.county.name if rec.county else rec.meta.get("county")
    if by == "adcode":
        return rec.county.adcode if rec.county else None
    if by == "province":
        return (rec.county.province if rec.county else None) or rec.meta.get("province")
    if by == "year":
        year = rec.date[:4] if rec.date else rec.meta.get("year")
        return str(year) if year not in (None, "") else None
    if by in rec.meta:
        return None if rec.meta[by] is None else str(rec.meta[by])
    raise ValueError(f"cannot group by {by!r}: use one of {GROUPS} or a meta column")


def frames(records: Iterable) -> dict:
    """DataFrames ``documents``, ``slogans``, ``mechanisms``, ``quantities``, each with the
    document's county, adcode, province, date and year, and its ``meta`` columns."""
    import pandas as pd

    recs = records_of(records)
    docs = pd.DataFrame(rows_of(recs, "documents"))
    if not docs.empty:
        docs["province"] = [group_of(r, "province") for r in recs]
        docs["year"] = [group_of(r, "year") for r in recs]
    keys = ["id", "county", "adcode", "province", "date", "year"] + [c for c in docs.columns if c.startswith("meta_")]
    out = {"documents": docs}
    for kind in ("slogans", "mechanisms", "quantities"):
        items = pd.DataFrame(rows_of(recs, kind))
        if not items.empty and not docs.empty:
            items = items.merge(docs[[k for k in keys if k in docs.columns]], on="id", how="left")
        out[kind] = items
    return out


def crosstab(records: Iterable, item: str = "slogans", by: str = "county", kind: str | None = None):
    """Counts of each slogan or mechanism per group, and the rate per 1,000 articles of the group.

    ``kind`` narrows slogans to ``numbered`` or ``quoted``. Columns: ``by``, ``item``, ``count``,
    ``documents`` (articles in the group), ``rate_per_1000``.
    """
    import pandas as pd

    if item not in ("slogans", "mechanisms"):
        raise ValueError("item is 'slogans' or 'mechanisms'")
    recs = records_of(records)
    docs_per_group: dict = {}
    rows = []
    for rec in recs:
        group = group_of(rec, by)
        if group is None:
            continue
        docs_per_group[group] = docs_per_group.get(group, 0) + 1
        for it in getattr(rec, item):
            if kind and getattr(it, "kind", None) != kind:
                continue
            rows.append({by: group, "item": it.text})
    if not rows:
        return pd.DataFrame(columns=[by, "item", "count", "documents", "rate_per_1000"])
    table = pd.DataFrame(rows).value_counts([by, "item"]).rename("count").reset_index()
    table["documents"] = table[by].map(docs_per_group)
    table["rate_per_1000"] = 1000 * table["count"] / table["documents"]
    return table.sort_values([by, "count", "item"], ascending=[True, False, True]).reset_index(drop=True)


def diffusion(records: Iterable, text: str, by: str = "county", item: str = "slogans"):
    """First appearance of a slogan (or mechanism) per group, and the cumulative adoption curve.

    Returns a DataFrame with ``by``, ``first_date``, ``first_id`` and ``adopters`` (groups that had
    used it by that date), in date order.
    """
    import pandas as pd

    first: dict = {}
    for rec in records_of(records):
        group, date = group_of(rec, by), rec.date or (str(rec.meta["year"]) if rec.meta.get("year") else None)
        if group is None or date is None:
            continue
        if any(it.text == text for it in getattr(rec, item)):
            if group not in first or (date, rec.id) < first[group]:
                first[group] = (date, rec.id)
    table = pd.DataFrame([{by: g, "first_date": d, "first_id": i} for g, (d, i) in first.items()])
    if table.empty:
        return pd.DataFrame(columns=[by, "first_date", "first_id", "adopters"])
    table = table.sort_values(["first_date", by]).reset_index(drop=True)
    table["adopters"] = range(1, len(table) + 1)
    return table


def shared_slogans(records: Iterable, a: str, b: str, by: str = "county") -> list[str]:
    """Slogans used in both groups ``a`` and ``b``, sorted."""
    used: dict = {a: set(), b: set()}
    for rec in records_of(records):
        group = group_of(rec, by)
        if group in used:
            used[group].update(s.text for s in rec.slogans)
    return sorted(used[a] & used[b])


def target_table(records: Iterable, by: str = "county"):
    """Quantities of kind target and actual side by side per group and subject."""
    import pandas as pd

    rows = []
    for rec in records_of(records):
        group = group_of(rec, by)
        for q in rec.quantities:
            if q.kind in ("target", "actual") and q.subject:
                rows.append({by: group, "subject": q.subject, "kind": q.kind, "value": q.value, "unit": q.unit,
                             "text": q.text, "id": rec.id})
    if not rows:
        return pd.DataFrame(columns=[by, "subject", "unit", "target", "actual"])
    frame = pd.DataFrame(rows)
    wide = frame.pivot_table(index=[by, "subject", "unit"], columns="kind", values="value", aggfunc="first")
    wide = wide.reindex(columns=["target", "actual"]).reset_index()
    wide.columns.name = None
    return wide
