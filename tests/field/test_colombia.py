"""The Colombia presets on the real open data in ../shared/data/colombia, on both backends.

Expected figures are computed here from the files with the standard library (csv, json), an
oracle independent of the import engine; the README's headline totals are checked too.
"""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest
from sqlalchemy import func, select

from minewatch.app import App
from minewatch.domain.errors import ImportRefused
from minewatch.services.field_rollups import rollup_report, scan_rollups, stored_rollups
from minewatch.storage.field_tables import layer_tables
from minewatch.storage.tables import audit_log, records

from .helpers import DEMINING, EVENTS, run_import

LAYER_OF_CODE = {
    "1": "accidents",
    "2": "accidents",
    "8": "hazards",
    "3": "activities",
    "5": "activities",
    "6": "activities",
    "7": "activities",
    "4": "activities",
}


def _demining_rows() -> list[dict[str, str]]:
    with DEMINING.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _events() -> list[dict[str, str]]:
    found = []
    for path in sorted(EVENTS.glob("*.json")):
        found += [f["properties"] for f in json.loads(path.read_text("utf-8"))["features"]]
    return found


def test_the_data_is_present() -> None:
    # CI clones the project with shared/ beside it; without it these tests would prove nothing.
    assert DEMINING.is_file() and len(list(EVENTS.glob("*.json"))) == 12


def test_demining_preset_totals_and_places(empty_app: App) -> None:
    summary = run_import(empty_app, [DEMINING], preset="co-aicma-demining")
    rows = _demining_rows()
    assert (summary.rows_read, summary.counts.added) == (333, len(rows)) == (333, 333)
    with empty_app.engine.connect() as connection:
        report = rollup_report(connection, "COL")
        table = layer_tables["activities"]
        names = set(connection.execute(select(table.c.admin1)).scalars())
    totals = report["totals"]
    assert totals["devices_destroyed"] == sum(int(r["totalartefactosdestruidos"]) for r in rows)
    assert totals["devices_destroyed"] == 5006
    cleared = sum(float(r["areadespejada"]) for r in rows)
    assert totals["area_cleared_m2"] == pytest.approx(cleared) and round(cleared / 1e6, 2) == 2.17
    assert totals["devices_by_type"]["ap"] == sum(int(r["map"]) for r in rows)
    assert totals["devices_by_type"]["uxo"] == sum(int(r["muse"]) for r in rows)
    assert totals["devices_by_type"]["ied"] == sum(int(r["aei"]) for r in rows)
    per_year = Counter[int]()
    for r in rows:
        per_year[int(r["ano"])] += int(r["totalartefactosdestruidos"])
    assert {y["year"]: y["devices_destroyed"] for y in report["years"]} == dict(per_year)
    assert "NARIÑO" in names  # Spanish place names kept as written


def test_events_preset_counts_per_code_and_year(empty_app: App) -> None:
    paths = sorted(EVENTS.glob("*.json"))
    summary = run_import(empty_app, paths, preset="co-aicma-events")
    events = _events()
    assert summary.rows_read == len(events) == 1969
    expected = Counter(
        (LAYER_OF_CODE[e["TIPO_EVENTO"]], e["TIPO_EVENTO"], int(e["AÑO"])) for e in events
    )
    found: Counter[tuple[str, str, int]] = Counter()
    with empty_app.engine.connect() as connection:
        for layer in ("accidents", "hazards", "activities"):
            table = layer_tables[layer]
            query = select(table.c.source_code, table.c.year, func.count()).group_by(
                table.c.source_code, table.c.year
            )
            for code, year, n in connection.execute(query):
                found[(layer, code, year)] = n
        hazards = layer_tables["hazards"]
        types = set(connection.execute(select(hazards.c.hazard_type)).scalars())
        report = rollup_report(connection, "COL")
    assert found == expected
    assert types == {"SHA"}
    accidents_per_year = Counter(int(e["AÑO"]) for e in events if e["TIPO_EVENTO"] in "12")
    assert {y["year"]: y["accidents"] for y in report["years"]} == dict(accidents_per_year)


def test_reimport_adds_nothing_and_writes_no_audit(empty_app: App) -> None:
    paths = [DEMINING, *sorted(EVENTS.glob("*.json"))[:3]]
    run_import(empty_app, paths[:1], preset="co-aicma-demining")
    run_import(empty_app, paths[1:], preset="co-aicma-events")
    with empty_app.engine.connect() as connection:
        before = (
            connection.execute(select(func.count()).select_from(records)).scalar(),
            connection.execute(select(func.count()).select_from(audit_log)).scalar(),
        )
        kept = stored_rollups(connection)
    again = run_import(empty_app, paths[:1], preset="co-aicma-demining")
    assert (again.counts.added, again.counts.new_versions, again.counts.unchanged) == (0, 0, 333)
    run_import(empty_app, paths[1:], preset="co-aicma-events")
    with empty_app.engine.connect() as connection:
        after = (
            connection.execute(select(func.count()).select_from(records)).scalar(),
            connection.execute(select(func.count()).select_from(audit_log)).scalar(),
        )
        assert stored_rollups(connection) == kept == scan_rollups(connection)
    assert after == before


def test_a_file_the_preset_is_not_for_is_refused_and_writes_nothing(empty_app: App) -> None:
    # An events file read with the demining preset used to overwrite demining records
    # (named by row number) with blanks; now the columns the preset names must be there.
    run_import(empty_app, [DEMINING], preset="co-aicma-demining")
    with empty_app.engine.connect() as connection:
        before = connection.execute(select(func.count()).select_from(records)).scalar_one()
        totals = rollup_report(connection, "COL")["totals"]
    with pytest.raises(ImportRefused) as refused:
        run_import(empty_app, [EVENTS / "1990.json"], preset="co-aicma-demining")
    missing = {p.where.field for p in refused.value.problems}
    assert {"totalartefactosdestruidos", "areadespejada", "tipodesminado"} <= missing
    with empty_app.engine.connect() as connection:
        after = connection.execute(select(func.count()).select_from(records)).scalar_one()
        assert rollup_report(connection, "COL")["totals"] == totals
    assert after == before
