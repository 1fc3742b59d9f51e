"""The working form of a candidate while a document is read, and the view of one sentence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property

from minewatch.extract.casualties import Counts
from minewatch.extract.dates import DateMention
from minewatch.extract.gazetteer import Mention
from minewatch.extract.numbers import Quantity
from minewatch.extract.sentences import Sentence


@dataclass(frozen=True)
class View:
    """One sentence with everything found in it. Its dates are read when first asked for
    (``read_dates``, then kept): the rules ask for the dates of about a third of sentences."""

    sentence: Sentence
    mentions: list[Mention]
    read_dates: Callable[[], list[DateMention]] = field(repr=False, compare=False)
    counts: Counts
    quantities: list[Quantity]
    mine_context: bool
    # states named only as a foreign presence ("depuis l'invasion russe", ``actors.presence``):
    # never where the sentence's event is, here or by a sentence before it
    foreign: tuple[str, ...] = ()
    # answers worked out once for this sentence's text and kept for the sentences after it (a
    # rule that looks back through a section asks each earlier sentence once, not once per
    # later sentence); a copy (``with_dates``) starts empty
    memo: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.sentence.text

    @cached_property
    def dates(self) -> list[DateMention]:
        """The date expressions of the sentence, left to right (``dates.find_dates``)."""
        return self.read_dates()

    def with_dates(self, dates: list[DateMention]) -> View:
        """The same sentence with only ``dates``."""
        return replace(self, read_dates=lambda: dates)


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
    # who tells a use allegation, where the sentence names them as its speaker (a state's
    # code or an organisation's name; ``allegations``): two speakers, two allegations
    speaker: str | None = None
    confirmed: bool = False
    blast: bool = False
    new_incident: bool = False
    by_group: bool = False
    apart: bool = False  # told as a separate incident: never merged into one told before
    died_later: bool = False  # "He died of his wounds": a victim told before, now dead
    # "A second man riding in the cab was hospitalised", "Two other rangers ... suffered
    # wounds": more victims of the incident told just before, added to its counts
    more_victims: bool = False
    # counts over a period that opens ("Since the start of the year, 23 civilians have been
    # killed", "Від початку року ... загинули 23 цивільні"): a statistic whatever its size,
    # never merged with an incident told beside it
    period: bool = False
    # the event that brought a running total to its figure ("..., bringing to 150,050 the number
    # of mines destroyed"): the total is dated as that event once merged (``merging``)
    total_of: Draft | None = field(default=None, repr=False)
    absorbed_into: Draft | None = field(default=None, repr=False)
    merged: list[View] = field(default_factory=list)


# the treaty steps that tell a state leaving the Convention
LEAVING_STEPS = (
    "announce_intent_to_withdraw",
    "parliament_approves_withdrawal",
    "withdrawal_notified",
    "withdrawal_effective",
)


def suspension_claims(found: list[Draft], suspended: Callable[[str], bool]) -> list[Draft]:
    """``found`` (one sentence's treaty steps), each step of leaving made the claimed suspension
    where ``suspended`` says its sentence tells a suspension of the Convention and no leaving, in
    the reader's own words ("notified the UN of the suspension of the Convention", "ha
    notificato all'ONU la sospensione", "a notifié la suspension"): a suspension has no treaty
    effect (the Convention provides withdrawal, Art. 20, and no suspension). The drafts are
    changed in place and returned; ``suspended`` is asked only of a step of leaving's sentence."""
    for draft in found:
        if draft.type != "treaty_action" or draft.action not in LEAVING_STEPS:
            continue
        if suspended(draft.view.text):
            draft.action = "suspension_claim"
    return found
