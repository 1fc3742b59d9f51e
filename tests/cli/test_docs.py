"""A command nobody can find is a command nobody uses: every CLI command is in the README."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from minewatch.cli import cli
from minewatch.services.accounts import MIN_PASSWORD_LENGTH

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _command_names(app: typer.Typer) -> list[str]:
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    return names + [g.name for g in app.registered_groups if g.name]


def test_every_command_is_in_the_readme() -> None:
    names = _command_names(cli)
    assert {"init", "load-reference", "status", "state", "serve", "ingest", "review"} <= set(names)
    missing = [n for n in names if f"minewatch {n}" not in README]
    assert missing == []


def test_the_readme_states_the_password_length_the_accounts_enforce() -> None:
    # README once said 16+ while `user add` refused only passwords under 12.
    told = re.findall(r"--password \((\d+)\+ characters\)", README)
    assert told == [str(MIN_PASSWORD_LENGTH)]
