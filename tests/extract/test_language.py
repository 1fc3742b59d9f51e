"""The function-word vote in front of the language model: it answers only where the model
would say English too."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from minewatch.extract.language import _identifier, detect_language, plainly_english

HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"

ENGLISH = (
    "Two shepherds were injured on Sunday when one of them stepped on a mine near the border, "
    "the district governor said. The men had taken their flock to graze on a hillside that "
    "was shelled during the war and has not been surveyed since. Both were taken to the "
    "provincial hospital, where one of them lost a leg, according to a statement from the "
    "mine action centre, which said its teams would mark the area this week."
)
SPANISH = (
    "Dos pastores resultaron heridos el domingo cuando uno de ellos pisó una mina cerca de la "
    "frontera, según el gobernador del distrito. Los hombres habían llevado su rebaño a una "
    "ladera que fue bombardeada durante la guerra y que no ha sido inspeccionada desde "
    "entonces. Ambos fueron trasladados al hospital provincial."
)


def test_plain_english_prose_is_english_without_the_model() -> None:
    assert plainly_english(ENGLISH)
    assert detect_language(ENGLISH) == "en"


@pytest.mark.parametrize(
    "text",
    [
        SPANISH,
        ENGLISH[:120],  # too short to be sure: the model decides
        ENGLISH[:250] + " " + SPANISH,  # half and half
        ENGLISH.replace("the", "la").replace("of", "de"),  # other languages' function words
    ],
)
def test_anything_less_plain_is_left_to_the_model(text: str) -> None:
    assert not plainly_english(text)


def test_the_vote_agrees_with_the_model_wherever_it_answers() -> None:
    texts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    samples = [t[start : start + 500] for t in texts for start in range(0, len(t), 60)]
    samples += [a[-250:] + " " + b[:250] for a, b in itertools.pairwise(texts)]
    answered = [s for s in samples if plainly_english(s)]
    assert len(answered) > len(samples) // 4
    for sample in answered:
        code, probability = _identifier().classify(sample)
        assert (code, probability >= 0.5) == ("en", True), sample
