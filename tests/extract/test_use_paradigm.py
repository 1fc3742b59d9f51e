"""Use allegations as whole paradigms (issue 8, use recall): every form and voice of the use
verbs and nouns, who used them as against who alleges it, several users in one sentence, and
denials, hedges and plans, which are no use. Sentences of our own; (accused state, laying
date) of each allegation, in sorted order."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read

PUBLISHED = PartialDate.parse("2026-05-20")
Row = tuple[str | None, str | None]


def uses(text: str) -> list[Row]:
    """(accused state, laying date) of each use allegation read from ``text``, sorted."""
    found = project(read(text, PUBLISHED, "en"), "actor_iso3", "date", kind="use_allegation")
    return sorted(found, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Human Rights Watch said Russian forces laid anti-personnel mines around Izium in"
                " 2022."
            ),
            [("RUS", "2022")],
        ),
        ("Residents say Sudanese troops are laying mines along the river road.", [("SDN", None)]),
        (
            "A defector said Myanmar's army lays mines around its bases every rainy season.",
            [("MMR", None)],
        ),
        (
            (
                "Eritrean soldiers planted mines on the footpaths near Zalambessa, a local "
                "official said."
            ),
            [("ERI", None)],
        ),
        (
            "Witnesses saw Azerbaijani troops planting anti-personnel mines near the village.",
            [("AZE", None)],
        ),
        (
            (
                "Ethiopian units placed anti-personnel mines along the road in March 2025, the "
                "report says."
            ),
            [("ETH", "2025-03")],
        ),
        (
            "Investigators concluded that Malian soldiers emplaced mines near the wells.",
            [("MLI", None)],
        ),
        (
            (
                "Houthi fighters sowed thousands of mines across the coastal plain, the coalition"
                " said."
            ),
            [("YEM", None)],
        ),
        (
            "The Burmese military has seeded the hills around the town with landmines.",
            [("MMR", None)],
        ),
        (
            "Russian forces scattered PFM-1 mines over the city from rockets in 2022.",
            [("RUS", "2022")],
        ),
        (
            "Ukrainian units fired rockets carrying PFM-series mines into the town in 2022.",
            [("UKR", "2022")],
        ),
        ("Moroccan troops deployed anti-personnel mines along the berm.", [("MAR", None)]),
        ("Colombian guerrillas employed improvised mines to protect coca fields.", [("COL", None)]),
        (
            "Syrian government forces used anti-personnel mines near Idlib in 2019.",
            [("SYR", "2019")],
        ),
        (
            "Pakistani troops mined the road to the border post in April, villagers said.",
            [("PAK", "2026-04")],
        ),
        (
            "Armenian forces have been mining the approaches to the villages, Baku said.",
            [("ARM", None)],
        ),
        (
            (
                "Russian soldiers booby-trapped homes and playgrounds before they withdrew from "
                "the town."
            ),
            [("RUS", None)],
        ),
        (
            "Russian drones dropped remotely delivered mines on Kherson in June 2025.",
            [("RUS", "2025-06")],
        ),
        (
            (
                "Officials said Ukrainian troops had sown PFM mines in residential districts of "
                "Donetsk."
            ),
            [("UKR", None)],
        ),
        (
            "The Myanmar army is using landmines as a weapon of terror, villagers say.",
            [("MMR", None)],
        ),
    ],
)
def test_use_verbs_in_every_form(text: str, expected: list[Row]) -> None:
    """Every use verb in its tenses and persons, remote delivery ("fired rockets carrying",
    "dropped scatterable"), "seeded ... with", "booby-trapped" as a verb."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The area was mined by Azerbaijani troops in 1993.", [("AZE", "1993")]),
        ("Mines were laid by Libyan troops around Fada in 2011.", [("LBY", "2011")]),
        (
            "The mines had been planted by Islamic State fighters in Iraq before they fled.",
            [("IRQ", None)],
        ),
        ("Hundreds of mines were scattered by Russian rockets over the fields.", [("RUS", None)]),
        (
            "Anti-personnel mines have been placed by Myanmar troops along the footpaths.",
            [("MMR", None)],
        ),
        (
            "The paths around the school were booby-trapped by Russian soldiers, police said.",
            [("RUS", None)],
        ),
        (
            "Mines have been sown along the border by Eritrean forces, the envoy said.",
            [("ERI", None)],
        ),
    ],
)
def test_passives_with_an_agent(text: str, expected: list[Row]) -> None:
    """The passive with its agent: laid, sown, scattered, placed, booby-trapped "by" forces or
    a group."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Amnesty documented the use of anti-personnel mines by Myanmar's army in Kayah "
                "State."
            ),
            [("MMR", None)],
        ),
        (
            "The laying of mines by Houthi rebels continues to kill civilians in Yemen.",
            [("YEM", None)],
        ),
        (
            "New minefields laid by Russian troops in March were found near Bakhmut.",
            [("RUS", "2026-03")],
        ),
        (
            "Thai officials said the mines had been recently planted by Cambodian soldiers.",
            [("KHM", "2026-05")],
        ),
        (
            "The UN says Myanmar's junta has stepped up its use of landmines in Sagaing.",
            [("MMR", None)],
        ),
        (
            "Ukraine's use of PFM mines around Izium was documented by investigators.",
            [("UKR", None)],
        ),
    ],
)
def test_use_told_as_a_noun(text: str, expected: list[Row]) -> None:
    """Use told as a noun: "the use of", "the laying of", "new minefields laid by", "its use
    of", recency ("recently planted")."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ("Troops loyal to the Syrian government laid mines around Saraqeb before withdrawing."),
            [("SYR", None)],
        ),
        ("Houthi rebels laid mines along the roads to Taiz.", [("YEM", None)]),
        ("Militants laid mines on the roads around Kidal, Mali's army said.", [("MLI", None)]),
        ("Separatists backed by Moscow laid mines in eastern Ukraine in 2015.", [("UKR", "2015")]),
        ("Myanmar's army has laid mines around villages in Sagaing.", [("MMR", None)]),
        (
            (
                "The Kachin Independence Army fights in northern Myanmar. The group has also laid"
                " mines around its bases, the report said."
            ),
            [("MMR", None)],
        ),
        (
            ("Human Rights Watch accused Russian forces of using banned mines in Kharkiv region."),
            [("RUS", None)],
        ),
        (
            (
                "A spokesman for Ukraine's defence ministry said Russian troops had mined the "
                "fields around the village."
            ),
            [("RUS", None)],
        ),
        (
            (
                "According to the Russian military, Ukrainian units laid hundreds of PFM-1 mines "
                "in Horlivka in November."
            ),
            [("UKR", "2025-11")],
        ),
        (
            (
                "Ethiopia's army withdrew from the town in March. It had planted mines around the"
                " wells, residents said."
            ),
            [("ETH", None)],
        ),
        (
            (
                "The forces of the former Syrian government laid minefields there before they "
                "retreated."
            ),
            [("SYR", None)],
        ),
        (
            "Islamist militants in Burkina Faso have planted mines on the roads to the north.",
            [("BFA", None)],
        ),
    ],
)
def test_who_used_them(text: str, expected: list[Row]) -> None:
    """Who used them: forces, "troops loyal to", groups placed in their state, possessives,
    "the group" and "It" told in the sentence before."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Russian and Ukrainian forces have both used anti-personnel mines since 2022, the"
                " group says."
            ),
            [("RUS", None), ("UKR", None)],
        ),
        (
            (
                "Non-state armed groups laid mines in Colombia, India, Myanmar and Pakistan in "
                "2024, the Monitor found."
            ),
            [("COL", "2024"), ("IND", "2024"), ("MMR", "2024"), ("PAK", "2024")],
        ),
        (
            "Myanmar's army and the Arakan Army both planted mines in Rakhine State in 2024.",
            [("MMR", "2024"), ("MMR", "2024")],
        ),
        (
            (
                "The Monitor confirmed that Russian and Myanmar forces used antipersonnel mines "
                "between mid-2023 and October 2024."
            ),
            [("MMR", "2024-10"), ("RUS", "2024-10")],
        ),
        (
            "The report also recorded mine use by Iran and North Korea along their borders.",
            [("IRN", None), ("PRK", None)],
        ),
        (
            (
                "In Colombia, both army units and ELN guerrillas laid mines during 2023, the "
                "report said."
            ),
            [("COL", "2023"), ("COL", "2023")],
        ),
    ],
)
def test_several_users_in_one_sentence(text: str, expected: list[Row]) -> None:
    """Several users in one sentence, and a state's army and a group in it as two users of
    one state."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukraine's foreign ministry said Russian forces planted mines in Kherson.",
            [("RUS", None)],
        ),
        ("Azerbaijan accused Armenia of laying new mines in Lachin in 2025.", [("ARM", "2025")]),
        (
            ("Thailand's army said Cambodian troops had laid the mines, a charge Cambodia denied."),
            [("KHM", None)],
        ),
        (
            (
                "The Russian defence ministry claimed that Ukrainian forces had mined the road in"
                " Kursk."
            ),
            [("UKR", None)],
        ),
        (
            "The minister urged Russia to stop laying anti-personnel mines in Ukraine.",
            [("RUS", None)],
        ),
    ],
)
def test_the_accuser_is_not_the_user(text: str, expected: list[Row]) -> None:
    """Who alleges is not who used: a ministry, a spokesman, a rights group; a use someone
    is urged to stop."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia denied laying mines in the area.", []),
        ("Investigators found no evidence that Cambodian troops had planted new mines.", []),
        ("Thailand has never used anti-personnel mines, its foreign minister said.", []),
        ("Lithuania could lay mines along its border if attacked, officials said.", []),
        ("Poland plans to deploy anti-personnel mines along its eastern border.", []),
        (
            (
                "The Finnish army is preparing to plant mines on the eastern frontier in case of "
                "war."
            ),
            [],
        ),
        (
            ("Estonia will be able to use anti-personnel mines once its withdrawal takes effect."),
            [],
        ),
        ("It is not clear whether Ethiopian forces laid the mines.", []),
        ("Uzbekistan has never formally acknowledged laying the mines.", []),
        (
            (
                "Latvia's defence minister said the army might lay mines along the border in a "
                "crisis."
            ),
            [],
        ),
        ("Kyiv rejected claims that Ukrainian units had scattered mines in Donetsk.", []),
    ],
)
def test_denials_hedges_and_plans_are_no_use(text: str, expected: list[Row]) -> None:
    """Denials, doubts, questions and plans are no use."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ("Uzbek forces laid minefields along the Tajik frontier, the mine action centre said."),
            [("UZB", None)],
        ),
        ("Kyrgyz border troops planted mines near the enclave, villagers said.", [("KGZ", None)]),
        (
            "Rwandan soldiers buried mines around the camp, the panel of experts reported.",
            [("RWA", None)],
        ),
        ("Witnesses said Tunisian units had placed mines on the mountain paths.", [("TUN", None)]),
    ],
)
def test_forces_named_by_any_states_adjective(text: str, expected: list[Row]) -> None:
    """Forces named by the adjective of any state ("Uzbek", "Kyrgyz", "Rwandan")."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ("The contamination dates from 1999, when Uzbek troops laid mines along the border."),
            [("UZB", "1999")],
        ),
        (
            "Farming stopped there in 1993, when Armenian forces mined the fields.",
            [("ARM", "1993")],
        ),
        (
            (
                "The village emptied in March 2024, when junta soldiers in Myanmar planted mines "
                "around it."
            ),
            [("MMR", "2024-03")],
        ),
        (
            (
                "A farmer was hurt on Monday when a mine laid by Houthi fighters exploded in his "
                "field."
            ),
            [("YEM", None)],
        ),
    ],
)
def test_a_when_clause_dates_its_laying(text: str, expected: list[Row]) -> None:
    """A date the use verb's "when" clause hangs on dates the laying; a blast's "when a mine
    ... exploded" does not."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Engineers lifted dozens of mines in northern Iraq, among them devices planted by"
                " the PKK."
            ),
            [("IRQ", None)],
        ),
        (
            (
                "Troops cleared 300 mines near the Syrian border town, some of them planted by "
                "Islamic State fighters in Syria."
            ),
            [("SYR", None)],
        ),
        (
            (
                "Deminers in Libya removed mines and booby-traps planted by Haftar's forces "
                "around the airport."
            ),
            [("LBY", None)],
        ),
    ],
)
def test_a_group_is_placed_where_the_sentence_puts_it(text: str, expected: list[Row]) -> None:
    """A group of no one state is placed where the sentence puts its mines, not by the speaker."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Turkish engineers cleared mines near Hakkari last year. Officials accused the "
                "PKK and its Iranian branch of planting mines in the area."
            ),
            [("TUR", None)],
        ),
        (
            (
                "Colombia's army cleared a path near Tibu. It accused the ELN and its Venezuelan "
                "allies of laying mines there."
            ),
            [("COL", None)],
        ),
        (
            (
                "Israeli troops patrolled the border fence. The army said Hezbollah and its "
                "Syrian backers had planted mines along it."
            ),
            [("LBN", None)],
        ),
    ],
)
def test_a_groups_foreign_affiliate_is_no_place(text: str, expected: list[Row]) -> None:
    """A state's adjective naming a group's ally or branch is no place: the section's state."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Whole districts were contaminated with landmines during the occupation by "
                "Russian forces in 2022."
            ),
            [("RUS", "2022")],
        ),
        (
            (
                "The suburbs were littered with mines and booby-traps after the retreat by "
                "Haftar's Libyan National Army in 2020."
            ),
            [("LBY", "2020")],
        ),
        (
            (
                "Farmland around the town was riddled with mines during the offensive by "
                "Ethiopian troops."
            ),
            [("ETH", None)],
        ),
    ],
)
def test_mines_left_by_an_offensive_or_occupation(text: str, expected: list[Row]) -> None:
    """Land contaminated with mines during the offensive, occupation or retreat "by" X: X."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Thai engineers found mines that had been freshly laid, an officer said, accusing"
                " Cambodian troops."
            ),
            [("KHM", "2026-05")],
        ),
        (
            "Officials said Armenian units had planted the mines over the past few days.",
            [("ARM", "2026-05")],
        ),
        (
            "The army said Cambodian soldiers laid the mines within the last two weeks.",
            [("KHM", "2026-05")],
        ),
    ],
)
def test_recency_dates_the_laying(text: str, expected: list[Row]) -> None:
    """Recency words ("freshly laid", "over the past few days") give the publication month."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Myanmar soldiers have laid mines around villages in Sagaing, a rights group "
                "said. Its researchers documented mines placed along footpaths between January "
                "and March 2026."
            ),
            [("MMR", "2026-03")],
        ),
        (
            (
                "Russian forces planted mines around Izium, investigators said. They found mines "
                "buried in gardens in April 2022."
            ),
            [("RUS", "2022-04")],
        ),
        (
            (
                "Azerbaijan accused Armenian troops of mining the area. Deminers reported mines "
                "laid across the pasture in 2021."
            ),
            [("ARM", "2021")],
        ),
    ],
)
def test_the_next_sentence_dates_the_same_mines(text: str, expected: list[Row]) -> None:
    """The next sentence tells when the same mines were placed, with no other user."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army on Monday accused rebels in Colombia of planting mines near the school.",
            [("COL", None)],
        ),
        (
            (
                "Ukraine's foreign ministry on 3 May accused Russian forces of scattering mines "
                "near Kherson."
            ),
            [("RUS", None)],
        ),
        ("Baku on Tuesday blamed Armenian units for the mines laid near Lachin.", [("ARM", None)]),
    ],
)
def test_the_day_of_an_accusation_is_not_the_laying(text: str, expected: list[Row]) -> None:
    """The day of an accusation or blame dates only the accusation."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sudan's army has been accused by monitors of laying mines around El Obeid.",
            [("SDN", None)],
        ),
        (
            (
                "Investigators say Burmese troops emplaced mines at the entrance of a school in "
                "2023."
            ),
            [("MMR", "2023")],
        ),
        (
            (
                "Rebels loyal to the former president planted mines on the main road in the "
                "Central African Republic."
            ),
            [("CAF", None)],
        ),
        (
            (
                "Satellite images suggest Russian units laid new minefields near Zaporizhzhia in "
                "January."
            ),
            [("RUS", "2026-01")],
        ),
        (
            "The ministry said Armenian sappers mined the approaches to the village in 1992.",
            [("ARM", "1992")],
        ),
        (
            (
                "Mines were planted around the wells by Malian soldiers and Wagner fighters, the "
                "UN said."
            ),
            [("MLI", None)],
        ),
        (
            (
                "A report by Human Rights Watch found that Ethiopian forces had used "
                "antipersonnel mines in Tigray."
            ),
            [("ETH", None)],
        ),
        (
            ("According to Kyiv, Russian troops booby-trapped the bodies of civilians in Bucha."),
            [("RUS", None)],
        ),
        (
            (
                "Yemen's Houthis continue to plant landmines in residential areas, the coalition "
                "alleged."
            ),
            [("YEM", None)],
        ),
        (
            "Colombia's defence ministry blamed the ELN for the mines found near the school.",
            [("COL", None)],
        ),
        (
            (
                "The North Korean army has laid thousands of new mines along the border since "
                "April, Seoul said."
            ),
            [("PRK", "2026-04")],
        ),
        (
            (
                "Turkish officials said PKK militants had planted mines on roads in Hakkari "
                "province."
            ),
            [("TUR", None)],
        ),
        ("There is no proof that Thai soldiers laid the mines, the Thai army said.", []),
        ("Pakistan denies that its troops have placed mines along the Line of Control.", []),
        (
            (
                "Moscow plans to scatter more mines along its border with Finland, a Finnish "
                "official warned."
            ),
            [],
        ),
        (
            "Azerbaijan said the area had been heavily mined by Armenian forces before 2020.",
            [("ARM", "2020")],
        ),
        (
            "Landmine Monitor confirmed new use by government forces in Myanmar during 2024.",
            [("MMR", "2024")],
        ),
        (
            "Islamic State fighters in Syria left hundreds of improvised mines around Raqqa.",
            [("SYR", None)],
        ),
        ("Ukrainian forces may also have used PFM mines, the Monitor said.", [("UKR", None)]),
        ("Cambodia rejected Bangkok's claim that its soldiers had planted the mines.", []),
        ("The company's new use of drones impressed investors.", []),
    ],
)
def test_new_wordings_written_after_the_fixes(text: str, expected: list[Row]) -> None:
    """Wordings written after the two passes, run once before any fix (18 of 20 passed:
    "According to Kyiv, ..." made Kyiv a user; "new use by government forces" was no cue)."""
    assert uses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Rebels planted mines along the trails in Catatumbo, Colombia, where two soldiers"
                " were killed last week."
            ),
            [("COL", None)],
        ),
        (
            (
                "Russian troops mined the fields near the village, where a tractor driver was "
                "injured on Sunday."
            ),
            [("RUS", None)],
        ),
        (
            (
                "Houthi fighters laid mines on the coast road, where four fishermen were wounded "
                "in April."
            ),
            [("YEM", None)],
        ),
    ],
)
def test_a_harm_told_in_a_relative_clause_keeps_its_date(text: str, expected: list[Row]) -> None:
    """A harm told in a relative clause after the use ("where two soldiers were killed last
    week") keeps its date to itself."""
    assert uses(text) == expected
