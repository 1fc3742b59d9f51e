"""Treaty steps, figures of states counted together, rankings and pledged completions, as
whole kinds (issue 8, batch 9 of the held-out passages); our own sentences throughout."""

from __future__ import annotations

from .test_generalisation import keys, run  # publication 2026-05-20, a Wednesday
from .test_heldout_kinds import steps


def figures(text: str, date: str = "2026-05-20") -> list[tuple[str, str | None, str | None, float]]:
    return [
        (c.type, c.actor_iso3, c.date, c.quantity)
        for c in run(text, date)
        if c.quantity is not None
    ]


# --- pledges and targets are no completion -------------------------------------------------


def test_a_pledged_or_targeted_mine_free_state_is_no_clearance() -> None:
    for text in (
        "The minister said Chad was on track for a mine-free Chad by 2029.",
        "Campaigners asked who promised a mine-free Angola before any survey was done.",
        "The government is aiming for a mine-free Peru, an official said.",
        "Senegal wants to be mine-free by 2031.",
    ):
        assert [c for c in run(text) if c.type == "clearance_progress"] == [], text


def test_a_declared_completion_is_still_read() -> None:
    assert keys("Peru was declared mine-free on 3 May.") == [
        ("clearance_progress", "PER", "2026-05-03")
    ]
    assert keys("Croatia became a mine-free country in March.") == [
        ("clearance_progress", "HRV", "2026-03")
    ]


def test_a_year_already_past_is_no_target() -> None:
    text = (
        "Palau announced in June 2025 that it had cleared all known mined areas by the end of 2024."
    )
    assert keys(text) == [("clearance_progress", "PLW", "2024")]


def test_no_state_declaring_completion_is_no_completion() -> None:
    text = "Clearance went on in Chad in 2025. No State Party declared completion in 2025."
    assert [c for c in run(text) if c.quantity is None] == []


# --- states counted together ----------------------------------------------------------------


def test_states_parties_combined_belong_to_no_state() -> None:
    text = (
        "Stockpiles\n"
        "Together, States Parties have destroyed over 20 million stockpiled mines in all.\n"
        "Chad completed the destruction of its stockpile in March 2025, at a plant in Niger."
    )
    found = [(c.type, c.actor_iso3) for c in run(text)]
    assert ("stockpile_destruction", "NER") not in found
    text = (
        "Collectively, States Parties destroyed more than 30,000 stockpiled mines in 2025.\n"
        "Chad completed the destruction of its stockpile in March 2025, at a plant in Niger."
    )
    assert figures(text)[0] == ("stockpile_destruction", None, "2025", 30000)


def test_a_count_of_states_joining_is_no_step_of_one() -> None:
    text = "Three states have joined the Mine Ban Treaty since 2020. Palau acceded on 4 March 2021."
    assert [(c.actor_iso3, c.action, c.date) for c in run(text)] == [("PLW", "join", "2021-03-04")]


def test_a_ranking_gives_each_state_its_own_figure_and_the_rest_stays_with_the_group() -> None:
    text = (
        "In 2025, States Parties reported clearing a combined 150 km2 of mined land. The "
        "largest clearance totals were reported by Laos (40.5 km2), Chad (22.1 km2) and Peru "
        "(9.8 km2). Another 70 km2 was cancelled by survey."
    )
    assert figures(text) == [
        ("clearance_progress", None, "2025", 150),
        ("clearance_progress", "LAO", "2025", 40.5),
        ("clearance_progress", "TCD", "2025", 22.1),
        ("clearance_progress", "PER", "2025", 9.8),
        ("clearance_progress", None, "2025", 70),
    ]


def test_a_casualty_ranking_is_dated_by_the_figures_before_it() -> None:
    text = (
        "In 2025, the Monitor recorded 5,100 casualties of mines. Yemen had the most "
        "casualties (1,240), followed by Sudan (860) and Mali (310). Improvised mines caused "
        "1,020 of the casualties recorded in 2025."
    )
    assert figures(text) == [
        ("casualty_incident", None, "2025", 5100),
        ("casualty_incident", "YEM", "2025", 1240),  # "(1,240)" is a count, not a year
        ("casualty_incident", "SDN", "2025", 860),
        ("casualty_incident", "MLI", "2025", 310),
        ("casualty_incident", None, "2025", 1020),
    ]


def test_a_share_is_not_a_count_of_casualties() -> None:
    text = "In 2025, mines killed 40 people in Chad. Children made up four in ten casualties."
    assert figures(text) == []
    assert [(c.killed, c.date) for c in run(text)] == [(40, "2025")]
    text = "Mines killed 12 in a blast in Chad in May."
    assert [c.killed for c in run(text)] == [12]


# --- treaty steps ---------------------------------------------------------------------------


def test_states_in_a_list_each_take_their_own_date() -> None:
    text = (
        "Armenia succeeded to the Convention on 2 March 2025, Georgia acceded on 14 June 2025 "
        "and Moldova on 9 September 2025."
    )
    assert steps(text) == [
        ("ARM", "join", "2025-03-02"),
        ("GEO", "join", "2025-06-14"),
        ("MDA", "join", "2025-09-09"),
    ]
    text = (
        "Chile, Peru and Bolivia notified their withdrawal from the Ottawa Convention on "
        "5 March, 12 March and 2 April respectively."
    )
    assert steps(text) == [
        ("CHL", "withdrawal_notified", "2026-03-05"),
        ("PER", "withdrawal_notified", "2026-03-12"),
        ("BOL", "withdrawal_notified", "2026-04-02"),
    ]
    text = (
        "Chile, Peru and Bolivia notified the UN of their withdrawal from the Ottawa "
        "Convention on 5 March 2026, Ecuador on 1 April and Uruguay on 30 April."
    )
    assert sorted(steps(text)) == [
        ("BOL", "withdrawal_notified", "2026-03-05"),
        ("CHL", "withdrawal_notified", "2026-03-05"),
        ("ECU", "withdrawal_notified", "2026-04-01"),
        ("PER", "withdrawal_notified", "2026-03-05"),
        ("URY", "withdrawal_notified", "2026-04-30"),
    ]


def test_a_relative_clause_keeps_its_own_step() -> None:
    text = (
        "Chile deposited its notification of withdrawal from the treaty on 5 March 2026, and "
        "Peru, which joined in 1998, on 2 April."
    )
    assert ("PER", "join", "1998") in steps(text)
    assert ("PER", "withdrawal_notified", "1998") not in steps(text)


def test_an_instrument_deposited_in_the_passive_is_joining() -> None:
    text = (
        "Tuvalu's foreign ministry said that on 11 May its instrument of accession to the Mine "
        "Ban Treaty was deposited with the Secretary-General."
    )
    assert steps(text) == [("TUV", "join", "2026-05-11")]


def test_two_steps_in_one_sentence_are_two_claims() -> None:
    text = (
        "Palau ratified the treaty on 3 February 2025, and the treaty entered into force for it "
        "on 1 August 2025."
    )
    assert sorted(steps(text)) == [
        ("PLW", "entry_into_force", "2025-08-01"),
        ("PLW", "join", "2025-02-03"),
    ]
    text = (
        "Moldova's parliament voted for leaving the Ottawa Convention in January, and the "
        "notification was submitted to the United Nations in March."
    )
    assert sorted(steps(text)) == [
        ("MDA", "parliament_approves_withdrawal", "2026-01"),
        ("MDA", "withdrawal_notified", "2026-03"),
    ]


def test_a_notice_told_first_is_the_notification() -> None:
    text = (
        "Moldova's notification of withdrawal from the Ottawa Convention, deposited in March, "
        "cannot take effect during an armed conflict."
    )
    assert steps(text) == [("MDA", "withdrawal_notified", "2026-03")]


def test_a_step_named_as_a_period_start_is_a_claim_only_with_its_own_day() -> None:
    text = (
        "The government approved a plan to buy mines, the first since Moldova's exit from the "
        "Ottawa Convention took effect on 4 April."
    )
    assert steps(text) == [("MDA", "withdrawal_effective", "2026-04-04")]
    text = "The government approved a plan to buy mines, the first since Moldova left the treaty."
    assert steps(text) == []


# --- Article 5 extensions, stock still held, parts of a figure -------------------------------


def others(text: str, date: str = "2026-05-20") -> list[tuple[str | None, str | None]]:
    return [(c.actor_iso3, c.date) for c in run(text, date) if c.type == "other"]


def test_an_article_5_extension_granted_or_asked_for_is_other() -> None:
    text = (
        "States Parties meeting in Geneva last week approved Chad's request to extend its "
        "Article 5 deadline to 2030."
    )
    assert others(text) == [("TCD", "2026-05")]
    text = "Two States Parties, Niger and Peru, had their Article 5 deadlines extended in May 2025."
    assert others(text) == [("NER", "2025-05"), ("PER", "2025-05")]
    assert others("Iraq has asked States Parties for a ten-year extension.") == [("IRQ", "2026-05")]
    # a plan is none
    assert others("Bosnia will ask for a further extension of its mine clearance deadline.") == []


def test_stock_still_awaiting_destruction_is_no_destruction() -> None:
    text = (
        "Sudan reported that 4,000 mines were still awaiting destruction at the end of 2025, "
        "and that none were destroyed during the year."
    )
    found = [(c.type, c.actor_iso3, c.unit) for c in run(text)]
    assert found == [("other", "SDN", "mines_remaining")]


def test_a_dated_part_of_a_figure_is_its_own_claim() -> None:
    text = (
        "Collectively, States Parties have destroyed more than 20 million stockpiled mines "
        "since the treaty was adopted, including more than 9,000 destroyed in 2025."
    )
    assert ("stockpile_destruction", None, "2025", 9000) in figures(text)
    assert [q for *_, q in figures(text)] == [20000000, 9000]


def test_states_listed_as_and_of_are_one_subject() -> None:
    text = "Government forces of Sudan and of the Russian Federation used antipersonnel mines."
    found = [(c.type, c.actor_iso3) for c in run(text)]
    assert found == [("use_allegation", "SDN"), ("use_allegation", "RUS")]


def test_a_world_figure_after_a_global_statement_and_a_misdecoded_unit() -> None:
    text = (
        "Global spending on demining rose by 5 percent in 2025. Nevertheless, at least "
        "90 km\u0100\u00b2 of land was cleared and more than 40,000 landmines were destroyed."
    )
    found = [(c.type, c.actor_iso3, c.date, c.quantity, c.unit) for c in run(text, "2026-05")]
    assert found == [
        ("clearance_progress", None, "2025", 90, "km2"),
        ("clearance_progress", None, "2025", 40000, "mines"),
    ]


def test_a_donor_paying_for_clearance_is_not_where_it_happened() -> None:
    text = "Through its aid programme, Ireland funded the clearance of 6.5 km2 of land in 2025."
    assert figures(text) == [("clearance_progress", None, "2025", 6.5)]
    text = "Japan funded the clearance of 3 km2 in Cambodia in 2025."
    assert figures(text) == [("clearance_progress", "KHM", "2025", 3)]


def test_variants_of_the_group_kinds() -> None:
    text = "States Parties reported destroying 1.2 million stockpiled mines in 2025."
    assert figures(text) == [("stockpile_destruction", None, "2025", 1200000)]
    text = (
        "In 2025, a combined 300 km2 was cleared by States Parties, with Cambodia clearing the "
        "most (60 km2)."
    )
    assert figures(text) == [
        ("clearance_progress", None, "2025", 300),
        ("clearance_progress", "KHM", "2025", 60),
    ]
    text = "States Parties recorded 3,000 casualties in 2025, with Ukraine recording the most."
    assert figures(text) == [("casualty_incident", None, "2025", 3000)]
    # states named as the group itself are its members: each is an actor
    text = "Two States Parties, Niger and Peru, cleared 5 km2 in 2025."
    assert [a for _, a, *_ in figures(text)] == ["NER", "PER"]


def test_joining_and_entry_into_force_each_take_their_own_date() -> None:
    text = "Palau acceded on 3 February 2025 and the treaty entered into force for it on 1 August."
    assert sorted(steps(text)) == [
        ("PLW", "entry_into_force", "2025-08-01"),
        ("PLW", "join", "2025-02-03"),
    ]


def test_casualty_lists_respectively_and_rankings_without_a_total() -> None:
    text = "Chad, Mali and Niger recorded 410, 285 and 120 casualties respectively in 2025."
    assert figures(text) == [
        ("casualty_incident", "TCD", "2025", 410),
        ("casualty_incident", "MLI", "2025", 285),
        ("casualty_incident", "NER", "2025", 120),
    ]
    text = "Mine casualties were highest in Yemen (1,240) and Sudan (860) in 2025."
    assert figures(text) == [
        ("casualty_incident", "YEM", "2025", 1240),
        ("casualty_incident", "SDN", "2025", 860),
    ]


def test_notices_deposited_in_the_passive_and_extensions_in_the_plural() -> None:
    text = "The notices of withdrawal of Chile and Peru were deposited on 5 March 2026."
    assert steps(text) == [
        ("CHL", "withdrawal_notified", "2026-03-05"),
        ("PER", "withdrawal_notified", "2026-03-05"),
    ]
    text = "Angola and Chad requested extensions of their Article 5 deadlines in 2025."
    assert others(text) == [("AGO", "2025"), ("TCD", "2025")]


def test_one_number_is_one_figure_even_after_two_states() -> None:
    text = "Chad and Mali reported 900 casualties in 2025."
    assert [q for *_, q in figures(text)] == [900]  # not 900 twice
