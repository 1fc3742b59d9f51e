"""Gates in front of slow patterns: worked out from the pattern, they never change a result."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from dataclasses import replace
from pathlib import Path

import pytest

import minewatch.extract
from minewatch.domain.dates import PartialDate
from minewatch.extract import allegations, furniture, impacts, numbers, sentences, triggers
from minewatch.extract.dates import Anchor
from minewatch.extract.drafts import View
from minewatch.extract.gates import Gated, holds, may_match, required
from minewatch.extract.gazetteer import find_states
from minewatch.extract.pipeline import _view
from minewatch.extract.readers import reader_for
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
        r"km|m2|m²|m\^2|ha\b|hectare|square|sq|acre|mi2|mi²|mines|explosive|UXO|unexploded|"
        r"feddan|dunam|donum|dunum",
        re.IGNORECASE,
    )
    extra = ["1,200 HA cleared", "5 sq. km", "50 m² of land", "an UXO", "the shah", "no unit here"]
    extra += ["40,000 sqm", "300 acres", "2 mi²", "3 km^2 of land", "500 feddans", "90 dunums"]
    for sentence in [*_heldout_sentences(), *extra]:
        words = holds(sentence, numbers._UNIT_WORDS) or numbers._UNIT_END.search(sentence)
        assert bool(words) == bool(cue.search(sentence)), sentence


def _views(sentences: list[str]) -> list[View]:
    english = reader_for("en")
    assert english is not None
    anchor = Anchor(PartialDate.parse("2025-06-01"), None)
    return [
        _view(sentence, find_states(sentence.text), anchor, english)
        for text in sentences
        for sentence in split_sentences(text)
    ]


def _figures(view: View) -> list[object]:
    return [
        *impacts.other_drafts(view, ["FRA"]),
        *impacts.stockpile_drafts(view, ["FRA"], True),
        *impacts.clearance_drafts(view, ["FRA"], True),
    ]


def test_a_sentence_the_figure_gates_turn_away_gives_no_figure_or_casualty() -> None:
    """``impacts.may_tell_figures`` and ``may_tell_casualties`` stand for the rules behind
    them: wherever a gate is closed, its rules give nothing, whatever the actor; each way a
    rule fires opens its gate."""
    figures = _views(
        [
            "The stockpile of anti-personnel mines that the army declared stood at 1,200.",
            "Deminers cleared 3.4 square kilometres of mined land near the river.",
            "The province was declared free of mines last week.",
            "Engineers destroyed the last 4,000 stockpiled anti-personnel mines at a depot.",
        ]
    )
    casualties = _views(
        [
            "A tractor struck a device that exploded near the farm.",
            "Two shepherds were killed by a landmine on Tuesday.",
        ]
    )
    for view in figures:
        assert impacts.may_tell_figures(view) and _figures(view), view.text
    for view in casualties:
        harm = impacts.casualty_drafts(replace(view, mine_context=True), None, "FRA")
        assert impacts.may_tell_casualties(view) and harm, view.text
    views = [*figures, *casualties, *_views(_heldout_sentences())]
    closed = {"figures": 0, "casualties": 0}
    for view in views:
        if not impacts.may_tell_figures(view):
            closed["figures"] += 1
            assert _figures(view) == [], view.text
        if not impacts.may_tell_casualties(view):
            closed["casualties"] += 1
            assert impacts.casualty_drafts(replace(view, mine_context=True), None, "FRA") == []
    assert closed["figures"] > len(views) // 2 and closed["casualties"] > len(views) // 2


def _heldout_lines() -> list[str]:
    texts = [json.loads(line)["text"] for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    return [line for text in texts for line in text.splitlines() if line.strip()]


def test_the_splitters_gates_never_turn_away_a_glued_join_or_a_credit() -> None:
    """``sentences._GLUED_GATE`` (a small letter or digit before a capital) and
    ``furniture._CREDIT_WORDS`` stand before their patterns: wherever the pattern matches, the
    gate is open; and they close for most lines, or they would be no use."""
    glued = ["Two men were killedOn Monday the army said.", "In March 2024Officials said so."]
    credits = ["(Photo: AFP / file)", "PHOTO: Reuters", "(foto d'archivio ANSA)"]
    credits += ["Crédit : AFP", "(صورة أرشيفية: أ ف ب)", "İMAGE: AP / handout"]
    lines = [*_heldout_lines(), *glued, *credits]
    closed = {"glued": 0, "credit": 0}
    for line in lines:
        if sentences._GLUED.search(line) is not None:
            assert sentences._GLUED_GATE.search(line) is not None, line
        closed["glued"] += sentences._GLUED_GATE.search(line) is None
        if furniture._CREDIT.search(line) is not None:
            assert holds(line, furniture._CREDIT_WORDS), line
        closed["credit"] += not holds(line, furniture._CREDIT_WORDS)
    assert all(sentences._GLUED.search(line) for line in glued)
    assert all(furniture._CREDIT.search(line) for line in credits)
    assert min(closed.values()) > len(lines) // 2


@pytest.mark.parametrize(
    ("pattern", "opens"),
    [
        (triggers.STOCK_WORD, "The army destroyed mines held in a depot near the capital."),
        (allegations._WEAPON_AGAIN, "Rebels laid mines, and the army used the weapon too."),
        *[(pattern, "") for _, pattern in triggers.TREATY_ACTIONS],
    ],
)
def test_a_cue_asked_behind_may_match_has_no_match_where_it_is_turned_away(
    pattern: re.Pattern[str], opens: str
) -> None:
    """The patterns the rules ask only after ``gates.may_match`` (the stock word, the weapon
    used again, each treaty step's cue): a sentence turned away holds no match."""
    closed = 0
    for sentence in [*_heldout_sentences(), "They laid mineſ in the depot.", opens]:
        if not may_match(pattern, sentence):
            closed += 1
            assert pattern.search(sentence) is None, (pattern.pattern, sentence)
    assert closed > 0
    assert not opens or (may_match(pattern, opens) and pattern.search(opens))
