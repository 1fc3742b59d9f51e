"""Three English kinds of batches 24 and 25 (issue 8, studied): the day put between the speaker
and the verb ("Lawmakers on Wednesday condemned ... the explosion that killed ... on June 6",
"Police on Friday said a boy was killed") dates the statement, not the harm; a count of
members of a group with a relative clause about the group ("Three members of a family who
had returned to their home in Sinjar were killed") is the victims'; and a periodic report's
label line ("Reporting Period: 1 July to 31 August 2023") dates what it tells "during the
reporting period" and the uses it lists with no date of their own. Every sentence is our own
wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, total, use

PUBLISHED = PartialDate.parse("2021-06-09")  # a Wednesday

SPEECH: list[tuple[str, list[Claim]]] = [
    ("Lawmakers on Wednesday condemned the rebel group for the roadside landmine explosion in "
     "the Philippine province of Masbate that killed a college athlete and his uncle and "
     "wounded a teenage nephew on June 6.", [casualty("PHL", "2021-06-06", None, 1)]),
    ("The ministry on Monday accused Armenian forces of planting the mine that wounded a "
     "deminer in Azerbaijan's Kalbajar district on 3 June.",
     [casualty("AZE", "2021-06-03", None, 1)]),
    ("Police in Pakistan on Friday said a boy was killed by a landmine.",
     [casualty("PAK", "2021-06", 1, None)]),
    # the day of the harm itself
    ("A farmer on Monday stepped on a landmine in Cambodia's Battambang province and lost a "
     "leg.", [casualty("KHM", "2021-06-07", None, 1)]),
    ("Two boys were killed by a mine in Syria on Monday, the group said.",
     [casualty("SYR", "2021-06-07", 2, None)]),
]  # fmt: skip

MEMBERS: list[tuple[str, list[Claim]]] = [
    ("Three members of a Yazidi family who had returned to their home in Sinjar, Iraq, were "
     "killed on Sunday when a mine exploded inside the house.",
     [casualty("IRQ", "2021-06-06", 3, None)]),
    ("Two relatives of the shepherd who went to collect his body in Afghanistan's Helmand "
     "province were injured by a second mine on Sunday.",
     [casualty("AFG", "2021-06-06", None, 2)]),
    ("Four members of a returning family that had fled the fighting in Syria were wounded by a "
     "landmine near Idlib on Sunday.", [casualty("SYR", "2021-06-06", None, 4)]),
    # no harm: members honoured or moved
    ("Three members of a demining team that cleared the road in Iraq last year were honoured "
     "on Sunday.", []),
    ("Five residents of a village that was mined by retreating forces in Ukraine were "
     "evacuated on Sunday.", []),
]  # fmt: skip

LABEL = "Monthly Situation Report No. 8\nReporting Period: 1 July to 31 August 2023\n\n"
PERIOD: list[tuple[str, str | None, list[Claim]]] = [
    (LABEL + "During the reporting period, partners verified 94 mine casualties in Myanmar.",
     "casualty_incident", [total("MMR", "2023-08-31", 94)]),
    (LABEL + "Mine action\n\nIn the reporting period, 120 civilians were killed or injured by "
     "mines in Syria.", "casualty_incident", [total("SYR", "2023-08-31", 120)]),
    (LABEL + "Partners reported continued laying of landmines by the Myanmar Armed Forces in "
     "Sagaing Region.", "use_allegation", [use("MMR", "2023-08-31")]),
    # no label line: the period is not stated
    ("Monthly Situation Report No. 8\n\nDuring the reporting period, partners verified 94 mine "
     "casualties in Myanmar.", "casualty_incident", [total("MMR", None, 94)]),
    ("Monthly Situation Report No. 8\n\nPartners reported continued laying of landmines by the "
     "Myanmar Armed Forces in Sagaing Region.", "use_allegation", [use("MMR", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPEECH)
def test_speech_day_before_its_verb(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_members_with_a_relative_clause(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected


@pytest.mark.parametrize(("text", "kind", "expected"), PERIOD)
def test_reporting_period_label(text: str, kind: str, expected: list[Claim]) -> None:
    assert claims(text, PartialDate.parse("2023-09-15"), kind=kind) == expected
