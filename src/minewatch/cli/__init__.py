"""The ``minewatch`` command. Thin: each command opens the App, calls one service, prints.

Every command uses the database named by MINEWATCH_DATABASE_URL (default ``minewatch.db`` in the
working directory). Errors print one line, ``error (code): message``, to stderr and exit 2.

One module per group of commands, each with a ``register(cli)`` that adds its commands:

    common.py     opening the App, ``--format``, printing JSON and errors (shared by all)
    ledger.py     init, load-reference, status, state, serve, audit-verify
    users.py      user add | token | revoke
    evidence.py   ingest, extract, contradictions
    review.py     review list | show | accept | reject
    backup.py     backup PATH, restore PATH
    field.py      import, export, rollup (field data layers)
    forms.py      forms list | get

To add commands (backup/restore, import/export, forms, reports...): write
``minewatch/cli/<group>.py`` with plain functions that open the App with
``common.ready_app()``, call one service inside ``common.run(...)``, and print with
``common.emit`` / ``common.out``; take ``output: common.Format = OutputFormat.TABLE`` when the
command prints data; end the module with ``register(cli)``; add the module to ``GROUPS`` below;
document the commands in README.md (a test checks). A command module imports services,
analysis and domain, never ``minewatch.web`` or another face. It imports services (and
anything that loads SQLAlchemy, geometry, spreadsheets or the extractor) inside the command
function, not at the top: ``minewatch --help`` then starts in 0.3 s of CPU instead of 1.5 s
(tests/cli/test_help.py checks that no command's ``--help`` loads them).
"""

from __future__ import annotations

import typer

from minewatch.cli import backup, evidence, field, forms, ledger, review, users
from minewatch.cli.common import OneLineErrors, reflow_help, unexpected

__all__ = ["cli", "main"]

GROUPS = (ledger, users, evidence, review, backup, field, forms)

cli = typer.Typer(
    cls=OneLineErrors,
    help="minewatch: anti-personnel mines, from the treaty to the minefield.",
    no_args_is_help=True,
    add_completion=False,
)
for group in GROUPS:
    group.register(cli)
reflow_help(cli)


def main() -> None:
    """The console script: no traceback ever reaches the user (a bug still prints one line,
    ``error (internal_error): ...``, naming the file that holds the details; see
    ``common.unexpected``)."""
    try:
        cli()
    except Exception as exc:
        try:
            unexpected(exc)
        except typer.Exit as done:
            raise SystemExit(done.exit_code) from None
