"""Every field figure names the sources it was computed from: the country profile's field table
(a footnote per year, linked to the source's page), the roll-up API (``sources`` over all years,
per year, per admin-area query) and its CSV, a synthetic source labelled so on each. Kept at
write time (``field_rollup_sources``), filled for rows already held by migration 0016, and a
submission's source named only once a reviewer accepts it. On both backends."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, select
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.services import ledger
from minewatch.services.field_rollups import rollup_sources
from minewatch.storage.field_tables import field_rollup_sources
from minewatch.storage.tables import sources
from minewatch.web.app import create_app
from tests.field.helpers import rollup_csv, run_import, write_csv
from tests.field.odk_exports import export
from tests.field.test_odk_import import accept_all, hazard
from tests.support.migrations import move

HEADER = ["reference", "iso3", "date", "admin1", "killed", "injured", "lon", "lat", "is_public"]
MADE_UP = [["S-1", "COL", "2019-04-01", "Meta", "1", "2", "-73.6", "3.9", "yes"]]
REAL = [
    ["R-1", "COL", "2020-06-01", "Meta", "0", "1", "-74.1", "4.2", "yes"],
    ["R-2", "COL", "2019-08-01", "Meta", "2", "0", "-74.0", "4.1", "yes"],
]
OTHER = [["P-1", "PER", "2020-02-01", "Loreto", "1", "0", "-73.2", "-3.7", "yes"]]


def _import(app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """A synthetic file through the CLI's --synthetic, a real one for COL and one for PER;
    their source ids by file name."""
    made_up = write_csv(tmp_path / "made-up.csv", HEADER, MADE_UP)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", app.engine.url.render_as_string(False))
    result = CliRunner().invoke(
        cli, ["import", "--layer", "accidents", "--synthetic", str(made_up)]
    )
    assert result.exit_code == 0, result.output
    run_import(app, [write_csv(tmp_path / "real.csv", HEADER, REAL)], layer="accidents")
    run_import(app, [write_csv(tmp_path / "peru.csv", HEADER, OTHER)], layer="accidents")
    with app.engine.connect() as connection:
        ids = connection.execute(select(sources.c.title, sources.c.id)).all()
    return {str(title): int(i) for title, i in ids if str(title).endswith(".csv")}


def _named(entries: list[dict[str, Any]]) -> list[tuple[str, bool, str]]:
    return [(e["title"], e["synthetic"], e["page"]) for e in entries]


def test_the_roll_up_api_names_each_figures_sources(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _import(loaded_app, tmp_path, monkeypatch)
    fake, real = ids["made-up.csv"], ids["real.csv"]
    with TestClient(create_app(loaded_app)) as client:
        api = client.get("/api/v1/rollups/COL").json()
        one_year = client.get("/api/v1/rollups/COL?year=2020").json()
        by_area = client.get("/api/v1/rollups/COL?by=admin&year=2020").json()
        peru = client.get("/api/v1/rollups/PER").json()
        page = client.get(f"/sources/{real}")
    assert _named(api["sources"]) == sorted(
        [("made-up.csv", True, f"/sources/{fake}"), ("real.csv", False, f"/sources/{real}")],
        key=lambda e: int(e[2].rsplit("/", 1)[1]),
    )
    assert api["sources"][0]["layers"] == ["accidents"]
    years = {y["year"]: _named(y["sources"]) for y in api["years"]}
    # 2019 counts both files' rows; 2020 only the real one's
    assert sorted(years[2019]) == sorted(
        [("made-up.csv", True, f"/sources/{fake}"), ("real.csv", False, f"/sources/{real}")]
    )
    assert years[2020] == [("real.csv", False, f"/sources/{real}")]
    assert _named(one_year["sources"]) == [("real.csv", False, f"/sources/{real}")]
    assert _named(by_area["sources"]) == [("real.csv", False, f"/sources/{real}")]
    assert _named(peru["sources"]) == [("peru.csv", False, f"/sources/{ids['peru.csv']}")]
    assert page.status_code == 200 and "real.csv" in page.text
    with loaded_app.engine.connect() as connection:
        second = connection.execute(select(sources.c.recorded_at).where(sources.c.id == real))
        # just before the real file's import began: the synthetic one was held, rows and all
        moment = (second.scalar_one() - timedelta(microseconds=1)).isoformat()
    with TestClient(create_app(loaded_app)) as client:
        then = client.get("/api/v1/rollups/COL", params={"known_at": moment}).json()
    # as recorded when only the synthetic file was held: its source alone
    assert _named(then["sources"]) == [("made-up.csv", True, f"/sources/{fake}")]
    assert [y["year"] for y in then["years"]] == [2019]


def test_the_profile_and_the_csv_cite_the_sources_and_label_the_synthetic_one(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _import(loaded_app, tmp_path, monkeypatch)
    fake, real = ids["made-up.csv"], ids["real.csv"]
    with TestClient(create_app(loaded_app)) as client:
        page = client.get("/states/COL").text
    section = page.split('id="field-heading"', 1)[1].split("</section>", 1)[0]
    assert "computed from the rows of 2 sources" in section
    table = section.split('id="field-rollup"', 1)[1].split("</table>", 1)[0]
    rows = {r.split("</td>", 1)[0].split(" ", 1)[0]: r for r in table.split("<tr><td>")[1:]}
    cited = {y: r.split('<td class="field-sources">', 1)[1] for y, r in rows.items()}
    # each year's cell links the footnotes of its own sources; the synthetic one says so
    assert cited["2020"].count('class="fn-ref"') == 1 and "synthetic" not in cited["2020"]
    assert cited["2019"].count('class="fn-ref"') == 2 and "synthetic" in cited["2019"]
    notes = page.split('id="fn-heading"', 1)[1]
    for source in (fake, real):
        assert f'<a href="/sources/{source}">' in notes
    fake_note = notes.split(f'<a href="/sources/{fake}">', 1)[1].split("</li>", 1)[0]
    real_note = notes.split(f'<a href="/sources/{real}">', 1)[1].split("</li>", 1)[0]
    assert "synthetic source" in fake_note and "synthetic" not in real_note
    rows_csv = rollup_csv(loaded_app, "COL", monkeypatch)
    assert rows_csv["2020"]["sources"] == f"source {real}: real.csv"
    assert (
        f"source {fake}: made-up.csv [SYNTHETIC source: not real data]"
        in (rows_csv["2019"]["sources"])
    )
    assert rows_csv["all"]["sources"].count("source ") == 2


def test_a_submission_is_cited_once_accepted(
    empty_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export("central-csv", tmp_path, "hazards", [hazard()])
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", empty_app.engine.url.render_as_string(False))
    args = ["import", "--layer", "hazards", "--format", "odk", "--synthetic", str(path)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    with empty_app.engine.connect() as connection:
        iso3 = connection.execute(select(field_rollup_sources)).all()
        assert iso3 == []  # a candidate counts in no roll-up: it names no source either
        made_up = ledger.synthetic_source_ids(connection)
    accept_all(empty_app)
    with empty_app.engine.connect() as connection:
        held = connection.execute(select(field_rollup_sources)).all()
        assert [(r.layer, r.source_id) for r in held] == [("hazards", made_up[0])]
        cited = rollup_sources(connection, held[0].iso3)
    assert [[e["synthetic"] for e in v] for v in cited.values()] == [[True]]


def test_migration_0016_names_the_sources_of_rows_held(
    empty_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(empty_app, tmp_path, monkeypatch)
    with empty_app.engine.connect() as connection:
        kept = sorted(connection.execute(select(field_rollup_sources)).all())
    assert len(kept) == 4  # COL 2019 (two files), COL 2020, PER 2020
    with empty_app.engine.begin() as connection:
        connection.execute(delete(field_rollup_sources))
    move(empty_app, "0015", down=True)
    move(empty_app, "head", down=False)
    with empty_app.engine.connect() as connection:
        assert sorted(connection.execute(select(field_rollup_sources)).all()) == kept
