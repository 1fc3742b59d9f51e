"""One ``--format`` option: the same choices and the same error on every command."""

from __future__ import annotations

import json
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli

runner = CliRunner()
PRINTING = [
    ["status"],
    ["state", "FIN"],
    ["ingest", "x.txt"],
    ["extract", "x.txt"],
    ["contradictions"],
    ["review", "list"],
]


def _format_option(path: list[str]) -> str:
    command: Any = typer.main.get_command(cli)
    for part in path:
        command = command.commands[part]
    (option,) = [p for p in command.params if "--format" in p.opts]
    return str(option.metavar)


@pytest.mark.parametrize("path", PRINTING, ids=lambda p: p[0])
def test_every_printing_command_offers_the_same_choices(path: list[str]) -> None:
    names = [p for p in path if p.islower() and "." not in p]
    assert _format_option(names) == "[table|json|jsonl]"


@pytest.mark.parametrize("path", PRINTING, ids=lambda p: p[0])
def test_an_unknown_format_is_the_same_error_everywhere(path: list[str]) -> None:
    result = runner.invoke(cli, [*path, "--format", "xml"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error (invalid_input): --format must be table, text, json or jsonl, not 'xml'"
    )


@pytest.fixture
def loaded_url(loaded_app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(False))


@pytest.mark.usefixtures("loaded_url")
def test_jsonl_prints_one_state_per_line_and_text_is_table() -> None:
    lines = runner.invoke(cli, ["status", "--as-of", "2026-02-03", "--format", "jsonl"]).stdout
    rows = [json.loads(line) for line in lines.splitlines()]
    assert len(rows) == 197 and {"iso3", "status"} <= set(rows[0])
    table = runner.invoke(cli, ["status", "--as-of", "2026-02-03", "--format", "table"]).stdout
    text = runner.invoke(cli, ["status", "--as-of", "2026-02-03", "--format", "text"]).stdout
    assert text == table and "States Parties 162" in text
