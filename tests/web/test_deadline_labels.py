"""A deadline that passed with no record of its outcome says so in words, on the profile page
and in ``minewatch state``: South Sudan's extended Article 5 deadline (2026-07-09, reference
data article5_deadlines.csv) has no completion, further extension or missed record, and the
bare "Not known" it showed read as if the date itself were unknown. On both backends."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.web.app import create_app

AFTER = "2026-12-01"
BEFORE = "2026-06-01"


def _art5_cell(page: str) -> str:
    row = page.split('<tr data-article="5"', 1)[1].split("</tr>", 1)[0]
    return row.split('class="deadline-status', 1)[1].split("</span>", 1)[0]


def test_a_passed_deadline_with_no_outcome_on_record_says_so(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(create_app(loaded_app)) as client:
        after = client.get("/states/SSD", params={"as_of": AFTER}).text
        before = client.get("/states/SSD", params={"as_of": BEFORE}).text
    assert 'data-status="not_known"' in after
    assert "Passed, outcome not on record" in _art5_cell(after)
    assert "Extended" in _art5_cell(before)  # before the day it passed: the extension holds
    url = loaded_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    result = CliRunner().invoke(cli, ["state", "SSD", "--as-of", AFTER])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if "Art. 5 due" in x)
    assert "2026-07-09: passed, outcome not on record" in line
