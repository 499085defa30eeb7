"""Build govtext's character n-gram model from the national reports in corpus/.

    python scripts/build_lm.py            # writes govtext/data/lm_zh.tsv.gz

Source: the 52 national government work reports (1954–2025) and the CPC congress
reports (corpus/national/…), not the provincial reports (the simulated mojibake
set is made from those). Text is normalized to simplified script first. Kept:
every unigram and bigram, trigrams seen at least twice.
"""
from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "corpus/national/000000_全国/1954-2025/government_work_reports.jsonl",
    ROOT / "corpus/national/000000_全国/1921-2022/cpc_congress_reports.jsonl",
]
OUT = ROOT / "govtext/data/lm_zh.tsv.gz"
MIN_TRIGRAM = 2


def texts():
    import opencc

    t2s = opencc.OpenCC("t2s")
    for path in SOURCES:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                content = json.loads(line).get("content") or ""
                yield t2s.convert(content)


def main() -> None:
    counts = {1: Counter(), 2: Counter(), 3: Counter()}
    for text in texts():
        for line in text.split("\n"):
            s = f"\x02{line.strip()}\x03"
            for n in (1, 2, 3):
                counts[n].update(s[i:i + n] for i in range(len(s) - n + 1))
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# govtext character n-grams v1: ngram<TAB>count; \\x02/\\x03 mark line starts/ends\n")
        for n in (1, 2, 3):
            for gram, c in sorted(counts[n].items()):
                if n < 3 or c >= MIN_TRIGRAM:
                    fh.write(f"{gram}\t{c}\n")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB): "
          f"{len(counts[1])} unigrams, {len(counts[2])} bigrams, "
          f"{sum(1 for c in counts[3].values() if c >= MIN_TRIGRAM)} trigrams")


if __name__ == "__main__":
    main()
