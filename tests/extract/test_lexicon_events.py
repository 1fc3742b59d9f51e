"""Treaty steps, stocks destroyed and mines laid, read in French, Russian and Ukrainian by
the lexicons (``minewatch.extract.lexicons``). Our own passages, with the claim a reader
would record written down before the first run; several wordings per kind."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read

PUBLISHED = PartialDate(2025, 9, 12)

Claim = tuple[str, str | None, str | None, str | None, float | int | None]


def claims(language: str, text: str) -> list[Claim]:
    found = read(text, PUBLISHED, language)
    return project(found, "type", "actor_iso3", "date", "action", "quantity")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # French: parliament, notification, withdrawal in force, accession
        (
            "fr",
            "Les députés estoniens ont approuvé le 4 juin 2025 le retrait du pays de la "
            "Convention d'Ottawa.",
            ("treaty_action", "EST", "2025-06-04", "parliament_approves_withdrawal", None),
        ),
        (
            "fr",
            "Le gouvernement letton a déposé sa notification de retrait du traité d'Ottawa "
            "auprès des Nations unies le 27 juin.",
            ("treaty_action", "LVA", "2025-06-27", "withdrawal_notified", None),
        ),
        (
            "fr",
            "Le retrait de la Pologne de la Convention d'Ottawa a pris effet en février 2026.",
            None,  # after publication: not something that has happened
        ),
        (
            "fr",
            "Les Îles Marshall ont ratifié la Convention d'Ottawa en mars 2025.",
            ("treaty_action", "MHL", "2025-03", "join", None),
        ),
        # Russian: intent, parliament vote with the verb first, accession
        (
            "ru",
            "Правительство Латвии 25 марта 2025 года объявило о решении выйти из Оттавской "
            "конвенции.",
            ("treaty_action", "LVA", "2025-03-25", "announce_intent_to_withdraw", None),
        ),
        (
            "ru",
            "За выход из Оттавской конвенции 16 апреля проголосовали депутаты Сейма Латвии.",
            ("treaty_action", "LVA", "2025-04-16", "parliament_approves_withdrawal", None),
        ),
        # Ukrainian: the notification, an accession
        (
            "uk",
            "Фінляндія 10 липня 2025 року направила генсеку ООН повідомлення про вихід з "
            "Оттавської конвенції.",
            ("treaty_action", "FIN", "2025-07-10", "withdrawal_notified", None),
        ),
        # the state named first acts, not a stem after it ("le gouvernement lituanien")
        (
            "fr",
            "La Finlande a déposé son instrument de retrait de la Convention d'Ottawa le "
            "10 juillet 2025, comme l'avait fait le gouvernement lituanien.",
            ("treaty_action", "FIN", "2025-07-10", "withdrawal_notified", None),
        ),
    ],
)
def test_treaty_steps(language: str, text: str, expected: Claim | None) -> None:
    found = [c for c in claims(language, text) if c[0] == "treaty_action"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "En 2023, la Grèce a détruit 8 400 mines antipersonnel stockées dans ses dépôts "
            "militaires.",
            ("stockpile_destruction", "GRC", "2023", None, 8400),
        ),
        (
            "ru",
            "В 2016 году Украина уничтожила 1 000 000 мин ПФМ-1 со складов хранения в Павлограде.",
            ("stockpile_destruction", "UKR", "2016", None, 1000000),
        ),
        (
            "uk",
            "Білорусь у квітні 2017 року знищила останні 70 протипіхотних мін зі своїх запасів.",
            ("stockpile_destruction", "BLR", "2017-04", None, 70),
        ),
        # a state named first acts, whether by its name or by a stem ("lituanien"); a stem
        # named after it ("des experts lituaniens") is no actor, nor is "est" in "C'est"
        (
            "fr",
            "En 2024, la Finlande a détruit 3 000 mines antipersonnel de son stock avec l'aide "
            "d'experts lituaniens.",
            ("stockpile_destruction", "FIN", "2024", None, 3000),
        ),
        (
            "fr",
            "C'est la Finlande qui a détruit en 2024 les 3 000 mines antipersonnel de son stock, "
            "selon des experts estoniens.",
            ("stockpile_destruction", "FIN", "2024", None, 3000),
        ),
        (
            "de",
            "Finnland hat 2024 seinen Bestand von 3.000 Antipersonenminen mit Hilfe litauischer "
            "Experten vernichtet.",
            ("stockpile_destruction", "FIN", "2024", None, 3000),
        ),
        (
            "fr",
            "L'armée lituanienne a détruit en 2024 les 3 000 mines antipersonnel de son stock, "
            "selon la Finlande.",
            ("stockpile_destruction", "LTU", "2024", None, 3000),
        ),
    ],
)
def test_stocks_destroyed(language: str, text: str, expected: Claim) -> None:
    assert claims(language, text) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Selon Amnesty International, l'armée birmane a enfoui des mines antipersonnel "
            "autour de villages de l'État Rakhine en mai 2025.",
            ("use_allegation", "MMR", "2025-05", None, None),
        ),
        (
            "ru",
            "По данным правозащитников, российские войска заминировали поля вокруг села в "
            "Харьковской области в апреле 2025 года.",
            ("use_allegation", "RUS", "2025-04", None, None),
        ),
        (
            "uk",
            "Російські окупанти застосували протипіхотні міни ПФМ-1 на Харківщині, "
            "повідомили сапери.",
            ("use_allegation", "RUS", None, None, None),  # undated: use is dated by its laying
        ),
    ],
)
def test_mines_laid(language: str, text: str, expected: Claim) -> None:
    assert [c for c in claims(language, text) if c[0] == "use_allegation"] == [expected]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # plans, denials and mines destroyed in the field are not these events
        ("fr", "La Pologne envisage de se retirer de la Convention d'Ottawa."),
        ("fr", "Le ministère a nié que ses soldats aient posé des mines."),
        ("ru", "Эстония может выйти из Оттавской конвенции в следующем году."),
        ("uk", "Сапери знищили 40 мін, знайдених на полі на Харківщині 3 травня."),
        ("uk", "Україна не застосовувала протипіхотні міни, заявили у міністерстві."),
    ],
)
def test_plans_denials_and_field_destruction_are_not_read(language: str, text: str) -> None:
    assert [c for c in claims(language, text) if c[0] != "clearance_progress"] == []
