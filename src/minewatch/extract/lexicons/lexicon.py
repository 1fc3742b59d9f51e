"""What a language's lexicon holds for ``reading``: the words, as regular-expression parts."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    year_word: str  # after a year: "года", "року", "" for French
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
    use: str = ""
    destroyed: str = ""
    stock: str = ""
    treaty: str = ""
    steps: tuple[tuple[str, str], ...] = ()
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
    weekdays: tuple[str, ...] = ()
    weekday_prefix: str = r"\b"
    relative: tuple[tuple[str, str, int], ...] = ()
    ago: str = ""
    reported: str = ""
    # ``since``: the words before a date that opens a period running to now ("depuis 2022",
    # "с 2022 года", "з 2022 року"): the date is its start, no event date (as "since" in
    # English, ``dates``), and a casualty figure over it ends at publication.
    since: str = ""
