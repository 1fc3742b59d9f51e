"""Gates in front of slow patterns: worked out from the pattern, they never change a result."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import minewatch.extract
from minewatch.extract import numbers, triggers
from minewatch.extract.gates import Gated, holds, may_match, required
from minewatch.extract.sentences import split_sentences

HELDOUT = Path(__file__).parent / "data" / "heldout.jsonl"


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\b(?:destroyed|destruction|eliminated)\b", ("destroyed", "destruction", "eliminated")),
        (r"\b(?:land)?mines?\b|\bIEDs?\b", ("ied", "mine")),  # "landmine" holds "mine"
        (r"\bday\s+(?:before|after)|next\s+day", ("after", "before", "next")),
        (r"kill(?:ed|s)|los[te]", ("kill", "los")),
    ],
)
def test_the_words_every_match_holds_are_read_from_the_pattern(
    pattern: str, needs: tuple[str, ...]
) -> None:
    assert required(re.compile(pattern, re.IGNORECASE)) == needs


@pytest.mark.parametrize("pattern", [r"\w+\s+\d+", r"[A-Z]{3}|mines", r"(?:the\s+)?"])
def test_a_pattern_that_can_match_without_a_literal_is_not_gated(pattern: str) -> None:
    assert required(re.compile(pattern)) is None
    assert Gated(re.compile(pattern)).search("Two mines 12") is not None


def test_letters_the_engine_folds_to_ascii_pass_the_gate() -> None:
    gated = Gated(re.compile(r"\bmines\b|\bkilled\b", re.IGNORECASE))
    for text in ("two mineſ", "KİLLED", "unexploded mınes"):
        assert (gated.search(text) is None) == (gated.pattern.search(text) is None), text
    assert gated.search("two mines were found") is not None
    assert gated.search("two shells were found") is None


def _gated_patterns() -> list[tuple[str, Gated]]:
    found = []
    for info in pkgutil.walk_packages(minewatch.extract.__path__, "minewatch.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Gated) and value.__class__.__module__ == Gated.__module__:
                found.append((f"{info.name}.{name}", value))
    return found


def test_every_gated_pattern_answers_as_the_pattern_itself() -> None:
    texts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    sentences = [s.text for text in texts for s in split_sentences(text)]
    gated = _gated_patterns()
    assert len(gated) >= 5
    for name, pattern in gated:
        assert pattern.needs is not None, name  # a gate that never closes is no use
        hits = 0
        for sentence in sentences:
            want = pattern.pattern.search(sentence)
            got = pattern.search(sentence)
            assert (got and got.span()) == (want and want.span()), (name, sentence)
            assert [m.span() for m in pattern.finditer(sentence)] == [
                m.span() for m in pattern.pattern.finditer(sentence)
            ]
            hits += want is not None
        assert hits < len(sentences), name


def _heldout_sentences() -> list[str]:
    texts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    return [s.text for text in texts for s in split_sentences(text)]


def test_a_use_cue_turned_away_by_its_gate_has_no_match() -> None:
    closed = 0
    for sentence in [*_heldout_sentences(), "Rebels mınED the road.", "They laid mineſ."]:
        for _, pattern in triggers.USE_PATTERNS:
            if not may_match(pattern, sentence):
                closed += 1
                assert pattern.search(sentence) is None, (pattern.pattern, sentence)
    assert closed > 0


def test_the_unit_words_are_the_unit_cue_pattern() -> None:
    cue = re.compile(
        r"km|m2|m²|ha\b|hectare|square|sq\b|mines|explosive|UXO|unexploded", re.IGNORECASE
    )
    extra = ["1,200 HA cleared", "5 sq. km", "50 m² of land", "an UXO", "the shah", "no unit here"]
    for sentence in [*_heldout_sentences(), *extra]:
        words = holds(sentence, numbers._UNIT_WORDS) or numbers._UNIT_END.search(sentence)
        assert bool(words) == bool(cue.search(sentence)), sentence
