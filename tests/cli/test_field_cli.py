"""The field-data command contract: import, import --list-presets, export, rollup."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.support.cli import invoke

COLOMBIA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "colombia"
DEMINING = COLOMBIA / "humanitarian_demining_operations_2005_2014.csv"


SUMMARY = re.compile(
    r"^(\d+) rows read from \d+ file\(s\): (\d+) added, (\d+) new versions, (\d+) unchanged"
)


@pytest.mark.usefixtures("database")
def test_import_prints_one_summary_and_is_idempotent() -> None:
    events = [str(p) for p in sorted((COLOMBIA / "events").glob("*.json"))]
    code, output, _ = invoke("import", *events, "--preset", "co-aicma-events")
    # one summary, wrapped at 80 columns (tests/cli/test_readable_output.py)
    assert code == 0 and len(output.splitlines()) == 2
    match = SUMMARY.match(output)
    assert match and match.groups() == ("1969", "1969", "0", "0")
    code, output, _ = invoke("import", *events, "--preset", "co-aicma-events")
    match = SUMMARY.match(output)
    assert code == 0 and match and match.groups() == ("1969", "0", "0", "1969")


@pytest.mark.usefixtures("database")
def test_list_presets() -> None:
    code, output, _ = invoke("import", "--list-presets")
    names = [line.split()[0] for line in output.splitlines() if not line.startswith(" ")]
    assert code == 0 and names == ["co-aicma-demining", "co-aicma-events", "co-aicma-victims"]
    # 80 columns: a long title wraps onto an indented line (two lines ran to 86 and 89)
    assert max(len(line) for line in output.splitlines()) <= 80
    assert "Eventos Minas Antipersonal en Colombia" in " ".join(output.split())
    code, output, _ = invoke("import", "--list-presets", "--format", "json")
    presets = json.loads(output)["presets"]
    assert code == 0 and [p["name"] for p in presets] == names
    assert presets[0]["layers"] == ["activities"] and presets[0]["title"]
    code, output, _ = invoke("import", "--list-presets", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["name"] for line in output.splitlines()] == names
    code, output, errors = invoke("import", "--list-presets", "--format", "xml")
    assert code == 2 and output == ""
    assert (
        errors == "error (invalid_input): --format must be table, text, json or jsonl, not 'xml'\n"
    )


@pytest.mark.usefixtures("database")
def test_a_bad_file_exits_non_zero_with_row_errors_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "reference,hazard_type,lon,lat\nA,SHA,-75,5\nB,ZZZ,-75.1,5\nC,CHA,,\n", encoding="utf-8"
    )
    code, output, errors = invoke("import", str(bad), "--layer", "hazards")
    assert code == 2 and output == ""
    assert "bad.csv, row 3, field 'hazard_type': 'ZZZ' is not one of SHA, CHA" in errors
    assert "bad.csv, row 4, field 'geometry': has no geometry" in errors
    assert "Traceback" not in errors
    target = tmp_path / "out.geojson"
    code, output, _ = invoke(
        "export", "--layer", "hazards", "--format", "geojson", "-o", str(target)
    )
    assert code == 0 and json.loads(target.read_text("utf-8"))["features"] == []
    for fmt in ("csv", "geojson", "gpkg"):  # a missing folder: one line naming it, not a crash
        nowhere = tmp_path / "no" / "such" / f"x.{fmt}"
        code, output, errors = invoke(
            "export", "--layer", "hazards", "--format", fmt, "-o", str(nowhere)
        )
        assert (code, output) == (2, "") and "Traceback" not in errors
        assert (
            errors.strip()
            == f"error (invalid_input): field '--output': {nowhere.parent}: no such folder"
        )


@pytest.mark.usefixtures("database")
def test_export_and_rollup(tmp_path: Path) -> None:
    assert invoke("import", str(DEMINING), "--preset", "co-aicma-demining")[0] == 0
    target = tmp_path / "ops.csv"
    code, output, _ = invoke(
        "export", "--layer", "activities", "--format", "csv", "--public", "-o", str(target)
    )
    assert code == 0 and "333" in output
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 333 and {"area_m2", "reference"} <= set(rows[0])
    code, output, _ = invoke("rollup", "--iso3", "COL", "--format", "json")
    report = json.loads(output)
    assert code == 0 and report["totals"]["devices_destroyed"] == 5006
    code, output, _ = invoke("rollup", "--iso3", "COL", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(output)))
    assert table[0]["year"] == "all" and int(table[0]["devices_destroyed"]) == 5006
    assert sum(int(r["devices_destroyed"]) for r in table[1:]) == 5006
    code, output, _ = invoke("rollup", "--iso3", "COL", "--year", "2010", "--format", "csv")
    assert code == 0 and len(list(csv.DictReader(io.StringIO(output)))) == 1
    code, _, errors = invoke("rollup", "--iso3", "COL", "--format", "xml")
    assert code == 2 and "json or csv" in errors
    code, output, errors = invoke("rollup", "--iso3", "XXX", "--format", "json")
    assert (code, output) == (2, "") and errors.strip().startswith("error (not_found):")
    # As the database stood before the import: nothing; a bad moment is one error line.
    code, output, _ = invoke("rollup", "--iso3", "COL", "--known-at", "2001-01-01T00:00:00Z")
    assert code == 0 and json.loads(output)["years"] == []
    assert json.loads(output)["totals"]["devices_destroyed"] is None  # nothing held then: not known
    code, output, errors = invoke("rollup", "--iso3", "COL", "--known-at", "yesterday")
    assert (code, output) == (2, "") and errors.strip().startswith("error (invalid_date):")


@pytest.mark.usefixtures("database")
def test_a_mapping_file_that_is_not_there_is_named_in_the_common_words(tmp_path: Path) -> None:
    """--mapping naming no file, or a folder: the one wording of every command that reads files
    (it printed Python's "[Errno 2] No such file or directory: '...'" after the name)."""
    data = tmp_path / "accidents.csv"
    data.write_text("iso3,date,place\nCOL,2025-01-02,Tumaco\n", encoding="utf-8")
    for mapping, why in (
        (tmp_path / "nowhere.toml", "no such file"),
        (tmp_path, "is a folder, not a file"),
    ):
        code, output, errors = invoke(
            "import", str(data), "--layer", "accidents", "--mapping", str(mapping)
        )
        assert (code, output) == (2, "")
        assert errors == f"error (invalid_input): {mapping}: {why}\n"
    code, output, _ = invoke("rollup", "--iso3", "COL", "--format", "json")
    assert code == 0 and json.loads(output)["years"] == []  # nothing was written
