"""Figures a ``LexiconReader`` reads: counts, quantities, named victims, casualty dates.

Digit grouping and Eastern digits, areas, monitor reports of the world, "including"
clauses blanked before counting, a named victim inside a count, and the date a blast or
a figure takes.
"""

from __future__ import annotations

import re

from minewatch.extract.drafts import Draft, View
from minewatch.extract.events import (
    Context,
)
from minewatch.extract.lexicons.sentences import _I
from minewatch.extract.numbers import (
    AREA_IN_M2,
)

# one victim named inside a count with a day of its own ("23 personnes ... tuées ou blessées,
# dont un démineur blessé le 2 mai", "due civili uccisi ..., tra cui un agricoltore morto il 29
# maggio", "darunter ein Bauer, der am 3. Mai starb"): a casualty of that day, apart from the
# count, which keeps its period (as the gold files both)
_NAMED_INSIDE = re.compile(
    r"(?:,\s*|\s)(?:dont|tra\s+cui|fra\s+cui|di\s+cui|darunter|unter\s+ihnen|entre\s+(?:eles|elas|"
    r"os\s+quais|as\s+quais)|incluindo)\s+(?P<one>un|une|uno|una|un['’]|ein|eine|einen|um|uma)\b"
    r"(?P<tail>[^.;]{0,160})",
    _I,
)
_DIED = re.compile(
    r"\b(?:mort|morte|tué|tuée|décédé|décédée|morto|morta|uccis[oa]|decedut[oa]|"
    r"starb|getötet|gestorben|morreu|morto|morta)\b",
    _I,
)


def _named_victim(view: View) -> re.Match[str] | None:
    """The one victim named inside a count ("dont un démineur blessé le 2 mai"), where the
    words after the inclusion hold a day of their own (``_NAMED_INSIDE``)."""
    if not any(word in view.text for word in ("dont", "cui", "darunter", "unter", "entre", "incl")):
        return None
    named = _NAMED_INSIDE.search(view.text)
    if named is None:
        return None
    days = [
        m
        for m in view.dates
        if m.usable
        and m.value
        and len(m.value) == 10
        and named.start("tail") <= m.start
        and m.end <= named.end()
    ]
    return named if days else None


def _victim_named(count: Draft, view: View, named: re.Match[str]) -> Draft:
    """The victim named inside ``count`` (told in ``view``): killed or injured by the words
    after it, dated by the day they tell."""
    died = _DIED.search(named.group("tail")) is not None
    draft = Draft(
        "casualty_incident",
        count.actor,
        view,
        killed=1 if died else None,
        injured=None if died else 1,
    )
    days = [
        m.value
        for m in view.dates
        if m.usable and m.value and len(m.value) == 10 and named.start("tail") <= m.start
    ]
    draft.date, draft.own_date = days[0], True
    return draft


# where a sentence's second clause opens: a comma or a semicolon
_CLAUSE_JOIN = re.compile(r"[,;]\s+")
# units of land, whose figures may be decimals ("1,6 km²"); counts of items never are
_AREAS = frozenset({"ha", "km2", "m2", *AREA_IN_M2})
# units whose one or less is still a figure of land ("0,5 га", "1 acre")
_WHOLE_OR_LESS = frozenset({"ha", "km2", *AREA_IN_M2})
# digits (grouped by spaces, a decimal comma) and an optional scale word after them
# a dot between thousands ("12.500"), taken out before the number is read
_DOT_GROUP = re.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_COMMA_GROUP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# Eastern Arabic (and Persian) digits, the Arabic thousands separator and decimal mark
_EASTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "0123456789" + "0123456789" + ",.")
# the global report on mines by its names in the languages read ("the Landmine Monitor",
# "l'Observatoire des mines", "el Monitor de Minas Terrestres", "Монитор наземных мин",
# "مرصد الألغام") and the campaign that writes it: its figures are the world's unless the
# sentence names a state (accents folded where the lexicon folds them)
MONITOR = re.compile(
    r"\b(?:Landmine\s+Monitor|Observatoire\s+des\s+mines|Monitor\s+de\s+Minas(?:\s+Terrestres)?|"
    r"Osservatorio\s+(?:sulle|delle)\s+mine|Landminen-?Monitor|ICBL)\b|"
    r"(?:Монитор|Монітор)\w*\s+(?:наземных\s+мин|наземних\s+мін)|مرصد\s+الألغام",
    re.IGNORECASE,
)


# a part of the victims named between their count and its verb, between commas ("Sept
# civils, dont trois enfants, ont été tués", "cinque persone, tra cui due bambini, sono
# morte", "семеро людей, в том числе двое детей, погибли"): the count is of the whole
_INCLUDING = re.compile(
    r",\s+(?:dont|parmi\s+(?:eux|elles|lesquels)|tra\s+cui|di\s+cui|fra\s+cui|"
    r"entre\s+(?:ellos|ellas|eles|elas|los\s+que|as\s+quais|os\s+quais)|incluid[oa]s|"
    r"incluindo|dos\s+quais|das\s+quais|darunter|unter\s+ihnen|в\s+том\s+числе|среди\s+них|"
    r"у\s+тому\s+числі|серед\s+них|з\s+них|из\s+них|بينهم|من\s+بينهم)\s[^,;.]{1,60},",
    re.IGNORECASE,
)


# a harm word: a part that has one is the split of a total ("6 897 victimes, dont 3 059
# morts, selon ...", "34 человека, из них трое погибли, уточнил"), never blanked
_HARM_WORD = re.compile(
    r"mort|tu[ée]|bless|uccis|ferit|muert|murier|herid|ferid|morr|get[öo]tet|verletzt|\btot|"
    r"погиб|ранен|пострада|загин|поранен|постражд|قتل|جرح|أصيب|مصاب|killed|injur|wound|dead|died",
    re.IGNORECASE,
)


def blank_including(text: str) -> str:
    """``text`` with each part named between a count and its verb (``_INCLUDING``) blanked
    out, one space for one character (every offset stays); a part that names a harm is a
    split of the count, and stays."""
    if "," not in text:
        return text
    return _INCLUDING.sub(
        lambda m: m.group(0) if _HARM_WORD.search(m.group(0)) else " " * len(m.group(0)), text
    )


# a year named as one ("im Jahr 2016", "en l'année 2016", "en el año 2016", "nell'anno",
# "no ano de", "в 2016 году" is after it): the figure after the word is no count
_YEAR_NAMED = re.compile(
    r"(?:\bJahr(?:e|es)?|\bann[ée]e|\baño|\banno|\bano(?:\s+de)?|\bnel|\bdal|عام|سنة)\s+$",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"(?:19|20)\d\d")


# where the next item of a list begins: a comma, a semicolon or a conjunction between words
_NEXT_ITEM = re.compile(r"[,;]|\s(?:and|et|e|y|und|i|и|і|та|й)\s", re.IGNORECASE)
_SCALED = re.compile(r"([\d \u00a0\u202f]*\d(?:,\d+)?)\s*(?:(\w+)\.?)?")


# a figure in brackets right after a state's name: "la Syrie (1 015)"
_BRACKETED = re.compile(r"\s*\((\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d+)[^)\d]{0,20}\)")


def _figures_date(view: View, context: Context) -> str | None:
    """The date of the figures just before a total that states none ("En 2024, 6 279 ... La
    Birmanie (2 029 victimes)"), as the English reader continues a series: the last sentence
    with figures among the two before, in the same section (a remark without figures may sit
    between: "Les civils représentent 84 % des victimes.")."""
    for previous in reversed(context.previous[-2:]):
        if previous.counts.stated:
            dated = [m for m in previous.dates if m.usable and m.value]
            return max(dated, key=lambda m: len(m.value or "")).value if dated else None
        if previous.sentence.section != view.sentence.section:
            return None
    return None


def _blast_date(view: View, context: Context) -> str | None:
    """The day of the blast told just before, in the same section, without its victims ("11
    липня ... трактор наїхав на міну. Тракторист загинув на місці."), as the English reader
    dates a harm told right after a blast; a line naming only the source may stand between."""
    previous = context.previous[-1] if context.previous else None
    if (
        previous is not None
        and len(context.previous) > 1
        and not (previous.mine_context or previous.counts.stated or previous.dates)
    ):
        # a source line between the blast and its harm ("Про це повідомила ОВА.")
        previous = context.previous[-2]
    if previous is None or previous.sentence.section != view.sentence.section:
        return None
    if not previous.mine_context or previous.counts.stated:
        return None
    dated = [m for m in previous.dates if m.usable and m.value and len(m.value) == 10]
    return dated[0].value if dated else None


# a year that counts no one: of birth, or with its word ("1975 года рождения", "1975 г.р.",
# "в 2023 году", "у 2022 році")
_YEAR_NO_COUNT = re.compile(
    r"\b(?:1[89]\d{2}|20\d{2})(?:\s+(?:року|года|г\.|р\.)\s+(?:народження|рождения)\b|"
    r"\s*(?:г\.\s?р|р\.\s?н)\.|\s+(?:году|годом|році|роком)\b)",
    _I,
)


# an age, or ages joined ("Due fratelli di 6 e 9 anni sono morti", "bambini di età compresa
# tra 6 e 12 anni", "deux enfants de 7 et 9 ans", "zwei Kinder im Alter von 6 und 9 Jahren",
# "двое детей 7 и 9 лет"): never a count of victims
AGES_NO_COUNT = re.compile(
    # with the words that tell it ("di età compresa tra", "âgés de", "de", "di")
    r"(?:\b(?:di|de|d['’]|âgée?s?\s+de|im\s+Alter\s+von)\s*(?:età\s+(?:compresa\s+)?)?"
    r"(?:tra|fra|entre|zwischen)?\s*)?"
    r"\b\d{1,3}(?:\s*(?:e|ed|et|und|и|і|y|o|ou|oder|-|–)\s*\d{1,3})?\s+(?:anni|anno|ans|an|"
    r"años|año|anos|ano|Jahren|Jahre|Jahr|лет|года|год|років|роки|рік)\b",
    _I,
)


# users counted as states before a use cue, in every reader but English's ("Le forze governative
# di quattro Stati hanno usato mine antipersona: Israele, Libia, Myanmar e Siria", "quatre États
# ont utilisé ... :"), listed after a colon later in the sentence; the first state right after
# the colon (``LISTED_FIRST``)
COUNTED_STATES = re.compile(
    r"\b(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|deux|trois|quatre|cinq|six|sept|"
    r"huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|dois|duas|três|zwei|drei|"
    r"vier|fünf|sechs|sieben|acht|neun|zehn|\d+)\s+(?:altri\s+|autres\s+|otros\s+|outros\s+|"
    r"weitere\s+|anderen?\s+)?(?:Stati|États|Etats|Estados|Paesi|pays|países|Länder\w*|"
    r"Staaten)\b[^.;:]{0,40}$",
    _I,
)
LISTED_FIRST = re.compile(r"\s*(?:(?:la|le|les|il|lo|el|los|las|der|die|das)\s+|l['’]\s*)?", _I)
