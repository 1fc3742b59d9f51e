"""Spanish wire-copy forms (EFE, Europa Press, the Latin American dailies), sentences of our own
(no passage copied): a completion of all the mines or of a number of fields ("la remoción de
todas las minas", "la limpieza de los 8 campos minados"); every state listed after a border
word is the other side ("en la frontera con Perú y Bolivia, Chile ..."); a policy told as
stopping ("dejará de usar, producir y adquirir minas"), as a ban in the present ("prohíbe la
exportación de minas") or as a use allowed ("autorizó a los comandantes a emplear minas"), the
allowed use being no use allegation. Published Wednesday 18 March 2026."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared, completed, policy

PUBLISHED = PartialDate(2026, 3, 18)

CLAIMS = [
    # completions of all the mines, of a number of fields
    (
        "Ecuador completó el 9 de marzo la remoción de todas las minas antipersonal de su "
        "frontera sur.",
        [completed("ECU", "2026-03-09")],
    ),
    (
        "El Ejército concluyó ayer la limpieza de los 8 campos minados de la región de Arica y "
        "Parinacota, en Chile.",
        [completed("CHL", "2026-03-17")],
    ),
    (
        "Perú terminó el lunes la remoción de todas las minas de la Cordillera del Cóndor.",
        [completed("PER", "2026-03-16")],
    ),
    # a list after a border word is the other side, all of it
    (
        "En la frontera con Perú y Bolivia, Chile despejó 3 kilómetros cuadrados de campos minados "
        "en 2025.",
        [cleared("CHL", "2025", 3, "km2")],
    ),
    (
        "Junto a la frontera con Colombia y Venezuela, una mina hirió ayer a dos soldados "
        "brasileños.",
        [casualty("BRA", "2026-03-17", None, 2)],
    ),
    (
        "En la zona limítrofe con Ecuador, Colombia y Brasil, el Perú destruyó 60 minas "
        "antipersonal en 2025.",
        [cleared("PER", "2025", 60, "mines")],
    ),
    # policy: stopping, a ban in the present, a use allowed
    (
        "El Gobierno de Estados Unidos anunció el martes que el país dejará de usar, producir y "
        "adquirir minas antipersonal.",
        [policy("USA", "2026-03-17")],
    ),
    (
        "Corea del Sur dejó de fabricar minas antipersonal en 2025, informó su Ministerio de "
        "Defensa.",
        [policy("KOR", "2025")],
    ),
    (
        "Finlandia dejará de almacenar minas antipersonal, anunció ayer el ministro de Defensa.",
        [policy("FIN", "2026-03-17")],
    ),
    ("Argentina prohíbe la exportación de minas antipersonal", [policy("ARG", "2026-03")]),
    (
        "El Gobierno de Chile prohibió este lunes la fabricación de minas antipersonal.",
        [policy("CHL", "2026-03-16")],
    ),
    (
        "En enero de 2020, Trump autorizó a los comandantes a emplear minas antipersonal en "
        "cualquier conflicto, recordó la Casa Blanca.",
        [policy("USA", "2020-01")],
    ),
    (
        "El Gobierno de Lituania autorizó el lunes a su ejército a usar minas antipersonal en la "
        "frontera.",
        [policy("LTU", "2026-03-16")],
    ),
    (
        "El Kremlin permitió en 2024 a sus tropas utilizar minas antipersonal en la región de "
        "Kursk.",
        [policy("RUS", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_spanish_wire_paradigm(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a completion to come, a work begun
        "Perú prevé concluir la remoción de todas las minas en 2027.",
        "Chile comenzó en 2004 la remoción de todas las minas de su territorio.",
        # a stop that is no policy on mines, tools, the treaty's own ban
        "Los campesinos dejaron de usar el camino por las minas.",
        "El Ejército dejó de usar detectores de minas antiguos.",
        "La Convención de Ottawa prohíbe el uso de minas antipersonal.",
    ],
)
def test_no_spanish_wire_claim(text: str) -> None:
    assert claims(text, PUBLISHED, "es") == []


@pytest.mark.parametrize(
    "text",
    [
        "El Gobierno de Lituania autorizó el lunes a su ejército a usar minas antipersonal.",
        "Rusia prohibió a sus tropas sembrar minas antipersonal cerca de las ciudades.",
    ],
)
def test_a_use_allowed_or_banned_is_no_use(text: str) -> None:
    assert claims(text, PUBLISHED, "es", kind="use_allegation") == []
