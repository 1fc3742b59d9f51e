"""What the dashboard's browser tests share: the server handle and a recording browser tab."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, Route

from minewatch.app import App
from minewatch.web.app import STATIC_DIR
from tests.support.server import live_server

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
LOCAL_HOSTS = {"127.0.0.1"}


@dataclass
class Server:
    base: str
    app: App


def is_local(url: str) -> bool:
    """A request that stays on this machine: 127.0.0.1, or a blob:/data: URL made by the page."""
    if url.startswith("data:"):
        return True
    parts = urlsplit(url[len("blob:") :] if url.startswith("blob:") else url)
    return parts.hostname in LOCAL_HOSTS


@dataclass
class Browse:
    """One browser context on the test server, recording every request and every page error."""

    page: Page
    base: str
    offsite: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def open(self, path: str) -> Page:
        self.page.goto(self.base + path)
        return self.page

    def shot(self, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        target = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(target), full_page=True)
        return target

    def assert_clean(self) -> None:
        assert self.requests, "no request was recorded: the recorder is not wired"
        assert self.offsite == [], f"requests left 127.0.0.1: {self.offsite}"
        assert self.errors == [], f"errors in the page: {self.errors}"


def serve(served_app: App) -> Iterator[Server]:
    """uvicorn serving ``served_app`` on a free 127.0.0.1 port in a thread, until closed."""
    if not (STATIC_DIR / "vendor" / "maplibre-gl.js").exists():
        pytest.fail("front-end assets are not built: run `make frontend` (npm ci && npm run build)")
    with live_server(served_app) as base:
        yield Server(base, served_app)


def browse_with(browser: Browser, server: Server, width: int, height: int) -> Iterator[Browse]:
    """A recording browser context on ``server`` that refuses every request off 127.0.0.1."""
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
