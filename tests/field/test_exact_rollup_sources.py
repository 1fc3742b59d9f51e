"""A roll-up names a source exactly while rows of it count, and a roll-up by admin area names
that area's own sources. Before (migration 0016's table), the list only grew and was kept per
state and year: a file whose rows a corrected re-import replaced stayed named, a record a
reviewer withdrew left its source named, and ``?by=admin`` gave every area the state's sources.
The kept table (``field_rollup_sources``) is checked against the sources found from the rows
(``scan_sources``) after every step. On both backends."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import delete, select

from minewatch.app import App
from minewatch.services import review
from minewatch.services.field_rollups import scan_sources
from minewatch.services.layers import read_layer
from minewatch.storage.field_tables import field_rollup_area_sources, field_rollup_sources
from minewatch.storage.tables import sources
from minewatch.web.app import create_app
from tests.field.helpers import run_import, write_csv
from tests.support.migrations import move

HEADER = ["reference", "iso3", "date", "admin_code", "admin1", "killed", "injured", "lon", "lat"]


def _kept(app: App) -> list[tuple[int, str, str, int]]:
    """The kept (year, admin area, layer, source) keys of COL, each checked against the rows,
    and the state grain against their sums over admin areas."""
    area, state = field_rollup_area_sources, field_rollup_sources
    with app.engine.connect() as connection:
        query = select(area.c.year, area.c.admin_code, area.c.layer, area.c.source_id).where(
            area.c.iso3 == "COL", area.c.counted > 0
        )
        kept = sorted(
            (int(y), str(a), str(la), int(s)) for y, a, la, s in connection.execute(query)
        )
        assert kept == scan_sources(connection, "COL")  # kept == found from the rows
        counts = select(area.c.year, area.c.layer, area.c.source_id, area.c.counted)
        summed: Counter[tuple[int, str, int]] = Counter()
        for y, la, s, n in connection.execute(counts.where(area.c.iso3 == "COL")):
            summed[(int(y), str(la), int(s))] += int(n)
        per_state = select(state.c.year, state.c.layer, state.c.source_id, state.c.counted)
        held = {
            (int(y), str(la), int(s)): int(n)
            for y, la, s, n in connection.execute(per_state.where(state.c.iso3 == "COL"))
        }
        assert held == dict(summed)  # the state grain is the area grain summed; no zeros kept
    return kept


def _source_id(app: App, title: str) -> int:
    with app.engine.connect() as connection:
        query = select(sources.c.id).where(sources.c.title == title)
        return int(connection.execute(query).scalar_one())


def _titles(entries: list[dict[str, Any]]) -> list[str]:
    return [e["title"] for e in entries]


def test_a_source_whose_rows_were_all_replaced_is_no_longer_named(
    empty_app: App, tmp_path: Path
) -> None:
    first = [
        ["A-1", "COL", "2020-03-01", "05001", "Antioquia", "1", "0", "", ""],
        ["A-2", "COL", "2020-05-01", "05001", "Antioquia", "0", "2", "", ""],
    ]
    run_import(empty_app, [write_csv(tmp_path / "march.csv", HEADER, first)], layer="accidents")
    march = _source_id(empty_app, "march.csv")
    assert _kept(empty_app) == [(2020, "05001", "accidents", march)]
    # the corrected file: the same two accidents (same references), other figures
    fixed = [[*row[:5], "3", "3", "", ""] for row in first]
    run_import(empty_app, [write_csv(tmp_path / "fixed.csv", HEADER, fixed)], layer="accidents")
    fixed_id = _source_id(empty_app, "fixed.csv")
    assert _kept(empty_app) == [(2020, "05001", "accidents", fixed_id)]
    with TestClient(create_app(empty_app)) as client:
        report = client.get("/api/v1/rollups/COL").json()
        areas = client.get("/api/v1/rollups/COL?by=admin").json()
    assert _titles(report["sources"]) == ["fixed.csv"]
    assert [_titles(y["sources"]) for y in report["years"]] == [["fixed.csv"]]
    assert _titles(areas["sources"]) == ["fixed.csv"]
    assert [_titles(a["sources"]) for a in areas["admin_areas"]] == [["fixed.csv"]]
    assert report["totals"]["killed"] == 6  # the figures are the fixed file's, as its sources


def test_a_partly_replaced_source_stays_named_and_a_withdrawn_record_takes_its_source(
    empty_app: App, tmp_path: Path
) -> None:
    first = [
        ["B-1", "COL", "2021-01-01", "05001", "Antioquia", "1", "0", "", ""],
        ["B-2", "COL", "2021-02-01", "05001", "Antioquia", "1", "0", "", ""],
    ]
    run_import(empty_app, [write_csv(tmp_path / "old.csv", HEADER, first)], layer="accidents")
    one = [["B-1", "COL", "2021-01-01", "05001", "Antioquia", "4", "0", "", ""]]
    run_import(empty_app, [write_csv(tmp_path / "new.csv", HEADER, one)], layer="accidents")
    old, new = _source_id(empty_app, "old.csv"), _source_id(empty_app, "new.csv")
    # B-2 still counts from old.csv
    assert _kept(empty_app) == sorted(
        [(2021, "05001", "accidents", old), (2021, "05001", "accidents", new)]
    )
    with empty_app.engine.connect() as connection:
        [(record_id, version)] = [
            (r["record_id"], r["version"])
            for r in read_layer(connection, "accidents")
            if r["reference"] == "B-2"
        ]
    review.decide(
        empty_app,
        record_id,
        review.Verdict(review.Decision.REJECT, version, "entered twice"),
        "rosa",
    )
    assert _kept(empty_app) == [(2021, "05001", "accidents", new)]


def test_each_admin_area_names_its_own_sources(empty_app: App, tmp_path: Path) -> None:
    north = [["N-1", "COL", "2019-01-01", "05001", "Antioquia", "1", "0", "", ""]]
    south = [
        ["S-1", "COL", "2019-02-01", "", "Nariño", "0", "1", "", ""],
        ["S-2", "COL", "2020-02-01", "52001", "Nariño", "0", "1", "", ""],
    ]
    run_import(empty_app, [write_csv(tmp_path / "north.csv", HEADER, north)], layer="accidents")
    run_import(empty_app, [write_csv(tmp_path / "south.csv", HEADER, south)], layer="accidents")
    _kept(empty_app)
    with TestClient(create_app(empty_app)) as client:
        areas = client.get("/api/v1/rollups/COL?by=admin").json()["admin_areas"]
        in_2019 = client.get("/api/v1/rollups/COL?by=admin&year=2019").json()
    named = {a["admin_area"]: _titles(a["sources"]) for a in areas}
    assert named == {
        "05001": ["north.csv"],
        "52001": ["south.csv"],
        "name:Nariño": ["south.csv"],
    }
    assert {a["admin_area"]: _titles(a["sources"]) for a in in_2019["admin_areas"]} == {
        "05001": ["north.csv"],
        "name:Nariño": ["south.csv"],
    }
    assert _titles(in_2019["sources"]) == ["north.csv", "south.csv"]


def test_sources_move_with_the_rows_an_admin_area_import_places(
    empty_app: App, tmp_path: Path
) -> None:
    points = [
        ["P-1", "COL", "2022-01-01", "", "", "1", "0", "-75.2", "6.1"],
        ["P-2", "COL", "2022-01-02", "", "", "1", "0", "-70.0", "2.0"],  # in no area
    ]
    run_import(empty_app, [write_csv(tmp_path / "points.csv", HEADER, points)], layer="accidents")
    held = _source_id(empty_app, "points.csv")
    assert _kept(empty_app) == [(2022, "", "accidents", held)]
    area = [["05313", "Granada", "2", "POLYGON((-75.3 6, -75.1 6, -75.1 6.3, -75.3 6.3, -75.3 6))"]]
    areas = write_csv(tmp_path / "areas.csv", ["pcode", "name", "level", "wkt"], area)
    run_import(empty_app, [areas], layer="admin-areas")
    assert _kept(empty_app) == [(2022, "", "accidents", held), (2022, "05313", "accidents", held)]
    # the only row left unplaced is P-2: when it goes, the unknown area names no source
    moved = [["P-2", "COL", "2022-01-02", "05001", "", "1", "0", "", ""]]
    run_import(empty_app, [write_csv(tmp_path / "moved.csv", HEADER, moved)], layer="accidents")
    again = _source_id(empty_app, "moved.csv")
    assert _kept(empty_app) == [
        (2022, "05001", "accidents", again),
        (2022, "05313", "accidents", held),
    ]


def test_migration_0017_counts_the_sources_of_rows_held(empty_app: App, tmp_path: Path) -> None:
    rows = [
        ["M-1", "COL", "2018-01-01", "05001", "", "1", "0", "", ""],
        ["M-2", "COL", "2018-01-02", "05001", "", "1", "0", "", ""],
        ["M-3", "COL", "2017", "", "Meta", "1", "0", "", ""],
    ]
    run_import(empty_app, [write_csv(tmp_path / "m.csv", HEADER, rows)], layer="accidents")
    fix = [["M-1", "COL", "2018-01-01", "05001", "", "2", "0", "", ""]]
    run_import(empty_app, [write_csv(tmp_path / "fix.csv", HEADER, fix)], layer="accidents")
    tables = (field_rollup_area_sources, field_rollup_sources)
    with empty_app.engine.connect() as connection:
        kept = [sorted(connection.execute(select(t)).all()) for t in tables]
    # M-2 (05001, 2018) and M-3 (name:Meta, 2017) from m.csv; M-1 (05001, 2018) from fix.csv
    assert sorted(r.counted for r in kept[0]) == [1, 1, 1]
    assert sorted(r.counted for r in kept[1]) == [1, 1, 1]
    _kept(empty_app)
    with empty_app.engine.begin() as connection:
        for table in tables:
            connection.execute(delete(table))
    move(empty_app, "0016", down=True)
    move(empty_app, "head", down=False)
    with empty_app.engine.connect() as connection:
        assert [sorted(connection.execute(select(t)).all()) for t in tables] == kept
