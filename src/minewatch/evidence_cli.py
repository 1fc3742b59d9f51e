"""Evidence commands: ingest documents, preview extraction, review claims, list contradictions.

    minewatch ingest PATH... [--published DATE] [--url URL]
    minewatch extract PATH... [--format table|jsonl]
    minewatch review [list|show|accept|reject]
    minewatch contradictions [--format table|json]

Thin like the rest of the CLI: each command builds the App, calls one service, prints.
``register`` adds them to the main ``cli`` (cli.py calls it once, at the end).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from minewatch.app import App
from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.evidence import ReviewStatus
from minewatch.services import claims, ingest, review
from minewatch.storage.schema import current_revision, head_revision

out = Console()
err = Console(stderr=True)
review_cli = typer.Typer(
    help="Review extracted claims: list, show, accept (optionally edited) or reject.",
    invoke_without_command=True,
)

Paths = Annotated[list[Path], typer.Argument(help="Text, HTML or PDF files", exists=False)]
Published = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY) for files "
        "whose header does not give one",
    ),
]
Url = Annotated[
    str | None, typer.Option("--url", help="Source URL for files whose header does not give one")
]


@contextmanager
def _app() -> Iterator[App]:
    from minewatch.cli import _require_schema, opened

    with opened() as app:
        _require_schema(app)
        yield app


def _run(action: Any) -> Any:
    from minewatch.cli import run

    return run(action)


def _actor() -> str:
    from minewatch.cli import cli_actor

    return cli_actor()


def _overrides(published: str | None, url: str | None) -> ingest.Overrides:
    on = PartialDate.parse(published, Location(field="--published")) if published else None
    return ingest.Overrides(published=on, url=url)


def ingest_cmd(
    paths: Paths,
    published: Published = None,
    url: Url = None,
    output: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> None:
    """Store documents as sources and queue the claims found in them for review.

    A text file may open with SOURCE: <url> and DATE: <YYYY-MM-DD|YYYY-MM|YYYY|unknown> lines.
    The same content twice is one source; a broken file is reported by name and skipped.
    Exits 1 when any file failed."""
    overrides = _run(lambda: _overrides(published, url))
    with _app() as app:
        report = _with_progress(app, paths, overrides)
    for failure in report.failures:
        err.print(f"[red]skipped[/red] {failure.file}: {failure.reason}", highlight=False)
    if output == "json":
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False) + "\n")
    else:
        out.print(report.describe(), highlight=False)
    if report.failures:
        raise typer.Exit(1)


def _with_progress(app: App, paths: list[Path], overrides: ingest.Overrides) -> ingest.IngestReport:
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err, transient=True, disable=len(paths) < 2) as bar:
        task = bar.add_task("Ingesting", total=len(paths))

        def advance(path: Path) -> None:
            bar.update(task, advance=1, description=f"Ingesting {path.name}")

        report: ingest.IngestReport = _run(
            lambda: ingest.ingest(app, paths, _actor(), overrides, advance)
        )
    return report


def extract_cmd(
    paths: Paths,
    output: Annotated[str, typer.Option("--format", help="table or jsonl")] = "table",
    published: Published = None,
    url: Url = None,
) -> None:
    """Show what extraction finds, writing nothing.

    Each candidate lists what it contradicts among the accepted records of the database named
    by MINEWATCH_DATABASE_URL. A broken file is reported by name and skipped (exit 1)."""
    if output not in ("table", "jsonl"):
        _bad_format(output, "table or jsonl")
    overrides = _run(lambda: _overrides(published, url))
    from minewatch.cli import opened

    with opened() as app:
        ready = current_revision(app.engine) == head_revision()
        if not ready:
            err.print("note: the database is not initialised, so no contradictions are checked")
        lines, failures = _run(lambda: ingest.preview(app if ready else None, paths, overrides))
    for failure in failures:
        err.print(f"[red]skipped[/red] {failure.file}: {failure.reason}", highlight=False)
    if output == "jsonl":
        for line in lines:
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    else:
        _print_candidates(lines)
    if failures:
        raise typer.Exit(1)


def _bad_format(given: str, allowed: str) -> None:
    err.print(f"error (invalid_input): --format must be {allowed}, not {given!r}")
    raise typer.Exit(2)


def _print_candidates(lines: list[dict[str, Any]]) -> None:
    table = Table(title=f"{len(lines)} candidates")
    for column in ("doc", "type", "actor", "date", "figures", "evidence", "contradicts"):
        table.add_column(column)
    for line in lines:
        shown = ("killed", "injured", "quantity", "unit")
        figures = ", ".join(f"{k} {line[k]}" for k in shown if line[k] is not None)
        table.add_row(
            line["doc"],
            line["type"],
            line["actor_iso3"] or "",
            line["date"] or "",
            figures,
            line["evidence"],
            "\n".join(c["why"] for c in line["contradicts"]),
        )
    out.print(table)


def contradictions_cmd(
    output: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Every candidate or accepted claim that disagrees with an accepted record, both sources."""
    if output not in ("table", "json"):
        _bad_format(output, "table or json")
    with _app() as app:
        found = [c.describe() for c in _run(lambda: claims.all_contradictions(app))]
    if output == "json":
        sys.stdout.write(json.dumps({"contradictions": found}, ensure_ascii=False) + "\n")
        return
    _print_contradictions(found)


def _print_contradictions(found: list[dict[str, Any]]) -> None:
    """Grouped by claim: its sentence and source, then each accepted record it disagrees with."""
    out.print(f"{len(found)} contradictions", highlight=False)
    by_claim: dict[str, list[dict[str, Any]]] = {}
    for item in found:
        by_claim.setdefault(str(item["claim"]), []).append(item)
    for claim_id, items in by_claim.items():
        first = items[0]
        out.print(
            f"\n[bold]{claim_id}[/bold] ({first['claim_status']}, {first['claim_type']}) "
            f"{first['claim_source'] or 'no URL'}",
            highlight=False,
        )
        out.print(f"  “{first['evidence']}”", highlight=False, markup=False)
        for item in items:
            out.print(f"  ✗ {item['why']}", highlight=False, markup=False)
            if item["record"]:
                out.print(f"    {item['record']} <{item['source']}>", highlight=False, markup=False)


@review_cli.callback()
def review_main(ctx: typer.Context) -> None:
    """Without a subcommand: the queue of claims waiting for review."""
    if ctx.invoked_subcommand is None:
        review_list()


STATUS_CHOICES = {
    "candidate": (ReviewStatus.CANDIDATE,),
    "accepted": (ReviewStatus.ACCEPTED,),
    "rejected": (ReviewStatus.REJECTED,),
    "all": tuple(ReviewStatus),
}


@review_cli.command("list")
def review_list(
    status: Annotated[str, typer.Option(help="candidate, accepted, rejected or all")] = "candidate",
    output: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Claims in a review status (default: waiting for review), with their contradictions."""
    if status not in STATUS_CHOICES:
        raise _exit_invalid(f"--status must be one of {', '.join(STATUS_CHOICES)}")
    with _app() as app:
        body = _run(lambda: review.queue(app, STATUS_CHOICES[status]))
    if output == "json":
        sys.stdout.write(json.dumps(body, ensure_ascii=False) + "\n")
        return
    _print_queue(body["candidates"], status)


def _print_queue(items: list[dict[str, Any]], status: str) -> None:
    """One block per claim, its full record id first (to copy into accept / reject)."""
    out.print(f"{len(items)} claims ({status})", highlight=False)
    for c in items:
        facts = " · ".join(str(c[k]) for k in ("type", "actor_iso3", "date", "action") if c[k])
        out.print(f"\n[bold]{c['record']}[/bold] v{c['version']}  {facts}", highlight=False)
        out.print(f"  “{c['evidence']}”", highlight=False, markup=False)
        for cite in c["citations"]:
            out.print(f"  from {cite['title']} <{cite['url']}>", highlight=False, markup=False)
        for x in c["contradicts"]:
            out.print(f"  ✗ {x['why']}", highlight=False, markup=False)


def _exit_invalid(message: str) -> typer.Exit:
    err.print(f"error (invalid_input): {message}", highlight=False)
    return typer.Exit(2)


@review_cli.command("show")
def review_show(record_id: str) -> None:
    """One claim as JSON: its fields, sentence, source, review and contradictions."""
    with _app() as app:
        body = _run(lambda: review.show(app, record_id))
    sys.stdout.write(json.dumps(body, ensure_ascii=False, indent=2) + "\n")


BaseVersion = Annotated[
    int | None,
    typer.Option(
        "--base-version",
        help="The version you reviewed (from `review list`); default: the current one",
    ),
]


@review_cli.command("accept")
def review_accept(
    record_id: str,
    edit: Annotated[
        list[str] | None,
        typer.Option("--set", help="Correct a field first: FIELD=VALUE (repeatable)"),
    ] = None,
    reason: Annotated[str, typer.Option(help="Why (recorded with the version)")] = "",
    base_version: BaseVersion = None,
) -> None:
    """Accept a claim, optionally after correcting fields; writes its record, cited."""
    edits = _run(lambda: _parse_edits(edit or []))
    _decide(record_id, review.Decision.ACCEPT, reason, edits, base_version)


@review_cli.command("reject")
def review_reject(
    record_id: str,
    reason: Annotated[str, typer.Option(help="Why it is rejected (required)")],
    base_version: BaseVersion = None,
) -> None:
    """Reject a claim with a reason; it is kept, marked rejected, and never published."""
    _decide(record_id, review.Decision.REJECT, reason, {}, base_version)


def _parse_edits(pairs: list[str]) -> dict[str, str]:
    edits = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"{pair!r} is not FIELD=VALUE", Location(field="--set"))
        edits[name.strip()] = value.strip()
    return edits


def _decide(
    record_id: str,
    decision: review.Decision,
    reason: str,
    edits: dict[str, str],
    base_version: int | None,
) -> None:
    with _app() as app:

        def act() -> dict[str, Any]:
            base = base_version or review.current_version(app, record_id)
            verdict = review.Verdict(decision, base, reason, dict(edits))
            return review.decide(app, record_id, verdict, _actor())

        result = _run(act)
    written = f"; wrote {result['domain_record']}" if result["domain_record"] else ""
    out.print(
        f"{result['record']} is {result['review_status']} (version {result['version']}){written}.",
        highlight=False,
    )


def register(cli: typer.Typer) -> None:
    cli.command("ingest")(ingest_cmd)
    cli.command("extract")(extract_cmd)
    cli.command("contradictions")(contradictions_cmd)
    cli.add_typer(review_cli, name="review")
