"""Russian and Ukrainian news sentences of each event kind, in the phrasing wire copy uses
(issue 8): treaty steps told by every gender and number of their verbs (Ukrainian masculine
pasts in "-в": "проголосував", "ухвалив"; "денонсировала", "ратифицировал выход"), mines dropped
from the air ("сбросили мины", "скидають «пелюстки»"), a victim who stepped or drove onto a
mine ("наступил на мину ... лишился ноги"), stocks disposed of ("утилизировали", "ліквідувала",
"свои мины", "накопленных", the Convention named beside a count of mines), a decision to
produce mines, and a use told as going on ("продолжают минировать": undated, README rule 6).
Sentences of our own, each claim written down before the first run."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, casualty, cleared, destroyed, policy, project, read, step, use

# a Friday in each case
TREATY_DAY = PartialDate(2026, 2, 20)
NEWS_DAY = PartialDate(2025, 9, 12)
ANNOUNCE, NOTIFIED, EFFECTIVE = (
    "announce_intent_to_withdraw",
    "withdrawal_notified",
    "withdrawal_effective",
)
JOIN, IN_FORCE, PARLIAMENT = "join", "entry_into_force", "parliament_approves_withdrawal"


def claims(language: str, text: str, published: PartialDate = NEWS_DAY) -> list[Claim]:
    return project(read(text, published, language), *FIELDS)


TREATY_STEPS = [
    ("ru", "Сейм Литвы 8 мая проголосовал за выход страны из Оттавской конвенции.",
     [step("LTU", "2025-05-08", PARLIAMENT)]),
    ("ru", "Сейм Польши ратифицировал выход из конвенции о запрещении противопехотных мин в июне.",
     [step("POL", "2025-06", PARLIAMENT)]),
    ("ru", "Латвия денонсировала Оттавскую конвенцию в июле 2025 года.",
     [step("LVA", "2025-07", PARLIAMENT)]),
    ("ru", "Правительство Эстонии в марте решило денонсировать Оттавскую конвенцию.",
     [step("EST", "2025-03", ANNOUNCE)]),
    ("ru", "Финляндия 10 июля уведомила генерального секретаря ООН о выходе из Оттавской "
     "конвенции.", [step("FIN", "2025-07-10", NOTIFIED)]),
    ("ru", "Для Шри-Ланки Оттавская конвенция вступила в силу 1 июня 2018 года.",
     [step("LKA", "2018-06-01", IN_FORCE)]),
    ("ru", "Выход Финляндии из Оттавской конвенции вступил в силу 10 января.",
     [step("FIN", "2026-01-10", EFFECTIVE)]),
    ("uk", "Сейм Литви 8 травня проголосував за вихід країни з Оттавської конвенції.",
     [step("LTU", "2025-05-08", PARLIAMENT)]),
    ("uk", "Парламент Естонії у червні схвалив вихід з Оттавської конвенції.",
     [step("EST", "2025-06", PARLIAMENT)]),
    ("uk", "Верховна Рада 16 липня ухвалила закон про вихід з Оттавської конвенції.",
     [step("UKR", "2025-07-16", PARLIAMENT)]),
    ("uk", "Литва денонсувала Оттавську конвенцію в червні 2025 року.",
     [step("LTU", "2025-06", PARLIAMENT)]),
    ("uk", "Сейм Польщі ратифікував вихід з Оттавської конвенції у червні.",
     [step("POL", "2025-06", PARLIAMENT)]),
    ("uk", "Уряд Естонії у березні вирішив денонсувати Оттавську конвенцію.",
     [step("EST", "2025-03", ANNOUNCE)]),
    ("uk", "Фінляндія 10 липня повідомила генсека ООН про вихід з Оттавської конвенції.",
     [step("FIN", "2025-07-10", NOTIFIED)]),
    ("uk", "Для Шрі-Ланки Оттавська конвенція набула чинності 1 червня 2018 року.",
     [step("LKA", "2018-06-01", IN_FORCE)]),
    ("uk", "Шрі-Ланка приєдналася до Оттавської конвенції у грудні 2017 року.",
     [step("LKA", "2017-12", JOIN)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), TREATY_STEPS)
def test_treaty_steps_in_every_form_of_their_verbs(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text, TREATY_DAY) == expected


NOT_A_STEP_TAKEN = [
    # the Convention ratified is the join, not the withdrawal passed
    ("ru", "Сейм Литвы ратифицировал Оттавскую конвенцию в 2003 году.",
     [step("LTU", "2003", JOIN)]),
    ("uk", "Сейм Литви ратифікував Оттавську конвенцію у 2003 році.", [step("LTU", "2003", JOIN)]),
    # a step that may come, or one denied
    ("ru", "Латвия может денонсировать Оттавскую конвенцию в следующем году.", []),
    ("uk", "Польща не денонсувала Оттавську конвенцію.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), NOT_A_STEP_TAKEN)
def test_no_withdrawal_step_where_none_is_taken(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text, TREATY_DAY) == expected


USES = [
    ("ru", "Украинские беспилотники сбросили мины ПФМ-1 на окраины Донецка.", [use("UKR")]),
    ("ru", "Украинские военные сбрасывают «лепестки» с дронов на жилые кварталы Горловки.",
     [use("UKR")]),
    ("ru", "В августе российские вертолеты сбросили противопехотные мины на поля под Херсоном.",
     [use("RUS", "2025-08")]),
    ("ru", "ВСУ продолжают минировать дороги в Донецкой области, заявил Пушилин.",
     [use("UKR")]),
    ("uk", "Російські дрони скинули протипіхотні міни на околиці Херсона.", [use("RUS")]),
    ("uk", "Росіяни скидають міни ПФМ-1 «Пелюстка» з дронів на житлові квартали Херсона.",
     [use("RUS")]),
    ("uk", "Окупанти масово мінують береги Дніпра на Херсонщині.", [use("RUS")]),
    ("uk", "Російські війська продовжують мінувати узбережжя Дніпра, повідомили в ОВА.",
     [use("RUS")]),
    # a use of another year still dated by it
    ("ru", "В 2022 году российские войска продолжали минировать поля под Изюмом.",
     [use("RUS", "2022")]),
    # a use told as going on, in a claim or said before: no time of laying, undated
    ("ru", "Ранее МИД России заявлял, что ВСУ продолжают минировать жилые кварталы Горловки.",
     [use("UKR")]),
    ("uk", "Влада Херсона заявила, що окупанти продовжують мінувати береги Дніпра.",
     [use("RUS")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), USES)
def test_mines_dropped_laid_or_still_laid(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected


NO_USE: list[tuple[str, str, list[Claim]]] = [
    ("ru", "Российский беспилотник сбросил листовки о минах на окраины Херсона.", []),
    ("uk", "Російський дрон скинув листівки про міни на околиці Херсона.", []),
    ("ru", "Украинские военные не сбрасывали мины на Горловку, заявили в Генштабе.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), NO_USE)
def test_no_use_where_no_mines_are_dropped(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected


VICTIMS = [
    ("ru", "Мужчина наступил на противопехотную мину в лесополосе под Изюмом и лишился ноги.",
     [casualty("UKR", "2025-09", None, 1)]),
    ("ru", "В понедельник в Белгородской области женщина наступила на мину и погибла.",
     [casualty("RUS", "2025-09-08", 1, None)]),
    ("ru", "Во вторник в Херсонской области тракторист наехал на мину, его госпитализировали.",
     [casualty("UKR", "2025-09-09", None, 1)]),
    ("ru", "В результате подрыва на мине в Николаевской области погибли двое сапёров.",
     [casualty("UKR", "2025-09", 2, None)]),
    ("ru", "Двое военнослужащих подорвались на мине в Карабахе во вторник, оба получили ранения.",
     [casualty("AZE", "2025-09-09", None, 2)]),
    # Kyrgyzstan by its own name and its places ("Кыргызстан", "Баткен"), Tajikistan's capital
    ("ru", "Житель Баткенского района подорвался на мине у границы и получил ранения, сообщили в "
     "МЧС Кыргызстана.", [casualty("KGZ", "2025-09", None, 1)]),
    ("ru", "В Душанбе сообщили, что в среду пастух погиб, подорвавшись на мине.",
     [casualty("TJK", "2025-09-10", 1, None)]),
    ("uk", "Мешканець Баткенської області загинув, підірвавшись на міні.",
     [casualty("KGZ", "2025-09", 1, None)]),
    ("uk", "Чоловік наступив на протипіхотну міну в лісосмузі під Ізюмом і втратив ногу.",
     [casualty("UKR", "2025-09", None, 1)]),
    ("uk", "У середу на Чернігівщині жінка наступила на міну й загинула на місці.",
     [casualty("UKR", "2025-09-10", 1, None)]),
    ("uk", "У суботу на Сумщині фермерка отримала важкі поранення, підірвавшись на міні.",
     [casualty("UKR", "2025-09-06", None, 1)]),
    ("uk", "У п'ятницю на Донеччині жінка загинула, наступивши на міну.",
     [casualty("UKR", "2025-09-12", 1, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), VICTIMS)
def test_victims_who_stepped_or_drove_onto_a_mine(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text) == expected


UNHURT = [
    ("ru", "Тракторист наехал на мину в поле под Изюмом, но не пострадал."),
    ("uk", "Тракторист наїхав на міну в полі під Ізюмом, але не постраждав."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), UNHURT)
def test_a_driver_unhurt_is_no_casualty(language: str, text: str) -> None:
    assert not [c for c in read(text, NEWS_DAY, language) if c.type == "casualty_incident"]


STOCKS = [
    ("ru", "На Павлоградском химзаводе утилизировали 1 млн мин ПФМ-1.",
     [destroyed("UKR", "2025-09", 1_000_000)]),
    ("ru", "Беларусь ликвидировала последние 3,4 млн мин ПФМ-1, хранившихся на складах.",
     [destroyed("BLR", "2025-09", 3_400_000)]),
    ("ru", "Финляндия уничтожила все свои противопехотные мины к 2015 году.",
     [destroyed("FIN", "2015", None)]),
    ("ru", "Грузия в 2019 году завершила уничтожение накопленных противопехотных мин.",
     [destroyed("GEO", "2019", None)]),
    ("ru", "С момента присоединения к конвенции Украина уничтожила 3,4 млн противопехотных мин.",
     [destroyed("UKR", "2025-09", 3_400_000)]),
    ("uk", "Білорусь ліквідувала останні 3,4 млн мін ПФМ-1, які зберігалися на складах.",
     [destroyed("BLR", "2025-09", 3_400_000)]),
    ("uk", "Фінляндія знищила всі свої протипіхотні міни до 2015 року.",
     [destroyed("FIN", "2015", None)]),
    ("uk", "Грузія у 2019 році завершила знищення накопичених протипіхотних мін.",
     [destroyed("GEO", "2019", None)]),
    ("uk", "З моменту приєднання до конвенції Україна знищила 3,4 млн протипіхотних мін.",
     [destroyed("UKR", "2025-09", 3_400_000)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), STOCKS)
def test_stocks_destroyed_disposed_of_or_liquidated(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text) == expected


FIELD_DESTRUCTION = [
    # mines destroyed where they lay: clearance, the Convention named or not
    ("ru", "В рамках выполнения Оттавской конвенции саперы разминировали поля Херсонской области "
     "и уничтожили 1 200 мин.", [cleared("UKR", "2025-09", 1200, "mines")]),
    ("uk", "Сапери знешкодили та знищили 320 протипіхотних мін на полях Миколаївщини.",
     [cleared("UKR", "2025-09", 320, "mines")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), FIELD_DESTRUCTION)
def test_mines_destroyed_in_the_field_are_clearance(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text) == expected


POLICIES = [
    ("ru", "Министерство обороны Литвы приняло решение о выпуске противопехотных мин.",
     [policy("LTU", "2025-09")]),
    ("uk", "Міністерство оборони Польщі ухвалило рішення про випуск протипіхотних мін.",
     [policy("POL", "2025-09")]),
    ("ru", "Министерство финансов Литвы приняло решение о выпуске облигаций.", []),
    ("ru", "Польша может принять решение о выпуске противопехотных мин.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), POLICIES)
def test_a_decision_to_produce_mines(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected


SECOND_ROUND = [
    # the parliament as the agent of a passive; the head of state's assent; the government's bill
    ("ru", "Решение о выходе из Оттавской конвенции было одобрено Сеймом Литвы 8 мая.",
     [step("LTU", "2025-05-08", PARLIAMENT)], TREATY_DAY),
    ("ru", "Закон о выходе Латвии из Оттавской конвенции принят Сеймом 16 апреля.",
     [step("LVA", "2025-04-16", PARLIAMENT)], TREATY_DAY),
    ("ru", "Президент Латвии утвердил закон о выходе страны из Оттавской конвенции 23 апреля.",
     [step("LVA", "2025-04-23", PARLIAMENT)], TREATY_DAY),
    ("ru", "Кабинет министров Латвии 25 марта одобрил законопроект о выходе из Оттавской "
     "конвенции.", [step("LVA", "2025-03-25", ANNOUNCE)], TREATY_DAY),
    ("uk", "Закон про вихід з Оттавської конвенції був схвалений Сеймом Литви 8 травня.",
     [step("LTU", "2025-05-08", PARLIAMENT)], TREATY_DAY),
    ("uk", "Кабінет міністрів Латвії 25 березня схвалив законопроєкт про вихід з Оттавської "
     "конвенції.", [step("LVA", "2025-03-25", ANNOUNCE)], TREATY_DAY),
    ("uk", "Естонія офіційно повідомила ООН про рішення вийти з конвенції про заборону "
     "протипіхотних мін 27 червня.", [step("EST", "2025-06-27", NOTIFIED)], TREATY_DAY),
    # new mines, told after "что"/"що" too: the publication month
    ("ru", "Азербайджан заявил, что армянские военные установили новые мины на границе.",
     [use("ARM", "2025-09")], NEWS_DAY),
    ("uk", "Азербайджан заявив, що вірменські військові встановили нові міни на кордоні.",
     [use("ARM", "2025-09")], NEWS_DAY),
    # places: towns and capitals of mine-affected states
    ("ru", "В Гостомеле в субботу на мине подорвался 45-летний мужчина, он погиб на месте.",
     [casualty("UKR", "2025-09-06", 1, None)], NEWS_DAY),
    ("ru", "Трое детей пострадали от взрыва мины в Идлибе в среду.",
     [casualty("SYR", "2025-09-10", None, 3)], NEWS_DAY),
    ("ru", "В Кабуле двое детей погибли и трое получили ранения, подорвавшись на старой мине.",
     [casualty("AFG", "2025-09", 2, 3)], NEWS_DAY),
    ("uk", "Троє дітей постраждали від вибуху міни в Ідлібі в середу.",
     [casualty("SYR", "2025-09-10", None, 3)], NEWS_DAY),
    ("ru", "В августе саперы обнаружили и обезвредили 436 противопехотных мин в Агдамском районе.",
     [cleared("AZE", "2025-08", 436, "mines")], NEWS_DAY),
    # land cleared by "расчистить"/"розчистити"
    ("ru", "В прошлом году саперы расчистили от мин 3,5 млн квадратных метров земли в Анголе.",
     [cleared("AGO", "2024", 3_500_000, "m2")], NEWS_DAY),
    ("uk", "Торік сапери розчистили від мін 3,5 млн квадратних метрів землі в Анголі.",
     [cleared("AGO", "2024", 3_500_000, "m2")], NEWS_DAY),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected", "published"), SECOND_ROUND)
def test_a_second_round_of_news_phrasing(
    language: str, text: str, expected: list[Claim], published: PartialDate
) -> None:
    assert claims(language, text, published) == expected


BLAMED = [
    # the accused named after an accusation verb told before the use ("обвинило X в том, что")
    ("ru", "МИД Азербайджана обвинил Армению в том, что та продолжает устанавливать мины на "
     "границе.", [use("ARM")]),
    ("uk", "МЗС Азербайджану звинуватило Вірменію в тому, що та встановлює нові міни на кордоні.",
     [use("ARM", "2025-09")]),
    # the accuser names no one after its verb: the user before the cue stays the user
    ("ru", "Армения, которую обвиняют соседи, заявила, что азербайджанские военные установили "
     "мины у села.", [use("AZE")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), BLAMED)
def test_the_state_an_accusation_names_before_the_use(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text) == expected


ONE_DIED_ONE_HURT = [
    # a group counted with the blast verb, then one died and the other was hurt: one injured
    ("ru", "В Херсонской области в воскресенье на мине подорвались двое мужчин, один погиб, "
     "другой ранен.", [casualty("UKR", "2025-09-07", 1, 1)]),
    ("uk", "На Херсонщині в неділю на міні підірвалися двоє чоловіків, один загинув, інший "
     "поранений.", [casualty("UKR", "2025-09-07", 1, 1)]),
    # all of them hurt: the whole count
    ("uk", "На Херсонщині в неділю на міні підірвалися троє саперів, усі вони поранені.",
     [casualty("UKR", "2025-09-07", None, 3)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ONE_DIED_ONE_HURT)
def test_one_died_and_the_other_was_hurt(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected


FORCES_BY_NICKNAME = [
    # each side's media name the other's forces: "киевский режим", "рашисты"
    ("ru", "Боевики киевского режима установили мины на дорогах в Курской области.", [use("UKR")]),
    ("uk", "Рашисти замінували поля на Херсонщині.", [use("RUS")]),
    ("ru", "Рашисты заминировали поля в Херсонской области.", [use("RUS")]),
    # the Kyiv region is a place, not the user
    ("ru", "В Киевской области российские военные заминировали поля.", [use("RUS")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), FORCES_BY_NICKNAME)
def test_forces_named_by_their_nickname(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected


SUFFERED_OF_WHOM = [
    # "suffered", then the dead among them: the count is the whole, not the injured
    ("ru", "Всего с начала года в Карабахе от мин пострадали 30 человек, восемь из них погибли.",
     [("casualty_incident", "AZE", "2025-09", None, 8, None, 30, "casualties")]),
    ("uk", "З початку року на Херсонщині від мін постраждали 54 людини, 17 з них загинули.",
     [("casualty_incident", "UKR", "2025-09", None, 17, None, 54, "casualties")]),
    # no dead named among them: the injured
    ("ru", "С начала года в Херсонской области от мин пострадали 12 человек.",
     [casualty("UKR", "2025-09", None, 12)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), SUFFERED_OF_WHOM)
def test_victims_who_suffered_and_the_dead_among_them(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text) == expected
