"""The sentence-level helpers every event kind of ``LexiconReader`` shares.

Clauses (the clause around a cue, its dates and places), places listed after a cue,
datelines, a date's year and ISO form, and dates completed from their own clause.
"""

from __future__ import annotations

import re
from functools import cache

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import (
    Anchor,
    DateMention,
    after_publication,
)
from minewatch.extract.drafts import Draft, View
from minewatch.extract.gazetteer import Mention
from minewatch.extract.lexicons.lexicon import Lexicon

_I = re.IGNORECASE


def _compile(lexicon: Lexicon, name: str) -> re.Pattern[str]:
    """The lexicon's entry ``name`` as a case-blind pattern, compiled once (``compiled``)."""
    pattern: str = getattr(lexicon, name)
    return compiled(pattern)


@cache
def compiled(source: str, flags: int = _I) -> re.Pattern[str]:
    """``re.compile(source, flags)``, kept for the process. The readers build patterns from
    their lexicons' entries (a state's stem, each treaty cue, a month's stem): ~600 in the nine
    languages, more than the 512 that ``re``'s own cache keeps, so ``re.search(source, ...)``
    compiled them again and again on a stream of stories in several languages (and evicted
    the constant patterns of ``re.search(r"...")`` calls everywhere else)."""
    return re.compile(source, flags)


# the words before a year that make it a decade ("les années 1980", "negli anni 1990", "nos
# anos 1970", "la década de 1980")
_DECADE = re.compile(r"\b(?:ann[ée]es|anni|anos|años|d[ée]cada\s+de|decennio)\s+$", re.I)
# a negation right before a verb, in the languages read
_NEGATED = re.compile(r"(?:^|\s)(?:ne|n['’]|не|ні|non|não|لا|لم|لن)\s*$", re.IGNORECASE)


# between a state and its own date in a list whose verb is left out: "la Finlande le 10 juillet"
# or a body of the state and a dash ("латвийский Сейм — 16 апреля, литовский Сейм - 8 мая"), or
# its parliament named ("der litauische Seimas am 8. Mai", "el Seimas lituano el 8 de mayo")
_OWN_DATE_GAP = re.compile(
    r"\s*,?\s*(?:le|en|au|в|у|з|il|el|l['’])?\s*|(?:\s+[^\W\d_]+)?\s*[—–]\s*|"
    # (a plain hyphen only after the body: "литовский министр - 8 мая - раскритиковал" is none)
    r"\s+(?:Seimas|Saeima|Riigikogu|Sejm|Eduskunta|Storting|Parlament|Сейм|Сейма|Рийгикогу|"
    r"Сейму|Эдускунта|Сейм[іу])\s+(?:(?:am|im|le|en|el|il|em|в|у)\s*|-\s+)?"
)


def _gapped(
    view: View,
    states: list[tuple[int, int, str]],
    cue_end: int,
    action: str,
    done: set[str | None],
    treaty: tuple[int, int] | None,
) -> list[Draft]:
    """The step of states listed after its verb, each with its own date ("ont notifié leur
    retrait le 27 juin 2025, la Finlande le 10 juillet et la Pologne le 20 août", "латвийский
    Сейм — 16 апреля, литовский Сейм — 8 мая"); never a name inside the treaty's ("Convention
    d'Ottawa le 2 avril"). ``states``: (start, end, state) as ``_states_in`` finds them."""
    out: list[Draft] = []
    for start, end, code in states:
        if start < cue_end or code in done:
            continue
        inside = treaty is not None and treaty[0] <= start < treaty[1] + 12
        if inside and treaty is not None and not re.search(r"[,;]", view.text[treaty[1] : start]):
            continue  # (a comma ends the name: "... Ottawa-Konvention, der litauische Seimas")
        own = next((m for m in view.dates if m.start >= end), None)
        gap = view.text[end : own.start] if own is not None else ""
        if own is None or not own.usable or not _OWN_DATE_GAP.fullmatch(gap):
            continue
        draft = Draft("treaty_action", code, view, action=action)
        draft.date, draft.own_date = own.value, True
        done.add(code)
        out.append(draft)
    return out


# the clauses of one sentence: "Die Regierung hatte ... angekündigt, das Parlament stimmte im
# Juni zu"; "..., а парламент одобрил выход в июне"
_CLAUSE_CUT = re.compile(r"[,;]\s+|\s+[–—-]\s+")


def _clause_of(text: str, position: int) -> tuple[int, int]:
    """The clause (start, end) of ``text`` holding ``position``, cut at commas, semicolons and
    dashes."""
    start = max((m.end() for m in _CLAUSE_CUT.finditer(text, 0, position)), default=0)
    cut = _CLAUSE_CUT.search(text, position)
    return start, cut.start() if cut else len(text)


def _clause_date(view: View, start: int, end: int) -> str | None:
    """The most precise usable date stated inside the clause."""
    inside = [m for m in view.dates if m.usable and m.value and start <= m.start < end]
    return max(inside, key=lambda m: len(m.value or "")).value if inside else None


# a date set off after its clause, alone to the sentence's end: "..., le 10 juillet 2025."
_APPOSED_GAP = re.compile(r",\s*(?:le|am|el|il|on|о|в)?\s*", re.IGNORECASE)


def _apposed_date(view: View, end: int) -> str | None:
    """The date that stands alone after the clause ending at ``end`` ("après le dépôt de son
    instrument de retrait auprès de l'ONU, le 10 juillet 2025."): that clause's own."""
    after = next((m for m in view.dates if m.start >= end), None)
    if after is None or not after.usable or not _APPOSED_GAP.fullmatch(view.text, end, after.start):
        return None
    rest = view.text[after.end :].strip()
    return after.value if rest in ("", ".") else None


# where a sentence's clauses join: ", et", ", mais", ", und", ";"
_CLAUSES = re.compile(
    r",\s+(?:et|mais|tandis\s+que|alors\s+que|und|aber|während|e|ma|mentre|mas|enquanto)\s+|;\s",
    _I,
)


def _clause(text: str, cue: re.Match[str]) -> tuple[int, int]:
    """(start, end) of the clause that holds ``cue`` (clauses joined by ", et", ", e", ";")."""
    start, end = 0, len(text)
    for join in _CLAUSES.finditer(text):
        if join.end() <= cue.start():
            start = join.end()
        elif join.start() >= cue.end():
            end = join.start()
            break
    return start, end


def _clause_dates(view: View, text: str, cue: re.Match[str]) -> list[DateMention]:
    """The dates of the clause that holds ``cue``."""
    start, end = _clause(text, cue)
    return [m for m in view.dates if start <= m.start and m.end <= end]


def _clause_mentions(view: View, text: str, cue: re.Match[str]) -> list[Mention]:
    """The single-state mentions of the clause that holds ``cue``, where the sentence has
    more than one clause; else none."""
    start, end = _clause(text, cue)
    if (start, end) == (0, len(text)):
        return []
    return [
        m
        for m in view.mentions
        if start <= m.start and m.end <= end and len(m.iso3s) == 1 and not _dateline(view, m)
    ]


# the places listed after a verb, each after a preposition: "en Colombie, en Inde et au Pakistan"
# (Portuguese and Italian too: "na Colômbia e na Índia", "in Colombia e nel Myanmar")
_PLACE_PREPOSITION = r"(?:en|au|aux|dans|in|im|na|no|nas|nos|em|nel|nella|nello|negli|nelle)"
_PLACE_GAP = re.compile(
    rf"\s*(?:,\s*(?:(?:et|und|e)\s+)?|\s(?:et|und|e)\s+){_PLACE_PREPOSITION}\s+"
    r"(?:(?:la|le|les|der|dem)\s+|l['’]\s*)?",
    _I,
)
_FIRST_PLACE = re.compile(
    rf"[^.;,]{{0,40}}?\b{_PLACE_PREPOSITION}\s+(?:(?:la|le|les|der|dem)\s+|l['’]\s*)?$", _I
)


# a bare list of places after one preposition or after "countries:" ("in almeno sei Paesi:
# Afghanistan, Colombia, India e Pakistan", "in Afghanistan, Colombia e Nigeria")
_BARE_GAP = re.compile(
    r"\s*(?:,\s*(?:(?:et|und|e|y)\s+)?|\s(?:et|und|e|y)\s+)"
    # an article before a listed country ("dont la Colombie, l'Inde et le Nigeria")
    r"(?:(?:la|le|les|il|lo|el|der|die|das)\s+|l['’]\s*)?",
    _I,
)
_LIST_OPENS = re.compile(
    r"[^.;]{0,40}?\b(?:Paesi|pays|países|Länder\w*|Staaten)\s*(?::|,?\s+(?:tra\s+cui|fra\s+cui|"
    # "in almeno cinque paesi, tra cui ...", "en al menos cinco países, entre ellos ...",
    # "dans au moins cinq pays, dont ...", "in mindestens fünf Ländern, darunter ..."
    r"tra\s+i\s+quali|entre\s+ell[oa]s|entre\s+les?\s+que|entre\s+el[ae]s|incluindo|"
    r"dont|notamment|darunter))\s*(?:(?:la|le|les|il|lo|el)\s+|l['’]\s*)?$",
    _I,
)


def _places_after(view: View, cue_end: int) -> list[str]:
    """States listed as places right after a verb, two or more, each after a preposition ("en
    ont posé en Colombie, en Inde, au Myanmar et au Pakistan") or in a bare list after one or
    after "countries:" (``_BARE_GAP``, ``_LIST_OPENS``); empty otherwise."""
    after = [m for m in view.mentions if m.start >= cue_end and len(m.iso3s) == 1]
    if not after:
        return []
    opening = view.text[cue_end : after[0].start]
    if not (_FIRST_PLACE.match(opening) or _LIST_OPENS.match(opening)):
        return []
    run = [after[0]]
    for mention in after[1:]:
        gap = view.text[run[-1].end : mention.start]
        if not (_PLACE_GAP.fullmatch(gap) or _BARE_GAP.fullmatch(gap)):
            break
        run.append(mention)
    codes = list(dict.fromkeys(m.iso3s[0] for m in run))
    return codes if len(codes) > 1 else []


def _dateline(view: View, mention: Mention) -> bool:
    """Whether ``mention`` is the city of a dateline that opens the sentence ("OSLO, 26
    novembre (AFP) -"): the place of the newsroom, never an actor (K09)."""
    head = view.text[: mention.start]
    return (
        view.text[mention.start : mention.end].isupper()
        and not any(ch.isalpha() for ch in head)
        and view.text.startswith((",", " (", " -", " –"), mention.end)
    )


# a dateline: a city in capitals (and a country or agency) before the page's date ("МОСКВА,
# 19 марта. /ТАСС/.", "BAMAKO, 17 fév 2026 (AFP) -", "PARIS, le 3 mai -"), as ``dates`` reads
# English ones (K01): the date of the page, never an event's
_DATELINE = re.compile(
    r"^\W*[A-ZÀ-ÝА-ЯЁІЇЄҐ][A-ZÀ-ÝА-ЯЁІЇЄҐ'’ .-]+(?:\s*\([^)]{1,30}\))?,\s*(?:le\s+)?$"
)


# a dateline written in mixed case or a script without capitals ("Душанбе, 5 декабря 2024 г. —",
# "N'Djamena, le 5 avril 2022 —", "عدن – 21 أكتوبر 2024 –"): a short name, a comma or a dash,
# the date, then a dash (after the year's word or an agency): the page's date too
_NAMED = re.compile(r"^\W*[^\W\d][^\d,.;:!?()]{0,30}?\s*[,–—-]\s*(?:le\s+)?$")
_DASH_AFTER = re.compile(r"\s*(?:г\.|года|р\.|року)?\s*(?:\([^)]{1,30}\)|/[^/]{1,30}/)?\s*[—–-]\s")
# a page stamp run into the headline by a dash ("12/03/2025 - Il parlamento approva ...",
# "Aggiornato il 24/2/2025 alle 10:32 - La Lituania ...", "Pagina 3 - 10/06/2025 - ...",
# "أخبار | 12/03/2025 - ..."): the date opens the line after at most a short label, then its
# clock time, then the dash; the page's date, never the headline's step's
_STAMP_BEFORE = re.compile(r"^\W*(?:[^\W\d][^\d.;!?()]{0,30}?(?:\s+\d{1,3})?\s*[|:,–—-]?\s*)?$")
_STAMP_AFTER = re.compile(
    r"(?:\s*[,|]?\s*(?:(?:alle|ore|at|à|a\s+las|às|um|الساعة)\s+)?\d{1,2}[:h.]\d{2}"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*[|—–-]\s"
)


# a clause that turns against the one before ("..., однако в конце июня", "..., mais en juin",
# "...; aber im Juni"): a year stated on the other side is another time's
# a clause of contrast that opens on its own subject ("..., тоді як Росія ...", "..., тогда как
# Россия ...", "..., alors que la Russie ...", "..., mentre la Russia ...", "..., während
# Russland ..."): ``uses.contrasted_uses``
_WHILE = re.compile(
    r",\s*(?:тоді\s+як|тогда\s+как|в\s+то\s+время\s+как|у\s+той\s+час\s+як|alors\s+que|"
    r"tandis\s+que|mentre|enquanto|mientras(?:\s+que)?|während)\s+",
    _I,
)
_CONTRAST = re.compile(
    r"[,;،]\s*(?:однако|но|зато|однак|проте|але|mais|cependant|toutefois|ma|però|tuttavia|mas|"
    r"porém|contudo|aber|jedoch|doch|لكن|ولكن|فيما|بينما)\b|;",
    re.IGNORECASE,
)


def _after_dated(
    text: str,
    found: list[DateMention],
    start: int,
    year: int | None,
    month: int,
    day: int | None,
    anchor: Anchor,
) -> int | None:
    """The year of a year-less date that ends a range opened by a dated one ("منذ 8 كانون
    الأول 2024 وحتى 15 آذار", "dal 10 novembre 2023 al 12 febbraio"; one or two short words
    between): the year that puts it after the first, where the sentence's own year (the
    first's) would put it before; never past publication."""
    if year is None:
        return year
    for mention in found:
        if mention.value is None or len(mention.value) < 7 or start <= mention.end:
            continue
        if not _RANGE_GAP.fullmatch(text, mention.end, start):
            continue
        first = PartialDate.parse(mention.value)
        if first.year != year or first.month is None:
            continue
        if (month, day or 31) < (first.month, first.day or 1):
            later = _iso(year + 1, month, day)
            return year if after_publication(later, anchor) else year + 1
    return year


# what stands between the two ends of a range of dates: one or two short words ("au", "al",
# "fino al", "وحتى", "по", "até")
_RANGE_GAP = re.compile(r"\W*(?:\w{1,5}\W+){1,2}")


def _contrasted_clause(text: str, position: int, until: int | None = None) -> str:
    """The part of ``text`` around ``position`` between two contrasting joins (``_CONTRAST``),
    ending by ``until`` at the latest: where a year-less date looks for the sentence's own
    year."""
    start = max((m.end() for m in _CONTRAST.finditer(text, 0, position)), default=0)
    cut = _CONTRAST.search(text, position)
    end = cut.start() if cut else len(text)
    return text[start : end if until is None else min(end, until)]


def _page_date(text: str, mention: DateMention) -> DateMention:
    if mention.start > 60:
        return mention
    before = text[: mention.start]
    dateline = (
        _DATELINE.match(before)
        or (_NAMED.match(before) and _DASH_AFTER.match(text, mention.end))
        or (_STAMP_BEFORE.match(before) and _STAMP_AFTER.match(text, mention.end))
    )
    if not dateline:
        return mention
    return DateMention(mention.start, mention.end, mention.value, mention.since, True)


def _mention(
    match: re.Match[str], value: str | None, anchor: Anchor, since: bool = False
) -> DateMention:
    """A date as found; one after publication (a step still to come) dates nothing done, and
    one that opens a period (``since``) dates nothing either."""
    late = after_publication(value, anchor)
    return DateMention(match.start(), match.end(), value, since, reporting=late)


def _dated_completion(draft: Draft, view: View, cue: re.Match[str]) -> Draft:
    """A completion dated by a date that states its year ("assinala hoje dez anos desde que
    foi declarado livre de minas ... a 17 de setembro de 2015": not "hoje"), else by the
    nearest date to its cue."""
    usable = [m for m in view.dates if m.usable and m.value]
    stated = [m for m in usable if _YEAR_STATED.search(view.text, m.start, m.end)]
    pool = stated or usable
    if pool:
        best = min(pool, key=lambda m: max(m.start - cue.end(), cue.start() - m.end, 0))
        draft.date, draft.own_date = best.value, True
    return draft


_YEAR_STATED = re.compile(r"(?:1[89]|20)\d\d")


def _part_year(stated: str | None, anchor: Anchor) -> int | None:
    """The year of a part of a year: the one stated, else the publication's."""
    return int(stated) if stated else anchor.year


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    if year is None:
        return None
    return f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
