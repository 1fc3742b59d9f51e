"""Event claims from short stories the team wrote (no third-party text)."""

from __future__ import annotations

from minewatch.domain.dates import PartialDate
from minewatch.extract import Candidate, Document, extract


def run(text: str, published: PartialDate | None = None) -> list[Candidate]:
    return extract(Document(doc="story", text=text, published=published))


def only(candidates: list[Candidate], kind: str) -> list[Candidate]:
    return [c for c in candidates if c.type == kind]


SEED_LIKE = (
    "Pentagon Scraps Earlier Limits on Landmines\n"
    "The United States has dropped the restrictions on anti-personnel mines it adopted in 2022.\n"
    "Officials said the Defense Secretary signed a memo rescinding the earlier policy.\n"
    "In July 2024, Helsinki declared its intention to withdraw from the convention.\n"
    "UN investigators accuse Ukraine of using anti-personnel mines near the front line.\n"
)


def test_seed_like_story_yields_policy_treaty_and_allegation() -> None:
    found = run(SEED_LIKE)
    policy = only(found, "policy_change")
    assert [(c.actor_iso3, c.date) for c in policy] == [("USA", None)]
    treaty = only(found, "treaty_action")
    assert [(c.actor_iso3, c.date, c.action) for c in treaty] == [
        ("FIN", "2024-07", "announce_intent_to_withdraw")
    ]
    use = only(found, "use_allegation")
    assert [(c.actor_iso3, c.accuser, c.confirmed) for c in use] == [("UKR", "UN", False)]
    for candidate in found:
        assert candidate.evidence in SEED_LIKE


def test_casualty_with_weekday_and_demonym() -> None:
    text = "Two Cambodian deminers were injured Tuesday by a mine in Battambang province."
    (event,) = run(text, PartialDate(2024, 5, 10))
    assert (event.type, event.actor_iso3, event.date) == ("casualty_incident", "KHM", "2024-05-07")
    assert (event.killed, event.injured) == (None, 2)
    assert event.location == "Battambang province"


def test_same_event_stated_twice_is_one_candidate() -> None:
    text = (
        "Mine Kills Herder in Helmand\n"
        "A herder was killed on Sunday when a landmine exploded in Helmand province.\n"
        "The blast killed one person, officials said.\n"
    )
    events = only(run(text, PartialDate(2023, 8, 15)), "casualty_incident")
    assert [(e.actor_iso3, e.date, e.killed) for e in events] == [("AFG", "2023-08-13", 1)]


def test_another_incident_is_kept_apart() -> None:
    text = (
        "A farmer was killed by a landmine in the Kherson region.\n"
        "In the Kharkiv region another farmer was injured by a mine.\n"
    )
    events = only(run(text), "casualty_incident")
    assert [(e.killed, e.injured) for e in events] == [(1, None), (None, 1)]


def test_blast_without_injuries_is_other_with_zero() -> None:
    text = "A bus struck a mine in the Sumy region and exploded. No one was hurt.\n"
    (event,) = run(text, PartialDate(2024, 2, 3))
    assert (event.type, event.actor_iso3, event.injured, event.date) == (
        "other",
        "UKR",
        0,
        "2024-02",
    )


def test_group_expansion_and_per_state_dates() -> None:
    text = "On April 2, the Baltic States said they intend to leave the Convention.\n"
    events = run(text, PartialDate(2025, 4, 3))
    assert sorted((e.actor_iso3, e.date) for e in events) == [
        ("EST", "2025-04-02"),
        ("LTU", "2025-04-02"),
        ("LVA", "2025-04-02"),
    ]
    text = "Two states ratified the treaty: Palau (November 2007) and Tuvalu (September 2011).\n"
    events = run(text)
    assert [(e.actor_iso3, e.date, e.action) for e in events] == [
        ("PLW", "2007-11", "join"),
        ("TUV", "2011-09", "join"),
    ]


def test_treaty_steps_each_get_an_action() -> None:
    text = (
        "Warsaw deposited its instrument of withdrawal with the UN on 5 May 2025.\n"
        "The Polish parliament voted on Friday to approve leaving the treaty.\n"
        "Poland's withdrawal from the Convention took effect on 5 November 2025.\n"
    )
    events = run(text, PartialDate(2025, 11, 7))
    assert [(e.actor_iso3, e.action, e.date) for e in events] == [
        ("POL", "withdrawal_notified", "2025-05-05"),
        ("POL", "parliament_approves_withdrawal", "2025-11-07"),
        ("POL", "withdrawal_effective", "2025-11-05"),
    ]


def test_plans_and_negations_are_not_events() -> None:
    text = (
        "The remaining mines will be destroyed next month under the Ottawa Treaty.\n"
        "Several major powers have not ratified the convention, including China.\n"
    )
    assert run(text, PartialDate(2024, 1, 1)) == []


def test_stockpile_destruction_with_number_words_and_last_year() -> None:
    text = "Last year Tajikistan destroyed its last seventy stockpiled anti-personnel mines.\n"
    (event,) = run(text, PartialDate(2021, 6, 1))
    assert (event.type, event.actor_iso3, event.date) == ("stockpile_destruction", "TJK", "2020")
    assert (event.quantity, event.unit) == (70, "mines")


def test_clearance_quantities_one_event_each() -> None:
    text = "In 2019, Angolan teams cleared 3.5km2 and destroyed 1,200 landmines and UXO.\n"
    events = run(text)
    assert [(e.type, e.actor_iso3, e.date, e.quantity, e.unit) for e in events] == [
        ("clearance_progress", "AGO", "2019", 3.5, "km2"),
        ("clearance_progress", "AGO", "2019", 1200, "mines_and_uxo"),
    ]


def test_use_by_non_state_group_is_coded_to_the_country() -> None:
    text = "Rebels laid new mines near Mosul, officials in Iraq said. Bogota accused no one.\n"
    (event,) = only(run(text, PartialDate(2022, 9, 30)), "use_allegation")
    assert (event.actor_iso3, event.date) == ("IRQ", "2022-09")


def test_accuser_and_accused_states() -> None:
    text = "Moscow accused Kyiv of planting anti-personnel mines in residential areas.\n"
    (event,) = run(text)
    assert (event.type, event.actor_iso3, event.accuser_iso3) == ("use_allegation", "UKR", "RUS")


def test_policy_change_dated_to_publication_when_fresh() -> None:
    text = "Washington authorized the transfer of anti-personnel mines to an ally.\n"
    (event,) = run(text, PartialDate(2024, 12, 9))
    assert (event.type, event.actor_iso3, event.date) == ("policy_change", "USA", "2024-12")
