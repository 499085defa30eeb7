"""Archives read as streams: zip and tar(.gz) members, WARC responses.

Members are read into memory, never extracted to paths the archive names; a
member whose path escapes the archive (``../../x``, absolute paths) or that would
decompress past ``max_bytes`` becomes an error record instead.
"""
from __future__ import annotations

import posixpath
import tarfile
import zipfile
from pathlib import Path
from typing import Callable, Iterator

from govtext.record import Document, ErrorRecord

__all__ = ["read_zip", "read_tar", "read_warc", "safe_member", "MAX_BYTES"]

#: Members (and files) larger than this become ``too_large`` error records.
MAX_BYTES = 20_000_000


def safe_member(name: str) -> bool:
    """A member path that stays inside the archive."""
    norm = posixpath.normpath(name.replace("\\", "/"))
    return not (norm.startswith(("/", "../")) or norm == ".." or ":" in norm.split("/")[0])


def _member_id(name: str) -> str:
    return posixpath.splitext(name.replace("\\", "/"))[0]


def _members(entries, source: str, dispatch: Callable, max_bytes: int) -> Iterator[Document | ErrorRecord]:
    for name, size, read in entries:
        member_id = _member_id(name)
        if not safe_member(name):
            yield ErrorRecord(member_id, "unsafe_path", f"member path leaves the archive: {name!r}", source)
            continue
        if size > max_bytes:
            yield ErrorRecord(member_id, "too_large", f"member of {size} bytes exceeds {max_bytes}", source)
            continue
        data = read(max_bytes + 1)
        if len(data) > max_bytes:
            yield ErrorRecord(member_id, "too_large", f"member decompresses past {max_bytes} bytes", source)
            continue
        yield from dispatch(name, member_id, data, f"{source}!{name}")


def read_zip(path: Path, dispatch: Callable, max_bytes: int = MAX_BYTES) -> Iterator[Document | ErrorRecord]:
    """Members of a zip archive, in archive order."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        yield ErrorRecord(path.stem, "archive", f"not a readable zip archive: {exc}", str(path))
        return
    with zf:
        entries = ((i.filename, i.file_size, lambda n, i=i: zf.open(i).read(n))
                   for i in zf.infolist() if not i.is_dir())
        yield from _members(entries, str(path), dispatch, max_bytes)


def read_tar(path: Path, dispatch: Callable, max_bytes: int = MAX_BYTES) -> Iterator[Document | ErrorRecord]:
    """Members of a tar archive (plain or compressed), read as a stream."""
    try:
        tf = tarfile.open(path, mode="r|*")
    except (tarfile.TarError, OSError) as exc:
        yield ErrorRecord(path.stem, "archive", f"not a readable tar archive: {exc}", str(path))
        return
    with tf:
        try:
            for member in tf:
                if not member.isfile():
                    continue
                fh = tf.extractfile(member)
                yield from _members([(member.name, member.size, fh.read)], str(path), dispatch, max_bytes)
        except (tarfile.TarError, OSError, EOFError) as exc:
            yield ErrorRecord(path.stem, "archive", f"tar archive broken: {exc}", str(path))


def read_warc(path: Path, max_bytes: int = MAX_BYTES) -> Iterator[Document | ErrorRecord]:
    """HTML responses of a WARC file (warcio), one document each, id = the target URI."""
    from warcio.archiveiterator import ArchiveIterator

    from govtext.io.html import read_html
    from govtext.normalize.decode import DecodeError

    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            ctype = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if "html" not in (ctype or "html"):
                continue
            data = record.content_stream().read(max_bytes + 1)
            if len(data) > max_bytes:
                yield ErrorRecord(uri, "too_large", f"response exceeds {max_bytes} bytes", str(path))
                continue
            try:
                yield read_html(data, id=uri, source=str(path), url=uri)
            except DecodeError as exc:
                yield ErrorRecord(uri, "decode", str(exc), str(path))
