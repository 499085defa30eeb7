"""Shared paths and fixtures: everything comes from the project's own corpus/."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEEDS = CORPUS / "seeds"
GOLD = CORPUS / "gold"
DEV = CORPUS / "dev"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def gold_text() -> dict[str, str]:
    return {d["id"]: d["text"] for d in read_jsonl(GOLD / "seeds_text.jsonl")}


@pytest.fixture(scope="session")
def seed_records(tmp_path_factory) -> list[dict]:
    """``govtext extract corpus/seeds`` run once, as the command line does it."""
    out = tmp_path_factory.mktemp("seeds") / "out.jsonl"
    subprocess.run([sys.executable, "-m", "govtext", "extract", str(SEEDS), "-o", str(out), "-q"], check=True)
    return read_jsonl(out)


def score(gold: Path, pred: Path) -> dict:
    """The shipped scorer (corpus/score.py), as JSON."""
    res = subprocess.run([sys.executable, str(CORPUS / "score.py"), str(gold), str(pred), "--json", "--per-doc"],
                         check=True, capture_output=True, text=True)
    return json.loads(res.stdout)
