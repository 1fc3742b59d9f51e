"""The working form of a candidate while a document is read, and the view of one sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from minewatch.extract.casualties import Counts
from minewatch.extract.dates import DateMention
from minewatch.extract.gazetteer import Mention
from minewatch.extract.numbers import Quantity
from minewatch.extract.sentences import Sentence


@dataclass(frozen=True)
class View:
    """One sentence with everything found in it."""

    sentence: Sentence
    mentions: list[Mention]
    dates: list[DateMention]
    counts: Counts
    quantities: list[Quantity]
    mine_context: bool

    @property
    def text(self) -> str:
        return self.sentence.text


@dataclass
class Draft:
    type: str
    actor: str | None
    view: View
    date: str | None = None
    own_date: bool = False
    location: str | None = None
    killed: int | None = None
    injured: int | None = None
    quantity: float | int | None = None
    unit: str | None = None
    action: str | None = None
    accuser_iso3: str | None = None
    accuser: str | None = None
    confirmed: bool = False
    blast: bool = False
    new_incident: bool = False
    by_group: bool = False
    apart: bool = False  # told as a separate incident: never merged into one told before
    died_later: bool = False  # "He died of his wounds": a victim told before, now dead
    merged: list[View] = field(default_factory=list)
