"""The per-state fact files: every row a cited record, disagreeing rows side by side,
bad cells named by file, row and field, nothing written on error."""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from minewatch.app import App
from minewatch.domain.errors import InvalidInput
from minewatch.imports.reference import REFERENCE_DIR
from minewatch.services.reference import load_reference
from minewatch.storage.tables import citations, records, sources

TEST_ACTOR = "test:suite"
FILES = {
    "apm_use.csv": ("use:", "use_event"),
    "apm_casualties_by_state.csv": ("casualties:", "casualty_figure"),
    "article5_deadlines.csv": ("art5:", "article5_event"),
    "national_policies.csv": ("policy:", "policy_version"),
}


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _by_prefix(app: App) -> Counter[str]:
    with app.engine.connect() as connection:
        ids = connection.execute(select(records.c.record_id, records.c.kind)).all()
    return Counter(f"{rid.split(':')[0]}:{kind}" for rid, kind in ids)


def test_every_row_of_every_fact_file_is_one_record(loaded_app: App) -> None:
    found = _by_prefix(loaded_app)
    for name, (prefix, kind) in FILES.items():
        expected = len(_rows(name)) + (
            len(_rows(name.replace(".csv", "_team.csv")))
            if (REFERENCE_DIR / name.replace(".csv", "_team.csv")).exists()
            else 0
        )
        if name == "national_policies.csv":  # the US timeline shares the kind
            expected += len(_rows("us_apm_policy.csv"))
        assert found[f"{prefix}{kind}"] == expected, name
    stock = _rows("apm_stockpiles.csv") + _rows("apm_stockpiles_team.csv")
    dates = sum(r["record_type"] in ("art4_deadline", "destruction_completed") for r in stock)
    assert found["art4:article4_event"] == dates
    assert found["stockpile:stockpile_figure"] == len(stock) - dates


def test_each_row_cites_its_own_source_url_with_its_note(loaded_app: App) -> None:
    row = next(
        r
        for r in _rows("apm_use.csv")
        if r["actor_iso3"] == "UKR" and r["reported_by"] == "Human Rights Watch"
    )
    with loaded_app.engine.connect() as connection:
        cited = connection.execute(
            select(sources.c.url, citations.c.quote)
            .join(citations, citations.c.source_id == sources.c.id)
            .join(records, records.c.seq == citations.c.record_seq)
            .where(records.c.kind == "use_event", records.c.iso3 == "UKR")
        ).all()
    assert (row["source_url"], row["quote_or_note"]) in [tuple(c) for c in cited]


def test_disagreeing_sources_stay_side_by_side(loaded_app: App) -> None:
    with loaded_app.engine.connect() as connection:
        held = connection.execute(
            select(records.c.data).where(
                records.c.kind == "stockpile_figure", records.c.iso3 == "UKR"
            )
        ).scalars()
        figures = {d["value"] for d in held if d["record_type"] == "stockpile_declared"}
    assert {6300000, 6660000} <= figures  # Ukraine's two declarations, both kept


def test_figures_are_kept_as_written_with_their_bounds(loaded_app: App) -> None:
    with loaded_app.engine.connect() as connection:
        data = list(
            connection.execute(
                select(records.c.data).where(records.c.kind == "stockpile_figure")
            ).scalars()
        )
    china = next(d for d in data if d["value_text"] == "<5000000")
    assert (china["low"], china["high"], china["value"]) == (None, 5000000, None)
    world = [d for d in data if d["scope"] == "World"]
    assert world and all(d["held"] is None or d["value"] for d in world)
    ranged = next(d for d in data if d["value_text"] == "22000000-25000000")
    assert (ranged["low"], ranged["high"], ranged["held"]) == (22000000, 25000000, None)


def test_world_totals_are_filed_under_no_state(loaded_app: App) -> None:
    with loaded_app.engine.connect() as connection:
        unfiled = connection.execute(
            select(func.count())
            .select_from(records)
            .where(records.c.kind == "stockpile_figure", records.c.iso3.is_(None))
        ).scalar_one()
    blank = sum(not r["iso3"] for r in _rows("apm_stockpiles.csv"))
    assert unfiled == blank


def _copy_with(tmp_path: Path, file: str, line_no: int, edit: tuple[str, str]) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    lines = (target / file).read_text(encoding="utf-8").splitlines()
    assert edit[0] in lines[line_no - 1]
    lines[line_no - 1] = lines[line_no - 1].replace(edit[0], edit[1], 1)
    (target / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("file", "line_no", "edit", "field"),
    [
        ("apm_use.csv", 2, (",confirmed,", ",proven,"), "status"),
        ("apm_stockpiles.csv", 3, (",6300000,", ",6.3 million,"), "value"),
        ("apm_casualties_by_state.csv", 2, ("SYR,", "SYX,"), "iso3"),
        ("article5_deadlines.csv", 3, (",2020-01-01,", ",2020-13-01,"), "deadline"),
        ("national_policies.csv", 2, (",high", ",certain"), "confidence"),
    ],
)
def test_a_bad_cell_names_file_row_and_field_and_writes_nothing(
    empty_app: App, tmp_path: Path, file: str, line_no: int, edit: tuple[str, str], field: str
) -> None:
    broken = _copy_with(tmp_path, file, line_no, edit)
    with pytest.raises(InvalidInput) as caught:
        load_reference(empty_app, TEST_ACTOR, broken)
    assert (caught.value.where.file, caught.value.where.row) == (file, line_no)
    assert caught.value.where.field == field
    with empty_app.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(records)).scalar_one() == 0


def test_a_repeated_row_is_refused(empty_app: App, tmp_path: Path) -> None:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    path = target / "apm_use.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, lines[1]]) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match="repeats row 2"):
        load_reference(empty_app, TEST_ACTOR, target)


def test_casualty_parts_may_not_exceed_the_total(empty_app: App, tmp_path: Path) -> None:
    rows = (REFERENCE_DIR / "apm_casualties_by_state.csv").read_text(encoding="utf-8")
    line_no = next(i for i, line in enumerate(rows.splitlines(), 1) if ",66,42,108," in line)
    broken = _copy_with(tmp_path, "apm_casualties_by_state.csv", line_no, (",66,42,", ",66,99,"))
    with pytest.raises(InvalidInput, match="exceed the total"):
        load_reference(empty_app, TEST_ACTOR, broken)


def test_a_note_about_another_file_is_no_quote(loaded_app: App) -> None:
    # national_policies.csv notes "Also in ottawa_withdrawals.csv ..." on Ukraine's suspension
    # law: the citation quotes that row's own cells, never a line about another file
    row = next(
        r
        for r in _rows("national_policies.csv")
        if r["iso3"] == "UKR" and ".csv" in r["quote_or_note"]
    )
    with loaded_app.engine.connect() as connection:
        every = connection.execute(
            select(citations.c.quote)
            .join(records, records.c.seq == citations.c.record_seq)
            .where(records.c.kind == "policy_version", records.c.iso3 == "UKR")
        ).scalars()
        quotes = [str(q) for q in every if row["date"] in q and row["instrument"] in q]
    assert len(quotes) == 1
    assert quotes[0].startswith("national_policies.csv row ") and ".csv;" not in quotes[0]
    assert row["quote_or_note"] not in quotes[0]


def test_a_quote_mentioning_some_other_csv_is_kept_word_for_word(
    empty_app: App, tmp_path: Path
) -> None:
    # only a note naming one of our own reference files is a cross-reference; a source's words
    # that happen to mention a spreadsheet elsewhere stay the quote, letter for letter
    rows = (REFERENCE_DIR / "national_policies.csv").read_text(encoding="utf-8").splitlines()
    note = "Also in ottawa_withdrawals.csv; duplicated here as a policy event."
    line_no = next(i for i, line in enumerate(rows, 1) if note in line)
    said = "The ministry posted the roll-call tally as data.csv on its open-data portal."
    copy = _copy_with(tmp_path, "national_policies.csv", line_no, (note, said))
    load_reference(empty_app, TEST_ACTOR, copy)
    with empty_app.engine.connect() as connection:
        quotes = set(
            connection.execute(
                select(citations.c.quote)
                .join(records, records.c.seq == citations.c.record_seq)
                .where(records.c.kind == "policy_version", records.c.iso3 == "UKR")
            ).scalars()
        )
    assert said in quotes
