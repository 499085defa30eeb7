"""Extraction throughput per core, as a ratio to ``jieba.lcut`` on the same text.

The 31 provincial work reports are normalized once; extraction (slogans,
mechanisms, quantities, places, county, candidates) then runs over the
normalized text, and jieba.lcut over the very same text, in this run.

    python benchmarks/extract.py [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from _corpus import jieba_seconds, megabytes, provincial_texts

from govtext.normalize import normalize
from govtext.pipeline import Pipeline
from govtext.record import Document


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--profile", action="store_true", help="print where extraction spends its time")
    args = ap.parse_args()
    texts = [normalize(t).text for t in provincial_texts()]
    mb = megabytes(texts)
    pipeline = Pipeline(normalize=False)
    pipeline.process(Document(texts[0]))  # load lexicons, gazetteer and jieba once, outside the timing
    t = time.perf_counter()
    for text in texts:
        pipeline.process(Document(text))
    extract_s = time.perf_counter() - t
    base_s = jieba_seconds(texts)
    print(f"text: {len(texts)} provincial reports, {mb:.2f} MB (normalized)")
    print(f"jieba.lcut:  {mb / base_s:7.2f} MB/s")
    print(f"extraction:  {mb / extract_s:7.2f} MB/s   ratio to jieba.lcut: {base_s / extract_s:.1f}x (target >= 30x)")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for text in texts:
            pipeline.process(Document(text))
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
