"""Field data imported as synthetic (``minewatch import --synthetic``) is labelled synthetic on
every face that shows it or what it counts: its source, the layers API's rows and the exports,
the field map's popup data, the roll-ups (API, CSV) and the country profile. Real data beside
it stays unlabelled. On both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.domain.errors import InvalidInput
from minewatch.services import ledger
from minewatch.services.field_import import import_files, resolve_mapping
from minewatch.web.app import create_app

from .helpers import ACTOR, export_rows, profile_rollup_row, rollup_csv, run_import, write_csv
from .odk_exports import export
from .test_odk_import import accept_all, hazard

HEADER = ["reference", "iso3", "date", "admin1", "killed", "injured", "lon", "lat", "is_public"]
MADE_UP = [["S-1", "COL", "2019-04-01", "Meta", "1", "2", "-73.6", "3.9", "yes"]]
REAL = [["R-1", "COL", "2020-06-01", "Meta", "0", "1", "-74.1", "4.2", "yes"]]


def _import_both(app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The made-up file through the CLI's --synthetic, the real one without it."""
    made_up = write_csv(tmp_path / "made-up.csv", HEADER, MADE_UP)
    url = app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    args = ["import", "--layer", "accidents", "--synthetic", str(made_up)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    run_import(app, [write_csv(tmp_path / "real.csv", HEADER, REAL)], layer="accidents")


def test_the_source_rows_and_exports_say_synthetic(
    empty_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_both(empty_app, tmp_path, monkeypatch)
    with empty_app.engine.connect() as connection:
        made_up = ledger.synthetic_source_ids(connection)
        assert len(made_up) == 1
        assert ledger.get_source(connection, made_up[0])["title"] == "made-up.csv"
    with TestClient(create_app(empty_app)) as client:
        body = client.get("/api/v1/layers/accidents").json()
        page = client.get(f"/sources/{made_up[0]}").text
        found = {f["properties"]["reference"]: f for f in body["features"]}
        popup = client.get(
            "/field/sources.json", params={"record_id": found["S-1"]["properties"]["record_id"]}
        ).json()
    assert found["S-1"]["properties"]["synthetic"] is True
    assert found["R-1"]["properties"]["synthetic"] is False
    assert 'id="source-synthetic"' in page
    assert [s["synthetic"] for s in popup["sources"]] == [True]
    for fmt in ("csv", "geojson"):
        _written, rows = export_rows(
            empty_app, "accidents", fmt, tmp_path / f"a.{fmt}", public=True
        )
        flags = {r["reference"]: str(r["synthetic"]).lower() for r in rows}
        assert flags == {"S-1": "true", "R-1": "false"}


def test_roll_ups_and_the_profile_say_which_years_count_synthetic_rows(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_both(loaded_app, tmp_path, monkeypatch)
    with TestClient(create_app(loaded_app)) as client:
        api = client.get("/api/v1/rollups/COL").json()
        one_year = client.get("/api/v1/rollups/COL?year=2020").json()
        by_area = client.get("/api/v1/rollups/COL?by=admin&year=2019").json()
        page = client.get("/states/COL").text
    assert api["synthetic"] is True
    assert {y["year"]: y["synthetic"] for y in api["years"]} == {2019: True, 2020: False}
    assert one_year["synthetic"] is False
    assert [a["synthetic"] for a in by_area["admin_areas"]] == [True]
    assert 'id="field-synthetic"' in page and 'id="field-synthetic-note"' in page
    table = page.split('id="field-rollup"', 1)[1].split("</table>", 1)[0]
    assert '<td>2019 <span class="synthetic"' in table and "<td>2020</td>" in table
    assert profile_rollup_row(page, 2020)[:3] == ["1", "0", "1"]  # real year: its figures
    rows = rollup_csv(loaded_app, "COL", monkeypatch)
    assert (rows["all"]["synthetic"], rows["2019"]["synthetic"]) == ("true", "true")
    assert rows["2020"]["synthetic"] == "false"


def test_a_file_held_as_real_cannot_be_relabelled_by_importing_it_again(
    empty_app: App, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "real.csv", HEADER, REAL)
    mapping = resolve_mapping("accidents", None, None)
    import_files(empty_app, [path], mapping, actor=ACTOR)
    with pytest.raises(InvalidInput, match="not synthetic"):
        import_files(empty_app, [path], mapping, actor=ACTOR, synthetic=True)
    with empty_app.engine.connect() as connection:
        assert ledger.synthetic_source_ids(connection) == []


def test_odk_submissions_imported_as_synthetic_are_labelled_once_accepted(
    empty_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--format odk --synthetic``: the submission export's source is synthetic, and the hazard
    it gave, once a reviewer accepts it, says so in the layers API and the exports."""
    path = export("central-csv", tmp_path, "hazards", [hazard()])
    url = empty_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    args = ["import", "--layer", "hazards", "--format", "odk", "--synthetic", str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    with empty_app.engine.connect() as connection:
        made_up = ledger.synthetic_source_ids(connection)
    assert len(made_up) == 1
    accept_all(empty_app)
    with TestClient(create_app(empty_app)) as client:
        body = client.get("/api/v1/layers/hazards").json()
    assert [f["properties"]["synthetic"] for f in body["features"]] == [True]
    _written, rows = export_rows(empty_app, "hazards", "csv", tmp_path / "h.csv", public=True)
    assert [str(r["synthetic"]).lower() for r in rows] == ["true"]
