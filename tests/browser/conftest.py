"""A real server and real headless Chromium for the dashboard's browser tests.

The server is uvicorn in a background thread on a free 127.0.0.1 port, serving a SQLite copy of
the reference database (``sqlite_reference_url`` from tests/conftest.py). Every page a test opens
goes through ``Browse``: requests to any other host are aborted and recorded, so a test can
assert that nothing left 127.0.0.1 while its pages loaded.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from dashboard_harness import Browse, Server, is_local
from playwright.sync_api import Browser, Playwright, Route, sync_playwright

from minewatch.app import App
from minewatch.settings import Settings
from minewatch.web.app import STATIC_DIR, create_app

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
    if not (STATIC_DIR / "vendor" / "maplibre-gl.js").exists():
        pytest.fail("front-end assets are not built: run `make frontend` (npm ci && npm run build)")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(served_app), log_level="warning", lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield Server(f"http://127.0.0.1:{port}", served_app)
    uv.should_exit = True
    thread.join(timeout=10)
    sock.close()


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


def _browse(browser: Browser, server: Server, width: int, height: int) -> Iterator[Browse]:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    browse = Browse(page, server.base)

    def guard(route: Route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            browse.offsite.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page.on("request", lambda r: browse.requests.append(r.url))
    page.on("request", lambda r: None if is_local(r.url) else browse.offsite.append(r.url))
    page.on("pageerror", lambda e: browse.errors.append(str(e)))
    page.on("console", lambda m: browse.errors.append(m.text) if m.type == "error" else None)
    yield browse
    context.close()


@pytest.fixture
def desktop(browser: Browser, server: Server) -> Iterator[Browse]:
    yield from _browse(browser, server, 1280, 900)


@pytest.fixture
def phone(browser: Browser, server: Server) -> Iterator[Browse]:
    yield from _browse(browser, server, 390, 844)
