"""Spanish treaty steps, each step in the ways the press writes it, a paradigm grid of our own
(no passage copied): joining by a ratification instrument or by "se suma / se une"; the
Convention in force for one state ("entró en vigor para Palaos"); leaving proposed by the
government or its bill sent to parliament; the vote in the passive ("fue aprobada por la
Saeima"); the notice told to the depositary by any verb ("comunicó a Naciones Unidas su
retirada", "entregó a la ONU la notificación"); the leaving itself ("salió de la Convención",
a headline's "sale oficialmente", the verb first: "Entró en vigor el lunes la retirada").
Published Wednesday 18 March 2026."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, step

PUBLISHED = PartialDate(2026, 3, 18)

STEPS = [
    # join and entry into force
    (
        "Micronesia depositó el 2 de marzo su instrumento de ratificación de la Convención de "
        "Ottawa.",
        [step("FSM", "2026-03-02", "join")],
    ),
    (
        "Palaos se unió el 4 de marzo al tratado que prohíbe las minas antipersonal.",
        [step("PLW", "2026-03-04", "join")],
    ),
    (
        "La Convención de Ottawa entró en vigor para Palaos el 1 de marzo.",
        [step("PLW", "2026-03-01", "entry_into_force")],
    ),
    # leaving announced
    (
        "El Ejecutivo letón propuso este domingo abandonar la Convención de Ottawa.",
        [step("LVA", "2026-03-15", "announce_intent_to_withdraw")],
    ),
    (
        "El Gobierno de Lituania presentó el lunes al Parlamento un proyecto de ley para "
        "abandonar la Convención de Ottawa.",
        [step("LTU", "2026-03-16", "announce_intent_to_withdraw")],
    ),
    # the vote in the passive
    (
        "La retirada de Letonia de la Convención de Ottawa fue aprobada por la Saeima el 5 de "
        "marzo.",
        [step("LVA", "2026-03-05", "parliament_approves_withdrawal")],
    ),
    # notified, by other verbs
    (
        "Ucrania comunicó formalmente a Naciones Unidas su retirada de la Convención de Ottawa "
        "el 2 de marzo.",
        [step("UKR", "2026-03-02", "withdrawal_notified")],
    ),
    (
        "Lituania entregó el lunes a la ONU la notificación de su retirada de la Convención de "
        "Ottawa.",
        [step("LTU", "2026-03-16", "withdrawal_notified")],
    ),
    # the leaving itself
    (
        "Letonia salió el 1 de marzo de la Convención de Ottawa.",
        [step("LVA", "2026-03-01", "withdrawal_effective")],
    ),
    (
        "Estonia sale oficialmente de la Convención de Ottawa",
        [step("EST", "2026-03", "withdrawal_effective")],
    ),
    (
        "Entró en vigor el lunes la retirada de Lituania del Tratado de Ottawa.",
        [step("LTU", "2026-03-16", "withdrawal_effective")],
    ),
    # the state acting is the one before the cue, never a threat or a source named around it
    (
        "Ucrania notificó el 2 de marzo su retirada de la Convención de Ottawa, alegando que "
        "las minas de Rusia amenazan a sus ciudades.",
        [step("UKR", "2026-03-02", "withdrawal_notified")],
    ),
    (
        "Lituania anunció el lunes que abandonará la Convención de Ottawa por la amenaza de Rusia.",
        [step("LTU", "2026-03-16", "announce_intent_to_withdraw")],
    ),
    (
        "El Parlamento letón aprobó el martes la salida de la Convención de Ottawa por la "
        "amenaza de Rusia.",
        [step("LVA", "2026-03-17", "parliament_approves_withdrawal")],
    ),
    (
        "Según Moscú, Kiev notificó el lunes su retirada de la Convención de Ottawa.",
        [step("UKR", "2026-03-16", "withdrawal_notified")],
    ),
    # already read on main: the rest of the grid
    (
        "Tuvalu ratificó la Convención de Ottawa el 12 de marzo.",
        [step("TUV", "2026-03-12", "join")],
    ),
    (
        "Palaos se convirtió este domingo en el Estado parte número 166 de la Convención de "
        "Ottawa.",
        [step("PLW", "2026-03-15", "join")],
    ),
    (
        "Lituania decidió el 6 de marzo salir de la Convención de Ottawa.",
        [step("LTU", "2026-03-06", "announce_intent_to_withdraw")],
    ),
    (
        "Los diputados lituanos aprobaron por 107 votos a favor la salida de la Convención de "
        "Ottawa este domingo.",
        [step("LTU", "2026-03-15", "parliament_approves_withdrawal")],
    ),
    (
        "Polonia depositó el 20 de febrero el instrumento de retirada de la Convención de Ottawa.",
        [step("POL", "2026-02-20", "withdrawal_notified")],
    ),
    (
        "La retirada de Finlandia de la Convención de Ottawa se hizo efectiva el 1 de marzo.",
        [step("FIN", "2026-03-01", "withdrawal_effective")],
    ),
    (
        "Ucrania ya no forma parte de la Convención de Ottawa desde el 2 de marzo.",
        [step("UKR", "2026-03-02", "withdrawal_effective")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STEPS)
def test_spanish_treaty_paradigm(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        # in force for all, or still to come
        "La Convención de Ottawa entró en vigor el 1 de marzo de 1999.",
        "La Convención de Ottawa entrará en vigor para Palaos el 1 de junio.",
        # another thing joined, left or handed over
        "Colombia se sumó al llamado de la ONU para universalizar la Convención de Ottawa.",
        "El ministro salió de la reunión sobre la Convención de Ottawa sin declaraciones.",
        "Finlandia entregó a la ONU un informe sobre la Convención de Ottawa y la retirada de "
        "minas de su frontera.",
        # a leaving proposed by a lawmaker, or in the present with a day to come
        "El senador propuso en 2024 que el país saliera de la Convención de Ottawa.",
        "Polonia sale de la Convención de Ottawa el 20 de agosto.",
    ],
)
def test_no_spanish_treaty_step(text: str) -> None:
    assert claims(text, PUBLISHED, "es", kind="treaty_action") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state before the cue is a place ("de") or a list of subjects: as before
        (
            "La retirada de Lituania de la Convención de Ottawa entró en vigor el 27 de "
            "diciembre, tras la invasión de Ucrania por Rusia.",
            [step("LTU", "2025-12-27", "withdrawal_effective")],
        ),
        (
            "Estonia y Letonia culminaron su salida de la Convención de Ottawa el 27 de diciembre.",
            [
                step("EST", "2025-12-27", "withdrawal_effective"),
                step("LVA", "2025-12-27", "withdrawal_effective"),
            ],
        ),
    ],
)
def test_the_acting_state_named_after_de_or_listed(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "es", kind="treaty_action") == expected
