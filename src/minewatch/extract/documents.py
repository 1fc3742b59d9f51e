"""Reading a source file into a Document: .txt (with optional header), .html, .pdf.

HTML: the main text by trafilatura (Barbaresi 2021), which drops navigation, asides, footers,
cookie banners and related-story lists; figure captions are pruned too (a caption describes a
photo, not the story). Title, canonical URL and publication date come from the page's metadata
(``<link rel=canonical>``, Open Graph, ``article:published_time``, JSON-LD…; the date by htmldate
from markup only, never guessed from body text). Where trafilatura finds no main text, every
visible line is kept instead, so a page is never silently empty.
PDF: pypdf's text layer with line wraps and hyphenation joined (``glyphs.join_wrapped_lines``).
All text: ligature glyphs spelled out (``glyphs.normalise_glyphs``) and the language detected.
"""

from __future__ import annotations

import contextlib
import dataclasses
import html
import io
import logging
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import InvalidDate, InvalidInput, Location
from minewatch.extract.glyphs import join_wrapped_lines, normalise_glyphs
from minewatch.extract.language import detect_language
from minewatch.extract.model import Document

_HEADER = re.compile(r"^(SOURCE|DATE):\s*(.*?)\s*$")
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th"}
    | {"table", "section", "article", "header", "footer", "blockquote", "pre", "figcaption"}
    | {"title", "nav", "aside"}
)


def read_document(path: Path) -> Document:
    """The text of ``path`` as a Document, language detected; unreadable input raises
    ``InvalidInput`` naming the file."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        document = _pdf_document(path)
    elif suffix in (".html", ".htm"):
        document = read_html(path.stem, _read_text(path), where=Location(file=str(path)))
    else:
        document = parse_text(path.stem, _read_text(path), where=Location(file=str(path)))
    return _with_language(document)


def _with_language(document: Document) -> Document:
    text = normalise_glyphs(document.text)
    return dataclasses.replace(document, text=text, language=detect_language(text))


def read_html(doc: str, markup: str, where: Location | None = None) -> Document:
    """A web page's main text with its title, canonical URL and publication date."""
    from minewatch.extract.pages import page_metadata, page_text

    meta = page_metadata(markup)
    text = page_text(markup) or html_to_text(markup)
    if meta.title and meta.title not in text:
        text = f"{meta.title}\n{text}"  # the headline a reader sees, kept as its own line
    published = _published(meta.date, where) if meta.date else None
    return Document(doc=doc, text=text, published=published, url=meta.url, title=meta.title)


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
    """The text of a .txt or .html file: UTF-8 (with or without a byte-order mark) as written;
    otherwise the encoding a byte-order mark or the document's own declaration names
    (``<meta charset>``, ``encoding=``), else the best guess, by charset-normalizer (Ousret,
    preemptive mode reads the declaration). InvalidInput naming the file for an empty file,
    bytes no encoding reads, or a text holding NUL characters (not a text document)."""
    where = Location(file=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot be read ({exc.strerror or exc})", where) from None
    text = _decode(data, where).replace("\r\n", "\n").replace("\r", "\n")  # as text mode read
    if "\x00" in text:
        raise InvalidInput("holds NUL characters: not a text document", where)
    if not text.strip():
        raise InvalidInput("is empty: there is no text to read", where)
    return text


def _decode(data: bytes, where: Location) -> str:
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):  # not UTF-16 or UTF-32 with a BOM
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, preemptive_behaviour=True).best()
    if best is None:
        raise InvalidInput("is not text in any encoding we can tell", where)
    return str(best).lstrip("\ufeff")


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


def _pdf_document(path: Path) -> Document:
    """A PDF's text layer. pypdf's own warnings (``invalid pdf header``, ``EOF marker not
    found``) are kept off the terminal: the first becomes the reason of the one InvalidInput
    naming the file when the PDF cannot be read, and is dropped when it can."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    where = Location(file=str(path))
    with _pypdf_warnings() as warnings:
        try:
            data = path.read_bytes()
            if not data.strip():
                raise InvalidInput("is empty: there is no text to read", where)
            reader = PdfReader(io.BytesIO(data), strict=False)
            pages = [normalise_glyphs(page.extract_text() or "") for page in reader.pages]
            title = _pdf_title(reader.metadata)
        except (OSError, PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
            why = warnings[0] if warnings else str(exc) or type(exc).__name__
            raise InvalidInput(f"is not a readable PDF ({why})", where) from None
    text = "\n\n".join(join_wrapped_lines(page) for page in pages)
    return Document(doc=path.stem, text=text, title=title)


@contextlib.contextmanager
def _pypdf_warnings() -> Iterator[list[str]]:
    """pypdf's log messages while reading, collected instead of printed."""
    logger = logging.getLogger("pypdf")
    found: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found.append(record.getMessage())

    handler = _Collect(logging.WARNING)
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False
    try:
        yield found
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _pdf_title(metadata: object) -> str | None:
    title = getattr(metadata, "title", None) if metadata is not None else None
    return str(title).strip() or None if title else None
