"""Review at the speed of the news: the queue grouped by document with the figures marked,
a whole document accepted or rejected at once, and a claim that repeats an accepted record
marked as corroborating instead of queued as new. On both backends."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.domain.errors import InvalidInput, NotFound
from minewatch.domain.evidence import SourceDraft, SourceKind
from minewatch.extract.sentences import split_sentences
from minewatch.services import accounts, claims, ingest, ledger, review
from minewatch.web.app import create_app

from .helpers import ACTOR, FINLAND, PASSWORD, STOCKPILE, add_claim, add_user, fields, token_for

REVIEWER = "test:reviewer"
USE = fields(
    type="use_allegation",
    actor_iso3="MMR",
    date="2024-05",
    evidence="Soldiers laid 40 mines near the border in May 2024, villagers said.",
)
REPEAT = fields(
    type="treaty_action",
    actor_iso3="FIN",
    date="2025-07-10",
    action="withdrawal_notified",
    evidence="Finland deposited its notice of withdrawal on 10 July 2025.",
)


def add_document(app: App, url: str, *given: dict[str, Any]) -> tuple[int, list[str]]:
    """One document (one source) with these claims; returns its source id and claim ids."""
    sha = hashlib.sha256(url.encode()).hexdigest()
    with app.engine.begin() as connection:
        source = SourceDraft(SourceKind.NEWS, f"Story at {url}", url=url, sha256=sha)
        source_id, _ = ledger.ensure_source(connection, source, ACTOR)
        ids = []
        for item in given:
            record_id = claims.claim_record_id(sha, item)
            draft = claims.claim_draft(record_id, item, source_id)
            ledger.write_version(connection, draft, base_version=None, actor=ACTOR, reason="t")
            ids.append(record_id)
    return source_id, ids


def test_the_queue_groups_claims_by_document_with_figures_marked(loaded_app: App) -> None:
    first, ids = add_document(loaded_app, "https://news.example/a", FINLAND, STOCKPILE)
    other = add_claim(loaded_app, USE)
    body = review.queue(loaded_app)
    groups = {g["source_id"]: [c["record"] for c in g["claims"]] for g in body["documents"]}
    assert groups[first] == ids
    assert [other] in groups.values()
    stock = next(c for c in body["candidates"] if c["record"] == ids[1])
    marked = [stock["evidence"][a:b] for a, b in stock["highlights"]]
    assert marked == ["78", "5", "2017"]


def test_figures_written_as_words_are_marked_when_the_claim_counts_them() -> None:
    """'Two farmers were killed and three others injured' counts 2 and 3: those words are
    marked; a number word the claim does not count ('one of them') and 'a' are not."""
    evidence = "Two farmers were killed and three others injured by a mine; one of them in 2024."
    spans = review.highlights(evidence, (2, 3))
    assert [evidence[a:b] for a, b in spans] == ["Two", "three", "2024"]
    assert [evidence[a:b] for a, b in review.highlights(evidence)] == ["2024"]


def test_a_claim_repeating_an_accepted_record_is_corroborating_not_new(loaded_app: App) -> None:
    repeat = add_claim(loaded_app, REPEAT)
    new = add_claim(loaded_app, FINLAND)
    body = review.queue(loaded_app)
    assert [c["record"] for c in body["candidates"]] == [new]
    (corroborating,) = body["corroborating"]
    assert corroborating["record"] == repeat
    assert corroborating["corroborates"] == ["treaty:FIN:withdrawal_notice"]


def test_accepting_a_document_accepts_all_its_claims_and_nothing_else(loaded_app: App) -> None:
    source_id, ids = add_document(loaded_app, "https://news.example/b", STOCKPILE, USE)
    other = add_claim(loaded_app, FINLAND)
    result = review.decide_document(loaded_app, source_id, review.Decision.ACCEPT, "", REVIEWER)
    assert [c["record"] for c in result["claims"]] == ids
    assert all(c["review_status"] == "accepted" and c["domain_record"] for c in result["claims"])
    assert [c["record"] for c in review.queue(loaded_app)["candidates"]] == [other]


def test_rejecting_a_document_needs_a_reason_and_an_unknown_one_is_not_found(
    loaded_app: App,
) -> None:
    source_id, _ = add_document(loaded_app, "https://news.example/c", STOCKPILE)
    with pytest.raises(InvalidInput):
        review.decide_document(loaded_app, source_id, review.Decision.REJECT, " ", REVIEWER)
    with pytest.raises(NotFound):
        review.decide_document(loaded_app, 999_999, review.Decision.ACCEPT, "", REVIEWER)
    result = review.decide_document(
        loaded_app, source_id, review.Decision.REJECT, "a rumour", REVIEWER
    )
    assert [c["review_status"] for c in result["claims"]] == ["rejected"]


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


def test_the_api_decides_a_whole_document(loaded_app: App, client: TestClient) -> None:
    source_id, ids = add_document(loaded_app, "https://news.example/d", STOCKPILE, USE)
    token = token_for(loaded_app, "rita", accounts.Role.REVIEWER, ["review:write"])
    headers = {"Authorization": f"Bearer {token}"}
    response = client.post(
        f"/api/v1/review/documents/{source_id}", json={"decision": "accept"}, headers=headers
    )
    assert response.status_code == 200
    assert [c["record"] for c in response.json()["claims"]] == ids
    listed = client.get("/api/v1/review/candidates", headers=headers).json()
    assert listed["documents"] == []


def test_the_cli_accepts_a_document(loaded_app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(hide_password=False)
    )
    source_id, ids = add_document(loaded_app, "https://news.example/e", STOCKPILE, USE)
    result = CliRunner().invoke(cli, ["review", "accept-document", str(source_id)])
    assert result.exit_code == 0, result.stdout
    assert all(f"{record_id} is accepted" in result.stdout for record_id in ids)
    listed = CliRunner().invoke(cli, ["review", "reject-document", str(source_id)])
    assert listed.exit_code != 0  # a rejection needs --reason


def test_the_review_page_form_rejects_a_whole_document(loaded_app: App, client: TestClient) -> None:
    source_id, _ = add_document(loaded_app, "https://news.example/f", STOCKPILE, USE)
    add_user(loaded_app, "rita", accounts.Role.REVIEWER)
    login = {"username": "rita", "password": PASSWORD, "next": "/review"}
    assert client.post("/login", data=login, follow_redirects=False).status_code == 303
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/review").text)
    assert found is not None
    form = {"csrf": found.group(1), "decision": "reject", "reason": " "}
    url = f"/review/documents/{source_id}"
    refused = client.post(url, data=form, follow_redirects=False)
    assert refused.status_code == 400 and f"source {source_id}" in refused.text
    assert len(review.queue(loaded_app)["documents"]) == 1
    form["decision"] = "maybe"
    assert client.post(url, data=form, follow_redirects=False).status_code == 400
    form.update(decision="reject", reason="a rumour")
    done = client.post(url, data=form, follow_redirects=False)
    assert (
        done.status_code == 303 and done.headers["location"] == f"/review?done=source+{source_id}"
    )
    assert review.queue(loaded_app)["documents"] == []


STORY = (
    "SOURCE: https://news.example/context\nDATE: 2024-05-20\n"
    "Villagers near the border have avoided their fields since the rains began.\n\n"
    "Two children were injured by a landmine in Battambang on 18 May 2024, police said.\n\n"
    "The area had been surveyed by deminers in 2019 but never cleared.\n"
)


def test_the_queue_shows_each_sentence_in_its_context(
    loaded_app: App, client: TestClient, tmp_path: Path
) -> None:
    path = tmp_path / "context.txt"
    path.write_text(STORY, encoding="utf-8")
    assert ingest.ingest(loaded_app, [path], ACTOR).failures == []
    (claim,) = [c for c in review.queue(loaded_app)["candidates"] if c["killed"] or c["injured"]]
    assert claim["evidence"].startswith("Two children were injured")
    assert claim["context"] == {
        "before": "Villagers near the border have avoided their fields since the rains began.",
        "after": "The area had been surveyed by deminers in 2019 but never cleared.",
    }
    add_user(loaded_app, "rita", accounts.Role.REVIEWER)
    login = {"username": "rita", "password": PASSWORD, "next": "/review"}
    assert client.post("/login", data=login, follow_redirects=False).status_code == 303
    page = client.get("/review").text
    assert '<span class="context before">Villagers near the border' in page
    assert '<span class="context after">The area had been surveyed' in page
    assert '<mark class="figure">18</mark>' in page and '<mark class="figure">2024</mark>' in page


def test_context_is_cut_at_a_word_and_absent_when_the_sentence_is_not_verbatim() -> None:
    long = "Mines " + "were laid near the road " * 20 + "long ago."
    text = f"{long} The claim sentence is here. {long}"
    found = ingest.sentence_context(text, "The claim sentence is here.", split_sentences(text))
    assert found is not None
    assert found["before"].startswith("… ") and found["before"].endswith("long ago.")
    assert found["after"].startswith("Mines were laid") and found["after"].endswith(" …")
    assert max(len(found["before"]), len(found["after"])) <= ingest.CONTEXT_LIMIT + 2
    assert ingest.sentence_context(text, "Not in the text.", split_sentences(text)) is None


def test_the_cli_marks_a_repeat_as_corroborating_not_new(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(
        "MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(hide_password=False)
    )
    repeat = add_claim(loaded_app, REPEAT)
    new = add_claim(loaded_app, FINLAND)
    result = CliRunner().invoke(cli, ["review", "list"])
    assert result.exit_code == 0, result.stdout
    text = " ".join(result.stdout.split())
    assert text.startswith("2 claims (candidate): 1 new, 1 corroborating")
    marked = text.split(repeat, 1)[1].split("claim:", 1)[0]
    assert "= corroborates the accepted record treaty:FIN:withdrawal_notice" in marked
    assert "corroborates" not in text.split(new, 1)[1].split("claim:", 1)[0]


def test_review_list_jsonl_has_a_line_for_every_claim_the_table_shows(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """jsonl printed only the new candidates: a queue of 1 new + 1 corroborating claim gave one
    line, so a script reading it never saw the claim that still waits for review."""
    monkeypatch.setenv(
        "MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(hide_password=False)
    )
    repeat = add_claim(loaded_app, REPEAT)
    new = add_claim(loaded_app, FINLAND)
    result = CliRunner().invoke(cli, ["review", "list", "--format", "jsonl"])
    assert result.exit_code == 0, result.stdout
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {line["record"] for line in lines} == {repeat, new}
    marks = {line["record"]: line.get("corroborates") for line in lines}
    assert marks[repeat] == ["treaty:FIN:withdrawal_notice"] and not marks[new]
    whole = json.loads(CliRunner().invoke(cli, ["review", "list", "--format", "json"]).stdout)
    assert [c["record"] for c in whole["corroborating"]] == [repeat]  # json keeps them apart
