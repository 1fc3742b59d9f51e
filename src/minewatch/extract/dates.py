"""Dates in a sentence, resolved against the publication date (eval-dev README rules).

Rules: a full date is used as is; a weekday is the latest such day on or before publication
(unresolved without a full publication date); a year-less date takes the publication year; "last
year"/"this year" count from the publication year. Where the publication date is unknown, the
text's own latest year is the only anchor for "this year" ("last year", weekdays and
year-less dates stay unresolved: the latest year named is no "now"). A year-less date that
would fall after publication is moved back a year (a story of 11 January about "June 27" means
last June). Dates after "since" and the
start of a range ("between 2019 and 2023") start a period, so they are never an event date; a
range of months or years ("from January to March", "January–March 2025", "2019-2023", "2024–25")
is dated by its end; a season ("in summer", "last autumn") and "two years ago" date the year;
datelines ("ISLAMABAD, Apr 1:", "LUSAKA, March 14 —", "May 20 (Reuters) -") date the page, and
dates after born/aged/elected or before "deadline" are not event dates. A date in a reporting
frame ("said on Monday", "In a statement on Monday,") is a *speech* date: the date of an
announcement, used only where the event is the announcement itself, and the anchor of
"today"/"yesterday" inside the quotation that follows it. Numeric dates: ISO ``2025-06-27``,
dotted ``27.06.2025`` (day first) and slashed ``27/06/2025`` (day first unless only month-first
is possible; an ambiguous ``03/04/2025`` keeps only the year).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from minewatch.domain.dates import PartialDate
from minewatch.extract.gates import Gated
from minewatch.extract.numbers import as_count, parse_number

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
_ORDINAL = r"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)"


@dataclass(frozen=True)
class Anchor:
    """What relative dates are resolved against. ``news``: whether the document is fresh news,
    whose undated events and open periods end around publication (set by the pipeline; by
    default, a full publication date)."""

    published: PartialDate | None
    context_year: int | None = None
    news: bool | None = None

    @property
    def year(self) -> int | None:
        return self.published.year if self.published else self.context_year

    @property
    def fresh(self) -> bool:
        """Fresh news: ``news`` as set, else whether the publication date is a full day."""
        if self.news is not None:
            return self.news
        return self.published is not None and self.published.is_full


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None
    since: bool = False
    reporting: bool = False
    speech: bool = False

    @property
    def usable(self) -> bool:
        """An event date: resolved, not a period start, page date or speech date."""
        return self.value is not None and not self.since and not self.reporting and not self.speech

    @property
    def announced(self) -> bool:
        """A resolved speech date: the date of an announcement, not of what it reports."""
        return self.value is not None and self.speech and not self.reporting


_Resolver = Callable[[re.Match[str], Anchor], str | None]


# a year of birth, never a date ("1968 року народження", "1975 года рождения", "1980 г.р.")
NOT_BIRTH = r"(?!\s+(?:року|года|г\.|р\.)\s+(?:народження|рождения)\b|\s*(?:г\.\s?р|р\.\s?н)\.)"
_OWN_YEAR = re.compile(rf"\b(?:1[89]\d{{2}}|20\d{{2}})\b{NOT_BIRTH}")
# a day of birth told before its date ("born on 3 March 1990", "nacido el 3/3/1990", "nato il
# 3 marzo 1990", "né le", "geboren am", "nascida em", "родился в", "народився у", "المولود في"):
# a person's birthday, never an event's day. The English word in any case ("Born in 1990"),
# the others' in lower case only: "la Nato il ..." is the alliance.
_BORN_BEFORE = re.compile(
    r"\b(?i:born\s+(?:in\s+|on\s+)?)$|"
    r"(?:\b(?:nacid|nat|nascid)[oaie]s?|\bn[ée]e?s?|\bgeboren|\bродил(?:ся|ась)|\bнародил(?:ся|ася)|"
    r"المولود|المولودة|مواليد)\s+(?:(?:el|en|il|l'|nel|nell'|a|em|no|na|le|am|im|в|у|في|عام|سنة)\s+)?$"
)


def born_before(text: str, start: int) -> bool:
    """Whether a birth word ends right before ``start`` (the date there is a birthday), in any
    language read: the one rule for the English dates (``_mention``) and the Spanish and
    lexicon readers."""
    return _BORN_BEFORE.search(text, max(0, start - 40), start) is not None


def year_less(
    anchor: Anchor, month: int, day: int | None, text: str, *, forward: bool
) -> int | None:
    """The year of a year-less date in the readers of other languages: the sentence's own
    year (never a year of birth), else the publication year moved to the latest occurrence on
    or before publication or, with ``forward`` (a step still to come: ``scheduled``), the next
    one on or after it; unresolved when the publication date is not known (``_past_year``)."""
    for own in _OWN_YEAR.finditer(text):
        if not _DECADE_BEFORE.search(text, max(0, own.start() - 20), own.start()):
            return int(own.group(0))
    return (_next_year if forward else _past_year)(anchor, month, day)


# a decade, never the year of a day told beside it: "concluyó el pasado 18 de octubre la
# remoción de los campos que instaló en la década de 1990", "dans les années 1980"
_DECADE_BEFORE = re.compile(
    r"\b(?:d[ée]cadas?\s+de|d[ée]cennies?\s+(?:de\s+)?|ann[ée]es|anni|anos|decade\s+of)\s+$",
    re.IGNORECASE,
)


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


def _past_year(anchor: Anchor, month: int, day: int | None) -> int | None:
    """The publication year, or the one before when the date would fall after publication;
    None when the publication date is unknown: a year-less date then stays unresolved (eval-dev
    README, "Unknown DATE: weekdays and year-less dates stay null"), the text's latest year
    being no anchor for it (it may name the war, not this spring)."""
    published = anchor.published
    if published is None:
        return None
    if published.month is None:
        return published.year
    later = (month, day or 1) > (published.month, published.day or 31)
    return published.year - 1 if later else published.year


def scheduled_cue(verbs: str, new_clause: str, tail: str = r"\s+") -> re.Pattern[str]:
    """One language's test for a date governed by a step still to come: ``verbs`` (future and
    scheduling verbs, a regular-expression alternation), then up to six words of the same
    clause, none of them one of ``new_clause`` (relative pronouns and conjunctions that start
    another clause: "will return to the fields they cleared in March" dates the clearing),
    then ``tail`` (prepositions and articles) right before the date. Searched by
    ``scheduled``; matched case-insensitively. The rule is the same in every language we read;
    only the words differ (eval-dev README: a scheduled step is not yet an event)."""
    return re.compile(
        rf"(?:{verbs})(?:\s+(?!(?:{new_clause})\b)[\w'’-]+){{0,6}}?{tail}$", re.IGNORECASE
    )


def scheduled(cue: re.Pattern[str], text: str, start: int) -> bool:
    """Whether the date starting at ``start`` in ``text`` is the day of a step still to come:
    ``cue`` (``scheduled_cue``) ends right before it in its clause (the text back to a full
    stop, a semicolon or a comma, at most 80 characters)."""
    before = text[max(0, start - 80) : start]
    return cue.search(re.split(r"[;.]|,\s", before)[-1]) is not None


# a year-less date governed by a step still to come: "will take effect on", "before its exit
# takes effect on", "is due to ... on", "is scheduled for", "is set to take place in"
_SCHEDULED = scheduled_cue(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|scheduled|set|expected|planned)\s+"
    r"(?:to|for)|(?:due|scheduled|set|planned)\s+for|(?:takes|becomes)\s+effect(?:ive)?|"
    r"(?:comes|enters)\s+into\s+force)\b",
    "that|which|who|they|it|he|she|we|after|since|when",
    r"(?:\s+(?:on|in|from|for|by))?\s+(?:the\s+)?",
)


def _scheduled(match: re.Match[str]) -> bool:
    """The date is the day of a step still to come (the words before it in its clause), also
    when it shares the verb of a scheduled date before it ("Finland's exit will take effect on
    10 January and Poland's on 20 February")."""
    text = match.string
    if scheduled(_SCHEDULED, text, match.start()):
        return True
    gapped = _GAPPED.search(text, max(0, match.start() - 120), match.start())
    return gapped is not None and scheduled(_SCHEDULED, text, gapped.start("prev"))


def _next_year(anchor: Anchor, month: int, day: int | None) -> int | None:
    """The publication year, or the one after when the date would fall before publication:
    the next occurrence on or after publication of a scheduled year-less date (None when the
    publication date is unknown, as in ``_past_year``)."""
    published = anchor.published
    if published is None:
        return None
    if published.month is None:
        return published.year
    earlier = (month, day or 31) < (published.month, published.day or 1)
    return published.year + 1 if earlier else published.year


def _month_day(match: re.Match[str], anchor: Anchor) -> str | None:
    day = int(match.groupdict().get("day2") or match.group("day"))
    if match.groupdict().get("rel"):
        return _iso(_year_of(match, anchor), _month(match), day)
    year = _next_year if _scheduled(match) else _past_year
    return _iso(year(anchor, _month(match), day), _month(match), day)


def _bare_month(match: re.Match[str], anchor: Anchor) -> str | None:
    year = _next_year if _scheduled(match) else _past_year
    return _iso(year(anchor, _month(match), None), _month(match))


def _iso_numeric(match: re.Match[str], anchor: Anchor) -> str | None:
    return _iso(int(match.group("year")), int(match.group("mm")), int(match.group("dd")))


def _slashed(match: re.Match[str], anchor: Anchor) -> str | None:
    """Day first unless only month-first is a real date; an ambiguous form keeps the one
    reading not after publication ("10/05/2026" in a story of 20 May 2026 is 10 May, since 5
    October has not happened yet), else only the year."""
    first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    if first > 12 >= second:
        return _iso(year, second, first)
    if second > 12 >= first:
        return _iso(year, first, second)
    if first == second:
        return _iso(year, first, second)
    readings = [_iso(year, second, first), _iso(year, first, second)]
    possible = [r for r in readings if r is not None and not after_publication(r, anchor)]
    return possible[0] if len(possible) == 1 else _iso(year)


def _relative_named_month(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "last December" -> the latest December before the publication month; "this March" ->
    March of the publication year."""
    published = anchor.published
    if published is None or published.month is None:
        return None
    month = _month(match)
    if match.group("rel").lower() == "this":
        return _iso(published.year, month)
    return _iso(published.year if month < published.month else published.year - 1, month)


def _ordinal_day(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "on the 14th" with no month: the publication month, or the month before when the day
    is after publication (needs a full publication date)."""
    published = anchor.published
    if published is None or published.month is None or published.day is None:
        return None
    day = int(match.group("day"))
    year, month = published.year, published.month
    if day > published.day:
        year, month = divmod(year * 12 + month - 2, 12)
        month += 1
    return _iso(year, month, day)


_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}
_AGO_NUMBERS = {
    **{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6},
    **{"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15},
    **{"twenty": 20, "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50},
}


def _ago(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "two days ago", "a week ago" -> that day (a full publication date needed); "three
    months ago" -> that month; "two years ago" -> that year; "the day before yesterday" -> two
    days before publication."""
    published = anchor.published
    if published is None or published.month is None:
        return None
    if match.group("n") is None:  # the day before yesterday
        return _today_minus(anchor, 2)
    count = _AGO_NUMBERS.get(match.group("n").lower()) or int(
        match.group("n") if match.group("n").isdigit() else 0
    )
    unit = match.group("unit").lower()
    if not count:
        return None
    if unit.startswith("decade"):
        unit, count = "years", count * 10
    same = (match.group("same") or "").lower()
    if unit.startswith("year") and same:  # "ten years ago this month": that month of that year
        month = f"{published.year - count:04d}-{published.month:02d}"
        if same == "today" and published.day is not None:
            return f"{month}-{published.day:02d}"
        return month
    if unit.startswith(("year", "month")):  # a year ago is a year: its month is seldom meant
        return relative_date(anchor, unit.rstrip("s"), count)
    return relative_date(anchor, "day", count * _UNIT_DAYS[unit])


def relative_date(anchor: Anchor, unit: str, back: int) -> str | None:
    """A date counted from publication, the same in every language we read: ``unit`` "day"
    (``back`` days before: "yesterday" is 1, "today" 0; a full publication date needed),
    "week" (``back`` weeks before, at month precision: a week is no date), "month" or "year"
    (``back`` of them before: "last month" is 1, "this year" 0). None where publication is
    not known precisely enough."""
    published = anchor.published
    if published is None:
        return None
    if unit == "year":
        return _iso(published.year - back)
    if published.month is None:
        return None
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 - back, 12)
        return _iso(year, month + 1)
    if unit == "week":
        if back == 0:
            return _iso(published.year, published.month)
        day = _today_minus(anchor, 7 * back)
        return day[:7] if day else None
    return _today_minus(anchor, back)


def weekday_date(anchor: Anchor, weekday: int) -> str | None:
    """The latest day of ``weekday`` (0 = Monday) on or before publication (README rule 2),
    or None without a full publication date."""
    published = anchor.published
    if published is None or not published.is_full:
        return None
    day = published.earliest()
    return (day - timedelta(days=(day.weekday() - weekday) % 7)).isoformat()


def _today_minus(anchor: Anchor, days: int) -> str | None:
    published = anchor.published
    if published is None or not published.is_full:
        return None
    return (published.earliest() - timedelta(days=days)).isoformat()


_HALVES = {"first": 6, "second": 12, "third": 9, "fourth": 12}


def _part_of_year(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "the first half of 2025" -> 2025-06; "the third quarter of 2024" -> 2024-09."""
    which, part = match.group("which").lower(), match.group("part").lower()
    month = (
        (3 * ["first", "second", "third", "fourth"].index(which) + 3) if part == "quarter" else 0
    )
    month = month or _HALVES.get(which, 0)
    year = int(match.group("year")) if match.group("year") else _year_of(match, anchor)
    return _iso(year, month) if month else None


def _quarter(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "Q1 2025" -> 2025-03; "2025's third quarter" -> 2025-09 (a period takes its end)."""
    year = int(match.group("year"))
    if match.groupdict().get("q"):
        return _iso(year, 3 * int(match.group("q")))
    which, part = match.group("which").lower(), match.group("part").lower()
    order = ["first", "second", "third", "fourth"].index(which)
    month = 3 * order + 3 if part == "quarter" else _HALVES.get(which, 0)
    return _iso(year, month) if month else None


def _year_before(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "In 2024 ... up from 31 the previous year" -> 2023: the year before the last year the
    sentence states before it; unresolved without one (the year before what is not told here,
    and never the publication's)."""
    years = re.findall(
        r"(?<![\d.,$–-])(?:1[89]\d{2}|20\d{2})(?![\d%])", match.string[: match.start()]
    )
    return _iso(int(years[-1]) - 1) if years else None


# "early 2025" is read as its first third, "mid-2025" as its middle one, "late 2025" as its last,
# each dated by the third's last month, as "the first half of 2025" is dated 2025-06.
_THIRDS = {"early": 4, "mid": 8, "late": 12}


def _third_of_year(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "early 2025" -> 2025-04; "mid-2024" -> 2024-08; "late 2023" -> 2023-12."""
    return _iso(int(match.group("year")), _THIRDS[match.group("third").lower()])


def _month_range(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "from January to March", "between February and April this year", "January–March
    2025" -> the end month (README rule 5: a period takes its end), in the stated year, else
    by the year-less rule."""
    month = _month(match)
    if match.group("year"):
        return _iso(int(match.group("year")), month)
    if match.group("rel"):
        return _iso(_year_of(match, anchor), month)
    return _bare_month(match, anchor)


def _year_range(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "2019-2023", "2024–25", "the 2023/24 season" -> the end year; none when the end is not
    after the start ("2024-12" is a month, not a range back in time)."""
    start, end = int(match.group("year")), match.group("end")
    last = int(end) if len(end) == 4 else start - start % 100 + int(end)
    return _iso(last) if last > start else None


# a season's months (northern hemisphere, where nearly all our sources write): its first and
# last; winter runs into the next year, so without a year it names no one year
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "in (the) summer" -> the year of the latest summer begun on or before publication;
    "last summer" -> the latest one over before publication; "this summer" -> the publication
    year; a scheduled one ("will ... in the spring") the next. A season is no month, so the
    date is its year; "winter" without a year is unresolved."""
    published = anchor.published
    season = _SEASONS.get(match.group("season").lower())
    if season is None or published is None:
        return None
    relative = (match.group("rel") or "").lower()
    if published.month is None:
        return None if relative == "last" else _iso(published.year)
    first, last = season
    if relative == "this":
        return _iso(published.year)
    if relative in ("last", "past"):
        return _iso(published.year if published.month > last else published.year - 1)
    if _scheduled(match):
        return _iso(published.year if published.month <= last else published.year + 1)
    return _iso(published.year if published.month >= first else published.year - 1)


def _year(match: re.Match[str], anchor: Anchor) -> str | None:
    return _iso(int(match.group("year")))


def _first_months(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "the first nine months of 2025" -> 2025-09. The count may be any word or digits
    ("ten", "11"); one that is not a number of months ("few") leaves the year."""
    count = as_count(parse_number(match.group("n"))) or 0
    year = int(match.group("year")) if match.group("year") else _year_of(match, anchor)
    return _iso(year, count) if 1 <= count <= 12 else _iso(year)


def _relative_year(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "last year" -> the year before publication; "so far this year", or "this year" after a
    present perfect ("have been killed ... this year"), is a running total whose period ends at
    publication: the publication month."""
    published = anchor.published
    if (
        match.group("rel").lower() == "this"
        and published is not None
        and published.month is not None
        and (match.group("sofar") or _PERFECT.search(match.string, 0, match.start()))
    ):
        return _iso(published.year, published.month)
    if published is None and match.group("rel").lower() == "last":
        return None  # "last year" of a page of unknown date: the text's latest year is no "now"
    return _iso(_year_of(match, anchor))


_PERFECT = re.compile(
    r"\b(?:have|has)\s+(?:(?:now|so\s+far|already)\s+)?(?:been\s+)?\w+(?:ed|en)\b"
)


def _relative_month(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "this week" / "this month" -> the publication month; "last month" -> the one before;
    "last week" -> the month of the day seven days before publication (month precision only:
    a week is not a date)."""
    rel, unit = match.group("rel").lower(), match.group("unit").lower()
    return relative_date(anchor, unit, 0 if rel == "this" else 1)


def _ordinal_of_month(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "the 3rd of this month" -> that day of the publication month; "the 28th of last month"
    -> that day of the month before; a day after publication is dropped as for any date
    (``after_publication``); None when the publication month is not known."""
    month = relative_date(anchor, "month", 0 if match.group("rel").lower() == "this" else 1)
    if month is None:
        return None
    return _iso(int(month[:4]), int(month[5:7]), int(match.group("day")))


# holidays on a fixed day of the Gregorian calendar, read as that day (the Orthodox Christmas
# of the Julian calendar falls on 7 January in the Gregorian one from 1901 to 2099); movable
# feasts (Easter, Eid) need the country's calendar and are left unresolved
_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "orthodox christmas": (1, 7),
}


def _holiday(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "on Christmas Day", "on New Year's Eve" -> that day, its year by the year-less rule
    (the latest on or before publication; a scheduled one the next); "Christmas Day 2025"
    takes the year stated."""
    name = re.sub(r"\s+", " ", match.group("holiday").lower().replace("’", "'"))
    month, day = _HOLIDAYS[name]
    if match.group("year"):
        return _iso(int(match.group("year")), month, day)
    year = _next_year if _scheduled(match) else _past_year
    return _iso(year(anchor, month, day), month, day)


def _past_days(match: re.Match[str], anchor: Anchor) -> str | None:
    """ "over the past week", "in the last 24 hours", "during the past seven days": a period
    that ends when it is told, dated by its end (README rule 5); ``find_dates`` gives it the
    day of the statement the sentence tells ("..., the agency said on Wednesday"), or drops it
    (``told_period_ends``). Here the publication day, where known."""
    return relative_date(anchor, "day", 0)


def _weekday(match: re.Match[str], anchor: Anchor) -> str | None:
    return weekday_date(anchor, _WEEKDAYS.index(match.group("weekday")))


def _today(match: re.Match[str], anchor: Anchor) -> str | None:
    return relative_date(anchor, "day", 1 if match.group(0).lower() == "yesterday" else 0)


_MONTH_ANY = _M.replace("?P<month>", "?:")
# after "between May 2 and 3", a word that would make the 3 a count ("3 people died")
_NOT_FUNCTION_WORD = (
    r"(?!(?:in|at|on|as|when|while|after|before|and|or|according|this|last|of|that|"
    r"the|to|from|with|near|along)\b)[a-z]"
)
_RULES: list[tuple[re.Pattern[str], _Resolver]] = [
    (
        re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mm>0?[1-9]|1[0-2])-(?P<dd>[0-3]?\d)\b"),
        _iso_numeric,
    ),
    (
        re.compile(r"\b(?P<dd>[0-3]?\d)\.(?P<mm>0?[1-9]|1[0-2])\.(?P<year>(?:19|20)\d{2})\b"),
        _iso_numeric,
    ),
    (re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d{2})\b"), _slashed),
    (
        re.compile(
            rf"\b(?P<which>first|second|third|fourth)\s+(?P<part>half|quarter)\s+of\s+"
            rf"(?:{_Y}|(?P<rel>this|last)\s+year|the\s+year\b(?!\s+(?:before|after|\d)))",
            re.IGNORECASE,
        ),
        _part_of_year,
    ),
    # "Q1 2025", "2025's first quarter"
    (re.compile(rf"\bQ(?P<q>[1-4])\s+{_Y}\b"), _quarter),
    (
        re.compile(
            rf"\b{_Y}['’]s\s+(?P<which>first|second|third|fourth)\s+(?P<part>quarter)\b",
            re.IGNORECASE,
        ),
        _quarter,
    ),
    # "the previous year", "the year before": the year before the one the sentence states
    (
        re.compile(r"\b(?:previous|preceding|prior)\s+year\b|\bthe\s+year\s+before\b"),
        _year_before,
    ),
    # "from January to March", "between February and April this year", "January–March 2025"
    (
        re.compile(
            rf"\b(?:(?:[Ff]rom|[Bb]etween|[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout)\s+)?"
            rf"{_MONTH_ANY}\s*(?:to|until|till|through|and|[–-])\s*{_M}(?![\w.]|\s+\d{{1,2}}\b)"
            rf"(?:,?\s+{_Y}\b|\s+(?:of\s+)?(?P<rel>this|last)\s+year\b)?"
        ),
        _month_range,
    ),
    # "2019-2023", "2024–25", "2023/24"
    (
        re.compile(
            rf"(?<![\d.,$–/-]){_Y}\s*[–/-]\s*(?P<end>(?:19|20)\d{{2}}|\d{{2}})(?![\d%/-]|\.\d)"
        ),
        _year_range,
    ),
    (
        re.compile(
            # "since the spring": a period's start (``DateMention.since``), dated by its year
            r"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Pp]ast)\s+|(?:[Ii]n|[Dd]uring|[Oo]ver|[Tt]hroughout|"
            r"[Ss]ince)\s+(?:the\s+)?)(?P<season>spring|summer|autumn|fall|winter)\b"
            # "the summer of 2024" is read by its year; "the fall of Kabul" is no season
            r"(?!\s+(?:of\b|(?:19|20)\d{2}|season|term|session)\b)"
        ),
        _season,
    ),
    # "on Christmas Day", "on New Year's Eve 2025", "at Christmas" (not "the Christmas market")
    (
        re.compile(
            r"\b(?P<holiday>(?:Orthodox\s+)?Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve)|"
            r"Boxing\s+Day|(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bover\s)|(?<=\bduring\s))"
            rf"(?:Orthodox\s+)?Christmas)(?![\w'’-])(?:,?\s+{_Y}\b)?"
        ),
        _holiday,
    ),
    (re.compile(rf"(?:\b|(?<=[a-z])){_D}\s+{_M},?\s+{_Y}\b"), _full),
    # "the 3rd of March 2026"
    (re.compile(rf"\b{_ORDINAL}\s+of\s+{_M},?\s+{_Y}\b"), _full),
    # a range of days in one month, dated by its end: "between May 22 and 31", "from 3 to 9 May"
    (
        re.compile(
            rf"\b(?:[Bb]etween|[Ff]rom)\s+{_M}\s+{_D}\s+(?:and|to|through|until)\s+"
            rf"(?P<day2>[0-3]?\d)\b,?\s+{_Y}\b"
        ),
        _full,
    ),
    (
        re.compile(
            rf"\b(?:[Bb]etween|[Ff]rom)\s+{_M}\s+{_D}\s+(?:and|to|through|until)\s+"
            rf"(?P<day2>[0-3]?\d)\b(?!\s*[:.%]\d|\s+{_MONTH_ANY}|\s+{_NOT_FUNCTION_WORD})"
        ),
        _month_day,
    ),
    (re.compile(rf"\b{_M}\s+{_D}{_D2},?\s+{_Y}\b"), _full),
    (
        re.compile(
            rf"\b(?:first|last)\s+(?P<n>\w+)\s+months\s+of\s+"
            rf"(?:{_Y}|(?P<rel>this|last)\s+year|the\s+year\b(?!\s+(?:before|after|\d)))"
        ),
        _first_months,
    ),
    # "October 2017", "October of 2017", "October, 2017"
    (re.compile(rf"\b{_M},?\s+(?:of\s+)?{_Y}\b"), _month_year),
    (re.compile(rf"\b(?P<third>[Ee]arly|[Ll]ate|[Mm]id)[\s-]+{_Y}\b"), _third_of_year),
    # "last December", "this March": before "December 28" could claim the month
    (
        re.compile(rf"\b(?P<rel>[Ll]ast|[Tt]his|[Pp]ast)\s+{_M}(?![\w.]|\s+\d|\s+of\s+\d)"),
        _relative_named_month,
    ),
    (
        re.compile(rf"\b{_M}\s+{_D}{_D2}\b(?!\s*[:.]\d)(?:\s+of\s+(?P<rel>this|last)\s+year)?"),
        _month_day,
    ),
    (re.compile(rf"\b{_ORDINAL}\s+of\s+{_M}(?!\w)"), _month_day),
    (re.compile(rf"(?:\b|(?<=[a-z])){_D}\s+{_M}(?!\w)(?!\s+\d{{1,2}}:)"), _month_day),
    (
        re.compile(
            # "its operations for October": the month a summary covers
            rf"(?:\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|of|[Dd]uring|"
            rf"[Tt]hroughout|for)\s+|mid-){_M}(?!\w)"
        ),
        _bare_month,
    ),
    (
        re.compile(r"\b(?P<sofar>(?:so\s+far|to\s+date)\s+)?(?P<rel>this|last)\s+year\b", re.I),
        _relative_year,
    ),
    (
        re.compile(
            rf"(?<![\d.,$–-])(?<!\bat\s)(?<!around\s)(?<!about\s){_Y}(?![\d%s]|\s*[–-]\s*\d)"
            r"(?!\s*(?:hours|hrs|GMT|UTC|local\s+time)\b)"
        ),
        _year,
    ),
    # "on the 3rd of this month", "the 28th of last month": that day of that month
    (
        re.compile(rf"\b{_ORDINAL}\s+of\s+(?P<rel>this|last)\s+month\b", re.IGNORECASE),
        _ordinal_of_month,
    ),
    # "over the past week", "in the last 24 hours": before "last week" could claim it
    (
        re.compile(
            r"\b(?:over|in|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:week|"
            r"(?:seven|7|five|5|three|3|two|2)\s+days|(?:24|twenty-four|48|forty-eight)\s+"
            r"hours)\b",
            re.IGNORECASE,
        ),
        _past_days,
    ),
    (
        # "two years ago this month" is read whole by ``_ago``
        re.compile(
            r"(?<!ago\s)\b(?:(?:earlier|later)\s+)?(?P<rel>this|last)\s+(?P<unit>week|month)\b",
            re.I,
        ),
        _relative_month,
    ),
    (re.compile(r"\b(?:on\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b"), _weekday),
    (
        re.compile(
            r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            r"fifteen|twenty|twenty-five|thirty|forty|fifty|\d{1,3})\s+"
            r"(?P<unit>days?|weeks?|fortnight|months?|years?|decades?)\s+ago"
            # "ten years ago this month", "a decade ago today": that month or day of that year
            r"(?:\s+(?P<same>this\s+month|this\s+week|today))?|"
            r"the\s+day\s+before\s+yesterday)\b",
            re.IGNORECASE,
        ),
        _ago,
    ),
    (
        re.compile(
            r"\b(?:on|since|by|until)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\b|[a-z]))"
        ),
        _ordinal_day,
    ),
    (
        re.compile(
            r"\b(?:yesterday|(?<!ago\s)today|this morning|tonight|\w+ hours ago)\b", re.IGNORECASE
        ),
        _today,
    ),
]
_NUMERIC_RULES = 3  # the first three rules read numeric dates


def numeric_dates(text: str, anchor: Anchor) -> list[tuple[re.Match[str], str | None]]:
    """The dates written in figures, as every language writes them ("2025-06-27",
    "27.06.2025", "24/2/2025"), each with its value by the rules above (day first unless only
    month-first is a real date): the lexicon readers read them as the English one does."""
    if _NUMERIC_GATE.search(text) is None:
        return []
    return [
        (match, resolve(match, anchor))
        for pattern, resolve in _RULES[:_NUMERIC_RULES]
        for match in pattern.finditer(text)
    ]


_MONTH_RESOLVERS = (
    _full,
    _month_year,
    _month_day,
    _bare_month,
    _relative_named_month,
    _month_range,
)
_RELATIVE_RESOLVERS = (_relative_year, _relative_month, _ordinal_of_month)
# Words (lower case) one of which every match of a rule holds, checked in the lowered sentence
# before the rule's scan. None holds "i", "s" or "k", whose case-insensitive matches include
# letters that lower() leaves apart ("ı", "ſ", the Kelvin sign), so no match is ever gated out.
_NEEDS: dict[_Resolver, tuple[str, ...]] = {
    _part_of_year: ("half", "quarter"),
    _first_months: ("months",),
    _weekday: ("day",),
    _holiday: ("christmas", "new year", "boxing day"),
    _ago: ("ago", "day"),  # "two days ago", "the day before yesterday"
    _today: ("day", "morn", "ght", "ago"),  # yesterday/today, this morning, tonight, hours ago
    _past_days: ("past", "last", "previous"),
}
# Each rule with its gates worked out once (find_dates runs per sentence): numeric shape,
# month name, "this/last year", the words it needs.
# each rule's pattern behind the gate read from it (``gates.Gated``: "1" or "20" for a year,
# the weekday names, "ago" or "yesterday", ...), besides the hand-made gates of ``find_dates``
_GATED_RULES = [
    (
        Gated(pattern),
        resolve,
        index < _NUMERIC_RULES,
        resolve in _MONTH_RESOLVERS,
        resolve in _RELATIVE_RESOLVERS,
        _NEEDS.get(resolve, ()),
    )
    for index, (pattern, resolve) in enumerate(_RULES)
]
_RELATIVE_GATE = re.compile(r"(?:[Tt]his|[Ll]ast|THIS|LAST)\s+(?:year|week|month|YEAR|WEEK|MONTH)")
_MONTH_GATE = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_NUMERIC_GATE = re.compile(r"\d[-./]\d")
_YEAR_RANGE_GATE = re.compile(r"\d\s*[–/-]\s*\d")
_SEASON_GATE = re.compile(r"spring|summer|autumn|fall|winter")
_DATE_ANY = rf"(?:{_MONTH_ANY}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_ANY})(?:,?\s+\d{{4}})?"
# a date whose verb is the one of the date before it: "... on 10 January and Poland's on"
_GAPPED = re.compile(
    rf"(?P<prev>{_DATE_ANY})\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+"
    r"(?:on|in)\s+$"
)
# "LAAYOUNE/ALGIERS": two cities of one dateline
_PLACE = r"[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*){0,3}"
# an agency after the date, in brackets or between slashes: "(Reuters)", "/Ukrinform/"
_AGENCY = r"(?:\([^)]{1,40}\)\s*|/[^/\n]{1,30}/\s*)"
_DATELINE = re.compile(
    rf"^(?:(?:{_PLACE},\s+(?:{_PLACE},\s+)?{_DATE_ANY}\s*{_AGENCY}?"
    rf"|{_DATE_ANY}\s*{_AGENCY}"
    rf"|[A-Z][A-Z.'’-]{{2,}}(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s+[A-Z][\w.'’-]+)?\s*(?:\([^)]{{1,40}}\)\s*)?)"
    rf"(?:[.:—–]|--?\s)"
    # a wire's dateline run into its first sentence: "Jammu, Nov 6 (PTI) An Army soldier ..."
    rf"|{_PLACE},\s+{_DATE_ANY}\s*\((?:[A-Z][\w-]*\s*){{1,3}}\)\s+(?=[A-Z])"
    # a place (and date) in brackets before a dash: "(Tunis) –", "(Kyiv, January 31, 2023) –"
    rf"|\({_PLACE}(?:,\s+{_DATE_ANY})?\)\s*(?:[—–]|--?\s))"
)
_SINCE = re.compile(
    r"(?:\bsince|\bSince)\s+(?:early\s+|late\s+|mid-)?$|"
    # "The process, which began in 2023, ended on 24 July": when a period started
    r"\b(?:began|begun|started|launched|commenced)\s+(?:in\s+|on\s+)?(?:early\s+|late\s+|mid-)?$|"
    r"\b[Ss]ince\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?(?:in|of)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?$|"
    # the day of the event that opened the period: "since the fall of former President Bashar
    # al-Assad on 8 December 2024", "since the ceasefire of the two armies on 9 November"
    r"\b[Ss]ince\s+the\s+(?:(?!(?:and|but|was|were|is|are|had|has|have)\s)[A-Za-z'’.-]+\s+){1,8}?"
    r"on\s+$|"
    # the second of two years a period opened with: "blocked since the battles of 1987 and 1988"
    r"\b[Ss]ince\s+(?:[\w-]+\s+){0,5}?(?:1[89]|20)\d\d\s+(?:and|or)\s+$|"
    # a clause of its own telling what opened the period: "since the army regained control of
    # the capital late last month" (words only: "since 2015 the teams cleared 40 km2 in March"
    # opens nothing in March)
    r"\b[Ss]ince\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:[a-z]+ed|withdrew|began|broke\s+out|"
    r"(?:re)?took|fell|won|left|came|went|drove|overran|struck|swept|rose|fled|became|hit)\s+"
    r"(?:[A-Za-z-]+\s+){0,5}?"
    r"(?:early\s+|late\s+|mid-)?$"
)
# the words between a period's first date and its last: "between mid-2023 and October 2024",
# "between May, 2015, and June, 2016", "from March 2019 to May 2020"
_RANGE_JOIN = re.compile(r"\s*,?\s*(?:and|to|until|till|through|thru|[-–])\s*")


def closes_range(text: str, dates: list[DateMention], opening: DateMention) -> bool:
    """Whether one of ``dates`` (mentions of ``text``) directly after ``opening`` ends the period
    it opens, so that the period has a told end ("between May, 2015, and June, 2016")."""
    return any(_RANGE_JOIN.fullmatch(text, opening.end, other.start) for other in dates)


_RANGE_START = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:early\s+|late\s+|mid-)?$")
# a range with no "from" or "between": "(mid-2024 through October 2025)", "October 2015 to
# October 2016", "in late 2024 and early 2025": the first date starts the period
_BARE_RANGE_NEXT = re.compile(
    rf"\s+(?:through|thru|until|till|to)\s+(?:early\s+|late\s+|mid-)?(?:(?:19|20)\d\d\b|"
    rf"(?:{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\b)"
)
_LATE_THEN_EARLY = re.compile(r"\b(?:[Ll]ate|[Mm]id-)\s*(?:\d{0,4})$")
_EARLY_NEXT = re.compile(r"\s+and\s+(?:early|mid-)\s*(?:19|20)\d\d\b")
_RANGE_NEXT = re.compile(r",?\s*(?:and|to|until|till|through|[–-])\s*(?:early\s+|late\s+|mid-)?\S")
_REPORTING = re.compile(
    r"\b(?:said|says|told|stated|reported|shared|announced|added|confirmed|noted|wrote|"
    r"declared)\s+(?:on\s+)?$|\b(?:told|briefed)\s+(?:[\w-]+\s+){0,4}?on\s+$|"
    # "accused Myanmar's military on Wednesday of ...": the day of the accusation
    r"\b(?:accused|blamed|charged|urged|warned|called\s+on)\s+(?:(?!of\b)[\w'’-]+\s+){1,4}?(?:on\s+)?$|"
    # "said at a ceremony marking the International Day for Mine Awareness on Sunday": the
    # day of the saying, however long the occasion's name
    r"\b(?:said|says|announced|reported|stated)\s+(?:at|during)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:ceremony|event|meeting|conference|forum|workshop|launch|"
    r"celebration|gathering)\b[^.;,]{0,80}?\s(?:on\s+)?$|"
    # "figures released on 3 May", "a report issued on Monday": the day the figures came out
    # "Landmine Monitor 2024, released today": the report's title and year, then a comma
    r"\b(?i:figures|data|report|statistics|survey|study|findings|results|bulletin|review|"
    r"update|analysis|monitor)\s+(?:[\w-]+,?\s+){0,3}?(?:released|published|issued|presented|"
    r"unveiled|made\s+public)\s+(?:on\s+)?$"
)
# the day put between the speaker and the verb: "Senators on Wednesday condemned the blast that
# killed two on June 6", "The ministry on Monday accused ...", "Police on Friday said ..."
_SPOKEN_AFTER = re.compile(
    r"\s+(?:said|says|told|announced|reported|confirmed|condemned|denounced|accused|blamed|"
    r"urged|warned|called\s+(?:on|for)|vowed|demanded|critici[sz]ed|welcomed|deplored)\b"
)
_FRAME = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|press\s+release|post|(?:news|press)\s+conference|briefing|interview|speech|"
    r"address|communiqu\w+|report|review|bulletin|update)\s+"
    r"(?:(?:issued|published|released)\s+)?(?:on\s+)?$"
)
# an age, an election, a deadline: no event's date (a birthday: ``born_before``)
_NOT_EVENT_BEFORE = re.compile(
    r"\b(?:aged|elected|deadline(?:\s+of)?|due|expired|expires|expiring)\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)
_NOT_EVENT_AFTER = re.compile(r"\s+(?:deadline|target)\b")
_TITLE_YEAR = re.compile(r"(?:Report|Monitor|Strategy|Issue)\s+$")
_TREATY_DATE = re.compile(
    r"(?:\badopted|\bopened\s+for\s+signature|\bsigned)\s+(?:in\s+[A-Z]\w+\s+)?(?:on\s+|in\s+)?$|"
    r"\bDestruction\s+(?:of\s+)?$"
)
_QUOTE = re.compile(r"[\"“]")
_CLOSING_QUOTE = re.compile(r"[\"”]")


# a city's day of filing in any language read, in title case ("Roma, 29 novembre 2016 –",
# "Madrid, 3 de marzo de 2024", "Genève, 20 novembre 2024"): after the city, it dates the report
FILED_DAY = re.compile(r",\s*\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?\s+(?:de\s+)?\d{4}\b")


def filed_from(text: str, start: int, end: int) -> bool:
    """The place at ``start:end`` opens ``text`` and is followed by its day of filing
    (``FILED_DAY``): the newsroom's city, never a place of the news nor what the story is
    about."""
    return not any(ch.isalpha() for ch in text[:start]) and FILED_DAY.match(text, end) is not None


def dateline_end(text: str) -> int:
    """Where a dateline at the start of ``text`` ends (0 when there is none)."""
    match = _DATELINE.match(text)
    return match.end() if match else 0


def find_dates(text: str, anchor: Anchor) -> list[DateMention]:
    """Date expressions in ``text``, left to right, each resolved or ``None``."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    weekdays: list[DateMention] = []
    past: list[DateMention] = []
    dateline = dateline_end(text)
    numeric = _NUMERIC_GATE.search(text) is not None
    months = len(_MONTH_GATE.findall(text))
    month = months > 0
    relative = _RELATIVE_GATE.search(text) is not None
    ranged = _YEAR_RANGE_GATE.search(text) is not None
    season = _SEASON_GATE.search(text) is not None
    lowered = text.lower()
    for pattern, resolve, is_numeric, is_month, is_relative, needs in _GATED_RULES:
        if needs and not any(word in lowered for word in needs):
            continue  # cheap gate: none of the words every match of this rule holds
        if is_numeric and not numeric:
            continue  # cheap gate: no "2025-06-27", "27.06.2025" or "27/06/2025" shape here
        if is_month and not month:
            continue  # cheap gate: no month name at all
        if is_relative and not relative:
            continue  # cheap gate: no "this/last year/week/month"
        if (resolve is _year_range and not ranged) or (resolve is _season and not season):
            continue  # cheap gates: no "2019-2023" shape, no season's name
        if resolve is _month_range and months < 2:
            continue  # cheap gate: a range of months names two
        if (resolve is _quarter and "Q" not in text and "quarter" not in text) or (
            resolve is _year_before and "year" not in text
        ):
            continue  # cheap gates: no "Q1 2025" or "2025's first quarter", no "year"
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            taken.append((start, end))
            if _TITLE_YEAR.search(text, 0, start):
                continue
            value = resolve(match, _speech_anchor(text, start, found, anchor, resolve))
            found.append(_mention(text, match, value, dateline, anchor))
            if resolve is _weekday:
                weekdays.append(found[-1])
            elif resolve is _past_days:
                past.append(found[-1])
    found.sort(key=lambda mention: mention.start)
    if past:
        found = told_period_ends(found, past)
    if weekdays:
        found = _drop_named_weekdays(text, found, weekdays)
    if _DAY_SHIFT_GATE.search(text):
        found = _shifted_days(text, found, dateline, anchor)
    if len(found) > 1:
        found = _shared_years(text, found)
        found = months_of_counted_year(text, found, anchor)
    return found


def told_period_ends(found: list[DateMention], periods: list[DateMention]) -> list[DateMention]:
    """A period ending when it is told ("surveyed 400 hectares over the past week", ``periods``)
    in a sentence that tells the day of the statement ("the agency said on Wednesday") ends on
    that day. With no such day the period dates nothing ("three blasts over the past week" is
    no one day, and a week is no month): it is left out of ``found``. Every reader: ``found``
    is a sentence's mentions in order."""
    spoken = [m.value for m in found if m.announced and m.value and len(m.value) == 10]
    if not spoken:
        return [m for m in found if not any(m is p for p in periods)]
    return [replace(m, value=spoken[0]) if any(m is p for p in periods) else m for m in found]


# between a month (or day) and the year counted from publication that it belongs to: "in March
# last year", "July of last year", "en mars de l'année dernière", "a marzo dell'anno scorso",
# "em março do ano passado", "في مارس من العام الماضي", "в марте прошлого года"
_YEAR_LINK = re.compile(
    r"[ \t,]*(?:(?:of|de|del|dell['’]|dello|della|do|da|du|des|de\s+l['’]|من)[ \t]*)?",
    re.IGNORECASE,
)


def months_of_counted_year(
    text: str, found: list[DateMention], anchor: Anchor
) -> list[DateMention]:
    """A year-less month or day told with a year counted from publication right after it ("in
    March last year", "on 3 March of last year", "Since July last year") is that month of that
    year, one mention (a period's start if either part opens one), not a month of the
    publication year beside a bare year. Every reader: ``found`` is a sentence's mentions in
    order, the year counted from publication one of them with no digits of its own."""
    out: list[DateMention] = []
    index = 0
    while index < len(found):
        mention = found[index]
        following = found[index + 1] if index + 1 < len(found) else None
        value = mention.value
        if (
            following is not None
            and value is not None
            and following.value is not None
            and len(value) >= 7
            and len(following.value) == 4
            and not _WRITTEN_YEAR.search(text, mention.start, mention.end)
            and not any(c.isdigit() for c in text[following.start : following.end])
            and _YEAR_LINK.fullmatch(text, mention.end, following.start) is not None
            and not text.startswith(("'s", "’s"), following.end)
        ):
            counted = following.value + value[4:]
            out.append(
                replace(
                    mention,
                    end=following.end,
                    value=counted,
                    since=mention.since or following.since,
                    reporting=mention.reporting or after_publication(counted, anchor),
                )
            )
            index += 2
            continue
        out.append(mention)
        index += 1
    return out


# between two dates of one list whose year is written once, at its end: "on 13 December and 29
# December 2017", "on 4 March, 19 March and 2 May 2025"
_SHARED_YEAR_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:on\s+)?")
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")


def _shared_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """A year-less day or month listed before a date with its year ("on 13 December and 29
    December 2017") takes that year, not the one the publication gives it."""
    out = list(found)
    for index in range(len(out) - 2, -1, -1):
        mention, following = out[index], out[index + 1]
        value, stated = mention.value, following.value
        if value is None or stated is None or len(value) < 7 or value[:4] == stated[:4]:
            continue
        if _WRITTEN_YEAR.search(text, mention.start, mention.end):
            continue
        if not _WRITTEN_YEAR.search(text, following.start, following.end):
            continue
        if not _SHARED_YEAR_GAP.fullmatch(text, mention.end, following.start):
            continue
        shared = stated[:4] + value[4:]
        out[index] = replace(mention, value=shared)
    return out


_DAY_SHIFT = re.compile(
    r"\b(?:the\s+(?P<back>previous|preceding)\s+day|the\s+day\s+before(?!\s+yesterday)|"
    r"(?:a|one|(?P<n>two|three|four|five|six|[2-6]))\s+days?\s+(?:earlier|before|later)|"
    r"the\s+(?:following|next)\s+day|the\s+day\s+after)\b",
    re.IGNORECASE,
)
_DAY_SHIFT_GATE = Gated(
    re.compile(
        r"\bdays?\s+(?:before|after|earlier|later)|(?:previous|preceding|following|next)\s+day",
        re.I,
    )
)
_SHIFT_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def shifted_day(match: re.Match[str], base: str) -> str:
    """The day ``match`` (of ``_DAY_SHIFT``: "the previous day", "two days earlier", "a day
    later") names, counted from the full date ``base``."""
    count = match.group("n")
    days = int(_SHIFT_DAYS.get(count.lower(), count)) if count else 1
    earlier = re.search(r"previous|preceding|before|earlier", match.group(0), re.I) is not None
    return (date.fromisoformat(base) + timedelta(days=-days if earlier else days)).isoformat()


def day_shift_told(text: str) -> re.Match[str] | None:
    """A day told only by its distance from another ("A day earlier, ...", "two days later"),
    the first in ``text``; None where there is none."""
    if not _DAY_SHIFT_GATE.search(text):
        return None
    return _DAY_SHIFT.search(text)


def _shifted_days(
    text: str, found: list[DateMention], dateline: int, anchor: Anchor
) -> list[DateMention]:
    """ "the previous day", "a day later", "two days earlier": that many days from the full
    date the sentence states (an event, a statement or the dateline), the nearest one before
    it, else the first after it; unresolved when the sentence states no day. "A day after two
    soldiers were killed" relates two events and dates neither."""
    days = [m for m in found if m.value is not None and len(m.value) == 10]
    out = list(found)
    for match in _DAY_SHIFT.finditer(text):
        if re.match(r"\s+(?:\w+\s+){0,3}?(?:was|were|had|have)\b", text[match.end() :]):
            continue  # "the day after two soldiers were killed": a relation, not a date
        before = [m for m in days if m.end <= match.start()]
        after = [m for m in days if m.start >= match.end()]
        base = before[-1] if before else (after[0] if after else None)
        value = None
        if base is not None and base.value is not None:
            value = shifted_day(match, base.value)
        out.append(_mention(text, match, value, dateline, anchor))
    return sorted(out, key=lambda mention: mention.start)


_BESIDE = re.compile(r"\s*,?\s*\(?\s*(?:an?\s+)?")


def _drop_named_weekdays(
    text: str, found: list[DateMention], weekdays: list[DateMention]
) -> list[DateMention]:
    """A weekday written beside the date it names ("on Sunday, May 10", "Sunday (17 May)",
    "on 10 May, a Sunday") is that date, not the latest such weekday: the stated day wins,
    also when the two disagree."""
    dropped: set[int] = set()
    for index, mention in enumerate(found):
        if not any(mention is w for w in weekdays):
            continue
        neighbours = found[index - 1 : index] + found[index + 1 : index + 2]
        for other in neighbours:
            if other.value is None or len(other.value) != 10 or any(other is w for w in weekdays):
                continue
            gap = (
                text[other.end : mention.start]
                if other.end <= mention.start
                else text[mention.end : other.start]
            )
            if _BESIDE.fullmatch(gap):
                dropped.add(index)
    return [m for i, m in enumerate(found) if i not in dropped]


def _speech_anchor(
    text: str, start: int, found: list[DateMention], anchor: Anchor, resolve: _Resolver
) -> Anchor:
    """Inside a quotation, "yesterday" counts from the day the words were spoken: the speech
    date told before the quotation ("said on 27 June: “...”"), else the one right after it
    ("“We deposited it today,” the minister said on 27 June")."""
    if resolve is not _today:
        return anchor
    quote = _QUOTE.search(text, 0, start)
    spoken = [m for m in found if m.announced and quote and m.end <= quote.start()]
    closing = _CLOSING_QUOTE.search(text, start) if quote and not spoken else None
    if closing is not None:
        after = [m for m in found if m.announced and closing.end() <= m.start < closing.end() + 80]
        spoken = after[:1]
    value = spoken[-1].value if spoken else None
    if value is None or len(value) != 10:
        return anchor
    return Anchor(PartialDate.parse(value), anchor.context_year)


def _mention(
    text: str, match: re.Match[str], value: str | None, dateline: int, anchor: Anchor
) -> DateMention:
    before, after = text[: match.start()], text[match.end() :]
    never = (
        match.end() <= dateline
        or bool(_TREATY_DATE.search(before) or _NOT_EVENT_BEFORE.search(before))
        or born_before(text, match.start())
        or bool(_NOT_EVENT_AFTER.match(after))
        or _target(before, value, anchor)
        or after_publication(value, anchor)
        or _names_a_thing(before, match.group(0), after)
    )
    range_start = bool(
        (_RANGE_START.search(before) and _RANGE_NEXT.match(after))
        or _BARE_RANGE_NEXT.match(after)
        or (
            bool(_LATE_THEN_EARLY.search(before + match.group(0)[:5]))
            and bool(_EARLY_NEXT.match(after))
        )
    )
    # "told reporters on Wednesday": the weekday rule's match holds the "on" the frame ends with
    opening = re.match(r"on\s+", match.group(0), re.IGNORECASE)
    spoken = before + opening.group(0) if opening else before
    return DateMention(
        start=match.start(),
        end=match.end(),
        value=value,
        since=bool(_SINCE.search(before))
        or range_start
        or _OPENS_SINCE.match(match.group(0)) is not None,
        reporting=never,
        # both frames end at the date and span a few words: the last 160 characters hold them
        speech=bool(
            _REPORTING.search(spoken[-160:])
            or _FRAME.search(spoken[-160:])
            or _SPOKEN_AFTER.match(after)
        ),
    )


_OPENS_SINCE = re.compile(r"[Ss]ince\s")  # "since January": the rule's match holds the word
_BY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$")


def _target(before: str, value: str | None, anchor: Anchor) -> bool:
    """ "by 2028" at or after publication is a target, not the date of anything done."""
    if value is None or anchor.year is None or not _BY.search(before):
        return False
    return int(value[:4]) >= anchor.year


_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+$")
_NOUN_NEXT = re.compile(r"\s+[a-z][a-z-]+\b(?!\s+(?:of|to)\b)")
# a treaty named with its year: "the 1997 Ottawa Convention", "the 1997 Mine Ban Treaty", "the
# 1997 treaty", "the 1997 landmine ban", "the 1997 Convention on the Prohibition of ..."
_TREATY_NAME_NEXT = re.compile(
    r"\s+(?:(?:[A-Z][\w'’-]*|on|the|of)\s+){0,6}?(?:Convention|Treaty|Accord|Protocol)\b|"
    r"\s+(?:[\w-]+\s+){0,3}?(?:treaty|convention|accord|pact|ban)\b"
)


def _names_a_thing(before: str, stated: str, after: str) -> bool:
    """A bare year that names a thing ("a 2022 directive", "the 2019 floods", "the 1997 Ottawa
    Convention", "the 1997 treaty") is not when anything in the sentence happened: a treaty's
    year never dates a step taken under it."""
    if not stated.isdigit() or not _DETERMINER.search(before):
        return False
    return bool(_NOUN_NEXT.match(after) or _TREATY_NAME_NEXT.match(after))


def after_publication(value: str | None, anchor: Anchor) -> bool:
    """A date later than publication (a deadline "extended to 31 December 2030", a scheduled
    step) is never the date of something the story reports as done; compared at the coarser
    of the two granularities ("2026-12" is not after a story of 2 December 2026)."""
    published = anchor.published
    if value is None or published is None:
        return False
    stated = published.iso()
    common = min(len(value), len(stated))
    return value[:common] > stated[:common]


def latest(mentions: list[DateMention]) -> str | None:
    """The latest usable date among ``mentions`` (a period's end), or ``None``."""
    values = [m.value for m in mentions if m.usable and m.value]
    return max(values) if values else None


def context_year(text: str) -> int | None:
    """The latest four-digit year the text names: the anchor when publication is unknown."""
    years = [int(y) for y in re.findall(r"(?<![\d.,$–-])(1[89]\d{2}|20\d{2})(?![\d%s])", text)]
    return max(years) if years else None
