"""Batch throughput: documents/s and MB/s with 1 and 2 workers, the speed-up,
peak RSS per worker, and the ratio to ``jieba.lcut`` over the same text, in one run.

Builds an archive from the corpus: (a) clean simplified articles (the provincial
reports, cut into article-sized pieces) and (b) a realistic mix, 3 in 10 converted
to traditional and 1 in 10 damaged like seeds 001/003 (the simulated pairs).

    python benchmarks/batch.py [--mb 50] [--rss-mb 500]
"""
from __future__ import annotations

import argparse
import json

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _corpus import CORPUS, jieba_seconds, provincial_texts

CHUNK = 6000  # characters per article


def articles(mix: bool, megabytes: float) -> list[str]:
    import opencc

    pieces = [t[i:i + CHUNK] for t in provincial_texts() for i in range(0, len(t), CHUNK)]
    with open(CORPUS / "mojibake" / "simulated.jsonl", encoding="utf-8") as fh:
        damaged = [json.loads(line)["damaged"] for line in fh]
    s2t = opencc.OpenCC("s2t")
    out, size, k = [], 0, 0
    while size < megabytes * 1e6:
        text = pieces[k % len(pieces)]
        if mix and k % 10 in (1, 4, 7):
            text = s2t.convert(text)
        elif mix and k % 10 == 9:
            text = damaged[k % len(damaged)]
        out.append(text)
        size += len(text.encode("utf-8"))
        k += 1
    return out


def write_archive(texts: list[str], folder: Path) -> Path:
    path = folder / "archive.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": f"d{i}", "text": text}, ensure_ascii=False) + "\n")
    return path


def run(archive: Path, workers: int, out: Path) -> tuple[float, int]:
    """Seconds and peak RSS (KB) of the largest worker, for one ``govtext extract`` run."""
    # the process's own peak from VmHWM: ru_maxrss survives exec and would report this
    # benchmark's own size at the fork (jieba and the texts), not govtext's
    code = ("import resource, sys; from govtext.cli import main; rc = main(sys.argv[1:]); "
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, hwm); sys.exit(rc)")
    t = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", code, "extract", str(archive), "-o", str(out), "-q",
                          "-w", str(workers)], capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - t
    children, own = map(int, res.stdout.split()[-2:])
    return seconds, children if workers > 1 else own


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50, help="archive size in MB (default 50)")
    ap.add_argument("--rss-mb", type=float, default=0, help="also measure peak RSS on an archive this large")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, mix in (("(a) clean simplified", False), ("(b) realistic mix", True)):
            texts = articles(mix, args.mb)
            archive = write_archive(texts, folder)
            mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
            base = jieba_seconds(texts)
            one, rss1 = run(archive, 1, folder / "one.jsonl")
            two, rss2 = run(archive, 2, folder / "two.jsonl")
            print(f"{label}: {len(texts)} documents, {mb:.1f} MB; jieba.lcut {mb / base:.2f} MB/s")
            print(f"  1 worker : {len(texts) / one:7.1f} docs/s {mb / one:6.2f} MB/s  ratio to jieba.lcut "
                  f"{base / one:5.2f}x per core   peak RSS {rss1 / 1024:.0f} MB")
            print(f"  2 workers: {len(texts) / two:7.1f} docs/s {mb / two:6.2f} MB/s  speed-up {one / two:4.2f}x"
                  f"   peak RSS per worker {rss2 / 1024:.0f} MB")
        if args.rss_mb:
            archive = write_archive(articles(True, args.rss_mb), folder)
            _, rss = run(archive, 2, folder / "big.jsonl")
            print(f"peak RSS per worker at {args.rss_mb:.0f} MB of input: {rss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
