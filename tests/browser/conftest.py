"""A real server and real headless Chromium for the dashboard's browser tests.

The server is uvicorn in a background thread on a free 127.0.0.1 port, serving a SQLite copy of
the reference database (``sqlite_reference_url`` from tests/conftest.py). Every page a test opens
goes through ``Browse``: requests to any other host are aborted and recorded, so a test can
assert that nothing left 127.0.0.1 while its pages loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

from minewatch.app import App
from minewatch.settings import Settings

from .dashboard_harness import Browse, Server, browse_with, serve

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def served_app(sqlite_reference_url: str) -> Iterator[App]:
    app = App.from_settings(Settings(database_url=sqlite_reference_url))
    yield app
    app.close()


@pytest.fixture(scope="session")
def server(served_app: App) -> Iterator[Server]:
    yield from serve(served_app)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: the browser tests need Debian's chromium "
            "(scripts/system-deps.sh installs it; never `playwright install`)"
        )
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def desktop(browser: Browser, server: Server) -> Iterator[Browse]:
    yield from browse_with(browser, server, 1280, 900)


@pytest.fixture
def phone(browser: Browser, server: Server) -> Iterator[Browse]:
    yield from browse_with(browser, server, 390, 844)
