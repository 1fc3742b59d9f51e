"""Sentence splitting on invented page text: headlines, datelines, furniture, glued joins."""

from __future__ import annotations

from minewatch.extract.sentences import split_sentences

PAGE = (
    "Deminers Reach Village Fields\n"
    "12/03/2024 10:15 AM\n"
    "HARGEISA, Mar 12: Teams cleared two fields on Monday. Lt. Gen. Smith praised the work.\n"
    "- agriculture\n"
    "Read also:\n"
    "Earlier clearance milestone\n"
    "The work goes on.\n"
)


def test_each_sentence_is_a_verbatim_slice_of_the_text() -> None:
    for sentence in split_sentences(PAGE):
        assert PAGE[sentence.start : sentence.end] == sentence.text


def test_abbreviations_do_not_end_a_sentence() -> None:
    texts = [s.text for s in split_sentences(PAGE)]
    assert "Lt. Gen. Smith praised the work." in texts


def test_headline_timestamp_bullet_and_read_also_are_flagged() -> None:
    by_text = {s.text: s for s in split_sentences(PAGE)}
    assert by_text["Deminers Reach Village Fields"].headline
    assert by_text["12/03/2024 10:15 AM"].chrome
    assert by_text["Earlier clearance milestone"].chrome
    assert by_text["- agriculture"].bullet
    assert not by_text["The work goes on."].chrome


def test_a_box_of_links_runs_to_its_first_sentence() -> None:
    # the label alone on its line, then its links (headlines, no sentence end): all chrome;
    # the first sentence closes the box, and a heading after it is the story's again
    page = (
        "Lee también\n"
        "Una mina mata a dos niños en Nariño\n"
        "Desminado en Tete | Mozambique\n"
        "El trabajo sigue en la vereda.\n"
        "Nuevas zonas despejadas\n"
    )
    assert [s.chrome for s in split_sentences(page)] == [True, True, True, False, False]


def test_glued_headline_and_missing_space_are_split() -> None:
    texts = [
        s.text for s in split_sentences("Clearance NewsOn May 2, teams finished.Next came rain.")
    ]
    assert texts == ["Clearance News", "On May 2, teams finished.", "Next came rain."]
