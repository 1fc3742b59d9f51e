"""Scheduled steps and the notice of withdrawal, in our own words (issue 8, fifth pass).

A year-less date governed by a future or scheduled event ("will take effect on 10 July",
"before its exit takes effect on ...", "is due to ... on ...", "is scheduled for ...") is the
next such day on or after publication, never last year's; a withdrawal that has not yet taken
effect at publication is no ``withdrawal_effective`` event (the Convention's Art. 20: it takes
effect six months after the notice); the deposited notice is ``withdrawal_notified``, dated by
its own date, also where the same sentence states the day the exit takes effect.
"""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract import Document, extract
from minewatch.extract.dates import Anchor
from minewatch.extract.readers import reader_for

from .tables import dates_in, project, read

Step = tuple[str | None, str | None, str | None]


def steps(text: str, published: PartialDate) -> list[Step]:
    found = read(text, published)
    return sorted(project(found, "actor_iso3", "action", "date", kind="treaty_action"))


def resolved(text: str, published: PartialDate) -> list[str | None]:
    """Every date resolved in ``text``, usable or not."""
    return dates_in(text, Anchor(published), usable_only=False)


def usable(text: str, published: PartialDate) -> list[str | None]:
    return dates_in(text, Anchor(published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The exit will take effect on 10 July.", PartialDate(2026, 1, 15), "2026-07-10"),
        (
            "Its withdrawal is due to take effect on July 10.",
            PartialDate(2026, 1, 15),
            "2026-07-10",
        ),
        ("The vote is scheduled for 3 February.", PartialDate(2025, 11, 30), "2026-02-03"),
        (
            "The country stays bound until its exit takes effect on the 27th of December.",
            PartialDate(2025, 7, 1),
            "2025-12-27",
        ),
        ("The handover is set to take place in September.", PartialDate(2026, 3, 6), "2026-09"),
    ],
)
def test_a_scheduled_year_less_date_is_the_next_occurrence(
    text: str, published: PartialDate, expected: str
) -> None:
    assert resolved(text, published) == [expected]
    assert usable(text, published) == []  # after publication: the date of nothing done yet


def test_a_scheduled_date_on_the_day_of_publication_is_that_day() -> None:
    assert resolved("The exit takes effect on 6 March.", PartialDate(2026, 3, 6)) == ["2026-03-06"]


def test_a_past_year_less_date_still_looks_back() -> None:
    # no schedule word: "on 27 December" in a story of 1 July is last December
    assert usable("Latvia left the treaty on 27 December.", PartialDate(2026, 7, 1)) == [
        "2025-12-27"
    ]
    # the future verb governs another clause: "they cleared in March" is past
    text = "Deminers will return to the fields they cleared in March."
    assert usable(text, PartialDate(2026, 2, 1)) == ["2025-03"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Estonia lodged its instrument of withdrawal from the Ottawa Convention with the UN "
            "Secretary-General on 27 June, so its exit will take effect on 27 December.",
            PartialDate(2025, 7, 2),
            [("EST", "withdrawal_notified", "2025-06-27")],
        ),
        (
            "Latvia notified the UN Secretary-General of its withdrawal from the Mine Ban Treaty "
            "on January 9, starting a six-month countdown before the exit takes effect on July 9.",
            PartialDate(2026, 1, 12),
            [("LVA", "withdrawal_notified", "2026-01-09")],
        ),
        (
            "Lithuania deposited its instrument of withdrawal from the Ottawa Convention on "
            "2 March; the withdrawal becomes effective on 2 September, the ministry said.",
            PartialDate(2026, 3, 4),
            [("LTU", "withdrawal_notified", "2026-03-02")],
        ),
        (
            "Poland handed its notice of withdrawal from the Convention to the United Nations on "
            "the 5th of May, and the exit is due to take effect on 5 November.",
            PartialDate(2026, 5, 8),
            [("POL", "withdrawal_notified", "2026-05-05")],
        ),
        (
            "Finland, which submitted its instrument of withdrawal from the treaty on 10 January, "
            "will cease to be a party once the withdrawal takes effect on 10 July.",
            PartialDate(2026, 2, 1),
            [("FIN", "withdrawal_notified", "2026-01-10")],
        ),
    ],
)
def test_the_notice_is_dated_by_its_own_day_and_a_pending_exit_is_no_event(
    text: str, published: PartialDate, expected: list[Step]
) -> None:
    assert steps(text, published) == expected


def test_a_notice_and_an_exit_both_past_are_two_steps() -> None:
    text = (
        "Estonia deposited its instrument of withdrawal from the Ottawa Convention on 27 June "
        "2025, and its exit took effect on 27 December."
    )
    assert steps(text, PartialDate(2026, 1, 20)) == [
        ("EST", "withdrawal_effective", "2025-12-27"),
        ("EST", "withdrawal_notified", "2025-06-27"),
    ]


def test_an_exit_that_takes_effect_on_the_day_of_publication_is_effective() -> None:
    text = "Lithuania's withdrawal from the Ottawa Convention takes effect today."
    assert steps(text, PartialDate(2025, 12, 27)) == [("LTU", "withdrawal_effective", "2025-12-27")]


# The same rule in every language we read (dates.scheduled_cue, dates.year_less): a
# year-less date after a future or scheduling verb of its clause is the next such day on or
# after publication (and, being after it, dates nothing done); without one it is the latest
# such day on or before publication. Story of 10 April 2026.
APRIL = PartialDate(2026, 4, 10)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "El retiro entrará en vigor el 2 de marzo.", "2027-03-02"),
        ("es", "La votación en el Senado será el 3 de febrero.", "2027-02-03"),
        ("es", "La reunión de los Estados Partes está prevista para el 1 de marzo.", "2027-03-01"),
        ("es", "La entrega de las tierras despejadas se celebrará el 20 de abril.", "2026-04-20"),
        ("fr", "Le retrait prendra effet le 2 mars.", "2027-03-02"),
        ("fr", "Le vote des députés aura lieu le 3 février.", "2027-02-03"),
        ("fr", "La conférence d'examen est prévue pour le 1er mars.", "2027-03-01"),
        ("fr", "Le retrait de la Lituanie doit entrer en vigueur le 20 avril.", "2026-04-20"),
        ("ru", "Выход из конвенции вступит в силу 2 марта.", "2027-03-02"),
        ("ru", "Голосование в парламенте состоится 3 февраля.", "2027-02-03"),
        ("ru", "Заседание запланировано на 1 марта.", "2027-03-01"),
        ("ru", "Решение должно вступить в силу 20 апреля.", "2026-04-20"),
        ("uk", "Вихід з конвенції набуде чинності 2 березня.", "2027-03-02"),
        ("uk", "Голосування в парламенті відбудеться 3 лютого.", "2027-02-03"),
        ("uk", "Засідання заплановано на 1 березня.", "2027-03-01"),
        ("uk", "Рішення має набути чинності 20 квітня.", "2026-04-20"),
    ],
)
def test_a_scheduled_year_less_date_looks_forward_in_every_language(
    language: str, text: str, expected: str
) -> None:
    reader = reader_for(language)
    assert reader is not None
    found = reader.find_dates(text, Anchor(APRIL))
    assert [m.value for m in found] == [expected]
    assert [m.usable for m in found] == [expected <= APRIL.iso()]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Un soldado murió el 3 de febrero al pisar una mina.", "2026-02-03"),
        ("es", "El retiro entró en vigor el 2 de mayo.", "2025-05-02"),
        ("fr", "Un berger a été tué le 3 février.", "2026-02-03"),
        ("fr", "Le retrait a pris effet le 2 mai.", "2025-05-02"),
        ("fr", "Le vote aura lieu à Genève, qui a reçu les experts le 3 février.", "2026-02-03"),
        ("ru", "Мужчина погиб 3 февраля.", "2026-02-03"),
        ("ru", "Выход вступил в силу 2 мая.", "2025-05-02"),
        ("uk", "Чоловік загинув 3 лютого.", "2026-02-03"),
        ("uk", "Вихід набув чинності 2 травня.", "2025-05-02"),
    ],
)
def test_a_past_year_less_date_looks_back_in_every_language(
    language: str, text: str, expected: str
) -> None:
    reader = reader_for(language)
    assert reader is not None
    assert [m.value for m in reader.find_dates(text, Anchor(APRIL)) if m.usable] == [expected]


@pytest.mark.parametrize(
    ("language", "text", "iso3"),
    [
        (
            "es",
            "Ecuador notificó su retiro de la Convención de Ottawa, que entrará en vigor el 2 de "
            "marzo.",
            "ECU",
        ),
        (
            "fr",
            "La Lituanie a notifié son retrait de la Convention d'Ottawa ; il prendra effet le "
            "2 mars.",
            "LTU",
        ),
        (
            "ru",
            "Литва уведомила о выходе из Оттавской конвенции; выход вступит в силу 2 марта.",
            "LTU",
        ),
        (
            "uk",
            "Литва повідомила про вихід з Оттавської конвенції; вихід набуде чинності 2 березня.",
            "LTU",
        ),
    ],
)
def test_a_notice_is_never_dated_by_the_exit_still_to_come(
    language: str, text: str, iso3: str
) -> None:
    found = extract(Document("story", text, published=APRIL, language=language))
    # the step is the notice, dated by the story (news: the publication month), never by the
    # exit's day read as last March
    assert [(c.actor_iso3, c.action, c.date) for c in found] == [
        (iso3, "withdrawal_notified", "2026-04")
    ]
