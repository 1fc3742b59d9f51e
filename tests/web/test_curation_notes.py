"""Curators' notes about our own data files ("see apm_use.csv") are not shown on public pages;
the stored text is unchanged (the JSON twins give it whole)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
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
