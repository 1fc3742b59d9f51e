"""A source whose header says ``SOURCE: synthetic`` is labelled synthetic wherever a claim or a
figure from it is shown (review queue page and CLI, country profile page and API), and a real
source is not (project standard: synthetic data is labelled synthetic everywhere it is shown)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.domain.evidence import is_synthetic
from minewatch.services import ingest, review
from minewatch.services.accounts import Role

from .helpers import add_user
from .test_web_review import _login

# Our own wording: two casualty reports from Afghanistan, one made up, one from a news address.
MADE_UP = (
    "SOURCE: synthetic\nDATE: 2024-03-02\n"
    "Two farmers were killed by an anti-personnel mine in Afghanistan's Ghazni province on "
    "1 March 2024.\n"
)
REPORTED = (
    "SOURCE: https://news.example/helmand\nDATE: 2024-06-12\n"
    "Three children were injured by a landmine in Afghanistan's Helmand province on "
    "10 June 2024.\n"
)
LABEL = re.compile(r'<span class="synthetic"[^>]*>synthetic')


def _ingested(app: App, folder: Path) -> dict[str, int]:
    """Both documents ingested; their source ids by file name."""
    paths = []
    for name, text in (("made_up.txt", MADE_UP), ("reported.txt", REPORTED)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    report = ingest.ingest(app, paths, "test:synthetic")
    assert report.failures == []
    ids: dict[str, int] = {}
    for claim in review.queue(app)["candidates"]:
        cite = claim["citations"][0]
        ids["made_up" if "Ghazni" in claim["evidence"] else "reported"] = cite["source_id"]
    assert set(ids) == {"made_up", "reported"}
    return ids


def test_the_rule_reads_the_publisher_label() -> None:
    assert is_synthetic("synthetic") and is_synthetic(" Synthetic ")
    assert not is_synthetic("Synthetic Aperture Radar Monthly")
    assert not is_synthetic(None) and not is_synthetic("Reuters")


def test_the_review_queue_labels_a_synthetic_source_only(
    client: TestClient, loaded_app: App, tmp_path: Path
) -> None:
    ids = _ingested(loaded_app, tmp_path)
    queued = review.queue(loaded_app)
    by_source = {d["source_id"]: d for d in queued["documents"]}
    assert by_source[ids["made_up"]]["synthetic"] is True
    assert by_source[ids["reported"]]["synthetic"] is False
    add_user(loaded_app, "rita", Role.REVIEWER)
    _login(client, "rita")
    page = client.get("/review").text
    sections = {
        key: page.split(f'id="document-{source_id}"', 1)[1].split("</section>", 1)[0]
        for key, source_id in ids.items()
    }
    assert len(LABEL.findall(sections["made_up"])) == 2  # the document and its claim
    assert LABEL.search(sections["reported"]) is None
    token_json = client.get("/review.json").json()
    cites = {c["citations"][0]["source_id"]: c["citations"][0] for c in token_json["candidates"]}
    assert cites[ids["made_up"]]["synthetic"] is True
    assert cites[ids["reported"]]["synthetic"] is False


def test_review_list_on_the_cli_labels_a_synthetic_source(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(False))
    ids = _ingested(loaded_app, tmp_path)
    result = CliRunner().invoke(cli, ["review", "list"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    blocks = {
        key: said.split(f"── source {source_id}:", 1)[1].split("── source", 1)[0]
        for key, source_id in ids.items()
    }
    assert "[SYNTHETIC source: not real data]" in blocks["made_up"]
    assert "SYNTHETIC" not in blocks["reported"]
    (record,) = [
        c["record"] for c in review.queue(loaded_app)["candidates"] if "Ghazni" in c["evidence"]
    ]
    shown = CliRunner().invoke(cli, ["review", "show", record])
    assert shown.exit_code == 0 and '"synthetic": true' in shown.stdout


def test_a_profile_labels_a_figure_from_a_synthetic_source_only(
    client: TestClient, loaded_app: App, tmp_path: Path
) -> None:
    _ingested(loaded_app, tmp_path)
    for claim in review.queue(loaded_app)["candidates"]:
        verdict = review.Verdict(review.Decision.ACCEPT, claim["version"])
        review.decide(loaded_app, claim["record"], verdict, "test:reviewer")
    body = client.get("/api/v1/states/AFG", params={"as_of": "2026-01-01"}).json()
    cites = {
        c["url"]: c["synthetic"]
        for item in body["casualties"]
        for c in item["citations"]
        if c["url"] in (None, "https://news.example/helmand")
    }
    assert cites == {None: True, "https://news.example/helmand": False}
    page = client.get("/states/AFG", params={"as_of": "2026-01-01"}).text
    notes = re.findall(r'<li id="fn-(\d+)"(.*?)</li>', page, re.S)
    labelled = [n for n, text in notes if LABEL.search(text)]
    plain = [n for n, text in notes if "news.example/helmand" in text]
    assert len(labelled) == 1 and len(plain) == 1
    assert LABEL.search(dict(notes)[plain[0]]) is None
    # beside the figure: the reference to the synthetic note carries the label, the other not
    refs = re.findall(r'<a href="#fn-(\d+)"[^>]*aria-label="([^"]*)"', page)
    assert any(n == labelled[0] and "synthetic" in label for n, label in refs)
    assert all("synthetic" not in label for n, label in refs if n == plain[0])


def test_search_labels_a_synthetic_source_and_what_it_gave(
    client: TestClient, loaded_app: App, tmp_path: Path
) -> None:
    """Search lists sources and records: a synthetic source, and a record it alone gave, carry
    ``synthetic`` (JSON) and the label (page), the real ones not (before: neither did)."""
    ids = _ingested(loaded_app, tmp_path)
    for claim in review.queue(loaded_app)["candidates"]:
        verdict = review.Verdict(review.Decision.ACCEPT, claim["version"])
        review.decide(loaded_app, claim["record"], verdict, "test:reviewer")
    found = client.get("/search.json", params={"q": "afghanistan's"}).json()
    labels = {s["id"]: s["synthetic"] for s in found["sources"]}
    assert labels == {ids["made_up"]: True, ids["reported"]: False}
    profile = client.get("/api/v1/states/AFG", params={"as_of": "2026-01-01"}).json()
    given = {
        item["record"]: item["citations"][0]["source_id"] == ids["made_up"]
        for item in profile["casualties"]
        if item["citations"][0]["source_id"] in ids.values()
    }
    assert sorted(given.values()) == [False, True]
    for record, made_up in given.items():
        (row,) = client.get("/search.json", params={"q": record}).json()["records"]
        assert row["synthetic"] is made_up
        page = client.get("/search", params={"q": record}).text
        assert bool(LABEL.search(page.split('class="found-records"', 1)[1])) is made_up
    page = client.get("/search", params={"q": "afghanistan's"}).text
    listed = page.split('class="found-sources"', 1)[1].split("</ul>", 1)[0]
    items = dict(re.findall(r'<a href="/sources/(\d+)">(.*?)</li>', listed, re.S))
    assert LABEL.search(items[str(ids["made_up"])])
    assert LABEL.search(items[str(ids["reported"])]) is None


def test_the_state_command_labels_a_synthetic_source_without_an_address(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``minewatch state``'s source list marks the synthetic source and, for a source with no
    address, prints its title alone (before: 'title <None> [SYNTHETIC source]')."""
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(False))
    _ingested(loaded_app, tmp_path)
    for claim in review.queue(loaded_app)["candidates"]:
        verdict = review.Verdict(review.Decision.ACCEPT, claim["version"])
        review.decide(loaded_app, claim["record"], verdict, "test:reviewer")
    result = CliRunner().invoke(cli, ["state", "AFG", "--as-of", "2026-01-01"])
    assert result.exit_code == 0, result.output
    notes = " ".join(result.stdout.split("\nSources:", 1)[1].split())
    made_up = notes.split("Two farmers were killed", 1)[1].split("[", 1)[0]
    assert "<" not in made_up and "None" not in notes
    assert "Ghazni province on 1 March 2024. [SYNTHETIC source]" in notes
    reported = notes.split("Three children were injured", 1)[1].split(" — ", 1)[0]
    assert "<https://news.example/helmand>" in reported and "SYNTHETIC" not in reported
