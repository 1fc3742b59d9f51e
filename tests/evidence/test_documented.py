"""Every evidence command, option and setting is in docs/evidence.md (a test fails otherwise)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer

from minewatch.cli import cli

DOC = (Path(__file__).resolve().parents[2] / "docs" / "evidence.md").read_text(encoding="utf-8")
COMMANDS = [
    "ingest",
    "extract",
    "contradictions",
    "review list",
    "review show",
    "review accept",
    "review reject",
]


def _command(path: str) -> Any:
    found: Any = typer.main.get_command(cli)
    for part in path.split():
        found = found.commands[part]
    return found


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_and_option_is_documented(name: str) -> None:
    assert f"minewatch {name}" in DOC
    options = [o for p in _command(name).params for o in p.opts if o.startswith("--")]
    assert options or name == "review show"
    for option in options:
        assert option in DOC, f"{name} {option} is not in docs/evidence.md"


def test_the_secret_key_setting_is_documented() -> None:
    assert "MINEWATCH_SECRET_KEY" in DOC
