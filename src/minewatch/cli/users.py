"""Accounts and API tokens.

minewatch user add USERNAME [--role ROLE] [--password ...]
minewatch user token USERNAME --scope SCOPE... [--label LABEL]
minewatch user revoke TOKEN
"""

from __future__ import annotations

import sys
from datetime import timedelta
from typing import Annotated

import typer

from minewatch.cli.common import ask_password, cli_actor, out, ready_app, run
from minewatch.services.clock import utc_now

user_cli = typer.Typer(help="Accounts and API tokens.", no_args_is_help=True)


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
    from minewatch.services import accounts
    from minewatch.storage.engine import writing

    # an empty --password is refused like a short one; only a missing one is asked for
    secret = password if password is not None else ask_password(confirm=True)
    with ready_app() as app:

        def add() -> int:
            with writing(app.engine) as connection:
                return accounts.add_user(
                    connection, username, secret, accounts.Role.named(role), cli_actor()
                )

        run(add)
    out.print(f"Added {role} {username!r}.")


@user_cli.command("token")
def user_token(
    username: str,
    scope: Annotated[
        list[str], typer.Option(help="records:write, review:write or admin (repeatable)")
    ],
    label: Annotated[str, typer.Option(help="What the token is for")] = "api",
    expires_days: Annotated[
        int, typer.Option(help="Days until it expires (0: never, until revoked)", min=0)
    ] = 90,
) -> None:
    """Create an API token for a user; it is printed once and never stored in plain text."""
    from minewatch.services import accounts
    from minewatch.storage.engine import writing

    expires = utc_now() + timedelta(days=expires_days) if expires_days else None
    with ready_app() as app:

        def create() -> str:
            with writing(app.engine) as connection:
                return accounts.create_token(
                    connection, username, scope, label, cli_actor(), expires_at=expires
                )

        token = run(create)
    sys.stdout.write(token + "\n")


@user_cli.command("revoke")
def user_revoke(token: str) -> None:
    """Revoke an API token."""
    from minewatch.services import accounts
    from minewatch.storage.engine import writing

    with ready_app() as app:

        def revoke() -> None:
            with writing(app.engine) as connection:
                accounts.revoke_token(connection, token, cli_actor())

        run(revoke)
    out.print("Token revoked.")


def register(cli: typer.Typer) -> None:
    cli.add_typer(user_cli, name="user")
