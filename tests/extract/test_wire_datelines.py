"""Wire datelines and day ranges as English news writes them (issue 8, blind batch 26).

A wire's dateline run into its first sentence with no dash ("Jammu, Nov 6 (PTI) A soldier was
killed on Friday ...") dates the page, not the blast, and a place in brackets before a dash
("(Nairobi) –", "(Kyiv, March 3, 2024) –", the human-rights reports' style) is where the story
was filed, not where the mines went off. A range of days in one month written month first
("between May 22 and 31", "from June 3 to 9") is dated by its end, as "between 22 and 31 May"
already was. Sentences of our own; each row: publication day, text, the claims expected."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, total

ROWS: list[tuple[str, str, list[Claim]]] = [
    ("2024-03-09", "Srinagar, Mar 9 (PTI) A porter was killed and another hurt on Thursday when a "
     "landmine exploded near the fence in Kupwara district, officials said.",
     [casualty("IND", "2024-03-07", 1, 1)]),
    ("2023-07-15", "Lahore, July 15 (APP) Two shepherds were killed and a boy wounded on "
     "Wednesday when an old mine went off near Bannu, Pakistan, police said.",
     [casualty("PAK", "2023-07-12", 2, 1)]),
    ("2022-02-11", "(Nairobi) – Landmines killed 14 civilians in Mali's Mopti region "
     "between January 3 and 28, the rights group said.",
     [casualty("MLI", "2022-01-28", 14, None)]),
    ("2024-03-05", "(Kyiv, March 5, 2024) – Russian mines injured 9 villagers in Kherson "
     "region, Ukraine, from February 12 to 26, the group said today.",
     [casualty("UKR", "2024-02-26", None, 9)]),
    ("2021-10-02", "At least 30 people were killed or injured by mines near Sirte, Libya, "
     "between September 4 and 20, the health ministry said.",
     [total("LBY", "2021-09-20", 30)]),
    # negatives: a dateline with its dash still dates the page only; a number after the range
    # that counts people is no day; the bracketed filing place lends no state
    ("2023-07-15", "Lahore, July 15 (APP) – Two shepherds were wounded yesterday when an old "
     "mine went off near Bannu, Pakistan, police said.",
     [casualty("PAK", "2023-07-14", None, 2)]),
    ("2020-06-20", "Between June 2 and 5 people were wounded by mines each week near Sirte, "
     "Libya, in 2019, officials said.",
     [casualty("LBY", "2019", None, 5)]),
    ("2019-05-10", "(Bangkok) – Three villagers were wounded by a landmine in Myanmar's Karen "
     "State on Tuesday, the group said.",
     [casualty("MMR", "2019-05-07", None, 3)]),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), ROWS)
def test_wire_datelines_and_day_ranges(published: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PartialDate.parse(published), kind="casualty_incident") == expected
