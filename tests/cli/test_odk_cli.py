"""`minewatch import --format odk`: one summary line; candidates unless a reviewer says
--accept; an analyst's --accept and an unknown form version refused (exit 2, nothing written);
`review fields` lists the candidates and `review accept` decides one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.services import accounts
from minewatch.services.layers import read_layer
from minewatch.storage.engine import writing
from tests.field.odk_exports import export
from tests.field.test_odk_import import accident, hazard

runner = CliRunner()
PASSWORD = "correct horse battery"


@pytest.fixture
def app(empty_app: App, monkeypatch: pytest.MonkeyPatch) -> App:
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", empty_app.engine.url.render_as_string(False))
    with writing(empty_app.engine) as connection:
        accounts.add_user(connection, "rosa", PASSWORD, accounts.Role.REVIEWER, "test")
        accounts.add_user(connection, "ana", PASSWORD, accounts.Role.ANALYST, "test")
    return empty_app


def invoke(*args: str, password: str | None = None) -> tuple[int, str, str]:
    env = {"MINEWATCH_PASSWORD": password} if password else {}
    result = runner.invoke(cli, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_submissions_arrive_as_candidates_and_a_reviewer_accepts_them(
    app: App, tmp_path: Path
) -> None:
    path = str(export("central-csv", tmp_path, "accidents", [accident()]))
    code, output, _ = invoke("import", path, "--layer", "accidents", "--format", "odk")
    assert code == 0, output
    assert output.startswith("3 rows read from 1 file(s): 3 added, 0 new versions, 0 unchanged")
    assert " ".join(output.split()).endswith("; candidates for review")  # wrapped at 80
    code, output, _ = invoke("import", path, "--layer", "accidents", "--format", "odk")
    assert code == 0 and ": 0 added, 0 new versions, 3 unchanged" in output
    code, output, _ = invoke("review", "fields", "--format", "json")
    listed = json.loads(output)["candidates"]
    assert sorted(item["layer"] for item in listed) == ["accidents", "victims", "victims"]
    record = next(item for item in listed if item["layer"] == "accidents")
    code, output, _ = invoke("review", "accept", record["record_id"], "--base-version", "1")
    assert code == 0 and "is accepted (version 2)" in output
    with app.engine.connect() as connection:
        assert len(list(read_layer(connection, "accidents"))) == 1


def test_accept_on_import_is_a_reviewers(app: App, tmp_path: Path) -> None:
    path = str(export("kobo-json", tmp_path, "hazards", [hazard()]))
    base = ("import", path, "--layer", "hazards", "--format", "odk", "--accept")
    code, _, error = invoke(*base)
    assert code == 2 and "error (permission_denied)" in error
    code, _, error = invoke(*base, "--user", "ana", password=PASSWORD)
    assert code == 2 and "error (permission_denied): ana may not accept" in error
    code, _, error = invoke(*base, "--user", "rosa", password="wrong password!!")
    assert code == 2 and "error (unauthenticated)" in error
    with app.engine.connect() as connection:
        assert list(read_layer(connection, "hazards")) == []
    code, output, _ = invoke(*base, "--user", "rosa", password=PASSWORD)
    assert code == 0 and " ".join(output.split()).endswith("; accepted")
    with app.engine.connect() as connection:
        (row,) = read_layer(connection, "hazards")
    assert row["review_status"] == "accepted"


@pytest.mark.usefixtures("app")
def test_an_unknown_form_version_is_refused_with_the_row_and_field(tmp_path: Path) -> None:
    stale = hazard()
    stale.version = "2024010101"
    path = str(export("central-json", tmp_path, "hazards", [stale]))
    code, output, error = invoke("import", path, "--layer", "hazards", "--format", "odk")
    assert code == 2 and output == ""
    assert "hazards-central-json.json, row 1, field 'form_version': form version" in error
    assert "error (import_refused)" in error
    code, _, error = invoke("import", path, "--layer", "admin-areas", "--format", "odk")
    assert code == 2 and "no published form fills admin-areas" in error
    code, _, error = invoke(
        "import", path, "--layer", "hazards", "--format", "odk", "--preset", "x"
    )
    assert code == 2 and "no --preset, --mapping or --crs" in error
