"""Ligatures and PDF line wraps: text as a person reads it."""

from __future__ import annotations

from pathlib import Path

from minewatch.extract import extract, read_document
from minewatch.extract.glyphs import join_wrapped_lines, normalise_glyphs
from tests.support.pdf import text_pdf


def test_standard_and_private_use_ligatures_are_spelled_out() -> None:
    assert (
        normalise_glyphs("ﬁve ﬂags, an oﬀer, eﬃcient, baﬄed")
        == "five flags, an offer, efficient, baffled"
    )
    assert normalise_glyphs("\uf001ve \uf002ags") == "five flags"


def test_other_characters_are_left_alone() -> None:
    text = "12 km² cleared, ½ of it by “NPA” — Côte d’Ivoire"
    assert normalise_glyphs(text) == text


def _shown_as_cp1252(text: str) -> str:
    """``text``'s UTF-8 as a page declared Windows-1252 shows it (a byte the code page leaves
    undefined as its Latin-1 control character, as browsers do)."""
    return "".join(
        bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)
        for byte in text.encode("utf-8")
    )


def test_mojibake_is_decoded_again() -> None:
    assert normalise_glyphs("CÃ´te dâ€™Ivoire â€” 3 Ã— 2") == "Côte d’Ivoire — 3 × 2"
    arabic = "انفجر لغم أرضي في القرية"
    assert normalise_glyphs(_shown_as_cp1252(arabic)) == arabic
    # a page whose only letters beyond ASCII are Lithuanian ones (ftfy's fix_encoding takes
    # "Ä—" and "Å¡" for ordinary text and leaves the page as it is)
    baltic = "Deminers from Šiauliai and Kėdainiai cleared the old range."
    assert normalise_glyphs(_shown_as_cp1252(baltic)) == baltic


def test_mis_encoded_text_beside_text_read_right_is_mended() -> None:
    # one paragraph stored mis-encoded on a page whose other lines are right ("В" is shown
    # "Ð’", which ftfy leaves inside a text it cannot decode whole)
    story = "В Харьковской области разминировали 40 гектаров."
    page = f"Новости\n{_shown_as_cp1252(story)}\nОбновлено: 2 мая"
    assert normalise_glyphs(page) == f"Новости\n{story}\nОбновлено: 2 мая"
    # a line whose quotes and dashes came right (written as HTML entities) and the rest not
    line = "«Équipe de déminage» – 12 mines détruites à Kédougou, dit l’armée."
    shown = "".join(c if c in "«»–’" else _shown_as_cp1252(c) for c in line)
    assert normalise_glyphs(shown) == line


def test_soft_hyphens_vanish() -> None:
    assert normalise_glyphs("anti\u00adpersonnel") == "antipersonnel"


def test_wrapped_lines_and_hyphenation_are_joined() -> None:
    wrapped = (
        "Annual report\n"
        "In 2023 the national authority reported that fourteen people were kil-\n"
        "led and twenty were injured by anti-\n"
        "Personnel mines in the northern provinces of the country.\n"
        "A second paragraph starts here and runs on to the end of the line.\n"
        "• a list item\n"
    )
    assert join_wrapped_lines(wrapped).splitlines() == [
        "Annual report",
        "In 2023 the national authority reported that fourteen people were killed and twenty "
        "were injured by anti-Personnel mines in the northern provinces of the country.",
        "A second paragraph starts here and runs on to the end of the line.",
        "• a list item",
    ]


def test_a_wrapped_pdf_gives_whole_sentence_evidence(tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    path.write_bytes(
        text_pdf(
            "Demining news, 2024",
            "Officials said that a landmine killed three shepherds near the border town",
            "in Afghanistan's Kandahar province on 4 March 2024, and injured two others",
            "who were taken to hospital.",
        )
    )
    document = read_document(path)
    (event,) = extract(document)
    assert (event.type, event.actor_iso3, event.killed) == ("casualty_incident", "AFG", 3)
    assert event.evidence.startswith("Officials said") and event.evidence.endswith("hospital.")
