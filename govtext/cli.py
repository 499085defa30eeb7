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
    ex.add_argument("-w", "--workers", type=int, default=None,
                    help="worker processes (default: all cores)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local process pool (default) or a Dask cluster")
    ex.add_argument("--scheduler", metavar="tcp://HOST:8786",
                    help="with --engine dask: the scheduler (default: a LocalCluster of --workers processes)")
    ex.add_argument("--resume", action="store_true",
                    help="continue a run that was killed: keep OUT's complete lines, skip their documents")
    ex.add_argument("--errors", metavar="ERR.jsonl", help="write error records here instead of to OUT")
    ex.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl",
                    help="jsonl (default), or csv/parquet: OUT.documents.csv, OUT.slogans.csv, … joined by id")
    ex.add_argument("--max-bytes", type=int, default=None, metavar="N",
                    help="files and archive members larger than this become error records (default 20 MB)")
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary on stderr")

    re_ = sub.add_parser("render", help="write a self-contained HTML page of a run's records",
                         description="Render OUT.jsonl as one HTML page: highlighted evidence, per-document index.")
    re_.add_argument("records", metavar="OUT.jsonl")
    re_.add_argument("-o", "--output", default="report.html", metavar="REPORT.html")

    no = sub.add_parser("normalize", help="print the normalized text of one file",
                        description="Print the normalized text of FILE (SPEC §1).")
    no.add_argument("file", metavar="FILE")
    no.add_argument("--explain", action="store_true", help="also list every repair, in original offsets")
    return parser


def _extract(args) -> int:
    from govtext.batch import extract_many, recover
    from govtext.io import CsvTables, JsonlWriter, ParquetTables, read_paths
    from govtext.io.archives import MAX_BYTES
    from govtext.io.writers import is_error

    started = time.perf_counter()
    if args.resume and (args.format != "jsonl" or args.output == "-"):
        print("govtext: --resume needs --format jsonl and -o OUT.jsonl", file=sys.stderr)
        return 2
    done = recover(args.output) | (recover(args.errors) if args.errors else set()) if args.resume else set()
    documents = read_paths(args.paths, id_col=args.id_col, text_col=args.text_col, date_col=args.date_col,
                           title_col=args.title_col, max_bytes=args.max_bytes or MAX_BYTES)
    if done:
        documents = (d for d in documents if str(d.id) not in done)
    if args.engine == "dask":
        from govtext.batch.dask_engine import extract_dask

        records = extract_dask(documents, workers=args.workers or 2, scheduler=args.scheduler,
                               lexicons=args.lexicon)
    else:
        records = extract_many(documents, workers=args.workers, lexicons=args.lexicon,
                               serialize=args.format == "jsonl")
    progress = _progress(args.quiet)
    if args.format in ("csv", "parquet"):
        table = CsvTables if args.format == "csv" else ParquetTables
        writer = table(args.output if args.output != "-" else "govtext")
    else:
        writer = JsonlWriter(args.output, append=args.resume, errors=args.errors)
    with writer:
        for record in records:
            writer.write(record)
            if progress is not None:
                progress.update(1)
                if is_error(record):
                    progress.set_postfix(errors=writer.counts["errors"], refresh=False)
    if progress is not None:
        progress.close()
    counts = writer.counts
    if not args.quiet:
        skipped = f", {len(done)} already done" if done else ""
        print(f"govtext: {counts['records'] + counts['errors']} documents, {counts['records']} records, "
              f"{counts['errors']} errors{skipped}, {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


def _progress(quiet: bool):
    """A tqdm bar on stderr (documents/s, errors) when stderr is a terminal."""
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, dynamic_ncols=True)


def _render(args) -> int:
    import json

    from govtext.display import render_page

    with open(args.records, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    with open(args.output, "w", encoding="utf-8") as fh:
        fh.write(render_page(records, title=args.records))
    print(f"govtext: wrote {args.output} ({len(records)} records)", file=sys.stderr)
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
        return {"extract": _extract, "normalize": _normalize, "render": _render}[args.command](args)
    except OSError as exc:
        print(f"govtext: {exc}", file=sys.stderr)
        return 1
