"""Use allegations in Spanish as a monitor's summary lists them (issue 8), in sentences of our
own: one allegation per listed state, the forces' states after "por parte de las fuerzas de"
and the countries of armed groups after "grupos armados en", "países, entre ellos" or "países
como". Lists of the harmed, of parties and of donors give no use."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2025, 11, 20)

# (sentence, the states accused, sorted)
POSITIVE = [
    ("El informe documentó el uso de minas antipersonal por parte de las fuerzas de Myanmar y "
     "de Rusia, así como de grupos armados en Colombia, India y Pakistán.",
     ["COL", "IND", "MMR", "PAK", "RUS"]),
    ("Grupos armados no estatales utilizaron minas antipersonal en al menos cinco países, "
     "entre ellos Colombia, India y Nigeria.", ["COL", "IND", "NGA"]),
    ("Grupos armados emplearon minas antipersonal en países como Colombia, Myanmar y Pakistán "
     "durante 2024.", ["COL", "MMR", "PAK"]),
    # Myanmar twice: its forces, and armed groups in it
    ("Las fuerzas de Myanmar y grupos armados en Colombia, Myanmar y Siria usaron minas "
     "antipersonal.", ["COL", "MMR", "MMR", "SYR"]),
    ("El Monitor registró el uso de minas antipersonal por parte de las fuerzas armadas de "
     "Rusia y de Ucrania.", ["RUS", "UKR"]),
]  # fmt: skip

NEGATIVE = [
    "El informe registró nuevas víctimas de minas antipersonal en Afganistán, Siria y Ucrania.",
    "Las minas antipersonal causaron víctimas en países como Afganistán, Siria y Ucrania.",
    "Varios países, entre ellos Colombia, Perú y Chile, ratificaron la convención sobre minas "
    "antipersonal.",
    "Donantes como Noruega, Japón y Alemania financiaron la remoción de minas antipersonal.",
]

# (sentence, the one state accused): a list that is no list of users
SINGLE = [
    # the states that speak are no users; the countries reached by aid are no places of use
    ("Las fuerzas de seguridad de Colombia y Perú denunciaron que grupos armados en Ecuador "
     "usaron minas antipersonal.", "ECU"),
    ("La asistencia a víctimas de minas sembradas por grupos armados en Colombia llegó a "
     "países como Perú y Ecuador.", "COL"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SINGLE)
def test_spanish_lists_of_no_users(text: str, expected: str) -> None:
    found = project(read(text, PUBLISHED, "es"), "actor_iso3", kind="use_allegation")
    assert found == [(expected,)]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_spanish_monitor_lists_accuse(text: str, expected: list[str]) -> None:
    found = project(read(text, PUBLISHED, "es"), "actor_iso3", kind="use_allegation")
    assert sorted(code for (code,) in found) == expected


def test_spanish_list_dated_by_its_year() -> None:
    text = POSITIVE[2][0]
    found = project(read(text, PUBLISHED, "es"), "date", kind="use_allegation")
    assert found == [("2024",)] * 3


@pytest.mark.parametrize("text", NEGATIVE)
def test_spanish_near_misses_accuse_no_one(text: str) -> None:
    assert project(read(text, PUBLISHED, "es"), "actor_iso3", kind="use_allegation") == []
