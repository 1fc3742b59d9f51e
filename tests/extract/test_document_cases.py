"""The shared document cases we own (../shared/cases/documents, expected.jsonl): c04 language,
c05 page furniture, c07 wrapped PDF/HTML, c08 ligatures, c10 state names. Each case is read
from the shared folder at test time; expected values come from its expected.jsonl line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import Candidate, Document, extract, read_document
from minewatch.extract.gazetteer import find_states

CASES = Path(__file__).resolve().parents[2].parent / "shared/cases/documents"


def expected(name: str) -> list[dict[str, Any]]:
    assert CASES.is_dir(), f"the shared cases are missing: expected {CASES}"
    for line in (CASES / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if case["file"] == name:
            return list(case["expected"])
    raise AssertionError(f"{name} is not in expected.jsonl")


def agrees(candidate: Candidate, want: dict[str, Any]) -> bool:
    """Every expected key agrees; ``accuser`` is compared with the accuser's ISO3 code."""
    for key, value in want.items():
        got = candidate.accuser_iso3 if key == "accuser" else getattr(candidate, key)
        if got != value:
            return False
    return True


def read_case(name: str) -> tuple[Any, list[Candidate]]:
    document = read_document(CASES / name)
    return document, extract(document)


@pytest.mark.parametrize("code", ["es", "fr", "ru", "uk"])
def test_c04_language_is_detected(code: str) -> None:
    document, _ = read_case(f"c04_language_{code}.txt")
    assert document.language == code


@pytest.mark.parametrize("code", ["es", "fr", "ru", "uk"])
def test_c04_each_language_is_read_to_its_expected_claim(code: str) -> None:
    _, found = read_case(f"c04_language_{code}.txt")
    (want,) = expected(f"c04_language_{code}.txt")
    assert len(found) == 1 and agrees(found[0], want), found


def test_c05_page_metadata_and_main_text() -> None:
    document, found = read_case("c05_page_furniture.html")
    assert document.title == "Two killed by landmine in Cambodia"
    assert document.published == PartialDate(2024, 5, 4)  # article:published_time
    for furniture in ("cookies", "hospital after losing a leg", "Thailand accuses", "©"):
        assert furniture not in document.text
    (want,) = expected("c05_page_furniture.html")
    assert len(found) == 1 and agrees(found[0], want)  # the aside and caption yield nothing


def test_c07_pdf_reads_like_the_html() -> None:
    pdf_doc, pdf = read_case("c07_wrapped.pdf")
    _, html = read_case("c07_wrapped.html")
    assert [c.to_json() | {"doc": ""} for c in pdf] == [c.to_json() | {"doc": ""} for c in html]
    assert "anti-personnel mines by a government's own armed forces was documented" in pdf_doc.text
    wanted = expected("c07_wrapped.pdf")
    assert len(pdf) == len(wanted)
    assert all(any(agrees(c, want) for c in pdf) for want in wanted)
    (use,) = [c for c in pdf if c.type == "use_allegation"]
    assert use.confirmed  # a monitor's finding
    for candidate in pdf:  # evidence quotes are whole sentences, joined across the wraps
        assert candidate.evidence[0].isupper() and candidate.evidence.endswith(".")
        assert "\n" not in candidate.evidence


@pytest.mark.parametrize("name", ["c08_ligature.txt", "c08_private_use_ligature.txt"])
def test_c08_ligatures_are_read_and_quoted_readably(name: str) -> None:
    _, found = read_case(name)
    (want,) = expected(name)
    assert len(found) == 1 and agrees(found[0], want)
    assert "killed five soldiers" in found[0].evidence


def test_c10_names_resolve_to_the_right_states() -> None:
    text = (CASES / "c10_congo_names.txt").read_text(encoding="utf-8")
    lines = text.splitlines()[2:]
    firsts = [find_states(line)[0].iso3s for line in lines]
    assert firsts == [("COD",), ("COD",), ("TUR",), ("KOR",), ("CIV",)]
    assert ("PRK",) in [m.iso3s for m in find_states(lines[3])]


def test_c10_claims_carry_the_right_states() -> None:
    _, found = read_case("c10_congo_names.txt")
    assert "COG" not in {c.actor_iso3 for c in found}
    wanted = expected("c10_congo_names.txt")
    assert len(found) == len(wanted)
    for want in wanted:
        assert any(agrees(c, want) for c in found), want


def test_the_kinds_behind_c07_and_c10_in_our_own_words() -> None:
    text = (
        "Researchers documented the planting of mines by the regime's own army in one state, "
        "Syria, during 2023.\n"
        "Mozambique announced that it was free of all known mined areas on 17 September 2015.\n"
    )
    found = extract(Document("own", text))
    assert {(c.type, c.actor_iso3) for c in found} == {
        ("use_allegation", "SYR"),
        ("clearance_progress", "MOZ"),
    }
