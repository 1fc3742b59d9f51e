"""The review queue in real Chromium, on both backends: claims grouped by document, each
sentence in its context with its figures highlighted, a claim repeating an accepted record
marked as corroborating, and a whole document accepted with one button."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from minewatch.app import App
from minewatch.domain.evidence import ReviewStatus
from minewatch.services import accounts, ingest, review

from .dashboard_harness import Browse, Server, browse_with, serve

PASSWORD = "correct horse battery"
STORY = (
    "SOURCE: https://news.example/battambang\nDATE: 2024-05-20\n"
    "Villagers near the border have avoided their fields since the rains began.\n\n"
    "Two children were injured by a landmine in Battambang on 18 May 2024, police said.\n\n"
    "The area had been surveyed by deminers in 2019 but never cleared.\n"
)
REPEAT = (
    "SOURCE: https://news.example/finland\nDATE: 2025-07-11\n"
    "Finland deposited its notice of withdrawal from the Mine Ban Convention on 10 July 2025.\n"
)


@pytest.fixture
def queue_server(loaded_app: App, tmp_path: Path) -> Iterator[Server]:
    """A private database with two ingested stories and a reviewer, served on 127.0.0.1."""
    paths = []
    for name, text in (("battambang.txt", STORY), ("finland.txt", REPEAT)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    assert ingest.ingest(loaded_app, paths, "test:browser").failures == []
    with loaded_app.engine.begin() as connection:
        accounts.add_user(connection, "rita", PASSWORD, accounts.Role.REVIEWER, "test:setup")
    yield from serve(loaded_app)


@pytest.fixture
def reviewer(browser: Browser, queue_server: Server) -> Iterator[Browse]:
    yield from browse_with(browser, queue_server, 1280, 900)


def test_a_reviewer_reads_the_queue_by_document_and_accepts_one_whole(
    reviewer: Browse, queue_server: Server
) -> None:
    page = reviewer.open("/login?next=/review")
    page.fill("#username", "rita")
    page.fill("#password", PASSWORD)
    page.click("#login button[type=submit]")
    page.wait_for_url("**/review")
    documents = page.locator("section.document")
    assert documents.count() == 2
    story = documents.filter(has_text="news.example/battambang")
    claim = story.locator("article.claim").first
    quote = claim.locator("blockquote")
    assert quote.locator(".context.before").inner_text().startswith("Villagers near the border")
    assert quote.locator(".context.after").inner_text().startswith("The area had been surveyed")
    marked = quote.locator(".sentence mark.figure").all_inner_texts()
    assert "18" in marked and "2024" in marked
    repeat = documents.filter(has_text="news.example/finland").locator("article.claim")
    assert repeat.get_attribute("data-corroborates") == "true"
    assert "Corroborates accepted records" in repeat.inner_text()
    assert "treaty:FIN:withdrawal_notice" in repeat.inner_text()
    reviewer.shot("review-queue")
    waiting = story.locator("article.claim").count()
    story.get_by_role("button", name=f"Accept all {waiting} as found").click()
    page.wait_for_selector("#review-done")
    assert page.locator("section.document").count() == 1
    accepted = review.queue(queue_server.app, (ReviewStatus.ACCEPTED,))["candidates"]
    assert len(accepted) == waiting and all(c["review"]["reviewer"] == "rita" for c in accepted)
    reviewer.assert_clean()
