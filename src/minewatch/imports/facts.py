"""Parse the per-state fact files of the reference data into cited records.

Five files (``data/reference/README.md`` explains each column), plus three team supplements
with the same columns (``*_team.csv``: the successor states' sourced dates, Cambodia's
stockpile, Cambodian and Russian casualty counts, Greece's Art. 5 completion):

- ``apm_use.csv`` -> ``use_event``: a use report (confirmed, alleged, denied, not confirmed).
- ``apm_stockpiles.csv`` -> ``stockpile_figure`` (held, destroyed, retained) or
  ``article4_event`` (an Art. 4 deadline or a completion date).
- ``apm_casualties_by_state.csv`` -> ``casualty_figure``: one state, one data year (or span).
- ``article5_deadlines.csv`` -> ``article5_event``: original deadline, extension, request,
  missed deadline or completion.
- ``national_policies.csv`` -> ``policy_version``: one step of a state's APM policy.

Every row keeps its ``source_url`` as its source and its ``quote_or_note`` as the quote, unless
that is a curator's note naming another of our reference files (then the row's own cells are the
quote; a source's words that mention some other ``.csv`` stay the quote). Rows that disagree
stay side by side: each row is its own record, identified by its own content, so two sources for
the same fact never overwrite each other. A figure is kept as written ("<5000000",
"22000000-25000000", "~500") beside its bounds; nothing is rounded or guessed. Errors name the
file, row and field (``InvalidInput``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from minewatch.domain.errors import InvalidInput
from minewatch.domain.hashing import content_hash
from minewatch.domain.kinds import Kind
from minewatch.imports.csvfile import Row, read_rows

SHARED = ["source_url", "source_title", "quote_or_note", "confidence"]
CONFIDENCE = ("high", "medium", "low")
USE_STATUSES = ("confirmed", "alleged", "denied", "not_confirmed")
STOCKPILE_TYPES = (
    "stockpile_declared",
    "stockpile_estimate",
    "stockpile_remaining",
    "stockpile_origin",
    "destroyed_cumulative",
    "destruction_completed",
    "art4_deadline",
    "retained_art3",
)
# Which stockpile row types are dates (Art. 4 events) rather than figures, and which figure
# column (held, destroyed, retained) a figure row fills.
ARTICLE4_TYPES = ("art4_deadline", "destruction_completed")
FIGURE_COLUMN = {
    "stockpile_declared": "held",
    "stockpile_estimate": "held",
    "stockpile_remaining": "held",
    "stockpile_origin": "held",
    "destroyed_cumulative": "destroyed",
    "retained_art3": "retained",
}
ARTICLE5_EVENTS = (
    "original_deadline",
    "extension_granted",
    "extension_requested",
    "deadline_missed",
    "completion_declared",
)
POLICY_KINDS = (
    "withdrawal_recommendation",
    "withdrawal_decision",
    "withdrawal_bill",
    "withdrawal_law",
    "withdrawal_decree",
    "withdrawal_effective",
    "suspension_law",
    "production_plan",
    "procurement_plan",
    "procurement",
    "reintroduction",
    "non_party_position",
    "export_moratorium",
    "production_restriction",
    "production",
    "stockpile_programme",
    "un_vote",
    "statement",
    "alleged_violation",
)
TREATY_STATUSES = ("party", "non_party", "signatory", "withdrawal_notified", "withdrawn")
_EDITION = re.compile(r"^LM\d{4}(; LM\d{4})*$")
_WHOLE = re.compile(r"^\d+$")
_RANGE = re.compile(r"^(\d+)-(\d+)$")
_BOUND = re.compile(r"^([<~])(\d+)$")
_YEARS = re.compile(r"^(\d{4})(?:-(\d{4}))?$")
_BEFORE = re.compile(r"^pre-(.+)$")


@dataclass(frozen=True)
class FactRow:
    """One parsed row: its record (kind, state, valid-from date, data) and its citation."""

    record_id: str
    kind: str
    iso3: str | None
    valid_from: str | None
    data: dict[str, Any]
    url: str
    title: str
    quote: str


Known = set[str]


def choice(row: Row, field: str, allowed: tuple[str, ...], blank_ok: bool = False) -> str | None:
    value = row.text(field)
    if not value and blank_ok:
        return None
    if value not in allowed:
        raise InvalidInput(f"{value!r} is not one of {', '.join(allowed)}", row.where(field))
    return value


def state_code(row: Row, field: str, known: Known, blank_ok: bool = False) -> str | None:
    """An ISO3 code of a state in ``ottawa_status.csv``; blank only where the file allows it
    (non-state entities and world totals)."""
    value = row.text(field)
    if not value and blank_ok:
        return None
    if not value:
        raise InvalidInput("is required but blank", row.where(field))
    if value not in known:
        raise InvalidInput(f"unknown state {value!r} (not in ottawa_status.csv)", row.where(field))
    return value


def iso_date(row: Row, field: str, required: bool = False) -> str | None:
    parsed = row.date(field)
    if parsed is None and required:
        raise InvalidInput("is required but blank", row.where(field))
    return parsed.iso() if parsed else None


def count(row: Row, field: str) -> int | None:
    """A whole number of people or mines; blank means not given."""
    text = row.text(field)
    if not text:
        return None
    if not _WHOLE.match(text):
        raise InvalidInput(f"{text!r} is not a whole number", row.where(field))
    return int(text)


def figure(row: Row, field: str) -> dict[str, Any]:
    """A figure as written, with its bounds: ``6300000`` (exact), ``22000000-25000000`` (a
    range), ``<5000000`` (an upper bound), ``~500`` (approximate); blank means no figure."""
    text = row.text(field)
    out: dict[str, Any] = {"value": None, "value_text": text or None, "low": None, "high": None}
    if not text:
        return out
    if _WHOLE.match(text):
        number = int(text)
        return {**out, "value": number, "low": number, "high": number}
    if match := _RANGE.match(text):
        low, high = int(match[1]), int(match[2])
        if low > high:
            raise InvalidInput(f"range {text!r} runs backwards", row.where(field))
        return {**out, "low": low, "high": high}
    if match := _BOUND.match(text):
        number = int(match[2])
        if match[1] == "<":
            return {**out, "high": number}
        return {**out, "value": number, "low": number, "high": number, "approximate": True}
    raise InvalidInput(f"{text!r} is not a figure (n, a-b, <n or ~n)", row.where(field))


def common(row: Row) -> dict[str, Any]:
    return {
        "confidence": choice(row, "confidence", CONFIDENCE),
        "note": row.text("quote_or_note"),
        "source_title": row.required("source_title"),
    }


_FILE_NAME = re.compile(r"\b[\w-]+\.csv\b")


def fact(
    row: Row, prefix: str, kind: str, iso3: str | None, valid_from: str | None, data: dict[str, Any]
) -> FactRow:
    """The record for one row; its id hashes the row's own content, so rows that disagree
    become separate records and reloading the same row finds the same record."""
    key = {k: v for k, v in row.cells.items() if k not in ("quote_or_note", "confidence")}
    record_id = f"{prefix}:{iso3 or 'none'}:{content_hash(key)[:12]}"
    url = row.required("source_url")
    note = row.text("quote_or_note")
    quote = note or row.quote(list(row.cells)[:6])
    return FactRow(
        record_id, kind, iso3, valid_from, data, url, row.required("source_title"), quote
    )


USE_COLUMNS = [
    "actor_iso3",
    "actor_kind",
    "actor_name",
    "territory_iso3",
    "period_start",
    "period_end",
    "status",
    "reported_by",
    "report_date",
    "report_edition",
    "mine_types",
    *SHARED,
]


def edition(row: Row) -> str | None:
    value = row.text("report_edition")
    if value and not _EDITION.match(value):
        raise InvalidInput(f"{value!r} is not a Landmine Monitor edition (LMyyyy)", row.where())
    return value or None


def use_row(row: Row, known: Known) -> FactRow:
    actor = state_code(row, "actor_iso3", known, blank_ok=True)
    territory = state_code(row, "territory_iso3", known, blank_ok=True)
    start = iso_date(row, "period_start")
    data = {
        "date": start,
        "period_start": start,
        "period_end": iso_date(row, "period_end"),
        "level": choice(row, "status", USE_STATUSES),
        "actor": actor,
        "actor_kind": choice(row, "actor_kind", ("state", "nsag")),
        "actor_name": row.required("actor_name"),
        "territory": territory,
        "reported_by": row.required("reported_by"),
        "report_date": iso_date(row, "report_date"),
        "report_edition": edition(row),
        "mine_types": row.optional("mine_types"),
        **common(row),
    }
    return fact(row, "use", Kind.USE_EVENT, actor or territory, start, data)


STOCKPILE_COLUMNS = [
    "iso3",
    "state",
    "record_type",
    "value",
    "unit",
    "as_of",
    "treaty_status_then",
    "estimated_by",
    "report_edition",
    *SHARED,
]


def as_of(row: Row) -> tuple[str | None, str | None]:
    """(date, before): a date, or "pre-…" (only known to be before something)."""
    text = row.text("as_of")
    if match := _BEFORE.match(text):
        return None, match[1]
    return iso_date(row, "as_of"), None


def stockpile_row(row: Row, known: Known) -> FactRow:
    iso3 = state_code(row, "iso3", known, blank_ok=True)
    record_type = choice(row, "record_type", STOCKPILE_TYPES)
    assert record_type is not None
    when, before = as_of(row)
    base = {
        "record_type": record_type,
        "date": when,
        "as_of": row.text("as_of"),
        "before": before,
        "scope": None if iso3 else row.required("state"),
        "treaty_status_then": choice(row, "treaty_status_then", TREATY_STATUSES, blank_ok=True),
        "estimated_by": row.optional("estimated_by"),
        "report_edition": edition(row),
        **common(row),
    }
    if record_type in ARTICLE4_TYPES:
        if when is None:
            raise InvalidInput("an Art. 4 date must be a date", row.where("as_of"))
        return fact(row, "art4", Kind.ARTICLE4_EVENT, iso3, when, {**base, "event": record_type})
    numbers = figure(row, "value")
    column = FIGURE_COLUMN[record_type]
    data = {**base, **numbers, "unit": row.optional("unit"), "figure": column}
    data.update({c: None for c in ("held", "destroyed", "retained")})
    data[column] = numbers["value"]
    return fact(row, "stockpile", Kind.STOCKPILE_FIGURE, iso3, when, data)


CASUALTY_COLUMNS = [
    "iso3",
    "state",
    "data_year",
    "report_edition",
    "rank",
    "killed",
    "injured",
    "total",
    "scope",
    *SHARED,
]


def casualty_row(row: Row, known: Known) -> FactRow:
    iso3 = state_code(row, "iso3", known)
    years = _YEARS.match(row.text("data_year"))
    if not years:
        raise InvalidInput("is not a year or a span of years (YYYY-YYYY)", row.where("data_year"))
    first, last = int(years[1]), int(years[2] or years[1])
    if last < first:
        raise InvalidInput("the span of years runs backwards", row.where("data_year"))
    killed, injured = count(row, "killed"), count(row, "injured")
    total = figure(row, "total")
    if total["value"] is None:
        raise InvalidInput("a casualty total is required", row.where("total"))
    if killed is not None and injured is not None and killed + injured > total["value"]:
        raise InvalidInput("killed + injured exceed the total", row.where("total"))
    data = {
        "date": str(first),
        "year": first if first == last else None,
        "year_from": first,
        "year_to": last,
        "data_year": row.text("data_year"),
        "killed": killed,
        "injured": injured,
        "total": total["value"],
        "total_text": total["value_text"],
        "approximate": bool(total.get("approximate")),
        "scope": row.required("scope"),
        "monitor_count": row.text("scope").endswith("Landmine Monitor count"),
        "rank": count(row, "rank"),
        "report_edition": edition(row),
        **common(row),
    }
    return fact(row, "casualties", Kind.CASUALTY_FIGURE, iso3, str(first), data)


ARTICLE5_COLUMNS = [
    "iso3",
    "state",
    "event",
    "deadline",
    "event_date",
    "granted_by",
    "extension_number",
    *SHARED,
]


def article5_row(row: Row, known: Known) -> FactRow:
    iso3 = state_code(row, "iso3", known)
    event = choice(row, "event", ARTICLE5_EVENTS)
    deadline = row.date("deadline")
    if deadline is not None and not deadline.is_full:
        raise InvalidInput("a deadline must be a full date", row.where("deadline"))
    if event == "original_deadline" and deadline is None:
        raise InvalidInput("an original deadline needs its date", row.where("deadline"))
    on = iso_date(row, "event_date")
    data = {
        "event": event,
        "deadline": deadline.iso() if deadline else None,
        "event_date": on,
        "granted_by": row.optional("granted_by"),
        "extension_number": count(row, "extension_number"),
        **common(row),
    }
    valid_from = on or (deadline.iso() if deadline else None)
    return fact(row, "art5", Kind.ARTICLE5_EVENT, iso3, valid_from, data)


POLICY_COLUMNS = [
    "iso3",
    "state",
    "date",
    "policy_kind",
    "instrument",
    "summary",
    "treaty_status_then",
    *SHARED,
]


def policy_row(row: Row, known: Known) -> FactRow:
    iso3 = state_code(row, "iso3", known)
    on = iso_date(row, "date", required=True)
    data = {
        "date": on,
        "actor": row.required("state"),
        "policy_kind": choice(row, "policy_kind", POLICY_KINDS),
        "instrument": row.required("instrument"),
        "summary": row.required("summary"),
        "treaty_status_then": choice(row, "treaty_status_then", TREATY_STATUSES),
        "notes": row.text("quote_or_note"),
        **common(row),
    }
    return fact(row, "policy", Kind.POLICY_VERSION, iso3, on, data)


FileParser = Callable[[Row, Known], FactRow]
FILES: list[tuple[str, list[str], FileParser, bool]] = [
    # (file, columns, row parser, required)
    ("apm_use.csv", USE_COLUMNS, use_row, True),
    ("apm_stockpiles.csv", STOCKPILE_COLUMNS, stockpile_row, True),
    ("apm_stockpiles_team.csv", STOCKPILE_COLUMNS, stockpile_row, False),
    ("apm_casualties_by_state.csv", CASUALTY_COLUMNS, casualty_row, True),
    ("apm_casualties_by_state_team.csv", CASUALTY_COLUMNS, casualty_row, False),
    ("article5_deadlines.csv", ARTICLE5_COLUMNS, article5_row, True),
    ("article5_deadlines_team.csv", ARTICLE5_COLUMNS, article5_row, False),
    ("national_policies.csv", POLICY_COLUMNS, policy_row, True),
]


def parse_file(path: Path, columns: list[str], parse: FileParser, known: Known) -> list[FactRow]:
    """Every row of one file; a row identical to an earlier one is refused (a copy error),
    while rows that differ in any cell (two sources, two figures) are both kept."""
    out: list[FactRow] = []
    seen: dict[str, int] = {}
    ours = {p.name for p in path.parent.glob("*.csv")}
    for row in read_rows(path, columns):
        parsed = parse(row, known)
        if _names_our_file(row.text("quote_or_note"), ours):
            # a curator's cross-reference ("Also in ottawa_withdrawals.csv; duplicated here")
            # is no words of the source: the row's own cells are its quote, the note stays
            # its note; any other quote, even one naming some other .csv, is kept verbatim
            parsed = replace(parsed, quote=row.quote(list(row.cells)[:6]))
        if parsed.record_id in seen:
            raise InvalidInput(f"repeats row {seen[parsed.record_id]}", row.where())
        seen[parsed.record_id] = row.number
        out.append(parsed)
    return out


def _names_our_file(note: str, ours: set[str]) -> bool:
    """Whether a note names one of the reference files beside the one being read."""
    return any(name in ours for name in _FILE_NAME.findall(note))
