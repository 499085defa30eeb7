"""Benchmark inputs built from the project's own corpus, and the jieba baseline."""
from __future__ import annotations

import csv
import json
import logging
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def provincial_texts() -> list[str]:
    """The 31 provincial work reports of 2026 (clean simplified text)."""
    texts = []
    for path in sorted((CORPUS / "provincial").glob("*/*/*政府工作报告.csv")):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            texts.extend(row["full_text"] for row in csv.DictReader(fh))
    if not texts:  # fall back to the dev excerpts when the reports are not bundled
        with open(CORPUS / "dev" / "excerpts.jsonl", encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def held_out_damage(seed: int = 7, per_report: int = 4, size: int = 1900) -> list[dict]:
    """Damaged/clean pairs made like the simulated set (the forward model of
    ``govtext.normalize.codecs``) from other parts of the provincial reports: excerpts of
    ``size`` characters from a paragraph start, alternately ``realistic`` (a gloss cut of
    80–200 characters of the global ranking) and ``stress`` (250–450)."""
    import random

    from govtext.normalize.codecs import fold_fullwidth, gloss_ranking, mirror_damage

    texts = provincial_texts()
    ranking = gloss_ranking(texts)
    rng = random.Random(seed)
    pairs = []
    for text in texts:
        for k in range(per_report):
            start = text.find("\n", rng.randrange(max(1, len(text) - size - 100))) + 1
            clean = text[start:start + size]
            regime = ("realistic", "stress")[k % 2]
            cut = rng.randint(80, 200) if regime == "realistic" else rng.randint(250, 450)
            try:
                damaged = mirror_damage(clean, ranking[:cut])
            except UnicodeEncodeError:  # a character GBK lacks: the mirror sites never saw it
                continue
            pairs.append({"regime": regime, "damaged": damaged, "clean": fold_fullwidth(clean)})
    return pairs


def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((CORPUS / "seeds").glob("*.txt"))}


def megabytes(texts) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def best_of(fn, repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def jieba_seconds(texts, repeat: int = 1) -> float:
    """The baseline: ``jieba.lcut`` over the same texts, in the same run (the fastest of ``repeat``)."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.lcut("预热")
    return best_of(lambda: [jieba.lcut(t) for t in texts], repeat=repeat)
