"""Land released and devices destroyed that no record gives are "not known", never 0; only a
figure a source states as 0 is 0. On both backends: the kept roll-up table and the recomputed
one, the API, the CLI's CSV, the country profile, and migration 0015 for activities held."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete

from minewatch.app import App
from minewatch.domain.rollups import REPORTED, bulk_delta, summarise
from minewatch.services.field_rollups import stored_rollups
from minewatch.storage.field_tables import field_rollups
from tests.support.migrations import move

from .helpers import checked_rollup, rollup_csv, rollup_faces, run_import, write_csv

ACCIDENTS = (
    ["reference", "iso3", "date", "admin1", "killed", "injured"],
    [["A-1", "COL", "2020-02-02", "Meta", "1", "0"]],
)
ACTIVITIES = (
    [
        "reference",
        "iso3",
        "date",
        "admin1",
        "activity_type",
        "devices_total",
        "devices_ap",
        "area_cleared_m2",
        "area_reduced_m2",
    ],
    [
        # 2021: devices stated (7, of which 3 AP), no area at all
        ["OP-1", "COL", "2021-05-02", "Meta", "clearance", "7", "3", "", ""],
        # 2022: an area stated as 0 (a sourced zero) and one stated as 250; no devices
        ["OP-2", "COL", "2022-03-01", "Meta", "technical_survey", "", "", "0", "250"],
        # 2022: a survey that states nothing countable
        ["OP-3", "COL", "2022-04-01", "Meta", "non_technical_survey", "", "", "", ""],
    ],
)


def _import(app: App, tmp_path: Path) -> None:
    run_import(app, [write_csv(tmp_path / "a.csv", *ACCIDENTS)], layer="accidents")
    run_import(app, [write_csv(tmp_path / "ops.csv", *ACTIVITIES)], layer="activities")


def _years(app: App) -> dict[int, dict[str, Any]]:
    return {y["year"]: y for y in checked_rollup(app, "COL")["years"]}


def test_figures_no_record_gives_are_not_known(empty_app: App, tmp_path: Path) -> None:
    _import(empty_app, tmp_path)
    years = _years(empty_app)
    # 2020: an accident only: no demining figure is known, casualties are
    assert years[2020]["killed"] == 1 and years[2020]["accidents"] == 1
    for name in ("devices_destroyed", "area_cancelled_m2", "area_reduced_m2", "area_cleared_m2"):
        assert years[2020][name] is None, name
    assert years[2020]["devices_by_type"] == {}
    # 2021: devices stated, areas not; no accident or victim recorded
    assert years[2021]["devices_destroyed"] == 7
    assert years[2021]["devices_by_type"] == {"ap": 3}  # other types not stated: not listed
    assert years[2021]["area_cleared_m2"] is None and years[2021]["accidents"] is None
    # 2022: a stated 0 is 0; a figure no activity states is not known
    assert years[2022]["area_cleared_m2"] == 0.0
    assert years[2022]["area_reduced_m2"] == 250.0
    assert years[2022]["area_cancelled_m2"] is None
    assert years[2022]["devices_destroyed"] is None


def test_a_stated_zero_device_type_is_listed_as_zero() -> None:
    row = {"iso3": "COL", "year": 2020, "activity_type": "clearance", "devices_at": 0}
    totals = summarise([(k[3], v) for k, v in bulk_delta("activities", [row]).items() if v])
    assert totals["devices_destroyed"] == 0 and totals["devices_by_type"] == {"at": 0}


def test_api_csv_and_profile_say_not_known(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import(loaded_app, tmp_path)
    first, by_area, cells = rollup_faces(loaded_app, "COL", 2020)
    assert first["devices_destroyed"] is None and first["area_cleared_m2"] is None
    assert by_area["admin_areas"][0]["area_cleared_m2"] is None
    # accidents, killed, injured, children, devices, cancelled, reduced, cleared
    assert cells[0] == "1" and cells[1] == "1"
    assert cells[4:] == ["not known"] * 4
    rows = rollup_csv(loaded_app, "COL", monkeypatch)
    assert (rows["2020"]["devices_destroyed"], rows["2020"]["area_cleared_m2"]) == ("", "")
    assert (rows["2021"]["devices_ap"], rows["2021"]["devices_at"]) == ("3", "")
    assert rows["2022"]["area_cleared_m2"] == "0.0" and rows["2021"]["accidents"] == ""


def test_migration_0015_counts_the_figures_of_activities_held(
    empty_app: App, tmp_path: Path
) -> None:
    _import(empty_app, tmp_path)
    with empty_app.engine.connect() as connection:
        kept = stored_rollups(connection)
    assert any(k[3].startswith(REPORTED) for k in kept)
    move(empty_app, "0014", down=True)
    with empty_app.engine.begin() as connection:  # 0014 never wrote them
        connection.execute(delete(field_rollups).where(field_rollups.c.metric.like("reported:%")))
    move(empty_app, "head", down=False)
    with empty_app.engine.connect() as connection:
        assert stored_rollups(connection) == kept  # as the write path keeps them
    assert _years(empty_app)[2021]["area_cleared_m2"] is None
    move(empty_app, "0014", down=True)
    with empty_app.engine.connect() as connection:
        left = stored_rollups(connection)
    assert not any(k[3].startswith(REPORTED) for k in left)
