"""Fixtures for the evidence tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.web.app import create_app


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    loaded_app.settings = loaded_app.settings.model_copy(update={"secret_key": "test-secret"})
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client
