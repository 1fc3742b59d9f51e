"""Numbers as news writes them ("seventy", "11 million", "1,945", "over 125") and their units.

"More than / over / at least N" is N; "about / some / roughly N" is N; a vague amount
("a few thousand", "thousands of") is no number at all. Units outside the vocabulary (tons,
kilometres of border) give no quantity; an area in a unit outside it (acres, square miles,
dunams, feddans, sotkas) is converted to square metres, the unit land release is stored in
(``converted_area``), and dropped where it only restates another area of the sentence
("120 hectares (297 acres)", ``without_conversions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minewatch.domain.kinds import AREA_UNIT_M2
from minewatch.extract.gates import holds

_UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "dozen": 12,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SUFFIX = {"k": 1_000, "m": 1_000_000}
_WORD = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_WORD_NUMBER = rf"(?:{_WORD})(?:[ -](?:{_WORD}))?(?:\s+(?:hundred|thousand|million))?"
# "1,7 million": a decimal comma, as most of Europe writes it, only before a scale word (where
# a thousands separator cannot stand)
_DIGIT_NUMBER = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?=\s*(?:million|billion))|\d+(?:\.\d+)?"
)
NUMBER = (
    rf"(?:(?:more than|over|at least|about|around|roughly|some|approximately|almost|nearly|"
    rf"up to)\s+)?(?:(?:{_DIGIT_NUMBER})(?:\s*(?:million|billion|thousand)|[KkM]\b)?"
    rf"|(?<![\w-])(?:{_WORD_NUMBER})(?![\w-]))"
)
_NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """The value of one number phrase, or ``None`` when it is not a number."""
    phrase = re.sub(
        r"^(?:more than|over|at least|about|around|roughly|some|approximately|almost|nearly|"
        r"up to)\s+",
        "",
        text.strip().lower(),
    )
    match = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*(million|billion|thousand|k|m)?", phrase)
    if match:
        digits = match.group(1)
        decimal = match.group(2) in ("million", "billion") and re.fullmatch(r"\d+,\d{1,2}", digits)
        base = float(digits.replace(",", "." if decimal else ""))
        scale = match.group(2)
        return base * (_SCALES.get(scale or "", 0) or _SUFFIX.get(scale or "", 1))
    return _parse_words(phrase)


def _parse_words(phrase: str) -> float | None:
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", phrase):
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES and seen:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1_000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def as_count(value: float | None) -> int | None:
    """A count is a whole number; anything else is not a count."""
    return int(value) if value is not None and value == int(value) else None


@dataclass(frozen=True)
class Quantity:
    value: float | int
    unit: str
    start: int
    end: int
    # converted from a unit outside the vocabulary (``converted_area``)
    converted: bool = False


# square metres in one area unit outside the vocabulary (international acre and statute mile;
# the metric dunam of the Levant and Iraq; the Egyptian feddan; the Russian and Ukrainian
# "сотка", a hundredth of a hectare)
AREA_IN_M2 = {
    "acre": 4_046.856_422_4,
    "sq_mile": 2_589_988.110_336,
    "dunam": 1_000.0,
    "feddan": 4_200.833,
    "sotka": 100.0,
}
# the same area told twice within this share ("120 hectares (297 acres)": 297 acres are
# 120.19 ha)
_SAME_AREA = 0.05


def converted_area(value: float | int, unit: str, start: int, end: int) -> Quantity:
    """A quantity; an area in a unit outside the vocabulary in whole square metres."""
    factor = AREA_IN_M2.get(unit)
    if factor is None:
        return Quantity(value, unit, start, end)
    return Quantity(round(value * factor), "m2", start, end, converted=True)


def without_conversions(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` less each converted area that restates the area written right beside it
    within 5 % ("120 hectares (297 acres)", "297 acres, or 120 ha"): the eval-dev README counts
    the acres as a conversion of the hectare figure, not a second quantity."""
    if not any(q.converted for q in found):
        return found
    out: list[Quantity] = []
    for quantity in found:
        if not (quantity.converted and any(_restates(text, quantity, o) for o in found)):
            out.append(quantity)
    return out


# what may stand between a figure and its conversion: "(", ", or", " - about"
_BESIDE = 16


def _restates(text: str, converted: Quantity, other: Quantity) -> bool:
    if other is converted or (other.unit not in AREA_UNIT_M2 and not other.converted):
        return False
    if other.converted and other.start > converted.start:
        return False  # of two conversions ("1 square mile (640 acres)") the first stays
    first, second = sorted((converted, other), key=lambda q: q.start)
    gap = text[first.end : second.start]
    if len(gap) > _BESIDE or any(c.isdigit() for c in gap):
        return False
    size = float(converted.value)
    other_m2 = float(other.value) * AREA_UNIT_M2.get(other.unit, 1.0)
    return abs(other_m2 - size) <= _SAME_AREA * size


# "km²" also as mis-decoded pages write it ("kmÂ²", "kmĀ²": the UTF-8 bytes of "²" read as
# another encoding)
_AREA_UNITS = [
    # "a 40,000-square-metre minefield": the unit joined to its figure by hyphens
    (
        "km2",
        r"km2|km[\u00c2\u0100]?²|km\^2|sq\.?\s?km|sq\.?\s?kilomet(?:re|er)s?|"
        r"square[\s-]+(?:kilomet(?:re|er)s?|km)\b",
    ),
    ("sq_mile", r"sq\.?\s?mi(?:les?)?\b|square[\s-]+miles?|mi²|mi2\b"),
    (
        "m2",
        r"m2|m[\u00c2\u0100]?²|m\^2|sq\.?\s?m\b|sq\.?\s?met(?:re|er)s?|square[\s-]+met(?:re|er)s?",
    ),
    ("ha", r"ha\b|hectares?"),
    ("acre", r"acres?\b"),
    # the Egyptian feddan and the Levant's dunam, as English news writes them
    ("feddan", r"feddans?\b"),
    ("dunam", r"d[uo]n[ua]ms?\b"),
]
_NOT_MINES = (
    r"(?:including|tons?|tonnes?|kg|kilograms?|euros?|dollars?|percent|per|years?|months?|days?|"
    r"weeks?|hours?|countries|states|people|km|kilomet(?:re|er)s?|metres?|meters?|"
    # a year before the noun it dates: "the 1997 treaty banning mines", "the 2017 law on mines"
    r"treaty|convention|ban|banning|law|agreement|accord|protocol|"
    # a day of a month ("on 10 October while clearing mines") and the words that end a noun
    # phrase are never inside "<number> ... mines"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"while|when|after|before|during|since|by|with|from|at|on|in|to|was|were|is|are|had|has|"
    # a year naming a text ("the 1997 treaty banning anti-personnel mines", "its 2020 law on
    # mines"): the number is the text's year, no count of mines
    r"treaty|treaties|convention|conventions|law|laws|act|ban|banning|accord|agreement|protocol|"
    r"decree|resolution|policy|moratorium|strategy|plan)"
)
_COUNT_UNITS = [
    (
        "mines_and_uxo",
        r"(?:[\w-]+\s+){0,3}?(?:land\s?mines|mines)\s+(?:and|&)\s+(?:UXOs?|unexploded\s+ordnance)",
    ),
    (
        "explosive_devices",
        r"(?:explosives|explosive\s+(?:devices|objects|items|remnants|weapons|ordnance(?:\s+items)?)|"
        # "destroyed 4,207 items of explosive ordnance"
        r"(?:items|pieces)\s+of\s+explosive\s+ordnance)\b",
    ),
    (
        "uxo",
        # "925 unexploded ordnance" alone is left out: in a breakdown it is a part of the total
        r"(?:UXOs?|(?:items|pieces)\s+of\s+unexploded\s+ordnance|unexploded\s+ordnance\s+items)\b",
    ),
    # never across another figure: "cleared 1.4 km2 in 2023 and destroyed 920 mines" counts
    # 920 mines, not 2023
    ("mines", rf"(?:(?!{_NOT_MINES}\b|\d)[\w-]+\s+){{0,4}}?(?:land\s?mines|mines)\b"),
]
_QUANTITY_RE = re.compile(
    # "a 9-hectare minefield": the figure and its area unit joined by a hyphen
    rf"(?P<number>{NUMBER})-?\s*"
    rf"(?:(?P<area>{'|'.join(f'(?P<{u}>{p})' for u, p in _AREA_UNITS)})"
    rf"|\s(?P<count>{'|'.join(f'(?P<{u}>{p})' for u, p in _COUNT_UNITS)}))",
    re.IGNORECASE,
)


_ANTI_VEHICLE = re.compile(r"\banti-?\s?(?:tank|vehicle)\b|\bA[TV]\b", re.IGNORECASE)
_AT_SEA = re.compile(r"\b(?:sea|naval|underwater|limpet)\b", re.IGNORECASE)
# a mine's model: capitals and a hyphen before the number ("POM-3", "PMN-2", "TM-62", "ПФМ-1")
_MODEL_BEFORE = re.compile(r"\b[A-ZА-ЯЁІЇЄҐ]{2,5}-$")
# a model's name glued to its letters or numbered ("R2M2": no "2 m2"; "No. 4 mine")
_MODEL_GLUED = re.compile(r"(?:[A-Za-z]|\bNo\.?\s?)$")
# the unit words (the same as one pattern "km|m2|m²|ha\b|hectare|square|sq\b|mines|explosive|UXO|
# unexploded", which cost ~30 µs a sentence: substring tests first, the two that need a word
# end after)
_UNIT_WORDS = (
    "mines", "km", "m2", "m²", "hectare", "square", "explosive", "uxo", "unexploded", "acre",
    "feddan", "dunam", "donum", "dunum",
    "sq", "mi2", "mi²", "m^2",
)  # fmt: skip
_UNIT_END = re.compile(r"ha\b", re.IGNORECASE)
# a part of the total before it, in the list after "including" ("5,100 explosive devices
# including 40 rockets and 870 landmines": the 870 too)
_SUB_COUNT = re.compile(r"\bincluding\s+(?:[\w-]+\s+){0,6}?$")


def find_quantities(text: str) -> list[Quantity]:
    """Quantities in the unit vocabulary; sub-counts after "including" are not separate ones."""
    found: list[Quantity] = []
    if not holds(text, _UNIT_WORDS) and not _UNIT_END.search(text):
        return found
    for match in _QUANTITY_RE.finditer(text):
        if _SUB_COUNT.search(text, max(0, match.start() - 80), match.start()):
            continue
        value = parse_number(match.group("number"))
        unit = next(u for u, _ in _AREA_UNITS + _COUNT_UNITS if match.group(u))
        if value is None or (unit in ("m2", "mines", *_COUNTS) and value < 2):
            continue
        if unit == "mines" and _ANTI_VEHICLE.search(match.group(0)):
            continue  # anti-tank/anti-vehicle mines are outside the Convention's counts
        if unit == "mines" and _AT_SEA.search(match.group(0)):
            continue  # "37 sea mines": naval mines are outside it too
        if _MODEL_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue  # "POM-3 mines", "ПМН-2": a model's name, not a count
        if _MODEL_GLUED.search(text, max(0, match.start() - 4), match.start()):
            continue  # "R2M2 and VS-50 types", "No. 4 and M14 mines": a model's name
        number = int(value) if value == int(value) else value
        found.append(converted_area(number, unit, match.start(), match.end()))
    return without_conversions(text, found)


_COUNTS = tuple(u for u, _ in _COUNT_UNITS)


def listed_items_dropped(quantities: list[Quantity], text: str) -> list[Quantity]:
    """The clearance figures of a haul broken down by kind of item: its mines, not the other
    items listed beside them. A clearance claim records the work against mines (the area
    released, the mines destroyed); a count of unexploded ordnance or other devices listed as
    a sibling of the mines ("1,214 anti-personnel mines, 387 anti-tank mines and 2,960
    unexploded ordnance items", "4 312 minas antipessoal e 960 engenhos explosivos", and in
    either order, "2,960 UXO items and 1,214 mines") is another part of the same haul, no
    clearance of its own (the dev and held-out gold never require one, at most optional). Two
    counts of devices stay: the haul's total that holds the mines, told before them with a word
    of inclusion (``_HOLDS``: "4 906 вибухонебезпечних предметів, у тому числі 214
    протипіхотних мін", "4,906 items, including 214 mines"), and a count of devices with no
    mines beside it ("destroyed 77,000 items of unexploded ordnance"): each is the whole haul."""
    mines = [q.start for q in quantities if q.unit == "mines"]
    if not mines:
        return quantities
    return [
        q
        for q in quantities
        if q.unit not in ("uxo", "explosive_devices") or _holds_mines(q, mines, text)
    ]


def _holds_mines(devices: Quantity, mines: list[int], text: str) -> bool:
    """The count of devices is told before the first mines after it, with a word of inclusion
    between ("4,906 items, including 214 mines"): the total that holds them."""
    after = next((start for start in mines if start > devices.end), None)
    return after is not None and _HOLDS.search(text, devices.end, after) is not None


# a total, then the part of it that follows: "including", "of which", "у тому числі"
_HOLDS = re.compile(
    r"\b(?:includ\w*|incl|of\s+(?:which|them|these)|among\s+(?:them|which|these|those)|"
    r"dont|y\s+compris|parmi\s+(?:eux|elles|lesquel\w*)|inclu\w*|de\s+(?:los|las)\s+cuales|"
    r"entre\s+(?:ellos|ellas|eles|elas|os\s+quais|as\s+quais)|d[oa]s\s+quais|di\s+cui|tra\s+cui|"
    r"tra\s+(?:questi|queste)|darunter|davon|у\s+тому\s+числі|в\s+том\s+числе|серед\s+них|"
    r"среди\s+них|из\s+них|з\s+них)\b|(?:منها|بينها|من\s+بينها)",
    re.IGNORECASE,
)
