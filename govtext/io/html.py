"""HTML pages: main text and metadata with trafilatura, then govtext's own reading.

>>> page = "<html><head><title>标题</title></head><body><article><h1>标题</h1><p>正文。</p></article></body></html>"
>>> doc = read_html(page.encode("utf-8"), id="p", source="p.html")
>>> doc.text
'标题\\n正文。'
"""
from __future__ import annotations

from govtext.normalize.decode import decode
from govtext.record import Document

__all__ = ["read_html"]


def read_html(data: bytes | str, id: str | None = None, source: str | None = None,
              url: str | None = None) -> Document:
    """A :class:`Document` from an HTML page (raises ``DecodeError`` for undecodable bytes)."""
    import trafilatura

    html = decode(data)[0] if isinstance(data, (bytes, bytearray)) else data
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = getattr(meta, "title", None) if meta else None
    date = getattr(meta, "date", None) if meta else None
    return Document(text, id=id, source=source, title=title, date=date, url=url or (meta.url if meta else None))
