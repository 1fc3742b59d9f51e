"""Dates in a sentence, resolved against the publication date (eval-dev README rules).

Rules: a full date is used as is; a weekday is the latest such day on or before publication
(unresolved without a full publication date); a year-less date takes the publication year;
"last year"/"this year" count from the publication year. Where the publication date is unknown,
the text's own latest year is the only anchor for year-less months and "this year"; weekdays
stay unresolved. Dates after "since" start a period (they are never an event date), a weekday
right after "said" dates the report, and datelines ("ISLAMABAD, Apr 1:") date the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from minewatch.domain.dates import PartialDate

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_M = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_Y = r"(?P<year>1[89]\d{2}|20\d{2})"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_D2 = r"(?:\s*[–-]\s*(?P<day2>[0-3]?\d))?"
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "1": 1}


@dataclass(frozen=True)
class Anchor:
    """What relative dates are resolved against."""

    published: PartialDate | None
    context_year: int | None = None

    @property
    def year(self) -> int | None:
        return self.published.year if self.published else self.context_year


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None
    since: bool = False
    reporting: bool = False

    @property
    def usable(self) -> bool:
        return self.value is not None and not self.since and not self.reporting


_Resolver = Callable[[re.Match[str], Anchor], str | None]


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return PartialDate(year, month, day).iso()


def _month(match: re.Match[str]) -> int:
    return _MONTHS[match.group("month")]


def _full(match: re.Match[str], anchor: Anchor) -> str | None:
    day = match.groupdict().get("day2") or match.group("day")
    return _iso(int(match.group("year")), _month(match), int(day))


def _month_year(match: re.Match[str], anchor: Anchor) -> str | None:
    return _iso(int(match.group("year")), _month(match))


def _year_of(match: re.Match[str], anchor: Anchor) -> int | None:
    relative = (match.groupdict().get("rel") or "").lower()
    if relative and anchor.year is not None:
        return anchor.year - 1 if relative == "last" else anchor.year
    return anchor.year


def _month_day(match: re.Match[str], anchor: Anchor) -> str | None:
    day = match.groupdict().get("day2") or match.group("day")
    return _iso(_year_of(match, anchor), _month(match), int(day))


def _bare_month(match: re.Match[str], anchor: Anchor) -> str | None:
    return _iso(anchor.year, _month(match))


def _year(match: re.Match[str], anchor: Anchor) -> str | None:
    return _iso(int(match.group("year")))


def _first_months(match: re.Match[str], anchor: Anchor) -> str | None:
    count = _NUMBER_WORDS.get(match.group("n").lower(), 0) or int(match.group("n") or 0)
    year = int(match.group("year")) if match.group("year") else _year_of(match, anchor)
    return _iso(year, count) if 1 <= count <= 12 else None


def _relative_year(match: re.Match[str], anchor: Anchor) -> str | None:
    return _iso(_year_of(match, anchor))


def _weekday(match: re.Match[str], anchor: Anchor) -> str | None:
    published = anchor.published
    if published is None or not published.is_full:
        return None
    day = published.earliest()
    back = (day.weekday() - _WEEKDAYS.index(match.group("weekday"))) % 7
    return (day - timedelta(days=back)).isoformat()


def _today(match: re.Match[str], anchor: Anchor) -> str | None:
    published = anchor.published
    if published is None or not published.is_full:
        return None
    shift = 1 if match.group(0).lower() == "yesterday" else 0
    return (published.earliest() - timedelta(days=shift)).isoformat()


_RULES: list[tuple[re.Pattern[str], _Resolver]] = [
    (re.compile(rf"\b{_D}\s+{_M},?\s+{_Y}\b"), _full),
    (re.compile(rf"\b{_M}\s+{_D}{_D2},?\s+{_Y}\b"), _full),
    (
        re.compile(
            rf"\b(?:first|last)\s+(?P<n>\w+)\s+months\s+of\s+(?:{_Y}|(?P<rel>this|last)\s+year)"
        ),
        _first_months,
    ),
    (re.compile(rf"\b{_M}\s+(?:of\s+)?{_Y}\b"), _month_year),
    (
        re.compile(rf"\b{_M}\s+{_D}{_D2}\b(?!\s*[:.]\d)(?:\s+of\s+(?P<rel>this|last)\s+year)?"),
        _month_day,
    ),
    (re.compile(rf"\b{_D}\s+{_M}(?!\w)(?!\s+\d{{1,2}}:)"), _month_day),
    (
        re.compile(
            rf"(?:\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|of)\s+|mid-){_M}(?!\w)"
        ),
        _bare_month,
    ),
    (re.compile(r"\b(?P<rel>this|last)\s+year\b", re.IGNORECASE), _relative_year),
    (re.compile(rf"(?<![\d.,$–-]){_Y}(?![\d%s]|\s*[–-]\s*\d)"), _year),
    (re.compile(r"\b(?:on\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"), _weekday),
    (
        re.compile(r"\b(?:yesterday|today|this morning|tonight|\w+ hours ago)\b", re.IGNORECASE),
        _today,
    ),
]
_MONTH_ANY = _M.replace("?P<month>", "?:")
_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,}},\s+(?:{_MONTH_ANY}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_ANY})\s*[.:]"
)
_SINCE = re.compile(r"(?:\bsince|\bSince)\s+(?:early\s+|late\s+|mid-)?$")
_REPORTING = re.compile(r"\b(?:said|says|told|stated|reported|shared)\s+(?:on\s+)?$")
_TITLE_YEAR = re.compile(r"(?:Report|Monitor|Strategy|Issue)\s+$")
_TREATY_DATE = re.compile(
    r"(?:\badopted|\bopened\s+for\s+signature|\bsigned)\s+(?:in\s+[A-Z]\w+\s+)?(?:on\s+|in\s+)?$|"
    r"\bDestruction\s+(?:of\s+)?$"
)


def find_dates(text: str, anchor: Anchor) -> list[DateMention]:
    """Date expressions in ``text``, left to right, each resolved or ``None``."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    dateline = _DATELINE.match(text)
    for pattern, resolve in _RULES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            if _TITLE_YEAR.search(text[:start]):
                continue
            found.append(_mention(text, match, resolve(match, anchor), dateline))
    return sorted(found, key=lambda mention: mention.start)


def _mention(
    text: str, match: re.Match[str], value: str | None, dateline: re.Match[str] | None
) -> DateMention:
    before = text[: match.start()]
    in_dateline = dateline is not None and match.end() <= dateline.end()
    return DateMention(
        start=match.start(),
        end=match.end(),
        value=value,
        since=bool(_SINCE.search(before)),
        reporting=in_dateline or bool(_REPORTING.search(before) or _TREATY_DATE.search(before)),
    )


def latest(mentions: list[DateMention]) -> str | None:
    """The latest usable date among ``mentions`` (a period's end), or ``None``."""
    values = [m.value for m in mentions if m.usable and m.value]
    return max(values) if values else None


def context_year(text: str) -> int | None:
    """The latest four-digit year the text names: the anchor when publication is unknown."""
    years = [int(y) for y in re.findall(r"(?<![\d.,$–-])(1[89]\d{2}|20\d{2})(?![\d%s])", text)]
    return max(years) if years else None
