"""One language's sentences -> dates, counts and casualty drafts, by its ``Lexicon``.

The English engine's date rules (``minewatch.extract.dates``): a full date is used as is; a
year-less date takes the sentence's own year, else the latest year on or before
publication, or the next one on or after it where a scheduled verb of the lexicon governs it
("entrera en vigueur le 1er mars"); a date after publication dates nothing done. A casualty
takes the most specific date of its sentence and the place the sentence names (a region
first), else the state the previous sentences or the document are about. Where a lexicon has
their words, treaty steps (the Convention named and a step cue), stocks destroyed (a
destruction verb and a stock word) and mines laid (a use verb, the accused named before it)
are read too, each dated by its sentence or left to the pipeline's publication-month rule.

The reader's module-level helpers live beside it, one job each: ``sentences`` (the clause
around a cue, its dates and places, datelines; shared by every event kind), ``parties`` (the
states, owners, accused and actor a sentence names) and ``figures`` (counts, quantities,
named victims, the date a casualty figure takes). ``uses`` (the mines laid) and ``treaty_steps``
(the Convention's steps and who takes them) hold functions of one event kind that take the
reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from minewatch.extract import actors, triggers
from minewatch.extract.actors import after_presence, group_home
from minewatch.extract.casualties import Counts
from minewatch.extract.dates import (
    NOT_BIRTH,
    Anchor,
    DateMention,
    after_publication,
    born_before,
    months_of_counted_year,
    numeric_dates,
    relative_date,
    scheduled,
    scheduled_cue,
    weekday_date,
    year_less,
)
from minewatch.extract.drafts import LEAVING_STEPS, Draft, View, suspension_claims
from minewatch.extract.events import (
    Context,
    detail_date,
    period_counts,
    ranked_totals,
    running_total,
    world_report,
)
from minewatch.extract.lexicons.figures import (
    _A_YEAR,
    _AREAS,
    _BRACKETED,
    _CLAUSE_JOIN,
    _COMMA_GROUP,
    _DOT_GROUP,
    _EASTERN,
    _NEXT_ITEM,
    _SCALED,
    _WHOLE_OR_LESS,
    _YEAR_NAMED,
    _YEAR_NO_COUNT,
    AGES_NO_COUNT,
    MONITOR,
    _blast_date,
    _figures_date,
    _named_victim,
    _victim_named,
    blank_including,
)
from minewatch.extract.lexicons.lexicon import Lexicon, fold, folded, longest_first, number_pattern
from minewatch.extract.lexicons.parties import (
    _RECIPIENT,
    _RELATIVE_ASIDE,
    _actor,
    _actor_outside,
    _group,
    _listed,
    _listed_after,
    _owners,
    _relative_state,
)
from minewatch.extract.lexicons.sentences import (
    _CLAUSE_CUT,
    _DECADE,
    _I,
    _NEGATED,
    _after_dated,
    _clause_date,
    _clause_of,
    _compile,
    _contrasted_clause,
    _dated_completion,
    _dateline,
    _gapped,
    _iso,
    _mention,
    _page_date,
    _part_year,
    compiled,
)
from minewatch.extract.lexicons.treaty_steps import (
    clause_steps,
    counted_before,
    decision_back,
    leaving_told_before,
    listed_before,
    step_owners,
    steps,
    to_come,
    treaty_before,
    treaty_named,
)
from minewatch.extract.lexicons.uses import contrasted_uses, uses
from minewatch.extract.numbers import (
    Quantity,
    converted_area,
    listed_items_dropped,
    without_conversions,
)

_YEAR = r"(?P<year>1[89]\d{2}|20\d{2})"
# a day, with its ordinal mark where the language writes one ("1er", "3-го", "1º", German "3.")
_DAY = r"(?P<day>[0-3]?\d)(?:er|-?го|-?е|\.?º|°|\.)?"


# the steps that fall on a day set in advance (Art. 17 and 20: the first day of the sixth month,
# six months after the notice), told with that day before it comes
_SCHEDULED_STEPS = ("withdrawal_effective", "entry_into_force")


def _dated_later(view: View, text: str, step: re.Match[str], context: Context) -> bool:
    """The step's own clause is dated only after publication ("Le retrait ... a pris effet en
    février 2026" in a story of 2025): a step still to come, whatever its tense."""
    start, end = _clause_of(text, step.end() - 1)
    inside = [m for m in view.dates if m.value and start <= m.start < end]
    later = [m for m in inside if after_publication(m.value, context.anchor)]
    return bool(later) and not any(m.usable for m in inside)


# a state's adjective before its war ("seit dem russischen Angriff", "российского вторжения",
# "російської агресії"): the reason a step is taken, never the state taking it
_WAR_AFTER = re.compile(
    r"\w*\s+(?:Angriff|Invasion|Aggression|Überfall|вторжени|агресси|агресі|вторгнен|напад)",
    re.IGNORECASE,
)


# a verb of remaining right before an area or item count, in its clause ("restano ancora
# sospetti circa 366 chilometri quadrati", "il reste encore 366 kilomètres carrés", "ainda
# restam 12 km²", "rimangono contaminati altri 40 ettari"): what is left, never what was cleared
_REMAINS_BEFORE = re.compile(
    r"\b(?:rest(?:a|ano|e|ent|ait|aient|am)|riman(?:e|gono)|rimangono|permanec\w+|remain(?:s|ed)?)"
    r"\s+(?:ancora\s+|encore\s+|ainda\s+|still\s+)?(?:[^\s\d.;,]+\s+){0,3}?"
    r"(?:circa\s+|environ\s+|cerca\s+de\s+|about\s+|some\s+)?$",
    _I,
)


@dataclass(frozen=True)
class LexiconReader:
    """The reader functions for one lexicon (see ``readers.Reader``)."""

    lexicon: Lexicon

    def __post_init__(self) -> None:
        # a lexicon that folds accents is read folded, as its texts are (``plain``)
        object.__setattr__(self, "lexicon", folded(self.lexicon))

    @cached_property
    def _month(self) -> str:
        stems = sorted(self.lexicon.months, key=len, reverse=True)
        return r"(?P<month>\b(?:" + "|".join(stems) + r")[a-zа-яёєіїґ]*)"

    @cached_property
    def _day_words(self) -> list[tuple[re.Pattern[str], bool]]:
        """The day of a month written as an ordinal word before its month, with an optional
        year ("في الثالث من آذار", "الحادي والعشرين من يناير 2025"; ``Lexicon.day_words``)."""
        lexicon = self.lexicon
        if not lexicon.day_words:
            return []
        words = longest_first(w.replace(" ", r"\s+") for w in lexicon.day_words)
        year, link = lexicon.year_word, lexicon.date_link
        return [
            (
                re.compile(
                    rf"{lexicon.day_before}(?P<dayword>{words})\s+{lexicon.day_link}{self._month}"
                    rf"(?:\s+{link}{_YEAR}{year})?",
                    _I,
                ),
                True,
            )
        ]

    def _day(self, match: re.Match[str]) -> int | None:
        """The day of a date's match: its digits, or its ordinal word (``_day_words``)."""
        word = match.groupdict().get("dayword")
        if word is None:
            return int(match.group("day"))
        return self.lexicon.day_words.get(" ".join(word.split()))

    @cached_property
    def _patterns(self) -> list[tuple[re.Pattern[str], bool]]:
        year, link = self.lexicon.year_word, self.lexicon.date_link
        return [
            *self._day_words,
            (re.compile(rf"\b{_DAY}\s+{link}{self._month}\s+{link}{_YEAR}{year}", _I), True),
            (re.compile(rf"\b{_DAY}\s+{link}{self._month}(?!\s+{link}\d)", _I), True),
            (re.compile(rf"{self._month}\s+{link}{_YEAR}{year}", _I), False),
            # a year alone ("en 2024", "в 2017 году", "у 2025 році"); not a digit group of
            # a number written with spaces ("3 400 000"), nor a year of birth ("чоловік 1968
            # року народження", "1975 г.р.")
            (
                re.compile(rf"(?<![\d.,])(?<!\d\s){_YEAR}(?!\d|[.,]\d|\s\d{{3}}\b){NOT_BIRTH}", _I),
                False,
            ),
            *self._month_alone,
        ]

    @cached_property
    def _month_alone(self) -> list[tuple[re.Pattern[str], bool]]:
        """A month named without day or year after the lexicon's ``month_alone`` words ("a
        gennaio", "em março", "в конце июня", "у червні"): that month of the publication year,
        or of the year before. With ``month_endings`` the stem takes only those endings there
        ("у червні", never "у червоній зоні")."""
        lexicon, link = self.lexicon, self.lexicon.date_link
        if not lexicon.month_alone:
            return []
        month = self._month
        if lexicon.month_endings:
            stems = longest_first(lexicon.months)
            month = rf"(?P<month>\b(?:{stems})(?:{lexicon.month_endings}))(?!\w)"
        # a figure may follow ("خلال آب 150 لغماً"); a year would have made it a month and year
        year = rf"(?!\s+{link}(?:1[89]|20)\d\d(?!\d))"
        return [(re.compile(rf"(?:{lexicon.month_alone}){month}{year}", _I), False)]

    @cached_property
    def _parts(self) -> list[tuple[re.Pattern[str], int]]:
        return [(re.compile(p, _I), month) for p, month in self.lexicon.parts]

    @cached_property
    def _relative(self) -> list[tuple[re.Pattern[str], str, int]]:
        """The lexicon's dates counted from publication, most specific first: "ago" phrases,
        fixed words ("hier", "в прошлом году"), then weekdays (unit "weekday")."""
        lexicon, out = self.lexicon, []
        if lexicon.month_day:
            out.append((re.compile(lexicon.month_day, _I), "month_day", 0))
        if lexicon.ago:
            out.append((re.compile(lexicon.ago, _I), "ago", 0))
        out += [(re.compile(p, _I), unit, back) for p, unit, back in lexicon.relative]
        out += [(re.compile(p, _I), "last_season", last) for p, last in lexicon.last_season]
        if lexicon.weekdays:
            days = "|".join(f"(?P<d{i}>{w})" for i, w in enumerate(lexicon.weekdays))
            out.append((re.compile(rf"{lexicon.weekday_prefix}(?:{days})\b", _I), "weekday", 0))
        return out

    def _relative_dates(self, text: str, anchor: Anchor, found: list[DateMention]) -> None:
        """Add the dates counted from publication to ``found`` (overlaps keep the first)."""
        reported = self._compiled("reported") if self.lexicon.reported else None
        lexicon = self.lexicon
        reported_after = self._compiled("reported_after") if lexicon.reported_after else None
        for pattern, unit, back in self._relative:
            for match in pattern.finditer(text):
                if any(m.start < match.end() and match.start() < m.end for m in found):
                    continue
                if unit == "weekday" and self._stated_day.match(text, match.end()):
                    continue  # "У вівторок, 7 квітня": the day stated beside it is the date
                value = self._counted(match, unit, back, anchor)
                before = text[max(0, match.start() - 80) : match.start()]
                speech = reported is not None and reported.search(before) is not None
                if reported_after is not None and reported_after.match(text, match.end()):
                    speech = True  # "der am Mittwoch veröffentlichten Bilanz"
                # "، اليوم الاثنين،": a weekday right after a day of saying is that day
                speech = speech or any(
                    m.speech and m.end <= match.start() and not text[m.end : match.start()].strip()
                    for m in found
                )
                late = after_publication(value, anchor)
                # "depuis l'année dernière", "منذ العام الماضي": a period opened, no event date
                # ("da oggi", "اعتباراً من اليوم": the step's own day, from which it holds)
                since = unit in ("year", "month", "week") and self._since(text, match.start())
                found.append(DateMention(match.start(), match.end(), value, since, late, speech))

    @cached_property
    def _stated_day(self) -> re.Pattern[str]:
        """A day of a month right after a weekday ("lundi 6 avril", "У суботу, 11 липня")."""
        return re.compile(rf",?\s*(?:le\s+)?{_DAY}\s+{self._month}", _I)

    def _counted(self, match: re.Match[str], unit: str, back: int, anchor: Anchor) -> str | None:
        if unit == "weekday":
            return weekday_date(anchor, int((match.lastgroup or "d0")[1:]))
        if unit == "last_season":  # ``back`` is the season's last month
            published = anchor.published
            if published is None or published.month is None:
                return None
            return str(published.year if published.month > back else published.year - 1)
        if unit == "month_day":  # "le 3 de ce mois": that day of the publication month
            told = match.groupdict()
            day = int(told.get("day") or told.get("day2") or 0)
            back = 1 if told.get("last") else 0
            # "no passado dia 20" told on the 14th: the 20th of the month before
            published = anchor.published
            if told.get("past") and published is not None and published.is_full:
                back = 1 if day > published.earliest().day else 0
            month = relative_date(anchor, "month", back)
            return f"{month}-{day:02d}" if month is not None and 1 <= day <= 31 else None
        if unit != "ago":
            return relative_date(anchor, unit, back)
        count = self.parse_number(match.group("n")) if match.group("n") else 1
        kind = next((k for k in ("day", "week", "month", "year") if match.group(k)), None)
        if not count or kind is None:
            return None
        if kind == "week":
            return relative_date(anchor, "day", 7 * count)
        return relative_date(anchor, kind, count)

    @cached_property
    def _scheduled(self) -> re.Pattern[str] | None:
        lexicon = self.lexicon
        return scheduled_cue(lexicon.scheduled, lexicon.new_clause) if lexicon.scheduled else None

    @cached_property
    def _new_clause(self) -> re.Pattern[str] | None:
        words = self.lexicon.new_clause
        return re.compile(rf"(?<!\w)(?:{words})(?!(?<=\w)\w)", _I) if words else None

    def _clause_after(self, text: str, end: int) -> int:
        """Where the clause of a date ending at ``end`` ends: at the next word that starts
        another clause ("ha firmato il 2 dicembre un memorandum che revoca le restrizioni
        introdotte nel 2022": the year is the relative clause's, not the signing's)."""
        cue = self._new_clause
        cut = cue.search(text, end) if cue is not None else None
        return cut.start() if cut else len(text)

    def _forward(self, text: str, start: int) -> bool:
        """Whether the date at ``start`` is governed by a step still to come."""
        cue = self._scheduled
        return cue is not None and scheduled(cue, text, start)

    @cached_property
    def _killed(self) -> list[re.Pattern[str]]:
        return [re.compile(p, _I) for p in self.lexicon.killed]

    @cached_property
    def _injured(self) -> list[re.Pattern[str]]:
        return [re.compile(p, _I) for p in self.lexicon.injured]

    @cached_property
    def _one(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        return re.compile(self.lexicon.one_killed, _I), re.compile(self.lexicon.one_injured, _I)

    @cached_property
    def _mines(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        return re.compile(self.lexicon.mines, _I), re.compile(self.lexicon.not_a_mine, _I)

    def month_number(self, word: str) -> int | None:
        """ "марта" -> 3, "березня" -> 3, "mars" -> 3; None for a word that is no month."""
        lowered = self.plain(word.lower())
        for stem, number in sorted(self.lexicon.months.items(), key=lambda i: -len(i[0])):
            if compiled(stem, 0).match(lowered):
                return number
        return None

    def plain(self, text: str) -> str:
        """``text`` with Eastern Arabic digits and separators as ASCII ones, and with its
        accents folded (``lexicon.fold``), where the lexicon asks for it; else ``text`` itself.
        Same length: every offset stays."""
        if self.lexicon.eastern_digits:
            text = text.translate(_EASTERN)
        return fold(text) if self.lexicon.fold_accents else text

    def find_dates(self, text: str, anchor: Anchor) -> list[DateMention]:
        """Every date in a sentence; overlaps keep the most specific."""
        text = self.plain(text)
        found: list[DateMention] = []
        for pattern, last in self._parts:  # before the years inside them ("... de 2024")
            for match in pattern.finditer(text):
                stated = match.groupdict().get("year")
                found.append(_mention(match, _iso(_part_year(stated, anchor), last, None), anchor))
        self._periods(text, anchor, found)
        for match, value in numeric_dates(text, anchor):  # "24/2/2025", "03.03.2025"
            if not any(m.start < match.end() and match.start() < m.end for m in found):
                found.append(_mention(match, value, anchor, self._since(text, match.start())))
        for pattern, has_day in self._patterns:
            for match in pattern.finditer(text):
                if any(m.start < match.end() and match.start() < m.end for m in found):
                    continue
                since = self._since(text, match.start(), match.end())
                if match.groupdict().get("month") is not None and not since:
                    # "seit Juli", "depuis juillet": the since word inside a month's match
                    since = self._since(text, match.start("month"))
                if match.groupdict().get("month") is None:
                    if _DECADE.search(text, max(0, match.start() - 20), match.start()):
                        continue  # "des années 1980": a decade is no date
                    found.append(_mention(match, match.group("year"), anchor, since))
                    continue
                month = self.month_number(match.group("month"))
                if month is None:
                    continue
                day = self._day(match) if has_day else None
                if has_day and (day is None or not 1 <= day <= 31):
                    continue
                year = match.groupdict().get("year")
                forward = not year and self._forward(text, match.start())
                own = _contrasted_clause(text, match.start(), self._clause_after(text, match.end()))
                resolved = (
                    int(year) if year else year_less(anchor, month, day, own, forward=forward)
                )
                if not year:
                    resolved = _after_dated(
                        text, found, match.start(), resolved, month, day, anchor
                    )
                found.append(_mention(match, _iso(resolved, month, day), anchor, since))
        if self._relative:
            self._relative_dates(text, anchor, found)
        found = [  # "nato il 3 marzo 1990": a birthday dates nothing
            replace(m, reporting=True) if born_before(text, m.start) else m for m in found
        ]
        found = sorted((_page_date(text, m) for m in found), key=lambda m: m.start)
        return months_of_counted_year(text, found, anchor) if len(found) > 1 else found

    @cached_property
    def _period_patterns(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """``first_months`` and ``month_range`` compiled (None where the lexicon has none)."""
        lexicon, link = self.lexicon, self.lexicon.date_link
        first = re.compile(lexicon.first_months, _I) if lexicon.first_months else None
        ranged = None
        if lexicon.month_range:
            opens, between = lexicon.month_range
            stems = longest_first(lexicon.months)
            ranged = re.compile(
                # a dash may follow the first month unspaced ("в апреле-июне")
                rf"{opens}\b(?:{stems})\w*(?:\s+|(?=[—–-])){between}(?P<month>(?:{stems})\w*)"
                rf"(?:\s+{link}{_YEAR}{lexicon.year_word})?",
                _I,
            )
        return first, ranged

    def _periods(self, text: str, anchor: Anchor, found: list[DateMention]) -> None:
        """Add "the first N months" and ranges of months to ``found``: each is dated by its
        last month (README rule 5); nothing else is read inside them."""
        first, ranged = self._period_patterns
        if first is not None:
            for match in first.finditer(text):
                months = self.parse_number(match.group("n"))
                if months is None or not 1 <= months <= 12:
                    continue
                year = _part_year(match.groupdict().get("year"), anchor)
                found.append(_mention(match, _iso(year, months, None), anchor))
        if ranged is not None:
            for match in ranged.finditer(text):
                if any(m.start < match.end() and match.start() < m.end for m in found):
                    continue
                month = self.month_number(match.group("month"))
                if month is None:
                    continue
                stated = match.group("year")
                year = (
                    int(stated) if stated else year_less(anchor, month, None, text, forward=False)
                )
                found.append(_mention(match, _iso(year, month, None), anchor))

    @cached_property
    def _since_words(self) -> re.Pattern[str] | None:
        return re.compile(self.lexicon.since, _I) if self.lexicon.since else None

    def _since(self, text: str, start: int, end: int | None = None) -> bool:
        """The date at ``start`` opens a period running to now ("depuis 2022"), or is the
        first date of a range ("entre 1993 e 2015", when ``end`` is given)."""
        words = self._since_words
        if words is not None and words.search(text, max(0, start - 60), start) is not None:
            return True
        lexicon = self.lexicon
        if end is None or not lexicon.range_start:
            return False
        opens = self._compiled("range_start").search(text, max(0, start - 30), start)
        return opens is not None and self._compiled("range_next").match(text, end) is not None

    def parse_number(self, phrase: str) -> int | None:
        """ "3" -> 3, "6 279" -> 6279, "2,1 millions" -> 2100000, "1,2 тыс." -> 1200, "двое"
        -> 2, "trois" -> 3; None for a word that is no number or a decimal without a scale
        ("2,5": no count)."""
        value = self.parse_figure(phrase)
        return value if isinstance(value, int) else None

    def parse_figure(self, phrase: str) -> int | float | None:
        """``parse_number``, keeping a decimal without a scale, as an area has ("1,6 km²" ->
        1.6)."""
        word = self.plain(phrase.strip().lower())
        if self.lexicon.dot_thousands:  # "1.234" -> "1234"
            word = _DOT_GROUP.sub("", word)
        elif self.lexicon.comma_thousands:  # "1,250" -> "1250", "2.5" -> "2,5"
            word = _COMMA_GROUP.sub("", word).replace(".", ",")
        if word.isdigit():
            return int(word)
        digits = _SCALED.fullmatch(word)
        if digits is None:
            return self.lexicon.numbers.get(word)
        value = float(re.sub(r"[ \u00a0\u202f]", "", digits.group(1)).replace(",", "."))
        scale = digits.group(2)
        if scale:
            factor = next((f for s, f in self.lexicon.scales.items() if scale.startswith(s)), None)
            if factor is None:
                return None
            value *= factor
        return round(value) if scale or value == int(value) else value

    def find_counts(self, text: str) -> Counts:
        """Killed, injured and the victims counted without a split stated in a sentence."""
        text = blank_including(self.plain(text))
        for pattern, _ in self._patterns[: len(self._day_words) + 3]:
            # a date with its month named is no figure, nor words between a figure and its
            # verb ("Zwei Soldaten wurden am 3. März 2024 ... verletzt": two, never 2024)
            text = pattern.sub(" ", text)
        # nor a year of birth or a year told with its word ("1975 года рождения", "в 2023 году
        # получил ранения": never 1975 or 2023 victims)
        text = _YEAR_NO_COUNT.sub(" ", text)
        if _DIGIT.search(text):  # "due fratelli di 6 e 9 anni": never 9 dead
            text = AGES_NO_COUNT.sub(" ", text)
        one_killed, one_injured = self._one
        killed = self._first(self._killed, text)
        injured = self._first(self._injured, text)
        total = self._first(self._total, text)
        if self.lexicon.unharmed and self._compiled("unharmed").search(text):
            # "Тракторист не постраждав": nobody hurt, not one victim
            unhurt = killed is None and injured is None
            return Counts(killed, 0 if unhurt else injured, total)
        if total is not None and injured == total and killed is not None:
            injured = None  # "пострадали 23 человека, трое из них погибли": 23 is the total
        if killed is None and one_killed.search(text):
            killed = 1
        if injured is None and one_injured.search(text):
            injured = 1
        return Counts(killed, injured, total)

    @cached_property
    def _total(self) -> list[re.Pattern[str]]:
        return [re.compile(p, _I) for p in self.lexicon.total]

    def _first(self, patterns: list[re.Pattern[str]], text: str) -> int | None:
        for pattern in patterns:
            position = 0
            while (match := pattern.search(text, position)) is not None:
                position = match.end()
                if _A_YEAR.fullmatch(match.group("n")) and _YEAR_NAMED.search(
                    text, 0, match.start("n")
                ):
                    # "im Jahr 2016 weltweit mindestens 8605 Menschen": a year; search on
                    position = match.start("n") + 1
                    continue
                value = self.parse_number(match.group("n"))
                if value is not None:
                    return value
        return None

    def find_quantities(self, text: str) -> list[Quantity]:
        """Counts of mines ("12 000 mines antipersonnel", "120 000 протипіхотних мін"), areas
        and items in the lexicon's units ("2,1 millions de m²", "1,2 тыс. гектаров", "38 тыс.
        взрывоопасных предметов"), in the order written."""
        text = self.plain(text)
        out: list[Quantity] = []
        if self.lexicon.mine_count:
            for match in self._compiled("mine_count").finditer(text):
                digits = re.sub(r"[\s\u00a0\u202f.,]", "", match.group("n"))
                # digits alone, or a figure with a scale word ("3,3 millions")
                count = int(digits) if digits.isdigit() else self.parse_number(match.group("n"))
                if count is not None and count >= 2 and not self._anti_vehicle(text, match):
                    out.append(Quantity(count, "mines", match.start(), match.end()))
        if self._units is not None:
            for match in self._units.finditer(text):
                if any(q.start < match.end() and match.start() < q.end for q in out):
                    continue
                unit = next(
                    u for i, (u, _) in enumerate(self.lexicon.units) if match.group(f"u{i}")
                )
                value = (self.parse_figure if unit in _AREAS else self.parse_number)(
                    match.group("n")
                )
                if value is not None and (value >= 2 or unit in _WHOLE_OR_LESS):
                    out.append(converted_area(value, unit, match.start(), match.end()))
        return without_conversions(text, sorted(out, key=lambda q: q.start))

    def _anti_vehicle(self, text: str, count: re.Match[str]) -> bool:
        """Whether a mine count is of anti-tank or anti-vehicle mines, qualified inside it or
        within the few words after it."""
        if not self.lexicon.anti_vehicle:
            return False
        after = text[count.end() : count.end() + 30]
        # the words after the count up to the next item of a list ("1 087 mines
        # antipersonnel, 264 mines antichar": the first count is no anti-tank one)
        cut = _NEXT_ITEM.search(after)
        window = text[count.start() : count.end() + (cut.start() if cut else len(after))]
        return self._compiled("anti_vehicle").search(window) is not None

    @cached_property
    def _units(self) -> re.Pattern[str] | None:
        lexicon = self.lexicon
        if not lexicon.units:
            return None
        scales = sorted(lexicon.scales, key=len, reverse=True)
        units = "|".join(f"(?P<u{i}>{p})" for i, (_, p) in enumerate(lexicon.units))
        number = number_pattern(lexicon.numbers, scales, lexicon.digits)
        return re.compile(rf"{number}\s*(?:(?:{lexicon.of})\s*)?(?:{units})(?![\w²])", _I)

    def _compiled(self, name: str) -> re.Pattern[str]:
        return _compile(self.lexicon, name)

    def _blast_told(self, text: str) -> bool:
        """Whether a sentence tells a blast or a harm (``Lexicon.blast``; none unless listed)."""
        return bool(self.lexicon.blast) and bool(self._compiled("blast").search(self.plain(text)))

    def _weapon_only(self, view: View, drafts: list[Draft]) -> bool:
        """Whether the casualties among ``drafts`` were told of a weapon that is no mine
        (``Lexicon.other_weapon``) in a sentence that names no mine nor remnant
        (``triggers.weapon_only``)."""
        if not any(d.type == "casualty_incident" for d in drafts):
            return False
        weapon = self._compiled("other_weapon")
        return triggers.weapon_only(
            self.plain(view.text), weapon, lambda _: triggers.mine_or_remnant_word(view.text)
        )

    def _suspension_told(self, text: str) -> bool:
        """Whether a sentence tells a suspension of the Convention and no leaving it
        (``Lexicon.suspension``, ``Lexicon.leaving``; never where the lexicon has no
        suspension words)."""
        if not self.lexicon.suspension:
            return False
        text = self.plain(text)
        if self._compiled("suspension").search(text) is None:
            return False
        return not self.lexicon.leaving or self._compiled("leaving").search(text) is None

    def mine_context(self, text: str) -> bool:
        """Whether a sentence is about mines (and not a coal or gold mine)."""
        mines, not_a_mine = self._mines
        text = self.plain(text)
        return bool(mines.search(text)) and not not_a_mine.search(text)

    def draft_events(self, view: View, context: Context) -> list[Draft]:
        """The casualty incident a sentence reports, if it is about mines; then a treaty
        step, a stock destroyed or mines laid, where the lexicon has their words."""
        if view.sentence.chrome or view.sentence.bullet:
            return []
        drafts = (
            self._casualty(view, context)
            + self._other_events(view, context)
            + self._extension(view, context)
        )
        if self.lexicon.other_weapon and self._weapon_only(view, drafts):
            drafts = [d for d in drafts if d.type != "casualty_incident"]
        if self.lexicon.eve and drafts:
            self._eve(view, context, drafts)
        if self.lexicon.same_day and drafts:
            self._same_day(view, context, drafts)
        return drafts

    def _same_day(self, view: View, context: Context, drafts: list[Draft]) -> None:
        """ "The same day" ("в тот же день, что и Литва", "того ж дня"): the last full day the
        document told before, for the drafts that state no day of their own."""
        if not self._compiled("same_day").search(self.plain(view.text)):
            return
        for _, earlier in zip(range(_SAME_DAY_BACK), context.earlier(), strict=False):
            days = [m.value for m in earlier.dates if m.usable and m.value and len(m.value) == 10]
            if days:
                for draft in drafts:
                    if draft.date is None or len(draft.date) < 10:
                        draft.date, draft.own_date = days[-1], True
                return

    def _eve(self, view: View, context: Context, drafts: list[Draft]) -> None:
        """ "The day before" ("накануне обстреляли") after a day the section told just before
        ("... в среду"): the eve of that day, not of publication."""
        eve = self._compiled("eve").search(view.text)
        if eve is None:
            return
        counted = next((m.value for m in view.dates if m.start <= eve.start() < m.end), None)
        told = [
            m.value
            for v in context.previous[-2:]
            if v.sentence.section == view.sentence.section
            for m in v.dates
            if m.usable and m.value and len(m.value) == 10
        ]
        if counted is None or not told:
            return
        before = (date.fromisoformat(told[-1]) - timedelta(days=1)).isoformat()
        for draft in drafts:
            if draft.date == counted:
                draft.date = before

    def _extension(self, view: View, context: Context) -> list[Draft]:
        """An Article 5 extension asked for or granted: ``other`` for the state acting, dated
        by the date nearest its cue (the English ``events._extension``)."""
        if not self.lexicon.extension:
            return []
        text = self.plain(view.text)
        match = self._compiled("extension").search(text)
        if match is None or self._vetoed(view, text):
            return []
        draft = Draft("other", self._subject(view, context, None), view)
        usable = [m for m in view.dates if m.usable and m.value]
        if usable:
            nearest = min(
                usable, key=lambda m: max(m.start - match.end(), match.start() - m.end, 0)
            )
            draft.date, draft.own_date = nearest.value, True
        return [draft]

    def _vetoed(self, view: View, text: str) -> bool:
        """Whether a sentence tells a plan, an intention or a denial (``Lexicon.veto``); a
        state's name is never one, whatever word it spells ("O Irão" is no "irão", they will
        go)."""
        if not self.lexicon.veto:
            return False
        # a relative clause set off by commas is its head's aside ("La Russie, qui n'a jamais
        # signé le traité, pose des mines"): its negation vetoes nothing of the sentence
        asides = [(m.start(), m.end()) for m in _RELATIVE_ASIDE.finditer(text)]
        vetoes = [
            veto
            for veto in self._compiled("veto").finditer(text)
            if not any(m.start <= veto.start() < m.end for m in view.mentions)
            and not any(a <= veto.start() < b for a, b in asides)
        ]
        if not vetoes:
            return False
        # an intention announced holds its modal ("anunciou que vai retirar-se"): the
        # announcement is the step, the plan its content; never a negation ("anunciou que não
        # vai sair")
        announced = [
            step.span()
            for action, step in steps(self, text)
            if step is not None and action.startswith("announce_intent")
        ]
        return any(
            _NEGATION.search(veto.group(0)) or not any(a <= veto.start() < b for a, b in announced)
            for veto in vetoes
        )

    def _other_events(self, view: View, context: Context) -> list[Draft]:
        lexicon, text = self.lexicon, self.plain(view.text)
        if not lexicon.steps and not lexicon.use and not lexicon.destroyed:
            return []
        if self._vetoed(view, text):
            # a plan, an intention to act later, a denial; but a state's intent to produce
            # or buy mines is its policy ("La Pologne entend produire des mines"), where every
            # veto word is the policy's own verb of intent
            return self._intended_policy(view, context, text) + contrasted_uses(
                self, view, context, text
            )
        treaty = treaty_named(self, view, context)
        if (
            treaty is not None
            or treaty_before(self, view, context)
            or leaving_told_before(self, view, context, text)
        ):
            found = steps(self, text)
            if found and found[0][1] is not None and to_come(self, found[0][1]):
                # "Die Regierung hatte den Schritt im März angekündigt; die Erklärung soll ...
                # hinterlegt werden": the step told back, not the one to come
                found = decision_back(self, view, context, text) or found
            for action, step in found or decision_back(self, view, context, text):
                if step and to_come(self, step):
                    break  # "der Austritt Polens wird im Februar wirksam": a step to come
                if step and action in _SCHEDULED_STEPS and _dated_later(view, text, step, context):
                    break  # "... a pris effet en février 2026" told in 2025: not yet taken
                if step:
                    listed: list[str | None] = list(_owners(view, step))
                    listed = listed or list(_listed(view, step.start()))
                    if not listed and not any(m.end <= step.start() for m in view.mentions):
                        # the states named after the verb ("уведомления направили Эстония,
                        # Латвия и Литва") or after the step's noun ("Выход Польши и
                        # Финляндии из конвенции вступил в силу"): each acts
                        listed = list(_listed_after(view, step.end())) or list(
                            _listed_after(view, step.start())
                        )
                    # a name inside the treaty's ("Convention d'Ottawa") is no actor
                    own = treaty is not None and treaty.re.pattern == lexicon.treaty
                    span = treaty.span() if treaty is not None and own else None
                    relative = _relative_state(view, step)
                    actors = (
                        step_owners(self, view, text, step)
                        or relative
                        or listed
                        or _group(view, span)
                        or counted_before(self, view, context, text)
                        or listed_before(self, view, context)
                        or [self._subject(view, context, span, step=True)]
                    )
                    # an announcement is dated by its statement too ("anunciou na terça-feira
                    # que vai retirar-se")
                    spoken = action.startswith("announce_intent")
                    drafts = [
                        self._dated(
                            Draft("treaty_action", actor, view, action=action), view, spoken
                        )
                        for actor in actors
                    ]
                    # a step of leaving told back in the next clause ("...; das Parlament hatte
                    # dem Schritt im Juni zugestimmt") is one too
                    cues = self.lexicon.steps
                    if action in LEAVING_STEPS:
                        cues += self.lexicon.steps_back
                    more = clause_steps(view, text, cues, action, step, actors)
                    told = more or relative  # its own clause dates it
                    day = _clause_date(view, *_clause_of(text, step.end() - 1)) if told else None
                    for draft in drafts if day else []:
                        draft.date = day
                    if more and day is None and step.start() == 0:
                        # a cue read from the sentence's start whose own clause is undated
                        # ("Finnland hat ... am 10. Juli notifiziert, das Parlament hatte
                        # zugestimmt"): background beside the dated step
                        drafts = []
                    drafts += more
                    drafts += self._policy_before_step(view, context, text, step, drafts)
                    done = set(actors)
                    states = self._states_in(view, text)
                    drafts += _gapped(view, states, step.end(), action, done, span)
                    return suspension_claims(drafts, self._suspension_told)
        previous = context.previous[-1] if context.previous else None
        about_mines = view.mine_context or self._named_again(view, context)
        if not about_mines:
            # a figure of land handed back after a sentence about demining is clearance
            about_mines = previous is not None and previous.mine_context
            if about_mines and lexicon.cleared and self._compiled("cleared").search(text):
                return self._clearance(view, context)
            return []
        # the Convention's own title ("... sur l'interdiction ... du stockage ... et sur leur
        # destruction") names stocks and their destruction: never a destruction told
        untitled = self._compiled("treaty").sub(" ", text) if lexicon.treaty else text
        destroyed = lexicon.destroyed and self._compiled("destroyed").search(untitled)
        if destroyed and (
            self._compiled("stock").search(untitled)
            or self._treaty_duty(view, context, text, untitled)
            or self._stock_counted(view, context, untitled)
        ):
            together = bool(lexicon.collective) and self._compiled("collective").search(text)
            actor = None if together else self._subject(view, context, None)
            draft = Draft("stockpile_destruction", actor, view)
            mines = [q for q in view.quantities if q.unit == "mines"]
            if mines:
                draft.quantity, draft.unit = mines[0].value, "mines"
            return [self._dated(draft, view)]
        completed = lexicon.completed and self._compiled("completed").search(text)
        if completed and not view.quantities:
            # a completion declared ("declarado livre de minas", "a remoção da última mina")
            draft = Draft("clearance_progress", _actor(view, context), view)
            return [_dated_completion(draft, view, completed)]
        if destroyed or (lexicon.cleared and self._compiled("cleared").search(text)):
            # mines cleared that a sentence says who laid ("نزعت الفرق 300 لغم زرعتها جماعة
            # الحوثي"): the use too
            laid = self._compiled("use").search(text) if lexicon.use else None
            if laid is None or _NEGATED.search(text, max(0, laid.start() - 12), laid.start()):
                return self._clearance(view, context)  # "a déminé ... et ne pose plus de mines"
            return self._clearance(view, context) + uses(self, view, context, text)
        policy = self._compiled("policy").search(text) if lexicon.policy else None
        if policy is not None:
            # a policy is its announcement: dated by the statement where nothing else dates it
            draft = Draft("policy_change", self._subject(view, context, None, policy=True), view)
            return [self._dated(draft, view, spoken=True)]
        return uses(self, view, context, text) if lexicon.use else []

    def _policy_before_step(
        self, view: View, context: Context, text: str, step: re.Match[str], drafts: list[Draft]
    ) -> list[Draft]:
        """A policy told in a clause of its own before the treaty step of the sentence
        ("L'Italia ha vietato la produzione delle mine con la legge del 29 ottobre 1997, e ha
        ratificato la Convenzione il 23 aprile 1999"): a policy_change dated in its clause; a
        step dated by the policy's day takes its own clause's day instead."""
        if not self.lexicon.policy:
            return []
        policy = self._compiled("policy").search(text, 0, step.start())
        if policy is None or not _CLAUSE_CUT.search(text, policy.end(), step.start()):
            return []
        start, end = _clause_of(text, policy.start())
        if end > step.start():
            return []
        day = _clause_date(view, start, end)
        own = _clause_date(view, *_clause_of(text, step.start()))
        for draft in drafts:
            if own is not None and draft.date == day:
                draft.date = own
        found = Draft("policy_change", self._subject(view, context, None, policy=True), view)
        found.date, found.own_date = day, day is not None
        return [found]

    def _intended_policy(self, view: View, context: Context, text: str) -> list[Draft]:
        """A policy whose cue holds every veto word of a sentence about mines ("va fabriquer
        des mines", "intende produrre mine"): the intent announced is the policy change, as
        the English ``triggers.decision_vetoed``; a negation or modal outside it vetoes."""
        if not self.lexicon.policy or not view.mine_context:
            return []
        policy = self._compiled("policy").search(text)
        if policy is None:
            return []
        vetoes = self._compiled("veto").finditer(text)
        named = [(m.start, m.end) for m in view.mentions]  # a state's name is no veto word
        if any(
            not policy.start() <= v.start() < policy.end()
            and not any(a <= v.start() < b for a, b in named)
            for v in vetoes
        ):
            return []
        draft = Draft("policy_change", self._subject(view, context, None, policy=True), view)
        return [self._dated(draft, view, spoken=True)]

    def _stock_counted(self, view: View, context: Context, untitled: str) -> bool:
        """Mines counted destroyed in a sentence naming no work in the field
        (``Lexicon.field_work``, ``Lexicon.cleared``), right after its section told a stock:
        "Lo Sri Lanka ha completato la distruzione delle sue scorte ... In totale, l'esercito
        ha distrutto 12.135 mine" is the stock's count, as in English (``impacts.stock_told``).
        False where the nearest sentence before telling a stock or the field tells the field,
        or the lexicon has no ``field_work``."""
        lexicon = self.lexicon
        if not (lexicon.field_work and lexicon.stock and lexicon.cleared):
            return False
        if not any(q.unit == "mines" for q in view.quantities):
            return False
        field, cleared, stock = (self._compiled(n) for n in ("field_work", "cleared", "stock"))
        if field.search(untitled) or cleared.search(untitled):
            return False
        for before in reversed(context.section(view)):
            text = self.plain(before.text)
            if field.search(text) or cleared.search(text):
                return False
            if stock.search(text):
                return True
        return False

    def _treaty_duty(self, view: View, context: Context, text: str, untitled: str) -> bool:
        """A count of mines destroyed in a sentence that names the Convention, by its title or
        a common noun ("С момента присоединения к конвенции Украина уничтожила 3,4 млн мин"),
        or of a size only stocks reach (``_STOCK_SIZED``: "в 2015 году в Беларуси было
        уничтожено 612 тысяч мин"),
        or that counts "since then" from a sentence just before that names it ("... ратифікувала
        її у 2005 році. З того часу країна знищила 3,4 млн мін"), with no word of field
        clearance beside the destruction: the stocks its Article 4 binds the state to destroy."""
        lexicon = self.lexicon
        if not (lexicon.treaty and lexicon.treaty_word and lexicon.cleared):
            return False
        mines = [q.value for q in view.quantities if q.unit == "mines"]
        if not mines:
            return False
        named = self._compiled("treaty").search(text) or self._compiled("treaty_word").search(
            untitled
        )
        duty = named is not None or max(mines) >= _STOCK_SIZED
        previous = context.previous[-1] if context.previous else None
        if not duty and lexicon.since_then and previous is not None:
            told = self._compiled("treaty").search(self.plain(previous.text))
            since = self._compiled("since_then").match(text.lstrip())
            duty = told is not None and since is not None
        fieldwork = self._compiled("destroyed").sub(" ", untitled)
        return duty and self._compiled("cleared").search(fieldwork) is None

    def _same_period(self, view: View, text: str, context: Context) -> bool:
        """The sentence refers back to the period of the one before it, in its section."""
        if not self.lexicon.same_period or not context.previous:
            return False
        previous = context.previous[-1]  # across a blank line too: the words refer back
        return not previous.sentence.headline and bool(self._compiled("same_period").search(text))

    def _states_in(self, view: View, text: str) -> list[tuple[int, int, str]]:
        """(start, end, state) of every state the sentence names, by the lexicon's own stems
        ("russes") or by the gazetteer ("la Russie"), left to right, overlaps dropped."""
        found = sorted(
            [
                (match.start(), match.end(), code)
                for stem, code in self.lexicon.states.items()
                for match in compiled(rf"\b{stem}\w*").finditer(text)
            ]
            + [
                (m.start, m.end, m.iso3s[0])
                for m in view.mentions
                if len(m.iso3s) == 1 and not _dateline(view, m)
            ]
        )
        out: list[tuple[int, int, str]] = []
        for item in found:
            if not out or item[0] >= out[-1][1]:
                out.append(item)
        return out

    def _named_again(self, view: View, context: Context) -> bool:
        """The mines named again by a common noun ("ces armes") after sentences about them."""
        if not self.lexicon.anaphora or not self._compiled("anaphora").search(
            self.plain(view.text)
        ):
            return False
        return any(v.mine_context for v in context.previous)

    def about_world(self, view: View) -> bool:
        """The sentence's figure is the world's: a world word of the language ("dans le
        monde", "weltweit"), or the global report it comes from (``MONITOR``: "l'Observatoire
        des mines") with no state named beside it. Never filed under one state (issue 8)."""
        text = self.plain(view.text)
        if self.lexicon.world and self._compiled("world").search(text):
            return True
        return not view.mentions and MONITOR.search(text) is not None

    def tells_world(self, view: View) -> bool:
        """The sentence speaks of the world or names the global report, states beside it or
        not ("Il Landmine Monitor registra vittime in Siria, Ucraina e Myanmar"):
        ``events.world_report``."""
        return self.about_world(view) or MONITOR.search(view.text) is not None

    def _clearance(self, view: View, context: Context) -> list[Draft]:
        """One clearance figure per area or item count of the sentence, where it was done
        (items destroyed with no stock word are destroyed in the field: clearance, K16)."""
        world = self.about_world(view) or world_report(view, context, self.tells_world)
        actor = None if world else _actor(view, context)
        if actor is None and not world:
            # no place named anywhere: the state the lexicon's adjective names
            # ("Kambodschanische Minenräumer haben ... geräumt")
            actor = self._named_state(self.plain(view.text))
        drafts = []
        remains = self._compiled("remains_after") if self.lexicon.remains_after else None
        for quantity in listed_items_dropped(view.quantities, view.text):
            if remains is not None and remains.match(self.plain(view.text), quantity.end):
                continue  # what is left to clear, not what was cleared
            if _REMAINS_BEFORE.search(view.text, max(0, quantity.start - 60), quantity.start):
                continue  # "mentre restano ancora sospetti circa 366 km²", "il reste encore"
            draft = Draft("clearance_progress", actor, view)
            draft.quantity, draft.unit = quantity.value, quantity.unit
            drafts.append(self._dated(draft, view))
        # "... removeram 1.046 minas no mesmo período": the period of the sentence before
        if (
            drafts
            and drafts[0].date is None
            and self._same_period(view, self.plain(view.text), context)
        ):
            for draft in drafts:
                self._dated(draft, context.previous[-1])
        return drafts

    def _named_state(self, text: str) -> str | None:
        """The first state the lexicon's own stems name ("les forces russes" -> RUS)."""
        first = self._first_stem(text)
        return first[1] if first else None

    def _first_stem(self, text: str) -> tuple[int, str] | None:
        """Where the first of the lexicon's own stems stands in ``text``, and its state."""
        found = [
            (match.start(), code)
            for stem, code in self.lexicon.states.items()
            for match in [compiled(rf"\b{stem}").search(text)]
            if match is not None and not _WAR_AFTER.match(text, match.end())
        ]
        # never a foreign presence ("En réponse à l'invasion russe, la Lituanie ...")
        found = [(start, code) for start, code in found if not after_presence(text, start)]
        return min(found) if found else None

    def _state_before(self, view: View, context: Context) -> str | None:
        """For a treaty step naming no state: the state named first in the nearest of the
        three sentences before, by the gazetteer or by the lexicon's own stem ("Das finnische
        Parlament hat ... gestimmt. Die Regierung hatte den Schritt im April angekündigt"),
        never one named as the threat or the invaded."""
        for candidate in reversed(context.previous[-3:]):
            single = [
                (m.start, m.iso3s[0])
                for m in candidate.mentions
                if len(m.iso3s) == 1
                and not _dateline(candidate, m)
                and not actors.named_as_threat(candidate.text, m.start)
            ]
            stem = self._first_stem(self.plain(candidate.text))
            firsts = single[:1] + ([stem] if stem else [])
            if firsts:
                return min(firsts)[1]
        return None

    def _subject(
        self,
        view: View,
        context: Context,
        skip: tuple[int, int] | None,
        policy: bool = False,
        step: bool = False,
    ) -> str | None:
        """The state acting: named by a stem before anything else, else the first state the
        gazetteer finds outside the treaty's name ("Convention d'Ottawa" is not Canada),
        else the state the previous sentences or the document are about. A city or province
        ("an UN-Generalsekretär ... in New York") and a state named as the threat answered
        ("mit der Bedrohung durch Russland begründet") never decide; with ``policy``, nor the
        state the mines go to ("hat die Lieferung von Antipersonenminen an die Ukraine
        genehmigt", "aprovou o envio de minas para a Ucrânia"). With ``step`` (a treaty step),
        a state named by its stem before counts too (``_state_before``), and the state whose
        steps the story told last (``Context.stepper``) when nothing else says."""
        own = self._first_stem(self.plain(view.text))
        recipients = {
            m.iso3s[0]
            for m in view.mentions
            if policy
            and len(m.iso3s) == 1
            and _RECIPIENT.search(view.text, max(0, m.start - 12), m.start)
        }
        single = [
            m
            for m in view.mentions
            if len(m.iso3s) == 1
            and m.iso3s[0] not in recipients
            and m.kind != "region"
            and not (skip and skip[0] <= m.start < skip[1] + 12)
            and not _dateline(view, m)
            and not actors.named_as_threat(view.text, m.start)
        ]
        if single and (own is None or single[0].start < own[0]):
            return single[0].iso3s[0]
        if own is not None:
            return own[1]
        # an armed group named as the one acting, with no state named ("Il Fronte Polisario ...
        # ha dichiarato di aver distrutto ... le mine del suo arsenale"): its home
        home = group_home(view.text)
        home = home or (self._state_before(view, context) if step else None)
        home = home or _actor_outside(view, context) or (context.stepper if step else None)
        return None if home in recipients else home

    @staticmethod
    def _dated(draft: Draft, view: View, spoken: bool = False) -> Draft:
        """``draft`` dated by the most precise event date of the sentence; with ``spoken``,
        else by the day of the statement (``DateMention.announced``)."""
        dated = [m for m in view.dates if m.usable and m.value]
        if not dated and spoken:
            dated = [m for m in view.dates if m.announced]
        if dated:
            draft.date = max(dated, key=lambda m: len(m.value or "")).value
            draft.own_date = True
        return draft

    def _casualty(self, view: View, context: Context) -> list[Draft]:
        # about mines: the sentence, or one of the two before it in its section ("Les civils
        # représentent 84 % des victimes." between the mines and a ranking of victims)
        near = context.previous[-1:] + [
            v for v in context.previous[-2:-1] if v.sentence.section == view.sentence.section
        ]
        more = bool(self.lexicon.more_victims) and not view.mine_context
        more = more and self._compiled("more_victims").match(self.plain(view.text)) is not None
        if more:  # more victims of a blast told up to three sentences before
            near = context.previous[-3:]
        if not (view.mine_context or any(v.mine_context for v in near)):
            return []
        counts = view.counts
        if not counts.stated:
            return self._ranked_alone(view, context)
        actor = None if self.about_world(view) else self._harm_place(view, context)
        apart = self._dated_apart(view)
        if apart:
            return [
                Draft("casualty_incident", actor, view, date, True, killed=k, injured=i)
                for date, k, i in apart
            ]
        named, whole = _named_victim(view), view
        if named is not None:  # the count is dated without the day of the victim it names
            view = view.with_dates([m for m in view.dates if m.end <= named.start()])
        killed, injured = counts.killed, counts.injured
        harmed = bool(killed or injured) or counts.total is not None
        # nobody hurt (``Lexicon.unharmed``): a blast, as the English reader files it
        kind = "casualty_incident" if harmed else "other"
        draft = Draft(kind, actor, view, killed=killed, injured=injured, more_victims=more)
        if counts.total is not None:
            draft.quantity, draft.unit = counts.total, "casualties"
        dated = [m for m in view.dates if m.usable and m.value]
        # never the year a figure is compared with ("un aumento del 75% rispetto al 2014",
        # "le plus haut depuis 2006"): another year's figure, not this one's
        dated = [
            m for m in dated if not _COMPARED_WITH.search(view.text, max(0, m.start - 30), m.start)
        ] or dated
        if dated:
            # the most specific date; of two days, the earlier: a harm is told on or after the
            # day it happened ("أفاد مصدر، اليوم الاثنين، بمقتل طفل ... يوم أمس الأحد")
            finest = max(len(m.value or "") for m in dated)
            draft.date = min(m.value or "" for m in dated if len(m.value or "") == finest)
            draft.own_date = True
        else:  # "depuis 2022, les mines ont tué 300 civils": up to publication
            opened = self._compiled("open_period") if self.lexicon.open_period else None
            draft.date = running_total(view, context.anchor, opened)
            if draft.date is None and counts.total is not None:
                draft.date = _figures_date(view, context)
            elif draft.date is None and not counts.total:
                draft.date = _blast_date(view, context) or detail_date(
                    view, context, self._blast_told
                )
        opened = self._compiled("open_period") if self.lexicon.open_period else None
        draft.period = period_counts(draft, opened)
        if named is not None and harmed:
            return [draft, _victim_named(draft, whole, named), *self._ranked(view, draft)]
        return [draft, *self._ranked(view, draft)]

    def _dated_apart(self, view: View) -> list[tuple[str, int | None, int | None]]:
        """Two incidents told in one sentence, each clause with its own harm and its own date,
        the second opening on more victims ("в июне пастух погиб ..., еще один человек был
        ранен в августе"): (date, killed, injured) of each; empty where the sentence tells
        one incident."""
        if not self.lexicon.more_victims:
            return []
        text = self.plain(view.text)
        more = self._compiled("more_victims")
        cut = next(
            (m.end() for m in _CLAUSE_JOIN.finditer(text) if more.match(text, m.end())), None
        )
        if cut is None:
            return []
        out = []
        for start, end in ((0, cut), (cut, len(text))):
            # each clause's date: the one nearest the cut on its side
            dates = [m.value for m in view.dates if m.usable and m.value and start <= m.start < end]
            counts = self.find_counts(text[start:end])
            if not dates or not (counts.killed or counts.injured):
                return []
            out.append((dates[-1] if start == 0 else dates[0], counts.killed, counts.injured))
        return out if out[0][0] != out[1][0] else []

    def _harm_place(self, view: View, context: Context) -> str | None:
        """Where the harm was (``_actor``); in a sentence naming no state by the gazetteer, a
        state's adjective before a place noun first ("in der nordirakischen Region Kurdistan",
        "im ostukrainischen Gebiet"): the place the sentence names, before any state of the
        sentences around it."""
        if not any(len(m.iso3s) == 1 for m in view.mentions):
            text = self.plain(view.text)
            first = self._first_stem(text)
            if first is not None and _PLACE_NOUN_AFTER.match(text, first[0]):
                return first[1]
        return _actor(view, context)

    def _ranked_alone(self, view: View, context: Context) -> list[Draft]:
        """A ranking of states by their victims with no count of its own ("il Paese con il
        maggior numero di vittime è il Myanmar, con 1.003, seguito dalla Siria"; "la Birmanie
        (2 029 victimes), devant la Syrie (1 015)"): one total per ranked state
        (``events.ranked_totals``). One state with its figure ranks only after a superlative
        (``_MOST``)."""
        if not _VICTIM_NOUN.search(view.text):
            return []
        least = 1 if _MOST.search(view.text) else 2
        return ranked_totals(view, context, self.parse_number, least)

    def _ranked(self, view: View, first: Draft) -> list[Draft]:
        """The other states of a ranking, each with its figure in brackets ("la Birmanie
        (2 029 victimes), devant la Syrie (1 015)"): totals of the same period."""
        if first.quantity is None:
            return []
        out = []
        for mention in view.mentions:
            figure = _BRACKETED.match(view.text, mention.end)
            if figure is None or len(mention.iso3s) != 1 or mention.iso3s[0] == first.actor:
                continue
            value = self.parse_number(figure.group(1))
            if value is not None and value != first.quantity:
                draft = Draft("casualty_incident", mention.iso3s[0], view)
                draft.quantity, draft.unit = value, "casualties"
                draft.date, draft.own_date = first.date, first.own_date
                out.append(draft)
        return out


# a state's adjective (a lexicon stem) before a place noun: German, Russian and Ukrainian put it
# first ("nordirakischen Region", "im ostukrainischen Gebiet", "в иракской провинции")
_PLACE_NOUN_AFTER = re.compile(
    r"\w+\s+(?:Region|Provinz|Stadt|Kleinstadt|Dorf|Gegend|Bezirk|Grenzregion|Gebiet|Ortschaft|"
    r"Hauptstadt|Grenzgebiet|област\w*|район\w*|город\w*|сел[еоі]\w*|регион\w*|провинци\w*|"
    r"місті|міста|регіон\w*|провінці\w*)\b",
    re.IGNORECASE,
)
# the words before a year a figure is compared with, in the languages of the lexicon readers
_COMPARED_WITH = re.compile(
    r"\b(?:rispetto\s+a(?:l|llo)?|dal|dall['’]|par\s+rapport\s+à|comparé\s+à|depuis|"
    r"em\s+relação\s+a(?:o)?|desde|gegenüber|im\s+Vergleich\s+zu|seit)\s+$",
    re.IGNORECASE,
)
# the victims a ranking counts, in the languages of the lexicon readers
_VICTIM_NOUN = re.compile(
    r"\b(?:vittime|victimes|vítimas|Opfer|жертв\w*|постраждал\w*)\b|ضحايا", re.IGNORECASE
)
# a superlative that ranks one state by its own figure ("il maggior numero di vittime è il
# Myanmar, con 1.003", "le plus grand nombre de victimes", "o maior número", "die meisten")
_MOST = re.compile(
    r"\b(?:maggior\s+numero|più\s+alto|plus\s+grand\s+nombre|le\s+plus\s+de|maior\s+número|"
    r"die\s+meisten|höchste\w*|наибольш\w+|найбільш\w+)\b",
    re.IGNORECASE,
)
# a count of mines destroyed at once that only a stockpile reaches: field clearance finds tens
# of thousands a year in the most mined states (Landmine Monitor), stocks run to millions
_STOCK_SIZED = 100_000
# how many sentences back "the same day" may look for the day it repeats
_SAME_DAY_BACK = 8


# a negation in any language read: never an intention's modal
_NEGATION = re.compile(
    r"\b(?:not|no|não|nao|nunca|nie|nicht|nein|kein\w*|ne|non|mai|jamais|не|ні|нет)\b|لا|لن|لم",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")  # the cheap gate of a figure
