"""Migration 0010 on a database that holds accidents, on both backends.

A database at 0009 has no ``accidents:counts_unknown`` roll-up rows, so an accident without
killed or injured added nothing and a state whose accidents all lack counts read 0 killed. The
migration counts the accidents held: current, accepted, no victim rows naming them, neither
count given; per state, roll-up area (P-code, else ``name:<admin1>``, else none) and year.
Built here: the rows are imported at the newest schema, the database is taken down to 0009
and its ``counts_unknown`` rows removed (0009 never wrote any), then migrated again.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select

from minewatch.app import App
from minewatch.services.field_rollups import scan_rollups, stored_rollups
from minewatch.storage.field_tables import field_rollups
from minewatch.storage.schema import current_revision
from tests.support.migrations import move

from .helpers import kept_totals, run_import, write_csv

METRIC = "accidents:counts_unknown"
HEADER = ["reference", "iso3", "date", "admin_code", "admin1", "place", "killed", "injured"]
ACCIDENTS = [
    ["A-1", "COL", "2020-03-01", "05001", "", "", "", ""],  # unknown, by P-code
    ["A-2", "COL", "2020-07-09", "05001", "Antioquia", "", "", ""],  # same key: the P-code wins
    ["A-3", "COL", "2021-01-05", "", "Meta", "", "", ""],  # unknown, by admin1 name
    ["A-4", "COL", "2021", "", "", "vereda La Esperanza", "", ""],  # unknown, no area
    ["A-5", "COL", "2020-05-05", "05001", "", "", "1", ""],  # one count given: known
    ["A-6", "COL", "2020-05-06", "05001", "", "", "0", "0"],  # known to be none
    ["A-7", "COL", "2020-05-07", "05001", "", "", "", ""],  # its victim row counts instead
    ["A-8", "COL", "2020-05-08", "05001", "", "", "", ""],  # corrected below: 2 killed
    ["A-9", "COL", "2022-02-02", "05001", "", "", "3", ""],  # corrected below: counts removed
    ["P-1", "PER", "2019-09-09", "", "Amazonas", "", "", ""],  # a state with no count at all
]
CORRECTED = [
    ["A-8", "COL", "2020-05-08", "05001", "", "", "2", ""],
    ["A-9", "COL", "2022-02-02", "05001", "", "", "", ""],
]
VICTIMS = (
    ["reference", "accident_ref", "sex", "age_band", "category", "outcome"],
    [["V-1", "A-7", "male", "adult", "civilian", "injured"]],
)
# A-1 + A-2; A-3; A-4; A-9 (its current version); P-1. Not A-5, A-6 (counts given), A-7
# (a victim names it), A-8 (its current version has a count; the superseded one is not read).
EXPECTED = {
    ("COL", "05001", 2020, METRIC): 2.0,
    ("COL", "name:Meta", 2021, METRIC): 1.0,
    ("COL", "", 2021, METRIC): 1.0,
    ("COL", "05001", 2022, METRIC): 1.0,
    ("PER", "name:Amazonas", 2019, METRIC): 1.0,
}


def _unknown(app: App) -> dict[tuple[str, str, int, str], float]:
    with app.engine.connect() as connection:
        return {k: v for k, v in stored_rollups(connection).items() if k[3] == METRIC}


def _killed(app: App, iso3: str) -> object:
    return kept_totals(app, iso3)["killed"]


def _at_0009(app: App, tmp_path: Path) -> dict[tuple[str, str, int, str], float]:
    """The rows imported at the newest schema, then the database as 0009 left it; returns
    every roll-up the newest write path kept, to compare with what the migration makes."""
    run_import(app, [write_csv(tmp_path / "a.csv", HEADER, ACCIDENTS)], layer="accidents")
    run_import(app, [write_csv(tmp_path / "v.csv", *VICTIMS)], layer="victims")
    corrected = run_import(
        app, [write_csv(tmp_path / "b.csv", HEADER, CORRECTED)], layer="accidents"
    )
    assert corrected.counts.new_versions == 2
    with app.engine.connect() as connection:
        kept = stored_rollups(connection)
    move(app, "0009", down=True)
    with app.engine.begin() as connection:
        connection.execute(delete(field_rollups).where(field_rollups.c.metric == METRIC))
    assert current_revision(app.engine) == "0009"
    return kept


def test_migration_0010_counts_the_accidents_held_without_counts(
    empty_app: App, tmp_path: Path
) -> None:
    kept = _at_0009(empty_app, tmp_path)
    assert _unknown(empty_app) == {}
    assert _killed(empty_app, "PER") == 0  # the fault the migration mends: "none" for unknown
    move(empty_app, "0010", down=False)
    assert _unknown(empty_app) == EXPECTED
    assert _killed(empty_app, "PER") is None  # not known
    assert _killed(empty_app, "COL") == 3  # A-5's 1 and A-8's corrected 2; A-9's 3 was removed
    with empty_app.engine.connect() as connection:
        assert stored_rollups(connection) == kept  # as the write path keeps them
    move(empty_app, "head", down=False)  # today's readers need the later tables (0013)
    with empty_app.engine.connect() as connection:
        assert stored_rollups(connection) == kept  # later migrations leave the roll-ups alone
        recomputed = {k: v for k, v in scan_rollups(connection).items() if v}
    assert recomputed == kept  # and as recomputed from the layer rows


def test_migration_0010_downgrade_takes_the_counts_back(empty_app: App, tmp_path: Path) -> None:
    _at_0009(empty_app, tmp_path)
    move(empty_app, "0010", down=False)
    move(empty_app, "0009", down=True)
    assert _unknown(empty_app) == {}  # every row back to 0 (stored_rollups lists non-zero)
    with empty_app.engine.connect() as connection:
        left = connection.execute(
            select(field_rollups.c.value).where(field_rollups.c.metric == METRIC)
        ).scalars()
        assert sorted(left) == [0.0] * len(EXPECTED)
