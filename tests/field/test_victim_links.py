"""Victims linked to accidents (both backends): a victim's ``accident_ref`` names an accident
held or imported with it, in any file and order of one import; an unknown ref refuses the
import with the row; an accident's killed / injured are compared with its victims."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, select

from minewatch.app import App
from minewatch.domain.errors import ImportRefused
from minewatch.services.clock import utc_now
from minewatch.services.field_rollups import rollup_report, scan_rollups, stored_rollups
from minewatch.services.layers import is_current
from minewatch.storage.field_tables import layer_tables
from minewatch.storage.schema import MIGRATIONS, head_revision, migrate
from minewatch.storage.tables import records

from .helpers import kept_totals, run_import, write_csv

ACCIDENTS = (
    ["reference", "date", "iso3", "killed", "injured", "lon", "lat"],
    [
        ["ACC-1", "2021-04-02", "COL", "1", "1", "-75.1", "5.1"],
        ["ACC-2", "2021-06-09", "COL", "0", "2", "-75.2", "5.2"],
    ],
)
VICTIM_HEADER = ["reference", "accident_ref", "sex", "age_band", "category", "outcome"]


def _versions(app: App) -> int:
    with app.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(records)).scalar_one())


def _accidents(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "accidents.csv", *ACCIDENTS)


def _routing(tmp_path: Path) -> Path:
    """A mapping routing a file's rows by its ``kind`` column: V victims, A accidents."""
    mapping = tmp_path / "both.toml"
    mapping.write_text(
        '[[layers]]\nlayer = "victims"\nkey = ["reference"]\nwhen = { kind = ["V"] }\n'
        "[layers.fields]\n"
        + "".join(f'{h} = "{h}"\n' for h in VICTIM_HEADER)
        + '[[layers]]\nlayer = "accidents"\nkey = ["reference"]\nwhen = { kind = ["A"] }\n'
        'date = "date"\npoint = { x = "lon", y = "lat" }\n[layers.fields]\n'
        'reference = "reference"\niso3 = "iso3"\nkilled = "killed"\ninjured = "injured"\n',
        encoding="utf-8",
    )
    return mapping


def test_victims_of_known_accidents_and_the_counts_compared(empty_app: App, tmp_path: Path) -> None:
    run_import(empty_app, [_accidents(tmp_path)], layer="accidents")
    victims = write_csv(
        tmp_path / "victims.csv",
        VICTIM_HEADER,
        [
            ["V-1", "ACC-1", "male", "adult", "civilian", "killed"],
            ["V-2", "ACC-1", "female", "child", "civilian", "injured"],
            ["V-3", "accidents:file:ACC-2", "male", "adult", "civilian", "injured"],  # record id
            ["V-4", "", "male", "adult", "civilian", "injured"],  # no accident named: allowed
        ],
    )
    summary = run_import(empty_app, [victims], layer="victims")
    assert summary.counts.added == 4
    # ACC-1: 1 killed, 1 injured, and so are its victims; ACC-2 reports 2 injured, one listed
    assert summary.counts.mismatches == [
        "accidents:file:ACC-2: killed 0, injured 2; its victims: 0 killed, 1 injured"
    ]
    assert "1 accident(s) whose killed/injured differ from their victims" in summary.describe()


def test_an_unknown_accident_ref_refuses_the_import(empty_app: App, tmp_path: Path) -> None:
    run_import(empty_app, [_accidents(tmp_path)], layer="accidents")
    before = _versions(empty_app)
    victims = write_csv(
        tmp_path / "victims.csv",
        VICTIM_HEADER,
        [
            ["V-1", "ACC-1", "male", "adult", "civilian", "killed"],
            ["V-2", "ACC-9", "female", "adult", "civilian", "injured"],
            ["V-3", "ACC-9", "female", "adult", "civilian", "injured"],
        ],
    )
    with pytest.raises(ImportRefused) as refused:
        run_import(empty_app, [victims], layer="victims")
    found = {(p.where.file, p.where.row, p.where.field, p.reason) for p in refused.value.problems}
    reason = "no accident with reference 'ACC-9'"
    assert found == {
        ("victims.csv", 3, "accident_ref", reason),
        ("victims.csv", 4, "accident_ref", reason),
    }
    assert _versions(empty_app) == before  # nothing written, not even V-1


def test_victims_may_come_before_their_accidents_in_one_import(
    empty_app: App, tmp_path: Path
) -> None:
    mapping = _routing(tmp_path)
    victims = write_csv(
        tmp_path / "a-victims.csv",
        ["kind", *VICTIM_HEADER, "date", "iso3", "killed", "injured", "lon", "lat"],
        [
            ["V", "V-1", "ACC-7", "male", "adult", "civilian", "killed", "", "", "", "", "", ""],
            ["A", "ACC-7", "", "", "", "", "", "2022-01-01", "COL", "1", "0", "-75", "5"],
        ],
    )
    # One file routed to two layers: victims first in the file, the accident after.
    summary = run_import(empty_app, [victims], mapping=mapping)
    assert summary.counts.by_layer == {"victims": 1, "accidents": 1}
    assert summary.counts.mismatches == []
    # and across files of one command, the victims' file first
    later = write_csv(
        tmp_path / "c-victims.csv",
        ["kind", *VICTIM_HEADER],
        [["V", "V-9", "ACC-8", "male", "adult", "civilian", "killed"]],
    )
    with pytest.raises(ImportRefused):
        run_import(empty_app, [later], mapping=mapping)  # ACC-8 is not held yet
    accident = write_csv(
        tmp_path / "d-accidents.csv",
        ["kind", "reference", "date", "iso3", "killed", "injured", "lon", "lat"],
        [["A", "ACC-8", "2022-02-01", "COL", "2", "0", "-75.5", "5.5"]],
    )
    summary = run_import(empty_app, [later, accident], mapping=mapping)
    assert (summary.counts.added, summary.files) == (2, 2)
    assert summary.counts.mismatches == [
        "accidents:both:ACC-8: killed 2, injured 0; its victims: 1 killed, 0 injured"
    ]


def _victims(tmp_path: Path, name: str, refs: Sequence[str]) -> Path:
    """Three COL victims of 2021: V-1 killed (civilian man), V-2 injured (civilian girl),
    V-3 injured (soldier); ``refs`` names each one's accident ("" for none)."""
    people = [
        ("male", "adult", "civilian", "killed"),
        ("female", "child", "civilian", "injured"),
        ("male", "adult", "security_forces", "injured"),
    ]
    return write_csv(
        tmp_path / name,
        [*VICTIM_HEADER, "iso3", "date"],
        [
            [f"V-{i}", ref, *person, "COL", "2021-07-01"]
            for i, (ref, person) in enumerate(zip(refs, people, strict=True), start=1)
        ],
    )


def _casualties(app: App, known_at: datetime | None = None) -> dict[str, Any]:
    with app.engine.connect() as connection:
        totals = rollup_report(connection, "COL", known_at=known_at)["totals"]
        if known_at is None:  # the kept table is what the rows say
            assert stored_rollups(connection) == scan_rollups(connection)
    names = ("killed", "injured", "casualties", "civilians", "security_forces", "children")
    return {name: totals[name] for name in names} | {"by": totals["casualty_breakdown"]}


def test_casualties_come_from_victims_where_listed_else_from_the_accident(
    empty_app: App, tmp_path: Path
) -> None:
    # ACC-1: 1 killed, 1 injured; ACC-2: 0 killed, 2 injured; no victim rows yet
    run_import(empty_app, [_accidents(tmp_path)], layer="accidents")
    only_accidents = utc_now()
    unknown = "unknown:unknown:unknown:"
    assert _casualties(empty_app) == {
        "killed": 1,
        "injured": 3,
        "casualties": 4,
        # the accidents' own counts state no category or age band: not known, not 0
        "civilians": None,
        "security_forces": None,
        "children": None,
        "by": {f"{unknown}killed": 1, f"{unknown}injured": 3},
    }
    # V-1, V-2 name ACC-1 (they replace its own counts, not add to them); V-3 names none
    run_import(empty_app, [_victims(tmp_path, "v.csv", ["ACC-1", "ACC-1", ""])], layer="victims")
    assert _casualties(empty_app) == {
        "killed": 1,
        "injured": 4,  # V-2, V-3, and ACC-2's own 2
        "casualties": 5,
        "civilians": 2,
        "security_forces": 1,
        "children": 1,
        "by": {
            "civilian:male:adult:killed": 1,
            "civilian:female:child:injured": 1,
            "security_forces:male:adult:injured": 1,
            f"{unknown}injured": 2,
        },
    }
    # as the database stood before the victims: the accidents' own counts
    assert _casualties(empty_app, known_at=only_accidents)["by"] == {
        f"{unknown}killed": 1,
        f"{unknown}injured": 3,
    }
    # New versions: V-1 now names ACC-2, V-2 none. ACC-1 has no victims left (its own counts
    # again); ACC-2 has V-1 (its own 2 injured no longer count).
    changed = _victims(tmp_path, "v2.csv", ["ACC-2", "", ""])
    assert run_import(empty_app, [changed], layer="victims").counts.new_versions == 2
    assert _casualties(empty_app)["by"] == {
        "civilian:male:adult:killed": 1,
        "civilian:female:child:injured": 1,
        "security_forces:male:adult:injured": 1,
        f"{unknown}killed": 1,
        f"{unknown}injured": 1,
    }


def test_an_accident_imported_after_its_victims_counts_them_not_itself(
    empty_app: App, tmp_path: Path
) -> None:
    # one file, the victims first (they carry no state: the roll-up of COL is the accidents')
    header, accidents = ACCIDENTS
    rows = [["V", "V-1", "ACC-1", "male", "adult", "civilian", "killed"] + [""] * 6]
    rows += [["A", a[0], "", "", "", "", "", *a[1:]] for a in accidents]
    both = write_csv(tmp_path / "both.csv", ["kind", *VICTIM_HEADER, *header[1:]], rows)
    summary = run_import(empty_app, [both], mapping=_routing(tmp_path))
    assert summary.counts.by_layer == {"victims": 1, "accidents": 2}
    # ACC-1 counts its victim (under no state), ACC-2 its own 2 injured
    assert _casualties(empty_app)["by"] == {"unknown:unknown:unknown:injured": 2}


def test_migration_0007_marks_the_accidents_held_and_counts_those_without_victims(
    empty_app: App, tmp_path: Path
) -> None:
    run_import(empty_app, [_accidents(tmp_path)], layer="accidents")
    run_import(empty_app, [_victims(tmp_path, "v.csv", ["ACC-1", "ACC-1", ""])], layer="victims")
    counted = _casualties(empty_app)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with empty_app.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    totals = kept_totals(empty_app, "COL")  # as before the rule: victims only
    assert (totals["killed"], totals["injured"], totals["casualties"]) == (1, 2, 3)
    assert migrate(empty_app.engine) == head_revision()
    assert _casualties(empty_app) == counted  # ACC-2's own 2 injured again, ACC-1's not


def test_the_accidents_victims_name_are_found_through_the_accident_ref_index(
    empty_app: App,
) -> None:
    """Which accidents victims name (``linked_accidents``, asked on every accident or victim
    import) is read from ``ix_field_victims_accident_ref`` (migration 0009), not by reading
    the whole victims layer: SQLite's plan for the query says so. PostgreSQL plans an empty
    table from no statistics (any index will do), so there the index is checked to exist on
    that column."""
    victims = layer_tables["victims"]
    query = (
        select(victims.c.accident_ref)
        .distinct()
        .where(
            is_current("victims"),
            victims.c.review_status == "accepted",
            victims.c.accident_ref.in_(["ACC-1", "ACC-2"]),
        )
    )
    with empty_app.engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            found = connection.exec_driver_sql(
                "SELECT indexdef FROM pg_indexes WHERE tablename = 'field_victims' "
                "AND indexname = 'ix_field_victims_accident_ref'"
            ).scalar_one()
            assert found.endswith("(accident_ref)"), found
            return
        sql = str(query.compile(connection, compile_kwargs={"literal_binds": True}))
        plan = [row[3] for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
    assert any("ix_field_victims_accident_ref (accident_ref=?)" in line for line in plan), plan
