"""ODK Central / KoboToolbox submission imports, on both backends: every published form filled
and exported in the five shapes (Central CSV zip, Central OData JSON, Kobo JSON, CSV and XLSX)
imports as candidates, re-imports as a no-op (from any shape), an edited submission makes a
version, an unknown form version is refused with nothing written, ``accept`` is a reviewer's,
the victims repeat makes victim rows, and a reviewer's decision puts a candidate into reads and
roll-ups. Kobo's CSV leaves repeat groups out, so a form with a repeat comes as its XLSX."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.errors import ImportRefused, PermissionDenied
from minewatch.domain.evidence import ReviewStatus
from minewatch.domain.field import LAYERS
from minewatch.services import accounts, integrity, ledger, review
from minewatch.services.accounts import Principal, Role
from minewatch.services.field_import import ImportSummary
from minewatch.services.field_review import candidates
from minewatch.services.field_rollups import rollup_report, scan_rollups, stored_rollups
from minewatch.services.layers import read_layer
from minewatch.services.odk_import import import_submissions
from minewatch.storage.field_tables import layer_tables
from minewatch.storage.tables import audit_log

from .helpers import ledger_counts
from .odk_exports import (
    KOBO_VERSION_UID,
    SUFFIX,
    Filled,
    central_csv_zip,
    export,
    fill,
    kobo_csv,
    kobo_json,
)

ACTOR = "test:odk"
SHAPES = ("central-csv", "central-json", "kobo-json", "kobo-csv", "kobo-xlsx")
TABLES = ("central-csv", "kobo-csv", "kobo-xlsx")  # a row is a line: header = 1
REVIEWER = Principal("rosa", Role.REVIEWER, frozenset(accounts.SCOPES) - {"admin"})
ANALYST = Principal("ana", Role.ANALYST, frozenset({"records:write"}))
AS_REVIEWER: dict[str, Any] = {"accept": True, "principal": REVIEWER}
PLACE = {
    "reference": "",
    "date": "2026-10-05",
    "operator": "Equipo de campo 3",
    "iso3": "COL",
    "admin1": "Antioquia",
    "admin2": "Sonsón",
    "admin_code": "CO05756",
    "place": "Vereda La Loma",
}
SQUARE = ";".join(
    f"{lat} {lon} 2500 4"
    for lat, lon in (
        (5.7100, -75.3100),
        (5.7100, -75.3090),
        (5.7109, -75.3090),
        (5.7109, -75.3100),
        (5.7100, -75.3100),
    )
)


def hazard(instance: str = "uuid:0b7c5a52-1f0e-4c1a-9d55-3c2a8e1f0001", **more: Any) -> Filled:
    answers = {
        **PLACE,
        "reference": "HA-COL-0042",
        "informant_consent": "no",
        "informant_role": "resident",
        "name": "Potrero El Alto",
        "hazard_type": "CHA",
        "status": "open",
        "evidence_kind": "direct",
        "evidence": "accident find",
        "device_types": "ap",
        "blockages": "agriculture roads",
        "priority": "high",
        "safe_to_record": "yes",
        "shape": SQUARE,
        **more,
    }
    return fill("hazard-report", instance, answers)


def release() -> Filled:
    answers = {
        **PLACE,
        "reference": "TS-2026-017",
        "date": "2026-11-02",
        "hazard_ref": "HA-COL-0042",
        "activity_type": "technical_survey",
        "end_date": "2026-11-10",
        "method": "manual",
        "area_reduced_m2": "3000.5",
        "devices_ap": "3",
        "devices_uxo": "1",
        "devices_total": "4",
        "safe_to_record": "no",
        "location_description": "Borde norte del potrero, 200 m al este de la escuela",
    }
    return fill("land-release-report", "uuid:5d1e9c0a-7b2f-4e3d-8a61-2f4b9c7d0002", answers)


VICTIMS = [
    {
        "consent_record": "yes",
        "sex": "male",
        "age_band": "adult",
        "age": "34",
        "category": "civilian",
        "outcome": "injured",
        "activity": "farming",
        "ethnicity": "Campesino",
        "consent_authorities": "yes",
        "consent_ngos": "no",
    },
    {
        "consent_record": "no",
        "sex": "female",
        "age_band": "child",
        "category": "civilian",
        "outcome": "killed",
    },
]


def accident(
    instance: str = "uuid:9a3f7e21-4c5d-4b8e-b1a2-6e7f8d9c0003",
    victims: list[dict[str, Any]] | None = None,
    **more: Any,
) -> Filled:
    answers = {
        **PLACE,
        "reference": "ACC-COL-2026-003",
        "date": "2026-09-14",
        "area_type": "rural",
        "device_type": "ap",
        "killed": "1",
        "injured": "1",
        "safe_to_record": "yes",
        "location": "5.72 -75.3 2400 8.5",
        "notes": "Reportado por la personería municipal",
        **more,
    }
    return fill(
        "accident-victim-report",
        instance,
        answers,
        {"victims": VICTIMS if victims is None else victims},
    )


def session() -> Filled:
    answers = {
        **PLACE,
        "reference": "ERM-2026-112",
        "date": "2026-10-20",
        "method": "face_to_face",
        "topic": "recognition safe_behaviour",
        "audience_female_5_12": "12",
        "audience_female_13_17": "9",
        "audience_female_18plus": "20",
        "audience_male_5_12": "10",
        "audience_male_13_17": "8",
        "audience_male_18plus": "15",
        "audience_total": "74",
        "safe_to_record": "yes",
        "location": "5.7 -75.31 2500 5",
    }
    return fill("risk-education-session", "uuid:c2e4a6b8-0d1f-4a3b-9c5d-7e9f1a3b0004", answers)


def shape_for(shape: str, filled: Filled) -> str:
    """Kobo's CSV leaves repeat groups out: a form with a repeat comes as Kobo's XLSX."""
    return "kobo-xlsx" if shape == "kobo-csv" and list(filled.form.repeats()) else shape


def run(app: App, path: Path, layer: str, **options: Any) -> ImportSummary:
    return import_submissions(app, [path], layer, actor=ACTOR, **options)


def rows(app: App, layer: str) -> list[dict[str, Any]]:
    with app.engine.connect() as connection:
        return list(read_layer(connection, layer))


def waiting(app: App, layer: str | None = None) -> list[dict[str, Any]]:
    with app.engine.connect() as connection:
        return candidates(connection, layer)


def markers_hold(app: App, layer: str) -> bool:
    """Each record's rows: every one but the newest names the next as ``superseded_by``."""
    table = layer_tables[layer]
    query = select(table.c.record_id, table.c.seq, table.c.superseded_by).order_by(table.c.seq)
    by_record: dict[str, list[tuple[int, int | None]]] = {}
    with app.engine.connect() as connection:
        for record_id, seq, superseded_by in connection.execute(query):
            by_record.setdefault(record_id, []).append((seq, superseded_by))
    return all(
        [after for _, after in held] == [seq for seq, _ in held[1:]] + [None]
        for held in by_record.values()
    )


def accept_all(app: App) -> None:
    for item in waiting(app):
        verdict = review.Verdict(review.Decision.ACCEPT, item["version"])
        review.decide(app, item["record_id"], verdict, "rosa")


@pytest.mark.parametrize("shape", SHAPES)
def test_every_form_imports_as_candidates_then_reimports_as_nothing(
    empty_app: App, tmp_path: Path, shape: str
) -> None:
    forms = [
        ("hazards", hazard(), 1),
        ("activities", release(), 1),
        ("accidents", accident(), 3),
        ("eore", session(), 1),
    ]
    for layer, filled, expected in forms:
        path = export(shape_for(shape, filled), tmp_path, layer, [filled])
        summary = run(empty_app, path, layer)
        assert (summary.rows_read, summary.counts.added) == (expected, expected)
    # Candidates: held, cited, audited, but in no public read and no roll-up.
    assert all(rows(empty_app, layer) == [] for layer in ("hazards", "accidents", "victims"))
    assert {item["layer"] for item in waiting(empty_app)} == {
        "hazards",
        "activities",
        "accidents",
        "victims",
        "eore",
    }
    with empty_app.engine.connect() as connection:
        totals = rollup_report(connection, "COL")["totals"]
        assert totals["accidents"] is None and totals["killed"] is None  # nothing held to count
        held = ledger.history(connection, "hazards:odk:0b7c5a52-1f0e-4c1a-9d55-3c2a8e1f0001")
        audits = connection.execute(
            select(audit_log.c.target).where(audit_log.c.action == "layer.import")
        ).all()
    assert held[-1].review_status is ReviewStatus.CANDIDATE
    assert held[-1].citations[0].quote.endswith("row 2" if shape in TABLES else "row 1")
    assert len(audits) == 4
    # The same exports again: nothing at all (no version, no source, no audit entry).
    before = ledger_counts(empty_app)
    for layer, filled, expected in forms:
        made = shape_for(shape, filled)
        summary = run(empty_app, tmp_path / f"{layer}-{made}{SUFFIX[made]}", layer)
        assert (summary.counts.added, summary.counts.unchanged) == (0, expected)
    assert ledger_counts(empty_app) == before
    # The same submissions exported in the other shapes: new sources, no new version.
    for other in SHAPES:
        for layer, filled, expected in forms:
            again = export(shape_for(other, filled), tmp_path, f"{layer}-again", [filled])
            summary = run(empty_app, again, layer)
            assert summary.counts.added + summary.counts.new_versions == 0
            assert summary.counts.unchanged == expected
    assert ledger_counts(empty_app)[0] == before[0]
    # A reviewer accepts: the rows are read, the roll-ups count them, audit-verify holds.
    accept_all(empty_app)
    assert waiting(empty_app) == []
    assert all(markers_hold(empty_app, layer) for layer in LAYERS)
    (hazard_row,) = rows(empty_app, "hazards")
    assert hazard_row["hazard_type"] == "CHA" and hazard_row["blockages"] == "agriculture roads"
    assert 10_500 < hazard_row["area_m2"] < 11_500  # ~110 m × 99.6 m, geodesic
    assert hazard_row["attributes"]["informant_role"] == "resident"
    (activity,) = rows(empty_app, "activities")
    assert activity["hazard_ref"] == "hazards:odk:0b7c5a52-1f0e-4c1a-9d55-3c2a8e1f0001"
    assert (activity["area_reduced_m2"], activity["devices_total"]) == (3000.5, 4)
    (session_row,) = rows(empty_app, "eore")
    assert session_row["audience_female_18plus"] == 20 and session_row["topic"] == (
        "recognition safe_behaviour"
    )
    with empty_app.engine.connect() as connection:
        totals = rollup_report(connection, "COL")["totals"]
        assert scan_rollups(connection) == stored_rollups(connection)
        assert integrity.verify(connection) == []
    assert (totals["killed"], totals["injured"], totals["children"]) == (1, 1, 1)
    assert totals["area_reduced_m2"] == 3000.5


def test_victims_repeat_becomes_victim_rows_with_their_accident(
    empty_app: App, tmp_path: Path
) -> None:
    path = export("central-csv", tmp_path, "accidents", [accident()])
    run(empty_app, path, "accidents", accept=True, principal=REVIEWER)
    (row,) = rows(empty_app, "accidents")
    assert (row["killed"], row["injured"], row["location_accuracy_m"]) == (1, 1, 8.5)
    assert row["attributes"]["notes"] == "Reportado por la personería municipal"
    victims = sorted(rows(empty_app, "victims"), key=lambda r: r["record_id"])
    root = "9a3f7e21-4c5d-4b8e-b1a2-6e7f8d9c0003"
    assert [v["record_id"] for v in victims] == [f"victims:odk:{root}:1", f"victims:odk:{root}:2"]
    first, second = victims
    assert (first["sex"], first["age"], first["outcome"], first["activity"]) == (
        "male",
        34,
        "injured",
        "farming",
    )
    assert (first["consent_authorities"], first["consent_ngos"]) == (True, False)
    assert (second["sex"], second["age"], second["age_band"]) == ("female", None, "child")
    assert {v["accident_ref"] for v in victims} == {"ACC-COL-2026-003"}
    assert {v["date"] for v in victims} == {"2026-09-14"}
    assert {v["admin_code"] for v in victims} == {"CO05756"}
    # "safe to record the location" is asked at the site and holds for its victims too
    assert row["safe_to_record"] is True and {v["safe_to_record"] for v in victims} == {True}


def test_safe_to_record_no_maps_to_the_column_and_no_location(
    empty_app: App, tmp_path: Path
) -> None:
    filled = accident(safe_to_record="no", location="")
    path = export("central-csv", tmp_path, "accidents", [filled])
    run(empty_app, path, "accidents", accept=True, principal=REVIEWER)
    (row,) = rows(empty_app, "accidents")
    assert row["safe_to_record"] is False and row["geom"] is None
    assert row["admin_code"] == "CO05756"  # still counted in its admin area
    victims = rows(empty_app, "victims")
    assert len(victims) == 2 and {v["safe_to_record"] for v in victims} == {False}


@pytest.mark.parametrize("shape", [s for s in SHAPES if s != "kobo-csv"])
def test_an_edited_submission_is_a_new_version_of_the_same_record(
    empty_app: App, tmp_path: Path, shape: str
) -> None:
    first = accident()
    run(empty_app, export(shape, tmp_path, "v1", [first]), "accidents")
    edited = accident(
        "uuid:1e2d3c4b-5a69-4788-9a0b-1c2d3e4f0005",
        victims=[VICTIMS[0], {**VICTIMS[1], "outcome": "injured"}],
        killed="0",
        injured="2",
    )
    edited.deprecated_id, edited.key = first.instance_id, first.instance_id
    summary = run(empty_app, export(shape, tmp_path, "v2", [edited]), "accidents")
    # The accident and each victim: a new version citing the edited submission.
    assert (summary.counts.added, summary.counts.new_versions) == (0, 3)
    record_id = "accidents:odk:9a3f7e21-4c5d-4b8e-b1a2-6e7f8d9c0003"
    with empty_app.engine.connect() as connection:
        versions = ledger.history(connection, record_id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[1].base_version == 1
    # Importing the edit again, or the original again, adds nothing.
    again = run(empty_app, export(shape, tmp_path, "v2-again", [edited]), "accidents")
    assert again.counts.added + again.counts.new_versions == 0
    old = run(empty_app, export(shape, tmp_path, "v1-again", [first]), "accidents")
    assert old.counts.added + old.counts.new_versions == 0


def test_an_edit_found_by_deprecated_id_alone_joins_its_record(
    empty_app: App, tmp_path: Path
) -> None:
    """Kobo without ``meta/rootUuid``: the deprecatedID names the instance held."""
    first = hazard()
    run(empty_app, export("kobo-json", tmp_path, "v1", [first]), "hazards")
    edited = hazard("uuid:77777777-5a69-4788-9a0b-1c2d3e4f0006", status="in_progress")
    edited.deprecated_id = first.instance_id
    path = kobo_json(tmp_path / "v2.json", [edited], wrapped=True)
    raw = path.read_text(encoding="utf-8").replace('"meta/rootUuid"', '"unused"')
    path.write_text(raw, encoding="utf-8")
    summary = run(empty_app, path, "hazards")
    assert (summary.counts.added, summary.counts.new_versions) == (0, 1)


@pytest.mark.parametrize("shape", ["kobo-csv", "kobo-xlsx"])
def test_a_kobo_table_edit_names_the_old_instance_in_deprecated_id(
    empty_app: App, tmp_path: Path, shape: str
) -> None:
    """Kobo's CSV and XLSX: ``meta/deprecatedID`` (and ``meta/rootUuid``) make a version."""
    first = hazard()
    run(empty_app, export(shape, tmp_path, "v1", [first]), "hazards")
    edited = hazard("uuid:66666666-5a69-4788-9a0b-1c2d3e4f0008", status="in_progress")
    edited.deprecated_id, edited.key = first.instance_id, first.instance_id
    summary = run(empty_app, export(shape, tmp_path, "v2", [edited]), "hazards")
    assert (summary.counts.added, summary.counts.new_versions) == (0, 1)
    record_id = "hazards:odk:0b7c5a52-1f0e-4c1a-9d55-3c2a8e1f0001"
    with empty_app.engine.connect() as connection:
        versions = ledger.history(connection, record_id)
    assert [v.version for v in versions] == [1, 2]
    for other in SHAPES:  # the edit again, from any shape: nothing
        again = run(empty_app, export(other, tmp_path, f"v2-{other}", [edited]), "hazards")
        assert again.counts.added + again.counts.new_versions == 0


def test_a_kobo_csv_of_a_form_with_a_repeat_is_refused_for_the_xlsx(
    empty_app: App, tmp_path: Path
) -> None:
    path = export("kobo-csv", tmp_path, "accidents", [accident()])
    before = ledger_counts(empty_app)
    with pytest.raises(ImportRefused) as refused:
        run(empty_app, path, "accidents")
    (problem,) = refused.value.problems
    assert (problem.where.file, problem.where.row) == (path.name, 1)
    assert "repeat 'victims'" in problem.reason and "XLSX" in problem.reason
    assert ledger_counts(empty_app) == before


def test_a_kobo_csv_with_labels_for_headers_or_commas_is_told_apart(
    empty_app: App, tmp_path: Path
) -> None:
    path = kobo_csv(tmp_path / "hazards.csv", [hazard()])
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('";"', '","'), encoding="utf-8")  # "," separator: read too
    assert run(empty_app, path, "hazards").counts.added == 1
    header, rest = text.split("\n", 1)  # headers as labels: "Report Reference" …
    cells = [c if c.startswith(('"_', '"meta/')) else c.title() for c in header.split(";")]
    path.write_text(";".join(cells).replace("/", " ") + "\n" + rest, encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        run(empty_app, path, "hazards")
    (problem,) = refused.value.problems
    assert "XML values and headers" in problem.reason and problem.where.row == 1


@pytest.mark.parametrize(
    ("shape", "answered", "field", "version"),
    [
        ("central-csv", True, "form_version", "2024010101"),
        ("central-json", True, "form_version", "2024010101"),
        ("kobo-json", True, "form_version", "2024010101"),
        ("kobo-csv", True, "form_version", "2024010101"),
        ("kobo-xlsx", False, "__version__", KOBO_VERSION_UID),
        ("central-csv", False, "FormVersion", "2024010101"),
        ("central-json", False, "__system.formVersion", "2024010101"),
        # Without the answer Kobo says only its own deployment id, which is no version of ours.
        ("kobo-json", False, "__version__", KOBO_VERSION_UID),
    ],
)
def test_an_unknown_form_version_is_refused_with_nothing_written(
    empty_app: App, tmp_path: Path, shape: str, answered: bool, field: str, version: str
) -> None:
    good, stale = hazard(), hazard("uuid:0b7c5a52-1f0e-4c1a-9d55-3c2a8e1f0099")
    stale.answers["reference"] = "HA-COL-0043"
    stale.version, stale.version_answer = "2024010101", answered
    path = export(shape, tmp_path, "mixed", [good, stale])
    before = ledger_counts(empty_app)
    with pytest.raises(ImportRefused) as refused:
        run(empty_app, path, "hazards")
    (problem,) = refused.value.problems
    row = 3 if shape in TABLES else 2
    assert (problem.where.row, problem.where.field) == (row, field)
    assert problem.where.file and problem.where.file.startswith(path.name)
    assert f"form version {version!r} is not one minewatch publishes" in problem.reason
    assert ledger_counts(empty_app) == before


@pytest.mark.parametrize(
    ("shape", "member", "column"),
    [
        ("central-csv", "/minewatch_accident_victim-victims.csv", "victims-age"),
        ("kobo-xlsx", "/victims", "victims/age"),
    ],
)
def test_a_bad_answer_is_refused_with_the_export_column(
    empty_app: App, tmp_path: Path, shape: str, member: str, column: str
) -> None:
    bad = accident(victims=[{**VICTIMS[0], "age": "-4"}])
    path = export(shape, tmp_path, "bad", [bad])
    before = ledger_counts(empty_app)
    with pytest.raises(ImportRefused) as refused:
        run(empty_app, path, "accidents")
    (problem,) = refused.value.problems
    assert problem.where.file == f"{path.name}{member}"
    assert (problem.where.row, problem.where.field) == (2, column)
    assert "negative" in problem.reason
    assert ledger_counts(empty_app) == before


def _ragged(text: str, line: int, delimiter: str, cells: int) -> str:
    """The CSV ``text`` with line ``line`` (header = 1) cut by one cell (``cells`` -1) or
    given a stray one (+1), written as the export wrote it."""
    table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    table[line - 1] = table[line - 1][:-1] if cells < 0 else [*table[line - 1], "stray"]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(table)
    return buffer.getvalue()


@pytest.mark.parametrize("cells", [-1, +1])
@pytest.mark.parametrize(
    ("shape", "layer", "member"),
    [
        ("central-csv", "hazards", "minewatch_hazard_report.csv"),
        ("central-csv", "accidents", "minewatch_accident_victim-victims.csv"),
        ("central-main-csv", "hazards", None),
        ("kobo-csv", "hazards", None),
    ],
)
def test_a_ragged_csv_row_is_refused_with_file_and_row_not_padded(
    empty_app: App, tmp_path: Path, shape: str, layer: str, member: str | None, cells: int
) -> None:
    """Found by review: the ODK/Kobo CSV reader zipped a row's cells onto the header without
    checking its width, so a short row lost its last answers and a long one its stray cell,
    and both imported. The rule is the other CSV importers' (``imports.csvfile.ragged_row``)."""
    first = hazard() if layer == "hazards" else accident()
    second = hazard("uuid:0b7c5a52-1f0e-4c1a-9d55-3c2a8e1f0099", reference="HA-COL-0043")
    submissions = [first, second] if layer == "hazards" else [first]
    path = export(
        "central-csv" if shape == "central-main-csv" else shape, tmp_path, "x", submissions
    )
    if shape == "kobo-csv":
        path.write_text(_ragged(path.read_text("utf-8"), 3, ";", cells), encoding="utf-8")
        label = path.name
    else:
        with zipfile.ZipFile(path) as archive:
            texts = {n: archive.read(n).decode("utf-8") for n in archive.namelist()}
        member = member or "minewatch_hazard_report.csv"
        texts[member] = _ragged(texts[member], 3 if layer == "hazards" else 2, ",", cells)
        if shape == "central-main-csv":  # the main CSV with its repeat files beside it
            for name, text in texts.items():
                (tmp_path / name).write_text(text, encoding="utf-8")
            path, label = tmp_path / member, member
        else:
            path.unlink()
            with zipfile.ZipFile(path, "w") as archive:
                for name, text in texts.items():
                    archive.writestr(name, text)
            label = f"{path.name}/{member}"
    before = ledger_counts(empty_app)
    with pytest.raises(ImportRefused) as refused:
        run(empty_app, path, layer)
    (problem,) = refused.value.problems
    assert (problem.where.file, problem.where.row) == (label, 3 if layer == "hazards" else 2)
    assert re.fullmatch(r"has (\d+) cells where the header has (\d+)", problem.reason)
    have, want = map(int, re.findall(r"\d+", problem.reason))
    assert have - want == cells
    assert ledger_counts(empty_app) == before


def test_another_forms_export_and_a_missing_version_column_are_refused(
    empty_app: App, tmp_path: Path
) -> None:
    path = export("kobo-json", tmp_path, "eore", [session()])
    with pytest.raises(ImportRefused) as refused:
        run(empty_app, path, "hazards")
    assert refused.value.problems[0].where.field == "_xform_id_string"
    unsaid = hazard()
    unsaid.version_answer = False
    old_central = central_csv_zip(tmp_path / "old.zip", [unsaid], form_version_column=False)
    with pytest.raises(ImportRefused) as refused:
        run(empty_app, old_central, "hazards")
    (problem,) = refused.value.problems
    assert (problem.where.row, problem.where.field) == (2, "FormVersion")
    assert "does not say which form version" in problem.reason
    assert ledger_counts(empty_app)[0] == 0


def test_only_a_reviewer_may_accept_on_import(empty_app: App, tmp_path: Path) -> None:
    path = export("central-json", tmp_path, "hazards", [hazard()])
    before = ledger_counts(empty_app)
    for principal in (None, ANALYST):
        with pytest.raises(PermissionDenied):
            run(empty_app, path, "hazards", accept=True, principal=principal)
    assert ledger_counts(empty_app) == before
    run(empty_app, path, "hazards", accept=True, principal=REVIEWER)
    assert waiting(empty_app) == []
    (row,) = rows(empty_app, "hazards")
    assert row["review_status"] == "accepted"


def test_a_rejected_candidate_stays_out_and_a_stale_decision_conflicts(
    empty_app: App, tmp_path: Path
) -> None:
    run(empty_app, export("kobo-json", tmp_path, "eore", [session()]), "eore")
    (item,) = waiting(empty_app, "eore")
    verdict = review.Verdict(review.Decision.REJECT, item["version"], "duplicate session")
    review.decide(empty_app, item["record_id"], verdict, "rosa")
    assert rows(empty_app, "eore") == [] and waiting(empty_app) == []
    with pytest.raises(Exception, match="version"):
        review.decide(
            empty_app,
            item["record_id"],
            review.Verdict(review.Decision.ACCEPT, item["version"]),
            "rosa",
        )


def test_export_suffixes_are_the_ones_central_and_kobo_use() -> None:
    assert SUFFIX == {
        "central-csv": ".zip",
        "central-json": ".json",
        "kobo-json": ".json",
        "kobo-csv": ".csv",
        "kobo-xlsx": ".xlsx",
    }


@pytest.mark.parametrize("shape", ["central-csv", "kobo-json", "kobo-xlsx"])
def test_a_victim_an_edit_no_longer_lists_is_withdrawn(
    empty_app: App, tmp_path: Path, shape: str
) -> None:
    first = accident()
    run(empty_app, export(shape, tmp_path, "v1", [first]), "accidents", **AS_REVIEWER)
    with empty_app.engine.connect() as connection:
        assert rollup_report(connection, "COL")["totals"]["casualties"] == 2
    edited = accident("uuid:4a4a4a4a-5a69-4788-9a0b-1c2d3e4f0007", [VICTIMS[0]], killed="0")
    edited.deprecated_id, edited.key = first.instance_id, first.instance_id
    summary = run(empty_app, export(shape, tmp_path, "v2", [edited]), "accidents", **AS_REVIEWER)
    assert (summary.counts.added, summary.counts.new_versions) == (0, 3)
    (victim,) = rows(empty_app, "victims")
    assert victim["record_id"].endswith(":1")
    with empty_app.engine.connect() as connection:
        gone = ledger.history(connection, victim["record_id"][:-1] + "2")
        totals = rollup_report(connection, "COL")["totals"]
        assert scan_rollups(connection) == stored_rollups(connection)
        assert integrity.verify(connection) == []
    assert [v.review_status for v in gone] == [ReviewStatus.ACCEPTED, ReviewStatus.REJECTED]
    assert (totals["killed"], totals["injured"], totals["casualties"]) == (0, 1, 1)
    assert markers_hold(empty_app, "victims") and markers_hold(empty_app, "accidents")


def test_an_edit_finds_its_record_by_the_source_code_index(empty_app: App) -> None:
    """``records_by_source_code`` (each import's id lookup) reads ``ix_field_<layer>_source_code``,
    not the whole layer (PostgreSQL: with sequential scans off, as on a small table it may
    rightly prefer one)."""
    table = layer_tables["accidents"]
    query = select(table.c.source_code, table.c.record_id).where(
        table.c.source_code.in_(["uuid:a", "uuid:b"])
    )
    with empty_app.engine.connect() as connection:
        compiled = query.compile(connection, compile_kwargs={"literal_binds": True})
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = connection.exec_driver_sql(f"EXPLAIN {compiled}").scalars().all()
        else:
            plan = [r[-1] for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    assert "ix_field_accidents_source_code" in " ".join(plan)


@pytest.mark.parametrize(("shape", "emptied"), [("kobo-csv", None), ("kobo-json", "[]")])
def test_an_export_with_no_submissions_is_refused_with_nothing_written(
    empty_app: App, tmp_path: Path, shape: str, emptied: str | None
) -> None:
    # before, it stored a source with no records and a layer.import audit entry
    path = export(shape, tmp_path, "empty", [hazard()])
    header = path.read_text(encoding="utf-8").splitlines(keepends=True)[0]
    path.write_text(emptied if emptied is not None else header, encoding="utf-8")
    before = ledger_counts(empty_app)
    with pytest.raises(ImportRefused) as refused:
        run(empty_app, path, "hazards")
    (problem,) = refused.value.problems
    assert problem.where.file == path.name and "no submissions" in problem.reason
    assert ledger_counts(empty_app) == before
