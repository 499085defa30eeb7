"""Records flattened to one table per item kind, joined by document id.

>>> from govtext.record import Record, Mechanism
>>> rows = rows_of([Record(id="a", text="开展擂台赛", mechanisms=[Mechanism("擂台赛", "contest", 2, 5)])], "mechanisms")
>>> rows
[{'id': 'a', 'text': '擂台赛', 'type': 'contest', 'start': 2, 'end': 5}]
"""
from __future__ import annotations

import csv
import json
from typing import Iterable

from govtext.record import ErrorRecord, Record, records_only

__all__ = ["KINDS", "rows_of", "to_frame", "CsvTables", "ParquetTables"]

KINDS = ("documents", "slogans", "mechanisms", "quantities")
_DOC_FIELDS = ("id", "source", "title", "date", "outlet", "script", "url")


def _document_row(rec: Record) -> dict:
    row = {k: getattr(rec, k) for k in _DOC_FIELDS}
    county = rec.county
    row.update(county=county.name if county else None, adcode=county.adcode if county else None,
               province=county.province if county else None, city=county.city if county else None,
               bylines="; ".join(f"{b.role} {b.name}" for b in rec.bylines),
               n_slogans=len(rec.slogans), n_mechanisms=len(rec.mechanisms), n_quantities=len(rec.quantities),
               n_repairs=len(rec.repairs), n_warnings=len(rec.warnings), chars=len(rec.text))
    row.update({f"meta_{k}": v for k, v in rec.meta.items()})
    return row


def rows_of(records: Iterable[Record | ErrorRecord | dict], kind: str) -> list[dict]:
    """Rows of one table (``documents``, ``slogans``, ``mechanisms`` or ``quantities``)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    out = []
    for rec in records_only(records):
        if kind == "documents":
            out.append(_document_row(rec))
            continue
        for item in getattr(rec, kind):
            d = item.to_dict() if hasattr(item, "to_dict") else dict(item.__dict__)
            if "components" in d:
                d["components"] = json.dumps(d["components"], ensure_ascii=False)
            out.append({"id": rec.id, **d})
    return out


def to_frame(records: Iterable[Record | ErrorRecord | dict], kind: str = "documents"):
    """A pandas DataFrame of one table (pandas is imported here, not by ``import govtext``)."""
    import pandas as pd

    return pd.DataFrame(rows_of(records, kind))


class CsvTables:
    """Write records as ``PREFIX.documents.csv``, ``PREFIX.slogans.csv`` … (UTF-8 with BOM for Excel)."""

    def __init__(self, prefix: str):
        self.prefix = prefix[:-4] if prefix.endswith(".csv") else prefix
        self.records: list = []
        self.counts = {"records": 0, "errors": 0}

    def write(self, record) -> None:
        self.counts["errors" if isinstance(record, ErrorRecord) else "records"] += 1
        if not isinstance(record, ErrorRecord):
            self.records.append(record)

    def close(self) -> None:
        for kind in KINDS:
            rows = rows_of(self.records, kind)
            fields = list(dict.fromkeys(k for row in rows for k in row)) or ["id"]
            with open(f"{self.prefix}.{kind}.csv", "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=fields)
                writer.writeheader()
                writer.writerows(rows)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class ParquetTables(CsvTables):
    """Write records as ``PREFIX.documents.parquet`` … (needs pandas and pyarrow: ``govtext[frames]``)."""

    def __init__(self, prefix: str):
        super().__init__(prefix[:-8] if prefix.endswith(".parquet") else prefix)

    def close(self) -> None:
        for kind in KINDS:
            to_frame(self.records, kind).to_parquet(f"{self.prefix}.{kind}.parquet", index=False)
