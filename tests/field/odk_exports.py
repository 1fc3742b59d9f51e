"""Submission exports built by filling our published forms: what ODK Central (CSV zip, OData
JSON) and KoboToolbox (JSON, CSV, XLSX) would hand out for the same submissions.

``Filled`` holds one submission's answers by question name (geo answers as ODK text,
``lat lon alt acc`` / ``lat lon alt acc;…``) and its repeats' instances. ``fill`` checks every
answer against the form: the question exists, a select answer is a code of its list, a repeat
answer sits in that repeat. The writers walk the form's questions (``Form.placed``), so the
exports carry every question column, answered or blank, as Central and Kobo write them.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl

from minewatch.domain.forms import FORMS, Form
from minewatch.domain.forms.common import FORM_VERSION
from minewatch.domain.forms.model import Placed

CENTRAL_META = (
    "SubmitterID",
    "SubmitterName",
    "AttachmentsPresent",
    "AttachmentsExpected",
    "Status",
    "ReviewState",
    "DeviceID",
    "Edits",
    "FormVersion",
)
NUMERIC = ("integer", "decimal")


@dataclass
class Filled:
    """One submission of ``form``: ``key`` is Central's ``__id``/``KEY`` (the first
    instanceID, kept across edits); ``version`` the form version it was made with."""

    form: Form
    instance_id: str
    answers: dict[str, Any]
    repeats: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    deprecated_id: str | None = None
    key: str | None = None
    version: str | None = None
    version_answer: bool = True  # False: an export without the form_version answer

    @property
    def root(self) -> str:
        return self.key or self.instance_id

    @property
    def form_version(self) -> str:
        return self.version or self.form.version


def fill(
    form_name: str,
    instance_id: str,
    answers: dict[str, Any],
    repeats: dict[str, list[dict[str, Any]]] | None = None,
    **more: Any,
) -> Filled:
    form = FORMS[form_name]
    placed = {p.name: p for p in form.placed()}
    lists = {lst.name: set(lst.codes) for lst in form.lists}
    for where, given in [(None, answers)] + [
        (name, instance) for name, items in (repeats or {}).items() for instance in items
    ]:
        for name, value in given.items():
            assert name in placed, f"{form_name} has no question {name!r}"
            question = placed[name]
            assert question.repeat == where, f"{name} is not in repeat {where}"
            list_name = question.question.list_name
            if list_name and value not in (None, ""):
                codes = str(value).split() if "multiple" in question.question.type else [value]
                assert set(codes) <= lists[list_name], f"{name}: {value!r} not in {list_name}"
    return Filled(form, instance_id, dict(answers), dict(repeats or {}), **more)


def _top(form: Form) -> list[Placed]:
    return [p for p in form.placed() if p.repeat is None]


def _in(form: Form, repeat: str) -> list[Placed]:
    return [p for p in form.placed() if p.repeat == repeat]


# --- ODK Central CSV (the zip) ----------------------------------------------------------


def _csv(header: list[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _columns(placed: Placed) -> list[str]:
    base = "-".join(placed.path)
    if placed.question.type == "geopoint":
        return [f"{base}-{p}" for p in ("Latitude", "Longitude", "Altitude", "Accuracy")]
    return [base]


KOBO_VERSION_UID = "vGb4yJx3Bq8c2tN5mWkR7d"  # what Kobo writes in __version__: its own id


def _answer(s: Filled, placed: Placed) -> Any:
    """The answer to one question; the ``form_version`` calculate is the form's version."""
    if placed.name == FORM_VERSION:
        return s.form_version if s.version_answer else None
    return s.answers.get(placed.name)


def _cells(placed: Placed, value: Any) -> list[str]:
    if placed.question.type == "geopoint":
        parts = str(value).split() if value else []
        return (parts + [""] * 4)[:4]
    return ["" if value is None else str(value)]


def central_csv_zip(
    path: Path, submissions: list[Filled], *, form_version_column: bool = True
) -> Path:
    form = submissions[0].form
    top = _top(form)
    header = ["SubmissionDate", *(c for p in top for c in _columns(p)), "meta-instanceID", "KEY"]
    meta = [m for m in CENTRAL_META if form_version_column or m != "FormVersion"]
    header += meta
    rows = []
    for s in submissions:
        row = ["2026-11-29T10:00:00.000Z"]
        row += [c for p in top for c in _cells(p, _answer(s, p))]
        row += [s.instance_id, s.root]
        extra = {"SubmitterID": "5", "SubmitterName": "field team", "Status": "", "Edits": "0"}
        extra["FormVersion"] = s.form_version
        row += [extra.get(m, "") for m in meta]
        rows.append(row)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{form.form_id}.csv", _csv(header, rows))
        for repeat, _ in form.repeats():
            inner = _in(form, repeat)
            repeat_header = [c for p in inner for c in _columns(p)] + ["PARENT_KEY", "KEY"]
            repeat_rows = []
            for s in submissions:
                for i, instance in enumerate(s.repeats.get(repeat, []), start=1):
                    cells = [c for p in inner for c in _cells(p, instance.get(p.name))]
                    repeat_rows.append([*cells, s.root, f"{s.root}/{repeat}[{i}]"])
            archive.writestr(f"{form.form_id}-{repeat}.csv", _csv(repeat_header, repeat_rows))
    return path


# --- ODK Central OData JSON ($expand=*) ----------------------------------------------------


def _json_value(placed: Placed, value: Any) -> Any:
    if value is None or value == "":
        return None
    kind = placed.question.type
    if kind in NUMERIC:
        number = float(value)
        return int(number) if kind == "integer" else number
    if kind == "geopoint":
        lat, lon, alt, acc = (float(v) for v in str(value).split())
        return {"type": "Point", "coordinates": [lon, lat, alt], "properties": {"accuracy": acc}}
    if kind == "geoshape":
        ring = [[float(v) for v in part.split()] for part in str(value).split(";")]
        return {"type": "Polygon", "coordinates": [[[p[1], p[0], p[2]] for p in ring]]}
    return str(value)


def _nest(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        target = target.setdefault(part, {})
    target[path[-1]] = value


def central_json(path: Path, submissions: list[Filled]) -> Path:
    form = submissions[0].form
    values = []
    for s in submissions:
        item: dict[str, Any] = {"__id": s.root}
        for p in _top(form):
            _nest(item, p.path, _json_value(p, _answer(s, p)))
        for repeat, repeat_path in form.repeats():
            instances = []
            for i, instance in enumerate(s.repeats.get(repeat, []), start=1):
                entry: dict[str, Any] = {"__id": f"{s.root}-{repeat}-{i}"}
                for p in _in(form, repeat):
                    _nest(entry, p.path[len(repeat_path) :], _json_value(p, instance.get(p.name)))
                instances.append(entry)
            _nest(item, repeat_path, instances)
            _nest(item, (*repeat_path[:-1], f"{repeat}@odata.navigationLink"), "Submissions")
        meta: dict[str, Any] = {"instanceID": s.instance_id}
        if s.deprecated_id:
            meta["deprecatedID"] = s.deprecated_id
        item["meta"] = meta
        item["__system"] = {
            "submissionDate": "2026-11-29T10:00:00.000Z",
            "submitterId": "5",
            "submitterName": "field team",
            "reviewState": None,
            "edits": 1 if s.deprecated_id else 0,
            "formVersion": s.form_version,
        }
        values.append(item)
    context = (
        f"https://central.example.org/v1/projects/1/forms/{form.form_id}.svc/$metadata#Submissions"
    )
    path.write_text(json.dumps({"@odata.context": context, "value": values}), encoding="utf-8")
    return path


# --- KoboToolbox JSON ---------------------------------------------------------------------


def kobo_json(path: Path, submissions: list[Filled], *, wrapped: bool = False) -> Path:
    form = submissions[0].form
    items = []
    for number, s in enumerate(submissions, start=1):
        item: dict[str, Any] = {"_id": 1000 + number, "formhub/uuid": "0f4e2b"}
        for p in _top(form):
            value = _answer(s, p)
            if value not in (None, ""):
                item["/".join(p.path)] = str(value)
        for repeat, repeat_path in form.repeats():
            instances = [
                {
                    "/".join(p.path): str(instance[p.name])
                    for p in _in(form, repeat)
                    if instance.get(p.name) not in (None, "")
                }
                for instance in s.repeats.get(repeat, [])
            ]
            if instances:
                item["/".join(repeat_path)] = instances
        item["__version__"] = KOBO_VERSION_UID
        item["meta/instanceID"] = s.instance_id
        if s.deprecated_id:
            item["meta/deprecatedID"] = s.deprecated_id
            item["meta/rootUuid"] = s.root
        item["_xform_id_string"] = form.form_id
        item["_uuid"] = s.instance_id.removeprefix("uuid:")
        item["_submission_time"] = "2026-11-29T10:00:00"
        item["_status"] = "submitted_via_web"
        items.append(item)
    document: Any = {"count": len(items), "results": items} if wrapped else items
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# --- KoboToolbox CSV and XLSX ("XML values and headers", group separator "/") ------------

KOBO_META = ("_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status")
KOBO_META_TAIL = ("_submitted_by", "__version__", "_tags", "_index")


def _kobo_columns(form: Form, placed: Placed) -> list[str]:
    """A question's columns: ``group/name``; a geopoint's own column and its four
    ``_group/name_latitude``… columns; a select_multiple's column and one 0/1 per code."""
    base = "/".join(placed.path)
    if placed.question.type == "geopoint":
        return [base, *(f"_{base}_{p}" for p in ("latitude", "longitude", "altitude", "precision"))]
    if placed.question.type.startswith("select_multiple"):
        codes = next(c.codes for c in form.lists if c.name == placed.question.list_name)
        return [base, *(f"{base}/{code}" for code in codes)]
    return [base]


def _kobo_cells(form: Form, placed: Placed, value: Any, *, typed: bool = False) -> list[Any]:
    kind = placed.question.type
    if kind == "geopoint":
        parts = str(value).split() if value else []
        return [value or "", *(parts + [""] * 4)[:4]]
    if kind.startswith("select_multiple"):
        chosen = str(value).split() if value else []
        codes = _kobo_columns(form, placed)[1:]
        flags = [("1" if c.rsplit("/", 1)[1] in chosen else "0") if value else "" for c in codes]
        return [value or "", *flags]
    if typed and kind in NUMERIC:
        return [_json_value(placed, value) if value not in (None, "") else None]
    return ["" if value is None else str(value)]


def _kobo_main(submissions: list[Filled], *, typed: bool) -> tuple[list[str], list[list[Any]]]:
    form = submissions[0].form
    top = _top(form)
    header = [c for p in top for c in _kobo_columns(form, p)]
    header += ["meta/instanceID", "meta/deprecatedID", "meta/rootUuid", *KOBO_META]
    header += KOBO_META_TAIL
    rows = []
    for number, s in enumerate(submissions, start=1):
        row = [c for p in top for c in _kobo_cells(form, p, _answer(s, p), typed=typed)]
        deprecated = s.deprecated_id or ""
        root = s.root if s.deprecated_id else ""
        uuid = s.instance_id.removeprefix("uuid:")
        row += [s.instance_id, deprecated, root, 1000 + number, uuid, "2026-11-29T10:00:00"]
        row += ["", "", "submitted_via_web", "", KOBO_VERSION_UID, "", number]
        rows.append(row)
    return header, rows


def kobo_csv(path: Path, submissions: list[Filled]) -> Path:
    """Kobo's CSV: ``;``-separated, every cell quoted; no repeat groups (Kobo leaves them out)."""
    header, rows = _kobo_main(submissions, typed=False)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def kobo_xlsx(path: Path, submissions: list[Filled]) -> Path:
    """Kobo's XLSX: the submissions on the first sheet (numbers as numbers), one sheet per
    repeat named by it, each repeat row naming its submission's ``_index`` in ``_parent_index``."""
    form = submissions[0].form
    header, rows = _kobo_main(submissions, typed=True)
    workbook = openpyxl.Workbook()
    main = workbook.active
    assert main is not None
    main.title = form.form_id[:31]  # Kobo: the form's title, cut to 31 characters
    main.append(header)
    for row in rows:
        main.append(row)
    for repeat, _ in form.repeats():
        inner = _in(form, repeat)
        sheet = workbook.create_sheet(repeat[:31])
        sheet.append(
            [
                *(c for p in inner for c in _kobo_columns(form, p)),
                "_index",
                "_parent_table_name",
                "_parent_index",
                "_submission__id",
                "_submission__uuid",
            ]
        )
        index = 0
        for number, s in enumerate(submissions, start=1):
            for instance in s.repeats.get(repeat, []):
                index += 1
                cells = [
                    c for p in inner for c in _kobo_cells(form, p, instance.get(p.name), typed=True)
                ]
                uuid = s.instance_id.removeprefix("uuid:")
                sheet.append([*cells, index, main.title, number, 1000 + number, uuid])
    workbook.save(path)
    return path


WRITERS = {
    "central-csv": central_csv_zip,
    "central-json": central_json,
    "kobo-json": kobo_json,
    "kobo-csv": kobo_csv,
    "kobo-xlsx": kobo_xlsx,
}
SUFFIX = {
    "central-csv": ".zip",
    "central-json": ".json",
    "kobo-json": ".json",
    "kobo-csv": ".csv",
    "kobo-xlsx": ".xlsx",
}


def export(shape: str, folder: Path, name: str, submissions: list[Filled]) -> Path:
    path = folder / f"{name}-{shape}{SUFFIX[shape]}"
    return WRITERS[shape](path, submissions)
