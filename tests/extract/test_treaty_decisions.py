"""Treaty decisions as whole kinds (issue 8, mechanisms pass): a decision verb with its
infinitive in every tense ("decides to withdraw", "resolved on 3 March to leave", "has agreed
to denounce"), and a security council's decision enacted by decree told after the law it
grounds, in English, Ukrainian and Russian; each only with the treaty (or the step told back)
in the decision's own clause. Every sentence is our own wording; none is copied
from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read

Step = tuple[str | None, str | None, str | None]


def _steps(text: str, published: str, language: str | None = None) -> list[Step]:
    found = read(text, PartialDate.parse(published), language)
    return sorted(project(found, "actor_iso3", "action", "date", kind="treaty_action"))


# --- a decision verb and its infinitive, in every tense ---------------------------------------
DECISIONS: list[tuple[str, str, list[Step]]] = [
    (
        "Poland's defence council resolved on 3 March to leave the treaty banning "
        "anti-personnel landmines.",
        "2025-03-20",
        [("POL", "announce_intent_to_withdraw", "2025-03-03")],
    ),
    (
        "The Latvian government agreed on Tuesday to denounce the Ottawa Convention.",
        "2025-03-20",
        [("LVA", "announce_intent_to_withdraw", "2025-03-18")],
    ),
    (
        "Estonia's cabinet decides to withdraw from the Ottawa Convention on anti-personnel mines.",
        "2025-03-20",
        [("EST", "announce_intent_to_withdraw", "2025-03")],
    ),
    (
        "Lithuania's government has decided to denounce the Mine Ban Treaty.",
        "2025-03-20",
        [("LTU", "announce_intent_to_withdraw", "2025-03")],
    ),
    (
        "Finland has opted to quit the Ottawa Convention, the government said on 1 April.",
        "2025-04-03",
        [("FIN", "announce_intent_to_withdraw", "2025-04-01")],
    ),
    (
        "On 12 March the Latvian cabinet agreed to pull out of the Ottawa Convention.",
        "2025-03-20",
        [("LVA", "announce_intent_to_withdraw", "2025-03-12")],
    ),
    # negatives: a decision not to leave, to stay, a decision still to come
    ("Lithuania decided not to withdraw from the Ottawa Convention.", "2025-03-20", []),
    ("Estonia's government resolved against leaving the Ottawa Convention.", "2025-03-20", []),
    (
        "Latvia agreed to remain in the Ottawa Convention banning anti-personnel mines.",
        "2025-03-20",
        [],
    ),
    (
        "Estonia will decide next month whether to withdraw from the Ottawa Convention.",
        "2025-03-20",
        [],
    ),
    # negatives: the treaty named outside the decision verb's own clause
    (
        "The Latvian coalition agreed on Tuesday to leave the government, weeks after a debate "
        "on the Ottawa Convention.",
        "2025-03-20",
        [],
    ),
    (
        "Estonia's Reform Party decided on 3 March to quit the coalition after a row over the "
        "Ottawa Convention.",
        "2025-03-20",
        [],
    ),
    (
        "Lithuania has opted to withdraw its ambassador, the ministry said, as the Ottawa "
        "Convention debate went on.",
        "2025-03-20",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), DECISIONS)
def test_decision_verb_and_infinitive(text: str, published: str, expected: list[Step]) -> None:
    assert _steps(text, published) == sorted(expected)


# --- a security council's decision enacted by decree, told after the law -----------------------
# README rule 7: the decree is a step of its own, the announcement of the withdrawal, dated by
# the decision's day in its clause; only where the section tells a step of leaving.
DECREED: list[tuple[str, str | None, list[Step]]] = [
    (
        "Ukraine's parliament voted on Wednesday to leave the Ottawa Convention. The law rests "
        "on the NSDC decision of 29 June, which President Zelensky put into effect by decree "
        "the same day.",
        None,
        [
            ("UKR", "announce_intent_to_withdraw", "2025-06-29"),
            ("UKR", "parliament_approves_withdrawal", "2025-07-16"),
        ],
    ),
    (
        "Ukraine's lawmakers approved the withdrawal from the Ottawa Convention. It follows a "
        "decision by the National Security and Defence Council on 29 June.",
        None,
        [
            ("UKR", "announce_intent_to_withdraw", "2025-06-29"),
            ("UKR", "parliament_approves_withdrawal", "2025-07"),
        ],
    ),
    (
        "Верховна Рада у середу схвалила закон про вихід України з Оттавської конвенції. Його "
        "підставою стало рішення РНБО від 29 червня, яке президент увів у дію указом.",
        "uk",
        [
            ("UKR", "announce_intent_to_withdraw", "2025-06-29"),
            ("UKR", "parliament_approves_withdrawal", "2025-07-16"),
        ],
    ),
    (
        "Рада проголосувала за вихід України з Оттавської конвенції. Раніше, 29 червня, РНБО "
        "ухвалила таке рішення, а президент підписав відповідний указ.",
        "uk",
        [
            ("UKR", "announce_intent_to_withdraw", "2025-06-29"),
            ("UKR", "parliament_approves_withdrawal", "2025-07"),
        ],
    ),
    (
        "Верховная Рада в среду приняла закон о выходе Украины из Оттавской конвенции. Закон "
        "опирается на решение СНБО от 29 июня, введенное в действие указом президента.",
        "ru",
        [
            ("UKR", "announce_intent_to_withdraw", "2025-06-29"),
            ("UKR", "parliament_approves_withdrawal", "2025-07-16"),
        ],
    ),
    # negatives: the section tells no step of leaving
    (
        "Ukraine ratified the Ottawa Convention in 2005. The NSDC decision of 29 June was put "
        "into effect by decree.",
        None,
        [("UKR", "join", "2005")],
    ),
    (
        "Україна ратифікувала Оттавську конвенцію у 2005 році. Рішення РНБО від 29 червня "
        "президент увів у дію указом.",
        "uk",
        [("UKR", "join", "2005")],
    ),
    (
        "Украина ратифицировала Оттавскую конвенцию в 2005 году. Решение СНБО от 29 июня "
        "введено в действие указом.",
        "ru",
        [("UKR", "join", "2005")],
    ),
    # negatives: the section tells a step of leaving, but the decision's own clause is about
    # something else
    (
        "Ukraine's parliament voted on Wednesday to leave the Ottawa Convention. The NSDC "
        "decision of 2 July imposed sanctions on ten firms.",
        None,
        [("UKR", "parliament_approves_withdrawal", "2025-07-16")],
    ),
    (
        "Ukraine's parliament voted on Wednesday to leave the Ottawa Convention. A new tax code "
        "was put into effect by decree on 2 July.",
        None,
        [("UKR", "parliament_approves_withdrawal", "2025-07-16")],
    ),
    (
        "Верховна Рада у середу схвалила закон про вихід України з Оттавської конвенції. Окремо "
        "рішенням РНБО від 2 липня запроваджено санкції проти десяти компаній.",
        "uk",
        [("UKR", "parliament_approves_withdrawal", "2025-07-16")],
    ),
    (
        "Верховная Рада в среду приняла закон о выходе Украины из Оттавской конвенции. "
        "Отдельным решением СНБО от 2 июля введены санкции против десяти компаний.",
        "ru",
        [("UKR", "parliament_approves_withdrawal", "2025-07-16")],
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), DECREED)
def test_decision_enacted_by_decree(text: str, language: str | None, expected: list[Step]) -> None:
    assert _steps(text, "2025-07-17", language) == sorted(expected)
