"""Text -> candidate claims: sentences, actors, dates, numbers, event types. Pure, offline.

    document = read_document(Path("story.txt"))   # .txt with SOURCE/DATE header, .html, .pdf
    for candidate in extract(document):
        print(candidate.to_json())

No model downloads, no database, no network: rules over a gazetteer (pycountry plus our own
table of adjectives, demonyms, capitals and groupings in ``minewatch/data/gazetteer``).
"""

from __future__ import annotations

from minewatch.extract.documents import html_to_text, parse_text, read_document
from minewatch.extract.model import CONTRACT_KEYS, EVENT_TYPES, Candidate, Document
from minewatch.extract.pipeline import extract

__all__ = [
    "CONTRACT_KEYS",
    "EVENT_TYPES",
    "Candidate",
    "Document",
    "extract",
    "html_to_text",
    "parse_text",
    "read_document",
]
