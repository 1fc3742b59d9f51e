"""The command-line tests' database: an empty, migrated one on each backend, named by
MINEWATCH_DATABASE_URL for the commands (``support.cli.invoke`` runs them)."""

from __future__ import annotations

import pytest

from minewatch.app import App
from tests.support.cli import use_database


@pytest.fixture
def database(empty_app: App, monkeypatch: pytest.MonkeyPatch) -> App:
    return use_database(empty_app, monkeypatch)
