"""German, read by its own lexicon (``lexicons/german.py``), in sentences of our own (none
copied from a batch or the dev set): laying and using in every tense and voice (V2, verb last,
the passive, the separable "setzte ... ein", the noun with its agent), harm, totals,
clearance, stocks destroyed, treaty steps, German dates ("am 3. März 2025", "im April") and
numbers ("1.200", "3,5 Millionen")."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import Candidate
from minewatch.extract.dates import Anchor
from minewatch.extract.language import detect_language, is_read
from minewatch.extract.readers import reader_for
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2025, 6, 30)


def _read(text: str) -> list[Candidate]:
    return read(text, PUBLISHED, "de")


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Russische Truppen verlegen nach Angaben Kiews weiterhin Antipersonenminen.", {"RUS"}),
        ("Die russische Armee hat im Gebiet Charkiw Tausende Landminen verlegt.", {"RUS"}),
        ("Nach Angaben der Regierung wurden die Minen von der syrischen Armee verlegt.", {"SYR"}),
        ("Laut dem Bericht setzten russische Einheiten Personenminen in der Region ein.", {"RUS"}),
        ("Der Bericht nennt den Einsatz von Antipersonenminen durch Myanmar und Russland.",
         {"MMR", "RUS"}),
        ("Russische und belarussische Einheiten sollen Minen an der Grenze gelegt haben.",
         {"RUS", "BLR"}),
        ("Kämpfer legten im vergangenen Jahr Minen in Kolumbien, in Indien und in Pakistan.",
         {"COL", "IND", "PAK"}),
    ],
)  # fmt: skip
def test_laying_in_every_tense_and_voice(text: str, accused: set[str]) -> None:
    found = {a for (a,) in project(_read(text), "actor_iso3", kind="use_allegation")}
    assert found == accused


@pytest.mark.parametrize(
    ("text", "killed", "injured", "total"),
    [
        ("Bei der Explosion einer Landmine in Bosnien sind zwei Männer schwer verletzt worden.",
         None, 2, None),
        ("Drei Soldaten wurden am Montag durch eine Mine in der Ukraine getötet.", 3, None, None),
        ("Zwei Kinder kamen bei der Explosion einer Mine in Kambodscha ums Leben.", 2, None, None),
        ("Eine Landmine tötete in Angola vier Bauern und verletzte sechs weitere.", 4, 6, None),
        ("Ein Landwirt wurde in Kroatien durch eine Antipersonenmine getötet.", 1, None, None),
        ("Seit 1996 sind in Bosnien 1.770 Menschen durch Minen verunglückt, 620 von ihnen "
         "tödlich.", 620, None, 1770),
    ],
)  # fmt: skip
def test_harm_in_any_order(
    text: str, killed: int | None, injured: int | None, total: int | None
) -> None:
    found = project(_read(text), "killed", "injured", "quantity", kind="casualty_incident")
    assert found[:1] == [(killed, injured, total)]


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [
        ("Im vergangenen Jahr wurden in Bosnien 43 Quadratkilometer von Minen geräumt.", 43, "km2"),
        ("In Angola gaben Minenräumer 1.200 Hektar Ackerland frei, die zuvor vermint waren.",
         1200, "ha"),
        ("Die Minenräumung in Kroatien hat 3,5 Millionen Quadratmeter freigegeben.", 3_500_000,
         "m2"),
    ],
)  # fmt: skip
def test_clearance(text: str, quantity: float, unit: str) -> None:
    found = project(_read(text), "quantity", "unit", kind="clearance_progress")
    assert (quantity, unit) in found


@pytest.mark.parametrize(
    ("text", "actor", "quantity"),
    [
        ("Die Ukraine hat ihre Bestände von 3.000 Antipersonenminen vernichtet.", "UKR", 3000),
        ("Griechenland zerstörte im Jahr 2024 seine Vorräte an 5.000 Landminen.", "GRC", 5000),
        ("Belarus hat die Vernichtung seiner Lagerbestände von 12.000 Minen abgeschlossen.",
         "BLR", 12000),
    ],
)  # fmt: skip
def test_stocks_destroyed(text: str, actor: str, quantity: int) -> None:
    found = project(_read(text), "actor_iso3", "quantity", kind="stockpile_destruction")
    assert found == [(actor, quantity)]


@pytest.mark.parametrize(
    ("text", "actor", "action"),
    [
        ("Litauen hat am 3. März 2025 den Austritt aus der Ottawa-Konvention angekündigt.", "LTU",
         "announce_intent_to_withdraw"),
        ("Das lettische Parlament stimmte im April 2025 für den Austritt aus der "
         "Ottawa-Konvention.", "LVA", "parliament_approves_withdrawal"),
        ("Finnland hat die Kündigung des Ottawa-Abkommens im Juli 2025 bei den Vereinten "
         "Nationen hinterlegt.", "FIN", "withdrawal_notified"),
        ("Estland ist seit dem 27. Dezember 2024 nicht mehr Vertragsstaat der Ottawa-Konvention.",
         "EST", "withdrawal_effective"),
        ("Die Marshallinseln sind der Ottawa-Konvention im März 2025 beigetreten.", "MHL",
         "join"),
        ("Der Südsudan ratifizierte die Ottawa-Konvention im Jahr 2011.", "SSD", "join"),
    ],
)  # fmt: skip
def test_treaty_steps(text: str, actor: str, action: str) -> None:
    found = project(_read(text), "actor_iso3", "action", kind="treaty_action")
    assert found == [(actor, action)]


@pytest.mark.parametrize(
    "text",
    [
        "Die Regierung bestreitet, dass russische Truppen Minen verlegt haben.",
        "Polen will keine Antipersonenminen mehr einsetzen und hat keine verlegt.",
        "Der Termin für die Konferenz über Landminen steht noch nicht fest.",
    ],
)
def test_no_laying_where_none_is_told(text: str) -> None:
    assert project(_read(text), "actor_iso3", kind="use_allegation") == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("am 3. März 2025", ["2025-03-03"]),
        ("im April", ["2025-04"]),
        ("Anfang 2025", ["2025"]),
        ("vor zwei Wochen", ["2025-06-16"]),
        ("gestern", ["2025-06-29"]),
    ],
)
def test_german_dates(text: str, dates: list[str]) -> None:
    reader = reader_for("de")
    assert reader is not None
    found = reader.find_dates(text, Anchor(PUBLISHED, None))
    assert [m.value for m in found] == dates


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.200 Menschen wurden verletzt", 1200), ("zwölf Menschen wurden verletzt", 12)],
)
def test_german_numbers(text: str, value: int) -> None:
    reader = reader_for("de")
    assert reader is not None
    assert reader.find_counts(text).injured == value


def test_german_is_detected_and_read() -> None:
    text = (
        "Zwei Kinder wurden von einer Antipersonenmine nahe Ziguinchor im Süden des Landes "
        "verletzt, teilte die Gendarmerie am Samstag mit."
    )
    assert detect_language(text) == "de" and is_read("de")
    found = project(read(text, PUBLISHED), "injured", kind="casualty_incident")
    assert found == [(2,)]
