"""First-level subdivisions (ISO 3166-2, as pycountry carries them) as places in a state.

Used only where a sentence names no state at all: "a landmine detonated in the Matin range of
Dahuk" is in Iraq, "na província do Moxico" in Angola, "near the Line of Control in Jammu and
Kashmir" is in India. A name is used only when ISO 3166-2 gives it to one state alone and it
is not itself a state's name; names are compared without diacritics and without their admin
word ("Kharkivska oblast" = "Kharkivska").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

from minewatch.extract.gazetteer import Mention

_ADMIN_WORDS = re.compile(
    r"\s+(?:oblast|province|governorate|region|state|district|department|prefecture|county|"
    r"territory|division)$",
    re.IGNORECASE,
)
_CANDIDATE = re.compile(
    r"\b(?:[Ii]n|[Nn]ear|[Oo]f|[Ff]rom|[Aa]round|[Oo]utside|"
    # the same prepositions in the Romance languages read ("na província do Moxico", "dans la
    # province du Kivu", "en el departamento del Cauca", "nella provincia di Herat")
    # (after an elided article too: "dans la province de l'Ennedi Ouest")
    r"em|no|na|do|da|de|en|del|du|dans|nel|nella|della|di)\s+(?:the\s+|l['’])?"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3})"
)


_GENERIC = re.compile(r"^(?:north|south|east|west|central|upper|lower|greater|middle|capital)")


def _key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    plain = re.sub(r"['’]s$", "", plain.strip()).replace("-", " ")  # "Ennedi-Ouest"
    return _ADMIN_WORDS.sub("", plain).lower()


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Subdivision name -> ISO3 of its state, for names that belong to one state only."""
    owners: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=subdivision.country_code)
        if country is not None:
            owners.setdefault(_key(subdivision.name), set()).add(str(country.alpha_3))
    states = {_key(str(c.name)) for c in pycountry.countries}
    return {
        key: next(iter(owner))
        for key, owner in owners.items()
        if len(owner) == 1 and len(key) >= 4 and key not in states and not _GENERIC.match(key)
    }


def find_subdivisions(text: str) -> list[Mention]:
    """Subdivisions named as places ("in Dahuk", "near Jammu and Kashmir"), as region mentions."""
    table = _table()
    found: list[Mention] = []
    for match in _CANDIDATE.finditer(text):
        places = [(match.start("place"), match.group("place"))]
        # a town, then its region after a comma: "in Hpruso Township, Kayah State"
        then = _THEN_REGION.match(text, match.end("place"))
        if then is not None:
            places.append((then.start("place"), then.group("place")))
        for start, place in places:
            mention = _longest(table, start, place)
            if mention is not None:
                found.append(mention)
                break
    return found


_THEN_REGION = re.compile(r",\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")


def _longest(table: dict[str, str], start: int, place: str) -> Mention | None:
    """The longest opening of ``place`` that is a subdivision ("Jammu and Kashmir" before
    "Jammu"), as a region mention at ``start``; None where none is."""
    words = place.split()
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        code = table.get(_key(phrase))
        if code is not None:
            return Mention(start, start + len(phrase), phrase, (code,), "region")
    return None


def known(name: str) -> bool:
    """``name`` is a subdivision of one state alone ("Antioquia", "Brčko", "Kharkivska oblast")."""
    return _key(name) in _table()
