"""Build govtext's character n-gram model from the national reports in corpus/.

    python scripts/build_lm.py            # writes govtext/data/lm_zh.tsv.gz

Sources: the 52 national government work reports (1954–2025) and the CPC congress
reports (corpus/national/…), not the provincial reports (the simulated mojibake
set is made from those), normalized to simplified script first; and the words of
jieba's dictionary (a dependency), each counted ``frequency / DICT_SCALE`` times,
so that everyday words the reports never use (手机, 看着) are known too: county
news talks about phones, reports seldom do. The dictionary's 60 million counts
so scaled weigh about as much as the reports' 1.5 million characters. Kept:
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
DICT_SCALE = 40


def dictionary_words():
    """``(word, weight)`` for jieba's dictionary words of two characters or more."""
    from importlib.resources import files

    with (files("jieba") / "dict.txt").open("r", encoding="utf-8") as fh:
        for line in fh:
            word, freq = line.split()[:2]
            weight = round(int(freq) / DICT_SCALE)
            if weight and len(word) >= 2:
                yield word, weight


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
    for word, weight in dictionary_words():
        for n in (1, 2, 3):
            for i in range(len(word) - n + 1):
                counts[n][word[i:i + n]] += weight
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# govtext character n-grams v2: ngram<TAB>count; \\x02/\\x03 mark line starts/ends\n")
        for n in (1, 2, 3):
            for gram, c in sorted(counts[n].items()):
                if n < 3 or c >= MIN_TRIGRAM:
                    fh.write(f"{gram}\t{c}\n")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB): "
          f"{len(counts[1])} unigrams, {len(counts[2])} bigrams, "
          f"{sum(1 for c in counts[3].values() if c >= MIN_TRIGRAM)} trigrams")


if __name__ == "__main__":
    main()
