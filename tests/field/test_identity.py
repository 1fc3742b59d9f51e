"""Row identity for files without an id column (both backends): a record is named by the
source's key when the mapping gives one, else by the row's content, so a re-sorted or partial
copy of a file changes nothing and never rewrites another record."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from minewatch.app import App
from minewatch.imports.intmap import IntMap
from minewatch.services.layers import read_layer
from minewatch.storage.tables import records

from .helpers import run_import, write_csv

HEADER = ["date", "iso3", "killed", "injured", "device_type", "lon", "lat"]
ROWS = [
    ["2020-01-05", "COL", "1", "0", "AP mine", "-75.1", "5.1"],
    ["2020-02-07", "COL", "0", "2", "IED", "-75.2", "5.2"],
    ["2021-03-09", "COL", "2", "1", "AP mine", "-75.3", "5.3"],
    ["2021-03-09", "COL", "2", "1", "AP mine", "-75.3", "5.3"],  # a second, identical accident
    ["2022-04-11", "COL", "0", "1", "UXO", "-75.4", "5.4"],
]


def _held(app: App) -> dict[str, dict[str, object]]:
    with app.engine.connect() as connection:
        return {r["record_id"]: r for r in read_layer(connection, "accidents")}


def _versions(app: App) -> int:
    with app.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(records)).scalar_one())


def test_a_resorted_file_without_ids_changes_nothing(empty_app: App, tmp_path: Path) -> None:
    first = run_import(
        empty_app, [write_csv(tmp_path / "acc.csv", HEADER, ROWS)], layer="accidents"
    )
    assert first.counts.added == 5  # the two identical rows are two records
    before, versions = _held(empty_app), _versions(empty_app)
    shuffled = [ROWS[4], ROWS[2], ROWS[0], ROWS[3], ROWS[1]]
    again = run_import(
        empty_app, [write_csv(tmp_path / "acc-sorted.csv", HEADER, shuffled)], layer="accidents"
    )
    counts = again.counts
    assert (counts.added, counts.new_versions, counts.unchanged) == (0, 0, 5)
    assert _versions(empty_app) == versions  # not one version written
    after = _held(empty_app)
    assert after.keys() == before.keys()
    for record_id, row in after.items():  # every record still holds its own row
        assert (
            row["seq"] == before[record_id]["seq"] and row["killed"] == before[record_id]["killed"]
        )


def test_a_subset_file_overwrites_and_deletes_nothing(empty_app: App, tmp_path: Path) -> None:
    run_import(empty_app, [write_csv(tmp_path / "acc.csv", HEADER, ROWS)], layer="accidents")
    before, versions = _held(empty_app), _versions(empty_app)
    # The last two rows alone: with row-number identity they would have become rows 2 and 3
    # and overwritten the first two accidents.
    subset = run_import(
        empty_app, [write_csv(tmp_path / "acc-part.csv", HEADER, ROWS[3:])], layer="accidents"
    )
    assert (subset.counts.added, subset.counts.new_versions, subset.counts.unchanged) == (0, 0, 2)
    assert _versions(empty_app) == versions
    assert _held(empty_app) == before


def test_a_mapping_without_key_names_rows_by_content(empty_app: App, tmp_path: Path) -> None:
    mapping = tmp_path / "acc.toml"
    mapping.write_text(
        '[[layers]]\nlayer = "accidents"\ndataset = "survey"\ndate = "date"\n'
        'point = { x = "lon", y = "lat" }\n[layers.fields]\n'
        'iso3 = "iso3"\nkilled = "killed"\ninjured = "injured"\ndevice_type = "device_type"\n',
        encoding="utf-8",
    )
    run_import(empty_app, [write_csv(tmp_path / "a.csv", HEADER, ROWS)], mapping=mapping)
    held = _held(empty_app)
    assert all(record_id.startswith("accidents:survey:c") for record_id in held)
    reversed_file = write_csv(tmp_path / "b.csv", HEADER, ROWS[::-1])
    again = run_import(empty_app, [reversed_file], mapping=mapping)
    assert (again.counts.added, again.counts.new_versions) == (0, 0)
    assert _held(empty_app) == held


def test_a_changed_row_without_ids_is_a_new_record_beside_the_old(
    empty_app: App, tmp_path: Path
) -> None:
    run_import(empty_app, [write_csv(tmp_path / "acc.csv", HEADER, ROWS)], layer="accidents")
    before = _held(empty_app)
    changed = [list(r) for r in ROWS]
    changed[0][2] = "3"  # killed 1 -> 3: without an id nothing says it is the same accident
    summary = run_import(
        empty_app, [write_csv(tmp_path / "acc2.csv", HEADER, changed)], layer="accidents"
    )
    assert (summary.counts.added, summary.counts.new_versions, summary.counts.unchanged) == (
        1,
        0,
        4,
    )
    after = _held(empty_app)
    assert before.items() <= after.items() and len(after) == 6


def test_a_reference_column_still_names_the_record(empty_app: App, tmp_path: Path) -> None:
    header = ["reference", *HEADER]
    rows = [[f"ACC-{i}", *row] for i, row in enumerate(ROWS)]
    run_import(empty_app, [write_csv(tmp_path / "a.csv", header, rows)], layer="accidents")
    rows[1][3] = "5"  # ACC-1 killed 0 -> 5: the same record, a new version
    summary = run_import(
        empty_app, [write_csv(tmp_path / "b.csv", header, rows[::-1])], layer="accidents"
    )
    assert (summary.counts.added, summary.counts.new_versions, summary.counts.unchanged) == (
        0,
        1,
        4,
    )
    assert _held(empty_app)["accidents:file:ACC-1"]["killed"] == 5


def test_identity_is_the_same_once_the_import_remembers_rows_in_compact_runs(
    empty_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import remembers each row's hashes in ``IntMap``s, whose entries move into sorted
    runs after ``buffer`` of them (at 2**18 in real imports): with a buffer of one, every
    lookup goes through the runs, and the names, the counts and a re-import stay the same."""
    monkeypatch.setattr(IntMap.__init__, "__defaults__", (1,))
    first = run_import(
        empty_app, [write_csv(tmp_path / "acc.csv", HEADER, ROWS)], layer="accidents"
    )
    assert first.counts.added == 5  # the two identical rows are still two records
    assert sum("-2" in record_id for record_id in _held(empty_app)) == 1
    shuffled = [ROWS[4], ROWS[2], ROWS[0], ROWS[3], ROWS[1]]
    again = run_import(
        empty_app, [write_csv(tmp_path / "acc-sorted.csv", HEADER, shuffled)], layer="accidents"
    )
    assert (again.counts.added, again.counts.new_versions, again.counts.unchanged) == (0, 0, 5)
