"""What the sentence-table tests read from a passage: its candidates' fields, or its dates.

``read`` extracts a passage of our own published on a given day; ``project`` keeps the fields a
table row states, as one tuple per candidate (of one type only with ``kind``); ``claims`` does
both for the paradigm banks' ``Claim`` rows; ``dates_in`` is the value of every date found
against a publication day (the usable ones unless told), by the reader of ``language`` (English
when none is given)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from minewatch.domain.dates import PartialDate
from minewatch.extract import Candidate, Document, extract
from minewatch.extract.dates import Anchor
from minewatch.extract.readers import reader_for

Field = str | Callable[[Candidate], Any]


def read(text: str, published: PartialDate, language: str | None = None) -> list[Candidate]:
    return extract(Document("story", text, published=published, language=language))


def project(found: Iterable[Candidate], *fields: Field, kind: str | None = None) -> list[Any]:
    """``(field, ...)`` of each candidate in ``found`` (of type ``kind`` only), in order; a field
    is an attribute name or a function of the candidate."""
    return [
        tuple(f(c) if callable(f) else getattr(c, f) for f in fields)
        for c in found
        if kind is None or c.type == kind
    ]


def dates_in(
    text: str, anchor: Anchor, language: str | None = None, *, usable_only: bool = True
) -> list[str | None]:
    reader = reader_for(language)
    assert reader is not None, f"no reader for {language!r}"
    return [m.value for m in reader.find_dates(text, anchor) if m.usable or not usable_only]


# A claim as the paradigm banks state it: (type, state, date, action, killed, injured,
# quantity, unit), read with ``project(found, *FIELDS)``
Claim = tuple[
    str, str | None, str | None, str | None, int | None, int | None, float | None, str | None
]
FIELDS = ("type", "actor_iso3", "date", "action", "killed", "injured", "quantity", "unit")


def claims(
    text: str, published: PartialDate, language: str | None = None, *, kind: str | None = None
) -> list[Claim]:
    """The claims ``read`` finds in ``text`` (of type ``kind`` only), as the banks state them."""
    return project(read(text, published, language), *FIELDS, kind=kind)


def casualty(state: str | None, date: str | None, killed: int | None, injured: int | None) -> Claim:
    return ("casualty_incident", state, date, None, killed, injured, None, None)


def total(state: str, date: str | None, quantity: int) -> Claim:
    """Casualties counted over a period: a total of victims, not an incident's killed/injured."""
    return ("casualty_incident", state, date, None, None, None, quantity, "casualties")


def counted(state: str | None, date: str | None, victims: float) -> Claim:
    """Victims counted without a split between killed and injured (the world's, with no state)."""
    return ("casualty_incident", state, date, None, None, None, victims, "casualties")


def use(state: str | None, date: str | None = None) -> Claim:
    return ("use_allegation", state, date, None, None, None, None, None)


def cleared(state: str | None, date: str | None, quantity: float, unit: str) -> Claim:
    return ("clearance_progress", state, date, None, None, None, quantity, unit)


def completed(state: str, date: str | None) -> Claim:
    """Clearance told done (a completion, a territory declared free) with no figure."""
    return ("clearance_progress", state, date, None, None, None, None, None)


def step(state: str | None, date: str | None, action: str) -> Claim:
    return ("treaty_action", state, date, action, None, None, None, None)


def policy(state: str, date: str | None) -> Claim:
    return ("policy_change", state, date, None, None, None, None, None)


def destroyed(state: str, date: str | None, quantity: float | None) -> Claim:
    unit = None if quantity is None else "mines"
    return ("stockpile_destruction", state, date, None, None, None, quantity, unit)
