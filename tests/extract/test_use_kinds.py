"""Kinds of use allegation (who is accused of laying mines, and when), each a table of our own
sentences in words other than the passages that showed the kind (issue 8, use pass)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read

PUBLISHED = PartialDate.parse("2026-05-20")


def uses(text: str) -> list[tuple[str | None, str | None]]:
    """(accused state, laying date) of each use allegation read from ``text``."""
    return project(read(text, PUBLISHED, "en"), "actor_iso3", "date", kind="use_allegation")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount or a sort of mines between the use verb and "mines"
        (
            "Monitors say Sudanese troops laid thousands of anti-personnel mines near El Fasher "
            "in March 2025.",
            [("SDN", "2025-03")],
        ),
        (
            "Investigators found that Azerbaijani units planted at least four kinds of "
            "anti-personnel mines along the road in 2023.",
            [("AZE", "2023")],
        ),
        (
            "The report documents the use of several types of improvised mines by Malian "
            "troops during 2024.",
            [("MLI", "2024")],
        ),
        # a plural's bare apostrophe: "X forces' use of mines"
        (
            "Rights groups have documented Eritrean soldiers' use of hundreds of mines along "
            "the border.",
            [("ERI", None)],
        ),
        (
            "The panel condemned Syrian troops' planting of mines around the dam in 2024.",
            [("SYR", "2024")],
        ),
    ],
)
def test_amounts_of_mines_and_a_plurals_possessive(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each state's date is read from its own clause, never from the next state's
        (
            "The study names Armenian forces using mines near Lachin, and Azerbaijani forces "
            "using mines near Tovuz in 2020.",
            [("ARM", None), ("AZE", "2020")],
        ),
        (
            "Malian troops laid mines near Gao in 2023, and Nigerien soldiers laid mines near "
            "Tillaberi in 2024.",
            [("MLI", "2023"), ("NER", "2024")],
        ),
        (
            "Observers saw Thai units planting mines in July 2025 and Cambodian units planting "
            "mines along the same ridge.",
            [("THA", "2025-07"), ("KHM", None)],
        ),
    ],
)
def test_each_state_is_dated_by_its_own_clause(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kyiv said the occupiers have laid hundreds of mines along the river.",
        "Diplomats in Bangkok told reporters the other side has planted dozens of mines there.",
        "A spokesman in Baku said the enemy had buried thousands of mines in the hills.",
    ],
)
def test_the_speakers_state_is_not_the_user(text: str) -> None:
    assert uses(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause or an apposition between the state and its use verb
        (
            "Analysts point to Belarus, which has never joined the treaty and has laid mines "
            "along its western border.",
            [("BLR", None)],
        ),
        (
            "Iran, which borders Iraq, had planted mines on the frontier in 2025.",
            [("IRN", "2025")],
        ),
        (
            "Eritrea, a country outside the ban, has buried thousands of mines near Badme.",
            [("ERI", None)],
        ),
        (
            "The envoy warned that Sudan, whose army is fighting the RSF, used mines near "
            "Omdurman in 2024.",
            [("SDN", "2024")],
        ),
    ],
)
def test_a_relative_clause_or_apposition_hangs_on_its_state(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date told between the users and their use verb dates the laying; a range's end
        (
            "Syrian troops leaving the valley in March 2025 planted mines in the orchards.",
            [("SYR", "2025-03")],
        ),
        (
            "Azerbaijani units advancing on the ridge between June and September 2023 laid "
            "mines around the pass.",
            [("AZE", "2023-09")],
        ),
        (
            "Investigators documented the use of mines by the army of Mali between early 2024 "
            "and March 2025.",
            [("MLI", "2025-03")],
        ),
        # the date of another verb: an accusation, or the start of a war
        (
            "Armenia in 2022 accused Azerbaijan of planting mines near Jermuk.",
            [("AZE", None)],
        ),
        (
            "Monitors recorded Russian units' use of mines in Ukraine since the invasion began "
            "on 24 February 2022.",
            [("RUS", None)],
        ),
    ],
)
def test_dates_of_the_laying_before_the_verb_and_ranges(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one blamed (or held responsible) for the mines laid them
        (
            "Officials blamed Azerbaijani troops for the mines strewn across the pasture.",
            [("AZE", None)],
        ),
        (
            "Kyiv holds Russia responsible for laying the mines around the reservoir.",
            [("RUS", None)],
        ),
        (
            "The mayor, blaming Armenian units for the landmines found near the school, asked "
            "for help.",
            [("ARM", None)],
        ),
    ],
)
def test_the_one_blamed_for_the_mines(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seoul blamed Pyongyang for the collapse of the talks on the border.",
        "Thailand held talks with Cambodia on mine clearance in 2024.",
        "The minister blamed the weather for the delays in mine clearance.",
    ],
)
def test_blame_for_other_things_is_no_use(text: str) -> None:
    assert uses(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's use in the state of the section ("laid by fighters of ...", "blamed X")
        (
            "A farmer lost a foot near a village in Mali on Monday. Officials said the mine had "
            "been placed by fighters of a jihadist coalition active in the area.",
            [("MLI", None)],
        ),
        (
            "Two herders were hurt by a mine in Niger on Sunday. The governor blamed "
            "insurgents, saying the devices had been laid overnight near the well.",
            [("NER", None)],
        ),
        (
            "Three deminers were hurt in Colombia on Friday. The army blamed the ELN, saying "
            "the explosives had been planted in recent days.",
            [("COL", "2026-05")],
        ),
    ],
)
def test_a_groups_use_is_placed_by_its_section(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a harm by a state's mines accuses that state, undated (the date is the blast's)
        (
            "Two farmers near Kherson were wounded by Russian mines on Sunday, officials said.",
            [("RUS", None)],
        ),
        (
            "A shepherd in Kalbajar was killed on 3 May after stepping on an Armenian mine.",
            [("ARM", None)],
        ),
        (
            "Villagers have been maimed by explosions of Azerbaijani mines along the border.",
            [("AZE", None)],
        ),
    ],
)
def test_a_harm_by_a_states_mines(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # made there, or not a harm: no one is accused
        "A boy was hurt when he stepped on an Italian-made mine near Basra on Monday.",
        "Deminers found Russian mines near the village of Lyman on Sunday.",
        "Cambodian deminers were praised for clearing the field on Tuesday.",
    ],
)
def test_mines_made_or_found_accuse_no_one(text: str) -> None:
    assert uses(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ethnic armed organisation is a non-state group: placed where it laid the mines,
        # and kept apart from the state army's use told beside it
        (
            "Junta troops planted mines around Hpakant in Myanmar in June 2025. The Kachin "
            "Independence Army had also laid mines near its bases, the group said.",
            [("MMR", "2025-06"), ("MMR", None)],
        ),
        (
            "In Myanmar, an ethnic armed organisation has buried mines along the roads to its "
            "camps.",
            [("MMR", None)],
        ),
        (
            "Myanmar's air force bombed villages near Kyaukme in March 2026. The Ta'ang National "
            "Liberation Army has planted mines around its positions there.",
            [("MMR", None)],
        ),
    ],
)
def test_an_ethnic_armed_organisation_is_a_group(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mines named again as "the weapon" right after a sentence about mines; "during the
        # same period" takes the period just told
        (
            "Government troops laid anti-personnel mines in Sudan between January and June 2025. "
            "Rebel militias used the weapon during the same period in Chad and Libya.",
            [("SDN", "2025-06"), ("TCD", "2025-06"), ("LBY", "2025-06")],
        ),
        (
            "Landmines killed 40 people in Yemen in 2024. Houthi fighters planted such devices "
            "along the coast.",
            [("YEM", None)],
        ),
        (
            "Myanmar's army laid mines near Hpakant in March 2025. Insurgents in Myanmar "
            "deployed the weapons over that period as well.",
            [("MMR", "2025-03"), ("MMR", "2025-03")],
        ),
    ],
)
def test_the_weapon_named_again_and_the_same_period(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "the weapon" with no mines before it is any weapon
        "Rebels used the weapon in Colombia in 2023, the army said.",
        "The police seized rifles in Niger last week. Bandits had used the weapons in raids.",
    ],
)
def test_the_weapon_without_mines_before_is_no_use(text: str) -> None:
    assert uses(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside naming who backs the users is not the users
        (
            "Forces loyal to a warlord's Somali National Army faction, backed by fighters of an "
            "Ethiopian militia, laid mines around Baidoa in 2021.",
            [("SOM", "2021")],
        ),
        (
            "Militias in Syria, armed by Iranian commanders, buried mines around Deir ez-Zor in "
            "2019.",
            [("SYR", "2019")],
        ),
        (
            "Sudanese army units, supported by Egyptian advisers, laid mines near the dam in 2023.",
            [("SDN", "2023")],
        ),
    ],
)
def test_the_backers_named_in_an_aside_are_not_the_users(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive of "mine" with its agent: forces or a group after "by"
        (
            "The bridge approaches were heavily mined by retreating Russian troops in 2022.",
            [("RUS", "2022")],
        ),
        (
            "Locals say the orchard had been mined by Azerbaijani soldiers in October 2023.",
            [("AZE", "2023-10")],
        ),
        ("The ridge is mined by Thai units, according to Cambodian officials.", [("THA", None)]),
        (
            "Farm tracks near Bakhmut were mined by the Russian army during the spring of 2023.",
            [("RUS", "2023")],
        ),
        ("Coal was mined by Chinese companies in the region.", []),
        # the passive of an accusation: its subject is the one accused, never the accuser after "by"
        (
            "Azerbaijan was accused by Armenia of planting mines near Jermuk in 2023.",
            [("AZE", "2023")],
        ),
        ("Chadian forces were accused of laying mines near the border.", [("TCD", None)]),
        (
            "Both Sudan and Chad have been accused of laying anti-personnel mines on the border.",
            [("SDN", None), ("TCD", None)],
        ),
        (
            "Myanmar stands accused of mining the border with Bangladesh, a UN envoy said.",
            [("MMR", None)],
        ),
        ("Syria was accused of using chemical weapons in 2017.", []),
        # a use verb in the present or as a use that goes on
        (
            "The Arakan Army in Myanmar also lays mines to protect its positions, it admitted.",
            [("MMR", None)],
        ),
        (
            "Russian forces continue to plant anti-personnel mines in Kharkiv region, it says.",
            [("RUS", None)],
        ),
        ("The Colombian army says the ELN still uses landmines in Arauca.", [("COL", None)]),
        (
            "According to the monitor, Iran deploys anti-personnel mines on its border with Iraq.",
            [("IRN", None)],
        ),
        (
            "Police said Pakistani troops continued to bury landmines along the road in 2024.",
            [("PAK", "2024")],
        ),
    ],
)
def test_passive_present_and_ongoing_use(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted(uses(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation opening the next paragraph continues the accuser: its recency dates the use
        (
            "The governor accused Armenian units of laying mines near Tovuz.\n\n"
            "“These mines were planted recently, after the ceasefire,” he said.",
            [("ARM", "2026-05")],
        ),
        (
            "Kyiv accused Russian troops of mining the roads along the river.\n\n"
            '"They laid new mines there in recent days," the mayor told reporters.',
            [("RUS", "2026-05")],
        ),
        # a paragraph that is no quotation does not
        (
            "The governor accused Armenian units of laying mines near Tovuz.\n\n"
            "Deminers cleared recently planted fields near Gazakh last year.",
            [("ARM", None)],
        ),
    ],
)
def test_a_quotation_opening_the_next_paragraph_continues_the_accuser(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start with its own year: the use runs on with no known end, so it is undated
        # (eval-dev README, dates rule 5: "since early 2023" with an unknown end gives null)
        (
            "Researchers have documented Russian units laying anti-personnel mines in the "
            "Kherson region since March 2022.",
            [("RUS", None)],
        ),
        (
            "Rights groups say Myanmar's army has used anti-personnel mines around villages in "
            "Rakhine since late 2023.",
            [("MMR", None)],
        ),
        (
            "Since 2021, Malian troops have planted mines along the roads out of Mopti, the "
            "report alleged.",
            [("MLI", None)],
        ),
        # a year-less start is this year's fresh laying, and dates it (case c01)
        (
            "Since February, Sudanese soldiers have been laying mines around the airport, "
            "witnesses said.",
            [("SDN", "2026-02")],
        ),
        (
            "Thailand says Cambodian troops have planted new mines along the border since April.",
            [("KHM", "2026-04")],
        ),
    ],
)
def test_a_use_since_a_stated_year_is_undated(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert uses(text) == expected
