"""What the dashboard's browser tests share: the server handle and a recording browser tab."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page

from minewatch.app import App

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
