"""Whole-kind behaviours added for text the rules were not tuned on (our own sentences)."""

from __future__ import annotations

from collections.abc import Sequence

from minewatch.extract import Candidate, extract, parse_text
from minewatch.extract.subdivisions import find_subdivisions


def run(text: str, date: str = "2026-05-20") -> list[Candidate]:
    return extract(parse_text("t", f"SOURCE: synthetic\nDATE: {date}\n{text}"))


def keys(text: str, date: str = "2026-05-20") -> list[tuple[str, str | None, str | None]]:
    return [(c.type, c.actor_iso3, c.date) for c in run(text, date)]


def test_another_sense_of_mine_gives_nothing() -> None:
    assert run("Twelve miners were killed when a coal mine collapsed in the north.") == []
    # the same words with a landmine in the text are read
    assert keys("Twelve villagers were killed by a landmine in Chad on 2 May.") == [
        ("casualty_incident", "TCD", "2026-05-02")
    ]


def test_clearance_is_coded_to_the_place_not_the_operator() -> None:
    text = "A Danish team cleared 3 square kilometres in Somalia in April."
    assert keys(text) == [("clearance_progress", "SOM", "2026-04")]


def test_an_ngo_or_patron_named_after_a_nationality_is_not_the_state() -> None:
    text = "Norwegian People's Aid cleared 2 square kilometres in April, the group said."
    assert run(text) == []  # no state named: never Norway
    text = "Norwegian People's Aid cleared 2 square kilometres in Laos in April."
    assert keys(text) == [("clearance_progress", "LAO", "2026-04")]
    use = run("Mines were planted by Iran-backed Houthi fighters in Yemen, officials said.")
    assert [(c.type, c.actor_iso3) for c in use] == [("use_allegation", "YEM")]


def test_only_quantities_with_a_clearance_verb_are_cleared() -> None:
    text = (
        "In 2025 the programme in Laos surveyed 600 square kilometres, confirmed 200 square "
        "kilometres of contamination and cleared 40 square kilometres."
    )
    assert [(c.quantity, c.unit) for c in run(text)] == [(40, "km2")]


def test_a_subdivision_places_a_sentence_that_names_no_state() -> None:
    assert [m.iso3s for m in find_subdivisions("a blast near Poonch in Jammu and Kashmir")] == [
        ("IND",)
    ]
    assert find_subdivisions("a blast in the Eastern Province") == []  # one of many states
    text = "A farmer was injured by a landmine in Jammu and Kashmir on 3 May."
    assert keys(text) == [("casualty_incident", "IND", "2026-05-03")]


def test_something_used_by_people_is_not_mine_use() -> None:
    assert run("The school in Chad had been used for years by families fleeing the war.") == []


class FakeClassifier:
    """Proposes one type for every sentence that mentions a keyword."""

    def __init__(self, kind: str, keyword: str) -> None:
        self.kind, self.keyword = kind, keyword

    def types(self, sentences: Sequence[str]) -> list[frozenset[str]]:
        return [frozenset({self.kind}) if self.keyword in s else frozenset() for s in sentences]


def test_a_proposed_sentence_is_filled_by_the_argument_rules() -> None:
    document = parse_text(
        "t", "DATE: 2026-05-20\nIn April, teams in Angola made safe 4 square kilometres."
    )
    assert extract(document) == []  # "made safe" is no cue the rules know
    found = extract(document, FakeClassifier("clearance_progress", "made safe"))
    assert [(c.type, c.actor_iso3, c.date, c.quantity) for c in found] == [
        ("clearance_progress", "AGO", "2026-04", 4)
    ]


def test_a_proposal_the_rules_cannot_fill_is_dropped() -> None:
    document = parse_text("t", "DATE: 2026-05-20\nTeams will make safe 4 square kilometres.")
    assert extract(document, FakeClassifier("clearance_progress", "make safe")) == []


def test_since_an_event_in_a_year_starts_a_period() -> None:
    text = "Since the end of the war in 1996, 40 deminers have been killed by mines in Croatia."
    assert [(c.actor_iso3, c.date, c.killed) for c in run(text, "2026-05")] == [("HRV", None, 40)]


def test_a_count_before_an_including_list_is_read() -> None:
    text = "A landmine blast in Chad on 2 May left 12 people, including four children, were killed."
    assert [c.killed for c in run(text)] == [12]


def test_an_all_caps_city_dateline_is_not_the_actor_but_a_country_label_is() -> None:
    text = "RIYADH: Teams cleared 5 square kilometres in Yemen in April."
    assert keys(text) == [("clearance_progress", "YEM", "2026-04")]
    text = "CHAD: Teams cleared 5 square kilometres of farmland in April."
    assert keys(text) == [("clearance_progress", "TCD", "2026-04")]


def test_a_stockpile_needs_a_sign_of_stock_else_destroyed_mines_are_field_work() -> None:
    text = "On 3 May, the army's engineering unit in Chad destroyed 3,000 mines."
    assert keys(text) == [("clearance_progress", "TCD", "2026-05-03")]
    text = "On 3 May, Chad destroyed its last 3,000 anti-personnel mines."
    assert keys(text) == [("stockpile_destruction", "TCD", "2026-05-03")]


def test_obligations_met_are_clearance_only_in_a_clearance_section() -> None:
    text = "Chad declared its last mined area cleared. The milestone fulfils Chad's obligations."
    assert [c.type for c in run(text)] == ["clearance_progress"]
    assert run("Chad has fulfilled its obligations under the Convention.") == []


def test_recency_in_the_next_sentence_dates_a_use_allegation() -> None:
    text = "Chad accused Niger of laying mines on the border. The mines were planted recently."
    assert keys(text) == [("use_allegation", "NER", "2026-05")]


def test_every_treaty_action_the_rules_emit_is_in_the_shared_vocabulary() -> None:
    from minewatch.domain.kinds import TREATY_ACTION_NAMES
    from minewatch.extract import proposals, triggers

    emitted = {name for name, _ in triggers.TREATY_ACTIONS}
    emitted |= {name for name, _ in proposals._ACTIONS}
    assert emitted <= set(TREATY_ACTION_NAMES)


def test_world_figures_and_an_organisation_speaking_of_itself_borrow_no_state() -> None:
    text = (
        "Chad cleared 3 square kilometres in April. The Landmine Monitor report recorded "
        "4,000 casualties in 2025. We have cleared 70 square kilometres since 2010."
    )
    assert [(c.type, c.actor_iso3) for c in run(text)] == [
        ("clearance_progress", "TCD"),
        ("casualty_incident", None),
    ]


def test_the_killing_of_a_victim_is_one_killed() -> None:
    text = "The killing of a farmer by a landmine in Chad on 2 May shocked the village."
    assert [(c.actor_iso3, c.killed) for c in run(text)] == [("TCD", 1)]


def test_a_later_sentence_about_the_declaration_or_ceremony_gives_the_date() -> None:
    text = (
        "Chad's Salamat region has been declared mine-free. The formal declaration was signed "
        "at a ceremony in the regional capital on 4 May."
    )
    assert keys(text) == [("clearance_progress", "TCD", "2026-05-04")]
    text = "A ceremony to mark the destruction of Chad's last stockpiled mines was held on 4 May."
    assert keys(text) == [("stockpile_destruction", "TCD", "2026-05-04")]


def test_a_target_year_is_not_a_date_and_glued_days_are_read() -> None:
    text = "Chad cleared 3 square kilometres in 2025 and wants all areas clear by 2027."
    assert keys(text, "2026-02-10") == [("clearance_progress", "TCD", "2025")]
    assert keys("Chad destroyed its last 300 stockpiled mines on5 May 2025.") == [
        ("stockpile_destruction", "TCD", "2025-05-05")
    ]


def test_a_pronoun_owner_points_to_the_subject() -> None:
    text = "Chad denied the report, but its army's use of mines near the border is documented."
    assert [(c.type, c.actor_iso3) for c in run(text)] == [("use_allegation", "TCD")]
