"""govtext.segment (rjieba backend with the policy lexicon) against jieba.lcut, same text, same run.

    python benchmarks/segment.py
"""
from __future__ import annotations

from _corpus import best_of, jieba_seconds, megabytes, provincial_texts

from govtext.segment import segment
from govtext.segment.jieba_backend import fast_tokenizer


def main() -> None:
    texts = provincial_texts()
    mb = megabytes(texts)
    segment("预热")
    ours = best_of(lambda: [segment(t) for t in texts])
    base = jieba_seconds(texts)
    backend = "rjieba" if fast_tokenizer() is not None else "jieba (rjieba not installed)"
    print(f"{mb:.2f} MB: govtext.segment [{backend}] {mb / ours:.2f} MB/s, jieba.lcut {mb / base:.2f} MB/s, "
          f"ratio {base / ours:.1f}x (target >= 20x)")


if __name__ == "__main__":
    main()
