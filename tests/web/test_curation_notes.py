"""Curators' notes about our own data files ("see apm_use.csv") are not shown on public pages;
the stored text is unchanged (the JSON twins give it whole)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.evidence import Citation
from minewatch.domain.kinds import Kind
from minewatch.services import ledger
from minewatch.storage.tables import records
from minewatch.web.app import create_app
from minewatch.web.templating import curated

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
