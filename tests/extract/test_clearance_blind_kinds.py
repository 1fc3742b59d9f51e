"""Clearance in news text never tuned on (issue 8, batch 26 clearance pass): the figure of a
report about the world names no state (its states are parts, never its place). Passages of our
own, each a short news text."""

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
