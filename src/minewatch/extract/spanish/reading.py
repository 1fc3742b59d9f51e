"""Spanish sentences -> dates, counts and draft events, with the English engine's rules.

The same reading rules as the English engine (``minewatch.extract.dates`` and ``events``): a
full date is used as is; a year-less date takes the publication year and is never after
publication, unless a scheduled verb governs it ("entrará en vigor el 1 de marzo": the next
such day, which dates nothing done); a weekday is the latest such day on or before
publication; a date after "desde" starts a period and is no event date; a weekday right
after "informó/dijo" dates the report. Only the words differ; they live in ``lexicon``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice, pairwise

from minewatch.extract import actors, triggers
from minewatch.extract.casualties import Counts
from minewatch.extract.dates import (
    Anchor,
    DateMention,
    after_publication,
    born_before,
    relative_date,
    scheduled,
    weekday_date,
    year_less,
)
from minewatch.extract.drafts import Draft, View, suspension_claims
from minewatch.extract.events import (
    Context,
    period_counts,
    ranked_totals,
    running_total,
    world_report,
)
from minewatch.extract.gazetteer import Mention
from minewatch.extract.lexicons.figures import COUNTED_STATES, MONITOR, blank_including
from minewatch.extract.numbers import (
    Quantity,
    converted_area,
    listed_items_dropped,
    without_conversions,
)
from minewatch.extract.spanish import lexicon as es

_I = re.IGNORECASE
_MONTH = r"(?P<month>" + "|".join(es.MONTHS) + r")"
_YEAR = r"(?P<year>1[89]\d{2}|20\d{2})"
_DAY = r"(?P<day>[0-3]?\d)(?:\.?[ºo°])?"
_FULL = re.compile(rf"\b{_DAY}\s+de\s+{_MONTH}\s+(?:de|del)\s+(?:año\s+)?{_YEAR}\b", _I)
_DAY_MONTH = re.compile(rf"\b{_DAY}\s+de\s+{_MONTH}\b(?!\s+(?:de|del)\s+\d)", _I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:de|del)\s+{_YEAR}\b", _I)
# "marzo de este año", "octubre del año pasado", "junio del presente año": that month of the
# publication year or of the year before
_MONTH_REL = re.compile(
    rf"\b{_MONTH}\s+(?:de|del)\s+(?:(?P<this>este|el\s+presente|presente)\s+año|"
    rf"(?P<last>(?:el\s+)?año\s+pasado|pasado\s+año))\b",
    _I,
)
# a range of years: "entre 2017 y 2018", "de 2015 a 2019", "entre los años 2010 y 2012" -> the
# end year (a period takes its end, as the English "2019-2023")
_FROM_YEAR = r"(?P<from>1[89]\d{2}|20\d{2})"
_YEAR_RANGE = re.compile(
    rf"\b(?:entre\s+(?:(?:el|los)\s+años?\s+|(?:finales|fines|principios|mediados)\s+de\s+)?"
    rf"{_YEAR}\s+y|de\s+{_FROM_YEAR}\s+(?:a|al|hasta))\s+"
    r"(?:el\s+)?(?P<end>1[89]\d{2}|20\d{2})\b",
    _I,
)
# the start of a range told as two dates: "entre octubre de 2021 y marzo de este año", "de mayo
# de 2019 a enero de 2020": the first date opens the period and dates nothing
_RANGE_OPEN = {
    # ("entre mediados de 2023 y octubre de 2024": the year's own "de" is inside its match)
    "entre": re.compile(
        r"\bentre\s+(?:el\s+|los\s+|(?:finales|fines|principios|mediados)(?:\s+de)?\s+)?$", _I
    ),
    "de": re.compile(r"\bde\s+$", _I),
}
_RANGE_CLOSE = {
    word: re.compile(
        rf"\s+{joins}\s+(?:el\s+|finales\s+de\s+|principios\s+de\s+|mediados\s+de\s+)?"
        r"(?:[0-3]?\d\s+de\s+)?(?:(?:1[89]|20)\d\d\b|(?:" + "|".join(es.MONTHS) + r")\b)",
        _I,
    )
    for word, joins in (("entre", "y"), ("de", "(?:a|al|hasta)"))
}
_PERIOD = re.compile(
    rf"\bentre\s+(?:\w+\s+)?{_MONTH}\s+y\s+(?P<end>" + "|".join(es.MONTHS) + ")", _I
)
# "durante la última semana", "esta semana", "este mes": the publication month
_THIS_WEEK = re.compile(
    r"\b(?:(?:durante\s+)?(?:la\s+)?(?:última|esta)\s+semana|la\s+semana\s+pasada|"
    r"(?:durante\s+|en\s+)?el\s+último\s+mes|"
    r"(?:en\s+)?(?:este|el\s+presente)\s+mes|"
    # recency: "en las últimas semanas", "en los últimos días", "en días recientes"
    r"(?:en\s+|durante\s+)?(?:las\s+últimas\s+semanas|los\s+últimos\s+días|"
    r"(?:días|semanas)\s+recientes))\b",
    _I,
)
# "los primeros ocho meses del año", "el primer semestre de 2025", "el tercer trimestre del año
# pasado": a part of a year, dated by its last month (as the English "first eight months of")
_PART = re.compile(
    r"\b(?:primeros\s+(?P<n>\d{1,2}|\w+)\s+meses|"
    r"(?P<which>primer|segundo|tercer|cuarto)\s+(?P<part>semestre|trimestre))"
    r"(?:\s+(?:de|del)\s+(?:(?:este|presente)\s+año|(?P<last>año\s+pasado|pasado\s+año)|"
    rf"(?:año\s+)?{_YEAR}|año)\b)?",
    _I,
)
_ORDINALS = {"primer": 1, "segundo": 2, "tercer": 3, "cuarto": 4}
# "en lo que va de 2026", "en lo corrido del año": a running total up to publication
_SO_FAR = re.compile(
    rf"\ben\s+lo\s+(?:que\s+va|corrido)\s+(?:de(?:l)?\s+)?(?:(?:este\s+)?año\s+)?(?:{_YEAR})?", _I
)
# "hasta 2015" ends a period: its end is the date (as in English)
_YEAR_ONLY = re.compile(
    rf"\b(?:en|de|del|el|durante|desde|hasta)\s+(?:el\s+)?(?:año\s+)?{_YEAR}\b", _I
)
_WEEKDAY = re.compile(
    # "la madrugada del lunes", "la noche del domingo": the day of a time of day
    r"\b(?:este|el\s+pasado|el|pasado|del)\s+(?P<weekday>" + "|".join(es.WEEKDAYS) + r")\b",
    _I,
)
# "ayer", "anoche", "anteayer", "hoy", "esta mañana": a day counted back from publication
# (as the English "yesterday", ``dates._today``); "hoy en día" is nowadays, no day
_TODAY = re.compile(
    r"\b(?:(?P<two>anteayer|antier|antes\s+de\s+ayer)|(?P<one>ayer|anoche)|"
    r"hoy(?!\s+(?:en\s+)?día)|esta\s+(?:mañana|madrugada|tarde|noche))\b",
    _I,
)
# the International Day for Mine Awareness, 4 April, when Colombia's mine action hands over its
# municipalities ("En el Día Internacional de Sensibilización sobre el Peligro de las Minas, la
# Oficina ... declaró libres ..."); its year by the year-less rule
_MINE_DAY = re.compile(
    r"\bD[íi]a\s+Internacional\s+(?:de\s+(?:la\s+)?)?(?:(?:Sensibilización|Información|"
    r"Concienciación|Concientización)\s+(?:sobre|contra)\s+(?:el\s+)?(?:Peligro|Problema)\s+de\s+"
    r"las\s+Minas|contra\s+las\s+Minas)",
    _I,
)
# a date in figures, the day first as Spanish writes it: "el 10/03/2026", "10-03-2026"
_NUMERIC = re.compile(
    r"(?<![\d.,/])(?P<day>[0-3]?\d)(?P<sep>[/-])(?P<month>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d{2})\b"
)
# "en marzo", "durante febrero", "a finales de octubre": a year-less month
_BARE_MONTH = re.compile(
    rf"\b(?:en|durante|desde|hasta|a\s+(?:finales|principios|mediados|fines)\s+de)\s+"
    rf"{_MONTH}\b(?!\s+(?:de|del)\s+\d)",
    _I,
)
# "el mes pasado", "el año pasado", "hace dos días", "hace una semana"
_LAST = re.compile(r"\bel\s+(?P<unit>mes|año)\s+pasado\b|\bel\s+pasado\s+(?P<unit2>mes|año)\b", _I)
_AGO = re.compile(
    r"\bhace\s+(?P<n>un|una|dos|tres|cuatro|cinco|seis|\d{1,2})\s+"
    r"(?P<unit>días?|semanas?|meses|mes|años?)\b",
    _I,
)
# "el 3 de este mes", "el día 28 del mes pasado": that day of that month (as the English
# "the 3rd of this month", ``dates._ordinal_of_month``)
_MONTH_DAY = re.compile(
    r"\b(?:el\s+)?(?:día\s+)?(?P<day>[0-3]?\d)\s+(?:de\s+(?:este|el\s+presente)\s+mes|"
    r"(?P<last>del\s+mes\s+pasado|del\s+pasado\s+mes))\b",
    _I,
)
_SINCE = re.compile(
    r"\bdesde\s+(?:el\s+|la\s+)?(?:\w+\s+)?$|"
    # the start told as an event and its year: "desde el inicio de las operaciones en 2004"
    r"\bdesde\s+(?:el|la|los|las)\s+(?:[\wáéíóúñ]+\s+){1,6}?(?:en\s+)?$|"
    r"\bdesde\s+que\s+(?:[\wáéíóúñ]+\s+){1,5}?(?:en\s+)?$|"
    # the start of the work: "Los trabajos, iniciados en mayo de 2023, permitieron ..."
    r"\b(?:(?:iniciad|comenzad|empezad)[oa]s?|que\s+(?:se\s+)?(?:inici|comenz|empez)(?:ó|aron))"
    r"\s+(?:en\s+)?(?:el\s+)?(?:mes\s+de\s+|año\s+)?$",
    _I,
)
# a deadline is no event: "antes del plazo del 1 de marzo de 2020", "su plazo vence el 1 de
# marzo", "la fecha límite de diciembre de 2025" (as the English "deadline of")
_DEADLINE = re.compile(
    r"\b(?:plazo|fecha\s+l[íi]mite|vencimiento)\s+(?:(?:fijad|previst|establecid)[oa]\s+)?"
    r"(?:(?:del?|para\s+el|que\s+vence\s+el|vence\s+el|vencía\s+el|venció\s+el)\s+)$",
    _I,
)
_REPORTED = re.compile(
    r"\b(?:informó|informaron|dijo|indicó|señaló|aseguró|reportó|anunció|confirmó|"
    # an accusation's day is the statement's, not the laying's ("acusó este martes a las
    # fuerzas ... de haber lanzado minas ... entre abril y septiembre de 2022")
    r"acusó|acusaron|denunció|denunciaron|advirtió|advirtieron|alertó|alertaron|pidió|pidieron|"
    r"instó|instaron|exigió|exigieron)\s+$|"
    # "el informe publicado este miércoles": the day the figures came out (as Portuguese)
    r"\b(?:publicad|presentad|divulgad|difundid)[oa]s?\s+(?:el\s+|este\s+|esta\s+)?$",
    _I,
)


def find_dates(text: str, anchor: Anchor) -> list[DateMention]:
    """Every date in a Spanish sentence, resolved against ``anchor``; overlaps keep the first
    (the most specific pattern)."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern, resolve in _RESOLVERS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            before = text[max(0, match.start() - 60) : match.start()]
            value = resolve(match, anchor, text)
            since = bool(_SINCE.search(before)) or match.group(0).lower().startswith("desde")
            # "entre octubre de 2021 y marzo de 2022": the first date starts the period
            since = since or any(
                _RANGE_OPEN[word].search(before) and _RANGE_CLOSE[word].match(text, match.end())
                for word in _RANGE_OPEN
            )
            # "anunció el lunes": the day of the statement, which dates only a statement
            speech = pattern in (_WEEKDAY, _TODAY) and bool(_REPORTED.search(before))
            late = after_publication(value, anchor)  # a step still to come dates nothing done
            late = late or bool(_DEADLINE.search(before))
            late = late or born_before(text, match.start())  # "nacido el 3/3/1990"
            found.append(DateMention(match.start(), match.end(), value, since, late, speech=speech))
    return sorted(found, key=lambda m: m.start)


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")


def _full(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    month = es.MONTHS[match.group("month").lower()]
    return _iso(int(match.group("year")), month, int(match.group("day")))


def _day_month(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    month, day = es.MONTHS[match.group("month").lower()], int(match.group("day"))
    return _iso(_year_less(match, anchor, month, day), month, day)


def _year_less(match: re.Match[str], anchor: Anchor, month: int, day: int | None) -> int | None:
    """The English rule (``dates.year_less``): the latest such day on or before publication,
    or the next one on or after it after a scheduled verb ("entrará en vigor el 1 de marzo")."""
    forward = scheduled(es.SCHEDULED, match.string, match.start())
    # a decade is no year of the sentence ("concluyó el pasado 18 de octubre la remoción de los
    # campos que instaló en la década de 1990": October of the publication year)
    text = _DECADE_YEAR.sub(lambda m: " " * len(m.group(0)), match.string)
    return year_less(anchor, month, day, text, forward=forward)


_DECADE_YEAR = re.compile(r"\b(?:década|años)\s+de\s+(?:1[89]|20)\d0\b", _I)


def _month_year(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    return _iso(int(match.group("year")), es.MONTHS[match.group("month").lower()])


def _month_rel(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    if anchor.year is None:
        return None
    month = es.MONTHS[match.group("month").lower()]
    return _iso(anchor.year - (1 if match.group("last") else 0), month)


def _year_range(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    start, end = int(match.group("year") or match.group("from")), int(match.group("end"))
    return _iso(end) if end > start else None


def _period(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    month = es.MONTHS[match.group("end").lower()]
    return _iso(_year_less(match, anchor, month, None), month)


def _part(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    """The last month of the part of a year ``_PART`` read, of the year stated, the year before
    publication ("del año pasado") or the publication year."""
    if match.group("n"):
        months = parse_number(match.group("n"))
        if not isinstance(months, int) or not 1 <= months <= 12:
            return None
    else:
        size = 6 if match.group("part").lower() == "semestre" else 3
        months = size * _ORDINALS[match.group("which").lower()]
        if months > 12:
            return None
    if match.group("year"):
        return _iso(int(match.group("year")), months)
    if anchor.year is None:
        return None
    return _iso(anchor.year - (1 if match.group("last") else 0), months)


def _so_far(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    """A total "so far" this year ends at publication: the publication month of a story with
    a full date (as in English, ``events.running_total``); else the year it names."""
    published = anchor.published
    year = int(match.group("year")) if match.group("year") else anchor.year
    if published is not None and published.is_full and year == published.year:
        return _iso(published.year, published.month)
    return _iso(year)


def _this_week(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    published = anchor.published
    if published is None or not published.is_full:
        return None
    return _iso(published.year, published.month)


def _bare_month(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    month = es.MONTHS[match.group("month").lower()]
    return _iso(_year_less(match, anchor, month, None), month)


def _last(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    """ "el mes pasado" -> the month before publication; "el año pasado" -> the year before."""
    published = anchor.published
    unit = (match.group("unit") or match.group("unit2")).lower()
    if unit == "año":
        return _iso(anchor.year - 1) if anchor.year is not None else None
    if published is None or published.month is None:
        return None
    year, month = divmod(published.year * 12 + published.month - 2, 12)
    return _iso(year, month + 1)


_AGO_NUMBERS = {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6}


def _ago(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    """ "hace dos días" -> that day (a full publication date needed); "hace tres meses" ->
    that month; "hace un año" -> that year (dates.relative_date, as every language counts
    back)."""
    word = match.group("n").lower()
    count = int(word) if word.isdigit() else _AGO_NUMBERS.get(word, 0)
    if not count:
        return None
    unit = match.group("unit").lower()
    if unit.startswith("año"):  # "hace un año": that year (a year ago is a year, as in English)
        return relative_date(anchor, "year", count)
    if unit.startswith("mes"):
        return relative_date(anchor, "month", count)
    return relative_date(anchor, "day", count * (7 if unit.startswith("semana") else 1))


def _year_only(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    if _DECADE.search(text, max(0, match.start() - 12), match.start() + 4):
        return None  # "la década de 1980", "los años de 1980": a decade is no date
    return _iso(int(match.group("year")))


_DECADE = re.compile(r"\b(?:década|años)\s+de\s", _I)


def _month_day(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    month = relative_date(anchor, "month", 1 if match.group("last") else 0)
    day = int(match.group("day"))
    return f"{month}-{day:02d}" if month is not None and 1 <= day <= 31 else None


def _weekday(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    return weekday_date(anchor, es.WEEKDAYS.index(match.group("weekday").lower()))


# a verb in the preterite or the perfect beside "hoy" ("murió hoy", "hoy fue declarado"): the
# day of a thing done, not "hoy" as nowadays ("Hoy Chile es un país libre de minas")
_DONE_TODAY = re.compile(
    r"\b[a-záéíóúñ]+(?:ó|aron|ieron|ió)\s+(?:\w+\s+)?hoy\b|\bhoy\s+(?:\w+\s+)?(?:(?:ha|han|fue|"
    r"fueron|se)\s+)?[a-záéíóúñ]+(?:ó|aron|ieron|ió|ado|ada|ados|adas|ido|ida)\b",
    _I,
)


def _today(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    """ "ayer"/"anoche" -> the day before publication, "anteayer" two days before, "hoy" the
    day itself when a thing done is told beside it (``_DONE_TODAY``); a full publication date
    needed."""
    back = 2 if match.group("two") else 1 if match.group("one") else 0
    if match.group(0).lower() == "hoy" and not _DONE_TODAY.search(
        text, max(0, match.start() - 30), match.end() + 40
    ):
        return None
    return relative_date(anchor, "day", back)


def _mine_day(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    return _iso(_year_less(match, anchor, 4, 4), 4, 4)


def _numeric(match: re.Match[str], anchor: Anchor, text: str) -> str | None:
    day, month = int(match.group("day")), int(match.group("month"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return _iso(int(match.group("year")), month, day)


_RESOLVERS = [
    (_NUMERIC, _numeric),
    (_MONTH_DAY, _month_day),
    (_FULL, _full),
    (_MONTH_YEAR, _month_year),
    (_MONTH_REL, _month_rel),
    (_YEAR_RANGE, _year_range),
    (_PART, _part),
    (_PERIOD, _period),
    (_DAY_MONTH, _day_month),
    (_WEEKDAY, _weekday),
    (_TODAY, _today),
    (_MINE_DAY, _mine_day),
    (_SO_FAR, _so_far),
    (_THIS_WEEK, _this_week),
    (_YEAR_ONLY, _year_only),
    (_BARE_MONTH, _bare_month),
    (_LAST, _last),
    (_AGO, _ago),
]


def parse_number(phrase: str) -> int | float | None:
    """ "6.502" -> 6502, "2,5" -> 2.5, "dos" -> 2, "veinte y tres" -> 23, "más de 40" -> 40."""
    words = re.sub(
        r"^(?:más\s+de|al\s+menos|cerca\s+de|unos|unas|aproximadamente|casi)\s+",
        "",
        phrase.strip().lower(),
    )
    digits = re.match(rf"^({es.DIGITS})(?:\s+(mil|millones|millón))?$", words)
    if digits:
        value = float(digits.group(1).replace(".", "").replace(",", "."))
        value *= es.SCALES.get(digits.group(2) or "", 1)
        return int(value) if value == int(value) else value
    parts = [es.UNITS.get(word) for word in words.split() if word != "y"]
    return sum(parts) if parts and all(p is not None for p in parts) else None  # type: ignore[arg-type]


_KILLED = [re.compile(p, _I) for p in es.KILLED]
_INJURED = [re.compile(p, _I) for p in es.INJURED]
_ONE_KILLED = re.compile(es.ONE_KILLED)
_ONE_INJURED = re.compile(es.ONE_INJURED)
_TOTALS = [re.compile(p, _I) for p in (es.VICTIMS_TOTAL, es.KILLED_OR_INJURED)]


# a unit, a body or a place named by its capitalised words after "de"/"del"/"de la", with its
# number ("del Batallón de Energía Vial No. 5", "de la Brigada Móvil 15", "de la Estación de
# Policía de Tame", "del Ejército de Birmania")
_UNIT_NAME = re.compile(
    r"(?<=\s)(?:del|de\s+la|de\s+los)\s+(?:Batallón|Brigada|División|Compañía|Pelotón|"
    r"Escuadrón|Fuerza|Comando|Estación|Distrito|Regimiento|Grupo|Unidad|Ejército|Armada|"
    r"Infantería|Policía)\b"
    r"(?:\s+(?:de(?:l|\s+la|\s+las|\s+los)?|y)?\s*(?:(?:No\.|N\.º|Nº|nº|n\.º|número|Nro\.)"
    r"\s*\d+|[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*|\d+)){0,6}"
)
_UNHARMED = re.compile(es.UNHARMED, _I)
_JOINED_HARM = re.compile(
    r"\b(?:mataron|mató|matan|mata|matado|hirieron|hirió|hieren|hiere|herido)\s+[oy]\s+"
    r"(?:han\s+)?(?:hirieron|hirió|hieren|hiere|herido|mutilado|mataron|mató|matan|mata|matado)"
    r"\s+(?:a\s+)?(?:(?:más\s+de|al\s+menos|unas?|casi)\s+)?\S+",
    _I,
)
_MORE_VICTIMS = re.compile(es.MORE_VICTIMS)


def find_counts(text: str) -> Counts:
    """Killed, injured and total victims stated in a Spanish sentence."""
    text = blank_including(text)  # "Tres soldados, entre ellos un cabo, murieron"
    # the victims' unit named whole ("Dos soldados del Batallón de Energía Vial No. 5
    # murieron"): its name is no words between the count and the verb, its number no count
    text = _UNIT_NAME.sub(" ", text)
    total = _first(_TOTALS, text)
    # the verbs joined before their victims ("mataron o hirieron a 4.710 personas"): the total,
    # never the injured nor the dead ("hirieron a ..." read alone)
    text = _JOINED_HARM.sub(" ", text)
    killed = _first(_KILLED, text)
    injured = _first(_INJURED, text)
    if _UNHARMED.search(text):  # "el conductor resultó ileso": nobody hurt, not one victim
        return Counts(killed, 0 if killed is None and injured is None else injured, total)
    if killed is None and _ONE_KILLED.search(text):
        killed = 1
    if injured is None and _ONE_INJURED.search(text):
        injured = 1
    return Counts(killed, injured, total)


def _first(patterns: list[re.Pattern[str]], text: str) -> int | None:
    for pattern in patterns:
        for match in pattern.finditer(text):
            # (``n2``: the same count in a pattern's second alternative)
            value = parse_number(match.group("n") or match.groupdict().get("n2") or "")
            if value is not None:
                return int(value)
    return None


# each written area unit by its first letters: "hectárea(s)", "ha"; "metro(s) cuadrado(s)",
# "m²"; "kilómetro(s) cuadrado(s)", "km²"; "milla(s) cuadrada(s)"; "acre(s)"
_AREA_UNITS = (
    ("h", "ha"), ("met", "m2"), ("m2", "m2"), ("m²", "m2"), ("k", "km2"), ("mil", "sq_mile"),
    ("a", "acre"),
)  # fmt: skip


def _area_unit(written: str) -> str | None:
    return next((unit for head, unit in _AREA_UNITS if written.startswith(head)), None)


def find_quantities(text: str) -> list[Quantity]:
    """Areas released ("desminado 40 hectáreas", "1,8 km² despejados") and items destroyed in
    the field after a destruction verb ("destruyeron 1.920 minas", "212 artefactos
    explosivos"), in order; an area still to clear ("quedan 0,3 km² por despejar") is none."""
    out: list[Quantity] = []
    for match in re.finditer(es.CLEARANCE_AREA, text):
        group, unit_group = ("n", "unit") if match.group("n") else ("n2", "unit2")
        unit = _area_unit(match.group(unit_group).lower())
        value = parse_number(match.group(group))
        left = es.AREA_LEFT.search(text, max(0, match.start() - 40), match.end() + 30)
        if unit and value is not None and left is None:
            out.append(converted_area(value, unit, match.start(group), match.end()))
    counts = [
        es.DEVICE_COUNT.match(text, verb.end() - 1) for verb in es.FIELD_DESTROYED.finditer(text)
    ]
    # the count told first: "312 minas antipersonal destruidas", "75 artefactos neutralizados"
    counts += [c for c in es.DEVICE_COUNT.finditer(text) if es.DESTROYED_AFTER.match(text, c.end())]
    seen: set[int] = set()
    for count in counts:
        value = parse_number(count.group("n")) if count else None
        if count is not None and value is not None and value >= 2 and count.start() not in seen:
            seen.add(count.start())
            unit = _DEVICE_UNITS[count.group("unit").split()[0].lower()]
            if unit == "mines" and _ANTI_VEHICLE.match(text, count.end()):
                continue  # "37 minas antitanque": outside the Convention's counts
            out.append(Quantity(value, unit, count.start("n"), count.end()))
    return without_conversions(text, sorted(out, key=lambda q: q.start))


_ANTI_VEHICLE = re.compile(r"\s+anti-?\s?(?:tanques?|carros?|veh[ií]culos?)\b", re.IGNORECASE)
_DEVICE_UNITS = {
    "minas": "mines",
    "artefactos": "explosive_devices",
    "municiones": "uxo",
    "restos": "uxo",
}


def mine_context(text: str) -> bool:
    """Whether a sentence is about mines (and not a coal or gold mine)."""
    if not es.MINE_CONTEXT.search(text):
        return False
    return not es.NOT_A_MINE.search(text) or bool(es.LANDMINE.search(text))


def draft_events(view: View, context: Context) -> list[Draft]:
    """All draft events one Spanish sentence supports."""
    sentence = view.sentence
    if sentence.chrome or sentence.bullet:
        return []
    previous = context.previous[-1] if context.previous else None
    mines = view.mine_context or (previous is not None and previous.mine_context)
    if not mines and _MORE_VICTIMS.match(view.text):  # more victims of a blast told just before
        mines = any(v.mine_context for v in context.previous[-3:])
    if not mines and _VICTIMS.search(view.text) and actors.ranked(view.text, view.mentions):
        # a ranking of victims by state after the mines' total ("Birmania registró el mayor
        # número de víctimas, con 1.003, seguida de Siria (933)")
        mines = any(v.mine_context for v in context.previous[-3:])
    drafts: list[Draft] = []
    drafts += _treaty(view, context)
    drafts += _extension(view, context)
    if mines:
        drafts += _casualty(view, context)
        drafts += _use(view, context)
        drafts += _clearance(view, context)
        drafts += _stockpile(view, context)
        drafts += _policy(view, context)
    elif _mines_in_section(view, context) or (
        _ATTRIBUTED.search(view.text) is not None and _mines_before(context)
    ):
        # a laying told two sentences after the mines ("... al pisar una mina. Según el
        # Ejército, ... Los militares atribuyeron la instalación del artefacto al frente 36"),
        # or further on in a story whose mines were told before ("El Ejército atribuyó la
        # instalación del artefacto a las disidencias" paragraphs after the blast)
        drafts += _use(view, context)
    return _weapon_harm_dropped(view, drafts)


def _weapon_harm_dropped(view: View, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` less their casualties where the sentence tells a cluster weapon's attack and
    names no mine nor remnant (``es.OTHER_WEAPON``, ``triggers.weapon_only``: "un ataque con
    municiones en racimo mató a tres civiles")."""
    if not any(d.type == "casualty_incident" for d in drafts):
        return drafts
    if not triggers.weapon_only(view.text, es.OTHER_WEAPON, triggers.mine_or_remnant_word):
        return drafts
    return [d for d in drafts if d.type != "casualty_incident"]


def _mines_in_section(view: View, context: Context) -> bool:
    """One of the two sentences before, in the same section, is about mines."""
    return any(
        v.mine_context and v.sentence.section == view.sentence.section
        for v in context.previous[-2:]
    )


# the cues that name no mine of their own: the laying of "the device" attributed to someone
_ATTRIBUTED = re.compile(r"atribu|responsabiliz|(?:instal|sembr|coloc)ad[oa]s?\s+por", re.I)
# a mine itself, not any explosion or munition: what "el artefacto" of a later sentence is
_A_MINE = re.compile(r"\b(?:minas?|minad[oa]s?|antipersonal|MAP)\b", re.IGNORECASE)


def _mines_before(context: Context) -> bool:
    """A sentence of the document before this one told of a mine (``_A_MINE``)."""
    return any(_A_MINE.search(v.text) and mine_context(v.text) for v in context.earlier())


def _actor(view: View, context: Context) -> str | None:
    """Where it happened: a region, a state after "en/de", any state named, else the state
    the previous sentences, the section (its opening subject: "El Perú concluyó ..."), the
    next sentence of the section (as the English reader: "Kiev acusa a las tropas rusas ...",
    the accused left out) or the whole document are about."""
    own = _place(view, strict=False)
    if own is not None:
        return own
    for previous in reversed(context.previous[-3:]):
        borrowed = _place(previous, strict=True)
        if borrowed is not None:
            return borrowed
    story = context.topic if context.topic_named else None
    if (story or context.focus) in _accused_before(context):
        # the story's state is the one it accuses ("HRW acusa a Rusia de lanzar minas ... en
        # la ciudad ucraniana de Jersón"): the place told further back, never the accused
        # (none told: the accused's own ground, "acusó a las fuerzas ucranianas de haber
        # lanzado minas sobre la ciudad de Izium")
        for previous in islice(context.earlier(), 3, 8):
            borrowed = _place(previous, strict=True)
            if borrowed is not None:
                return borrowed
    if story is not None:
        return story
    following = context.following
    if (
        following is not None
        and following.sentence.section == view.sentence.section
        and not actors.ranked(following.text, following.mentions)  # parts, not the topic
    ):
        ahead = _place(following, strict=False)
        if ahead is not None and not following.counts.any:
            return ahead
    return context.focus


# the state behind the mines: the one accused ("acusa a las tropas rusas", "acusó a
# Marruecos") or whose forces act ("las fuerzas armenias", "las tropas de Rusia")
_BLAMED_BEFORE = re.compile(
    r"(?:\bacus\w*\s+(?:(?:este|esta|el|la|hoy|ayer)\s+(?:\w+\s+)?)?(?:a\s+)?(?:l[ao]s?\s+)?"
    r"(?:(?:tropas|fuerzas|militares|ejército)\s+"
    r"(?:armad[ao]s\s+)?(?:de\s+)?(?:l[ao]s?\s+)?)?|"
    r"\b(?:tropas|fuerzas|ejército)\s+(?:armad[ao]s\s+)?(?:de\s+)?(?:l[ao]s?\s+)?)$",
    _I,
)


def _accused_before(context: Context) -> set[str]:
    """The states the sentences before accuse of the mines or whose forces laid them."""
    return {
        m.iso3s[0]
        for v in islice(context.earlier(), 8)
        for m in v.mentions
        if len(m.iso3s) == 1 and _blamed(v, m)
    }


def _blamed(view: View, mention: Mention) -> bool:
    """``mention`` names the state accused of the mines or whose forces laid them."""
    return bool(_BLAMED_BEFORE.search(view.text[max(0, mention.start - 60) : mention.start]))


def _forces(view: View, mention: Mention) -> bool:
    """``mention`` is the adjective of forces, troops or soldiers ("soldados tailandeses",
    "las fuerzas armadas marroquíes"): the users of mines a use verb tells after them."""
    return bool(es.FORCES.search(view.text[max(0, mention.start - 40) : mention.start]))


def _across_border(view: View, mention: Mention) -> bool:
    """``mention`` is the other side of a border, alone or in a list after the border word
    ("fronterizas con Perú, Bolivia y Argentina": all three)."""
    before = view.text[max(0, mention.start - 120) : mention.start]
    return bool(es.BORDER_BEFORE.search(before) or _BORDER_LIST.search(before))


# the states listed before, after a border word: "fronterizas con Perú, " before "Bolivia",
# "con Perú, Bolivia y " before "Argentina"; a list ends at its "y" ("con Perú y Bolivia, Chile
# despejó": Chile is no part of it)
_NAME = r"[A-ZÁÉÍÓÚ][\wáéíóúñ]+(?:\s+(?:del?\s+)?[A-ZÁÉÍÓÚ][\wáéíóúñ]+)*"
_BORDER_LIST = re.compile(
    r"\b(?:frontera|límite|limítrofe|fronteriz[oa]s?|colindante)\s+con\s+(?:el\s+|la\s+)?"
    rf"(?:(?:{_NAME}\s*,\s*)+|(?:{_NAME}\s*,\s*)*{_NAME}\s+[ye]\s+)$"
)


_PLACE_NOUN = re.compile(
    r"\b(?:ciudad|región|provincia|localidad|pueblo|aldea|villa|zona|departamento|"
    r"municipio|distrito|capital)\s+$",
    _I,
)


def _place(view: View, *, strict: bool) -> str | None:
    """A region, else a state after "en" (else "de"); unless ``strict``, else the first state named
    ("fronterizo con Ecuador" names a state but places nothing there); never the state
    accused of the mines or whose forces laid them ("las tropas de Rusia")."""
    single = [
        m
        for m in view.mentions
        if len(m.iso3s) == 1 and not _blamed(view, m) and not _across_border(view, m)
    ]
    for mention in single:
        if mention.kind == "region":
            return mention.iso3s[0]
        # a state's adjective after a place noun ("la ciudad ucraniana de Jersón", "la provincia
        # siria de Idlib"): the place named
        if mention.kind in ("adjective", "demonym") and _PLACE_NOUN.search(
            view.text, max(0, mention.start - 20), mention.start
        ):
            return mention.iso3s[0]
    # "en" before "de": "el Centro de Desminado de España informó que se despejaron 50
    # hectáreas en Ucrania" happened in Ukraine
    for before in (es.IN_BEFORE, es.PLACE_BEFORE):
        for mention in single:
            if before.search(view.text[: mention.start]):
                return mention.iso3s[0]
    return single[0].iso3s[0] if single and not strict else None


def _dated(
    view: View, position: int | None, announced: bool = False, end: int | None = None
) -> tuple[str | None, bool]:
    """The date nearest ``position`` (or the cue from ``position`` to ``end``: "concluyó la
    destrucción de sus minas almacenadas en 2001"); with no position, the most specific date
    ("entre enero y marzo" refines "en lo corrido de 2021"). With ``announced``, an event that
    is the statement itself (a declared completion, a treaty step) falls back to the day of
    the statement."""
    usable = [m for m in view.dates if m.usable and m.value]
    if not usable and announced:
        usable = [m for m in view.dates if m.announced]
    if not usable:
        return None, False
    if position is None:
        return max(usable, key=lambda m: len(m.value or "")).value, True
    last = position if end is None else end
    best = min(usable, key=lambda m: max(m.start - last, position - m.end, 0))
    return best.value, True


def _casualty(view: View, context: Context) -> list[Draft]:
    counts = view.counts
    if not counts.any and counts.total is None:
        return _ranked_victims(view, context)
    actor = None if _about_world(view) else _actor(view, context)
    harmed = bool(counts.killed or counts.injured) or counts.total is not None
    kind = "casualty_incident" if harmed else "other"  # nobody hurt: a blast
    draft = Draft(kind, actor, view, killed=counts.killed, injured=counts.injured)
    draft.more_victims = not view.mine_context and bool(_MORE_VICTIMS.match(view.text))
    # a total beside its part: "11.851 víctimas ..., de las cuales 2.319 murieron"
    if counts.total is not None and counts.total > (counts.killed or 0) + (counts.injured or 0):
        draft.quantity, draft.unit = counts.total, "casualties"
    draft.date, draft.own_date = _dated(view, None)
    if draft.date is None:  # "Desde 2022, 300 civiles han muerto": up to publication
        draft.date = running_total(view, context.anchor)
    draft.period = period_counts(draft)
    return [draft]


# the victims a ranking counts ("el mayor número de víctimas", "las víctimas más numerosas")
_VICTIMS = re.compile(r"\bv[ií]ctimas\b|\bbajas\b", _I)


def _ranked_victims(view: View, context: Context) -> list[Draft]:
    """A ranking of states by their victims, each with its own figure ("Birmania registró el
    mayor número de víctimas, con 1.003, seguida de Siria (933) y Ucrania (580)"): one total
    per state (``events.ranked_totals``)."""
    if not _VICTIMS.search(view.text):
        return []
    return ranked_totals(view, context, parse_number)


# a clause of its own after the use told ("las fuerzas rusas han utilizado minas ..., y que el
# Ejército de Myanmar también las ha empleado"; "...; Moscú acusa a Kiev de ..."), and an
# accusation told after a denial ("Moscú niega usar minas contra civiles y acusa a Kiev de
# haber sembrado minas"): each clause tells its own use
_NEXT_CLAUSE = re.compile(r",\s+y\s+que\s+|;\s*|\s+y\s+(?:a\s+su\s+vez\s+)?(?=acus)", _I)


def _use(view: View, context: Context) -> list[Draft]:
    drafts, end = _use_from(view, context, 0)
    while end is not None:
        clause = _NEXT_CLAUSE.search(view.text, end)
        if clause is None:
            break
        more, end = _use_from(view, context, clause.end())
        told = {(d.actor, d.by_group) for d in drafts}  # a user told again is one claim
        drafts += [replace(d, apart=True) for d in more if (d.actor, d.by_group) not in told]
    return drafts


def _use_from(view: View, context: Context, start: int) -> tuple[list[Draft], int | None]:
    """The use allegations of the first use cue from ``start``, with where the cue ends (none
    where no cue is read)."""
    match = es.USE.search(view.text, start)
    while match is not None and _left_by_no_one(view.text, match):
        match = es.USE.search(view.text, match.end())
    if match is None:
        return [], None
    if _planned(view.text, match.start()):
        return [], None
    if es.DENIED.search(view.text[max(0, match.start() - 60) : match.start()]):
        return [], match.end()  # "El ejército negó haber sembrado minas"
    return _use_at(view, context, match), match.end()


def _use_at(view: View, context: Context, match: re.Match[str]) -> list[Draft]:
    if match.group(0).lower().startswith(_INFINITIVES) and es.ALLOWED_USE.search(
        view.text[max(0, match.start() - 80) : match.start()]
    ):
        return []  # "autorizó a los comandantes a emplear minas": a policy, not a use
    group = es.NON_STATE.search(view.text)
    # "acusó a Marruecos de haber sembrado minas": the accused is inside the accusation; the
    # agent after "por" ("fueron colocadas por las fuerzas marroquíes"); else the users told
    # before the verb ("Según Camboya, soldados tailandeses habrían sembrado"), never the
    # place after it ("Rusia sembró minas en Ucrania")
    cue = match.group(0).lower()
    accusation = cue.startswith(("acus", "responsabiliz"))
    if accusation:
        accused = _accused_state(view, match.start())
    elif re.search(r"\bpor(?:\s+parte\s+del?)?$", cue):
        accused = _accused_state(view, match.end())
    else:
        accused = _user_before(view, match.start())
    forces = [
        m
        for m in view.mentions
        if m.end <= match.start() and (_blamed(view, m) or _forces(view, m))
    ]
    if forces and not accusation:  # "Las tropas rusas sembraron minas ..., dijo Ucrania"
        accused = forces[-1].iso3s[0]
    # "El ejército y grupos armados sembraron minas": the state's forces and a group as one
    # subject are two users, two allegations (as the English reader's ``_army_and_group``)
    both = not accusation and _army_and_group(view.text, match.start())
    place = _actor(view, context)
    if _devices_only(view.text, match) and _countries_after(view.text, match):
        return []  # "usaron artefactos explosivos improvisados en países como ...": no mines
    listed = [] if accusation else _listed_users(view, match)
    if listed:  # a monitor's list of users: one allegation per listed state
        draft = Draft("use_allegation", None, view, by_group=group is not None)
        draft.date, draft.own_date = _dated(_outside_asides(view, match.start()), match.start())
        # a state listed for its forces and again for groups in it is two users (as ``both``)
        return [
            replace(draft, actor=code, by_group=by_group, apart=True) for by_group, code in listed
        ]
    drafts = []
    for by_group in [False, True] if both else [group is not None]:
        actor = (None if by_group else accused) or place
        if actor is None and by_group:  # "El ELN instaló minas": the group's home (COL)
            actor = actors.group_home(view.text)
        draft = Draft("use_allegation", actor, view, by_group=by_group)
        draft.date, draft.own_date = _dated(_outside_asides(view, match.start()), match.start())
        drafts.append(draft)
    if group is not None and not both:
        # "atribuye la siembra al ELN, a las disidencias de las FARC y al Clan del Golfo":
        # each group named is a user, one claim each, never merged into one another
        users = _named_groups(view.text, match)
        drafts += [replace(drafts[0], apart=True) for _ in users[1:]]
    return drafts


_INFINITIVES = (
    *("sembrar", "instalar", "colocar", "plantar", "enterrar", "utilizar", "lanzar", "usar"),
    "emplear",
)


# where a monitor's list of users starts: the forces of states ("por parte de las fuerzas de
# Myanmar y de Rusia"), armed groups by where they are ("grupos armados en Colombia, India y
# Pakistán"), or the countries of the use ("en al menos cinco países, entre ellos ...", "en
# países como ...")
_USERS_HEAD = re.compile(
    r"\b(?:fuerzas|tropas)(?:\s+(?:armadas|gubernamentales|de\s+seguridad))?\s+"
    r"(?:de\s+(?:l[ao]s?\s+)?|del\s+|"
    # the state as an adjective: "por parte de las fuerzas armadas rusas en Ucrania y de las
    # fuerzas armadas de Myanmar" (the adjective must be a state's, read where the list is)
    r"(?P<adjective>(?=[^\W\d_]+\b)))"
    # (groups in a count of countries: the countries head reads their list)
    r"|\bgrupos\s+armados(?:\s+no\s+estatales)?\s+en\s+"
    r"(?!(?:(?:al\s+menos|m[aá]s\s+de)\s+\w+\s+)?pa[ií]ses)"
    r"|\ben\s+(?:(?:al\s+menos|m[aá]s\s+de)\s+\w+\s+)?pa[ií]ses\s*,?\s*"
    r"(?:entre\s+ellos|como|incluid[oa]s|incluyendo)\s+",
    _I,
)
# where the subject of the use verb starts: a clause told by a source or a speaker ("según",
# "denunciaron que grupos armados usaron")
_CLAUSE_OPENS = re.compile(r";|:|\bque\b|,\s+seg[uú]n\b", _I)
# between two states of one list ("Colombia, India y Pakistán", "de Myanmar y de Rusia")
_LIST_JOIN = re.compile(r"\s*(?:,\s*|\s[ye]\s+)(?:de\s+)?(?:(?:el|la|los|las)\s+)?", _I)
_ARTICLE = re.compile(r"(?:(?:el|la|los|las)\s+)?", _I)
# what a list of countries after the use may be instead: of the harmed, the donors, the parties
_NOT_USERS = re.compile(r"v[ií]ctimas|muert|herid|afectad|donant|ratific|adhi|contamin", _I)


_COLON = re.compile(r":\s*")


def _listed_users(view: View, cue: re.Match[str]) -> list[tuple[bool, str]]:
    """The states a monitor lists as users of the mines at ``cue``, in its clause (between
    semicolons), each with whether a group used them there: the forces' states and the
    countries where armed groups used them; none unless at least two states are listed, so a
    single user keeps the readings above."""
    text = view.text
    start = max([0, *(m.end() for m in _CLAUSE_OPENS.finditer(text, 0, cue.start()))])
    end = text.find(";", cue.end())
    end = len(text) if end < 0 else end
    single = sorted((m for m in view.mentions if len(m.iso3s) == 1), key=lambda m: m.start)
    codes: list[tuple[bool, str]] = []
    heads = list(_USERS_HEAD.finditer(text, start, end))
    # the subject counts states, listed after a colon ("las fuerzas de cuatro Estados usaron
    # minas: Israel, Libia, Myanmar y Siria"; as the lexicon readers' ``COUNTED_STATES``)
    counted = COUNTED_STATES.search(text, max(start, cue.start() - 80), cue.start())
    colon = _COLON.search(text, cue.end(), end) if counted else None
    if colon is not None and not any(m.start == colon.end() for m in single):
        colon = None  # "..., dijo el informe: lo escribió Italia" lists no users
    if (
        colon is not None
        and colon.start() - cue.end() <= 80
        and "," not in text[cue.end() : colon.start()]
    ):
        heads.append(colon)
    for head in heads:
        countries = head.group(0).lower().startswith("en")
        if countries and head.start() < cue.end():
            continue  # "desminado en países, entre ellos ..., donde se usaron": no user list
        if head.start() > cue.end() and _NOT_USERS.search(text, cue.end(), head.start()):
            continue  # "... causaron víctimas en países como ..."
        by_group = not head.group(0).lower().startswith(("fuerzas", "tropas", ":"))
        if head.group("adjective") is not None and head.start() < cue.end():
            continue  # "las fuerzas armadas colombianas destruyeron minas sembradas por ..."
        article = _ARTICLE.match(text, head.end())
        at = article.end() if article else head.end()
        for mention in single:
            if mention.start < at or mention.start >= end:
                continue
            if mention.start != at:
                break
            codes.append((by_group, mention.iso3s[0]))
            joined = _LIST_JOIN.match(text, mention.end)
            if joined is None:
                break
            at = joined.end()
    unique = list(dict.fromkeys(codes))
    return unique if len({code for _, code in unique}) >= 2 else []


# what makes an improvised device a mine: named a mine, set off by its victim or a mine's type
# ("artefactos explosivos improvisados activados por la víctima", "tipo mina antipersonal")
_DEVICE_A_MINE = re.compile(
    r"\bminas?\b|\bMAP\b|\bactivad[oa]s?\s+por\s+(?:la\s+|las\s+)?v[ií]ctimas?|\btipo\s+mina", _I
)


def _devices_only(text: str, cue: re.Match[str]) -> bool:
    """The use at ``cue`` is of improvised explosive devices that the clause never makes mines
    (``_DEVICE_A_MINE``): a monitor's list of the countries where groups used them lists no
    mine users (an IED is no anti-personnel mine unless victim-activated)."""
    end = text.find(";", cue.end())
    clause = text[cue.start() : len(text) if end < 0 else end]
    return _DEVICE_A_MINE.search(clause) is None


def _countries_after(text: str, cue: re.Match[str]) -> bool:
    """A monitor's countries of use follow the use at ``cue`` in its clause ("en países como
    ...", "en al menos tres países, entre ellos ...")."""
    end = text.find(";", cue.end())
    heads = _USERS_HEAD.finditer(text, cue.end(), len(text) if end < 0 else end)
    return any(head.group(0).lower().startswith("en") for head in heads)


def _left_by_no_one(text: str, match: re.Match[str]) -> bool:
    """Mines "left" (cue "dejaron minas") with no forces or fighters before the verb: "la guerra
    dejó minas en los campos" accuses no one."""
    left = match.group(0).lower().startswith("dej")
    return left and not es.LEAVERS.search(text, max(0, match.start() - 80), match.start())


# a clause set off by commas that tells of a noun: a relative ("..., que se firmó en 2016, ...")
# or a participle ("las FARC, disuelta como guerrilla en 2017, y ..."), regular or irregular
_ASIDE = re.compile(
    r",\s+(?:que|quien|quienes|el\s+cual|la\s+cual|[\wáéíóúñ]+(?:ad|id)[oa]s?|(?:disuelt|"
    r"resuelt|devuelt|muert|puest|dich|hech|escrit|abiert|cubiert|vist|rot)[oa]s?)\s[^,;()]"
    r"{0,120}?,"
)


def _outside_asides(view: View, position: int) -> View:
    """``view`` less the dates inside a clause between commas that ``position`` is not in:
    "acusa ... a las FARC, disuelta como guerrilla en 2017, y al ELN de seguir sembrando
    minas" leaves the laying undated."""
    spans = [a.span() for a in _ASIDE.finditer(view.text) if not a.start() <= position < a.end()]
    if not spans:
        return view
    return view.with_dates([m for m in view.dates if not any(a <= m.start < b for a, b in spans)])


# between two names of one group ("las disidencias de las FARC", "de las antiguas FARC", "la
# guerrilla del ELN", "grupos armados como el Clan del Golfo")
# (a front or block of it named between: "las disidencias del frente 36 de las antiguas FARC")
_SAME_GROUP = re.compile(
    r"\s*(?:\(|(?:del?\s+(?:la\s+|el\s+)?(?:frente|bloque|columna|estructura|comando)\s+[\w-]+"
    r"(?:\s+[\w-]+)?\s+)?(?:de\s+l[ao]s?|del)(?:\s+(?:antigu|extint|ex)\w*)?|"
    r"como\s+(?:el|la|los|las))?\s*",
    re.I,
)
# where the users told after an attribution end: a relative clause about one of them ("..., que
# se disputa la zona con el ELN"), another clause (", y alerta de"), a semicolon
_USERS_END = re.compile(r",\s+(?:que|quien|quienes|el\s+cual|la\s+cual|y\s+(?!al?\s|a\s+l))|;")
# a group by its own name, not a kind of group ("grupos armados", "la guerrilla")
_GROUP_NAME = re.compile(r"\b(?:FARC|Farc|ELN|disidencias?|Clan\s+del\s+Golfo|AGC)\b")


def _named_groups(text: str, cue: re.Match[str]) -> list[str]:
    """The groups a use is laid to, each once, where the cue names them as its agents: after
    an attribution, an accusation or "por", up to the end of their clause ("atribuye la siembra
    al ELN, a las disidencias y al Clan del Golfo"); two names of one group ("las disidencias
    de las FARC") are one. Groups joined as the subject of the verb ("el ELN y las disidencias
    siguen sembrando") are one user told jointly, as the eval-dev gold reads them: none here."""
    if not (
        re.match(r"atribu|acus|responsabiliz", cue.group(0), re.I)
        or cue.group(0).endswith(("por", "por parte de", "por parte del"))
    ):
        return []
    # the accused are inside an accusation's cue ("acusó al ELN ... de haber sembrado")
    end = _USERS_END.search(text, cue.end())
    names: list[re.Match[str]] = []
    for name in _GROUP_NAME.finditer(text, cue.start(), end.start() if end else len(text)):
        if names and _SAME_GROUP.fullmatch(text, names[-1].end(), name.start()):
            names[-1] = name  # one group: keep its last name
            continue
        names.append(name)
    return list(dict.fromkeys(n.group(0) for n in names))


def _army_and_group(text: str, position: int) -> bool:
    """The subject of the use verb at ``position`` joins a state's forces and a non-state
    group by "y" ("el ejército y los paramilitares sembraron", "la guerrilla y las tropas")."""
    start = max(text.rfind(",", 0, position), text.rfind(";", 0, position) + 1, position - 110)
    return es.ARMY_AND_GROUP.search(text, max(start, 0), position) is not None


def _user_before(view: View, position: int) -> str | None:
    """The state named last before a use verb in its clause (after the last comma, so a
    source told first is no user: "Según Camboya, soldados tailandeses ..."), never one after
    a preposition of place ("En Ucrania las fuerzas rusas": RUS)."""
    clause = max(view.text.rfind(",", 0, position), view.text.rfind(":", 0, position)) + 1
    named = [
        m
        for m in view.mentions
        if clause <= m.start
        and m.end <= position
        and len(m.iso3s) == 1
        and not es.PLACE_BEFORE.search(view.text[max(0, m.start - 20) : m.start])
    ]
    return named[-1].iso3s[0] if named else None


# the world named ("en el mundo", "a nivel mundial", "en todo el planeta")
_WORLD = re.compile(
    r"\ben\s+(?:todo\s+)?el\s+(?:mundo|planeta)\b|\ba\s+nivel\s+mundial\b|\bmundial(?:es)?\b", _I
)


def _about_world(view: View) -> bool:
    """A figure of the world: a world word, or the global report (``MONITOR``) with no state
    named beside it; never filed under one state."""
    if _WORLD.search(view.text):
        return True
    return not view.mentions and MONITOR.search(view.text) is not None


def _tells_world(view: View) -> bool:
    """The sentence speaks of the world or names the global report, states beside it or not:
    ``events.world_report``."""
    return _about_world(view) or MONITOR.search(view.text) is not None


def _accused_state(view: View, position: int) -> str | None:
    after: list[Mention] = [m for m in view.mentions if m.start >= position and len(m.iso3s) == 1]
    return after[0].iso3s[0] if after else None


def _clearance(view: View, context: Context) -> list[Draft]:
    """A declared completion, else one clearance figure per area or item count (each its own
    claim, as in English); items destroyed with a stock word are a stockpile's."""
    done = es.CLEARANCE_DONE.search(view.text)
    area = es.CLEARANCE_AREA.search(view.text)
    stock = es.STOCKPILE.search(view.text) or _stock_counted(view, context)
    field = None if stock else _field_cue(view.text)
    cue = done or area or field
    if cue is None or _planned(view.text, cue.start()):
        return []
    drafts: list[Draft] = []
    world = _about_world(view) or world_report(view, context, _tells_world)
    actors: list[str | None] = [None] if world else _actors(view, context, cue.start())
    # "los equipos de desminado españoles han destruido", "minas sembradas durante la guerra
    # entre Israel y Hezbolá": who cleared and who laid them, never where
    others = {m.iso3s[0] for m in _no_place_of_clearance(view) if len(m.iso3s) == 1}
    if others and set(actors) <= others:
        kept = _no_place_of_clearance(view, keep=True)
        where = _actor(replace(view, mentions=kept), context)
        actors = [where] if where is not None else actors
    for actor in actors:
        listed = listed_items_dropped(view.quantities, view.text)
        figures: list[Quantity | None] = list(listed) or [None]
        for quantity in figures:
            draft = Draft("clearance_progress", actor, view)
            if quantity is not None:
                draft.quantity, draft.unit = quantity.value, quantity.unit
            own = _laying_dates_dropped(view)
            draft.date, draft.own_date = _dated(own, cue.start(), announced=done is not None)
            if draft.date is None and quantity is not None and done is None:
                draft.date = _handover_day(own, context)
            if draft.date is None and quantity is not None:  # "Desde 2004, ... han destruido"
                draft.date = running_total(view, context.anchor)
            drafts.append(draft)
    return drafts


# the workers a state's adjective gives a nationality ("los equipos de desminado españoles",
# "los cascos azules españoles", "los militares españoles desplegados en el Líbano"): who
# cleared, never where
_OPERATORS_BEFORE = re.compile(
    r"\b(?:equipos?(?:\s+de\s+desminado)?|desminadores|cascos\s+azules|militares|soldados|tropas|"
    r"contingentes?|ingenieros|zapadores|expertos|técnicos|brigadas?(?:\s+de\s+desminado)?)\s+$",
    _I,
)


# who laid the mines cleared, after the participle ("sembradas durante la guerra entre Israel y
# Hezbolá", "instaladas por el ejército peruano"), never a place after "en" ("sembradas por el
# ejército peruano en Ecuador")
_LAID_BY = re.compile(
    r"\b(?:sembrad|instalad|colocad|plantad|enterrad|dejad)[oa]s\s+(?:(?!en\s)\w+\s+){0,6}?$", _I
)


def _no_place_of_clearance(view: View, *, keep: bool = False) -> list[Mention]:
    """The states of ``view`` named as the workers' nationality (``_OPERATORS_BEFORE``) or as
    who laid the mines cleared (``_LAID_BY``: "sembradas durante la guerra entre Israel y
    Hezbolá"); with ``keep``, the other mentions instead."""

    def elsewhere(mention: Mention) -> bool:
        before = view.text[max(0, mention.start - 40) : mention.start]
        if mention.kind in ("adjective", "demonym") and _OPERATORS_BEFORE.search(before):
            return True
        return _LAID_BY.search(view.text, max(0, mention.start - 80), mention.start) is not None

    return [m for m in view.mentions if elsewhere(m) != keep]


# the mines' own laying, told by a participle after them ("destruyeron 6.931 minas sembradas
# durante el conflicto de 1995", "minas colocadas en 1998"): its date is the laying's
_LAID_WHEN = re.compile(
    r"\b(?:sembrad|instalad|colocad|plantad|enterrad|dejad)[oa]s\s+(?:\w+\s+){0,6}?$", _I
)


def _laying_dates_dropped(view: View) -> View:
    """``view`` less the dates that tell when the mines cleared had been laid."""
    kept = [m for m in view.dates if not _LAID_WHEN.search(view.text, 0, m.start)]
    return view if len(kept) == len(view.dates) else view.with_dates(kept)


def _handover_day(view: View, context: Context) -> str | None:
    """The figures of the work whose completion was just declared, with no date of their own,
    take the declaration's day ("El municipio fue declarado este martes libre de sospecha de
    minas ... Durante 26 meses de trabajo, los equipos despejaron 312.450 metros cuadrados"; as
    the English ``events._WORK_DONE``): the nearest sentence before that declares it, with no
    dated sentence between. A running total told from its start ("Desde 2014, ...") is not
    one: it ends at publication (``running_total``)."""
    if view.dates:
        return None  # a period of its own ("Durante 2017, ..."), or a start
    for previous in reversed(context.previous):
        if previous.sentence.headline:
            continue
        days = [m.value for m in previous.dates if (m.usable or m.announced) and m.value]
        if es.CLEARANCE_DONE.search(previous.text):
            return max(days, key=len) if days else None
        if previous.dates:
            return None
    return None


def _field_cue(text: str) -> re.Match[str] | None:
    """Items destroyed in the field: a destruction verb before its count, or a participle after
    it ("312 minas antipersonal destruidas")."""
    for verb in es.FIELD_DESTROYED.finditer(text):
        # a day between the verb and its count ("retiraron la semana pasada 300 minas"): the
        # count must be of items ("retiraron el lunes 40 metros de alambre" is none)
        if not verb.group("day") or es.DEVICE_COUNT.match(text, verb.end() - 1):
            return verb
    return next(
        (c for c in es.DEVICE_COUNT.finditer(text) if es.DESTROYED_AFTER.match(text, c.end())),
        None,
    )


def _actors(view: View, context: Context, cue: int) -> list[str | None]:
    """The states listed as the subject (``_subjects``), else the one ``_actor`` gives."""
    listed: list[str | None] = list(_subjects(view, cue))
    return listed or [_actor(view, context)]


_LIST_GAP = re.compile(r"\s*,\s*|\s+[ye]\s+")


# a source told first: "Según Moscú, ...", "De acuerdo con Kiev, ..."
_SOURCE_BEFORE = re.compile(r"\b(?:según|de\s+acuerdo\s+con|para)\s+(?:el\s+|la\s+)?$", _I)


def _subjects(view: View, cue: int) -> list[str]:
    """States listed as the subject before the verb ("Ecuador y Perú concluyeron ...",
    "Chile, Perú y Ecuador ..."): each is an actor; empty unless two or more are listed."""
    before = [m for m in view.mentions if m.end <= cue and len(m.iso3s) == 1]
    if before and _SOURCE_BEFORE.search(view.text[: before[0].start]):
        before = before[1:]  # "Según Moscú, Kiev notificó ...": the source is no subject
    if len(before) < 2 or es.PLACE_BEFORE.search(view.text[: before[0].start]):
        return []
    if _across_border(view, before[0]):
        return []  # "en las regiones fronterizas con Perú, Bolivia y Argentina"
    joined = all(_LIST_GAP.fullmatch(view.text[a.end : b.start]) for a, b in pairwise(before))
    codes = list(dict.fromkeys(m.iso3s[0] for m in before))
    return codes if joined and len(codes) > 1 else []


def _stock_counted(view: View, context: Context) -> re.Match[str] | None:
    """The cue of mines counted destroyed (``_field_cue``, a verb of destroying) in a sentence
    naming no work in the field (``es.FIELD_WORK``), right after its section told a stock:
    "Sri Lanka ha completado la destrucción de sus reservas ... En total, el Ejército destruyó
    12.135 minas" is the stock's count, as in English (``impacts.stock_told``). None where the
    nearest sentence before telling a stock or the field tells the field."""
    cue = _field_cue(view.text)
    if cue is None or "destru" not in cue.group(0).lower() or es.FIELD_WORK.search(view.text):
        return None
    counts = es.DEVICE_COUNT.finditer(view.text)
    if not any(m.group("unit").lower().startswith("minas") for m in counts):
        return None
    for before in reversed(context.section(view)):
        if es.FIELD_WORK.search(before.text) or es.CLEARANCE_AREA.search(before.text):
            return None
        if es.STOCK_WORD.search(before.text):
            return cue
    return None


def _stockpile(view: View, context: Context) -> list[Draft]:
    match = es.STOCKPILE.search(view.text) or _stock_counted(view, context)
    if match is None or _planned(view.text, match.start()):
        return []
    drafts: list[Draft] = []
    # the mines counted after the cue ("destruyó 12.135 minas"), in its clause
    mines = [q for q in view.quantities if q.unit == "mines" and q.start >= match.start()]
    for actor in _actors(view, context, match.start()):
        draft = Draft("stockpile_destruction", actor, view)
        if mines:
            draft.quantity, draft.unit = mines[0].value, "mines"
        draft.date, draft.own_date = _dated(view, match.start(), end=match.end())
        drafts.append(draft)
    return drafts


def _policy(view: View, context: Context) -> list[Draft]:
    """A state's own policy on mines: ``es.POLICY`` read first, ``es.PLEDGE`` only where it
    finds nothing.

    - ``es.POLICY``, a ban lifted or ordered, a use or transfer allowed: one draft per state
      acting at the cue (``_announced``: the nearest date, else the day of the statement);
    - ``es.PLEDGE``, a pledge never to use or make mines, a policy reversed, production resumed
      or decided: one draft for the government that pledges (named before the cue in its
      clause, else the sentence's state), dated by the statement's day told before the cue
      ("anunció el martes que ... no utilizará minas": a pledge is its announcement); never on
      anti-tank mines alone ("reanudará la producción de minas antitanque"), outside the
      Convention.
    """
    if es.OTHER_MINES_ONLY.search(view.text) and not es.PERSONNEL.search(view.text):
        return []  # anti-tank mines alone: outside the Convention
    allowed = es.POLICY.search(view.text)
    if allowed is not None:
        if _planned(view.text, allowed.start()):
            return []  # "podría autorizar el envío de minas"
        decider = _user_before(view, allowed.start())
        clause = view.text[max(0, view.text.rfind(",", 0, allowed.start())) : allowed.start()]
        if decider is None and _TREATY_SUBJECT.search(clause):
            return []  # "La Convención de Ottawa prohíbe el uso de minas": the treaty's own ban
        if decider is None or _subjects(view, allowed.start()):
            return _announced("policy_change", view, context, allowed.start())
        # the state that decides, named before the cue, never the place after it
        # ("Washington autoriza el uso de minas antipersonal en Ucrania")
        draft = Draft("policy_change", decider, view)
        draft.date, draft.own_date = _dated(view, allowed.start(), announced=True)
        return [draft]
    pledge = es.PLEDGE.search(view.text)
    if pledge is None:
        return []
    cue = pledge.start()
    draft = Draft("policy_change", _user_before(view, cue) or _actor(view, context), view)
    said = [m for m in view.dates if m.announced and m.value and m.end <= cue]
    if said:
        draft.date, draft.own_date = said[-1].value, True
    else:
        draft.date, draft.own_date = _dated(view, cue, announced=True)
    return [draft]


# the treaty as the subject of a ban: its own terms, no state's policy
_TREATY_SUBJECT = re.compile(r"\b(?:Convención|Tratado|convención|tratado)\b")


def _announced(kind: str, view: View, context: Context, cue: int) -> list[Draft]:
    """One draft of ``kind`` per state acting at ``cue`` (``_actors``), dated like an
    announcement: the nearest date, else the day of the statement."""
    drafts: list[Draft] = []
    for actor in _actors(view, context, cue):
        draft = Draft(kind, actor, view)
        draft.date, draft.own_date = _dated(view, cue, announced=True)
        drafts.append(draft)
    return drafts


# a word every cue of ``es.TREATY_ACTIONS`` holds (retirada, salida, ratificó, se adhirió,
# adhesión, "notificara su decisión", "dejó de ser Estado parte", "anunció que abandonará",
# "decidió salir", "saldrá")
_STEP_WORDS = (
    *("retir", "salida", "ratific", "adhi", "adhesi", "decisi", "parte", "abandon", "salir"),
    *("saldr", "salió", "salieron", "sale ", "salen ", "se sum", "se un", "se incorpor", "vigor"),
)


def _treaty(view: View, context: Context) -> list[Draft]:
    """The treaty steps a sentence tells (``_treaty_steps``), a step of leaving in a sentence
    that tells a suspension and no leaving being the claimed suspension (``_suspension_told``)."""
    return suspension_claims(_treaty_steps(view, context), _suspension_told)


def _suspension_told(text: str) -> bool:
    """The sentence tells a suspension (``es.SUSPENSION``: "la suspensión", "suspender") and no
    leaving (``es.LEAVING``: "retirada", "salida", "denunciar")."""
    return es.SUSPENSION.search(text) is not None and es.LEAVING.search(text) is None


def _treaty_steps(view: View, context: Context) -> list[Draft]:
    """Every step a sentence tells, each dated by the date nearest its cue ("La retirada ...
    surte efecto este sábado, seis meses después de que ... notificara su decisión el 10 de
    julio"), by each state listed as its subject ("Estonia, Letonia y Lituania culminaron su
    salida"); the treaty named in the sentence or earlier in its section."""
    lowered = view.text.lower()
    if not any(word in lowered for word in _STEP_WORDS):
        return []  # cheap gate: every step cue holds one of these
    steps = [(action, pattern.search(view.text)) for action, pattern in es.TREATY_ACTIONS]
    if all(match is None for _, match in steps):
        return []
    if not es.TREATY_CONTEXT.search(view.text) and not any(
        es.TREATY_CONTEXT.search(v.text) for v in context.section(view)
    ):
        return []
    drafts: list[Draft] = []
    found = [action for action, match in steps if match is not None]
    for action, match in steps:
        if match is None or _planned(view.text, match.start()):
            continue
        if es.DENIED.search(view.text, max(0, match.start() - 40), match.start()):
            continue  # "Rusia, país que nunca se adhirió al tratado"
        if len(found) > 1 and _undated_background(view, match):
            continue  # "seis meses después de haber notificado su retirada": told, not dated
        for actor in _deciders(view, context, match):
            draft = Draft("treaty_action", actor, view, action=action)
            draft.date, draft.own_date = _dated(view, match.end(), announced=True)
            if draft.date is None and action == "withdrawal_effective":
                # "Desde este viernes, Estonia ya no es parte": the day it starts is the step's
                starts = [m.value for m in view.dates if m.since and m.value]
                draft.date, draft.own_date = (starts[0], True) if starts else (None, False)
            drafts.append(draft)
    return drafts


def _deciders(view: View, context: Context, cue: re.Match[str]) -> list[str | None]:
    """The states acting at ``cue``: the subject list (``_subjects``), else the last state
    named up to the end of the cue in its clause, never after "de/en" (``_user_before``:
    "Ucrania notificó su retirada ..., alegando el uso de minas por parte de Rusia" and "El
    Parlamento letón aprobó la salida ... por la amenaza de Rusia" are Ukraine's and Latvia's
    steps), else ``_actor``'s."""
    listed: list[str | None] = list(_subjects(view, cue.start()))
    return listed or [_user_before(view, cue.end()) or _actor(view, context)]


# a step told as what came before another ("seis meses después de haber notificado su
# retirada", "tras notificar su salida")
_BACKGROUND = re.compile(r"\b(?:después\s+de|tras)\s+(?:haber\s+|que\s+)?(?:\w+\s+){0,2}$", _I)


def _undated_background(view: View, step: re.Match[str]) -> bool:
    """A step in a clause of what came before another step, with no date in its own clause:
    no claim of its own (its date would be the other step's)."""
    if not _BACKGROUND.search(view.text, max(0, step.start() - 40), step.start()):
        return False
    end = min(
        (i for i in (view.text.find(c, step.end()) for c in ",;.") if i >= 0),
        default=len(view.text),
    )
    return not any(step.start() <= m.start < end for m in view.dates)


def _extension(view: View, context: Context) -> list[Draft]:
    """An Article 5 extension asked for or granted: ``other`` for each state whose deadline it
    is, dated like an announcement (the English ``events._extension``); a plan is none."""
    lowered = view.text.lower()
    if "prórroga" not in lowered and "extensión" not in lowered:
        return []  # cheap gate: every cue names the extension
    match = es.EXTENSION.search(view.text)
    if match is None or _planned(view.text, match.start()):
        return []
    return _announced("other", view, context, match.start())


def _planned(text: str, start: int) -> bool:
    """A cue inside a plan ("va a destruir", "prevé declarar") is no event."""
    return bool(es.PLAN.search(text[max(0, start - 60) : start]))
