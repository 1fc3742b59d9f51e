"""General mechanisms of the extractor, each a whole kind (issue 8, mechanisms pass): where a
sentence ends after an acronym ("by the UN. Deminers ..."), and the state named right before a
policy's verb as its subject. Every sentence is our own wording; none is copied from a
passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.sentences import split_sentences

from .tables import project, read

Step = tuple[str | None, str | None, str | None]


def _steps(text: str, published: str, language: str | None = None) -> list[Step]:
    found = read(text, PartialDate.parse(published), language)
    return sorted(project(found, "actor_iso3", "action", "date", kind="treaty_action"))


# --- sentence ends: an acronym is a whole word, an abbreviation takes a name or a number -------
# A word in capitals before a full stop ("the UN.", "the DRC.", "the EU.") used to be read as
# an abbreviation, so the next sentence was glued to it and read with its subject.
SPLITS: list[tuple[str, list[str] | None]] = [
    (
        "The survey was paid for by the UN. Deminers began work in March.",
        ["The survey was paid for by the UN.", "Deminers began work in March."],
    ),
    (
        "Teams were sent to the DRC. Three fields were cleared there.",
        ["Teams were sent to the DRC.", "Three fields were cleared there."],
    ),
    (
        "The grant came from the EU. Work resumed in the spring.",
        ["The grant came from the EU.", "Work resumed in the spring."],
    ),
    (
        "A boy was hurt near the road, said Ali. His brother was unharmed.",
        ["A boy was hurt near the road, said Ali.", "His brother was unharmed."],
    ),
    (
        "The platoon was posted in Iraq. It cleared the village later.",
        ["The platoon was posted in Iraq.", "It cleared the village later."],
    ),
    # abbreviations before a name or a number end nothing, in capitals too
    ("Gen. Smith met Dr. Jones on JAN. 5 under Art. 5 of the treaty.", None),
    ("La Sra. García habló con el Dr. Pérez.", None),
    ("Согласно ст. 20 конвенции выход вступает в силу позже.", None),
    (
        "The U.S. Army left the area. Another unit came.",
        ["The U.S. Army left the area.", "Another unit came."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentence_ends(text: str, expected: list[str] | None) -> None:
    found = split_sentences(text)
    assert [s.text for s in found] == (expected if expected is not None else [text])
    assert all(text[s.start : s.end] == s.text for s in found)


# Read whole: the sentence after an acronym keeps its own subject
def test_acronym_end_keeps_the_next_sentence_subject() -> None:
    text = (
        "Threats from Russia were cited at the UN. Estonia decided on 3 March to leave the "
        "Ottawa Convention."
    )
    assert _steps(text, "2025-03-20") == [("EST", "announce_intent_to_withdraw", "2025-03-03")]


# --- a policy's subject named right before its verb -------------------------------------------
POLICY_SUBJECT: list[tuple[str, list[tuple[str | None, str | None]]]] = [
    (
        "The minister cited pressure from Russia and Belarus as Warsaw plans to resume "
        "anti-personnel mine production.",
        [("policy_change", "POL")],
    ),
    (
        "Citing threats from Russia, Lithuania plans to start producing anti-personnel mines.",
        [("policy_change", "LTU")],
    ),
    (
        "Officials pointed to Belarus while Latvia now plans to buy anti-personnel mines.",
        [("policy_change", "LVA")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POLICY_SUBJECT)
def test_policy_subject_before_its_verb(
    text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    found = read(text, PartialDate(2025, 6, 10))
    assert project(found, "type", "actor_iso3", kind="policy_change") == expected
