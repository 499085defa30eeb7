"""Batch extraction: a local process pool, resumable output."""
from govtext.batch.journal import recover
from govtext.batch.local import default_workers, extract_many

__all__ = ["extract_many", "default_workers", "recover"]
