"""Kept public answers (web/answers.py), both backends: an answer is kept until a write it
depends on, a write is in the next read, concurrent misses run the route once, and an answer
made for a credentialed caller never reaches an anonymous one (nor the reverse)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.domain.evidence import RecordDraft
from minewatch.domain.kinds import Kind
from minewatch.services import ledger, sessions
from minewatch.services.accounts import Role
from minewatch.settings import Settings
from minewatch.web.answers import Answer, AnswerCache
from minewatch.web.app import create_app
from tests.evidence.helpers import PASSWORD, token_for
from tests.field.helpers import run_import, square_wkt, write_csv
from tests.support.loops import run_in_own_loop


@pytest.fixture
def web(loaded_app: App) -> FastAPI:
    return create_app(loaded_app)


@pytest.fixture
def client(web: FastAPI) -> Iterator[TestClient]:
    with TestClient(web) as test_client:
        yield test_client


def _answers(web: FastAPI) -> AnswerCache:
    answers: AnswerCache = web.state.answers
    return answers


def _write(
    app: App,
    kind: Kind,
    record_id: str,
    data: dict[str, object],
    iso3: str | None,
    base: int | None = None,
) -> None:
    draft = RecordDraft(record_id, str(kind), data, (), iso3=iso3, valid_from="2024-01-01")
    with app.engine.begin() as connection:
        ledger.write_version(connection, draft, base_version=base, actor="test", reason="test")


def test_an_answer_is_kept_until_a_write_of_a_kind_it_read(
    loaded_app: App, web: FastAPI, client: TestClient
) -> None:
    answers = _answers(web)
    first = client.get("/overview.json")
    assert first.status_code == 200
    assert client.get("/overview.json").content == first.content
    assert answers.runs == 1  # the second answer was the kept one
    # A stockpile figure is not an indicator: the overview is still kept.
    _write(loaded_app, Kind.STOCKPILE_FIGURE, "stockpile_figure:answers", {"destroyed": 1}, "EST")
    assert client.get("/overview.json").content == first.content
    assert answers.runs == 1
    # An indicator is what the overview reads: the next answer is made again and shows it.
    data = {"indicator": "answers-test-indicator", "value": 7}
    _write(loaded_app, Kind.INDICATOR, "indicator:answers-test", data, None)
    after = client.get("/overview.json")
    assert answers.runs == 2
    assert "answers-test-indicator" in after.text and "answers-test-indicator" not in first.text


def test_an_acknowledged_write_is_in_the_next_public_read(
    loaded_app: App, client: TestClient
) -> None:
    writer = token_for(loaded_app, "ans-writer", Role.REVIEWER, ["records:write", "review:write"])
    before = client.get("/api/v1/states/EST")
    assert before.status_code == 200 and "answers write" not in before.text
    body = {
        "kind": "stockpile_figure",
        "iso3": "EST",
        "valid_from": "2024-01-01",
        "data": {"destroyed": 5, "unit": "mines", "notes": "answers write"},
        "citations": [{"source_id": 1, "quote": "answers write"}],
        "reason": "test",
    }
    headers = {"Authorization": f"Bearer {writer}"}
    written = client.post(
        "/api/v1/records/stockpile_figure:ans/versions", json=body, headers=headers
    )
    assert written.status_code == 201, written.text
    after = client.get("/api/v1/states/EST")
    assert [s["record"] for s in after.json()["stockpiles"]].count("stockpile_figure:ans") == 1
    record = client.get("/api/v1/records/stockpile_figure:ans")
    assert record.status_code == 200 and record.json()["versions"][0]["version"] == 1


def _stockpile_ids(client: TestClient, iso3: str) -> list[str]:
    answer = client.get(f"/api/v1/states/{iso3}")
    assert answer.status_code == 200, answer.text
    return [s["record"] for s in answer.json()["stockpiles"]]


def _version(app: App, record_id: str, iso3: str, base: int | None) -> None:
    _write(app, Kind.STOCKPILE_FIGURE, record_id, {"destroyed": 1}, iso3, base)


def test_a_write_about_one_state_keeps_the_other_states_profiles(
    loaded_app: App, web: FastAPI, client: TestClient
) -> None:
    answers = _answers(web)
    finland = client.get("/api/v1/states/FIN")
    assert "stockpile_figure:est-only" not in _stockpile_ids(client, "EST")
    assert answers.runs == 2
    _version(loaded_app, "stockpile_figure:est-only", "EST", None)
    assert client.get("/api/v1/states/FIN").content == finland.content
    assert answers.runs == 2, "a write about Estonia made Finland's profile again"
    assert "stockpile_figure:est-only" in _stockpile_ids(client, "EST")
    assert answers.runs == 3


def test_a_record_moved_to_another_state_leaves_the_old_states_profile(
    loaded_app: App, client: TestClient
) -> None:
    _version(loaded_app, "stockpile_figure:moving", "FIN", None)
    assert "stockpile_figure:moving" in _stockpile_ids(client, "FIN")
    assert "stockpile_figure:moving" not in _stockpile_ids(client, "EST")
    _version(loaded_app, "stockpile_figure:moving", "EST", 1)  # the new version names Estonia
    assert "stockpile_figure:moving" not in _stockpile_ids(client, "FIN")
    assert "stockpile_figure:moving" in _stockpile_ids(client, "EST")


def test_use_on_a_states_territory_changes_its_profile(loaded_app: App, client: TestClient) -> None:
    """Use is shown on the user's profile and on the territory's: a write about Russia's use in
    Ukraine is in Ukraine's next profile."""

    def use_ids() -> list[str]:
        return [u["record"] for u in client.get("/api/v1/states/UKR").json()["use_events"]]

    assert "use_event:answers" not in use_ids()
    data: dict[str, object] = {
        "actor": "RUS",
        "territory": "UKR",
        "status": "confirmed",
        "date": "2024-01-01",
    }
    _write(loaded_app, Kind.USE_EVENT, "use_event:answers", data, "RUS")
    assert "use_event:answers" in use_ids()


def test_an_answer_from_a_direct_query_is_made_again_after_any_write(
    loaded_app: App, web: FastAPI, client: TestClient
) -> None:
    answers = _answers(web)
    path = "/api/v1/records/treaty:FIN:withdrawal_effective"
    assert client.get(path).status_code == client.get(path).status_code == 200
    assert answers.runs == 1
    _write(loaded_app, Kind.STOCKPILE_FIGURE, "stockpile_figure:answers", {"destroyed": 1}, "EST")
    assert client.get(path).status_code == 200
    assert answers.runs == 2


def test_concurrent_misses_run_the_route_once(web: FastAPI) -> None:
    async def many() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=web)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await asyncio.gather(*(client.get("/states/FIN.json") for _ in range(12)))

    found = run_in_own_loop(many)
    assert {r.status_code for r in found} == {200}
    assert len({r.content for r in found}) == 1
    assert _answers(web).runs == 1


def _hidden_hazard(app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "private.csv",
        ["reference", "iso3", "hazard_type", "status", "is_public", "wkt"],
        [["P-1", "COL", "SHA", "open", "no", square_wkt(-74.0, 4.0, 0.01)]],
    )
    run_import(app, [path], layer="hazards")


@pytest.mark.parametrize("credential", ["token", "cookie"])
@pytest.mark.parametrize("anonymous_first", [True, False])
def test_public_and_credentialed_answers_never_cross(
    loaded_app: App,
    web: FastAPI,
    client: TestClient,
    tmp_path: Path,
    anonymous_first: bool,
    credential: str,
) -> None:
    """A hidden hazard: the public rule withholds its place; an analyst (by API token or by
    session cookie) sees it."""
    _hidden_hazard(loaded_app, tmp_path)
    token = token_for(loaded_app, "answers-analyst", Role.ANALYST, [])
    cookie = sessions.login(loaded_app, "answers-analyst", PASSWORD)
    urls = ["/field/features.json?layer=hazards", "/api/v1/layers/hazards"]

    def public(url: str) -> None:
        client.cookies.clear()
        body = client.get(url).json()
        assert body["public"] is True
        assert body["features"][0]["properties"]["location"] == "withheld"
        assert body["features"][0]["geometry"] is None

    def analysts(url: str) -> None:
        if credential == "cookie":
            client.cookies.set(sessions.COOKIE_NAME, cookie)
            answer = client.get(url)
        else:
            answer = client.get(url, headers={"Authorization": f"Bearer {token}"})
        assert "private" in answer.headers["cache-control"]
        body = answer.json()
        assert body["public"] is False and body["features"][0]["geometry"] is not None

    for url in urls:
        order = (public, analysts) if anonymous_first else (analysts, public)
        for check in (*order, *order):
            check(url)
    # Only the anonymous answers went through the cache: kept once per URL, made once each.
    assert len(_answers(web)) == _answers(web).runs == len(urls)


class _Still(AnswerCache):
    """Write marks that never move, and a count of the checks made (no database needed)."""

    checks = 0

    def _observe(self) -> tuple[int, int]:
        self.checks += 1
        return (1, 1)


def test_a_cancelled_first_request_leaves_the_waiting_ones_to_run_it(tmp_path: Path) -> None:
    app = App.from_settings(Settings(database_url=str(tmp_path / "unused.db")))
    cache = _Still(app)
    started, never = asyncio.Event(), asyncio.Event()

    async def slow() -> Answer | None:
        started.set()
        await never.wait()
        return None

    async def quick() -> Answer | None:
        return Answer(200, (), b"theirs")

    async def scenario() -> Answer | None:
        first = asyncio.create_task(cache.answer("key", slow))
        await started.wait()
        second = asyncio.create_task(cache.answer("key", quick))
        while cache.checks < 2:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)  # the second request is waiting on the first one's run
        first.cancel()
        return await second

    answer = run_in_own_loop(scenario)
    assert answer is not None and answer.body == b"theirs"
    assert cache.runs == 1  # the second request joined the first one's run, then ran its own
    app.close()
