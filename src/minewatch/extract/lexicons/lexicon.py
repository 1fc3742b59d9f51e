"""What a language's lexicon holds for ``reading``: the words, as regular-expression parts."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any

# Digits as these languages write them: thousands grouped by a space, a no-break or a thin space
# ("6 279", "3 400 000"; never the year of "en 2024 120"), or a decimal comma ("2,1", "1,2").
DIGITS = r"(?<![\d,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:,\d+)?)"
# Digits as Italian and Portuguese write them: thousands grouped by a dot, a decimal comma
# ("1.234", "12.500", "2,5 milioni"); never the dot of "1.2.3" or of a date "27.06.2025".
DOT_DIGITS = r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]|,\d)|\d+(?:,\d+)?(?![\d.]\d))"

# Digits as Arabic news writes them: thousands grouped by a comma, a decimal dot ("1,250",
# "2.5 مليون")
COMMA_DIGITS = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]\d)"


def number_pattern(words: dict[str, int], scales: Iterable[str] = (), digits: str = DIGITS) -> str:
    """A number with a group ``n``: digits (``DIGITS``, or the language's own ``digits``) with
    an optional scale word after them ("2,1 millions", "1,2 тыс.", "38 тис.", "2,5 milioni"),
    or a number word; never a longer word that starts like one. ``scales``: the language's
    scale stems, tried in their order."""
    alternation = "|".join(scales)
    scaled = rf"(?:\s*(?:{alternation})[\w]*\.?)?" if alternation else ""
    return rf"(?P<n>{digits}{scaled}|(?:{longest_first(words)})(?![\w'’ʼ]))"


def count_pattern(words: dict[str, int]) -> str:
    """A count with a group ``n``, in digits or a number word, as before "ago" ("il y a trois
    jours", "vor 3 Tagen", "há dois dias")."""
    return rf"(?P<n>\d+|{longest_first(words)})"


def figure_gap(words: dict[str, int], letters: str, most: int = 4) -> str:
    """Up to ``most`` words between a figure and its verb ("3 civils ont été tués"), none of
    them a number in ``words`` or digits, so that the figure nearest the verb is its own ("une
    mine a fait deux morts" kills two, not one). ``letters``: a character class of the
    language's word letters."""
    return rf"(?:(?!(?:{longest_first(words)})\b|\d){letters}+\s+){{0,{most}}}?"


def year_parts(
    halves: tuple[str, str],
    half: str,
    quarters: tuple[str, str, str, str],
    quarter: str,
    before: str = r"\b",
    after: str = r"(?:\s+(?P<year>(?:19|20)\d\d))?",
) -> tuple[tuple[str, int], ...]:
    """A lexicon's ``parts``: each half and quarter of a year (the ordinal words, then the noun)
    with the month it ends, between ``before`` and ``after`` (an optional group ``year``)."""
    named = [*((which, half, month) for which, month in zip(halves, (6, 12), strict=True))]
    named += [(w, quarter, m) for w, m in zip(quarters, (3, 6, 9, 12), strict=True)]
    return tuple((rf"{before}{which}\s+{part}{after}", month) for which, part, month in named)


def longest_first(words: Iterable[str]) -> str:
    """An alternation of ``words``, the longest first, so that none stops short at a shorter
    one it starts with. Words of one length are in alphabetical order, so that a pattern built
    from a set is the same text in every run (set order follows the hash seed)."""
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


def forms(stems: tuple[str, ...], endings: tuple[str, ...], *others: str) -> str:
    """One alternation of every stem with every ending (a regular verb's paradigm: "pos" +
    "ato" ...), and ``others`` written whole."""
    return "(?:" + "|".join([*(s + e for s in stems for e in endings), *others]) + ")"


@dataclass(frozen=True)
class Lexicon:
    """The words of one language. Month and number keys are stems or whole words matched at
    the start of a word (Russian and Ukrainian inflect them: "марта", "березня"); every
    pattern is matched case-insensitively.

    ``killed``/``injured``: patterns with a group ``n`` holding a number phrase;
    ``one_killed``/``one_injured``: a single victim ("un agriculteur a été tué").
    """

    language: str
    months: dict[str, int]
    numbers: dict[str, int]
    killed: tuple[str, ...]
    injured: tuple[str, ...]
    one_killed: str
    one_injured: str
    mines: str
    not_a_mine: str
    # Beyond casualties (empty: the language reads casualties only). ``states``: stems of
    # state names and adjectives the place-name gazetteer does not inflect ("российск" ->
    # RUS); ``use``: laying or using mines; ``destroyed`` + ``stock``: a stock destroyed;
    # ``treaty``: the Convention named; ``steps``: (action, cue) in the order tried;
    # ``veto``: plans, intentions not yet acted on and negation; ``mine_count``: a count of
    # mines with a group ``n`` (digits with thin-space or space thousands).
    states: dict[str, str] = field(default_factory=dict)
    # ``eve``: "the day before" ("накануне"), which counts back from the last day the section
    # told before the sentence, else from publication
    eve: str = ""
    # ``same_day``: "the same day" ("в тот же день", "того ж дня"), the last full day told
    # before in the document
    same_day: str = ""
    use: str = ""
    destroyed: str = ""
    stock: str = ""
    treaty: str = ""
    # ``treaty_word``: the Convention called by a common noun ("le traité"), in a text about
    # mines; ``anaphora``: the mines named again by a common noun ("ces armes"), which keeps a
    # sentence about mines when the sentences before it were
    treaty_word: str = ""
    anaphora: str = ""
    steps: tuple[tuple[str, str], ...] = ()
    # ``decision_back``: the executive's decision told without its object, which an earlier
    # sentence of the section names ("the law rests on the NSDC decision of 29 June, which the
    # president put into force by decree"): the announcement of the withdrawal where that
    # sentence tells a step of leaving (eval-dev README rule 7: the decree is a step)
    decision_back: str = ""
    # ``decision_wording``: what the decision's own clause must say to be that step (the
    # treaty, leaving it, or the law or decision told back: "Закон опирается на решение СНБО",
    # "РНБО ухвалила таке рішення"); "рішенням РНБО запроваджено санкції" is another decision
    decision_wording: str = ""
    # ``steps_back``: (action, cue) of a step told back without naming what it was about ("Der
    # Sejm hatte im Juni zugestimmt", "hatte den Schritt im März angekündigt"): that step of
    # leaving where an earlier sentence of the section tells one
    steps_back: tuple[tuple[str, str], ...] = ()
    # ``suspension``: a suspension of the Convention ("la sospensione", "Aussetzung",
    # "приостановление", "تعليق"); ``leaving``: a word of leaving it ("ritiro", "Austritt",
    # "выход", "انسحاب"). A step of leaving cued in a sentence that tells a suspension and no
    # leaving is the claimed suspension ("L'Ucraina ha notificato all'ONU la sospensione della
    # Convenzione"), never a withdrawal step (``drafts.suspension_claims``); none if empty
    suspension: str = ""
    leaving: str = ""
    # ``other_weapon``: a weapon that is no mine, named as what killed or hurt (a cluster
    # weapon's attack: "bombe a grappolo", "armes à sous-munitions", "munições de
    # fragmentação"): its harm is no mine casualty where the sentence names no mine and no
    # remnant (``triggers.weapon_only``, as the English ``triggers.other_weapon_only``)
    other_weapon: str = ""
    veto: str = ""
    mine_count: str = ""
    # ``scheduled``: future and scheduling verbs ("entrera en vigueur", "вступит в силу");
    # ``new_clause``: words that start another clause ("qui", "который"). A year-less date
    # right after a scheduled verb in its clause is the next such day, not the last
    # (``dates.scheduled_cue``).
    scheduled: str = ""
    new_clause: str = ""
    # Dates counted from publication (``dates.relative_date``, ``dates.weekday_date``):
    # ``weekdays``, Monday first, each matched after ``weekday_prefix`` ("в", "у"); ``relative``:
    # (pattern, unit, how many back) for "hier", "в прошлом году", "минулого тижня"; ``ago``:
    # "il y a deux jours" with a group ``n`` (a number, absent for one) and one of the groups
    # ``day``, ``week``, ``month``, ``year``; ``reported``: a reporting verb right before a date
    # ("a déclaré lundi", "сообщил в понедельник"), which makes it the day of the statement.
    # ``month_day``: a day of the publication month or of the month before, with a group
    # ``day`` and a group ``last`` present for the month before ("le 3 de ce mois", "3-го числа
    # прошлого месяца"), as the English "the 3rd of this month" (``dates._ordinal_of_month``)
    month_day: str = ""
    # ``day_words``: the day of a month written as an ordinal word (Arabic news: "في الثالث من
    # آذار", "العاشر من فبراير") -> the day; ``day_link``: the words between it and the month
    # ("من\s+"); ``day_before``: what stands before the word, so that an ordinal of a week or
    # a rank is no day ("في الثالث من آذار", never "الأسبوع الثاني من شهر مارس")
    day_words: dict[str, int] = field(default_factory=dict)
    day_link: str = ""
    day_before: str = r"(?<!\w)"
    # ``month_endings``: the endings a month's stem takes after ``month_alone`` (below) where
    # a stem also starts other words ("у червні", not "у червоній зоні"); any ending if empty
    month_endings: str = ""
    # ``year_word``: the word after a year ("2024 года", "2024 року"); none if empty
    year_word: str = ""
    weekdays: tuple[str, ...] = ()
    weekday_prefix: str = r"\b"
    relative: tuple[tuple[str, str, int], ...] = ()
    # ``last_season``: (pattern, the season's last month) for the latest season over before
    # publication ("im vergangenen Herbst", "no outono passado"): its year, as the English
    # "last autumn" (``dates._season``)
    last_season: tuple[tuple[str, int], ...] = ()
    # ``parts``: (pattern, the month it ends) for a part of a year, with an optional group
    # ``year`` ("no primeiro semestre de 2023" -> 2023-06; "deste ano" or no year: the
    # publication year), as the English "the first half of 2025" (``dates``)
    parts: tuple[tuple[str, int], ...] = ()
    # ``first_months``: "the first N months" of a year, with a group ``n`` (a number word or
    # digits) and an optional group ``year`` ("les deux premiers mois de 2023" -> 2023-02; no
    # year: the publication year), dated by its last month as ``parts``
    first_months: str = ""
    # ``month_range``: the words before the first month of a range and between its two months
    # ("entre janvier et juin", "с января по ноябрь"): dated by its last month, of the year
    # stated after it, else the latest such month on or before publication (README rule 5)
    month_range: tuple[str, ...] = ()
    # ``range_start`` / ``range_next``: the words before the first date of a range and between
    # its two dates ("entre 1993 e 2015", "entre 2019 et 2023"): the first opens a period and
    # dates nothing, the second is the event date (a period takes its end, README rule 5)
    range_start: str = ""
    range_next: str = ""
    # ``completed``: a completion of clearance declared ("declarado livre de minas", "a remoção
    # da última mina conhecida"): one clearance event with no figure (the English
    # ``triggers.CLEARANCE_DONE``)
    completed: str = ""
    ago: str = ""
    reported: str = ""
    # ``reported_after``: a report's participle right after a date ("der am Mittwoch
    # veröffentlichten Bilanz"), which makes it the day of the report, as ``reported``
    reported_after: str = ""
    # ``since``: the words before a date that opens a period running to now ("depuis 2022",
    # "с 2022 года", "з 2022 року"): the date is its start, no event date (as "since" in
    # English, ``dates``), and a casualty figure over it ends at publication.
    since: str = ""
    # ``open_period``: a period opened by an event with no date of its own ("с начала года",
    # "від початку вторгнення", "منذ بداية الحرب"): a casualty figure over it runs to
    # publication (as the English ``events._OPEN_PERIOD``). ``earlier_clause``: a clause of
    # what came before ("после того, как", "після того, як"): a treaty cue there is the
    # background of the step the sentence reports, tried after every other cue.
    open_period: str = ""
    # ``anti_vehicle``: a mine count's anti-tank or anti-vehicle qualifier, inside the count or
    # right after it ("30 противотанковых мин", "40 لغماً مضاداً للدبابات"): no count of the
    # mines the Convention bans, dropped as the English reader drops them
    anti_vehicle: str = ""
    # ``unharmed``: nobody hurt ("Тракторист не постраждав", "personne n'a été blessé", "ne
    # uscì illeso", "blieb unverletzt"): a blast with no casualty, never a single victim (the
    # negated verb would read as ``one_injured``); zero injured, so the blast is ``other``
    unharmed: str = ""
    # ``blast``: the blast or the harm itself ("L'explosion s'est produite", "auf einen
    # Sprengkörper getreten", "Взрыв произошел", "was wounded"): a sentence after an incident
    # lends it its day only when it tells one (``events.detail_date``)
    blast: str = ""
    # ``more_victims``: more victims of the incident just told, opening their own sentence
    # ("Six autres passagers ont été blessés", "Його брат отримав поранення"): an ordinal, a
    # count of others or kin; ``merging`` adds them to that incident
    more_victims: str = ""
    earlier_clause: str = ""
    # ``step_noun``: a step named by its noun ("retrait", "adhésion"); ``step_of``: the word
    # for "of" between it and its state ("de la", "des"). The states named right after the
    # noun take the step, not the sentence's subject ("La France prend acte du retrait de la
    # Finlande")
    step_noun: str = ""
    step_of: str = ""
    # ``scales``: scale words after digits, stem -> factor ("million" -> 1,000,000, "тыс" ->
    # 1,000); ``units``: (unit, pattern) of the areas and items a clearance figure counts
    # ("hectares" -> "ha", "взрывоопасных предметов" -> "explosive_devices"), matched right
    # after a number (French "de" between allowed); ``cleared``: verbs and nouns of clearance
    # done (land demined, released, handed back; items neutralised or destroyed in the
    # field). A sentence about mines with a clearance word gives one clearance figure per
    # quantity (as the English ``impacts.clearance_drafts``).
    # ``total``: patterns with a group ``n`` for victims counted without a split ("6 279
    # personnes tuées ou blessées", "2 029 victimes"); the killed pattern must not take them.
    # ``world``: a figure for the whole world ("dans le monde", "в мире"), filed under no
    # state (as the English ``events._world_figure``).
    total: tuple[str, ...] = ()
    world: str = ""
    # ``collective``: states counted together ("les États parties", "os Estados Partes"): a
    # stock destroyed by them belongs to no state (as the English ``triggers.collective``)
    collective: str = ""
    # ``extension``: an Article 5 deadline extended, or its extension asked for or granted
    # ("une prolongation accordée par les États parties"): ``other`` (eval-dev README)
    extension: str = ""
    scales: dict[str, int] = field(default_factory=dict)
    units: tuple[tuple[str, str], ...] = ()
    cleared: str = ""
    # ``field_work``: who or where works in the field ("sminatori", "campi minati"): mines a
    # sentence counts destroyed with none of these words, right after its section told a stock
    # destroyed, are the stock's count (``LexiconReader._stock_counted``; the English
    # ``impacts.stock_told``); empty: never read so
    field_work: str = ""
    # ``remains_after``: words right after an area or item count that make it what is left to
    # clear ("1,08 kilomètre carré ... restent à traiter"), matched at the figure's end: no
    # clearance figure (as the English ``impacts._REMAINS_AFTER``)
    remains_after: str = ""
    # How the language writes numbers and dates: ``dot_thousands`` groups thousands by a dot
    # ("1.234", Italian and Portuguese; the number patterns then use ``DOT_DIGITS``);
    # ``date_link``: the word between day, month and year ("28 de março de 2022": "de\s+");
    # ``of``: the word between a figure and its unit ("2,5 milioni di metri quadrati").
    dot_thousands: bool = False
    date_link: str = ""
    # ``month_alone``: the words before a month named alone ("a gennaio", "em março"), which
    # then dates an event by that month of the latest year on or before publication
    month_alone: str = ""
    of: str = r"de|d['’]"
    # ``accuse``: how an accusation verb starts, a pattern ("accus|soupçonn", "acus"): the
    # accused is named after it ("accuse la Russie d'avoir posé des mines"), not before, but
    # in the passive before it ("la Russie est accusée d'avoir posé")
    accuse: str = "accus"
    # ``policy``: a state's own policy on mines decided or announced (a ban reimposed, use or
    # production allowed, supplies ordered), read in a sentence about mines: ``policy_change``
    policy: str = ""
    # ``eastern_digits``: Eastern Arabic digits ("٢٠٢٤") and separators are read as ASCII ones
    # (the text is translated letter for letter, so every offset stays); ``comma_thousands``:
    # thousands grouped by a comma and a decimal dot ("1,250", "2.5 مليون"), as Arabic news
    # writes them
    eastern_digits: bool = False
    comma_thousands: bool = False
    # ``fold_accents``: the text and every pattern are read with their Latin letters'
    # diacritics taken off (``fold``), so that text written without accents ("deminage",
    # "Ukraine a annonce son retrait") reads as written with them
    fold_accents: bool = False
    # ``umlaut_spellings``: the text may write "ä", "ö", "ü" as "ae", "oe", "ue" and "ß" as
    # "ss" (German typed without them, Swiss German): every pattern accepts both spellings and
    # every word of a table has its second spelling too (``spelled``), so the text is read as
    # written and every offset stays ("Minenraeumer", "Strasse", "Maerz")
    umlaut_spellings: bool = False
    # ``same_period``: a sentence that refers back to the period of the one before ("au cours
    # de la même période"): its undated use allegations take that sentence's date
    same_period: str = ""
    # ``ongoing_use``: a use told as going on now or just done ("продолжают минировать",
    # "минируют", "в последние дни"): undated, it takes the publication month (README rule 8,
    # as English "recently planted", ``triggers.RECENT_LAYING``)
    ongoing_use: str = ""
    # ``states_counted``: a count of states named before, with a group ``n`` ("трех стран",
    # "трьох країн"): a step of theirs is each of theirs (``treaty_steps.counted_before``)
    states_counted: str = ""
    # ``since_then``: a sentence that opens counting from the time told just before ("С тех
    # пор", "З того часу", "Відтоді")
    since_then: str = ""
    # ``armed_group``: a non-state armed group ("des groupes armés", "i ribelli", "milícias"):
    # a use it is told of, in the cue's own clause, is the group's, kept apart from the use by
    # the state's forces in the same state (``Draft.by_group``, as the English reader does)
    armed_group: str = ""
    # ``army``: a state's forces ("l'armée", "le truppe governative", "o exército"), which,
    # joined to an armed group by ``joins`` ("et", "e") as one subject of a use, make two
    # users: the state's use and the group's (as the English ``allegations._army_and_group``)
    army: str = ""
    joins: str = ""
    # ``past_war``: a war or an era of the past that left mines ("خلال الحرب العراقية
    # الإيرانية", "durante la guerra civile", "em décadas anteriores"): mines laid then with
    # no agent named are its legacy, no use allegation (``uses._accused_all``)
    past_war: str = ""

    @property
    def digits(self) -> str:
        """The digit pattern of the language's numbers (``DIGITS``, ``DOT_DIGITS`` or
        ``COMMA_DIGITS``)."""
        if self.comma_thousands:
            return COMMA_DIGITS
        return DOT_DIGITS if self.dot_thousands else DIGITS


def _fold_table() -> dict[int, str]:
    """Each Latin letter with a diacritic (U+00C0-U+024F) -> its base letter ("é" -> "e", "Ç"
    -> "C", "ü" -> "u"), by its canonical decomposition (Unicode NFD); letters with none
    ("ß", "ø", "œ") are kept."""
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """``text`` with its Latin letters' diacritics taken off, one character for one (every
    offset stays): "déminé" -> "demine", "Räumung" -> "Raumung"; other scripts unchanged."""
    return text.translate(_FOLD)


def _folded_value(value: Any) -> Any:
    if isinstance(value, str):
        return fold(value)
    if isinstance(value, tuple):
        return tuple(_folded_value(item) for item in value)
    if isinstance(value, dict):  # words -> numbers or codes: the words are folded
        return {fold(key): item for key, item in value.items()}
    return value


def folded(lexicon: Lexicon) -> Lexicon:
    """``lexicon`` with every word and pattern folded (``fold``), to read folded text, and
    with the second spelling of its umlauts (``spelled``); ``lexicon`` itself where it asks
    for neither (``fold_accents``, ``umlaut_spellings``)."""
    if lexicon.umlaut_spellings:
        lexicon = spelled(lexicon)
    if not lexicon.fold_accents:
        return lexicon
    changes = {f.name: _folded_value(getattr(lexicon, f.name)) for f in fields(lexicon)}
    return replace(lexicon, **changes)  # folding twice changes nothing


# each umlaut and "ß" -> how German without them writes it (Duden, "Die deutsche
# Rechtschreibung": "ae", "oe", "ue" where the letters are missing; "ss" in Switzerland)
_SPELLINGS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
WITHOUT_UMLAUTS = str.maketrans(_SPELLINGS)


def _either_spelling(pattern: str) -> str:
    """``pattern`` with each umlaut or "ß" as a group of both spellings ("räum" ->
    "r(?:ä|ae)um"), and a character class that names one with the other spelling beside it
    ("Vorr[äa]t" -> "Vorr(?:[äa]|ae)t"); one escaped, in a negated class or a class with
    ``\\w`` (which needs none), or inside a look-behind (which must keep its width) is kept as
    written."""
    out: list[str] = []
    groups: list[bool] = []  # for each open group: whether it is a look-behind
    index = 0
    while index < len(pattern):
        char = pattern[index]
        index += 1
        if char == "\\":
            out.append(pattern[index - 1 : index + 1])
            index += 1
        elif char == "[":
            end = _class_end(pattern, index)
            body = pattern[index:end]
            index = end + 1
            others = [_SPELLINGS[c] for c in dict.fromkeys(body) if c in _SPELLINGS]
            if others and not any(groups) and not body.startswith("^") and "\\w" not in body:
                out.append(f"(?:[{body}]|{'|'.join(others)})")
            else:
                out.append(f"[{body}]")
        elif char in _SPELLINGS and not any(groups):
            out.append(f"(?:{char}|{_SPELLINGS[char]})")
        else:
            if char == "(":
                groups.append(pattern.startswith(("?<=", "?<!"), index))
            elif char == ")" and groups:
                groups.pop()
            out.append(char)
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """Where the character class whose body starts at ``start`` closes ("]" first in it, or
    escaped, closes nothing)."""
    index = start + 1 if pattern.startswith(("]", "^]"), start) else start
    while pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def _spelled_value(value: Any) -> Any:
    if isinstance(value, str):
        return _either_spelling(value)
    if isinstance(value, tuple):
        return tuple(_spelled_value(item) for item in value)
    if isinstance(value, dict):  # words (or stems) -> numbers or codes: both spellings
        return {**value, **{key.translate(WITHOUT_UMLAUTS): item for key, item in value.items()}}
    return value


def spelled(lexicon: Lexicon) -> Lexicon:
    """``lexicon`` read in both spellings of its umlauts (``umlaut_spellings``): every
    pattern and every table's words. Spelling twice changes nothing the second time reads."""
    if not lexicon.umlaut_spellings:
        return lexicon
    changes = {
        f.name: _spelled_value(getattr(lexicon, f.name))
        for f in fields(lexicon)
        if f.name not in ("language", "umlaut_spellings")
    }
    return replace(lexicon, **changes, umlaut_spellings=False)
