"""Curators' notes about our own data files ("see apm_use.csv") are not shown on public pages;
the stored text is unchanged (the JSON twins give it whole)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.evidence import Citation, StoredRecord
from minewatch.domain.kinds import Kind
from minewatch.services import accounts, ledger
from minewatch.storage.tables import records, sources
from minewatch.web.app import create_app
from minewatch.web.templating import curated
from tests.evidence.helpers import token_for

DATA_FILE = re.compile(r"\b[\w-]+\.csv\b")


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


def _shown(html: str) -> str:
    """The page's visible text: scripts (the page's data for its charts) and tags left out."""
    return re.sub(r"<[^>]+>", " ", re.sub(r"<script.*?</script>", " ", html, flags=re.S))


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("US side of this decision is in us_apm_policy.csv.", ""),
        (
            "Said it stopped. Contradicted by findings (see apm_use.csv).",
            "Said it stopped. Contradicted by findings.",
        ),
        (
            "No notice at UNTC; see ottawa_withdrawals.csv; EIF stated.",
            "No notice at UNTC; EIF stated.",
        ),
        (
            "ottawa_status.csv row 186: iso3=UKR",
            "ottawa_status, row 186: iso3=UKR",
        ),
        ("A fact with no file in it.", "A fact with no file in it."),
    ],
)
def test_a_note_naming_our_data_files_is_shown_without_that_reference(
    stored: str, shown: str
) -> None:
    assert curated(stored) == shown


def test_no_public_page_shows_a_data_file_reference(client: TestClient) -> None:
    pages = [f"/states/{iso3}" for iso3 in ("UKR", "MMR", "FIN", "GRC", "USA", "POL", "KHM")]
    pages += ["/", "/overview", "/states", "/sources/1"]
    for page in pages:
        answer = client.get(page)
        assert answer.status_code == 200, page
        assert DATA_FILE.findall(_shown(answer.text)) == [], page
    # The stored notes keep what the curators wrote.
    profile = client.get("/states/UKR.json").text
    assert "us_apm_policy.csv" in profile


def test_an_evidence_quote_naming_a_csv_file_is_shown_as_stored(
    loaded_app: App, client: TestClient
) -> None:
    """The filter is for curators' notes only: a quote is what the source says, letter for
    letter, even when the source itself names a ``.csv`` file; the note beside it is still
    left out."""
    quote = "The ministry's figures.csv lists 40 mines destroyed. Totals follow in Annex B."
    note = "Date checked against us_apm_policy.csv."
    with loaded_app.engine.begin() as connection:
        record_id = connection.execute(
            select(records.c.record_id)
            .where(records.c.kind == str(Kind.TREATY_EVENT), records.c.iso3 == "FIN")
            .order_by(records.c.record_id)
            .limit(1)
        ).scalar_one()
        current = ledger.history(connection, record_id)[-1]
        source_id = current.citations[0].source_id
        draft = replace(
            current.restated(current.review_status),
            data={**current.data, "notes": note},
            citations=(Citation(source_id, quote),),
        )
        ledger.write_version(
            connection, draft, base_version=current.version, actor="test", reason="test"
        )
    for page in ("/states/FIN", f"/sources/{source_id}"):
        shown = " ".join(html.unescape(_shown(client.get(page).text)).split())
        assert quote in shown, page
        assert "us_apm_policy.csv" not in shown and "Date checked" not in shown, page
    # the JSON twin gives the quote and the note whole
    assert quote in client.get("/states/FIN.json").text


def _file_quoting_record(app: App, iso3: str) -> StoredRecord:
    """A current treaty event of ``iso3`` the reference load wrote whose quote names one of our
    data files (a row reference, "ottawa_status.csv row N: ..."): curators' wording."""
    with app.engine.connect() as connection:
        current = ledger.current_records(connection, kinds=[Kind.TREATY_EVENT], iso3=iso3)
    found = [r for r in current if any(DATA_FILE.search(c.quote) for c in r.citations)]
    assert found, iso3
    return found[0]


def _edit(client: TestClient, token: str, record: StoredRecord, **change: Any) -> int:
    """A reviewer's edit through the API (``POST /api/v1/records/{id}/versions``)."""
    body = {
        "base_version": record.version,
        "kind": record.kind,
        "iso3": record.iso3,
        "valid_from": record.valid_from,
        "data": record.data,
        "citations": [{"source_id": c.source_id, "quote": c.quote} for c in record.citations],
        "reason": "checked against the depositary notice",
        **change,
    }
    answer = client.post(
        f"/api/v1/records/{record.record_id}/versions",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 201, answer.text
    return int(answer.json()["version"])


def test_a_reviewer_edit_keeps_the_curated_mark_of_the_citation_it_carries(
    loaded_app: App, client: TestClient
) -> None:
    """An edit writes a new version (docs/evidence.md); the reference citation it carries over
    unchanged is still our curators' wording, so the public pages still leave out its file
    reference. A citation the reviewer adds is a source's words and is shown as stored."""
    record = _file_quoting_record(loaded_app, "FIN")
    ours = record.citations[0]
    token = token_for(loaded_app, "rev", accounts.Role.REVIEWER, ["records:write", "review:write"])
    with loaded_app.engine.connect() as connection:
        other = connection.execute(
            select(sources.c.id)
            .where(sources.c.id != ours.source_id)
            .order_by(sources.c.id)
            .limit(1)
        ).scalar()
    assert other is not None
    added = "The register figures.csv names the date. The notice followed a week later."
    citing = [
        {"source_id": ours.source_id, "quote": ours.quote},
        {"source_id": other, "quote": added},
    ]
    notes = {**record.data, "notes": "Date checked against us_apm_policy.csv."}
    version = _edit(client, token, record, data=notes, citations=citing)
    assert version == record.version + 1
    answer = client.get(f"/api/v1/records/{record.record_id}").json()
    assert "versions" in answer, answer
    detail = answer["versions"][-1]
    assert detail["version"] == version and detail["reason"] != "reference data load"
    assert [(c["quote"], c["curated"]) for c in detail["citations"]] == [
        (ours.quote, True),
        (added, False),
    ]
    for page in ("/states/FIN", f"/sources/{ours.source_id}", f"/sources/{other}"):
        shown = " ".join(html.unescape(_shown(client.get(page).text)).split())
        assert added in shown or page == f"/sources/{ours.source_id}", page
        left = DATA_FILE.findall(shown.replace(added, ""))
        assert left == [], (page, left)  # no curator file reference, raw, on any page
    # the JSON twin keeps the curators' wording whole, marked curated
    twin = client.get(f"/sources/{ours.source_id}.json").json()["citations"]
    mine = [c for c in twin if c["record"] == record.record_id]
    assert [(c["quote"], c["curated"]) for c in mine] == [(ours.quote, True)]


def test_an_edited_quote_is_the_reviewers_words_not_curated(
    loaded_app: App, client: TestClient
) -> None:
    """Only a citation carried over letter for letter keeps the mark: a quote the reviewer
    rewrote is theirs (shown as stored), and a later edit that keeps it keeps that."""
    record = _file_quoting_record(loaded_app, "UKR")
    token = token_for(loaded_app, "rev", accounts.Role.REVIEWER, ["records:write", "review:write"])
    first = record.citations[0]
    rewritten = "The depositary lists the notice on this date."
    citing = [{"source_id": first.source_id, "quote": rewritten}] + [
        {"source_id": c.source_id, "quote": c.quote} for c in record.citations[1:]
    ]
    _edit(client, token, record, citations=citing)
    with loaded_app.engine.connect() as connection:
        edited = ledger.history(connection, record.record_id)[-1]
    assert [(c.quote, c.curated) for c in edited.citations] == [(rewritten, False)] + [
        (c.quote, True) for c in record.citations[1:]
    ]
    _edit(client, token, edited, data={**edited.data, "notes": "second look"})
    with loaded_app.engine.connect() as connection:
        again = ledger.history(connection, record.record_id)[-1]
    assert again.version == edited.version + 1
    assert [c.curated for c in again.citations] == [c.curated for c in edited.citations]
