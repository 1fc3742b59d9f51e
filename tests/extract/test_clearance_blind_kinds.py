"""Clearance in news text never tuned on (issue 8, batch 26 clearance pass): the figure of a
report about the world names no state (its states are parts, never its place). Passages of our
own, each a short news text; a completion told by an ordinal's infinitive ("became the latest
district to be declared free of mines"), by the last minefields cleared with their kind named,
or by the last minefield handed back."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import claims, cleared

# a report about the world (a world word or the Landmine Monitor told before, three states or
# more named): a clearance figure naming no state is the world's
WORLD_REPORT = [
    ("Mine casualties rose sharply in 2021, the Landmine Monitor said on Tuesday. Armed groups "
     "laid improvised mines in Burkina Faso, Mali and Niger. Some 132 square kilometres of land "
     "were cleared in 2021.", "2022-11-16", "en",
     [cleared(None, "2021", 132, "km2")]),
    ("Globally, 4,700 people were hurt by mines in 2019. The worst affected were Afghanistan, "
     "Colombia and Yemen.\nDeminers destroyed more than 120,000 antipersonnel mines in 2019.",
     "2020-11-12", "en", [cleared(None, "2019", 120000, "mines")]),
    ("Il Landmine Monitor 2023 registra nuove vittime di mine in Siria, Ucraina e Myanmar. "
     "Nel 2022 sono stati bonificati oltre 210 chilometri quadrati di territorio.",
     "2023-11-14", "it",
     [cleared(None, "2022", 210, "km2")]),
    ("El Landmine Monitor 2018 registró víctimas de minas en Afganistán, Siria y Yemen. "
     "En 2017 se despejaron más de 128 kilómetros cuadrados de tierra.", "2018-11-20", "es",
     [cleared(None, "2017", 128, "km2")]),
    # negatives: a report about one state (no world word) lends its state; a world report's
    # sentence naming its own state keeps it; a world word with fewer than three states named
    ("Cambodia recorded 40 casualties in 2020, against 12 in Laos and 9 in Thailand. Deminers "
     "cleared 85 square kilometres of land in 2020.", "2021-02-03", "en",
     [cleared("KHM", "2020", 85, "km2")]),
    ("Casualties worldwide fell in 2022, the Landmine Monitor said. Armed groups laid mines in "
     "Mali, Niger and Burkina Faso. Angola cleared 9 square kilometres of land in 2022.",
     "2023-11-14", "en", [cleared("AGO", "2022", 9, "km2")]),
    ("Croatia has one of the largest mine problems in the world. Deminers cleared 31 square "
     "kilometres of land in 2020.", "2021-04-04", "en", [cleared("HRV", "2020", 31, "km2")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "language", "expected"), WORLD_REPORT)
def test_world_report(text: str, published: str, language: str, expected: list[object]) -> None:
    found = claims(text, PartialDate.parse(published), language, kind="clearance_progress")
    assert sorted(found, key=str) == sorted(expected, key=str)


def completion(state: str, date: str | None) -> tuple[object, ...]:
    return ("clearance_progress", state, date, None, None, None, None, None)


# a completion: an ordinal's infinitive is done, not planned; "the last known anti-personnel
# minefields" cleared; the last minefield handed back (its place told between)
COMPLETIONS = [
    ("Shirak became the first province of Armenia to be declared free of mines on Tuesday.",
     "2026-03-12", [completion("ARM", "2026-03-10")]),
    ("Vavuniya is the latest district in Sri Lanka to be declared mine-free, the army said on "
     "Monday.", "2025-08-20", [completion("LKA", "2025-08-18")]),
    ("Zimbabwe's engineers have cleared the last known anti-personnel minefields along the "
     "border with Mozambique, the defence ministry said on Friday.", "2026-10-05",
     [completion("ZWE", "2026-10-02")]),
    ("The last minefield in Tajikistan, near a school in the hills above the village of "
     "Darband, was handed back to farmers in March.", "2026-05-02",
     [completion("TJK", "2026-03")]),
    # negatives: the next one to be declared, a plan; the last minefield still worked on
    ("Officials said Kilinochchi will become the next district of Sri Lanka to be declared "
     "free of mines.", "2025-08-20", []),
    ("Tete province of Mozambique is to be declared free of mines next year.", "2014-05-02", []),
    ("The last minefield in Tajikistan, near the village of Darband, is still being surveyed "
     "by deminers.", "2026-05-02", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), COMPLETIONS)
def test_completion(text: str, published: str, expected: list[object]) -> None:
    found = claims(text, PartialDate.parse(published), "en", kind="clearance_progress")
    assert sorted(found, key=str) == sorted(expected, key=str)
