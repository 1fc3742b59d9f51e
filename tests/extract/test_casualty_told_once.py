"""One casualty told twice is one claim; what is no incident of its own adds none (issue 8: the
largest class of false casualty claims on untuned text, a second claim of a state that has
one). Sentences of our own, in the languages read; the casualty claims found.

- A capital "Second" inside a sentence is a name ("the army's Second Division said", "the
  Second Army Area", "a shell from the Second World War"), never the cue of another incident
  (``triggers.NEW_INCIDENT``) that kept the body's retelling apart from the headline.
- A headline's total ("over 7,000 victims in 2020") and the body's total with its split ("7,073
  victims ..., of whom 2,492 were killed") are one statistic (``merging._statistic`` counts the
  victims counted without a split).
- A headline's casualty told again by the body under another state or none, the same counts
  and agreeing dates: one claim; an incident keeps the headline's state, a total the body's
  (``merging._headline_retold``).
- Victims told as a part of those just counted ("Among them, 133 deminers ...", "uno dei due
  ...", "De ellas, ...") or, with no state and no day, as a detail ("Three died on the spot;
  the fourth ...") are no claim of their own (``merging._detail_of``).
- An animal killed by a mine ("a water buffalo was killed", "uccisi due bufali") is no
  casualty (``triggers.ANIMAL_HARM``) where no person is named.
- Ages are no counts in the lexicon readers ("Due fratelli di 6 e 9 anni sono morti",
  ``figures.AGES_NO_COUNT``), and Spanish verbs joined before their victims ("mataron o
  hirieron a 4.710 personas") are a total, not the injured.
"""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2024-05-16")  # a Thursday

NAMES: list[tuple[str, list[Claim]]] = [
    ("Three soldiers killed by landmine in Arauca\n"
     "Three Colombian soldiers were killed and two others wounded on Tuesday when a landmine "
     "exploded during a patrol in Arauca, the army's Second Division said.",
     [casualty("COL", "2024-05-14", 3, 2)]),
    ("Two rangers hurt by mine near border\n"
     "Two Thai rangers were injured by a landmine near Ban Nong Ya Kaeo in Sa Kaeo province on "
     "Monday, the Second Army Area said.",
     [casualty("THA", "2024-05-13", None, 2)]),
    ("Farmer killed by old mine in Bosnia\n"
     "A farmer was killed on Sunday near Maglaj, Bosnia, when he hit a mine left from the war "
     "of the 1990s, the Second Infantry Brigade reported.",
     [casualty("BIH", "2024-05-12", 1, None)]),
    ("Four soldiers injured by mine in Norte de Santander\n"
     "Four Colombian soldiers were injured on Monday when a mine exploded during a patrol near "
     "Tibú, the Second Brigade said.",
     [casualty("COL", "2024-05-13", None, 4)]),
    ("Shepherd injured by mine in Kurdistan\n"
     "A shepherd was injured on Monday near Penjwen, Iraq, by a mine laid during the Second "
     "Gulf War, officials said.",
     [casualty("IRQ", "2024-05-13", None, 1)]),
    # negatives: a second incident told in small letters stays apart; a sentence opening with
    # "Second" keeps its cue
    ("Two soldiers were injured by a mine in Arauca, Colombia, on Tuesday. It was the second "
     "such blast in a week: on May 9, a soldier was killed in the same area.",
     [casualty("COL", "2024-05-14", None, 2), casualty("COL", "2024-05-09", 1, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_a_capital_second_is_a_name(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected


HEADLINES: list[tuple[str, str, list[Claim]]] = [
    # a headline's total and the body's total with its split
    ("it",
     "Rapporto annuale: oltre 6.000 vittime di mine nel 2019\n"
     "Nel 2019 sono state registrate 6.124 vittime di mine e residuati bellici nel mondo, "
     "di cui 2.103 persone uccise.",
     [("casualty_incident", None, "2019", None, 2103, None, 6124, "casualties")]),
    ("en",
     "Annual report: over 6,000 mine victims in 2019\n\n"
     "Mines and explosive remnants of war killed or injured 6,124 people in 2019, of whom "
     "2,103 were killed, the report said.",
     [("casualty_incident", None, "2019", None, 2103, None, 6124, "casualties")]),
    # the body's incident under another state
    ("en",
     "Landmine kills two nomads in Western Sahara\n\n"
     "Two nomads were killed on Tuesday when their car struck a mine near the Moroccan wall, "
     "the mine action office said.",
     [casualty("ESH", "2024-05-14", 2, None)]),
    ("it",
     "Tunisia, tre militari feriti da una mina sul monte Semmama\n\n"
     "Tre militari sono rimasti feriti ieri dall'esplosione di una mina durante un "
     "rastrellamento sul monte Semmama, vicino al confine con l'Algeria.",
     [casualty("TUN", "2024-05-15", None, 3)]),
    # negatives: a headline and a body incident of other counts stay two; a headline with a
    # body of its own state merges as before
    ("en",
     "Mine kills two in Cambodia\n\n"
     "Three soldiers were injured by a mine near the Thai town of Aranyaprathet on Tuesday.",
     [casualty("KHM", "2024-05", 2, None), casualty("THA", "2024-05-14", None, 3)]),
    ("en",
     "Two farmers killed by mine in Cambodia\n\n"
     "Two farmers were killed on Tuesday when their tractor hit a mine in Battambang "
     "province, Cambodia, police said.",
     [casualty("KHM", "2024-05-14", 2, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), HEADLINES)
def test_a_headline_told_again_is_one_claim(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(text, PUBLISHED, language, kind="casualty_incident") == expected


PARTS: list[tuple[str, str, list[Claim]]] = [
    ("en",
     "According to the mine action centre, 1,540 people have been killed by mines in Croatia "
     "since 1991. Among them, 64 deminers were killed or injured.",
     [casualty("HRV", "2024-05", 1540, None)]),
    ("en",
     "Five farmers were killed on Tuesday when a landmine exploded on a farm road near Bama "
     "in Borno State, Nigeria, police said.\n"
     "\"Four died on the spot; the fifth died on the way to hospital,\" a witness said.",
     [casualty("NGA", "2024-05-14", 5, None)]),
    ("it",
     "Due sminatori sono rimasti feriti martedì durante una bonifica a Sirte, in Libia. "
     "Secondo il centro, uno dei due ha riportato ferite gravi alle gambe.",
     [casualty("LBY", "2024-05-14", None, 2)]),
    ("it",
     "Secondo il centro, dal 2011 in Libia 320 persone sono state uccise da mine e ordigni. "
     "Tra loro, 40 sminatori sono stati uccisi.",
     [casualty("LBY", "2024-05", 320, None)]),
    ("fr",
     "Selon le centre, 410 personnes ont été tuées par des mines au Tchad depuis 2000. Parmi "
     "elles, 35 enfants ont été tués.",
     [casualty("TCD", "2024-05", 410, None)]),
    ("es",
     "Las minas mataron o hirieron a 2.600 personas en Colombia en 2023, según el informe. "
     "De ellas, 900 murieron.",
     [("casualty_incident", "COL", "2023", None, 900, None, 2600, "casualties")]),
    # negatives: victims of another day stay apart; a part larger than the whole is no part
    ("en",
     "A shepherd was killed by a mine near Kandahar, Afghanistan, on Tuesday. On Sunday, two "
     "boys were injured by a mine in the same district.",
     [casualty("AFG", "2024-05-14", 1, None), casualty("AFG", "2024-05-12", None, 2)]),
    ("en",
     "A deminer was injured by a mine near Kupres, Bosnia, on Tuesday. Among them, 12 "
     "children were killed in a separate blast last year.",
     [casualty("BIH", "2024-05-14", None, 1), casualty("BIH", "2023", 12, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), PARTS)
def test_a_part_of_the_victims_is_no_claim(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language, kind="casualty_incident") == expected


ANIMALS: list[tuple[str, str, list[Claim]]] = [
    ("en",
     "A farmer lost a leg to a mine near Kani, Myanmar, on Monday. Two days later a water "
     "buffalo was killed on the same path.",
     [casualty("MMR", "2024-05-13", None, 1)]),
    ("en",
     "A landmine killed three cows grazing near the border in Kayin State, Myanmar, on "
     "Sunday.",
     []),
    ("it",
     "Un contadino è rimasto ferito lunedì da una mina vicino a Kandahar, in Afghanistan. "
     "Martedì due bufali sono stati uccisi da un'altra mina nella stessa zona.",
     [casualty("AFG", "2024-05-13", None, 1)]),
    ("es",
     "Un campesino resultó herido el lunes por una mina en Tame, Arauca, Colombia. Dos días "
     "después, tres vacas murieron al pisar otra mina en la misma vereda.",
     [casualty("COL", "2024-05-13", None, 1)]),
    # negatives: a person harmed beside the animal, a person herding them, the herd that set
    # off the mine
    (
        "en",
        "A herder was injured on Monday near Mukumbura, Zimbabwe, when his cattle set off a mine.",
        [casualty("ZWE", "2024-05-13", None, 1)],
    ),
    ("en",
     "A shepherd was killed and his dog injured by a landmine near Duhok, Iraq, on Sunday.",
     [casualty("IRQ", "2024-05-12", 1, None)]),
    ("en",
     "Two boys herding goats were injured by a landmine near Kunduz, Afghanistan, on Monday.",
     [casualty("AFG", "2024-05-13", None, 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ANIMALS)
def test_an_animal_is_no_casualty(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language, kind="casualty_incident") == expected


COUNTS: list[tuple[str, str, list[Claim]]] = [
    ("it",
     "Due fratelli di 7 e 10 anni sono morti martedì nell'esplosione di una mina vicino a "
     "Kandahar, in Afghanistan.",
     [casualty("AFG", "2024-05-14", 2, None)]),
    ("it",
     "Quattro bambini di età compresa tra 5 e 11 anni sono rimasti uccisi martedì da una mina "
     "nella provincia di Helmand, in Afghanistan.",
     [casualty("AFG", "2024-05-14", 4, None)]),
    ("fr",
     "Deux enfants de 8 et 12 ans ont été tués mardi par une mine près de Kidal, au Mali.",
     [casualty("MLI", "2024-05-14", 2, None)]),
    ("es",
     "Las minas mataron o hirieron a 1.200 personas en Colombia en 2022, según el informe.",
     [("casualty_incident", "COL", "2022", None, None, None, 1200, "casualties")]),
    ("es",
     "Las minas hirieron o mataron a 450 civiles en Birmania en 2023.",
     [("casualty_incident", "MMR", "2023", None, None, None, 450, "casualties")]),
    # negatives: a count of victims beside an age; the injured counted alone
    ("it",
     "Tre pastori di 40 anni sono rimasti feriti martedì da una mina in Libia.",
     [casualty("LBY", "2024-05-14", None, 3)]),
    ("es",
     "La mina hirió a dos soldados el martes en Tame, Arauca, Colombia.",
     [casualty("COL", "2024-05-14", None, 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), COUNTS)
def test_ages_and_joined_verbs_are_no_counts(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(text, PUBLISHED, language, kind="casualty_incident") == expected
