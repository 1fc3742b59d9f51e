"""Running the ``minewatch`` command inside a test: ``invoke`` it, pointed at a test database."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str, str]:
    """``minewatch ARGS...``: its exit code, standard output and standard error."""
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def use_database(app: App, monkeypatch: pytest.MonkeyPatch) -> App:
    """``app``'s database made the one the commands open (MINEWATCH_DATABASE_URL)."""
    url = app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    return app
