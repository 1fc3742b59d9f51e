"""A ranking's next state is set aside, in every language read (held-out batch 19, h586): "X
recorded N victims, ahead of Syria" ("por delante de Siria", "à frente da Colômbia", "solo
detrás de Siria") is X's figure; a next state with its own figure after it ("devant la Syrie
(1 015)") is a ranking and keeps its figure. A report's day ("el informe publicado este
miércoles") dates no figure of the sentence. Sentences of our own, the claim written down
before the first run (published Wednesday 20 November 2024)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, project, read, total

PUBLISHED = PartialDate(2024, 11, 20)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "Camboya contabilizó en 2023 un total de 400 víctimas de minas, por delante de Laos, "
            "según el informe.",
            total("KHM", "2023", 400),
        ),
        (
            "es",
            "Afganistán registró en 2022 un total de 650 víctimas de minas, solo detrás de Siria.",
            total("AFG", "2022", 650),
        ),
        (
            "pt",
            "Angola registou em 2023 um total de 210 vítimas de minas, à frente da Colômbia, "
            "segundo o relatório.",
            total("AGO", "2023", 210),
        ),
        (
            "en",
            "Myanmar recorded 1,003 mine casualties in 2023, ahead of Syria, the report said.",
            total("MMR", "2023", 1003),
        ),
        # the report's day dates nothing
        (
            "es",
            "Myanmar registró en 2023 un total de 1.003 víctimas de minas, según el informe "
            "anual publicado este miércoles.",
            total("MMR", "2023", 1003),
        ),
        (
            "es",
            "Colombia sumó en 2023 un total de 380 víctimas de minas, según datos presentados el "
            "lunes.",
            total("COL", "2023", 380),
        ),
    ],
)
def test_the_next_state_of_a_ranking(language: str, text: str, expected: Claim) -> None:
    assert claims(text, PUBLISHED, language) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        # the next state with its own figure is a ranking: its figure is its own
        ("fr", "La Birmanie compte 2 000 victimes de mines en 2023, devant la Syrie (900).", "SYR"),
        ("en", "Myanmar counted 2,000 mine casualties in 2023, ahead of Syria (900).", "SYR"),
    ],
)
def test_a_next_state_with_its_own_figure_keeps_it(language: str, text: str, state: str) -> None:
    assert (state, 900) in project(read(text, PUBLISHED, language), "actor_iso3", "quantity")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a possessive after "ahead of / behind" names the state that acts or holds
        (
            "Estonia's parliament approved leaving the Ottawa Convention on 4 June, a week ahead "
            "of Lithuania's vote to withdraw on 12 June.",
            {("treaty_action", "EST"), ("treaty_action", "LTU")},
        ),
        (
            "Human Rights Watch said Ukraine's forces laid mines in 2024 behind Ukraine's own "
            "front lines.",
            {("use_allegation", "UKR")},
        ),
        (
            "Ahead of Lithuania's withdrawal from the Ottawa Convention, its parliament voted on "
            "12 June to leave the treaty.",
            {("treaty_action", "LTU")},
        ),
    ],
)
def test_ahead_of_or_behind_outside_a_ranking(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= set(project(read(text, PUBLISHED, "en"), "type", "actor_iso3"))
