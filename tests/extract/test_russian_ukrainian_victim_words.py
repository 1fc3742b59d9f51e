"""Russian and Ukrainian victims told with words between the noun and its verb, or hurt by a
mine as the subject (issue 8, own wording): an age or a year of birth ("чоловік 1975 року
народження загинув", "погиб 47-летний мужчина"), a place in the genitive with a name in it
("Житель Тертерского района Азербайджана получил ранения"), and "мина ранила двух ..."/"міна
травмувала трьох ..."; a year of birth is never the date's year. Sentences are our own; none
is copied from a dev or held-out passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

PUBLISHED = PartialDate.parse("2025-06-11")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Ukrainian
        (
            "На Миколаївщині 9 червня чоловік 1975 року народження загинув, підірвавшись на "
            "міні в полі, повідомила поліція України.",
            "uk",
            [casualty("UKR", "2025-06-09", 1, None)],
        ),
        (
            "На Харківщині 8 червня загинув 47-річний тракторист, який наїхав на "
            "протитанкову міну, повідомили в ДСНС України.",
            "uk",
            [casualty("UKR", "2025-06-08", 1, None)],
        ),
        (
            "За даними поліції, 7 червня протипіхотна міна травмувала трьох мешканців села "
            "на Сумщині в Україні.",
            "uk",
            [casualty("UKR", "2025-06-07", None, 3)],
        ),
        (
            "Мешканка Ізюмської громади Харківщини 10 червня отримала поранення, "
            "підірвавшись на міні в Україні.",
            "uk",
            [casualty("UKR", "2025-06-10", None, 1)],
        ),
        # Russian
        (
            "Житель Тертерского района Азербайджана получил ранения, подорвавшись на мине "
            "8 июня, сообщило агентство.",
            "ru",
            [casualty("AZE", "2025-06-08", None, 1)],
        ),
        (
            "В Карабахе 9 июня погиб 52-летний пастух, наступивший на мину, сообщили власти "
            "Азербайджана.",
            "ru",
            [casualty("AZE", "2025-06-09", 1, None)],
        ),
        (
            "По данным властей Украины, 7 июня мина ранила двух мирных жителей под Херсоном.",
            "ru",
            [casualty("UKR", "2025-06-07", None, 2)],
        ),
        (
            "Мужчина 1980 года рождения погиб 9 июня, подорвавшись на мине в Азербайджане.",
            "ru",
            [casualty("AZE", "2025-06-09", 1, None)],
        ),
        # negatives: no harm told of the victim, a mine that wounded no one
        (
            "Житель Тертерского района Азербайджана сообщил о мине, найденной 8 июня у дороги.",
            "ru",
            [],
        ),
        (
            "Мешканець села 1962 року народження знайшов міну на городі 9 червня в Україні.",
            "uk",
            [],
        ),
        # a year of birth or a year with its word right before the verb counts no one
        (
            "Житель Азербайджана 1975 года рождения получил ранения 9 июня, подорвавшись на мине.",
            "ru",
            [casualty("AZE", "2025-06-09", None, 1)],
        ),
        (
            "Житель Тертерского района Азербайджана в 2023 году получил ранения от мины.",
            "ru",
            [casualty("AZE", "2023", None, 1)],
        ),
    ],
)
def test_victim_words(text: str, language: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language, kind="casualty_incident") == expected
