"""Ledger and status commands: the database, the reference data, Convention status, one state's
profile, the audit chain and the web server.

    minewatch init | load-reference | status | state ISO3 | serve | audit-verify
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from minewatch.cli.common import (
    Format,
    OutputFormat,
    cli_actor,
    emit,
    err,
    fail,
    opened,
    out,
    ready_app,
    run,
    say,
)
from minewatch.domain.errors import AuditTampered, IntegrityFailed
from minewatch.domain.obligations import DEADLINE_STATUS_LABELS
from minewatch.domain.words import figure_text, stockpile_figure
from minewatch.imports import REFERENCE_DIR
from minewatch.services.params import as_of_param, known_at_param


def init() -> None:
    """Create the database, or migrate it to the newest schema."""
    from minewatch.storage.schema import current_revision, migrate

    with opened() as app:
        before = current_revision(app.engine)
        after = run(lambda: migrate(app.engine))
        if before == after:
            out.print(f"Database already at schema {after}: nothing to do.")
        else:
            out.print(f"Database migrated from {before or 'empty'} to schema {after}.")


def load_reference_cmd(
    directory: Annotated[Path, typer.Option(help="Folder of reference CSVs")] = REFERENCE_DIR,
) -> None:
    """Load the shipped, sourced reference data (safe to run again: unchanged rows are kept)."""
    from minewatch.services.reference import load_reference

    with ready_app() as app, err.status("Loading reference data…") as spinner:
        report = run(
            lambda: load_reference(
                app, cli_actor(), directory, lambda name: spinner.update(f"Loading {name}…")
            )
        )
    say(report.describe())


AsOf = Annotated[str | None, typer.Option("--as-of", help="YYYY-MM-DD (default today)")]
KnownAt = Annotated[
    str | None, typer.Option("--known-at", help="What the database said at this timestamp")
]


def status(
    as_of: AsOf = None, known_at: KnownAt = None, output: Format = OutputFormat.TABLE
) -> None:
    """Convention status of every state on a date."""
    from minewatch.services import queries

    with ready_app() as app:
        report = run(
            lambda: queries.status_report(app, as_of_param(as_of), known_at_param(known_at))
        )
    if not emit(output, report, "states"):
        _print_status(report)


def _print_status(report: dict[str, Any]) -> None:
    table = Table(title=f"Mine Ban Convention status as of {report['as_of']}")
    for column in ("ISO3", "State", "Status", "In force"):
        table.add_column(column)
    for row in report["states"]:
        table.add_row(row["iso3"], row["name"], row["status"], "yes" if row["in_force"] else "")
    out.print(table)
    out.print(
        f"States Parties {report['states_parties']} (in force {report['in_force']}), "
        f"signatories not ratified {report['signatories_not_ratified']}, "
        f"non-signatories {report['non_signatories']}, withdrawn {report['withdrawn']}, "
        f"withdrawal pending {report['withdrawal_pending']}."
    )


def state(
    iso3: str, as_of: AsOf = None, known_at: KnownAt = None, output: Format = OutputFormat.TABLE
) -> None:
    """One state's timeline, policy versions and deadlines, each with its sources."""
    from minewatch.services import queries

    with ready_app() as app:
        profile = run(
            lambda: queries.state_profile(app, iso3, as_of_param(as_of), known_at_param(known_at))
        )
    if not emit(output, profile):
        _print_profile(profile)


def _print_profile(profile: dict[str, Any]) -> None:
    standing = profile["standing"]
    force = ", in force" if standing["in_force"] else ""
    out.print(
        f"[bold]{profile['name']} ({profile['iso3']})[/bold] as of {profile['as_of']}: "
        f"{standing['status']}{force}",
        highlight=False,
    )
    notes: list[str] = []
    numbers: dict[str, int] = {}

    def cite(item: dict[str, Any]) -> str:
        """Footnote marks for ``item``; a note already listed keeps its number."""
        marks = []
        for c in item["citations"]:
            note = _source_note(c)
            if note not in numbers:
                notes.append(note)
                numbers[note] = len(notes)
            marks.append(f"[{numbers[note]}]")
        return "".join(marks)

    out.print("\nConvention timeline:")
    for event in profile["timeline"]:
        say(f"{event['date']}  {event['kind']} {cite(event)}", "  ", "      ")
    if profile["policies"]:
        out.print("\nNational policy versions:")
    for policy in profile["policies"]:
        head = f"{policy['date']}  {policy['instrument']} ({policy['actor']}) {cite(policy)}"
        say(head, "  ", "      ")
        say(str(policy["summary"]), "      ")
        for name, (old, new) in policy["changes"].items():
            say(f"changed {name}: {old} -> {new}", "      ")
    _print_facts(profile, cite)
    out.print("\nSources:")
    for number, note in enumerate(notes, start=1):
        say(f"[{number}] {note}", "  ", "      ")


def _source_note(citation: dict[str, Any]) -> str:
    """``title <url> — quote``; a title that is only the address is not repeated; a synthetic
    source (``queries.cited``) is marked ``[SYNTHETIC source]`` after its name."""
    title, url, quote = citation.get("title"), citation.get("url"), citation.get("quote")
    named = (
        f"{title} <{url}>" if title and url and title != url else f"<{url}>" if url else title or ""
    )
    if citation.get("synthetic"):
        named += " [SYNTHETIC source]"
    return f"{named} — {quote}" if quote else named


def _print_facts(profile: dict[str, Any], cite: Callable[[dict[str, Any]], str]) -> None:
    """Deadlines with their status and chain, use, stockpiles and casualties, each cited."""
    if profile["deadlines"]:
        out.print("\nTreaty deadlines:")
    for d in profile["deadlines"]:
        status = DEADLINE_STATUS_LABELS[d["status"]].lower()
        if d.get("completed_on"):
            status += f", completed {d['completed_on']}{' (late)' if d.get('late') else ''}"
        say(f"Art. {d['article']} due {d['due'] or 'not stated'}: {status} ({d['basis']})", "  ")
        for step in d["chain"]:
            say(f"{step['label']} {cite(step)}", "    ")
    sections = (
        ("Use of anti-personnel mines", "use_events", _use_line),
        ("Stockpiles", "stockpiles", _stock_line),
        ("Casualties", "casualties", _casualty_line),
    )
    for title, key, line in sections:
        if profile[key]:
            out.print(f"\n{title}:")
        for item in profile[key]:
            say(f"{line(item)} {cite(item)}", "  ", "    ")


def _use_line(u: dict[str, Any]) -> str:
    start, end = u.get("period_start") or u.get("date"), u.get("period_end")
    period = f"{start}–{end}" if end and end != start else str(start or "undated")
    who = u.get("actor_name") or u.get("actor") or ""
    return (
        f"{period} {u.get('level')}: {who}, reported by {u.get('reported_by') or u.get('accuser')}"
    )


def _stock_line(s: dict[str, Any]) -> str:
    figure = s.get("value_text") or s.get("held") or s.get("destroyed") or s.get("retained")
    kind = stockpile_figure(s.get("record_type"))
    shown = figure_text(figure)
    return f"{s.get('as_of') or s.get('date')} {kind}: {shown} {s.get('unit') or ''}".rstrip()


def _casualty_line(c: dict[str, Any]) -> str:
    year = c.get("data_year") or c.get("year")
    split = [f"{c[k]} {k}" for k in ("killed", "injured") if c.get(k) is not None]
    counted = "; ".join([", ".join(split)] * bool(split) + [c.get("scope") or "reported"])
    return f"{year}: {figure_text(c.get('total_text') or c.get('total'))} ({counted})"


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes")] = 1,
) -> None:
    """Serve the web app and the JSON API."""
    import uvicorn

    with ready_app():
        pass
    say(f"minewatch on http://{host}:{port}/ (API docs at /docs, OpenAPI at /openapi.json)")
    uvicorn.run(
        "minewatch.web.main:web",
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
    )


def audit_verify(
    anchor: Annotated[
        str | None,
        typer.Option(
            help="An audit head you kept (each backup prints one): it must still be there"
        ),
    ] = None,
) -> None:
    """Check the audit chain, the anchor you kept, every record's hash and that every ledger row
    has its audit entry; exit 1 at the first problem (docs/operations.md)."""
    from minewatch.services import audit, integrity

    with ready_app() as app, app.engine.connect() as connection:
        broken = audit.verify_chain(connection)
        problems = integrity.verify(connection, anchor)
        head, entries = audit.head(connection), audit.count(connection)
    if broken is not None:
        fail(AuditTampered(broken), exit_code=1)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        fail(IntegrityFailed(problems[0] + more), exit_code=1)
    out.print(f"Audit log intact: {entries} entries, head {head}.", highlight=False)


def register(cli: typer.Typer) -> None:
    cli.command()(init)
    cli.command("load-reference")(load_reference_cmd)
    cli.command()(status)
    cli.command()(state)
    cli.command()(serve)
    cli.command("audit-verify")(audit_verify)
