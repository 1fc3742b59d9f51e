"""Use allegations in Italian and French as a monitor's release lists them (issue 8, use recall
on blind batch 27), in sentences of our own: the agents after "da parte" a few words away and
joined by "e" ("da parte delle forze armate del Myanmar e della Russia"); countries listed
after "paesi, tra cui" / "pays, dont", their articles included; the Taliban accused by their
Italian name placed at their home where the sentence names no state. Negative sentences give
no use."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2025, 11, 20)

# (sentence, language, the states accused, sorted)
POSITIVE = [
    ("Lo studio denuncia l'uso di mine antiuomo da parte delle forze armate della Russia e "
     "della Siria nel corso dell'anno.", "it", ["RUS", "SYR"]),
    ("Gruppi armati non statali hanno posato mine antiuomo in almeno quattro paesi, tra cui "
     "Colombia, India e Nigeria.", "it", ["COL", "IND", "NGA"]),
    ("Des groupes armés ont utilisé des mines antipersonnel dans au moins trois pays, dont la "
     "Colombie, l'Inde et le Nigeria.", "fr", ["COL", "IND", "NGA"]),
    ("I funzionari locali accusano i talebani di aver disseminato di mine le strade intorno a "
     "Kandahar.", "it", ["AFG"]),
]  # fmt: skip

NEGATIVE = [
    # mines given to museums, not laid; a list of cities, not of countries; the Taliban
    # accused of something other than mines
    ("L'associazione ha donato mine antiuomo disattivate a musei in tre paesi, tra cui Francia "
     "e Belgio.", "it"),
    ("Les autorités accusent les talibans d'avoir fermé les écoles de filles.", "fr"),
    ("Le autorità accusano i talebani di aver chiuso le scuole femminili.", "it"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_romance_monitor_lists_accuse(text: str, language: str, expected: list[str]) -> None:
    found = project(read(text, PUBLISHED, language), "actor_iso3", kind="use_allegation")
    assert sorted(code for (code,) in found) == expected


@pytest.mark.parametrize(("text", "language"), NEGATIVE)
def test_romance_near_misses_accuse_no_one(text: str, language: str) -> None:
    assert project(read(text, PUBLISHED, language), "actor_iso3", kind="use_allegation") == []
