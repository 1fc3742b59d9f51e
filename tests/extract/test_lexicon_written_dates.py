"""Dates every lexicon reader now reads as the English one does (issue 8, it-ar-paradigms
pass, 1 December 2026): a date written in figures ("24/2/2025", "3.3.2025", "2025-02-24"; day
first unless only month-first is a real date), which the readers of the other languages read
as a bare year or not at all, and the Arabic day written as an ordinal word before its month
("في الثالث من آذار", "الحادي والعشرين من يناير"). Near misses: thousands grouped by dots, a
version number, an ordinal that counts no day, a birthday ("nacido el 3/3/1990"). Sentences
of our own, published Thursday 13 March 2025."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor

from .tables import dates_in

ANCHOR = Anchor(PartialDate(2025, 3, 13))


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # written in figures, in every language's reader
        ("it", "Un contadino è morto il 24/2/2025 in Bosnia.", ["2025-02-24"]),
        ("de", "Am 3.3.2025 wurde ein Hirte verletzt.", ["2025-03-03"]),
        ("fr", "Le 24/02/2025, un berger a été blessé.", ["2025-02-24"]),
        ("ru", "01.03.2025 погиб пастух.", ["2025-03-01"]),
        ("pt", "Em 2025-02-24 um pastor morreu.", ["2025-02-24"]),
        # an ambiguous form keeps the reading not after publication (4 March, not 3 April)
        ("fr", "Le 03/04/2025, deux démineurs ont été blessés.", ["2025-03-04"]),
        # the Arabic day as an ordinal word, with or without "شهر" and a year
        ("ar", "قتل جنديان بانفجار لغم في الثالث من آذار.", ["2025-03-03"]),
        ("ar", "انضمت الدولة إلى الاتفاقية في الحادي والعشرين من شهر يناير 2024.", ["2024-01-21"]),
        ("ar", "أصيب جندي بانفجار لغم في العاشر من فبراير.", ["2025-02-10"]),
        # near misses: thousands grouped by dots, a version number, an ordinal of no day
        ("it", "Sono state distrutte 1.200.000 mine.", []),
        ("it", "Il conto è di 3.12.500 euro.", []),
        ("de", "Die Ausgabe 2.3.2 des Handbuchs.", []),
        ("ar", "احتل المركز الثاني من بين الدول المتضررة.", []),
        ("ar", "وهو الحادث الثالث من نوعه هذا الشهر.", ["2025-03"]),
        # near misses (review-intl probe): a victim's birthday, in figures or words, dates
        # nothing; "la Nato" capitalised is no birth word
        ("es", "El soldado, nacido el 3/3/1990, resultó herido por una mina.", []),
        ("es", "La pastora, nacida el 3 de marzo de 1990, murió en el campo minado.", []),
        ("it", "Il pastore, nato il 3/3/1990, è morto su una mina.", []),
        ("it", "La vittima, nata il 3 marzo 1990, è stata ferita da una mina.", []),
        ("fr", "Le démineur, né le 3 mars 1990, a été blessé.", []),
        ("pt", "O pastor, nascido em 3.3.1990, morreu numa mina.", []),
        ("ar", "الجندي المولود في 3/3/1990 أصيب بانفجار لغم.", []),
        ("it", "La Nato il 3/3/2025 ha condannato l'uso delle mine.", ["2025-03-03"]),
    ],
)
def test_dates_every_reader_reads(language: str, text: str, expected: list[str]) -> None:
    assert dates_in(text, ANCHOR, language) == expected
