"""The current-version marker (``superseded_by``, kept at write time) on both backends: a map
window, the layers API and the roll-ups see exactly the current versions; at a past
``known_at`` they see the versions current then; the migration marks rows already held."""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta
from pathlib import Path

import orjson
import shapely
from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from minewatch.app import App
from minewatch.services.clock import utc_now
from minewatch.services.field_map import (
    MapQuery,
    map_features,
    map_summary,
    precision,
    record_details,
)
from minewatch.services.field_rollups import (
    by_admin_area,
    rollup_report,
    scan_rollups,
    stored_rollups,
)
from minewatch.services.layers import LayerFilter, current_seqs, read_layer
from minewatch.storage.field_tables import layer_tables
from minewatch.storage.schema import _config
from minewatch.storage.tables import records
from minewatch.web.app import create_app

from .helpers import run_import, square_wkt, write_csv

HEADER = ["reference", "hazard_type", "status", "date", "iso3", "is_public", "wkt"]
OLD_BOX = (-75.0, 5.0, -74.0, 6.0)  # where A, B and C start
NEW_BOX = (-72.0, 8.0, -71.0, 9.0)  # where B moves to in its second version


def _hazards(tmp_path: Path, name: str, b_status: str, b_at: tuple[float, float]) -> Path:
    rows = [
        ["A", "SHA", "open", "2001-01-01", "COL", "true", square_wkt(-74.9, 5.1, 0.01)],
        ["B", "SHA", b_status, "2001-01-01", "COL", "true", square_wkt(*b_at, 0.01)],
        ["C", "CHA", "open", "2001-01-01", "COL", "true", square_wkt(-74.5, 5.5, 0.01)],
    ]
    return write_csv(tmp_path / name, HEADER, rows)


def _edited(app: App, tmp_path: Path) -> datetime:
    """A, B, C in OLD_BOX; then B released and moved to NEW_BOX. Returns a moment between."""
    run_import(app, [_hazards(tmp_path, "v1.csv", "open", (-74.2, 5.8))], layer="hazards")
    moment = utc_now()
    time.sleep(0.01)
    summary = run_import(
        app, [_hazards(tmp_path, "v2.csv", "released", (-71.5, 8.5))], layer="hazards"
    )
    assert (summary.counts.new_versions, summary.counts.unchanged) == (1, 2)
    return moment


def _window(app: App, box: tuple[float, ...], known_at: datetime | None = None) -> dict[str, str]:
    query = MapQuery("hazards", as_of=utc_now().date(), bbox=box, zoom=10, known_at=known_at)  # type: ignore[arg-type]
    with app.engine.connect() as connection:
        body = orjson.loads(orjson.dumps(map_features(connection, query, public=False)))
    assert body["numberMatched"] == body["numberReturned"] == len(body["features"])
    drawn = {}
    with app.engine.connect() as connection:
        for feature in body["features"]:
            # The popup of the version drawn (its id), as the map asks it on click.
            popup = record_details(
                connection, feature["properties"]["record_id"], feature["id"], public=False
            )
            assert popup["properties"]["status"] == feature["properties"]["status"]
            drawn[popup["properties"]["reference"]] = feature["properties"]["status"]
    return drawn


def test_a_window_returns_exactly_the_current_versions(empty_app: App, tmp_path: Path) -> None:
    moment = _edited(empty_app, tmp_path)
    # B's first version is still in the spatial index under OLD_BOX; it must not come back.
    assert _window(empty_app, OLD_BOX) == {"A": "open", "C": "open"}
    assert _window(empty_app, NEW_BOX) == {"B": "released"}
    # As the database stood between the imports: B's first version, where it was then.
    assert _window(empty_app, OLD_BOX, moment) == {"A": "open", "B": "open", "C": "open"}
    assert _window(empty_app, NEW_BOX, moment) == {}
    with empty_app.engine.connect() as connection:
        now = map_summary(connection, utc_now().date())
        then = map_summary(connection, utc_now().date(), known_at=moment)
    assert now["hazard_statuses"] == {"open": 2, "in_progress": 0, "released": 1}
    assert then["hazard_statuses"] == {"open": 3, "in_progress": 0, "released": 0}
    assert now["counts"]["hazards"] == then["counts"]["hazards"] == 3


def test_the_page_route_and_the_api_agree(empty_app: App, tmp_path: Path) -> None:
    moment = _edited(empty_app, tmp_path)
    box = ",".join(str(v) for v in OLD_BOX)
    with TestClient(create_app(empty_app)) as client:
        now = client.get("/field/features.json", params={"layer": "hazards", "bbox": box}).json()
        then = client.get(
            "/field/features.json",
            params={"layer": "hazards", "bbox": box, "known_at": moment.isoformat()},
        ).json()
        api = client.get("/api/v1/layers/hazards", params={"bbox": box}).json()
        drawn = {
            name: sorted(
                client.get(
                    "/field/sources.json",
                    params={"record_id": f["properties"]["record_id"], "seq": f["id"]},
                ).json()["properties"]["reference"]
                for f in answer["features"]
            )
            for name, answer in (("now", now), ("then", then))
        }
    assert drawn == {"now": ["A", "C"], "then": ["A", "B", "C"]}
    assert sorted(f["properties"]["reference"] for f in api["features"]) == ["A", "C"]


def test_the_marker_names_the_replacing_version(empty_app: App, tmp_path: Path) -> None:
    _edited(empty_app, tmp_path)
    table = layer_tables["hazards"]
    with empty_app.engine.connect() as connection:
        rows = connection.execute(
            select(table.c.record_id, table.c.version, table.c.seq, table.c.superseded_by)
            .where(table.c.reference == "B")
            .order_by(table.c.seq)
        ).all()
    (_, v1, _, by1), (_, v2, seq2, by2) = rows
    assert (v1, by1, v2, by2) == (1, seq2, 2, None)


def test_roll_ups_at_a_past_moment(empty_app: App, tmp_path: Path) -> None:
    run_import(empty_app, [_hazards(tmp_path, "v1.csv", "open", (-74.2, 5.8))], layer="hazards")
    with empty_app.engine.connect() as connection:
        before = stored_rollups(connection)
    moment = utc_now()
    time.sleep(0.01)
    run_import(empty_app, [_hazards(tmp_path, "v2.csv", "released", (-71.5, 8.5))], layer="hazards")
    with empty_app.engine.connect() as connection:
        assert scan_rollups(connection, known_at=moment) == before
        assert scan_rollups(connection) == stored_rollups(connection) != before
        assert scan_rollups(connection, known_at=moment - timedelta(days=1)) == {}
    assert before[("COL", "", 2001, "hazards:SHA:open")] == 2


def _activities(tmp_path: Path, name: str, cleared: str, year: str) -> Path:
    return write_csv(
        tmp_path / name,
        [
            "reference",
            "activity_type",
            "area_cleared_m2",
            "devices_ap",
            "iso3",
            "admin_code",
            "date",
        ],
        [
            ["A-1", "clearance", cleared, "3", "COL", "05001", f"{year}-05-02"],
            ["A-2", "clearance", "50", "1", "COL", "05002", "2021-06-01"],
        ],
    )


def test_reports_at_a_past_moment_are_the_ones_published_then(
    loaded_app: App, tmp_path: Path
) -> None:
    """The roll-up report, per admin area, the API, the CLI's service and the country profile
    at a past known_at give what they gave then, after A-1 was corrected (more area, another
    year); now they give the corrected figures."""
    run_import(loaded_app, [_activities(tmp_path, "v1.csv", "1000", "2020")], layer="activities")
    with loaded_app.engine.connect() as connection:
        published = rollup_report(connection, "COL")
        published_areas = by_admin_area(connection, "COL")
    moment = utc_now()
    time.sleep(0.01)
    run_import(loaded_app, [_activities(tmp_path, "v2.csv", "1200", "2022")], layer="activities")
    with loaded_app.engine.connect() as connection:
        assert rollup_report(connection, "COL", known_at=moment) == published
        assert by_admin_area(connection, "COL", known_at=moment) == published_areas
        then_2020 = rollup_report(connection, "COL", 2020, known_at=moment)["totals"]
        assert (
            rollup_report(connection, "COL", 2020)["totals"]["area_cleared_m2"] is None
        )  # nothing left there
        now = rollup_report(connection, "COL")
        before_any = rollup_report(connection, "COL", known_at=moment - timedelta(days=1))
    assert published["totals"]["area_cleared_m2"] == 1050.0
    # a year entry is its totals plus its "year", "synthetic" (whether it counts made-up rows)
    # and "sources" (what it was computed from)
    assert then_2020 == {
        k: v for k, v in published["years"][0].items() if k not in ("year", "synthetic", "sources")
    }
    assert [y["year"] for y in published["years"]] == [2020, 2021]
    assert now["totals"]["area_cleared_m2"] == 1250.0
    assert [y["year"] for y in now["years"]] == [2021, 2022]
    assert before_any["years"] == [] and before_any["totals"]["devices_destroyed"] is None
    with TestClient(create_app(loaded_app)) as client:
        api = client.get("/api/v1/rollups/COL", params={"known_at": moment.isoformat()}).json()
        profile = client.get("/states/COL.json", params={"known_at": moment.isoformat()}).json()
        current = client.get("/states/COL.json").json()
    assert api == published
    assert profile["field"] == published and current["field"] == now


def test_past_moments_match_the_highest_seq_recorded_by_then(
    empty_app: App, tmp_path: Path
) -> None:
    """Record times need not grow with seq (a clock set back): at every moment the rows read
    are exactly each record's highest seq recorded by then, found by brute force."""
    for round_ in range(4):
        rows = [
            [f"H{i}", "SHA", ("open", "released")[(i + round_) % 2], "", "COL", "true", ""]
            for i in range(6)
            if (i + round_) % 3
        ]
        path = write_csv(
            tmp_path / f"r{round_}.csv",
            ["reference", "hazard_type", "status", "iso3", "lon", "lat"],
            [[r[0], r[1], r[2], r[4], "-75", "5"] for r in rows],
        )
        run_import(empty_app, [path], layer="hazards")
    table, rng = layer_tables["hazards"], random.Random(3)
    base = datetime(2026, 1, 1)
    with empty_app.engine.begin() as connection:
        seqs = [int(s) for (s,) in connection.execute(select(table.c.seq).order_by(table.c.seq))]
        stamps = {seq: base + timedelta(minutes=rng.randrange(20)) for seq in seqs}
        for seq, stamp in stamps.items():
            connection.execute(
                update(records).where(records.c.seq == seq).values(recorded_at=stamp)
            )
    with empty_app.engine.connect() as connection:
        owner = dict(connection.execute(select(table.c.seq, table.c.record_id)).all())
        for minute in range(-1, 21):
            moment = base + timedelta(minutes=minute, seconds=30)
            expected: dict[str, int] = {}
            for seq in seqs:
                if stamps[seq] <= moment:
                    expected[owner[seq]] = max(seq, expected.get(owner[seq], 0))
            found = {int(s) for (s,) in connection.execute(current_seqs("hazards", moment))}
            assert found == set(expected.values()), minute
            read = {
                r["seq"] for r in read_layer(connection, "hazards", LayerFilter(known_at=moment))
            }
            assert read == set(expected.values()), minute
        assert {int(s) for (s,) in connection.execute(current_seqs("hazards"))} == {
            max(s for s in seqs if owner[s] == record) for record in set(owner.values())
        }


def test_the_migration_marks_rows_already_held(empty_app: App, tmp_path: Path) -> None:
    _edited(empty_app, tmp_path)
    table = layer_tables["hazards"]
    marker = select(table.c.seq, table.c.superseded_by).order_by(table.c.seq)
    with empty_app.engine.connect() as connection:
        kept = connection.execute(marker).all()
    assert sum(by is not None for _, by in kept) == 1
    config = _config()
    with empty_app.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
        command.upgrade(config, "head")
    with empty_app.engine.connect() as connection:
        assert connection.execute(marker).all() == kept


def test_both_window_plans_read_the_same_rows(empty_app: App, tmp_path: Path) -> None:
    """A small box (spatial index) and a wide one (seq-order scan) are two plans for one
    answer, in the full view and the public one, where a hidden hazard is found by its admin
    area's box, not its own."""
    areas = write_csv(
        tmp_path / "areas.csv",
        ["pcode", "name", "level", "wkt"],
        [["05313", "Granada", "2", "POLYGON((-75.3 6, -75.1 6, -75.1 6.3, -75.3 6.3, -75.3 6))"]],
    )
    run_import(empty_app, [areas], layer="admin-areas")
    rows = [
        [f"P{i}", "SHA", "open", "2001-01-01", "COL", "true", square_wkt(-76 + i * 0.3, 5, 0.01)]
        for i in range(8)
    ]
    rows.append(
        ["HIDDEN", "SHA", "open", "2001-01-01", "COL", "false", square_wkt(-75.2, 6.1, 0.01)]
    )
    run_import(empty_app, [write_csv(tmp_path / "h.csv", HEADER, rows)], layer="hazards")
    boxes = [(-77.0, 4.0, -73.0, 7.0), (-76.05, 4.9, -75.65, 5.1), (-75.29, 6.25, -75.25, 6.29)]
    with empty_app.engine.connect() as connection:
        for box in boxes:
            for public in (False, True):
                found = [
                    {
                        r["reference"]
                        for r in read_layer(
                            connection,
                            "hazards",
                            LayerFilter(bbox=box, wide=w, public_view=public),
                        )
                    }
                    for w in (False, True)
                ]
                assert found[0] == found[1], (box, public)
        # The hidden hazard's own square is far from the last box; its municipality is not.
        last = boxes[2]
        assert {
            r["reference"]
            for r in read_layer(connection, "hazards", LayerFilter(bbox=last, public_view=True))
        } == {"HIDDEN"}
        assert list(read_layer(connection, "hazards", LayerFilter(bbox=last))) == []
        assert {
            r["reference"] for r in read_layer(connection, "hazards", LayerFilter(bbox=boxes[1]))
        } == {
            "P0",
            "P1",
        }


def test_a_polygon_larger_than_a_pixel_is_simplified_by_zoom(
    empty_app: App, tmp_path: Path
) -> None:
    disc = shapely.Point(-75.0, 5.0).buffer(0.5, quad_segs=32).wkt  # 129 vertices, ~110 km wide
    path = write_csv(tmp_path / "d.csv", HEADER, [["D", "CHA", "open", "", "COL", "true", disc]])
    run_import(empty_app, [path], layer="hazards")

    def ring(zoom: float) -> list[list[float]]:
        query = MapQuery("hazards", as_of=utc_now().date(), zoom=zoom)
        with empty_app.engine.connect() as connection:
            body = orjson.loads(orjson.dumps(map_features(connection, query, public=False)))
        found: list[list[float]] = body["features"][0]["geometry"]["coordinates"][0]
        return found

    assert len(ring(3)) < len(ring(7)) < len(ring(14)) == 129
    assert precision(0) == 2 and precision(12) == 5 and precision(24) == 7
