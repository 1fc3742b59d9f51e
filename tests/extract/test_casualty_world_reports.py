"""A casualty statistic naming no state in a report about the world is the world's (issue 8,
own wording): after a monitor's report has named three states or more, "The report counted
4,700 casualties in 2022" is no one of theirs (``events.world_report``, as clearance figures
already were). Sentences are our own; none is copied from a dev or held-out passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, counted

PUBLISHED = PartialDate.parse("2025-06-11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Landmine Monitor 2024 found new use of mines by Myanmar and Russia, and by armed "
            "groups in Colombia and India. The report counted 4,700 casualties in 2022, of "
            "whom 1,600 were killed.",
            [("casualty_incident", None, "2022", None, 1600, None, 4700, "casualties")],
        ),
        (
            "Worldwide, mines were laid in Myanmar, Russia and Ukraine last year, the monitor "
            "said. It recorded 5,100 mine casualties in 2023.",
            [counted(None, "2023", 5100)],
        ),
        (
            "The global report names Syria, Afghanistan and Yemen among the most affected "
            "states. Mines killed or injured 6,200 people in 2021.",
            [counted(None, "2021", 6200)],
        ),
        # no world word before: the state of the story keeps its figures
        (
            "Ukraine said Russia and Belarus had laid mines near the border with Poland. The "
            "ministry said 120 civilians were killed by mines in Ukraine in 2024.",
            [casualty("UKR", "2024", 120, None)],
        ),
        # one incident is no world figure
        (
            "Landmine Monitor 2024 found new use of mines by Myanmar, Russia and Iran. A boy "
            "was killed by a mine in Myanmar's Shan State on Monday.",
            [casualty("MMR", "2025-06-09", 1, None)],
        ),
        # a figure of "the province" told after the story came down to one state is its own
        (
            "The Landmine Monitor said Myanmar, Syria and Afghanistan recorded the most "
            "casualties worldwide. Separately, in Cambodia on Sunday, a mine blast injured two "
            "farmers. Police said 55 people had been killed by mines in the province since 2020.",
            [casualty("KHM", "2025-06-08", None, 2), casualty("KHM", "2025-06", 55, None)],
        ),
    ],
)
def test_world_reports(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "en", kind="casualty_incident") == expected
