"""The ``govtext`` command: a thin front end over the library.

``govtext extract PATH... [-o OUT.jsonl]`` writes one ``govtext/1`` record per
article; ``govtext normalize FILE [--explain]`` prints normalized text and,
with ``--explain``, every repair.
"""
from __future__ import annotations

import argparse
import sys
import time

from govtext._version import __version__

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="govtext", description="Chinese policy news to structured, citable records (govtext/1).")
    parser.add_argument("--version", action="version", version=f"govtext {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract records from .txt files, directories, .jsonl or .csv",
                        description="Extract one govtext/1 record per article (JSON Lines, UTF-8).")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (read recursively)")
    ex.add_argument("-o", "--output", default="-", metavar="OUT.jsonl", help="output file (default: stdout)")
    ex.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                    help="extra segmentation lexicon (one word per line); repeatable")
    ex.add_argument("--id-col", help="id column of .jsonl/.csv input")
    ex.add_argument("--text-col", help="text column of .jsonl/.csv input")
    ex.add_argument("--date-col", help="date column of .jsonl/.csv input")
    ex.add_argument("--title-col", help="title column of .jsonl/.csv input")
    ex.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")

    no = sub.add_parser("normalize", help="print the normalized text of one file",
                        description="Print the normalized text of FILE (SPEC §1).")
    no.add_argument("file", metavar="FILE")
    no.add_argument("--explain", action="store_true", help="also list every repair, in original offsets")
    return parser


def _extract(args) -> int:
    from govtext.io import JsonlWriter, read_paths
    from govtext.pipeline import Pipeline

    started = time.perf_counter()
    pipeline = Pipeline(lexicons=args.lexicon)
    documents = read_paths(args.paths, id_col=args.id_col, text_col=args.text_col,
                           date_col=args.date_col, title_col=args.title_col)
    with JsonlWriter(args.output) as writer:
        for record in pipeline.pipe(documents):
            writer.write(record)
    counts = writer.counts
    if not args.quiet:
        print(f"govtext: {counts['records'] + counts['errors']} documents, {counts['records']} records, "
              f"{counts['errors']} errors, {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def _normalize(args) -> int:
    from govtext.normalize import DecodeError, normalize

    try:
        with open(args.file, "rb") as fh:
            doc = normalize(fh.read())
    except DecodeError as exc:
        print(f"govtext: {args.file}: {exc}", file=sys.stderr)
        return 1
    sys.stdout.write(doc.text + "\n")
    if args.explain:
        print(f"\n# script: {doc.script}; encoding: {doc.encoding}; repairs: {len(doc.repairs)}")
        for line in doc.explain():
            print(line)
        for w in doc.warnings:
            print(f"warning {w.kind}: {w.message}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return {"extract": _extract, "normalize": _normalize}[args.command](args)
    except OSError as exc:
        print(f"govtext: {exc}", file=sys.stderr)
        return 1
