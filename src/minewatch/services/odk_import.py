"""Importing ODK Central and KoboToolbox submission exports of the forms we publish.

``import_submissions`` reads each export by its form's definition (``imports.odk``), turns every
submission into a row of the form's layer (and every instance of the accident report's
``victims`` repeat into a victim row), and writes them through the field import's one path
(``LayerWriter``): one transaction for all files, one source (kind ``field_form``, its sha256)
per file, each row citing ``<file> row N``, one ``layer.import`` audit entry per file. Any
problem anywhere (a blank id, a form version we do not publish, a bad answer) is listed with
file, row and field, and nothing is written.

Identity (the submission's ``instanceID``, kept as the version's ``source_code``):

- an instanceID already held adds nothing (a re-import, or the same submission exported from
  Central and from Kobo);
- an edited submission (a new instanceID whose ``deprecatedID`` names one held, or the same
  Central ``__id``/``KEY`` or Kobo ``meta/rootUuid``) becomes a new version of the same record;
- records are named ``<layer>:odk:<first instanceID>`` (victims ``victims:odk:<the accident's
  id>:<n>``, n counting the repeat from 1); a victim an edit no longer lists gets a
  ``rejected`` version (out of reads and roll-ups).

Review: submissions arrive as ``candidate`` versions, shown in no public read and counted in no
roll-up until a reviewer accepts them (``services.field_review``); a reviewer (the role, checked
on the principal) may pass ``accept=True`` to write them accepted at once. Anyone else asking
for that gets PermissionDenied and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from minewatch.app import App
from minewatch.domain.errors import InvalidInput, Location, PermissionDenied
from minewatch.domain.evidence import SYNTHETIC, ReviewStatus, SourceDraft, SourceKind
from minewatch.domain.field import layer_named
from minewatch.domain.forms import FORMS, Form
from minewatch.imports.field_rows import MappedRow, RowMapper
from minewatch.imports.mapping import Mapping, identity_mapping
from minewatch.imports.odk import (
    Answers,
    Submission,
    bare_id,
    geo_questions,
    geometry_of,
    read_submissions,
)
from minewatch.imports.tables import SourceRow
from minewatch.services import ledger
from minewatch.services.accounts import Principal
from minewatch.services.field_import import (
    ImportSummary,
    Progress,
    audit_file,
    file_sha256,
    fold_counts,
    import_batch,
    refuse_if,
)
from minewatch.services.layers import LayerWriter, records_by_source_code
from minewatch.storage.engine import writing
from minewatch.storage.tables import records

DATASET = "odk"
KEY = "_record"
# Answers a victim row takes from its accident report.
# ``safe_to_record`` is asked once, at the accident site, and holds for its victims too.
INHERITED = ("date", "iso3", "admin1", "admin2", "admin_code", "safe_to_record")


def form_for_layer(layer: str) -> Form:
    """The published form whose submissions fill ``layer`` (victims come with accidents)."""
    spec = layer_named(layer)
    for form in FORMS.values():
        if spec.name in (form.layer, *form.extra_layers):
            return form
    filled = ", ".join(sorted({f.layer for f in FORMS.values()} | {"victims"}))
    raise InvalidInput(
        f"no published form fills {layer} (forms fill {filled})", Location(field="layer")
    )


def check_may_accept(principal: Principal | None) -> None:
    """``--accept`` writes accepted records at once: only a reviewer (or above) may."""
    if principal is None or not principal.allows("review:write"):
        who = principal.username if principal else "an importer without an account"
        raise PermissionDenied(
            f"{who} may not accept submissions on import: it needs the reviewer role "
            "(import without --accept; a reviewer then accepts them)"
        )


def import_submissions(
    app: App,
    paths: Sequence[Path],
    layer: str,
    *,
    actor: str,
    accept: bool = False,
    principal: Principal | None = None,
    progress: Progress | None = None,
    synthetic: bool = False,
) -> ImportSummary:
    """Import ODK Central / KoboToolbox exports of the form filling ``layer``, all or nothing.

    Returns the counts (rows = submissions plus repeat instances). Raises ImportRefused listing
    every problem (file, row, field, why) with nothing written; PermissionDenied when ``accept``
    is asked for without the reviewer role. ``synthetic``: made-up submissions, their sources
    stored with the publisher ``synthetic`` (as ``field_import.import_files``)."""
    form = form_for_layer(layer)
    if accept:
        check_may_accept(principal)
    status = ReviewStatus.ACCEPTED if accept else ReviewStatus.CANDIDATE
    summary = ImportSummary()
    problems: list[InvalidInput] = []
    with writing(app.engine) as connection:
        for path in paths:
            submissions, found = read_submissions(path, form)
            problems.extend(found)
            if not path.is_file():
                continue
            source_id, new_source = _source(connection, path, form, synthetic, actor)
            batch, reason = import_batch(path)
            writer = LayerWriter(
                connection, source_id=source_id, actor=actor, reason=reason, review_status=status
            )
            rows, read, held, edited = _rows(connection, form, path, submissions, problems, summary)
            if read == 0 and not found:  # a header alone: no source and no audit entry for it
                problems.append(
                    InvalidInput("has no submissions: nothing to import", Location(path.name))
                )
            if not problems:
                writer.write(rows)
                problems.extend(writer.problems)
                writer.problems.clear()
            if not problems and edited:
                writer.withdraw("victims", _dropped_victims(connection, edited))
            if not problems:
                writer.finish()
                problems.extend(writer.problems)
            writer.counts.unchanged += held
            fold_counts(summary, writer.counts, read)
            if progress:
                progress(summary.rows_read, None)
            if not problems:
                audit_file(connection, actor, (batch, path, source_id, new_source), read, writer)
        refuse_if(problems)
    return summary


def _source(
    connection: Connection, path: Path, form: Form, synthetic: bool, actor: str
) -> tuple[int, bool]:
    draft = SourceDraft(
        kind=SourceKind.FIELD_FORM,
        publisher=SYNTHETIC if synthetic else None,
        title=f"{form.title.en} submissions ({form.form_id}): {path.name}",
        retrieved_on=date.today().isoformat(),
        sha256=file_sha256(path),
    )
    return ledger.ensure_source(connection, draft, actor, audited=False)


def _rows(
    connection: Connection,
    form: Form,
    path: Path,
    submissions: list[Submission],
    problems: list[InvalidInput],
    summary: ImportSummary,
) -> tuple[list[MappedRow], int, int, dict[str, int]]:
    """The layer rows of one export, the rows it holds (submissions and repeat instances),
    how many of those are already held (their instanceID is), and for each edited accident
    report (record root -> victims it now lists). The locations withheld (not safe to record)
    are counted into ``summary``."""
    ids = [bare_id(s.instance_id) or "" for s in submissions]
    ids += [bare_id(s.deprecated_id) or "" for s in submissions if s.deprecated_id]
    held = records_by_source_code(connection, form.layer, [i for i in ids if i])
    mappers: dict[tuple[str, str], _SubmissionMapper] = {}
    rows: list[MappedRow] = []
    edited: dict[str, int] = {}
    read = skipped = 0
    for submission in submissions:
        victims = submission.repeats.get("victims", [])
        read += 1 + len(victims)
        instance = bare_id(submission.instance_id) or ""
        if len(instance) > 40:
            problems.append(
                InvalidInput(
                    "an instanceID longer than 40 characters (without uuid:) is not one ODK "
                    "Collect or Enketo writes",
                    Location(submission.where.file, submission.where.row, "instanceID"),
                )
            )
            continue
        if instance in held:
            skipped += 1 + len(victims)
            continue
        root = _root(submission, form, held)
        main = _mapper(mappers, form.layer, submission.answers, path)
        cells = {**_cells(submission.answers), KEY: root, "source_code": instance}
        mapped = main.map_answers(submission.answers, cells, form, problems)
        if mapped is not None:
            rows.append(mapped)
        if "victims" not in form.extra_layers:
            continue
        if submission.deprecated_id or root != instance:
            edited[root] = len(victims)
        for number, victim in enumerate(victims, start=1):
            values = submission.answers.values
            inherited = {k: values[k] for k in INHERITED if k in values}
            reference = submission.answers.values.get("reference")
            victim_cells = {
                **inherited,
                **_cells(victim),
                KEY: f"{root}:{number}",
                "source_code": instance,
                "accident_ref": reference,
                "reference": f"{reference}/{number}" if reference else None,
            }
            mapper = _mapper(mappers, "victims", victim, path)
            found = mapper.map_answers(victim, victim_cells, form, problems)
            if found is not None:
                rows.append(found)
    for each in mappers.values():
        summary.add_withheld(each.rows)
    return rows, read, skipped, edited


def _dropped_victims(connection: Connection, edited: dict[str, int]) -> list[str]:
    """Victim records of edited accident reports beyond the victims the edit lists."""
    dropped: list[str] = []
    for root, count in edited.items():
        prefix = f"victims:{DATASET}:{root}:"
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = select(records.c.record_id).where(records.c.record_id.like(pattern, escape="\\"))
        for (record_id,) in connection.execute(query.distinct()):
            tail = str(record_id)[len(prefix) :]
            if tail.isdigit() and int(tail) > count:
                dropped.append(str(record_id))
    return dropped


def _root(submission: Submission, form: Form, held: dict[str, str]) -> str:
    """The record a submission belongs to: the one holding the instance its deprecatedID
    names, else its own first id (Central's ``__id``/``KEY``, Kobo's ``meta/rootUuid``),
    else its instanceID."""
    deprecated = bare_id(submission.deprecated_id)
    if deprecated and deprecated in held:
        return held[deprecated].split(":", 2)[2]
    return bare_id(submission.root_id) or bare_id(submission.instance_id) or ""


def _cells(answers: Answers) -> dict[str, Any]:
    return dict(answers.values)


class _SubmissionMapper:
    """A RowMapper over answers: our question names are the layer's field names, so the
    layer's own identity mapping fills the row; the location question makes the geometry."""

    def __init__(self, layer: str, file_name: str, stem: str) -> None:
        self.layer = layer
        self.mapping = _mapping(layer)
        self.rows = RowMapper(self.mapping, file_name, stem, None)

    def map_answers(
        self,
        answers: Answers,
        cells: dict[str, Any],
        form: Form,
        problems: list[InvalidInput],
    ) -> MappedRow | None:
        where = answers.where
        repeat = "victims" if self.layer == "victims" else None
        shape = None
        for placed in geo_questions(form, repeat):
            text = cells.pop(placed.name, None)
            if shape is not None or not text:
                continue
            column = answers.columns.get(placed.name, placed.name)
            try:
                shape, accuracy = geometry_of(
                    placed.question.type, str(text), Location(where.file, where.row, column)
                )
            except InvalidInput as exc:
                problems.append(exc)
                return None
            if accuracy is not None and layer_named(self.layer).field("location_accuracy_m"):
                cells["location_accuracy_m"] = accuracy
        mapped, found = self.rows.map(SourceRow(where.row or 0, cells, shape))
        problems.extend(_located(found, answers))
        return mapped


def _located(found: list[InvalidInput], answers: Answers) -> list[InvalidInput]:
    """Problems named by the export's own column or key, not our field name."""
    located = []
    for problem in found:
        column = answers.columns.get(problem.where.field or "")
        if column is None:
            located.append(problem)
            continue
        where = Location(problem.where.file, problem.where.row, column)
        located.append(type(problem)(problem.reason, where))
    return located


def _mapper(
    mappers: dict[tuple[str, str], _SubmissionMapper], layer: str, answers: Answers, path: Path
) -> _SubmissionMapper:
    """One RowMapper per layer and file (a repeat's CSV is a file of its own)."""
    file_name = answers.where.file or path.name
    key = (layer, file_name)
    if key not in mappers:
        mappers[key] = _SubmissionMapper(layer, file_name, path.stem)
    return mappers[key]


def _mapping(layer: str) -> Mapping:
    base = identity_mapping(layer)
    route = replace(base.routes[0], dataset=DATASET, key=(KEY,))
    return replace(base, name=f"odk-{layer}", routes=(route,))
