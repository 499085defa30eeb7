"""Input readers and output writers."""
from govtext.io.readers import read_paths
from govtext.io.writers import JsonlWriter, dumps

__all__ = ["read_paths", "JsonlWriter", "dumps"]
