"""Page furniture tells no event and moves no claim (bench/furniture_eval.py found each kind):
a box of links or a ticker with another story's headline, a page stamp or a byline between two
paragraphs, a photo caption or a tag list naming another country, and a page whose UTF-8 was
shown as Windows-1252 (mojibake). Every line is our own wording, in the languages read."""

from __future__ import annotations

from pathlib import Path

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import extract, read_document

from .tables import FIELDS, Claim, casualty, claims, cleared, project, use

DAY = PartialDate(2025, 5, 14)

BLAST_EN = "Two farmers were killed by a landmine in Cambodia's Battambang province on Monday."
BLAST_ES = "Dos campesinos murieron el lunes al pisar una mina antipersonal en Antioquia, Colombia."
BLAST_IT = "Due contadini sono morti lunedì per l'esplosione di una mina antiuomo in Bosnia."
BLAST_AR = "قتل مزارعان يوم الاثنين بانفجار لغم أرضي في محافظة درعا جنوب سوريا."
TWO_KILLED_KHM = [casualty("KHM", "2025-05-12", 2, None)]

# a box of links or a ticker: another story's headline, about another mine incident elsewhere
LINK_BOXES: list[tuple[str, str | None, list[Claim]]] = [
    (BLAST_EN + "\nYou may also like: Landmine kills three herders in Laos", None, TWO_KILLED_KHM),
    ("BREAKING: Two soldiers hurt by a mine in northern Yemen\n" + BLAST_EN, None, TWO_KILLED_KHM),
    (BLAST_EN + "\nRelated stories\nDeminers clear 40 hectares near the Angolan border\n"
     "Boy loses a leg to a mine in Laos", None, TWO_KILLED_KHM),
    (BLAST_ES + "\nTe puede interesar: Una mina mata a dos pastores en Yemen", "es",
     [casualty("COL", "2025-05-12", 2, None)]),
    (BLAST_IT + "\nLEGGI ANCHE - Mina antiuomo uccide due pastori in Laos", "it",
     [casualty("BIH", "2025-05-12", 2, None)]),
    ("عاجل | مقتل راعيين بانفجار لغم في اليمن\n" + BLAST_AR, "ar",
     [casualty("SYR", "2025-05-12", 2, None)]),
    # near misses: an ordinary sentence opening on the same words is the story's own
    ("Latest figures show that 40 people were killed by mines in Laos in 2024.", None,
     [casualty("LAO", "2024", 40, None)]),
    ("Breaking with its neighbours, Poland's parliament voted on Monday to leave the Ottawa "
     "Convention.", None,
     [("treaty_action", "POL", "2025-05-12", "parliament_approves_withdrawal", None, None,
       None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), LINK_BOXES)
def test_link_boxes_and_tickers_tell_no_event(
    text: str, language: str | None, expected: list[Claim]
) -> None:
    assert claims(text, DAY, language) == expected


# a stamp or a byline between two paragraphs: the second paragraph still refers back to the
# first (its date, its state), and the stamp's own date dates nothing
STAMPS_AND_BYLINES: list[tuple[str, list[Claim]]] = [
    ("The ministry said deminers cleared 4,900 hectares in Azerbaijan in February 2025.\n"
     "Wednesday 14 May 2025 09:43 BST\n"
     "During the month, a deminer was injured near Aghdam.",
     [cleared("AZE", "2025-02", 4900, "ha"), casualty("AZE", "2025-02", None, 1)]),
    ("A landmine injured two deminers near Aghdam in Azerbaijan in February 2025.\n"
     "Published: 14/05/2025 09:43 GMT+4\n"
     "During the month, teams cleared 4,900 hectares.",
     [casualty("AZE", "2025-02", None, 2), cleared("AZE", "2025-02", 4900, "ha")]),
    ("A landmine killed a shepherd near Kupres in Bosnia on 2 March 2025.\n"
     "By Staff Reporter | The Balkan Ledger\n"
     "The same day, two deminers were injured in a second blast.",
     [casualty("BIH", "2025-03-02", 1, None), casualty("BIH", "2025-03-02", None, 2)]),
    ("A soldier lost a leg to a mine in Antioquia, Colombia, on 3 May.\n"
     "Por Redacción Internacional\n"
     "The same day, two other soldiers were hurt nearby.",
     [casualty("COL", "2025-05-03", None, 1), casualty("COL", "2025-05-03", None, 2)]),
    ("Two children were injured by a mine in Yemen's Taiz province on 1 May.\n"
     "Updated 3 hours ago\n"
     "The same day, a deminer was killed in Marib.",
     [casualty("YEM", "2025-05-01", None, 2), casualty("YEM", "2025-05-01", 1, None)]),
    # near misses: a headline with a figure, and a sentence that opens on "Updated"
    ("Mine blast kills 3 in Cambodia\nThe blast happened in Battambang province on Monday.",
     [casualty("KHM", "2025-05-12", 3, None)]),
    ("Updated figures from Laos show that 40 people were killed by mines in 2024.",
     [casualty("LAO", "2024", 40, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STAMPS_AND_BYLINES)
def test_stamps_and_bylines_between_paragraphs_change_nothing(
    text: str, expected: list[Claim]
) -> None:
    assert claims(text, DAY) == expected


# a caption or a tag list naming another country: the story's state stays its own
CAPTIONS_AND_TAGS: list[tuple[str, str | None, list[Claim]]] = [
    ("Mine blast in Bosnia\nA farmer was injured by a landmine near Olovo on Monday.\n"
     "A deminer checks a field outside a village in Laos in 2019. (Photo: AFP / file)\n"
     "Two more people were hurt in the area on Tuesday.",
     None, [casualty("BIH", "2025-05-12", None, 1), casualty("BIH", "2025-05-13", None, 2)]),
    ("Explosión de una mina en Colombia\nUn campesino resultó herido el lunes por una mina.\n"
     "Un desminador revisa un terreno en Ucrania, en una imagen de archivo. (Foto: EFE)\n"
     "Otro campesino murió el martes en la misma zona.",
     "es", [casualty("COL", "2025-05-12", None, 1), casualty("COL", "2025-05-13", 1, None)]),
    ("Mine blast in Bosnia\nA farmer was injured by a landmine near Olovo on Monday.\n"
     "Topics: Laos | Mines | Human rights\n"
     "Two more people were hurt in a second blast on Tuesday.",
     None, [casualty("BIH", "2025-05-12", None, 1), casualty("BIH", "2025-05-13", None, 2)]),
    # near misses: a sentence about a photo, and a caption naming the story's own country
    ("A photo released by the army shows mines laid by Russian forces near Izium in Ukraine.",
     None, [use("RUS")]),
    ("Mine blast in Bosnia\nA farmer was injured by a landmine near Olovo on Monday.\n"
     "Photo: Bosnian Mine Action Centre",
     None, [casualty("BIH", "2025-05-12", None, 1)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), CAPTIONS_AND_TAGS)
def test_captions_and_tag_lists_move_no_claim(
    text: str, language: str | None, expected: list[Claim]
) -> None:
    assert claims(text, DAY, language) == expected


def _mojibake(text: str) -> str:
    """``text`` as a page shows its UTF-8 read as Windows-1252."""
    shown = []
    for char in text:
        raw = char.encode("utf-8")
        shown.append(
            char
            if len(raw) == 1
            else "".join(bytes([b]).decode("cp1252", errors="replace") for b in raw)
        )
    return "".join(shown)


MIS_ENCODED: list[tuple[str, list[Claim]]] = [
    ("Un soldado resultó herido el lunes al pisar una mina antipersonal en Anorí, Antioquia.",
     [casualty("COL", "2025-05-12", None, 1)]),
    ("قتل مزارعان يوم الاثنين بانفجار لغم أرضي في محافظة درعا جنوب سوريا.",
     [casualty("SYR", "2025-05-12", 2, None)]),
    ("Due contadini sono morti lunedì per l’esplosione di una mina antiuomo in Bosnia.",
     [casualty("BIH", "2025-05-12", 2, None)]),
    ("Deux démineurs ont été blessés lundi par l’explosion d’une mine antipersonnel au Sénégal.",
     [casualty("SEN", "2025-05-12", None, 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MIS_ENCODED)
def test_a_mis_encoded_page_reads_as_written(
    text: str, expected: list[Claim], tmp_path: Path
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"DATE: {DAY.iso()}\n{_mojibake(text)}", encoding="utf-8")
    assert project(extract(read_document(path)), *FIELDS) == expected


# near misses: text whose "Â", "à" or "Ã" are letters, not mojibake, reads as written
@pytest.mark.parametrize(
    "text",
    [
        "Â travers la province, à Kampot, 12 démineurs ont été blessés lundi au Cambodge.",
        "DECLARAÇÃO À IMPRENSA: 12 sapadores ficaram feridos em Angola na segunda-feira.",
    ],
)
def test_letters_that_look_like_mojibake_stay(text: str, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"DATE: {DAY.iso()}\n{text}", encoding="utf-8")
    assert read_document(path).text == text


# a title that names no state, the page's first line, told again by the lead with its state
# and day (a stamp after the title no longer separates them): the lead's incident
GRAYVORON = (
    "В понедельник в Грайвороне 50-летняя женщина получила ранения, наступив на мину ПФМ-1 в "
    "огороде, сообщил губернатор Белгородской области.\n"
    "По его словам, мины были сброшены ВСУ с беспилотников."
)
KUPIANSK = (
    "On Monday two deminers were injured near Kupiansk when a PFM-1 mine went off, officials of "
    "the Kharkiv region said.\nThey blamed Russian forces for scattering the mines."
)
TITLES: list[tuple[str, str | None, list[Claim]]] = [
    ('В Грайвороне женщина пострадала от мины "Лепесток"\n' + GRAYVORON, "ru",
     [casualty("RUS", "2024-09-02", None, 1), use("UKR")]),
    ('Two deminers hurt by a "butterfly" mine\n' + KUPIANSK, None,
     [casualty("UKR", "2024-09-02", None, 2), use("RUS")]),
    ('En Anorí un soldado resultó herido por una mina "quiebrapatas"\nEl lunes un soldado '
     "resultó herido en Anorí, Antioquia, al pisar una mina antipersonal.\nEl Ejército "
     "venezolano negó haber instalado minas en la frontera.", "es",
     [casualty("COL", "2024-09-02", None, 1)]),
    # near misses: a title with counts the lead does not tell is another incident
    ('В Грайвороне двое погибли от мины "Лепесток"\n' + GRAYVORON, "ru",
     [casualty(None, "2024-09", 2, None), casualty("RUS", "2024-09-02", None, 1), use("UKR")]),
    ('В пятницу в Грайвороне женщина пострадала от мины "Лепесток"\n' + GRAYVORON, "ru",
     [casualty(None, "2024-08-30", None, 1), casualty("RUS", "2024-09-02", None, 1), use("UKR")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "language", "expected"), TITLES)
def test_a_title_without_state_is_the_lead_below(
    text: str, language: str | None, expected: list[Claim]
) -> None:
    assert claims(text, PartialDate(2024, 9, 4), language) == expected
