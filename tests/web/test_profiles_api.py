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


def test_use_by_forces_of_no_state_is_use_on_the_territory(client: TestClient) -> None:
    """The Nagorno-Karabakh rows name no state as user (actor_iso3 blank, territory AZE): they
    show on Azerbaijan's profile as use on its territory, never as Azerbaijan's own use."""
    use = _get(client, "AZE")["use_events"]
    karabakh = [u for u in use if "Nagorno-Karabakh" in u["actor_name"]]
    assert len(karabakh) == 2
    assert {(u["actor"], u["role"]) for u in karabakh} == {(None, "territory")}


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
    # Its first extension has no meeting date in its source; it still comes first in the chain.
    granted = [c["deadline"] for c in cambodia["chain"] if c["step"] == "extension_granted"]
    assert granted == ["2020-01-01", "2025-12-31", "2030-12-31"]
    # Before the 2023 extension, the 2021 deadline had passed with nothing recorded.
    then = _deadline(_get(client, "UKR", as_of="2022-06-01"), "5")
    assert (then["status"], then["due"]) == ("not_known", "2021-06-01")


def test_an_extension_is_counted_once_and_an_unstated_new_deadline_is_not_a_stale_one(
    client: TestClient,
) -> None:
    # Angola's 2017 extension is in two rows (APMBC with the date, the Monitor FAQ naming the
    # meeting): two extensions, not three; the 2030 request is not a grant.
    angola = _deadline(_get(client, "AGO"), "5")
    assert (angola["status"], angola["due"], angola["extensions"]) == (
        "not_known",
        "2025-12-31",
        2,
    )
    # Senegal: its 2009 deadline was extended at the 9MSP (Nov 2008); the source gives no new
    # date. Extended, the new deadline not stated: 2009-03-01 is no longer its deadline.
    senegal = _deadline(_get(client, "SEN"), "5")
    assert (senegal["status"], senegal["due"], senegal["due_unstated"]) == ("extended", None, True)
    assert "new deadline is not in its sources" in senegal["basis"]
    # Bosnia and Herzegovina's 2020 step is a request, not a grant: 2021-03-01 passed, no record
    # says either way.
    bosnia = _deadline(_get(client, "BIH"), "5")
    assert (bosnia["status"], bosnia["due"]) == ("not_known", "2021-03-01")


def test_cambodia_and_russia_show_their_sourced_stockpiles_and_casualties(
    client: TestClient,
) -> None:
    """The team's rows (apm_*_team.csv, each citing the page it was read from): Cambodia's
    stockpile destroyed 1994-1998 (Art. 4 met, from the record, not "not known"), its national
    casualty counts 2021-2023, and Russia's Monitor counts for 2005 and 2006."""
    cambodia = _get(client, "KHM")
    destroyed = [s for s in cambodia["stockpiles"] if s["record_type"] == "destroyed_cumulative"]
    assert [s["value"] for s in destroyed] == [71991]
    art4 = _deadline(cambodia, "4")
    assert (art4["status"], art4["late"]) == ("met", False)
    assert art4["completed_on"] == "1998"  # as the source gives it, not 1998-12-31
    assert _deadline(_get(client, "FIN"), "4")["completed_on"] == "2015-08-15"
    years = {c["year"]: (c["killed"], c["injured"], c["total"]) for c in cambodia["casualties"]}
    assert years == {2021: (None, None, 44), 2022: (None, None, 41), 2023: (4, 28, 32)}
    assert not any(c["monitor_count"] for c in cambodia["casualties"])  # CMAA's own count
    russia = {c["year"]: c for c in _get(client, "RUS")["casualties"]}
    assert {y: (c["killed"], c["injured"], c["total"]) for y, c in russia.items()} == {
        2005: (24, 36, 60),
        2006: (8, 54, 62),
    }
    assert all(c["monitor_count"] and c["citations"] for c in russia.values())
    # Greece's last mined area (Rhodes) was verified mine-free on 2013-03-08, before its
    # 2014-03-01 deadline: met, from the Monitor's profile, not "not known".
    greece = _deadline(_get(client, "GRC"), "5")
    assert (greece["status"], greece["completed_on"], greece["late"]) == (
        "met",
        "2013-03-08",
        False,
    )


APMBC_SSD = "https://www.apminebanconvention.org/states-parties-to-the-convention/south-sudan/"
MONITOR_MNE = "http://www.the-monitor.org/en-gb/reports/2017/montenegro/mine-ban-policy.aspx"


def _urls(item: dict[str, Any]) -> set[str]:
    return {c["url"] for c in item["citations"]}


def test_south_sudan_takes_its_dates_from_its_sourced_rows(client: TestClient) -> None:
    south_sudan = _get(client, "SSD")
    eif = next(e for e in south_sudan["timeline"] if e["kind"] == "entry_into_force")
    # The date of succession the APMBC states, not Art. 17 on the 2011-11-11 notice (2012-05-01)
    # nor the notice itself.
    assert eif["date"] == "2011-07-09" and APMBC_SSD in _urls(eif)
    art4 = _deadline(south_sudan, "4")
    # No source states an Art. 4 deadline (South Sudan reported no stockpile): the Convention's
    # four years from the sourced entry into force, and its status is not known, not guessed.
    assert (art4["due"], art4["status"], art4["chain"]) == ("2015-07-09", "not_known", [])
    assert art4["computed"] is True and art4["basis"] == (
        f"computed, no source states it: entry into force 2011-07-09 (record {eif['record']}) "
        "+ 4 years (Art. 4)"
    )
    (declared,) = south_sudan["stockpiles"]
    assert (declared["held"], declared["date"]) == (0, "2011-11")
    art5 = _deadline(south_sudan, "5")
    assert (art5["original"], art5["due"], art5["extensions"]) == ("2021-07-09", "2026-07-09", 1)
    assert art5["basis"] == "the sourced original deadline, extended 1 time"
    assert art5["computed"] is False
    assert [c["step"] for c in art5["chain"]] == [
        "original_deadline",
        "extension_requested",
        "extension_granted",
    ]
    assert all(c["citations"] for c in art5["chain"])
    # No record says whether the 2026-07-09 deadline was met: not known, not "missed".
    assert art5["status"] == "not_known"
    then = _deadline(_get(client, "SSD", as_of="2025-06-01"), "5")
    assert (then["status"], then["due"]) == ("extended", "2026-07-09")


def test_montenegro_takes_its_dates_from_its_sourced_rows(client: TestClient) -> None:
    montenegro = _get(client, "MNE")
    eif = next(e for e in montenegro["timeline"] if e["kind"] == "entry_into_force")
    assert eif["date"] == "2007-04-01" and MONITOR_MNE in _urls(eif)
    art4 = _deadline(montenegro, "4")
    assert (art4["status"], art4["due"], art4["completed_on"]) == (
        "met",
        "2011-04-01",
        "2007-05-16",
    )
    assert "Art. 17" not in art4["basis"] and art4["basis"] == "the sourced original deadline"
    assert all(MONITOR_MNE in _urls(c) for c in art4["chain"])
    art5 = _deadline(montenegro, "5")
    # No source read states Montenegro's Art. 5 deadline or a completion: the ten years run
    # from the sourced entry into force and the status stays not known.
    assert (art5["due"], art5["status"], art5["chain"]) == ("2017-04-01", "not_known", [])
    assert art5["computed"] is True and art5["basis"] == (
        f"computed, no source states it: entry into force 2007-04-01 (record {eif['record']}) "
        "+ 10 years (Art. 5(1))"
    )


def test_a_deadline_no_source_states_says_it_is_computed_and_from_what(
    client: TestClient,
) -> None:
    # No source read states Finland's Art. 5 deadline: the treaty's ten years from its entry
    # into force, labelled computed and naming the record of that entry into force; no
    # citation makes it look sourced
    finland = _get(client, "FIN", as_of="2025-01-01")
    eif = next(e for e in finland["timeline"] if e["kind"] == "entry_into_force")
    art5 = _deadline(finland, "5")
    assert (art5["due"], art5["chain"], art5["citations"]) == ("2022-07-01", [], [])
    assert art5["computed"] is True
    assert art5["basis"] == (
        f"computed, no source states it: entry into force 2012-07-01 (record {eif['record']}) "
        "+ 10 years (Art. 5(1))"
    )
    report = _deadline(finland, "7")
    assert report["computed"] is True and report["basis"].endswith("+ 180 days (Art. 7(1))")


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
    assert "Extension granted 2023-11 by 21MSP (Geneva): new deadline 2033-12-01 [" in text
    assert "Deadline 2016-06-01 missed [" in text and "missed 2016-06-01" not in text
    assert "Casualties:" in text and "hrw.org" in text
    assert "retained under Art. 3 (training and research): 1,950" in text
    assert "retained art3" not in text and "stockpile origin" not in text


def test_the_page_says_what_each_stockpile_figure_counts(client: TestClient) -> None:
    page = client.get("/states/UKR", params=AS_OF).text
    assert "retained under Art. 3 (training and research)" in page and "original stockpile" in page
    assert "retained art3" not in page and "stockpile origin" not in page


def test_ukraine_art5_chain_says_each_date_once_and_shows_the_unanswered_request(
    client: TestClient,
) -> None:
    """The 2020 request to extend to 2023-12-01 is sourced; no source read records its grant, so
    the chain says so and, between the 2021 deadline and the 2023 extension, the status is not
    known rather than extended to a date the records do not hold."""
    art5 = _deadline(_get(client, "UKR"), "5")
    assert [c["label"] for c in art5["chain"]] == [
        "Original deadline 2016-06-01",
        "Deadline 2016-06-01 missed",
        "Extension granted 2018-11 by 17MSP: new deadline 2021-06-01",
        "Extension requested 2020: to 2023-12-01; no extension to that date is recorded as granted",
        "Extension granted 2023-11 by 21MSP (Geneva): new deadline 2033-12-01",
    ]
    assert all(c["citations"] for c in art5["chain"])
    assert (art5["due"], art5["status"], art5["extensions"]) == ("2033-12-01", "extended", 2)
    between = _deadline(_get(client, "UKR", as_of="2022-06-01"), "5")
    assert (between["due"], between["status"]) == ("2021-06-01", "not_known")


def test_extensions_are_not_known_where_no_record_of_the_obligation_is_held(
    client: TestClient,
) -> None:
    # Colombia has no row in article5_deadlines.csv: its deadline is the Article 5 arithmetic
    # from entry into force, and how many times it was extended is not known (not 0)
    art5 = _deadline(_get(client, "COL"), "5")
    assert art5["chain"] == [] and art5["extensions"] is None
    # a state with records keeps its count, 0 included where the records show none granted
    assert _deadline(_get(client, "UKR"), "5")["extensions"] == 2
