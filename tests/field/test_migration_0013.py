"""Migration 0013 (``field_placements``) on a database holding placed points, on both backends.

Points imported before their admin areas get their codes in ``field_placements``; taken down
to 0012, the codes go back into the layer rows (where readers looked before 0013), and up again the
table starts empty with every code still read the same."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, select

from minewatch.app import App
from minewatch.services.field_rollups import scan_rollups, stored_rollups
from minewatch.services.layers import read_layer
from minewatch.storage.field_tables import field_placements, layer_tables
from minewatch.storage.schema import current_revision
from tests.support.migrations import move

from .helpers import run_import, write_csv
from .test_imports import _accidents_file, _areas_file


def _codes(app: App) -> dict[object, object]:
    with app.engine.connect() as connection:
        return {r["reference"]: r["admin_code"] for r in read_layer(connection, "accidents")}


def test_migration_0013_downgrade_puts_the_placed_codes_back_in_the_rows(
    empty_app: App, tmp_path: Path
) -> None:
    given = write_csv(
        tmp_path / "given.csv",
        ["reference", "lon", "lat", "killed", "iso3", "date", "admin_code"],
        [["G-1", "-60", "-30", "1", "COL", "2019-01-01", "CO99"]],
    )
    run_import(empty_app, [_accidents_file(tmp_path), given], layer="accidents")
    summary = run_import(empty_app, [_areas_file(tmp_path)], layer="admin-areas")
    assert summary.counts.placed == 3
    placed = _codes(empty_app)
    assert placed == {"X-1": "CO05001", "X-2": "CO05", "X-3": "CO15", "X-4": None, "G-1": "CO99"}
    table = layer_tables["accidents"]
    with empty_app.engine.connect() as connection:
        rollups = stored_rollups(connection)
    move(empty_app, "0012", down=True)
    assert current_revision(empty_app.engine) == "0012"
    with empty_app.engine.connect() as connection:
        assert "field_placements" not in inspect(connection).get_table_names()
        own = dict(connection.execute(select(table.c.reference, table.c.admin_code)).all())
        assert stored_rollups(connection) == rollups
    assert own == placed
    move(empty_app, "head", down=False)
    with empty_app.engine.connect() as connection:
        left = connection.execute(select(field_placements.c.seq)).all()
        assert scan_rollups(connection) == rollups
    assert left == [] and _codes(empty_app) == placed
