"""Input readers and output writers."""
from govtext.io.readers import read_paths
from govtext.io.tables import CsvTables, ParquetTables, rows_of, to_frame
from govtext.io.writers import JsonlWriter, dumps

__all__ = ["read_paths", "JsonlWriter", "CsvTables", "ParquetTables", "dumps", "rows_of", "to_frame"]
