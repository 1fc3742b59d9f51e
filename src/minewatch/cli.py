"""The ``minewatch`` command. Thin: each command builds the App, calls one service, prints.

Every command uses the database named by MINEWATCH_DATABASE_URL (default ``minewatch.db`` in the
working directory). Errors print one clear line to stderr and exit with status 2.
"""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from minewatch.app import App
from minewatch.domain.errors import MinewatchError
from minewatch.imports.reference import REFERENCE_DIR
from minewatch.services import accounts, audit, queries
from minewatch.services.reference import load_reference
from minewatch.storage.schema import current_revision, head_revision, migrate
from minewatch.web.params import as_of_param, known_at_param

cli = typer.Typer(
    help="minewatch: anti-personnel mines, from the treaty to the minefield.",
    no_args_is_help=True,
    add_completion=False,
)
user_cli = typer.Typer(help="Accounts and API tokens.", no_args_is_help=True)
cli.add_typer(user_cli, name="user")
out = Console()
err = Console(stderr=True)


def cli_actor() -> str:
    """The CLI acts for whoever can open the database; the audit log names them."""
    return f"cli:{getpass.getuser()}"


@contextmanager
def opened() -> Iterator[App]:
    app = App.from_settings()
    try:
        yield app
    finally:
        app.close()


def run(action: Callable[[], Any]) -> Any:
    try:
        return action()
    except MinewatchError as exc:
        err.print(f"[red]error[/red] ({exc.code}): {exc.message}", highlight=False)
        raise typer.Exit(2) from None


@cli.command()
def init() -> None:
    """Create the database, or migrate it to the newest schema."""
    with opened() as app:
        before = current_revision(app.engine)
        after = run(lambda: migrate(app.engine))
        if before == after:
            out.print(f"Database already at schema {after}: nothing to do.")
        else:
            out.print(f"Database migrated from {before or 'empty'} to schema {after}.")


@cli.command("load-reference")
def load_reference_cmd(
    directory: Annotated[Path, typer.Option(help="Folder of reference CSVs")] = REFERENCE_DIR,
) -> None:
    """Load the shipped, sourced reference data (safe to run again: unchanged rows are kept)."""
    with opened() as app:
        _require_schema(app)
        with err.status("Loading reference data…") as spinner:
            report = run(
                lambda: load_reference(
                    app, cli_actor(), directory, lambda name: spinner.update(f"Loading {name}…")
                )
            )
        out.print(report.describe())


def _require_schema(app: App) -> None:
    if current_revision(app.engine) != head_revision():
        err.print("error (not_initialised): the database is not initialised: run `minewatch init`")
        raise typer.Exit(2)


@cli.command()
def status(
    as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY-MM-DD (default today)")] = None,
    known_at: Annotated[
        str | None, typer.Option("--known-at", help="What the database said at this timestamp")
    ] = None,
    output: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Convention status of every state on a date."""
    with opened() as app:
        _require_schema(app)
        report = run(
            lambda: queries.status_report(app, as_of_param(as_of), known_at_param(known_at))
        )
    if output == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
        return
    if output != "table":
        err.print(f"error (invalid_input): --format must be table or json, not {output!r}")
        raise typer.Exit(2)
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


@cli.command()
def state(
    iso3: str,
    as_of: Annotated[str | None, typer.Option("--as-of")] = None,
    known_at: Annotated[str | None, typer.Option("--known-at")] = None,
    output: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> None:
    """One state's timeline, policy versions and deadlines, each with its sources."""
    with opened() as app:
        _require_schema(app)
        profile = run(
            lambda: queries.state_profile(app, iso3, as_of_param(as_of), known_at_param(known_at))
        )
    if output == "json":
        sys.stdout.write(json.dumps(profile, ensure_ascii=False) + "\n")
        return
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

    def cite(item: dict[str, Any]) -> str:
        marks = []
        for c in item["citations"]:
            notes.append(f"{c['title']} <{c['url']}> — {c['quote']}")
            marks.append(f"[{len(notes)}]")
        return "".join(marks)

    out.print("\nConvention timeline:")
    for event in profile["timeline"]:
        out.print(f"  {event['date']}  {event['kind']} {cite(event)}", highlight=False)
    if profile["policies"]:
        out.print("\nNational policy versions:")
    for policy in profile["policies"]:
        out.print(
            f"  {policy['date']}  {policy['instrument']} ({policy['actor']}) {cite(policy)}",
            highlight=False,
        )
        out.print(f"      {policy['summary']}", highlight=False)
        for name, (old, new) in policy["changes"].items():
            out.print(f"      changed {name}: {old} -> {new}", highlight=False)
    for deadline in profile["deadlines"]:
        out.print(f"  due {deadline['due']}: {deadline['label']}", highlight=False)
    out.print("\nSources:")
    for number, note in enumerate(notes, start=1):
        out.print(f"  [{number}] {note}", highlight=False, markup=False)


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes")] = 1,
) -> None:
    """Serve the web app and the JSON API."""
    import uvicorn

    with opened() as app:
        _require_schema(app)
    out.print(f"minewatch on http://{host}:{port}/ (API docs at /docs, OpenAPI at /openapi.json)")
    uvicorn.run(
        "minewatch.web.main:web",
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
    )


@user_cli.command("add")
def user_add(
    username: str,
    role: Annotated[str, typer.Option(help="viewer, analyst, reviewer or admin")] = "viewer",
    password: Annotated[
        str | None,
        typer.Option(
            help="Omit to be asked (or set MINEWATCH_PASSWORD)", envvar="MINEWATCH_PASSWORD"
        ),
    ] = None,
) -> None:
    """Add a user with a role."""
    secret = password or typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with opened() as app:
        _require_schema(app)

        def add() -> int:
            with app.engine.begin() as connection:
                return accounts.add_user(
                    connection, username, secret, accounts.Role.named(role), cli_actor()
                )

        run(add)
    out.print(f"Added {role} {username!r}.")


@user_cli.command("token")
def user_token(
    username: str,
    scope: Annotated[list[str], typer.Option(help="records:write, review:write or admin")],
    label: Annotated[str, typer.Option(help="What the token is for")] = "api",
) -> None:
    """Create an API token for a user; it is printed once and never stored in plain text."""
    with opened() as app:
        _require_schema(app)

        def create() -> str:
            with app.engine.begin() as connection:
                return accounts.create_token(connection, username, scope, label, cli_actor())

        token = run(create)
    sys.stdout.write(token + "\n")


@user_cli.command("revoke")
def user_revoke(token: str) -> None:
    """Revoke an API token."""
    with opened() as app:

        def revoke() -> None:
            with app.engine.begin() as connection:
                accounts.revoke_token(connection, token, cli_actor())

        run(revoke)
    out.print("Token revoked.")


@cli.command("audit-verify")
def audit_verify() -> None:
    """Check the audit log's hash chain; exit 1 at the first tampered entry."""
    with opened() as app, app.engine.connect() as connection:
        broken = audit.verify_chain(connection)
    if broken is not None:
        err.print(f"error (audit_tampered): the audit chain breaks at entry {broken}")
        raise typer.Exit(1)
    out.print("Audit log intact.")


from minewatch import evidence_cli  # noqa: E402

evidence_cli.register(cli)


def main() -> None:
    cli()
