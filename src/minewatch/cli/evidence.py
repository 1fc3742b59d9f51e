"""Evidence commands: ingest documents, preview extraction, list contradictions.

minewatch ingest PATH... [--published DATE] [--url URL] [--format ...]
minewatch extract PATH... [--published DATE] [--url URL] [--format ...]
minewatch contradictions [--format ...]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from minewatch.cli.common import (
    SYNTHETIC_LABEL,
    Format,
    OutputFormat,
    cli_actor,
    emit,
    err,
    opened,
    out,
    ready_app,
    run,
    say,
    schema_ready,
)
from minewatch.domain.dates import PartialDate
from minewatch.domain.errors import Location
from minewatch.domain.words import counted
from minewatch.imports.csvfile import not_a_file

if TYPE_CHECKING:
    from minewatch.app import App
    from minewatch.services import ingest

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


def _overrides(published: str | None, url: str | None) -> ingest.Overrides:
    from minewatch.services import ingest

    on = PartialDate.parse(published, Location(field="--published")) if published else None
    return ingest.Overrides(published=on, url=url)


def _existing(paths: list[Path]) -> None:
    """InvalidInput naming the first path that is not a file: a name mistyped on the command
    line is a usage error (exit 2), unlike a file that exists but cannot be read (skipped)."""
    for path in paths:
        if (problem := not_a_file(path)) is not None:
            raise problem


def _report_failures(failures: list[ingest.Failure]) -> None:
    """One line a file, ``error (code): file: why`` (docs/errors.md), never wrapped."""
    for failure in failures:
        sys.stderr.write(f"error ({failure.code}): {failure.file}: {failure.reason}\n")


def _report_notices(notices: list[ingest.Notice]) -> None:
    """Files read but not understood (a language we do not read, no text): never silent."""
    for notice in notices:
        err.print(
            f"[yellow]warning[/yellow] {notice.file}: {notice.reason}",
            highlight=False,
            soft_wrap=True,  # one line, never folded mid-sentence
        )


def ingest_cmd(
    paths: Paths,
    published: Published = None,
    url: Url = None,
    output: Format = OutputFormat.TABLE,
) -> None:
    """Store documents as sources and queue the claims found in them for review.

    A text file may open with SOURCE: <url> and DATE: <YYYY-MM-DD|YYYY-MM|YYYY|unknown> lines.
    The same content twice is one source; a broken file is reported by name and skipped
    (the others are still stored), and the command exits 2, as for a path that does not
    exist."""
    run(lambda: _existing(paths))
    overrides = run(lambda: _overrides(published, url))
    with ready_app() as app:
        report = _with_progress(app, paths, overrides)
    _report_failures(report.failures)
    _report_notices(report.notices)
    if not emit(output, report.as_dict()):
        say(report.describe())
    if report.failures:
        raise typer.Exit(2)


def _with_progress(app: App, paths: list[Path], overrides: ingest.Overrides) -> ingest.IngestReport:
    from minewatch.services import ingest

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    # off for one file, and in a log, where stopping it left a blank line on stderr
    shown = len(paths) > 1 and err.is_terminal
    with Progress(*columns, console=err, transient=True, disable=not shown) as bar:
        task = bar.add_task("Ingesting", total=len(paths))

        def advance(path: Path) -> None:
            bar.update(task, advance=1, description=f"Ingesting {path.name}")

        return run(lambda: ingest.ingest(app, paths, cli_actor(), overrides, advance))


def extract_cmd(
    paths: Paths,
    output: Format = OutputFormat.TABLE,
    published: Published = None,
    url: Url = None,
) -> None:
    """Show what extraction finds, writing nothing.

    Each candidate lists what it contradicts among the accepted records of the database named
    by MINEWATCH_DATABASE_URL. A broken file is reported by name and skipped; the command
    then exits 2, as for a path that does not exist."""
    from minewatch.services import ingest

    run(lambda: _existing(paths))
    overrides = run(lambda: _overrides(published, url))
    with opened(folder_required=False) as app:
        ready = schema_ready(app)
        if not ready:
            err.print("note: the database is not initialised, so no contradictions are checked")
        found = run(lambda: ingest.preview(app if ready else None, paths, overrides))
    lines, failures = found.lines, found.failures
    _report_failures(failures)
    _report_notices(found.notices)
    if not emit(output, {"candidates": lines}, "candidates") and (lines or not failures):
        _print_candidates(lines)
    if failures:
        raise typer.Exit(2)


def _print_candidates(lines: list[dict[str, Any]]) -> None:
    """One block per candidate, wrapped to the terminal (readable at 80 columns): a head line
    (document, type, state, date, figures), the sentence, then each contradiction."""
    out.print(counted(len(lines), "candidate"), highlight=False)
    for line in lines:
        shown = ("killed", "injured", "quantity", "unit")
        figures = ", ".join(f"{k} {line[k]}" for k in shown if line[k] is not None)
        head = [line["doc"], line["type"], line["actor_iso3"] or "no state"]
        head += [line["date"] or "undated", *([figures] if figures else [])]
        head += [SYNTHETIC_LABEL] if line.get("synthetic") else []
        out.print()
        say(" · ".join(head), "", "  ")
        say(f"“{line['evidence']}”", "  ")
        for found in line["contradicts"]:
            say(f"✗ {found['why']}", "  ", "    ")
            if found.get("record"):
                say(f"{found['record']} <{found['source']}>", "    ")


def contradictions_cmd(output: Format = OutputFormat.TABLE) -> None:
    """Every candidate or accepted claim that disagrees with an accepted record, both sources."""
    from minewatch.services import claims

    with ready_app() as app:
        found = [c.describe() for c in run(lambda: claims.all_contradictions(app))]
    if not emit(output, {"contradictions": found}, "contradictions"):
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
        say(f"“{first['evidence']}”", "  ")
        for item in items:
            say(f"✗ {item['why']}", "  ", "    ")
            if item["record"]:
                say(f"{item['record']} <{item['source']}>", "    ")


def register(cli: typer.Typer) -> None:
    cli.command("ingest")(ingest_cmd)
    cli.command("extract")(extract_cmd)
    cli.command("contradictions")(contradictions_cmd)
