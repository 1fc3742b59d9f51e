"""Victims linked to accidents (both backends): a victim's ``accident_ref`` names an accident
held or imported with it, in any file and order of one import; an unknown ref refuses the
import with the row; an accident's killed / injured are compared with its victims."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from minewatch.app import App
from minewatch.domain.errors import ImportRefused
from minewatch.storage.tables import records

from .helpers import run_import, write_csv

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
    mapping = tmp_path / "both.toml"
    victims = write_csv(
        tmp_path / "a-victims.csv",
        ["kind", *VICTIM_HEADER, "date", "iso3", "killed", "injured", "lon", "lat"],
        [
            ["V", "V-1", "ACC-7", "male", "adult", "civilian", "killed", "", "", "", "", "", ""],
            ["A", "ACC-7", "", "", "", "", "", "2022-01-01", "COL", "1", "0", "-75", "5"],
        ],
    )
    # One file routed to two layers: victims first in the file, the accident after.
    mapping.write_text(
        '[[layers]]\nlayer = "victims"\nkey = ["reference"]\nwhen = { kind = ["V"] }\n'
        "[layers.fields]\n"
        + "".join(f'{h} = "{h}"\n' for h in VICTIM_HEADER)
        + '[[layers]]\nlayer = "accidents"\nkey = ["reference"]\nwhen = { kind = ["A"] }\n'
        'date = "date"\npoint = { x = "lon", y = "lat" }\n[layers.fields]\n'
        'reference = "reference"\niso3 = "iso3"\nkilled = "killed"\ninjured = "injured"\n',
        encoding="utf-8",
    )
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
