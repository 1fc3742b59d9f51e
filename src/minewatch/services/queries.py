"""The read side as plain dicts: the same dict is a JSON response, a CLI table and a page.

Every figure carries its citations (source id, URL, title, quote) so a reader can check it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from minewatch.analysis.profile import deadlines, policy_changes
from minewatch.analysis.status import status_on
from minewatch.app import App
from minewatch.domain.convention import ConventionStatus as Status
from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import NotFound
from minewatch.domain.evidence import ReviewStatus, StoredRecord, is_synthetic
from minewatch.domain.kinds import Kind, profile_sections
from minewatch.extract.gazetteer import states_named
from minewatch.services import field_rollups, ledger
from minewatch.services.views import SHAREABLE, ReadView, read_view, record_text
from minewatch.storage.tables import citations, records

# Source columns that name an account: kept out of every public read.
PRIVATE_SOURCE_FIELDS = ("recorded_by",)
# Profile sections listed record by record (the timeline, policies, deadlines and use have their
# own shape).
SHAPED = ("timeline", "policies", "deadlines", "use_events")
LISTED_SECTIONS = {key: kinds for key, kinds in profile_sections().items() if key not in SHAPED}
# Deadlines read their own events and the stockpile figures (mines still held after a deadline).
DEADLINE_KINDS = (*profile_sections()["deadlines"], Kind.STOCKPILE_FIGURE)


def status_report(app: App, as_of: date, known_at: datetime | None = None) -> dict[str, Any]:
    report = status_on(read_view(app, known_at).snapshot, as_of)
    return {
        "as_of": as_of.isoformat(),
        "known_at": known_at.isoformat() if known_at else None,
        "states_parties": report.states_parties,
        "in_force": report.in_force,
        "signatories_not_ratified": report.count(Status.SIGNATORY),
        "non_signatories": report.count(Status.NON_SIGNATORY),
        "withdrawn": report.count(Status.WITHDRAWN),
        "withdrawal_pending": report.count(Status.WITHDRAWAL_PENDING),
        "states": [
            {
                "iso3": row.iso3,
                "name": row.name,
                "status": str(row.standing.status),
                "in_force": row.standing.in_force,
                "sources": list(row.sources),
            }
            for row in report.rows
        ],
    }


def cited(record: StoredRecord) -> list[dict[str, Any]]:
    """The record's citations: ``source_id``, ``url``, ``title``, ``quote`` (as stored) and
    ``curated``, true when the quote is our curators' wording (a row of our files or its
    ``quote_or_note``), not a source's: the reference load wrote it, or a later version (a
    reviewer's edit) kept it unchanged (``CitedSource.curated``, ``ledger.write_version``).
    Any other quote (a claim extracted from a document, a citation added or changed through
    the API) is a source's words, which the public pages show exactly as stored. ``synthetic``
    is true when the source is synthetic (``evidence.is_synthetic``): pages label it so."""
    return [
        {
            "source_id": c.source_id,
            "url": c.url,
            "title": c.title,
            "quote": c.quote,
            "curated": c.curated,
            "synthetic": c.synthetic,
        }
        for c in record.citations
    ]


def _happened_by(record: StoredRecord, as_of: date) -> bool:
    if not record.valid_from:
        return True
    return PartialDate.parse(record.valid_from).latest() <= as_of


def _record_head(record: StoredRecord) -> dict[str, Any]:
    return {
        "record": record.record_id,
        "version": record.version,
        "review_status": str(record.review_status),
        "citations": cited(record),
    }


def list_states(app: App) -> dict[str, Any]:
    view = read_view(app)
    return {
        "states": [
            {"iso3": s.iso3, "name": s.name, "aliases": list(s.aliases)}
            for s in view.states.values()
        ]
    }


def _state(view: ReadView, iso3: str) -> tuple[str, Any]:
    code = iso3.upper()
    if code not in view.states:
        raise NotFound(f"no state with ISO 3166 alpha-3 code {iso3!r}")
    return code, view.states[code]


def state_profile(
    app: App, iso3: str, as_of: date, known_at: datetime | None = None
) -> dict[str, Any]:
    view = read_view(app, known_at)
    code, info = _state(view, iso3)
    entry = next(e for e in view.snapshot.entries if e.iso3 == code)
    standing = entry.dates.standing(as_of)
    events = _section(view, code, profile_sections()["timeline"], as_of)
    policies = _section(view, code, (Kind.POLICY_VERSION,), as_of)
    profile = {
        "iso3": code,
        "name": info.name,
        "aliases": list(info.aliases),
        "as_of": as_of.isoformat(),
        "known_at": known_at.isoformat() if known_at else None,
        "standing": {"status": str(standing.status), "in_force": standing.in_force},
        "timeline": [_timeline_item(r) for r in sorted(events, key=_date_key)],
        "policies": policy_changes(sorted(policies, key=_date_key), _record_head),
        "deadlines": deadlines(
            entry.dates,
            as_of,
            _deadline_records(view, code),
            _record_head,
            _in_force_record(events, entry.dates.in_force_from),
        ),
        "use_events": _use_events(view, code, as_of),
    }
    for key, kinds in LISTED_SECTIONS.items():
        found = _section(view, code, kinds, as_of)
        profile[key] = [{**_record_head(r), **r.data} for r in sorted(found, key=_date_key)]
    # The field layers' roll-ups (kept current at write time; at a past known_at recomputed
    # from the rows as they stood), so the page, its .json twin, the API and the CLI agree.
    profile["field"] = field_rollups.profile_figures(app, code, known_at)
    return profile


def _section(view: ReadView, iso3: str, kinds: tuple[Kind, ...], as_of: date) -> list[StoredRecord]:
    """The state's records of these kinds (in this order) that had happened by ``as_of``."""
    return [r for kind in kinds for r in view.of_state(iso3, kind) if _happened_by(r, as_of)]


def _in_force_record(events: list[StoredRecord], day: date | None) -> str | None:
    """The record stating the entry into force the deadlines count from, if one does."""
    if day is None:
        return None
    return next(
        (
            r.record_id
            for r in events
            if r.data.get("event", r.kind) == "entry_into_force"
            and str(r.data.get("date", r.valid_from)) == day.isoformat()
        ),
        None,
    )


def _deadline_records(view: ReadView, code: str) -> list[StoredRecord]:
    return [r for kind in DEADLINE_KINDS for r in view.of_state(code, kind)]


def _use_events(view: ReadView, code: str, as_of: date) -> list[dict[str, Any]]:
    """Use by the state, and use by anyone on its territory (Russia's use in Ukraine shows on
    both profiles), each with who reported it; ``role`` says which."""
    found = [
        r
        for r in view.of_kind(Kind.USE_EVENT)
        if (r.iso3 == code or r.data.get("territory") == code) and _happened_by(r, as_of)
    ]
    return [
        {
            **_record_head(r),
            **r.data,
            "role": "user" if r.data.get("actor") == code else "territory",
        }
        for r in sorted(found, key=_date_key)
    ]


def _date_key(record: StoredRecord) -> str:
    return record.valid_from or ""


def _timeline_item(record: StoredRecord) -> dict[str, Any]:
    return {
        **_record_head(record),
        "kind": record.data.get("event", record.kind),
        "date": record.data.get("date", record.valid_from),
        "note": record.data.get("notes", ""),
    }


def source_detail(app: App, source_id: int) -> dict[str, Any]:
    """A source and the records citing it that the public may see: the current version of
    each accepted record (candidates, rejected claims and retracted records stay in review).
    Who recorded the source is not published; ``synthetic``: ``evidence.is_synthetic``."""
    with app.engine.connect() as connection:
        source = ledger.get_source(connection, source_id)
        citing = (
            connection.execute(
                select(records.c.record_id)
                .distinct()
                .join(citations, citations.c.record_seq == records.c.seq)
                .where(citations.c.source_id == source_id)
            )
            .scalars()
            .all()
        )
        current = ledger.current_records(connection, record_ids=list(citing)) if citing else []
    public = {k: v for k, v in source.items() if k not in PRIVATE_SOURCE_FIELDS}
    return {
        **{k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in public.items()},
        "synthetic": is_synthetic(source.get("publisher")),
        "citations": [
            {
                "record": r.record_id,
                "kind": r.kind,
                "iso3": r.iso3,
                "version": r.version,
                "quote": c.quote,
                "curated": c.curated,
            }
            for r in sorted(current, key=lambda r: r.record_id)
            for c in r.citations
            if c.source_id == source_id
        ],
    }


def indicators(app: App, known_at: datetime | None = None) -> dict[str, Any]:
    found = read_view(app, known_at).of_kind(Kind.INDICATOR)
    return {"indicators": [{**_record_head(r), **r.data} for r in found]}


def record_detail(app: App, record_id: str) -> dict[str, Any]:
    """The accepted versions of one record whose current version is accepted; NotFound for a
    record that is a candidate, rejected or retracted (those are read through review). Account
    names (who recorded, who reviewed) are not published."""
    with app.engine.connect() as connection:
        versions = ledger.history(connection, record_id)
    if versions[-1].review_status is not ReviewStatus.ACCEPTED:
        raise NotFound(f"no record {record_id!r}")
    return {
        "record": record_id,
        "versions": [
            {
                **_record_head(v),
                "kind": v.kind,
                "iso3": v.iso3,
                "valid_from": v.valid_from,
                "data": public_data(v.data),
                "recorded_at": v.recorded_at.isoformat(),
                "reason": v.reason,
                "base_version": v.base_version,
            }
            for v in versions
            if v.review_status is ReviewStatus.ACCEPTED
        ],
    }


def public_data(data: dict[str, Any]) -> dict[str, Any]:
    """A record's data without the reviewer's account name (claims keep their review note)."""
    review = data.get("review")
    if not isinstance(review, dict):
        return data
    return {**data, "review": {k: v for k, v in review.items() if k != "reviewer"}}


def search(app: App, q: str, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """States, sources and records matching ``q`` (case-insensitive): each list cut to
    ``offset`` .. ``offset + limit`` in a stable order (the read view's: the same offset gives
    the same rows until the data change), with ``totals`` per list (what all pages hold). A
    source, and a record citing one, carry ``synthetic`` (``evidence.is_synthetic``)."""
    needle = q.strip().lower()
    view = read_view(app)
    if not needle:
        empty: dict[str, Any] = {"query": q, "states": [], "sources": [], "records": []}
        return {**empty, "totals": {"states": 0, "sources": 0, "records": 0}}
    named = states_named(q)  # "Ivory Coast", "Turkiye", "DRC", "Swaziland"
    states = [
        {"iso3": s.iso3, "name": s.name}
        for s in view.states.values()
        if needle == s.iso3.lower()
        or s.iso3 in named
        or any(needle in n.lower() for n in (s.name, *s.aliases))
    ]
    # Each kind's records are matched on texts lower-cased once when they entered the view
    # (views.RecordText); the matches are then put in the view's order (write order, seq).
    sources: dict[int, tuple[tuple[int, int], dict[str, Any]]] = {}
    matched: list[tuple[int, dict[str, Any]]] = []
    for kind in SHAREABLE:
        part = view.kind(kind)
        for record in part.records:
            text = part.texts.get(record.seq) or record_text(record)
            for n, (source_id, title, url, title_lower, url_lower, made_up) in enumerate(
                text.sources
            ):
                if needle in title_lower or needle in url_lower:
                    first = (record.seq, n)
                    if source_id not in sources or first < sources[source_id][0]:
                        found = {"id": source_id, "title": title, "url": url, "synthetic": made_up}
                        sources[source_id] = (first, found)
            if needle in text.summary_lower or needle in text.record_id_lower:
                matched.append(
                    (
                        record.seq,
                        {
                            "record": record.record_id,
                            "kind": record.kind,
                            "iso3": record.iso3,
                            "summary": text.summary,
                            "synthetic": any(source[5] for source in text.sources),
                        },
                    )
                )
    found_records = [row for _, row in sorted(matched, key=lambda m: m[0])]
    found_sources = [row for _, row in sorted(sources.values(), key=lambda s: s[0])]
    lists = {"states": states, "sources": found_sources, "records": found_records}
    return {
        "query": q,
        **{name: rows[offset : offset + limit] for name, rows in lists.items()},
        "totals": {name: len(rows) for name, rows in lists.items()},
    }
