"""Reading .txt (with header), .html and .pdf sources; corrupt input fails clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import minewatch.extract as api
from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import InvalidInput
from minewatch.extract import CONTRACT_KEYS, Candidate, extract, read_document
from tests.support.pdf import text_pdf


def test_txt_header_gives_url_and_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("SOURCE: https://example.org/a\nDATE: 2024-05\nBody line.\n", encoding="utf-8")
    document = read_document(path)
    assert (document.doc, document.url, document.published) == (
        "note",
        "https://example.org/a",
        PartialDate(2024, 5),
    )
    assert document.text == "Body line.\n"


def test_unknown_header_values_are_none(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("SOURCE: unknown\nDATE: unknown\nText.\n", encoding="utf-8")
    document = read_document(path)
    assert (document.url, document.published) == (None, None)


def test_bad_date_header_is_invalid_input(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("DATE: 2024-13-01\nText.\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"n\.txt"):
        read_document(path)


def test_html_loses_scripts_styles_and_tags(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<script>var mines = 1;</script><h1>Mine Ban News</h1>"
        "<p>Chad destroyed 2,000 stockpiled mines &amp; fuzes.</p></body></html>",
        encoding="utf-8",
    )
    document = read_document(path)
    assert "Chad destroyed 2,000 stockpiled mines & fuzes.\n" in document.text
    assert "var mines" not in document.text and "p{}" not in document.text
    (event,) = extract(document)
    assert (event.type, event.actor_iso3, event.quantity) == ("stockpile_destruction", "TCD", 2000)


def test_corrupt_pdf_is_invalid_input_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"\x00\x17not a pdf at all\xff" * 20)
    with pytest.raises(InvalidInput, match=r"broken\.pdf"):
        read_document(path)


def test_pdf_text_layer_is_read(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(text_pdf("Norway completed the destruction of its stockpile."))
    document = read_document(path)
    assert "Norway completed the destruction" in document.text
    (event,) = extract(document)
    assert (event.type, event.actor_iso3) == ("stockpile_destruction", "NOR")


def test_public_api_and_json_contract() -> None:
    expected = {"CONTRACT_KEYS", "EVENT_TYPES", "Candidate", "Document", "extract"}
    expected |= {"html_to_text", "parse_text", "read_document"}
    assert set(api.__all__) == expected
    assert all(hasattr(api, name) for name in api.__all__)
    candidate = Candidate("d", "other", None, None, None, None, 0, None, None, "E.")
    row = candidate.to_json()
    assert list(row)[: len(CONTRACT_KEYS) + 1] == [*CONTRACT_KEYS, "contradicts"]
    assert row["contradicts"] == []
    assert json.loads(json.dumps(row))["injured"] == 0
