"""Very long lines, in sentences of our own: a whole story on one line gives the candidates the
same sentences give one to a line, in every script read (Arabic has no capitals, so its
sentence ends are found before any letter of its script), and a line that never ends a
sentence is cut into windows of at most ``MAX_SENTENCE`` characters, each a verbatim slice.
How fast such lines are read is a benchmark (``bench/long_lines.py``), not a test."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.sentences import MAX_SENTENCE, split_sentences
from tests.extract.tables import read

PUBLISHED = PartialDate(2025, 11, 20)

STORIES = {
    "en": [
        "Two farmers were killed and three others injured when a landmine exploded near a "
        "village in Yemen on 14 October 2025.",
        "Finland notified the United Nations of its withdrawal from the Ottawa Convention on "
        "10 July 2025.",
        "Deminers in Cambodia cleared 1,200 square metres of rice fields in Battambang province "
        "in September 2025.",
        "Investigators accused Russian forces of laying antipersonnel mines around the town of "
        "Izium.",
        "Sri Lanka destroyed 5,000 stockpiled antipersonnel mines in June 2024.",
    ],
    "fr": [
        "Deux bergers ont été tués par l'explosion d'une mine au Mali le 3 novembre 2025.",
        "La Lituanie a notifié son retrait de la Convention d'Ottawa le 27 juin 2025.",
        "Les forces russes ont posé des mines antipersonnel près de Koupiansk, selon une "
        "organisation locale.",
    ],
    "ar": [
        "قتل ثلاثة مدنيين وأصيب اثنان آخران يوم الثلاثاء بانفجار لغم أرضي في محافظة الحديدة "
        "غربي اليمن.",
        "أبلغت فنلندا الأمين العام للأمم المتحدة في 10 تموز 2025 بانسحابها من اتفاقية أوتاوا.",
        "أزالت الفرق الهندسية 350 لغما في محافظة تعز اليمنية الشهر الماضي.",
    ],
}


def _rows(text: str, language: str) -> list[dict[str, object]]:
    return [c.to_json() for c in read(text, PUBLISHED, language)]


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_story_on_one_line_reads_as_the_same_story_a_sentence_to_a_line(language: str) -> None:
    story = STORIES[language]
    sentences = story * (5 * MAX_SENTENCE // len(" ".join(story)) + 1)  # several windows long
    one_line = " ".join(sentences)
    assert len(one_line) > 4 * MAX_SENTENCE
    assert [s.text for s in split_sentences(one_line)] == sentences
    expected = _rows("\n".join(sentences), language)
    assert expected  # each story tells events
    assert _rows(one_line, language) == expected


def test_a_line_with_no_sentence_end_is_cut_into_verbatim_windows_at_clause_marks() -> None:
    clause = "deminers cleared another field near the old railway line, the village chief said; "
    line = clause * 700  # about 57,000 characters and not one full stop
    pieces = split_sentences(line)
    assert len(pieces) > len(line) // MAX_SENTENCE
    assert all(len(p.text) <= MAX_SENTENCE for p in pieces)
    assert all(line[p.start : p.end] == p.text for p in pieces)
    assert all(p.text.endswith((";", ",")) for p in pieces[:-1])  # never inside a clause
    # in order, and nothing but the space between two windows is left out
    assert [p.start for p in pieces] == sorted(p.start for p in pieces)
    assert sum(len(p.text) for p in pieces) + len(pieces) - 1 == len(line.rstrip())


def test_a_window_ends_at_a_sentence_end_before_a_clause_mark() -> None:
    # full stops before small letters do not end a sentence, but do end a window
    sentence = "teams cleared a field, then a road; the work went on. "
    line = sentence * 60
    pieces = split_sentences(line)
    assert len(pieces) > 1
    assert all(p.text.endswith(".") for p in pieces[:-1])


def test_a_line_without_spaces_is_cut_at_the_cap() -> None:
    line = "x" * (5 * MAX_SENTENCE + 7)
    pieces = split_sentences(line)
    assert [len(p.text) for p in pieces] == [MAX_SENTENCE] * 5 + [7]
    assert "".join(p.text for p in pieces) == line


def test_a_long_line_without_full_stops_still_gives_its_first_clause_event() -> None:
    opening = (
        "Two farmers were killed when a landmine exploded near a village in Yemen on "
        "14 October 2025, "
    )
    filler = "and the local council asked for more deminers for the fields around the village, "
    found = read(opening + filler * 600, PUBLISHED, "en")
    assert [(c.type, c.actor_iso3, c.killed) for c in found] == [("casualty_incident", "YEM", 2)]
