"""Country profiles as JSON (the API and the page's .json twin), on both backends: sourced use,
stockpiles, casualties and deadlines with their status."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.web.app import create_app

AS_OF = {"as_of": "2026-11-30"}


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


def _get(client: TestClient, iso3: str, **params: str) -> dict[str, Any]:
    response = client.get(f"/api/v1/states/{iso3}", params=AS_OF | params)
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def _deadline(profile: dict[str, Any], article: str) -> dict[str, Any]:
    return next(d for d in profile["deadlines"] if d["article"] == article)


def test_the_page_json_twin_is_the_api_profile(client: TestClient) -> None:
    page = client.get("/states/UKR.json", params=AS_OF).json()
    assert page == _get(client, "UKR")


def test_ukraine_use_names_who_reported_it_and_keeps_disagreement(client: TestClient) -> None:
    use = _get(client, "UKR")["use_events"]
    own = [u for u in use if u["role"] == "user"]
    assert {u["level"] for u in own} >= {"alleged", "confirmed"}
    reporters = {u["reported_by"] for u in own}
    assert "Human Rights Watch" in reporters and "Landmine Monitor (ICBL-CMC)" in reporters
    russia = [u for u in use if u["role"] == "territory"]
    assert russia and {u["actor"] for u in russia} == {"RUS"}
    assert all(u["citations"][0]["url"].startswith("http") for u in use)


def test_deadlines_are_computed_from_the_records(client: TestClient) -> None:
    ukraine = _get(client, "UKR")
    art5 = _deadline(ukraine, "5")
    assert (art5["status"], art5["due"], art5["extensions"]) == ("extended", "2033-12-01", 2)
    assert _deadline(ukraine, "4")["status"] == "missed"  # mines still held after 2010
    greece = _deadline(_get(client, "GRC"), "4")
    assert (greece["status"], greece["due"]) == ("missed", "2008-03-01")
    finland = _deadline(_get(client, "FIN"), "4")
    assert (finland["status"], finland["late"]) == ("met", False)
    cambodia = _deadline(_get(client, "KHM"), "5")
    assert (cambodia["status"], cambodia["due"], cambodia["extensions"]) == (
        "extended",
        "2030-12-31",
        3,
    )
    # Before the 2023 extension, the 2021 deadline had passed with nothing recorded.
    then = _deadline(_get(client, "UKR", as_of="2022-06-01"), "5")
    assert (then["status"], then["due"]) == ("not_known", "2021-06-01")


def test_successor_states_take_their_dates_from_their_sourced_rows(client: TestClient) -> None:
    south_sudan = _get(client, "SSD")
    eif = next(e for e in south_sudan["timeline"] if e["kind"] == "entry_into_force")
    assert eif["date"] == "2011-07-09"  # the date of succession, not the 2011-11-11 notice
    art5 = _deadline(south_sudan, "5")
    assert art5["original"] == "2021-07-09" and art5["extensions"] == 1
    assert any(
        c["step"] == "extension_granted" and c["deadline"] == "2026-07-09" for c in art5["chain"]
    )
    montenegro = _deadline(_get(client, "MNE"), "4")
    assert (montenegro["status"], montenegro["due"]) == ("met", "2011-04-01")
    assert "Art. 17" not in montenegro["basis"]


def test_casualties_and_stockpiles_keep_their_sources_and_scope(client: TestClient) -> None:
    myanmar = _get(client, "MMR")
    assert all(c["citations"] and c["scope"] for c in myanmar["casualties"])
    assert any(c["approximate"] for c in myanmar["casualties"])  # "~1500" stays approximate
    russia = _get(client, "RUS")["stockpiles"]
    ranged = next(s for s in russia if s["value_text"] == "22000000-25000000")
    assert ranged["value"] is None and (ranged["low"], ranged["high"]) == (22000000, 25000000)


def test_national_policies_are_policy_versions(client: TestClient) -> None:
    finland = _get(client, "FIN")["policies"]
    kinds = [p["policy_kind"] for p in finland]
    assert "withdrawal_law" in kinds and "reintroduction" in kinds
    assert [p["date"] for p in finland] == sorted(p["date"] for p in finland)


def test_the_cli_state_shows_deadlines_use_stockpiles_and_casualties_with_sources(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from minewatch.cli import cli

    monkeypatch.setenv(
        "MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(hide_password=False)
    )
    result = CliRunner().invoke(cli, ["state", "UKR", "--as-of", "2026-11-30"])
    assert result.exit_code == 0, result.stdout
    text = result.stdout
    for heading in ("Treaty deadlines:", "Use of anti-personnel mines:", "Stockpiles:"):
        assert heading in text
    assert "Art. 5 due 2033-12-01: extended" in text
    assert "extension granted 2023-11 -> 2033-12-01 [" in text
    assert "Casualties:" in text and "hrw.org" in text
