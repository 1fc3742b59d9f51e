"""States named in text: names, adjectives, demonyms, capitals, groupings and a few regions.

    find_states("A blast in the Democratic Republic of Congo's Ituri")  -> [Mention(..., ("COD",))]
    find_states("Un soldado colombiano murió", language="es")            -> [Mention(..., ("COL",))]

Names come from pycountry (ISO 3166-1, the Debian ``iso-codes`` data, with its Spanish
translations for Spanish text). Each ISO name also gives its everyday variants: the inverted
form said the right way round ("Congo, The Democratic Republic of the" -> "Democratic Republic
of the Congo"), "of the" without "the", curly or straight apostrophes, letters without accents
("Turkiye", "Cote d'Ivoire"). The short form before the comma ("Venezuela") is used only when
no other state shares it: "Congo" and "Korea" are shared, so they never resolve on their own.
Our own tables in ``minewatch/data/gazetteer`` add adjectives, demonyms, capitals, aliases
("DRC", "Congo-Kinshasa", "Ivory Coast", "Burma", "Swaziland") and the names that are ambiguous
by themselves (``ambiguous.csv``: "Congo", "Congolese", "Korea", "Dominican"); an ambiguous
mention resolves to the one of its states that the same document names unambiguously, else to
none (``resolve_ambiguous``). One compiled pattern finds every form, longest first,
case-sensitively (state names are proper nouns).
"""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry

from minewatch.extract.lexicons.lexicon import WITHOUT_UMLAUTS

_NOT_AN_ACTOR_AFTER = re.compile(
    r"[’'´]?s?\s+(?:Convention|Treaty|Process|Post|Times|Independent|Herald|Tribune|Agreement|"
    r"Accords?|Declaration|Protocol|Action Plan|Peninsula|Summit)\b|"
    # "the Ottawa treaty", "the Ottawa process" in lower case (never a possessive: "Syria's
    # agreement" is Syria's)
    r"\s+(?:treaty|convention|process|accord)\b|"
    # the German compound: "die Ottawa-Konvention", "das Ottawa-Übereinkommen"
    r"-(?:Konvention|Abkommen|Vertrag|Übereinkommen|Prozess)"
)
# the Romance order: "la Convención de Ottawa", "el Tratado de Ottawa", "Proceso de Ottawa",
# "la Convenzione di Ottawa", "a Convenção de Ottawa"
_NAMES_AN_INSTRUMENT = re.compile(
    # (in lower case too: "el tratado de Ottawa", "la convención de Ottawa")
    r"\b(?:[Cc]onvención|[Cc]onvenio|[Tt]ratado|Proceso|Acuerdo|Protocolo|Declaración|"
    r"[Cc]onvenzione|[Tt]rattato|Processo|Accordo|Protocollo|Dichiarazione|[Cc]onvenção|Acordo|"
    r"Declaração)\s+d[ei]\s+$|"
    # the French elision: "la Convention d'Ottawa", "le traité d'Ottawa", "le processus d'Ottawa"
    r"\b(?:[Cc]onvention|[Tt]raité|[Pp]rocessus|Accord|Protocole|Déclaration)\s+d['’]$|"
    # the German: "das Übereinkommen von Ottawa"
    r"\b(?:Konvention|Abkommen|Vertrag|Übereinkommen|Prozess)\w*\s+von\s+$"
)
# a part of the continent, not the United States: "the last country in Central America",
# "Latin American states", Italian "in America Latina", "l'America del Sud"
_CONTINENT_BEFORE = re.compile(r"\b(?:Central|Latin|South|North|Middle|Meso)[ -]$")
_CONTINENT_AFTER = re.compile(
    r"\s+(?:[Ll]atina|[Cc]entrale|[Mm]eridionale|[Ss]ettentrionale|del\s+(?:Sud|Nord))\b"
)
# ISO names that are mostly something else in news prose.
_SKIP_NAMES = frozenset({"Jersey", "Guernsey"})

Forms = dict[str, tuple[tuple[str, ...], str]]


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names one state or a group of states."""

    start: int
    end: int
    form: str
    iso3s: tuple[str, ...]
    kind: str  # name | alias | adjective | demonym | capital | government | group | region
    # | ambiguous (several states, one of which is meant: see resolve_ambiguous)


@dataclass(frozen=True)
class Gazetteer:
    forms: Forms
    pattern: re.Pattern[str]
    stems: Forms | None = None  # inflected languages: stem -> states (see _stem_forms)
    stem_pattern: re.Pattern[str] | None = None

    def find(self, text: str) -> list[Mention]:
        """Every state mention in ``text``, left to right, "Ottawa Treaty" and the like left out."""
        mentions = self._find_forms(text)
        if self.stems is None or self.stem_pattern is None:
            return mentions
        for match in self.stem_pattern.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in mentions):
                continue
            iso3s, kind = self.stems[match.group(1)]
            mentions.append(Mention(match.start(), match.end(), match.group(0), iso3s, kind))
        return sorted(mentions, key=lambda m: m.start)

    def _find_forms(self, text: str) -> list[Mention]:
        mentions: list[Mention] = []
        for match in self.pattern.finditer(text):
            if _NOT_AN_ACTOR_AFTER.match(text, match.end()):
                continue
            if match.group(0).startswith("America") and _continent(text, match):
                continue
            if text.endswith(
                ("de ", "di ", "d'", "d’"), 0, match.start()
            ) and _NAMES_AN_INSTRUMENT.search(text, max(0, match.start() - 40), match.start()):
                continue
            iso3s, kind = self.forms[match.group(0)]
            if kind == "region" and _QUARTER_BEFORE.search(
                text, max(0, match.start() - 8), match.start()
            ):
                continue  # "أحياء صلاح الدين" in Tripoli: a city's quarter, not the province
            mentions.append(Mention(match.start(), match.end(), match.group(0), iso3s, kind))
        return mentions


# the word for a city's quarter or street before a name that is also a province's ("أحياء صلاح
# الدين وعين زارة", Tripoli's quarters; "شارع صلاح الدين", a street)
_QUARTER_BEFORE = re.compile(r"(?<!\w)(?:أحياء|حي|حيي|شارع|ضاحية)\s+$")


def _continent(text: str, match: re.Match[str]) -> bool:
    """ "America" naming a part of the continent (``_CONTINENT_BEFORE``, ``_CONTINENT_AFTER``)."""
    before = _CONTINENT_BEFORE.search(text, max(0, match.start() - 8), match.start())
    return before is not None or _CONTINENT_AFTER.match(text, match.end()) is not None


def _data_rows(name: str) -> list[dict[str, str]]:
    source = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / name
    with source.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _translator(language: str) -> gettext.NullTranslations:
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])


def _translate(translations: gettext.NullTranslations, name: str) -> str:
    text = translations.gettext(name)
    return name if not text or "\n" in text else text


def _iso_forms(language: str) -> Forms:
    """Full names and their variants; short forms only where no other state shares them."""
    translations = _translator(language)
    full: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    for country in pycountry.countries:
        iso3 = str(country.alpha_3)
        for key in ("name", "common_name", "official_name"):
            name = getattr(country, key, None)
            if not name:
                continue
            name = _translate(translations, str(name))
            for form in _variants(_inverted(name), language) | _variants(name, language):
                full.setdefault(form, set()).add(iso3)
            truncated = _truncated(name)
            if truncated:
                for form in _variants(truncated, language):
                    short.setdefault(form, set()).add(iso3)
    forms: Forms = {}
    for table, kind in ((short, "name"), (full, "name")):
        for form, codes in table.items():
            if len(codes) == 1 and form not in _SKIP_NAMES and "," not in form:
                forms[form] = ((next(iter(codes)),), kind)
            elif len(codes) > 1:
                forms.pop(form, None)  # shared by several states: never one of them alone
    return forms


def _inverted(name: str) -> str:
    """ "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"."""
    if "," not in name:
        return name
    head, tail = (part.strip() for part in name.split(",", 1))
    tail = re.sub(r"^(?:The|the)\s+", "", tail)
    return f"{tail} {head}"


def _truncated(name: str) -> str:
    """ "Venezuela, Bolivarian Republic of" -> "Venezuela"; "" where nothing is cut."""
    short = re.sub(r"\s*\(.*?\)", "", name.split(",")[0]).strip()
    return "" if short == name else short


def _variants(form: str, language: str = "en") -> set[str]:
    """The ways ``form`` is printed: with and without "the" after "of", either apostrophe,
    with and without accents."""
    out = {form}
    if language == "en":
        out.add(re.sub(r"\bof the\b", "of", form))
    for item in list(out):
        out.add(item.replace("'", "’"))
        out.add(item.replace("’", "'"))
    out |= {_unaccented(item) for item in out}
    if language == "ar":
        out |= _arabic_forms(out)
    if language == "de":  # the genitive: "im Nordosten Bosniens", "Russlands Armee"
        out |= {item + "s" for item in out if item[-1:] not in "sxzß"}
    return {item for item in out if item}


# Arabic: the hamza seats written or not ("أوكرانيا", "اوكرانيا"), and the proclitics a name
# takes as part of its word: "و" and, "ب" in, "ل" to, "ف" so; "ال" + "ل" is written "لل"
_HAMZA = str.maketrans("أإآ", "ااا")
_PROCLITICS = ("و", "ب", "ل", "ف", "وب", "ول")


def _arabic_forms(forms: set[str]) -> set[str]:
    """Each Arabic form with its hamzas plain, and with its proclitics attached ("روسيا" ->
    "وروسيا", "بروسيا"; "العراق" -> "بالعراق", "للعراق")."""
    plain = forms | {form.translate(_HAMZA) for form in forms}
    out = set(plain)
    for form in plain:
        if not form[:1] or not "\u0600" <= form[0] <= "\u06ff":
            continue
        for clitic in _PROCLITICS:
            out.add(clitic + form)
        if form.startswith("ال"):
            out.add("لل" + form[2:])
            out.add("ولل" + form[2:])
    return out


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=512)
def state_name(iso3: str) -> str:
    """A short English name for display: our "short" row, else pycountry's common or ISO name."""
    for row in _data_rows("states.csv"):
        if row["iso3"] == iso3 and row["kind"] == "short":
            return row["form"]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return not_states().get(iso3, iso3)
    common = getattr(country, "common_name", None)
    return str(common or _truncated(country.name) or country.name)


# Spanish adjectives and demonyms agree in gender and number: the table lists one form
# ("ucraniano") and the others are its regular endings (RAE, "Nueva gramática", 3.8: -o/-a/-os/
# -as; -és/-esa/-eses/-esas; -ol/-ola/-oles/-olas; -án/-ana/-anes/-anas; -í/-íes; -e/-es).
_SPANISH_ENDINGS = (
    ("o", ("o", "a", "os", "as")),
    ("és", ("és", "esa", "eses", "esas")),
    ("ol", ("ol", "ola", "oles", "olas")),
    ("án", ("án", "ana", "anes", "anas")),
    ("í", ("í", "íes", "ís")),
    ("e", ("e", "es")),
    ("a", ("a", "as")),
    ("i", ("i", "is")),
)


# Italian ones the same way (Serianni, "Grammatica italiana", III.4: -o/-a/-i/-e; -e/-i;
# -a/-i/-e, "yemenita"); an irregular plural ("polacchi") is listed in the table itself.
_ITALIAN_ENDINGS = (
    ("o", ("o", "a", "i", "e")),
    ("e", ("e", "i")),
    ("a", ("a", "i", "e")),
)
# Portuguese ones (Cunha & Cintra, "Nova gramática do português contemporâneo", ch. 10:
# -o/-a/-os/-as; -ês/-esa/-eses/-esas; -ão/-ã/-ães/-ãos; -e/-es; -a/-as)
_PORTUGUESE_ENDINGS = (
    ("o", ("o", "a", "os", "as")),
    ("ês", ("ês", "esa", "eses", "esas")),
    ("ão", ("ão", "ã", "ães", "ãos")),
    ("eu", ("eu", "eia", "eus", "eias")),
    ("e", ("e", "es")),
    ("a", ("a", "as")),
    ("i", ("i", "is")),
)
# French ones (Grevisse, "Le Bon Usage", §§ 532-544: -ien/-ienne, -éen/-éenne, -on/-onne;
# -ain/-aine, -in/-ine, -an/-ane, -ais/-aise, -ois/-oise; -e/-es; "-é"/"-ée"); "grec" and
# "turc" ("grecque", "turque") are listed whole in the table, as "-c" takes no ending here
_FRENCH_ENDINGS = (
    ("en", ("en", "enne", "ens", "ennes")),
    ("on", ("on", "onne", "ons", "onnes")),
    ("ais", ("ais", "aise", "aises")),
    ("ois", ("ois", "oise", "oises")),
    ("c", ("c",)),
    ("e", ("e", "es")),
    ("s", ("s", "se", "ses")),
    ("x", ("x",)),
    ("", ("", "e", "s", "es")),
)
_ENDINGS = {
    "es": _SPANISH_ENDINGS,
    "it": _ITALIAN_ENDINGS,
    "pt": _PORTUGUESE_ENDINGS,
    "fr": _FRENCH_ENDINGS,
}


def _agreeing(form: str, kind: str, language: str) -> list[str]:
    """``form`` and, for a Spanish, Italian, Portuguese or French adjective or demonym (of a
    state or a region: written in lower case), its other genders and numbers ("ucraniano" ->
    "ucraniana", "ucranianos", "ucranianas"; "saharaui" -> "saharauis"; "antioqueño" ->
    "antioqueña"; "russo" -> "russa", "russi", "russe"; Portuguese "português" ->
    "portuguesa"; French "libyen" -> "libyenne", "libyens", "libyennes")."""
    table = _ENDINGS.get(language)
    if table is None or not form[:1].islower() or " " in form:
        return [form]
    for ending, endings in table:
        if form.endswith(ending):
            stem = form[: len(form) - len(ending)]
            return [form, *(stem + e for e in endings if stem + e != form)]
    return [form]


def _our_forms(language: str) -> Forms:
    forms: Forms = {}
    suffix = "" if language == "en" else f"_{language}"
    rows = _data_rows(f"states{suffix}.csv")
    for row in rows:  # the endings first, so that a form the table lists keeps its own row
        for written in _agreeing(row["form"], row["kind"], language)[1:]:
            for form in _variants(written, language):
                forms[form] = ((row["iso3"],), row["kind"])
    for row in rows:
        for form in _variants(row["form"], language):
            forms[form] = ((row["iso3"],), row["kind"])
    for row in _data_rows("ambiguous.csv"):
        if row["language"] == language:
            for form in _variants(row["form"], language):
                forms[form] = (tuple(row["members"].split()), "ambiguous")
    return forms


# Mine-affected states (Landmine Monitor: contaminated now or recently) whose first-level
# subdivisions (ISO 3166-2, as pycountry carries them) place events in text of that language:
# "en la vereda Providencia, Anorí, Antioquia" is in Colombia.
_SPEAKERS = {
    "es": ("CHL", "COL", "ECU", "NIC", "PER", "VEN"),
    "ru": ("RUS", "UKR"),
    "uk": ("RUS", "UKR"),
}
# Languages with a table of our own forms (``states_<language>.csv``: short names pycountry
# lacks, "Россия", "Birmanie"; capitals; armed forces named by acronym, "ВСУ", "ЗСУ")
_OWN_TABLES = ("es", "fr", "ru", "uk", "it", "pt", "ar", "de")
# Languages whose names pycountry also carries in a regional spelling read as well: Brazilian
# Portuguese ("Irã", "Polônia", "Iêmen") beside the European ("Irão", "Polónia", "Iémen")
_ALSO_SPELLED = {"pt": ("pt_BR",)}
# Languages whose names inflect by case ("Харьковская область", "в Харьковской области",
# "на Харківщині"): their names are also matched by stem (see _stem_forms).
_INFLECTED = ("ru", "uk")
# languages whose names are also written without umlauts ("Suedsudan", "Oesterreich"), as
# their lexicon reads them (``Lexicon.umlaut_spellings``)
_UMLAUTS_SPELLED_OUT = ("de",)


def _subdivision_forms(states: Sequence[str], language: str = "es") -> Forms:
    """Top-level subdivision names of ``states`` that no other of them shares, in
    ``language`` (pycountry's ISO 3166-2 translations; Spanish names are ISO's own)."""
    translations = (
        gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language])
        if language in _INFLECTED
        else gettext.NullTranslations()
    )
    owners: dict[str, set[str]] = {}
    for iso3 in states:
        alpha_2 = pycountry.countries.lookup(iso3).alpha_2
        subdivisions: Iterable[Any] = pycountry.subdivisions
        for sub in subdivisions:
            if sub.country_code == alpha_2 and getattr(sub, "parent_code", None) is None:
                name = _translate(translations, str(sub.name))
                name = _truncated(name) or name
                if name.startswith("Distrito"):
                    continue  # "Distrito Capital" is any capital district
                for form in _variants(name, language):
                    owners.setdefault(form, set()).add(iso3)
    return {form: ((next(iter(c)),), "region") for form, c in owners.items() if len(c) == 1}


_VOWELS_AT_END = re.compile(r"[аеёиіїйоуыьэюяєʼ']+$")
_REGION_SUFFIX = re.compile(r"(?:ськ|ск)$")
_ENDING = r"[а-яёієїґʼ']{0,4}"


def _stem(word: str) -> str:
    """A Cyrillic word less its case ending: "Харьковской" and "Харьковская" -> "Харьковск",
    "Україні" -> "Україн"."""
    return _VOWELS_AT_END.sub("", word)


# The case endings of a one-word state name too short to be matched by stem ("Сирия",
# "Куба", "Чад"): (ending of the nominative, endings of the other cases), per language, by
# declension ("-ия"/"-ія", "-а", a consonant)
_SHORT_CASES: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "ru": (("ия", ("ии", "ию", "ией")), ("а", ("ы", "е", "у", "ой")), ("", ("а", "е", "у", "ом"))),
    "uk": (("ія", ("ії", "ію", "ією")), ("а", ("и", "і", "у", "ою")), ("", ("у", "і", "ом"))),
}


def _short_declined(forms: Forms, language: str) -> Forms:
    """The other cases of the one-word state names whose stem is under four letters, which
    ``_stem_forms`` leaves out ("в Сирии", "на Кубе", "в Чаде", "у Сирії"): each written out,
    so that only these whole words match."""
    out: Forms = {}
    for form, (codes, kind) in forms.items():
        if " " in form or kind == "region" or not re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёієїґ]+", form):
            continue
        stem = _stem(form)
        if len(stem) >= 4 or len(form) < 3:
            continue
        for ending, endings in _SHORT_CASES.get(language, ()):
            # after a consonant only: "Самоа" does not decline
            base = form[: len(form) - len(ending)]
            if form.endswith(ending) and base[-1] not in "аеёиіїйоуыьэюяє":
                out.update({base + e: (codes, kind) for e in endings})
                break
    return out


def _stem_forms(forms: Forms) -> Forms:
    """Stems of the one-word names and of a region's first word (its adjective:
    "Харківська область" -> "Харківськ"), plus the region's everyday noun ("Харківщина",
    stem "Харківщин": the adjective's "-ськ"/"-ск" made "-щин"). Stems under four letters
    are left out: they would match other words."""
    stems: Forms = {}
    # a first word that opens several regions' names, each with its own name after it, is
    # their kind's noun, not a name ("Республика Адыгея", "Республика Алтай"): its stem would
    # match any republic ("Донецкой Народной Республики")
    openers: dict[str, set[str]] = {}
    for form in forms:
        if " " in form:
            first, second = form.split()[:2]
            if second[:1].isupper():
                openers.setdefault(first, set()).add(second)
    for form, (codes, kind) in forms.items():
        words = form.split()
        if kind == "region" and len(words) > 1 and len(openers.get(words[0], ())) > 1:
            words = words[1:]  # "Республика Адыгея": the name is the second word
        if not words or not re.match(r"[А-ЯЁІЇЄҐ]", form):
            continue
        if len(words) > 1 and kind != "region":
            continue
        stem = _stem(words[0])
        if len(stem) < 4:
            continue
        stems.setdefault(stem, (codes, kind))
        if kind == "region" and _REGION_SUFFIX.search(stem):
            stems.setdefault(_REGION_SUFFIX.sub("щин", stem), (codes, kind))
    return stems


# German writes a part of a state as one word with its compass point ("Ostukraine",
# "Nordsyrien", "im Südlibanon", "Nordostnigeria"): the state's region. A compound that is a
# state of its own ("Südsudan", "Nordkorea", "Nordmazedonien") keeps its own entry; "Amerika"
# names continents in them ("Südamerika"), and "Nordirland" is listed in states_de.csv.
_COMPASS = ("Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest", "Zentral")
_NO_COMPASS = frozenset({"Amerika"})


def _compass_compounds(forms: Forms) -> Forms:
    """Each one-word German name of a single state with a compass point before it, as a
    region of that state ("Ukraine" -> "Ostukraine", "Westukraine", ...)."""
    out: Forms = {}
    for form, (iso3s, kind) in forms.items():
        if kind not in ("name", "short") or len(iso3s) != 1 or form in _NO_COMPASS:
            continue
        if not form[:1].isupper() or not form.isalpha() or len(form) < 4:
            continue
        for point in _COMPASS:
            out[point + form[0].lower() + form[1:]] = (iso3s, "region")
    return out


# one per language read (language.READ_LANGUAGES: nine), with room to spare: at 8 a stream of
# stories in all nine evicted one and rebuilt it (~0.5 s of CPU) every few stories
@lru_cache(maxsize=16)
def load_gazetteer(language: str = "en") -> Gazetteer:
    """The process-wide gazetteer for ``language`` ("en", or another language, which also
    knows the English forms); read-only, built once on first use. Russian and Ukrainian names
    are also found by stem, whatever their case ending."""
    forms = _iso_forms("en")
    forms.update(_our_forms("en"))
    for row in _data_rows("groups.csv"):
        forms[row["form"]] = (tuple(row["members"].split()), "group")
    for row in _data_rows("regions.csv"):
        forms.setdefault(row["form"], ((row["iso3"],), "region"))
    if language != "en":
        for spelling in (*_ALSO_SPELLED.get(language, ()), language):
            forms.update(_iso_forms(spelling))
        if language in _OWN_TABLES:
            forms.update(_our_forms(language))
        regions = _subdivision_forms(_SPEAKERS.get(language, ()), language)
        for form, value in regions.items():
            forms.setdefault(form, value)
    if language == "de":
        for form, value in _compass_compounds(forms).items():
            forms.setdefault(form, value)
    if language in _UMLAUTS_SPELLED_OUT:
        for form, value in list(forms.items()):
            forms.setdefault(form.translate(WITHOUT_UMLAUTS), value)
    pattern = re.compile(rf"(?:{_trie(forms, _NOT_AFTER_WORD)})(?![\w])")
    if language not in _INFLECTED:
        return Gazetteer(forms, pattern)
    for form, value in _short_declined(forms, language).items():
        forms.setdefault(form, value)
    pattern = re.compile(rf"(?:{_trie(forms, _NOT_AFTER_WORD)})(?![\w])")
    stems = _stem_forms(forms)
    stem_pattern = re.compile(rf"({_trie(stems, _NOT_AFTER_WORD)}){_ENDING}(?![\w])")
    return Gazetteer(forms, pattern, stems, stem_pattern)


# the check that a form starts a word ("Oman" not in "Romania", "Niger" not in "Pre-Niger"),
# made after the form's first letter, which the lookbehind then spans (``{}`` is that letter):
# a pattern that starts with a literal lets the regex engine skip every position whose letter
# starts no form
_NOT_AFTER_WORD = r"(?<![\w-]{})"


def _trie(words: Iterable[str], after_first: str = "") -> str:
    """One regular expression matching any of ``words``, factored by common prefixes
    ("Niger|Nigeria" -> "Niger(?:ia)?"); where several words match at one place it takes the
    longest (the greedy "?" tries the longer branch first and backs off to the shorter), as a
    plain alternation sorted longest first does, but the engine follows one branch per letter
    instead of trying each of ~1,700 forms at every position of the text (the gazetteer's
    search was ~8 % of extraction). ``after_first``: what follows each first letter (nothing
    by default), with ``{}`` standing for that letter escaped."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_branches(root, after_first)


def _trie_branches(node: dict[str, Any], after_first: str = "") -> str:
    branches = []
    for ch in sorted(key for key in node if key):
        head = re.escape(ch)
        if after_first:
            head += after_first.format(re.escape(ch))
        branches.append(head + _trie_branches(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: try the longer words first, then this one
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def find_states(text: str, language: str = "en") -> list[Mention]:
    """Shorthand for ``load_gazetteer(language).find(text)``."""
    return load_gazetteer(language).find(text)


def resolve_ambiguous(mentions: Sequence[list[Mention]]) -> list[list[Mention]]:
    """Each sentence's mentions with "Congo", "Korea" and the like made one state or dropped.

    An ambiguous mention takes the one of its states that the same document (all of
    ``mentions``) names unambiguously; with none or several such states it is dropped, since a
    wrong state is worse than none.
    """
    named = {code for ms in mentions for m in ms if len(m.iso3s) == 1 for code in m.iso3s}
    out: list[list[Mention]] = []
    for sentence in mentions:
        kept: list[Mention] = []
        for mention in sentence:
            if mention.kind != "ambiguous":
                kept.append(mention)
                continue
            choices = [code for code in mention.iso3s if code in named]
            if len(choices) == 1:
                kept.append(replace(mention, iso3s=(choices[0],), kind="name"))
        out.append(kept)
    return out


@lru_cache(maxsize=1)
def not_states() -> dict[str, str]:
    """Places our tables name that are no state in the data: a code that ISO 3166-1 lacks
    (Kosovo's user-assigned XKX) -> its name. The shipped reference data and the claim store
    hold only ISO 3166-1 codes (``domain.values.is_state_code``), and Kosovo is not a State
    Party candidate in the depositary's list, so a claim there has no state: its place keeps
    the name (``events.draft_events``)."""
    out: dict[str, str] = {}
    for row in _data_rows("states.csv"):
        if pycountry.countries.get(alpha_3=row["iso3"]) is None:
            out.setdefault(row["iso3"], row["form"])
    return out


def _folded(text: str) -> str:
    return _unaccented(text).replace("’", "'").casefold().strip()


@lru_cache(maxsize=1)
def _by_folded_form() -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for language in ("en", "es"):
        for form, (codes, kind) in load_gazetteer(language).forms.items():
            if kind not in ("group", "region"):
                known = index.get(_folded(form), ())
                index[_folded(form)] = tuple(dict.fromkeys((*known, *codes)))
    return index


def states_named(query: str) -> tuple[str, ...]:
    """The states a search query names, whatever its case, accents or apostrophe:
    "cote d’ivoire" -> ("CIV",), "Turkiye" -> ("TUR",), "congo" -> ("COD", "COG")."""
    return _by_folded_form().get(_folded(query), ())
