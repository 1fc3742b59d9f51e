"""Submissions exported from ODK Central and KoboToolbox, read by the form's own definition.

Every answer is found by the path the published form (``minewatch.domain.forms``) gives its
question: the group and repeat names from the root, then the question's name. The shapes read:

- **ODK Central CSV**: the ``.zip`` Central hands out (``<form_id>.csv`` and one
  ``<form_id>-<repeat>.csv`` per repeat) or its main ``.csv`` with the repeat files beside it.
  Columns: ``SubmissionDate``; question paths with groups joined by ``-`` (``report-reference``,
  or the bare name when exported with "remove group names"); a geopoint as four columns
  ``<path>-Latitude``, ``-Longitude``, ``-Altitude``, ``-Accuracy``; a geoshape as
  ``lat lon alt acc;…``; a select_multiple space-separated; ``meta-instanceID``; ``KEY`` (the
  submission's id, kept across edits); ``FormVersion``. A repeat file's rows name their
  submission by ``PARENT_KEY`` (the parent's ``KEY``).
- **ODK Central OData JSON** (``Submissions?$expand=*``): ``{"@odata.context": …, "value": […]}``;
  each submission has ``__id`` (kept across edits), ``__system.formVersion``,
  ``meta.instanceID`` (and ``meta.deprecatedID`` once edited), groups as nested objects,
  repeats as arrays, geopoints and geoshapes as GeoJSON.
- **KoboToolbox JSON** (the JSON export, or ``/api/v2/assets/<uid>/data/``): a list, or
  ``{"results": […]}``; keys are paths joined by ``/`` (``report/reference``),
  ``meta/instanceID``, ``meta/deprecatedID``, ``meta/rootUuid``, ``__version__`` (or
  ``_version_``), ``_xform_id_string``; repeats are arrays of objects keyed by full path.
- **KoboToolbox CSV** (*Downloads → CSV*, "XML values and headers", group separator ``/``,
  "include groups in headers"): ``;``-separated (``,`` is read too); columns as in Kobo's JSON
  (``report/reference``, or bare names when exported without groups), ``meta/instanceID``,
  ``meta/deprecatedID``, ``meta/rootUuid``, ``_uuid``, ``_id``, ``__version__``, ``_index``; a
  geopoint as its own column ``lat lon alt precision`` and ``_<path>_latitude``, ``_longitude``,
  ``_altitude``, ``_precision``; a select_multiple space-separated (its ``<path>/<code>`` 0/1
  columns are ignored). Kobo's CSV leaves repeat groups out: a form with a repeat needs the XLSX.
- **KoboToolbox XLSX** (*Downloads → XLS*, same options): the first sheet the submissions (CSV's
  columns), one sheet per repeat group named by the repeat, its rows naming their submission
  by ``_parent_index`` (the main sheet's ``_index``); cells as text or numbers.

The form version checked is the submission's own ``form_version`` answer (a calculate every
published form carries: Kobo replaces the XLSForm's version with its own ids), else what the
server recorded (Central's ``FormVersion`` / ``__system.formVersion``, Kobo's ``__version__``).

Every answer comes back as ODK's own text (a geopoint ``lat lon alt acc``, a geoshape
``lat lon alt acc;…``, numbers as written), so the same submission read from any of the three
shapes gives the same answers. Problems are located: file (``export.zip/<member>`` inside a
zip, ``export.xlsx/<sheet>`` in a workbook), row (the CSV line or sheet row, header = 1; in
JSON the submission's position, first = 1) and the export's own column or key.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import shapely
from openpyxl.utils.exceptions import InvalidFileException
from shapely.geometry.base import BaseGeometry

from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.forms.common import FORM_VERSION
from minewatch.domain.forms.model import Form, Placed
from minewatch.imports.csvfile import not_a_file, ragged_row

GEO_TYPES = ("geopoint", "geoshape", "geotrace")
METADATA_TYPES = ("start", "end", "today", "deviceid", "username", "audit")
_GEOPOINT_PARTS = ("Latitude", "Longitude", "Altitude", "Accuracy")
_FORM_IN_CONTEXT = re.compile(r"[Ff]orms(?:\('([^']+)'\)|/([^/]+?)\.svc)")


@dataclass
class Answers:
    """One submission's (or one repeat instance's) answers, by question name, as ODK text;
    ``columns`` says which export column or key held each (for locating problems)."""

    where: Location
    values: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)


@dataclass
class Submission:
    """One exported submission: its ids, the form version it was made with, its answers and
    its repeats' instances (repeat name -> instances, in order)."""

    where: Location
    instance_id: str
    deprecated_id: str | None
    root_id: str | None
    form_version: str | None
    version_field: str
    answers: Answers
    repeats: dict[str, list[Answers]] = field(default_factory=dict)


def bare_id(instance_id: str | None) -> str | None:
    """An instanceID without its ``uuid:`` prefix (Kobo's ``_uuid`` has none); None if blank."""
    if instance_id is None or not str(instance_id).strip():
        return None
    return str(instance_id).strip().removeprefix("uuid:")


def read_submissions(path: Path, form: Form) -> tuple[list[Submission], list[InvalidInput]]:
    """The submissions in one export of ``form`` and every problem found reading them: a
    missing id, a submission of another form or of a form version we do not publish."""
    if (problem := not_a_file(path)) is not None:
        return [], [problem]
    suffix = path.suffix.lower()
    if suffix == ".zip":
        return _central_zip(path, form)
    if suffix == ".csv":
        return _csv_files(path, form)
    if suffix == ".json":
        return _json(path, form)
    if suffix == ".xlsx":
        return _kobo_xlsx(path, form)
    return [], [
        InvalidInput(
            f"cannot import {suffix or 'a file without a suffix'} as submissions: give the "
            "ODK Central .zip or .csv export, a Central or KoboToolbox .json export, or a "
            "KoboToolbox .csv or .xlsx export",
            Location(path.name),
        )
    ]


# --- checks every shape shares ---------------------------------------------------------------


def _check(submission: Submission, form: Form, problems: list[InvalidInput]) -> None:
    """The form version: the submission's own ``form_version`` answer (every published form
    has it; it survives any server), else what the server recorded."""
    where = submission.where
    answers = submission.answers
    if answers.values.get(FORM_VERSION):
        submission.form_version = answers.values.pop(FORM_VERSION)
        submission.version_field = answers.columns.pop(FORM_VERSION, FORM_VERSION)
    version = submission.form_version
    if version is None or not version.strip():
        problems.append(
            InvalidInput(
                "the export does not say which form version this submission was made with",
                Location(where.file, where.row, submission.version_field),
            )
        )
    elif version.strip() not in form.known_versions:
        known = ", ".join(form.known_versions)
        problems.append(
            InvalidInput(
                f"form version {version.strip()!r} is not one minewatch publishes for "
                f"{form.form_id} (known: {known}); nothing was imported",
                Location(where.file, where.row, submission.version_field),
            )
        )


def _other_form(found: str | None, form: Form, where: Location, key: str) -> list[InvalidInput]:
    if found is None or found == form.form_id:
        return []
    return [
        InvalidInput(
            f"these are submissions of form {found!r}, not {form.form_id!r} (the form that "
            f"fills {form.layer})",
            Location(where.file, where.row, key),
        )
    ]


def _questions(form: Form, repeat: str | None) -> list[Placed]:
    return [
        p for p in form.placed() if p.repeat == repeat and p.question.type not in METADATA_TYPES
    ]


# --- ODK Central CSV ------------------------------------------------------------------------


@dataclass
class _Table:
    """A CSV file or a sheet: its rows by line number, and the rows refused as read (a CSV
    row that does not fit the header), which stop the whole import."""

    label: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    problems: list[InvalidInput] = field(default_factory=list)


def _csv_table(label: str, text: str, delimiter: str = ",") -> _Table:
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=delimiter)
    table = _Table(label, [h.strip() for h in next(reader, [])], [])
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        problem = ragged_row(label, number, table.header, cells)
        if problem is not None:
            table.problems.append(problem)
        else:
            table.rows.append((number, dict(zip(table.header, cells, strict=True))))
    return table


def _read_problems(main: _Table, repeats: dict[str, _Table | None] | None) -> list[InvalidInput]:
    """What reading the export's files found, main file first."""
    tables = [main, *(repeats or {}).values()]
    return [problem for table in tables if table is not None for problem in table.problems]


def _central_zip(path: Path, form: Form) -> tuple[list[Submission], list[InvalidInput]]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = {Path(n).name: n for n in archive.namelist() if n.lower().endswith(".csv")}
            main = f"{form.form_id}.csv"
            if main not in members:
                others = [n for n in members if "-" not in Path(n).stem]
                return [], [
                    InvalidInput(
                        f"holds no {main}"
                        + (f" (it holds {', '.join(sorted(others))})" if others else "")
                        + f": export the {form.form_id} form from ODK Central",
                        Location(path.name),
                    )
                ]

            def table(name: str) -> _Table | None:
                if name not in members:
                    return None
                text = archive.read(members[name]).decode("utf-8")
                return _csv_table(f"{path.name}/{name}", text)

            main_table = table(main)
            assert main_table is not None
            repeats = {name: table(f"{form.form_id}-{name}.csv") for name, _ in form.repeats()}
    except (zipfile.BadZipFile, UnicodeDecodeError) as exc:
        return [], [InvalidInput(f"is not an ODK Central export zip ({exc})", Location(path.name))]
    return _central_tables(main_table, repeats, form)


_KOBO_MARKERS = ("_uuid", "_id", "__version__", "_submission_time", "meta/instanceID")


def _csv_files(path: Path, form: Form) -> tuple[list[Submission], list[InvalidInput]]:
    """A KoboToolbox CSV (its header names ``_uuid``, ``_id``, ``__version__`` … whichever
    separator) or else ODK Central's main CSV with its repeat files beside it."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [], [InvalidInput(f"is not UTF-8 text ({exc.reason})", Location(path.name))]
    first = text.removeprefix("\ufeff").partition("\n")[0]
    for delimiter in (";", ",", "\t"):
        header = next(csv.reader([first], delimiter=delimiter), [])
        if any(h.strip() in _KOBO_MARKERS for h in header):
            return _kobo_tables(_csv_table(path.name, text, delimiter), None, form)
    return _central_csv_files(path, form)


def _central_csv_files(path: Path, form: Form) -> tuple[list[Submission], list[InvalidInput]]:
    try:
        main = _csv_table(path.name, path.read_text(encoding="utf-8"))
        repeats: dict[str, _Table | None] = {}
        for name, _ in form.repeats():
            beside = path.with_name(f"{path.stem}-{name}.csv")
            repeats[name] = (
                _csv_table(beside.name, beside.read_text(encoding="utf-8"))
                if beside.is_file()
                else None
            )
    except UnicodeDecodeError as exc:
        return [], [InvalidInput(f"is not UTF-8 text ({exc.reason})", Location(path.name))]
    return _central_tables(main, repeats, form)


def _pick(header: Iterable[str], candidates: Iterable[str]) -> str | None:
    present = set(header)
    return next((c for c in candidates if c in present), None)


def _central_tables(
    main: _Table, repeats: dict[str, _Table | None], form: Form
) -> tuple[list[Submission], list[InvalidInput]]:
    problems = _read_problems(main, repeats)
    header_at = Location(main.label, 1)
    instance_col = _pick(main.header, ("meta-instanceID", "instanceID"))
    version_col = _pick(main.header, ("FormVersion", "__version__"))
    if instance_col is None:
        missing = Location(main.label, 1, "meta-instanceID")
        reason = "an ODK Central export has this column; this file has none"
        return [], [InvalidInput(reason, missing), *problems]
    deprecated_col = _pick(main.header, ("meta-deprecatedID", "deprecatedID"))
    columns = _columns(main.header, _questions(form, None), lambda p: p.path)
    submissions: list[Submission] = []
    by_key: dict[str, Submission] = {}
    for number, cells in main.rows:
        where = Location(main.label, number)
        instance = cells.get(instance_col, "").strip()
        if not instance:
            problems.append(InvalidInput("is blank", Location(main.label, number, instance_col)))
            continue
        key = cells.get("KEY", "").strip() or instance
        submission = Submission(
            where=where,
            instance_id=instance,
            deprecated_id=(cells.get(deprecated_col, "") if deprecated_col else "") or None,
            root_id=key,
            form_version=cells.get(version_col) if version_col else None,
            version_field=version_col or "FormVersion",
            answers=_answers(where, cells, columns),
        )
        _check(submission, form, problems)
        submissions.append(submission)
        by_key[key] = submission
    for name, path in form.repeats():
        table = repeats.get(name)
        if table is None:
            if main.rows:
                problems.append(
                    InvalidInput(
                        f"the form's repeat {name!r} comes in {Path(main.label).stem}-{name}.csv, "
                        "which is not there: import the .zip ODK Central exports",
                        header_at,
                    )
                )
            continue
        questions = _questions(form, name)
        repeat_columns = _columns(
            table.header, questions, lambda p, path=path: p.path[len(path) - 1 :]
        )
        _attach_repeat(
            table,
            name,
            repeat_columns,
            lambda cells: by_key.get(cells.get("PARENT_KEY", "").strip()),
            ("PARENT_KEY", "names no submission of the main file"),
            problems,
        )
    return submissions, problems


def _attach_repeat(
    table: _Table,
    name: str,
    columns: dict[str, tuple[str, ...]],
    parent_of: Callable[[dict[str, str]], Submission | None],
    orphan: tuple[str, str],
    problems: list[InvalidInput],
) -> None:
    """Each row of a repeat's table (Central's repeat CSV, Kobo's repeat sheet) as the next
    instance of repeat ``name`` of the submission ``parent_of`` finds for it; a row it finds
    none for is a problem at ``orphan`` (the column naming the parent, and why)."""
    column, why = orphan
    for number, cells in table.rows:
        parent = parent_of(cells)
        if parent is None:
            problems.append(InvalidInput(why, Location(table.label, number, column)))
            continue
        where = Location(table.label, number)
        parent.repeats.setdefault(name, []).append(_answers(where, cells, columns))


def _columns(
    header: list[str], questions: list[Placed], relative: Any
) -> dict[str, tuple[str, ...]]:
    """Question name -> the column(s) holding it: the full path joined by ``-``, the path
    inside its repeat, or the bare name; a geopoint's four ``-Latitude``… columns."""
    found: dict[str, tuple[str, ...]] = {}
    for placed in questions:
        bases = dict.fromkeys(("-".join(placed.path), "-".join(relative(placed)), placed.name))
        if placed.question.type == "geopoint":
            for base in bases:
                parts = tuple(f"{base}-{part}" for part in _GEOPOINT_PARTS)
                if parts[0] in header and parts[1] in header:
                    found[placed.name] = parts
                    break
            else:
                column = _pick(header, bases)
                if column:
                    found[placed.name] = (column,)
            continue
        column = _pick(header, bases)
        if column:
            found[placed.name] = (column,)
    return found


def _answers(
    where: Location, cells: dict[str, str], columns: dict[str, tuple[str, ...]]
) -> Answers:
    answers = Answers(where)
    for name, cols in columns.items():
        if len(cols) == 4:  # a geopoint in four columns
            parts = [cells.get(c, "").strip() for c in cols]
            value = " ".join(p or "0" for p in parts) if parts[0] and parts[1] else ""
        else:
            value = cells.get(cols[0], "").strip()
        if value:
            answers.values[name] = value
            answers.columns[name] = cols[0]
    return answers


# --- KoboToolbox CSV and XLSX ---------------------------------------------------------------

_KOBO_GEOPOINT_PARTS = ("latitude", "longitude", "altitude", "precision")


def _kobo_xlsx(path: Path, form: Form) -> tuple[list[Submission], list[InvalidInput]]:
    """The workbook's first sheet holds the submissions; a repeat's sheet has its name (cut to
    Excel's 31 characters)."""
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, OSError, KeyError, ValueError) as exc:
        return [], [InvalidInput(f"is not a KoboToolbox XLSX export ({exc})", Location(path.name))]
    try:
        tables = [_sheet_table(f"{path.name}/{sheet.title}", sheet) for sheet in workbook]
    finally:
        workbook.close()
    if not tables:
        return [], [InvalidInput("holds no sheet", Location(path.name))]
    by_title = {Path(t.label).name: t for t in tables[1:]}
    repeats = {name: by_title.get(name[:31]) for name, _ in form.repeats()}
    return _kobo_tables(tables[0], repeats, form)


def _sheet_table(label: str, sheet: Any) -> _Table:
    values = sheet.iter_rows(values_only=True)
    header = [_cell(v) for v in next(values, ())]
    rows = []
    for number, row in enumerate(values, start=2):
        cells = [_cell(v) for v in row]
        if any(cells):
            rows.append((number, dict(zip(header, cells, strict=False))))
    return _Table(label, header, rows)


def _cell(value: Any) -> str:
    """A workbook cell as ODK text: a date (or a midnight datetime) ``YYYY-MM-DD``."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _text(value) or ""


def _kobo_version(item: dict[str, Any], form: Form) -> tuple[str, str | None]:
    """Kobo's ``__version__`` (or ``_version_`` where that one is a version we publish)."""
    version_key = "__version__" if "__version__" in item else "_version_"
    version = _text(item.get("__version__"))
    if version not in form.known_versions and _text(item.get("_version_")):
        version_key, version = "_version_", _text(item.get("_version_"))
    return version_key, version


def _kobo_submission(
    item: dict[str, Any], answers: Answers, form: Form, problems: list[InvalidInput]
) -> Submission | None:
    """One Kobo submission (a JSON object or a CSV/XLSX row) with its ids and form version
    checked; None (and the problem noted) for another form's or one without an id."""
    where = answers.where
    found = _other_form(_text(item.get("_xform_id_string")), form, where, "_xform_id_string")
    if found:
        problems.extend(found)
        return None
    uuid = _text(item.get("_uuid"))
    instance = _text(item.get("meta/instanceID")) or (f"uuid:{uuid}" if uuid else None)
    if not instance:
        column = "_uuid" if "_uuid" in item and "meta/instanceID" not in item else "meta/instanceID"
        problems.append(InvalidInput("is blank", Location(where.file, where.row, column)))
        return None
    version_key, version = _kobo_version(item, form)
    submission = Submission(
        where=where,
        instance_id=instance,
        deprecated_id=_text(item.get("meta/deprecatedID")),
        root_id=_text(item.get("meta/rootUuid")),
        form_version=version,
        version_field=version_key,
        answers=answers,
    )
    _check(submission, form, problems)
    return submission


def _kobo_columns(header: list[str], questions: list[Placed]) -> dict[str, tuple[str, ...]]:
    """Question name -> the column holding it: the path joined by ``/`` or the bare name; a
    geopoint without its own column from ``_<path>_latitude``, ``_longitude``… ."""
    found: dict[str, tuple[str, ...]] = {}
    for placed in questions:
        bases = tuple(dict.fromkeys(("/".join(placed.path), placed.name)))
        column = _pick(header, bases)
        if column:
            found[placed.name] = (column,)
        elif placed.question.type == "geopoint":
            for base in bases:
                parts = tuple(f"_{base}_{part}" for part in _KOBO_GEOPOINT_PARTS)
                if parts[0] in header and parts[1] in header:
                    found[placed.name] = parts
                    break
    return found


def _kobo_tables(
    main: _Table, repeats: dict[str, _Table | None] | None, form: Form
) -> tuple[list[Submission], list[InvalidInput]]:
    """Kobo's CSV (``repeats`` None: it leaves repeat groups out) or XLSX sheets."""
    problems = _read_problems(main, repeats)
    top = _questions(form, None)
    columns = _kobo_columns(main.header, top)
    if main.rows and not set(columns) - {FORM_VERSION}:
        return [], [
            InvalidInput(
                f"no column names a question of {form.form_id}: export from KoboToolbox with "
                '"XML values and headers" and the group separator "/"',
                Location(main.label, 1),
            )
        ]
    submissions: list[Submission] = []
    parents: dict[str, Submission] = {}
    for number, cells in main.rows:
        where = Location(main.label, number)
        submission = _kobo_submission(cells, _answers(where, cells, columns), form, problems)
        if submission is None:
            continue
        submissions.append(submission)
        for key in ("_index", "_uuid"):
            if _text(cells.get(key)):
                parents[f"{key}={_text(cells.get(key))}"] = submission
    for name, _path in form.repeats():
        table = repeats.get(name) if repeats is not None else None
        if table is None:
            if submissions:
                hint = (
                    "KoboToolbox's CSV export leaves repeat groups out: import its XLSX export"
                    if repeats is None
                    else f"the workbook has no sheet {name!r}: import the XLSX Kobo exports"
                )
                problems.append(
                    InvalidInput(
                        f"the form's repeat {name!r} is not here; {hint}", Location(main.label, 1)
                    )
                )
            continue
        _attach_repeat(
            table,
            name,
            _kobo_columns(table.header, _questions(form, name)),
            lambda cells: (
                parents.get(f"_index={_text(cells.get('_parent_index'))}")
                or parents.get(f"_uuid={_text(cells.get('_submission__uuid'))}")
            ),
            ("_parent_index", "names no submission of the first sheet"),
            problems,
        )
    return submissions, problems


# --- JSON: ODK Central OData and KoboToolbox ------------------------------------------------


def _json(path: Path, form: Form) -> tuple[list[Submission], list[InvalidInput]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [], [InvalidInput(f"is not JSON ({exc})", Location(path.name))]
    if isinstance(document, dict) and isinstance(document.get("value"), list):
        context = str(document.get("@odata.context", ""))
        match = _FORM_IN_CONTEXT.search(context)
        found = _other_form(
            (match.group(1) or match.group(2)) if match else None,
            form,
            Location(path.name),
            "@odata.context",
        )
        if found:
            return [], found
        return _json_submissions(path.name, document["value"], form, CENTRAL_JSON)
    if isinstance(document, dict) and isinstance(document.get("results"), list):
        return _json_submissions(path.name, document["results"], form, KOBO_JSON)
    if isinstance(document, list):
        return _json_submissions(path.name, document, form, KOBO_JSON)
    return [], [
        InvalidInput(
            'is neither an ODK Central OData export ({"value": [...]}) nor a KoboToolbox '
            "JSON export (a list of submissions)",
            Location(path.name),
        )
    ]


@dataclass(frozen=True)
class _JsonExport:
    """What differs between ODK Central's OData JSON and KoboToolbox's JSON export; the loop
    over submissions and their repeats (``_json_submissions``) is the same.

    ``submission`` reads one object's ids and answers (None, its problem noted, when it has
    none); ``instances`` finds a repeat's list in it (None: not answered, a problem noted
    where that is wrong); ``entry`` reads one repeat instance; ``separator`` joins a repeat's
    path into the field a problem names."""

    submission: Callable[
        [dict[str, Any], Location, list[Placed], Form, list[InvalidInput]], Submission | None
    ]
    instances: Callable[[dict[str, Any], tuple[str, ...], Location, list[InvalidInput]], Any]
    entry: Callable[[Location, dict[str, Any], list[Placed], tuple[str, ...], int], Answers]
    separator: str


def _json_submissions(
    name: str, items: list[Any], form: Form, export: _JsonExport
) -> tuple[list[Submission], list[InvalidInput]]:
    problems: list[InvalidInput] = []
    submissions: list[Submission] = []
    top = _questions(form, None)
    for number, item in enumerate(items, start=1):
        where = Location(name, number)
        if not isinstance(item, dict):
            problems.append(InvalidInput("is not a submission object", where))
            continue
        submission = export.submission(item, where, top, form, problems)
        if submission is None:
            continue
        for repeat, path in form.repeats():
            instances = export.instances(item, path, where, problems)
            if instances is None:
                continue
            if not isinstance(instances, list):
                field = export.separator.join(path)
                problems.append(InvalidInput("is not a list", Location(name, number, field)))
                continue
            questions = _questions(form, repeat)
            submission.repeats[repeat] = [
                export.entry(where, entry, questions, path, i)
                for i, entry in enumerate(instances, start=1)
                if isinstance(entry, dict)
            ]
        submissions.append(submission)
    return submissions, problems


def _central_submission(
    item: dict[str, Any],
    where: Location,
    top: list[Placed],
    form: Form,
    problems: list[InvalidInput],
) -> Submission | None:
    meta: dict[str, Any] = _object(item.get("meta"))
    system: dict[str, Any] = _object(item.get("__system"))
    instance = _text(meta.get("instanceID")) or _text(item.get("__id"))
    if not instance:
        problems.append(
            InvalidInput("is blank", Location(where.file, where.row, "meta.instanceID"))
        )
        return None
    submission = Submission(
        where=where,
        instance_id=instance,
        deprecated_id=_text(meta.get("deprecatedID")),
        root_id=_text(item.get("__id")),
        form_version=_text(system.get("formVersion")),
        version_field="__system.formVersion",
        answers=_nested_answers(where, item, top, 0),
    )
    _check(submission, form, problems)
    return submission


def _central_instances(
    item: dict[str, Any], path: tuple[str, ...], where: Location, problems: list[InvalidInput]
) -> Any:
    instances = _dig(item, path)
    if instances is None and f"{path[-1]}@odata.navigationLink" in _dig_parent(item, path):
        problems.append(
            InvalidInput(
                "the repeat is a link, not its answers: export with $expand=*",
                Location(where.file, where.row, ".".join(path)),
            )
        )
    return instances


CENTRAL_JSON = _JsonExport(
    submission=_central_submission,
    instances=_central_instances,
    entry=lambda where, entry, questions, path, index: _nested_answers(
        where, entry, questions, len(path), path[-1], index
    ),
    separator=".",
)


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _dig(item: Any, path: Iterable[str]) -> Any:
    for part in path:
        if not isinstance(item, dict):
            return None
        item = item.get(part)
    return item


def _dig_parent(item: Any, path: tuple[str, ...]) -> dict[str, Any]:
    parent = _dig(item, path[:-1])
    return parent if isinstance(parent, dict) else {}


def _nested_answers(
    where: Location,
    item: dict[str, Any],
    questions: list[Placed],
    skip: int,
    repeat: str | None = None,
    index: int = 0,
) -> Answers:
    answers = Answers(where)
    for placed in questions:
        relative = placed.path[skip:]
        value = _text(_dig(item, relative))
        if value is None and len(relative) > 1:
            value = _text(item.get(placed.name))
        if value:
            answers.values[placed.name] = value
            key = ".".join(relative)
            answers.columns[placed.name] = f"{repeat}[{index}].{key}" if repeat else key
    return answers


KOBO_JSON = _JsonExport(
    submission=lambda item, where, top, form, problems: _kobo_submission(
        item, _flat_answers(where, item, top), form, problems
    ),
    instances=lambda item, path, _where, _problems: item.get("/".join(path)),
    entry=lambda where, entry, questions, path, index: _flat_answers(
        where, entry, questions, f"{'/'.join(path)}[{index}]."
    ),
    separator="/",
)


def _flat_answers(
    where: Location, item: dict[str, Any], questions: list[Placed], prefix: str = ""
) -> Answers:
    answers = Answers(where)
    for placed in questions:
        key = _pick(item, ("/".join(placed.path), placed.name))
        value = _text(item.get(key)) if key else None
        if value and key:
            answers.values[placed.name] = value
            answers.columns[placed.name] = prefix + key
    return answers


def _text(value: Any) -> str | None:
    """A JSON answer as ODK's own text: numbers as written, GeoJSON as ``lat lon alt acc``."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dict) and "coordinates" in value:
        return _geojson_text(value)
    if isinstance(value, str):
        return value.strip() or None
    return json.dumps(value, sort_keys=True)


def _number(value: Any) -> str:
    return _text(value) or "0"


def _geojson_text(value: dict[str, Any]) -> str | None:
    kind, coordinates = value.get("type"), value.get("coordinates")
    properties = _object(value.get("properties"))
    if kind == "Point" and isinstance(coordinates, list) and len(coordinates) >= 2:
        lon, lat, *rest = coordinates
        alt = rest[0] if rest else 0
        return " ".join(_number(v) for v in (lat, lon, alt, properties.get("accuracy", 0)))
    ring = None
    if kind == "Polygon" and isinstance(coordinates, list) and coordinates:
        ring = coordinates[0]
    elif kind == "LineString":
        ring = coordinates
    if not isinstance(ring, list):
        return json.dumps(value, sort_keys=True)
    return ";".join(
        " ".join(_number(v) for v in (p[1], p[0], p[2] if len(p) > 2 else 0, 0))
        for p in ring
        if isinstance(p, list) and len(p) >= 2
    )


# --- ODK geo text -> shapes -------------------------------------------------------------------


def geometry_of(kind: str, text: str, where: Location) -> tuple[BaseGeometry, float | None]:
    """A geopoint (``lat lon alt acc``) or geoshape/geotrace (``lat lon alt acc;…``) as a
    WGS 84 shape (lon, lat), with a geopoint's accuracy in metres; InvalidInput otherwise."""
    try:
        points = [_vertex(part) for part in text.split(";") if part.strip()]
    except ValueError:
        shown = f"{text[:60]!r} is not an ODK {kind} (lat lon alt accuracy)"
        raise InvalidInput(shown, where) from None
    if kind == "geopoint":
        if len(points) != 1:
            raise InvalidInput(f"{text[:60]!r} is not one point", where)
        lon, lat, accuracy = points[0]
        return shapely.Point(lon, lat), accuracy
    coordinates = [(lon, lat) for lon, lat, _ in points]
    if kind == "geotrace":
        return shapely.LineString(coordinates), None
    if len(coordinates) > 1 and coordinates[0] == coordinates[-1]:
        coordinates = coordinates[:-1]
    if len(coordinates) < 3:
        raise InvalidInput(
            f"too_few_vertices: a shape needs 3 points, not {len(coordinates)}", where
        )
    return shapely.Polygon(coordinates), None


def _vertex(part: str) -> tuple[float, float, float | None]:
    numbers = [float(n) for n in part.split()]
    if len(numbers) < 2:
        raise ValueError(part)
    lat, lon = numbers[0], numbers[1]
    accuracy = numbers[3] if len(numbers) > 3 else None
    return lon, lat, accuracy


def geo_questions(form: Form, repeat: str | None = None) -> Iterator[Placed]:
    """The form's location questions (outside repeats by default), in form order."""
    return (p for p in form.placed() if p.repeat == repeat and p.question.type in GEO_TYPES)
