"""States named in text: names, adjectives, demonyms, capitals, groupings and a few regions.

Names come from pycountry (ISO 3166-1); the other forms from our own tables in
``minewatch/data/gazetteer`` (see its README for where the forms come from). One compiled
pattern finds every form, longest first, case-sensitively (state names are proper nouns).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

_NOT_AN_ACTOR_AFTER = re.compile(
    r"[’'´]?s?\s+(?:Convention|Treaty|Process|Post|Times|Independent|Herald|Tribune|Agreement|"
    r"Accords?|Declaration|Protocol|Action Plan|Peninsula|Summit)\b"
)
# ISO names that are mostly something else in English news prose.
_SKIP_NAMES = frozenset({"Jersey", "Guernsey"})


@dataclass(frozen=True)
class Mention:
    """A stretch of text that names one state or a group of states."""

    start: int
    end: int
    form: str
    iso3s: tuple[str, ...]
    kind: str  # name | alias | adjective | demonym | capital | government | group | region


@dataclass(frozen=True)
class Gazetteer:
    forms: dict[str, tuple[tuple[str, ...], str]]
    pattern: re.Pattern[str]

    def find(self, text: str) -> list[Mention]:
        """Every state mention in ``text``, left to right, "Ottawa Treaty" and the like left out."""
        mentions: list[Mention] = []
        for match in self.pattern.finditer(text):
            if _NOT_AN_ACTOR_AFTER.match(text, match.end()):
                continue
            iso3s, kind = self.forms[match.group(0)]
            mentions.append(Mention(match.start(), match.end(), match.group(0), iso3s, kind))
        return mentions


def _data_rows(name: str) -> list[dict[str, str]]:
    source = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / name
    with source.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _pycountry_forms() -> dict[str, tuple[tuple[str, ...], str]]:
    forms: dict[str, tuple[tuple[str, ...], str]] = {}
    for country in pycountry.countries:
        iso3 = str(country.alpha_3)
        names = [getattr(country, key, None) for key in ("name", "common_name", "official_name")]
        for name in filter(None, names):
            forms.setdefault(str(name), ((iso3,), "name"))
    for country in pycountry.countries:
        short = _short_form(str(country.name))
        if short and short not in _SKIP_NAMES:
            forms.setdefault(short, ((str(country.alpha_3),), "name"))
    return {form: value for form, value in forms.items() if form not in _SKIP_NAMES}


def _short_form(name: str) -> str:
    """ "Venezuela, Bolivarian Republic of" -> "Venezuela"; "Korea, Republic of" is ambiguous."""
    short = re.sub(r"\s*\(.*?\)", "", name.split(",")[0]).strip()
    return "" if short == "Korea" or short == name else short


@lru_cache(maxsize=512)
def state_name(iso3: str) -> str:
    """A short English name for display: our "short" row, else pycountry's common or ISO name."""
    for row in _data_rows("states.csv"):
        if row["iso3"] == iso3 and row["kind"] == "short":
            return row["form"]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return str(getattr(country, "common_name", None) or _short_form(country.name) or country.name)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (read-only, built once on first use)."""
    forms = _pycountry_forms()
    for row in _data_rows("states.csv"):
        forms[row["form"]] = ((row["iso3"],), row["kind"])
    for row in _data_rows("groups.csv"):
        forms[row["form"]] = (tuple(row["members"].split()), "group")
    for row in _data_rows("regions.csv"):
        forms.setdefault(row["form"], ((row["iso3"],), "region"))
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])")
    return Gazetteer(forms, pattern)


def find_states(text: str) -> list[Mention]:
    """Shorthand for ``load_gazetteer().find(text)``."""
    return load_gazetteer().find(text)
