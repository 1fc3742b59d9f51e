from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from minewatch.app import App
from minewatch.domain.errors import InvalidInput
from minewatch.imports.reference import REFERENCE_DIR, reference_files, refuse_payload_urls
from minewatch.services.reference import load_reference
from minewatch.storage.tables import audit_log, citations, records, sources, states

TEST_ACTOR = "test:suite"


def _counts(app: App) -> dict[str, int]:
    with app.engine.connect() as connection:
        return {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (states, sources, records, citations, audit_log)
        }


def test_first_load_writes_every_state_and_cites_every_record(empty_app: App) -> None:
    report = load_reference(empty_app, TEST_ACTOR)
    assert report.states_added == 197
    assert report.records_created > 700
    with empty_app.engine.connect() as connection:
        uncited = connection.execute(
            select(func.count())
            .select_from(records)
            .where(~records.c.seq.in_(select(citations.c.record_seq)))
        ).scalar_one()
        untc = connection.execute(
            select(func.count()).select_from(sources).where(sources.c.url.like("%treaties.un.org%"))
        ).scalar_one()
    assert uncited == 0
    assert untc == 1  # one source, cited by every depositary fact


def test_second_load_changes_nothing_and_says_so(loaded_app: App) -> None:
    before = _counts(loaded_app)
    report = load_reference(loaded_app, TEST_ACTOR)
    assert (report.records_created, report.records_updated) == (0, 0)
    assert not report.changed_anything
    assert "nothing changed" in report.describe()
    assert _counts(loaded_app) == before


def test_blank_dates_stay_blank(loaded_app: App) -> None:
    with loaded_app.engine.connect() as connection:
        montenegro_eif = connection.execute(
            select(func.count())
            .select_from(records)
            .join(citations, citations.c.record_seq == records.c.seq)
            .join(sources, sources.c.id == citations.c.source_id)
            .where(records.c.record_id == "treaty:MNE:entry_into_force")
            .where(records.c.valid_from == "2007-04-01")
            .where(sources.c.url.like("%the-monitor.org%"))
        ).scalar_one()
        clinton_1994 = connection.execute(
            select(records.c.valid_from).where(records.c.record_id == "policy:USA:1994")
        ).scalar_one()
    assert montenegro_eif == 1  # succession: the sourced row's date, no Art. 17 arithmetic
    assert clinton_1994 == "1994"  # a bare year stays a year


def _broken_copy(tmp_path: Path, file: str, line_no: int, new_line: str) -> Path:
    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    lines = (target / file).read_text(encoding="utf-8").splitlines()
    lines[line_no - 1] = new_line
    (target / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def test_a_bad_row_in_a_late_file_rejects_the_whole_load(empty_app: App, tmp_path: Path) -> None:
    # The status and withdrawal files load first; the policy file fails at row 5.
    broken = _broken_copy(
        tmp_path, "us_apm_policy.csv", 5, "1996-13-40,Someone,Thing,Summary,,,,https://example.org,"
    )
    with pytest.raises(InvalidInput) as caught:
        load_reference(empty_app, TEST_ACTOR, broken)
    assert caught.value.where.file == "us_apm_policy.csv"
    assert caught.value.where.row == 5
    assert caught.value.where.field == "date"
    assert all(n == 0 for n in _counts(empty_app).values())


def test_a_row_with_a_missing_column_names_file_row_and_field(
    empty_app: App, tmp_path: Path
) -> None:
    broken = _broken_copy(tmp_path, "armed_conflicts.csv", 2, "UKR,RUS,2022-02-24")
    with pytest.raises(InvalidInput) as caught:
        load_reference(empty_app, TEST_ACTOR, broken)
    message = str(caught.value)
    assert "armed_conflicts.csv" in message and "row 2" in message and "'end'" in message
    assert _counts(empty_app)["records"] == 0


def test_unknown_iso3_in_withdrawals_is_rejected(empty_app: App, tmp_path: Path) -> None:
    line = "XYZ,Nowhere,2025-03-18,,,,https://treaties.un.org/x,"
    broken = _broken_copy(tmp_path, "ottawa_withdrawals.csv", 2, line)
    with pytest.raises(InvalidInput, match="unknown state 'XYZ'"):
        load_reference(empty_app, TEST_ACTOR, broken)
    assert _counts(empty_app)["states"] == 0


def test_a_changed_fact_becomes_a_new_version_keeping_the_old(
    loaded_app: App, tmp_path: Path
) -> None:
    status_file = (REFERENCE_DIR / "ottawa_status.csv").read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(status_file, 1) if line.startswith("TON,"))
    changed = status_file[row - 1].replace("acceded 2025", "acceded in 2025")
    report = load_reference(
        loaded_app, TEST_ACTOR, _broken_copy(tmp_path, "ottawa_status.csv", row, changed)
    )
    assert report.records_updated >= 1
    with loaded_app.engine.connect() as connection:
        versions = (
            connection.execute(
                select(records.c.version).where(records.c.record_id == "treaty:TON:accession")
            )
            .scalars()
            .all()
        )
    assert sorted(versions) == [1, 2]


def test_a_row_removed_or_corrected_in_the_files_is_retired_on_the_next_load(
    loaded_app: App, tmp_path: Path
) -> None:
    from datetime import date

    from minewatch.services import queries

    target = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, target)
    stock = target / "apm_stockpiles_team.csv"
    stock.write_text(
        "".join(
            line
            for line in stock.read_text(encoding="utf-8").splitlines(keepends=True)
            if not line.startswith("SSD,")
        ),
        encoding="utf-8",
    )
    art5 = target / "article5_deadlines_team.csv"
    text = art5.read_text(encoding="utf-8")
    art5.write_text(text.replace("18MSP (virtual)", "18MSP"), encoding="utf-8")
    before = queries.state_profile(loaded_app, "SSD", date(2026, 11, 30))
    assert len(before["stockpiles"]) == 1

    report = load_reference(loaded_app, TEST_ACTOR, target)
    # The removed stockpile row, and the extension row whose content (and so id) changed.
    assert (report.records_retired, report.records_created) == (2, 1)
    assert "2 retired" in report.describe()
    after = queries.state_profile(loaded_app, "SSD", date(2026, 11, 30))
    assert after["stockpiles"] == []
    art5_after = next(d for d in after["deadlines"] if d["article"] == "5")
    granted = [c for c in art5_after["chain"] if c["step"] == "extension_granted"]
    assert [c["granted_by"] for c in granted] == ["18MSP"]  # one row, not the old beside it
    with loaded_app.engine.connect() as connection:
        reasons = connection.execute(
            select(records.c.reason).where(records.c.record_id.like("stockpile:SSD:%"))
        ).scalars()
        assert "no longer in the reference data" in set(reasons)
    assert not load_reference(loaded_app, TEST_ACTOR, target).changed_anything


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/page/?L=%24%7B965424091%2B987789173%7D%2Ffileadmin%2Fx.pdf",
        "https://example.org/page/?q=${7*7}",
        "https://example.org/page/?q=%7B%7B7*7%7D%7D",
        "https://example.org/page/?q=%2524%257B1%257D",
    ],
)
def test_a_url_holding_a_template_injection_payload_is_refused(
    empty_app: App, tmp_path: Path, url: str
) -> None:
    line = f"1996-05-16,Someone,Thing,Summary,,,,{url},"
    broken = _broken_copy(tmp_path, "us_apm_policy.csv", 5, line)
    with pytest.raises(InvalidInput, match="template-injection") as caught:
        load_reference(empty_app, TEST_ACTOR, broken)
    assert caught.value.where.file == "us_apm_policy.csv"
    assert caught.value.where.row == 5 and caught.value.where.field == "source_url"
    assert all(n == 0 for n in _counts(empty_app).values())


def test_the_shipped_reference_data_cites_no_scanner_payload() -> None:
    for path, _parser in reference_files(REFERENCE_DIR):
        refuse_payload_urls(path)  # raises InvalidInput naming file, row and field
    stockpiles = (REFERENCE_DIR / "apm_stockpiles.csv").read_text(encoding="utf-8")
    assert "apminebanconvention.org/states-parties-to-the-convention/greece/," in stockpiles
