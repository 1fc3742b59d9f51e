"""Reviewing extracted claims.

minewatch review [list] [--status S] [--format ...]
minewatch review show RECORD
minewatch review accept RECORD --base-version N [--set FIELD=VALUE]... [--reason R]
minewatch review reject RECORD --base-version N --reason R
minewatch review fields [--layer LAYER] [--format ...]

Field records imported as candidates (ODK / Kobo submissions) are listed by ``review fields``
and decided by the same ``accept`` / ``reject``, as submitted (no ``--set``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import typer

from minewatch.cli.common import (
    SYNTHETIC_LABEL,
    Format,
    OutputFormat,
    cli_actor,
    emit,
    out,
    ready_app,
    run,
    say,
    write_json,
)
from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.evidence import ReviewStatus

review_cli = typer.Typer(
    help="Review extracted claims: list, show, accept (optionally edited) or reject.",
    invoke_without_command=True,
)


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


def _statuses(status: str) -> tuple[ReviewStatus, ...]:
    if status not in STATUS_CHOICES:
        raise InvalidInput(f"--status must be one of {', '.join(STATUS_CHOICES)}")
    return STATUS_CHOICES[status]


@review_cli.command("list")
def review_list(
    status: Annotated[str, typer.Option(help="candidate, accepted, rejected or all")] = "candidate",
    output: Format = OutputFormat.TABLE,
) -> None:
    """Claims in a review status (default: waiting for review), with their contradictions."""
    from minewatch.services import review

    statuses = run(lambda: _statuses(status))
    with ready_app() as app:
        body = run(lambda: review.queue(app, statuses))
    queued = [*body["candidates"], *body["corroborating"]]
    # jsonl: one line for every claim the table shows, the corroborating ones too (each
    # carries its "corroborates" list); json keeps the two lists apart.
    document = body if output is not OutputFormat.JSONL else {"candidates": queued}
    if not emit(output, document, "candidates"):
        _print_queue(queued, status)


def _print_queue(items: list[dict[str, Any]], status: str) -> None:
    """Grouped by document; one block per claim, its full record id first (to copy into accept
    / reject). Claims that repeat an accepted record are marked as corroborating."""
    from minewatch.services import review

    repeats = sum(bool(c.get("corroborates")) for c in items)
    counted = f": {len(items) - repeats} new, {repeats} corroborating" if repeats else ""
    out.print(f"{len(items)} claims ({status}){counted}", highlight=False)
    for group in review.by_document(items):
        out.print()
        synthetic = f" {SYNTHETIC_LABEL}" if group["synthetic"] else ""
        address = group["url"] or "no URL"
        say(f"── source {group['source_id']}: {group['title']} <{address}>{synthetic}", "")
        for c in group["claims"]:
            out.print(f"\n[bold]{c['record']}[/bold] v{c['version']}", highlight=False)
            say(_facts(c), "  ", "    ")
            if c.get("unread_language"):
                say(_unread(c["unread_language"]), "  ", "    ")
            say(f"“{c['evidence']}”", "  ")
            for x in c["contradicts"]:
                say(f"✗ {x['why']}", "  ", "    ")
            for record in c.get("corroborates", []):
                say(f"= corroborates the accepted record {record}", "  ", "    ")


def _facts(claim: dict[str, Any]) -> str:
    """The claim's head: type, state (or "no state", a world total), date, step, figures."""
    head = [claim["type"]]
    if claim["type"] != "other":
        head.append(claim["actor_iso3"] or "no state")
    head += [str(claim[k]) for k in ("date", "action") if claim[k]]
    figures = ("killed", "injured", "quantity", "unit")
    head += [f"{k} {claim[k]}" for k in figures if claim.get(k) is not None]
    return " · ".join(head)


def _unread(code: str) -> str:
    from minewatch.extract.language import language_name

    return (
        f"! not read: written in {language_name(code)} ({code}), which minewatch does not "
        "read; read the source and record its claims by hand"
    )


@review_cli.command("show")
def review_show(record_id: str) -> None:
    """One claim as JSON: its fields, sentence, source, review and contradictions."""
    from minewatch.services import review

    with ready_app() as app:
        body = run(lambda: review.show(app, record_id))
    write_json(body, indent=2)


Decision = Literal["accept", "reject"]  # services.review.Decision, named without importing it
BaseVersion = Annotated[
    str | None,
    typer.Option(
        "--base-version",
        help="The version you reviewed, as `review list` shows it (3 or v3); required",
        show_default=False,
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
    """Accept a claim, optionally after correcting fields; writes its record, cited.

    If the claim moved on since the version you reviewed: version_conflict, nothing written."""
    edits = run(lambda: _parse_edits(edit or []))
    _decide(record_id, "accept", reason, edits, base_version)


@review_cli.command("reject")
def review_reject(
    record_id: str,
    reason: Annotated[str, typer.Option(help="Why it is rejected (required)")],
    base_version: BaseVersion = None,
) -> None:
    """Reject a claim with a reason; it is kept, marked rejected, and never published.

    If the claim moved on since the version you reviewed: version_conflict, nothing written."""
    _decide(record_id, "reject", reason, {}, base_version)


def _parse_edits(pairs: list[str]) -> dict[str, str]:
    edits = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"{pair!r} is not FIELD=VALUE", Location(field="--set"))
        edits[name.strip()] = value.strip()
    return edits


def parse_base_version(given: str | None) -> int:
    """The version a reviewer saw: ``3`` or ``v3`` (as ``review list`` prints it). Required,
    so two reviewers deciding one claim conflict instead of the second silently winning."""
    if given is None:
        raise InvalidInput(
            "--base-version is required: the version you reviewed, as `review list` shows it"
        )
    text = given.strip().lower().removeprefix("v")
    if not text.isdigit() or int(text) < 1:
        raise InvalidInput(f"--base-version must be a version number like 3 or v3, not {given!r}")
    return int(text)


def _decide(
    record_id: str,
    decision: Decision,
    reason: str,
    edits: dict[str, str],
    base_version: str | None,
) -> None:
    from minewatch.services import review

    base = run(lambda: parse_base_version(base_version))
    with ready_app() as app:

        def act() -> dict[str, Any]:
            verdict = review.Verdict(review.Decision(decision), base, reason, dict(edits))
            return review.decide(app, record_id, verdict, cli_actor())

        result = run(act)
    written = f"; wrote {result['domain_record']}" if result["domain_record"] else ""
    out.print(
        f"{result['record']} is {result['review_status']} (version {result['version']}){written}.",
        highlight=False,
    )


@review_cli.command("fields")
def review_fields(
    layer: Annotated[str | None, typer.Option(help="One layer only, e.g. hazards")] = None,
    output: Format = OutputFormat.TABLE,
) -> None:
    """Field records waiting for review (submissions imported without --accept)."""
    from minewatch.domain.field import layer_named
    from minewatch.services import field_review

    name = run(lambda: layer_named(layer).name) if layer else None
    with ready_app() as app, app.engine.connect() as connection:
        items = field_review.candidates(connection, name)
    if emit(output, {"candidates": items}, "candidates"):
        return
    for item in items:
        out.print(
            f"{item['record_id']}  v{item['version']}  {item['layer']}  "
            f"{item['reference'] or '-'}  {item['date'] or '-'}  {item['iso3'] or '-'}",
            highlight=False,
        )
    say(f"{len(items)} field record(s) waiting for review.")


@review_cli.command("accept-document")
def review_accept_document(
    source_id: Annotated[int, typer.Argument(help="The document's source id (review list)")],
) -> None:
    """Accept, as found, every claim waiting for review from one document."""
    _decide_document(source_id, "accept", "")


@review_cli.command("reject-document")
def review_reject_document(
    source_id: Annotated[int, typer.Argument(help="The document's source id (review list)")],
    reason: Annotated[str, typer.Option(help="Why they are rejected (required)")],
) -> None:
    """Reject every claim waiting for review from one document, with one reason."""
    _decide_document(source_id, "reject", reason)


def _decide_document(source_id: int, decision: Decision, reason: str) -> None:
    from minewatch.services import review

    verdict = review.Decision(decision)
    with ready_app() as app:
        result = run(lambda: review.decide_document(app, source_id, verdict, reason, cli_actor()))
    for claim in result["claims"]:
        out.print(f"{claim['record']} is {claim['review_status']}.", highlight=False)
    out.print(f"{len(result['claims'])} claims from source {source_id} {decision}ed.")


def register(cli: typer.Typer) -> None:
    cli.add_typer(review_cli, name="review")
