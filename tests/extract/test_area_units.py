"""Areas in every unit and language (issue 8, mechanisms pass): hectares, square kilometres and
square metres in words and abbreviations; acres, square miles, dunams, feddans and sotkas
converted to square metres, the unit land release is stored in; a conversion written beside
its figure ("120 hectares (297 acres)") is no second area. Every sentence is our own wording;
none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.numbers import AREA_IN_M2, find_quantities

from .tables import Claim, claims, cleared

ACRE = round(300 * AREA_IN_M2["acre"])  # 300 acres in square metres


# (language, sentence, the clearance claims it gives)
AREAS: list[tuple[str | None, str, list[Claim]]] = [
    # English: every written form of the vocabulary's units
    (
        None,
        "Deminers cleared 2.5 km^2 of farmland in Cambodia in 2024.",
        [cleared("KHM", "2024", 2.5, "km2")],
    ),
    (
        None,
        "Deminers released 40,000 sqm of farmland in Cambodia in 2024.",
        [cleared("KHM", "2024", 40000, "m2")],
    ),
    (
        None,
        "Teams cleared 40,000 sq. metres of land in Cambodia in 2024.",
        [cleared("KHM", "2024", 40000, "m2")],
    ),
    (
        None,
        "Teams cleared 3.2 sq. kilometres of land in Cambodia in 2024.",
        [cleared("KHM", "2024", 3.2, "km2")],
    ),
    # acres and square miles, in square metres
    (
        None,
        "Deminers cleared 300 acres of farmland in Cambodia in 2024.",
        [cleared("KHM", "2024", ACRE, "m2")],
    ),
    (
        None,
        "Deminers cleared 1.5 square miles of land in Cambodia in 2024.",
        [cleared("KHM", "2024", 3884982, "m2")],
    ),
    (
        None,
        "The teams cleared 2 sq mi of land in Cambodia in 2024.",
        [cleared("KHM", "2024", 5179976, "m2")],
    ),
    # a conversion beside its figure is the same area, in either order
    (
        None,
        "Deminers cleared 120 hectares (297 acres) of farmland in Cambodia in 2024.",
        [cleared("KHM", "2024", 120, "ha")],
    ),
    (
        None,
        "Deminers cleared 297 acres, or about 120 ha, of land in Cambodia in 2024.",
        [cleared("KHM", "2024", 120, "ha")],
    ),
    # two areas of their own are two
    (
        None,
        "Deminers cleared 120 hectares of farmland and 300 acres of forest in Cambodia in 2024.",
        [cleared("KHM", "2024", 120, "ha"), cleared("KHM", "2024", ACRE, "m2")],
    ),
    # French, Spanish, Portuguese, Italian, German: singular and plural words, acres
    (
        "fr",
        "Les démineurs ont dépollué 1 kilomètre carré de terres au Cambodge en 2024.",
        [cleared("KHM", "2024", 1, "km2")],
    ),
    (
        "fr",
        "Les démineurs ont dépollué 300 acres de terres au Cambodge en 2024.",
        [cleared("KHM", "2024", ACRE, "m2")],
    ),
    (
        "es",
        "Los desminadores despejaron 2,5 km² de tierras en Colombia en 2024.",
        [cleared("COL", "2024", 2.5, "km2")],
    ),
    (
        "es",
        "Los desminadores despejaron 1 hectárea de tierras en Colombia en 2024.",
        [cleared("COL", "2024", 1, "ha")],
    ),
    (
        "es",
        "Los desminadores despejaron 300 acres de tierras en Colombia en 2024.",
        [cleared("COL", "2024", ACRE, "m2")],
    ),
    (
        "es",
        "Los desminadores despejaron 120 hectáreas (297 acres) de tierras en Colombia en 2024.",
        [cleared("COL", "2024", 120, "ha")],
    ),
    (
        "pt",
        "Os desminadores limparam 2 quilômetros quadrados de terra em Angola em 2024.",
        [cleared("AGO", "2024", 2, "km2")],
    ),
    (
        "pt",
        "Os desminadores limparam 300 acres de terra em Angola em 2024.",
        [cleared("AGO", "2024", ACRE, "m2")],
    ),
    (
        "it",
        "Gli sminatori hanno bonificato 300 acri di terreno in Ucraina nel 2024.",
        [cleared("UKR", "2024", ACRE, "m2")],
    ),
    (
        "de",
        "Minenräumer räumten 300 Acres Land in der Ukraine im Jahr 2024.",
        [cleared("UKR", "2024", ACRE, "m2")],
    ),
    (
        "de",
        "Minenräumer räumten 4000 qm Land in der Ukraine im Jahr 2024.",
        [cleared("UKR", "2024", 4000, "m2")],
    ),
    # Russian and Ukrainian: acres and the sotka (a hundredth of a hectare)
    (
        "ru",
        "Саперы разминировали 300 акров земель в Украине в 2024 году.",
        [cleared("UKR", "2024", ACRE, "m2")],
    ),
    (
        "ru",
        "Саперы разминировали 50 соток земли в Украине в 2024 году.",
        [cleared("UKR", "2024", 5000, "m2")],
    ),
    (
        "uk",
        "Сапери розмінували 300 акрів земель в Україні у 2024 році.",
        [cleared("UKR", "2024", ACRE, "m2")],
    ),
    # Arabic: the dunam and the feddan
    (
        "ar",
        "أزالت فرق نزع الألغام الألغام من 300 دونم من الأراضي في العراق عام 2024.",
        [cleared("IRQ", "2024", 300000, "m2")],
    ),
    (
        "ar",
        "أزالت فرق نزع الألغام الألغام من 300 فدان من الأراضي في مصر عام 2024.",
        [cleared("EGY", "2024", 1260250, "m2")],
    ),
]


# French: an area left to clear is no clearance figure, and anti-tank mines are no count of
# mines (both came to light once "kilomètre carré" and decimal commas were read)
AREAS += [
    (
        "fr",
        "Les équipes ont dépollué 2,2 millions de mètres carrés au Sénégal depuis 2008, et "
        "environ 1,5 kilomètre carré de zones dangereuses restent à traiter.",
        [cleared("SEN", "2025-03", 2200000, "m2")],
    ),
    (
        "fr",
        "Au Tchad, 0,8 kilomètre carré reste encore à dépolluer, et les démineurs ont "
        "dépollué 1,2 kilomètre carré en 2021.",
        [cleared("TCD", "2021", 1.2, "km2")],
    ),
    (
        "fr",
        "Au total, 900 mines antipersonnel, 120 mines antichar et 4 000 restes explosifs de "
        "guerre ont été détruits au Tchad en 2021.",
        # the remnants listed after the mines are a part of the breakdown, no figure of their
        # own (``numbers.listed_items_dropped``)
        [cleared("TCD", "2021", 900, "mines")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), AREAS)
def test_areas_in_every_unit(language: str | None, text: str, expected: list[Claim]) -> None:
    assert claims(text, PartialDate(2025, 3, 1), language, kind="clearance_progress") == expected


# negatives: a length, a distance in miles, a mile and an acre outside any figure of land
@pytest.mark.parametrize(
    "text",
    [
        "The border with Belarus runs for 400 miles through forest and marsh.",
        "The minefield lies 3 miles from the village, officials said.",
        "Farmers own about 40 percent of the acreage near the front.",
    ],
)
def test_no_area_without_an_area_unit(text: str) -> None:
    assert [q for q in find_quantities(text) if q.unit in ("m2", "ha", "km2")] == []


# A haul broken down by kind of item (``numbers.listed_items_dropped``): the mines are its
# clearance figure, the other items listed beside them are parts of the same haul, in either
# order; a count of devices that holds the mines ("including") or stands alone is the haul.
HAULS: list[tuple[str | None, str, list[Claim]]] = [
    (
        None,
        "In 2024 deminers in Angola destroyed 1,214 anti-personnel mines and 2,960 unexploded "
        "ordnance items.",
        [cleared("AGO", "2024", 1214, "mines")],
    ),
    (
        None,
        "In 2024 deminers in Angola destroyed 2,960 unexploded ordnance items and 1,214 "
        "anti-personnel mines.",
        [cleared("AGO", "2024", 1214, "mines")],
    ),
    (
        "fr",
        "Les démineurs ont détruit 3 100 restes explosifs de guerre et 900 mines antipersonnel "
        "au Tchad en 2024.",
        [cleared("TCD", "2024", 900, "mines")],
    ),
    (
        "pt",
        "Os sapadores destruíram 960 engenhos explosivos e 4 312 minas antipessoal em Angola em "
        "2024.",
        [cleared("AGO", "2024", 4312, "mines")],
    ),
    # the other side: the total that holds the mines, and devices with no mines beside them
    (
        "uk",
        "У 2024 році сапери знешкодили в Україні 4 906 вибухонебезпечних предметів, у тому "
        "числі 214 протипіхотних мін.",
        [cleared("UKR", "2024", 4906, "explosive_devices"), cleared("UKR", "2024", 214, "mines")],
    ),
    (
        None,
        "In 2024 deminers in Angola destroyed 77,000 items of unexploded ordnance.",
        [cleared("AGO", "2024", 77000, "uxo")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), HAULS)
def test_a_haul_by_kind_of_item_counts_its_mines(
    language: str | None, text: str, expected: list[Claim]
) -> None:
    assert claims(text, PartialDate(2025, 3, 1), language, kind="clearance_progress") == expected
