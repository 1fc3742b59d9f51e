"""Reading a source file into a Document: .txt (with optional header), .html, .pdf."""

from __future__ import annotations

import html
import io
import re
from html.parser import HTMLParser
from pathlib import Path

from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import InvalidDate, InvalidInput, Location
from minewatch.extract.model import Document

_HEADER = re.compile(r"^(SOURCE|DATE):\s*(.*?)\s*$")
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th"}
    | {"table", "section", "article", "header", "footer", "blockquote", "pre", "figcaption"}
    | {"title", "nav", "aside"}
)


def read_document(path: Path) -> Document:
    """The text of ``path`` as a Document; unreadable input raises ``InvalidInput``."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return Document(doc=path.stem, text=_pdf_text(path))
    raw = _read_text(path)
    if suffix in (".html", ".htm"):
        return Document(doc=path.stem, text=html_to_text(raw))
    return parse_text(path.stem, raw, where=Location(file=str(path)))


def parse_text(doc: str, raw: str, where: Location | None = None) -> Document:
    """A .txt body whose first lines may be ``SOURCE: <url>`` and ``DATE: <date|unknown>``."""
    lines = raw.splitlines(keepends=True)
    url: str | None = None
    published: PartialDate | None = None
    consumed = 0
    for line in lines[:2]:
        match = _HEADER.match(line.rstrip("\r\n"))
        if match is None:
            break
        consumed += 1
        key, value = match.groups()
        if key == "SOURCE":
            url = None if value.lower() in ("", "unknown") else value
        else:
            published = _published(value, where)
    return Document(doc=doc, text="".join(lines[consumed:]), published=published, url=url)


def _published(value: str, where: Location | None) -> PartialDate | None:
    if value.lower() in ("", "unknown"):
        return None
    try:
        return PartialDate.parse(value, where)
    except InvalidDate as exc:
        raise InvalidInput(f"DATE header: {exc.reason}", where) from exc


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read as UTF-8 text: {exc}", Location(file=str(path))) from exc


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: scripts, styles and the head dropped, blocks on own lines."""
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    text = html.unescape("".join(collector.parts))
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line) + "\n"


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    where = Location(file=str(path))
    try:
        data = path.read_bytes()
        reader = PdfReader(io.BytesIO(data), strict=False)
        pages = [page.extract_text() or "" for page in reader.pages]
    except (OSError, PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInput(f"not a readable PDF ({type(exc).__name__}: {exc})", where) from exc
    return "\n".join(pages)
