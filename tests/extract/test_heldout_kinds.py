"""Kinds of language found by the team-written held-out batches (``data/heldout.jsonl``),
each tested here in other words than the passage that showed it (our own sentences)."""

from __future__ import annotations

from minewatch.extract.gazetteer import find_states
from minewatch.extract.sentences import split_sentences

from .test_generalisation import keys, run  # publication 2026-05-20, a Wednesday


def steps(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.actor_iso3, c.action, c.date) for c in run(text) if c.type == "treaty_action"]


def test_an_area_that_remains_is_not_cleared() -> None:
    text = (
        "Chad cleared 300,000 square metres in 2025, and "
        "1.2 square kilometres remain to be cleared."
    )
    assert [(c.actor_iso3, c.quantity, c.unit) for c in run(text)] == [("TCD", 300000, "m2")]


def test_a_deadline_after_publication_dates_nothing() -> None:
    text = "Teams in Chad cleared 2 square kilometres after the deadline was extended to 2031."
    assert keys(text) == [("clearance_progress", "TCD", "2026-05")]


def test_a_vote_to_take_the_country_out_of_the_treaty() -> None:
    text = "Lawmakers in Moldova voted on 4 May to take the country out of the Mine Ban Treaty."
    assert steps(text) == [("MDA", "parliament_approves_withdrawal", "2026-05-04")]


def test_a_vote_on_the_move_the_section_is_about() -> None:
    text = (
        "Armenia's government announced in March that it would leave the Ottawa Convention. "
        "The parliament endorsed the decision in a vote on 12 May."
    )
    assert steps(text) == [
        ("ARM", "announce_intent_to_withdraw", "2026-03"),
        ("ARM", "parliament_approves_withdrawal", "2026-05-12"),
    ]


def test_the_day_of_an_accusation_never_dates_the_use() -> None:
    text = "Amnesty International accused Sudan's army on Monday of burying mines near El Fasher."
    assert keys(text) == [("use_allegation", "SDN", None)]
    text = "Amnesty International accused Sudan's army on Monday of burying mines in March."
    assert keys(text) == [("use_allegation", "SDN", "2026-03")]


def test_a_casualty_takes_the_date_of_its_own_clause() -> None:
    text = "Mines were laid on a road in Mali on Friday, and two herders were wounded on Sunday."
    found = [(c.actor_iso3, c.date, c.injured) for c in run(text) if c.type == "casualty_incident"]
    assert found == [("MLI", "2026-05-17", 2)]


def test_the_state_whose_forces_laid_the_mines_is_not_where_they_went_off() -> None:
    text = (
        "Russian troops have planted mines around villages in Ukraine's Kharkiv region, "
        "officials said. Two residents were injured on Monday."
    )
    found = [(c.actor_iso3, c.date) for c in run(text) if c.type == "casualty_incident"]
    assert found == [("UKR", "2026-05-18")]


def test_a_world_clearance_figure_has_no_state() -> None:
    text = (
        "Operators across the world cleared 210 square kilometres "
        "in 2025, with Iraq and Ukraine clearing the most."
    )
    assert keys(text) == [("clearance_progress", None, "2025")]


def test_during_the_year_refers_back_to_the_year_just_named() -> None:
    text = (
        "Laos recorded 41 mine casualties in 2025. Deminers "
        "cleared 60 square kilometres during the year."
    )
    found = [
        (c.actor_iso3, c.date, c.quantity) for c in run(text) if c.type == "clearance_progress"
    ]
    assert found == [("LAO", "2025", 60)]


def test_a_toll_and_a_ranking_are_casualty_totals() -> None:
    assert [
        (c.actor_iso3, c.date, c.quantity) for c in run("Yemen's toll rose to 520 in 2025.")
    ] == [("YEM", "2025", 520)]
    text = (
        "Afghanistan recorded the most mine casualties "
        "in 2025, with 700, followed by Iraq with 210."
    )
    assert [(c.actor_iso3, c.date, c.quantity) for c in run(text)] == [
        ("AFG", "2025", 700),
        ("IRQ", "2025", 210),
    ]


def test_an_undated_total_continues_the_figures_before_it() -> None:
    text = "In 2025 Syria recorded 1,015 mine casualties. Lebanon's toll rose to 75."
    assert [(c.actor_iso3, c.date, c.quantity) for c in run(text)] == [
        ("SYR", "2025", 1015),
        ("LBN", "2025", 75),
    ]


def test_spanish_completion_is_dated_by_its_announcement() -> None:
    text = (
        "La cancillería de Chile anunció el lunes que el "
        "país concluyó el desminado de su frontera norte."
    )
    assert keys(text) == [("clearance_progress", "CHL", "2026-05-18")]


def test_spanish_so_far_this_year_is_the_publication_month() -> None:
    text = "En lo que va de 2026 se han registrado 30 víctimas de minas en Colombia."
    assert [(c.actor_iso3, c.date, c.quantity) for c in run(text)] == [("COL", "2026-05", 30)]


def test_the_spanish_name_of_the_ottawa_convention_is_no_state() -> None:
    assert find_states("la Convención de Ottawa", "es") == []
    assert [m.iso3s for m in find_states("en Ottawa", "es")] == [("CAN",)]


def test_where_a_stock_was_destroyed_is_not_who_destroyed_it() -> None:
    text = (
        "Serbia has completed the destruction of its stockpile of anti-personnel mines. "
        "The last 5,000 mines were destroyed at a plant in Hungary in April."
    )
    assert [(c.type, c.actor_iso3, c.date, c.quantity) for c in run(text)] == [
        ("stockpile_destruction", "SRB", "2026-04", 5000)
    ]


def test_every_state_of_a_listed_subject_is_accused() -> None:
    text = "Forces of Sudan, Mali and Niger used anti-personnel mines in 2025, the report said."
    assert keys(text) == [
        ("use_allegation", "SDN", "2025"),
        ("use_allegation", "MLI", "2025"),
        ("use_allegation", "NER", "2025"),
    ]


def test_its_troops_are_the_subjects_troops() -> None:
    text = (
        "Eritrea is under scrutiny after reports that its "
        "soldiers buried mines near the border in 2024."
    )
    assert keys(text) == [("use_allegation", "ERI", "2024")]


def test_a_decision_allowing_the_army_to_acquire_mines_is_policy() -> None:
    text = (
        "Lithuania's government adopted a decree on 5 May "
        "allowing the army to acquire anti-personnel mines."
    )
    assert keys(text) == [("policy_change", "LTU", "2026-05-05")]


# Batch 3 (its first run is the generalisation figure in docs/extraction-log.md)


def test_a_figure_after_a_world_statement_stays_the_worlds() -> None:
    text = (
        "The Landmine Monitor found that casualties rose again worldwide. "
        "At least 5,000 people were killed or injured in 2025. Nigeria recorded the most."
    )
    assert [(c.type, c.actor_iso3) for c in run(text)][:1] == [("casualty_incident", None)]


def test_a_short_aside_inside_a_list_of_states() -> None:
    text = (
        "New use of anti-personnel mines by government forces was recorded in Sudan, Mali "
        "and, for the first time, Burkina Faso."
    )
    assert [c.actor_iso3 for c in run(text)] == ["SDN", "MLI", "BFA"]


def test_free_of_minefields_is_a_completion() -> None:
    text = "Zambia declared itself free of all known anti-personnel minefields on 4 May."
    assert keys(text) == [("clearance_progress", "ZMB", "2026-05-04")]


def test_land_returned_to_use_is_cleared() -> None:
    text = "Deminers returned 800 hectares of farmland to use in Angola in April."
    assert [(c.actor_iso3, c.quantity, c.unit) for c in run(text)] == [("AGO", 800, "ha")]


def test_plural_and_completed_withdrawals_take_effect() -> None:
    text = (
        "Lithuania's and Poland's withdrawals from the Ottawa Convention took effect on "
        "10 January. Estonia completed its own withdrawal in February."
    )
    assert steps(text) == [
        ("LTU", "withdrawal_effective", "2026-01-10"),
        ("POL", "withdrawal_effective", "2026-01-10"),
        ("EST", "withdrawal_effective", "2026-02"),
    ]


def test_mines_found_newly_laid_do_not_accuse_the_finders() -> None:
    text = "An Indian army patrol found newly laid mines near the border in Punjab on 2 May."
    assert [c.actor_iso3 for c in run(text) if c.type == "use_allegation"] == []


def test_forces_barred_from_using_mines_are_not_accused() -> None:
    text = "The decree barred Chilean forces from using anti-personnel mines."
    assert [c for c in run(text) if c.type == "use_allegation"] == []


def test_a_year_naming_a_thing_is_no_event_date() -> None:
    text = "Peru revoked a 2019 decree on anti-personnel mines on 3 May."
    assert keys(text) == [("policy_change", "PER", "2026-05-03")]


def test_a_count_of_family_members_and_one_as_a_determiner() -> None:
    text = "Four members of one family were killed by a landmine in Niger on 2 May."
    assert [(c.actor_iso3, c.killed) for c in run(text)] == [("NER", 4)]


def test_a_statistic_never_absorbs_an_incident_told_beside_it() -> None:
    text = (
        "A farmer was injured by a mine in Iraq on 2 May. In a separate incident the same day, "
        "a boy lost a foot. Since 2024, at least 300 people have been killed by mines in Iraq."
    )
    found = [(c.date, c.killed, c.injured) for c in run(text)]
    assert ("2026-05-02", None, 1) in found
    assert ("2026-05", 300, None) in found


def test_spanish_installed_mines_this_week() -> None:
    text = "El Ejército denunció que el ELN instaló minas en caminos de Arauca durante esta semana."
    assert keys(text) == [("use_allegation", "COL", "2026-05")]


# Batch 4


def test_a_group_that_has_mined_roads_is_placed_by_its_section() -> None:
    text = (
        "A bus hit a mine near Menaka in Mali on 2 May, killing four passengers. Insurgents "
        "have repeatedly mined roads in the area."
    )
    assert ("use_allegation", "MLI", None) in keys(text)
    assert run("The mined areas of Mali cover 30 square kilometres.") == []  # the noun


def test_beginning_production_of_mines_is_policy() -> None:
    text = (
        "Latvia's state arms maker has started production of anti-personnel mines, officials said."
    )
    assert keys(text) == [("policy_change", "LVA", "2026-05")]


def test_over_the_month_refers_back_to_the_month_just_named() -> None:
    text = (
        "Deminers in Angola destroyed 310 mines in April. They also cleared 2 square "
        "kilometres over the month."
    )
    assert [(c.date, c.quantity) for c in run(text)] == [("2026-04", 310), ("2026-04", 2)]


def test_spanish_device_attributed_to_a_group_and_accented_word_ends() -> None:
    text = (
        "Es la tercera víctima de minas en el municipio en lo que va del año. "
        "La Alcaldía atribuyó el artefacto al ELN."
    )
    found = [(c.type, c.actor_iso3) for c in run(text + " Ocurrió en Arauca, Colombia.")]
    assert ("use_allegation", "COL") in found


def test_a_word_ending_in_an_accented_letter_ends_a_sentence() -> None:
    parts = split_sentences("Van tres víctimas en lo que va del año. La Alcaldía lo confirmó.")
    assert [s.text for s in parts] == [
        "Van tres víctimas en lo que va del año.",
        "La Alcaldía lo confirmó.",
    ]
    assert len(split_sentences("Signed by J. Smith. The end.")) == 2  # "J." stays an initial


# Batch 5


def test_killed_or_maimed_n_people_and_the_same_period() -> None:
    text = (
        "Mines killed or maimed 300 people in Chad in 2025. In neighbouring Niger, officials "
        "recorded 45 such casualties over the same period."
    )
    assert [(c.actor_iso3, c.date, c.quantity) for c in run(text)] == [
        ("TCD", "2025", 300),
        ("NER", "2025", 45),
    ]


def test_a_process_that_ended_with_the_destruction_of_the_last_mines() -> None:
    text = (
        "Angola has completed the destruction of its stockpile of anti-personnel mines. The "
        "work, which began in 2024, ended on 2 May with the destruction of the last 900 mines, "
        "the mine action agency said."
    )
    assert [(c.type, c.actor_iso3, c.date, c.quantity) for c in run(text)] == [
        ("stockpile_destruction", "AGO", "2026-05-02", 900)
    ]


def test_a_group_blamed_for_a_blast_is_a_use_allegation_in_that_state() -> None:
    text = "Two Colombian police officers were injured on 3 May by a mine, blaming ELN rebels."
    assert ("use_allegation", "COL", None) in keys(text)


def test_unnamed_forces_and_groups_take_the_state_of_their_section_or_home() -> None:
    text = (
        "Myanmar: villagers flee new mines\n"
        "Residents said on Monday that junta troops had planted mines around their village."
    )
    assert [(c.type, c.actor_iso3) for c in run(text)] == [("use_allegation", "MMR")]
    text = "The Houthi group has laid thousands of new landmines near the front line."
    assert keys(text) == [("use_allegation", "YEM", "2026-05")]


def test_an_accusing_group_is_not_the_user() -> None:
    text = (
        "Rebels accuse Sudan's army of laying mines in Kordofan. Sudan's army laid the mines "
        "in April, villagers said."
    )  # one allegation: the rebels accuse, they are not a second user
    assert keys(text) == [("use_allegation", "SDN", "2026-04")]


def test_dates_in_brackets_after_listed_states() -> None:
    text = (
        "Chad (in March) and Peru (in June) declared completion of their Article 5 "
        "obligations in 2025."
    )
    assert keys(text) == [
        ("clearance_progress", "TCD", "2025-03"),
        ("clearance_progress", "PER", "2025-06"),
    ]


def test_a_state_named_as_troops_is_not_where_clearance_happened() -> None:
    text = (
        "Deminers are at work in Ukraine's Kherson region. They have removed 800 mines "
        "since Russian troops withdrew in 2022."
    )
    assert [(c.actor_iso3, c.quantity) for c in run(text)] == [("UKR", 800)]


def test_a_victim_named_by_age_and_one_who_later_died() -> None:
    text = "A mine exploded in a garden in Laos on 2 May and the 17-year-old lost both feet."
    assert [(c.actor_iso3, c.injured) for c in run(text)] == [("LAO", 1)]
    text = (
        "A 45-year-old woman who went back to her house in Ban Na on 2 May was badly "
        "injured by a mine in Laos and later died in hospital."
    )
    assert [(c.actor_iso3, c.killed) for c in run(text)] == [("LAO", 1)]


# Batch 6


def test_a_decimal_point_does_not_end_the_clause_of_a_purchase() -> None:
    text = "Estonia's government approved a plan on 4 May to buy up to 2.5 million mines."
    assert keys(text) == [("policy_change", "EST", "2026-05-04")]
