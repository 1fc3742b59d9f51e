"""Two claims of one type and state in one story stay two when their figures or their times
differ and both are told as facts (issue 8, the largest class of misses on untuned text); the
same event told again stays one. Sentences of our own; the claims of the kind asked for.

- A running total that the incident told before brings to its figure, in a sentence of its
  own ("The incident brings to 13 the number of soldiers wounded ... since mid-July", "This
  brings the number of mine casualties recorded since January to 485"): a statistic beside
  the incident (casualties._brought_to); a report's total "since January" runs to the end of
  the period its head labels (events.dated).
- A stock destroyed to its end, and the whole programme's figure: the whole stock told beside
  the last batch ("destroyed its last 2,112 mines, completing the destruction of a stockpile
  of 77,865 mines", impacts._WHOLE_STOCK_BEFORE); the programme's total in a paragraph after
  the completion ("In total, the army has destroyed 12,121 mines since ..."); the last batch
  told as a part after the total ("a total of 1,568,167 ... since 2004, the last 342,991 of
  them between April 2023 and May 2025", events._PART) is a claim of its own period, and no
  reason to fold the total into the completion (merging._completion_and_total).
- An incident told with its own other time and other victims ("killed on Tuesday"; "Last
  week, two teenagers were injured in the same district"): two incidents, although the coarser
  date agrees with the finer (merging._own_other_time).
"""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, destroyed, total

PUBLISHED = PartialDate.parse("2023-09-15")

TALLIES: list[tuple[str, list[Claim]]] = [
    ("Three Thai soldiers were injured by a landmine in Surin province, Thailand, on Saturday. "
     "The incident brings to 13 the number of Thai soldiers wounded by landmines along the "
     "border since mid-July, the army said.",
     [casualty("THA", "2023-09-09", None, 3), casualty("THA", "2023-09", None, 13)]),
    ("A farmer was killed by a mine in Battambang province, Cambodia, on Tuesday. His death "
     "brought the number of people killed by mines in the province this year to 11.",
     [casualty("KHM", "2023-09-12", 1, None), casualty("KHM", "2023", 11, None)]),
    ("Reporting Period: 1 July to 31 August 2023\n"
     "On 14 August, three children were injured by a landmine in Kayah State, Myanmar. This "
     "brings the number of landmine and ERW casualties recorded since January to 485.",
     [casualty("MMR", "2023-08-14", None, 3), total("MMR", "2023-08-31", 485)]),
    ("A boy was killed by a mine near Idlib, Syria, on Friday. This brings to 30 the number of "
     "people killed or injured by mines in the province this month.",
     [casualty("SYR", "2023-09-15", 1, None), total("SYR", "2023-09", 30)]),
    # negatives: a tally of something else; the incident's own figure restated; a tally told
    # in a clause beside the incident's own count is not read as its count
    ("A deminer was killed by a mine in Kupres, Bosnia, on Sunday. The incident brings the "
     "number of mines cleared in the canton this year to 4,000.",
     [casualty("BIH", "2023-09-10", 1, None)]),
    ("Three Thai soldiers were injured by a landmine in Surin, Thailand, on Saturday. This "
     "brings the number of Thai soldiers injured this week to three.",
     [casualty("THA", "2023-09-09", None, 3)]),
    ("A deminer was killed by a mine near Kupres, Bosnia, on Sunday, bringing to 53 the number "
     "of deminers killed since 1996.",
     [casualty("BIH", "2023-09-10", 1, None)]),
    ("A boy was hurt by a mine near Kandahar, Afghanistan, on Monday. The government brought the "
     "number of demining teams in the province to 40.",
     [casualty("AFG", "2023-09-11", None, 1)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TALLIES)
def test_a_tally_beside_its_incident(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected


STOCKS: list[tuple[str, list[Claim]]] = [
    ("The Sri Lankan army destroyed its last 2,112 stockpiled anti-personnel mines on "
     "Wednesday, completing the destruction of a stockpile of 77,865 mines.",
     [destroyed("LKA", "2023-09-13", 2112), destroyed("LKA", "2023-09-13", 77865)]),
    ("Peru destroyed the final 3,000 mines of its stock on Friday, completing the destruction of "
     "its entire stockpile of 9,000 mines.",
     [destroyed("PER", "2023-09-15", 3000), destroyed("PER", "2023-09-15", 9000)]),
    ("Moldova destroyed the last of its stockpiled anti-personnel mines on Thursday.\n\n"
     "In total, the army has destroyed 12,121 anti-personnel mines since the destruction "
     "programme began, the ministry said.",
     [destroyed("MDA", "2023-09-14", None), destroyed("MDA", "2023-09-14", 12121)]),
    ("Chile destroyed the last of its stockpiled anti-personnel mines on Monday.\n\n"
     "The defence minister said 45,000 anti-personnel mines had been destroyed in phases since "
     "2019.",
     [destroyed("CHL", "2023-09-11", None), destroyed("CHL", "2023-09-11", 45000)]),
    ("Greece destroyed the last of its stockpiled anti-personnel mines on 30 May 2023. A total of "
     "1,568,167 anti-personnel mines have been destroyed since 2004, the last 342,991 of them "
     "between April 2022 and May 2023.",
     [destroyed("GRC", "2023-05-30", None), destroyed("GRC", "2023-05-30", 1568167),
      destroyed("GRC", "2023-05", 342991)]),
    # mines "of Soviet manufacture" name where they were made, not who destroyed them
    ("Moldova destroyed the last 1,200 anti-personnel mines of its stockpile on Thursday. In "
     "total, the army has destroyed 12,121 anti-personnel mines of Soviet manufacture since the "
     "programme began.",
     [destroyed("MDA", "2023-09-14", 1200), destroyed("MDA", "2023-09", 12121)]),
    # negatives: a stock's size that was not all destroyed; the completion told again by its
    # last batch; field work after a paragraph break is no stock
    ("The army destroyed 5,000 mines from its stockpile of 12,000 mines on Friday.", []),
    ("Peru destroyed 3,000 mines on Friday, completing the destruction of its stockpile, the "
     "ministry said.",
     [destroyed("PER", "2023-09-15", 3000)]),
    ("Chile destroyed its last 4,000 stockpiled anti-personnel mines on Monday. The 4,000 mines "
     "were destroyed at a range near Santiago, the ministry said.",
     [destroyed("CHL", "2023-09-11", 4000)]),
    ("Sri Lanka destroyed the last of its stockpiled anti-personnel mines on Monday.\n\n"
     "Since 2010, deminers in the north have destroyed 20,000 mines found in the fields.",
     [destroyed("LKA", "2023-09-11", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STOCKS)
def test_a_stock_and_its_whole(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="stockpile_destruction") == expected


INCIDENTS: list[tuple[str, list[Claim]]] = [
    ("On Tuesday a 43-year-old man was killed by an anti-personnel mine in the Kharkiv region of "
     "Ukraine while picking mushrooms. Last week, two teenagers were injured by a mine in the "
     "same district.",
     [casualty("UKR", "2023-09-12", 1, None), casualty("UKR", "2023-09", None, 2)]),
    ("A shepherd was killed by a landmine in Duhok, Iraq, on Thursday. Earlier this month, two "
     "boys were injured by a mine near the same village.",
     [casualty("IRQ", "2023-09-14", 1, None), casualty("IRQ", "2023-09", None, 2)]),
    ("A soldier was wounded by a mine in Tumaco, Colombia, on Friday. In early September, two "
     "farmers were killed by a mine on the same road.",
     [casualty("COL", "2023-09-15", None, 1), casualty("COL", "2023-09", 2, None)]),
    # negatives: the same blast told again, by its day or by naming it
    ("A farmer was killed by a mine in Battambang, Cambodia, on Tuesday. The explosion, on 12 "
     "September, also wounded two of his sons.",
     [casualty("KHM", "2023-09-12", 1, 2)]),
    ("A shepherd was killed by a landmine in Duhok, Iraq, on Thursday. In September, two other "
     "shepherds were wounded in the blast.",
     [casualty("IRQ", "2023-09-14", 1, 2)]),
    ("A farmer was killed by a mine in Battambang, Cambodia, on Tuesday. His son was injured on "
     "Tuesday too.",
     [casualty("KHM", "2023-09-12", 1, 1)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INCIDENTS)
def test_an_incident_of_its_own_time(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, kind="casualty_incident") == expected
