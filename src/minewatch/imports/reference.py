"""Parse the shipped reference CSVs (``minewatch/data/reference``) into cited records.

Parsing is pure and strict: any bad cell raises InvalidInput naming file, row and field. The
service in ``services/reference.py`` writes the result in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from minewatch.domain.convention import TreatyEventKind
from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import InvalidInput
from minewatch.domain.evidence import SourceKind
from minewatch.domain.kinds import Kind
from minewatch.imports import REFERENCE_DIR as REFERENCE_DIR  # named there, for the CLI
from minewatch.imports import facts
from minewatch.imports.csvfile import Row, read_rows

DEPOSITARY_AS_AT = "2026-02-03"
UNTC_TITLE = "UN Treaty Collection: status of the Mine Ban Convention (XXVI-5), as at 2026-02-03"


@dataclass(frozen=True)
class SourcedQuote:
    url: str
    quote: str
    title: str
    kind: SourceKind


@dataclass(frozen=True)
class ReferenceRecord:
    record_id: str
    kind: str
    iso3: str | None
    valid_from: str | None
    data: dict[str, Any]
    quotes: tuple[SourcedQuote, ...]


@dataclass(frozen=True)
class StateName:
    iso3: str
    name: str


@dataclass
class ReferenceSet:
    states: list[StateName] = field(default_factory=list)
    records: list[ReferenceRecord] = field(default_factory=list)


def source_kind(url: str) -> SourceKind:
    host = urlparse(url).netloc
    if host == "treaties.un.org":
        return SourceKind.DEPOSITARY
    if "the-monitor.org" in host:
        return SourceKind.MONITOR_REPORT
    if host.endswith((".gov", "gov.uk")) or "wikisource.org" in host:
        return SourceKind.GOVERNMENT
    return SourceKind.NEWS


def _quote(row: Row, url: str, fields: list[str], title: str | None = None) -> SourcedQuote:
    return SourcedQuote(url, row.quote(fields), title or url, source_kind(url))


def _iso3(row: Row, field: str, known: set[str] | None = None) -> str:
    value = row.required(field)
    if len(value) != 3 or not value.isalpha() or not value.isupper():
        raise InvalidInput(f"{value!r} is not an ISO 3166 alpha-3 code", row.where(field))
    if known is not None and value not in known:
        raise InvalidInput(f"unknown state {value!r}", row.where(field))
    return value


def _event(
    iso3: str, kind: TreatyEventKind, on: PartialDate, quote: SourcedQuote, **extra: Any
) -> ReferenceRecord:
    data = {"event": str(kind), "date": on.iso(), **extra}
    return ReferenceRecord(
        f"treaty:{iso3}:{kind}", Kind.TREATY_EVENT, iso3, on.iso(), data, (quote,)
    )


STATUS_COLUMNS = [
    "iso3",
    "state",
    "signed",
    "ratified_or_acceded",
    "mode",
    "entry_into_force",
    "eif_computed",
    "status",
    "withdrawal_effective",
    "notes",
    "source_url",
]


def parse_status(path: Path, into: ReferenceSet) -> None:
    for row in read_rows(path, STATUS_COLUMNS):
        iso3 = _iso3(row, "iso3")
        into.states.append(StateName(iso3, row.required("state")))
        url = row.required("source_url")
        into.records.extend(_status_events(row, iso3, url))
        into.records.append(_listing(row, iso3, url))


def _listing(row: Row, iso3: str, url: str) -> ReferenceRecord:
    """What the depositary's page said of the state on the day it was read: the evidence for a
    non-signatory (absent from the list) and a check on everything we compute."""
    status = row.required("status")
    data = {"listed_status": status, "as_at": DEPOSITARY_AS_AT, "notes": row.text("notes")}
    quote = _status_quote(row, url, "status", "withdrawal_effective", "notes")
    return ReferenceRecord(
        f"listing:{iso3}", Kind.DEPOSITARY_LISTING, iso3, DEPOSITARY_AS_AT, data, (quote,)
    )


def _status_events(row: Row, iso3: str, url: str) -> Iterator[ReferenceRecord]:
    signed = row.date("signed")
    if signed is not None:
        yield _event(iso3, TreatyEventKind.SIGNATURE, signed, _status_quote(row, url, "signed"))
    consent = row.date("ratified_or_acceded")
    if consent is not None:
        mode = row.required("mode")
        try:
            kind = TreatyEventKind(mode)
        except ValueError:
            raise InvalidInput(f"unknown mode {mode!r}", row.where("mode")) from None
        quote = _status_quote(row, url, "ratified_or_acceded", "mode", "notes")
        yield _event(iso3, kind, consent, quote, notes=row.text("notes"))
    eif = row.date("entry_into_force")
    if eif is not None:
        computed = row.text("eif_computed").lower() == "true"
        quote = _status_quote(row, url, "entry_into_force", "eif_computed", "notes")
        yield _event(iso3, TreatyEventKind.ENTRY_INTO_FORCE, eif, quote, computed=computed)


def _status_quote(row: Row, url: str, *fields: str) -> SourcedQuote:
    return _quote(row, url, ["iso3", "state", *fields], UNTC_TITLE)


WITHDRAWAL_COLUMNS = [
    "iso3",
    "state",
    "announced",
    "notification_deposited",
    "effective",
    "notes",
    "source_url",
    "other_sources",
]


def parse_withdrawals(path: Path, into: ReferenceSet) -> None:
    known = {s.iso3 for s in into.states}
    for row in read_rows(path, WITHDRAWAL_COLUMNS):
        iso3 = _iso3(row, "iso3", known)
        untc = row.required("source_url")
        others = row.text("other_sources").split()
        steps = [
            ("announced", TreatyEventKind.WITHDRAWAL_ANNOUNCED, others or [untc]),
            ("notification_deposited", TreatyEventKind.WITHDRAWAL_NOTICE, [untc]),
            ("effective", TreatyEventKind.WITHDRAWAL_EFFECTIVE, [untc]),
        ]
        for column, kind, urls in steps:
            on = row.date(column)
            if on is None:
                continue
            fields = ["iso3", "state", column, "notes"]
            quotes = tuple(_quote(row, u, fields, UNTC_TITLE if u == untc else None) for u in urls)
            event = _event(iso3, kind, on, quotes[0], notes=row.text("notes"))
            into.records.append(_with_quotes(event, quotes))


def _with_quotes(record: ReferenceRecord, quotes: tuple[SourcedQuote, ...]) -> ReferenceRecord:
    return ReferenceRecord(
        record.record_id, record.kind, record.iso3, record.valid_from, record.data, quotes
    )


def parse_treaty_claims(path: Path, into: ReferenceSet) -> None:
    known = {s.iso3 for s in into.states}
    for row in read_rows(path, ["iso3", "kind", "date", "quote", "source_url"]):
        iso3 = _iso3(row, "iso3", known)
        try:
            kind = TreatyEventKind(row.required("kind"))
        except ValueError:
            raise InvalidInput(f"unknown kind {row.text('kind')!r}", row.where("kind")) from None
        on = row.date("date")
        if on is None:
            raise InvalidInput("is required but blank", row.where("date"))
        url = row.required("source_url")
        quote = SourcedQuote(url, row.required("quote"), url, source_kind(url))
        into.records.append(_event(iso3, kind, on, quote, notes=row.text("quote")))


CONFLICT_COLUMNS = ["iso3", "opposing", "start", "end", "kind", "notes", "source_url"]


def parse_conflicts(path: Path, into: ReferenceSet) -> None:
    for row in read_rows(path, CONFLICT_COLUMNS):
        iso3 = _iso3(row, "iso3")
        opposing = _iso3(row, "opposing")
        start = row.date("start")
        if start is None or not start.is_full:
            raise InvalidInput("must be a full date (YYYY-MM-DD)", row.where("start"))
        end = row.date("end")
        data = {
            "opposing": opposing,
            "start": start.iso(),
            "end": end.iso() if end else None,
            "conflict_kind": row.text("kind"),
            "notes": row.text("notes"),
        }
        quote = _quote(row, row.required("source_url"), ["iso3", "opposing", "start", "end"])
        record_id = f"conflict:{iso3}:{opposing}:{start.iso()}"
        into.records.append(
            ReferenceRecord(record_id, Kind.ARMED_CONFLICT, iso3, start.iso(), data, (quote,))
        )


POLICY_COLUMNS = [
    "date",
    "actor",
    "instrument",
    "summary_in_your_own_words",
    "geographic_scope",
    "persistent_allowed",
    "stockpile_destruction",
    "source_url",
    "notes",
]


AUTHORITY_FILE = "us_apm_policy_authority.csv"


def _authorities(path: Path) -> dict[str, tuple[str, SourcedQuote]]:
    """Who may authorise use, by policy date, from the supplementary file beside the policy."""
    found: dict[str, tuple[str, SourcedQuote]] = {}
    columns = ["date", "who_may_authorise", "quote", "source_url"]
    for row in read_rows(path.parent / AUTHORITY_FILE, columns):
        on = row.date("date")
        if on is None:
            raise InvalidInput("is required but blank", row.where("date"))
        url = row.required("source_url")
        quote = SourcedQuote(url, row.required("quote"), url, source_kind(url))
        found[on.iso()] = (row.required("who_may_authorise"), quote)
    return found


def parse_us_policy(path: Path, into: ReferenceSet) -> None:
    authorities = _authorities(path)
    for row in read_rows(path, POLICY_COLUMNS):
        on = row.date("date")
        if on is None:
            raise InvalidInput("is required but blank", row.where("date"))
        data = {
            "date": on.iso(),
            "actor": row.required("actor"),
            "instrument": row.required("instrument"),
            "summary": row.required("summary_in_your_own_words"),
            "geographic_scope": row.optional("geographic_scope"),
            "persistent_allowed": row.optional("persistent_allowed"),
            "stockpile_destruction": row.optional("stockpile_destruction"),
            "who_may_authorise": None,
            "notes": row.text("notes"),
        }
        quote = _quote(
            row,
            row.required("source_url"),
            ["date", "actor", "instrument"],
            row.required("instrument"),
        )
        quotes: tuple[SourcedQuote, ...] = (quote,)
        if on.iso() in authorities:
            data["who_may_authorise"], extra = authorities.pop(on.iso())
            quotes = (quote, extra)
        record_id = f"policy:USA:{on.iso()}"
        into.records.append(
            ReferenceRecord(record_id, Kind.POLICY_VERSION, "USA", on.iso(), data, quotes)
        )
    if authorities:
        unmatched = ", ".join(sorted(authorities))
        raise InvalidInput(f"dates with no policy row: {unmatched}").at(file=AUTHORITY_FILE)


INDICATOR_COLUMNS = [
    "report_year",
    "data_year",
    "indicator",
    "value",
    "unit",
    "source_url",
    "notes",
]


def parse_headlines(path: Path, into: ReferenceSet) -> None:
    for row in read_rows(path, INDICATOR_COLUMNS):
        report_year = row.optional("report_year")
        data_year = row.optional("data_year")
        for column, value in (("report_year", report_year), ("data_year", data_year)):
            if value is not None and not (value.isdigit() and len(value) == 4):
                raise InvalidInput(f"{value!r} is not a year", row.where(column))
        indicator = row.required("indicator")
        data = {
            "report_year": _int_or_none(report_year),
            "data_year": _int_or_none(data_year),
            "indicator": indicator,
            "value": _number(row, "value"),
            "unit": row.text("unit"),
            "notes": row.text("notes"),
        }
        edition = f"LM{report_year}" if report_year else "ICBL"
        title = f"Landmine Monitor {report_year}" if report_year else "ICBL statement"
        quote = _quote(row, row.required("source_url"), INDICATOR_COLUMNS[:5], title)
        into.records.append(
            ReferenceRecord(
                f"indicator:{edition}:{data_year}:{indicator}",
                Kind.INDICATOR,
                None,
                data_year,
                data,
                (quote,),
            )
        )


def _int_or_none(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _number(row: Row, field: str) -> float | int | None:
    """A blank figure stays blank: the source reported no number (e.g. "almost half")."""
    text = row.text(field).replace(",", "")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise InvalidInput(f"{row.text(field)!r} is not a number", row.where(field)) from None
    return int(number) if number.is_integer() else number


def _facts_parser(
    columns: list[str], parse_row: facts.FileParser
) -> Callable[[Path, ReferenceSet], None]:
    """A file parser for one of the per-state fact files (``imports/facts.py``)."""

    def parse(path: Path, into: ReferenceSet) -> None:
        known = {s.iso3 for s in into.states}
        for row in facts.parse_file(path, columns, parse_row, known):
            quote = SourcedQuote(row.url, row.quote, row.title, source_kind(row.url))
            into.records.append(
                ReferenceRecord(
                    row.record_id, row.kind, row.iso3, row.valid_from, row.data, (quote,)
                )
            )

    return parse


# Order matters: the files after the status file check their states against it.
PARSERS: list[tuple[str, Callable[[Path, ReferenceSet], None], bool]] = [
    ("ottawa_status.csv", parse_status, True),
    ("ottawa_withdrawals.csv", parse_withdrawals, True),
    ("treaty_claims.csv", parse_treaty_claims, True),
    ("armed_conflicts.csv", parse_conflicts, True),
    ("us_apm_policy.csv", parse_us_policy, True),
    ("landmine_monitor_headlines.csv", parse_headlines, True),
    *((name, _facts_parser(cols, row), required) for name, cols, row, required in facts.FILES),
]


# A template-injection probe (``${...}``, ``{{...}}``, ``#{...}``), as a vulnerability scanner
# leaves in the query strings a crawler then stores: never part of a page's real address.
_PAYLOAD = re.compile(r"[$#]\{|\{\{")


def refuse_payload_urls(path: Path) -> None:
    """InvalidInput (file, row, field) for an address in a ``*url`` or ``*sources`` column that
    holds a template-injection payload, plain or percent-encoded (``?L=%24%7B965424091%2B...``
    was stored for the APMBC's Greece page): such a link is a scanner's, not the source's."""
    for row in read_rows(path, []):
        for column, cell in row.cells.items():
            if not column.endswith(("url", "sources")) or not cell:
                continue
            if _PAYLOAD.search(unquote(unquote(cell))):
                raise InvalidInput(
                    "holds a template-injection payload (${...}); cite the page's own address",
                    row.where(column),
                )


def _checked(parser: Callable[..., None]) -> Callable[..., None]:
    def parse(path: Path, into: ReferenceSet) -> None:
        refuse_payload_urls(path)
        parser(path, into)

    return parse


def reference_files(directory: Path = REFERENCE_DIR) -> list[tuple[Path, Callable[..., None]]]:
    """The files to load, in order; a missing required file is an error, a missing team
    supplement (``*_team.csv``) is skipped."""
    files = []
    for name, parser, required in PARSERS:
        path = directory / name
        if not path.is_file():
            if not required:
                continue
            raise InvalidInput("reference file is missing", None).at(file=str(path))
        files.append((path, _checked(parser)))
    return files
