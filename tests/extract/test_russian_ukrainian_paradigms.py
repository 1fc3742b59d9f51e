"""Russian and Ukrainian read by paradigm, not by one form (issue 8): victims and mines in
every case and number, verbs in both aspects, in every tense, voice and person, passives and
impersonal forms, reflexives; clearance and land release; treaty steps; actors named by an
adjective in any case or by an abbreviation ("ВСУ", "ЗСУ"); dates named by a weekday, a day
and month, a month and year, "last year". Sentences of our own, with the claim a reader
would record written down before the first run (published Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, casualty, cleared, policy, project, read, step, use

PUBLISHED = PartialDate(2025, 9, 12)


# (type, state, date, action, killed, injured, quantity, unit)
def claims(language: str, text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, language), *FIELDS)


CASUALTIES = [
    # killed: plural, feminine, genitive plural, collective numerals, "скончался"
    ("ru", "В среду на Украине двое мирных жителей погибли, подорвавшись на противопехотной мине.",
     casualty("UKR", "2025-09-10", 2, None)),
    ("ru", "В Таджикистане 8 сентября от взрыва мины погибла женщина, были ранены двое детей.",
     casualty("TJK", "2025-09-08", 1, 2)),
    ("ru", "В прошлом году в Камбодже от мин погибли 12 человек, ещё 30 получили ранения.",
     casualty("KHM", "2024", 12, 30)),
    ("ru", "Двое детей погибли и один ранен при взрыве мины в Йемене в воскресенье.",
     casualty("YEM", "2025-09-07", 2, 1)),
    # injured: a victim blown up and taken to hospital; several wounded, "пострадали"
    ("ru", "В Мьянме 2 сентября фермер подорвался на мине, его доставили в больницу.",
     casualty("MMR", "2025-09-02", None, 1)),
    ("ru", "Трое сапёров пострадали при подрыве на противопехотной мине в Азербайджане 3 сентября.",
     casualty("AZE", "2025-09-03", None, 3)),
    ("ru", "В Ираке в понедельник подорвались на мине четверо пастухов, все они ранены.",
     casualty("IRQ", "2025-09-08", None, 4)),
    ("uk", "У середу на Харківщині двоє цивільних загинули внаслідок підриву на міні.",
     casualty("UKR", "2025-09-10", 2, None)),
    ("uk", "В Україні 4 вересня тракторист підірвався на протитанковій міні й загинув на місці.",
     casualty("UKR", "2025-09-04", 1, None)),
    ("uk", "Троє військових дістали поранення, коли підірвалися на міні в Україні у неділю.",
     casualty("UKR", "2025-09-07", None, 3)),
    ("uk", "Минулого року в Україні від мін загинули 120 цивільних, ще 340 отримали поранення.",
     casualty("UKR", "2024", 120, 340)),
    ("uk", "5 вересня на Миколаївщині чоловік підірвався на міні та був госпіталізований.",
     casualty("UKR", "2025-09-05", None, 1)),
    # a running total since a start with no date of its own ends at publication; "в конце
    # прошлого года"
    ("ru", "С начала года на минах в Украине погибли 12 мирных жителей.",
     casualty("UKR", "2025-09", 12, None)),
    ("uk", "Від початку вторгнення від підривів на мінах в Україні загинули понад 300 цивільних.",
     casualty("UKR", "2025-09", 300, None)),
    ("ru", "В конце прошлого года в Азербайджане подорвались на мине двое военнослужащих, оба "
     "получили ранения.", casualty("AZE", "2024", None, 2)),
    # the victim told again by a pronoun, the harm by a noun with an adjective, the day by the
    # blast told just before
    ("ru", "Мужчина подорвался на мине в огороде в Украине в субботу. Он получил тяжёлые ранения и "
     "был госпитализирован.", casualty("UKR", "2025-09-06", None, 1)),
    ("uk", "У суботу пастух в Україні наступив на міну на пасовищі. Він зазнав важких травм і "
     "перебуває в лікарні.", casualty("UKR", "2025-09-06", None, 1)),
    # a weekday with "last"; the harm's day, not the day it was reported
    ("ru", "Пастух подорвался на мине в Азербайджане в минувшую субботу и был госпитализирован, "
     "сообщили в понедельник в полиции.", casualty("AZE", "2025-09-06", None, 1)),
    ("uk", "У минулу неділю в Україні підліток підірвався на міні й був госпіталізований.",
     casualty("UKR", "2025-09-07", None, 1)),
    # "one ... the other", a count with "были/були" before its harm
    ("uk", "У неділю в Україні двоє чоловіків підірвалися на міні: один загинув, інший дістав "
     "поранення.", casualty("UKR", "2025-09-07", 1, 1)),
    ("ru", "В субботу в Азербайджане двое пастухов подорвались на мине: один погиб, другой получил "
     "ранения.", casualty("AZE", "2025-09-06", 1, 1)),
    ("uk", "Минулого місяця в Україні троє саперів ДСНС були поранені під час розмінування.",
     casualty("UKR", "2025-08", None, 3)),
    ("ru", "В августе в Таджикистане четверо саперов отряда были ранены при расчистке поля от мин.",
     casualty("TJK", "2025-08", None, 4)),
]  # fmt: skip

USE = [
    # aspect, tense, voice and the agent told in every case
    ("ru", "Российские войска установили противопехотные мины вдоль берега реки в Украине в мае "
     "2025 года.", use("RUS", "2025-05")),
    ("ru", "Мины были установлены российскими военными на полях возле села в Украине.", use("RUS")),
    ("ru", "По данным Минобороны России, ВСУ применили противопехотные мины ПФМ-1 в жилых "
     "кварталах Донецка в августе.", use("UKR", "2025-08")),
    ("ru", "Боевики продолжают минировать дороги в Мали, сообщают местные власти.", use("MLI")),
    ("ru", "В апреле армия Мьянмы заминировала подходы к деревням на западе страны.",
     use("MMR", "2025-04")),
    ("ru", "Израильские военные закладывают мины на границе с Сирией, утверждают местные жители.",
     use("ISR")),
    ("ru", "По данным российского военного ведомства, украинские подразделения установили сотни "
     "противопехотных мин в Горловке.", use("UKR")),
    ("uk", "Поле замінували російські військові під час окупації навесні 2022 року.",
     use("RUS", "2022")),
    ("uk", "Російські окупанти встановлюють протипіхотні міни біля шкіл на Херсонщині.",
     use("RUS")),
    ("uk", "Міни були встановлені російськими військовими вздовж дороги в Україні у липні.",
     use("RUS", "2025-07")),
    ("uk", "За даними Міноборони Росії, ЗСУ застосували протипіхотні міни в Донецьку у серпні.",
     use("UKR", "2025-08")),
    # the accused named after the accusation verb, not the accuser
    ("ru", "Киев обвинил российские войска в минировании полей под Херсоном.", use("RUS")),
    ("ru", "Москва обвинила ВСУ в установке противопехотных мин в Курской области.", use("UKR")),
    ("uk", "Міноборони звинуватило російських військових у мінуванні сільськогосподарських угідь.",
     use("RUS")),
    # the mines told first, the agent after; "left" mines
    ("uk", "Як з'ясували сапери, міни на полі залишили російські військові восени 2022 року.",
     use("RUS", "2022")),
    ("ru", "Эти мины оставили российские военные при отступлении из Херсонской области в 2022 "
     "году.", use("RUS", "2022")),
]  # fmt: skip

CLEARANCE = [
    ("ru", "В Таджикистане в августе саперы обезвредили 1 200 противопехотных мин.",
     cleared("TJK", "2025-08", 1200, "mines")),
    ("ru", "В августе на Украине было разминировано 3 500 гектаров сельхозугодий.",
     cleared("UKR", "2025-08", 3500, "ha")),
    ("ru", "В Азербайджане за неделю обезврежено 120 противопехотных мин, сообщили в агентстве.",
     cleared("AZE", "2025-09", 120, "mines")),
    ("ru", "В прошлом году специалисты очистили от мин 45 кв. км территории Хорватии.",
     cleared("HRV", "2024", 45, "km2")),
    ("ru", "Саперы уничтожили 85 неразорвавшихся боеприпасов, найденных в Сирии 2 сентября.",
     cleared("SYR", "2025-09-02", 85, "uxo")),
    ("ru", "В Украине в июле было очищено от мин и возвращено фермерам 2 100 гектаров земли.",
     cleared("UKR", "2025-07", 2100, "ha")),
    ("uk", "У серпні в Україні розміновано 2 300 гектарів сільськогосподарських земель.",
     cleared("UKR", "2025-08", 2300, "ha")),
    ("uk", "Сапери ДСНС у серпні знешкодили понад 4 тисячі вибухонебезпечних предметів в Україні.",
     cleared("UKR", "2025-08", 4000, "explosive_devices")),
    ("uk", "У серпні піротехніки в Україні знешкодили 310 протипіхотних мін.",
     cleared("UKR", "2025-08", 310, "mines")),
    ("uk", "З початку року в Україні очищено від мін 850 гектарів полів, повідомили сапери.",
     cleared("UKR", "2025-09", 850, "ha")),
    # surveyed and handed back
    ("ru", "В прошлом году Азербайджану возвращено 1 800 гектаров земли, очищенной от мин.",
     cleared("AZE", "2024", 1800, "ha")),
    ("ru", "В июле в Таджикистане саперы обследовали 640 гектаров приграничных земель.",
     cleared("TJK", "2025-07", 640, "ha")),
    ("uk", "У серпні сапери обстежили 520 гектарів земель на Київщині в Україні.",
     cleared("UKR", "2025-08", 520, "ha")),
    ("uk", "Фермерам в Україні у липні повернуто 300 гектарів розмінованих полів.",
     cleared("UKR", "2025-07", 300, "ha")),
    # anti-tank mines are no count of the mines the Convention bans
    ("ru", "В Таджикистане в августе обезврежено 30 противотанковых мин и 210 противопехотных мин.",
     cleared("TJK", "2025-08", 210, "mines")),
    ("uk", "У серпні в Україні сапери знешкодили 45 протитанкових мін і 130 протипіхотних мін.",
     cleared("UKR", "2025-08", 130, "mines")),
]  # fmt: skip

TREATY = [
    ("ru", "Литва 27 июня 2025 года уведомила Генерального секретаря ООН о выходе из Оттавской "
     "конвенции.", [step("LTU", "2025-06-27", "withdrawal_notified")]),
    ("ru", "Сейм Литвы проголосовал за выход из Оттавской конвенции 8 мая.",
     [step("LTU", "2025-05-08", "parliament_approves_withdrawal")]),
    ("ru", "Выход Эстонии из Оттавской конвенции вступил в силу 10 января 2025 года.",
     [step("EST", "2025-01-10", "withdrawal_effective")]),
    ("ru", "Латвия присоединилась к Оттавской конвенции в 2005 году.",
     [step("LVA", "2005", "join")]),
    ("ru", "Эстония официально вышла из Оттавской конвенции в январе.",
     [step("EST", "2025-01", "withdrawal_effective")]),
    ("ru", "Президент Литвы подписал указ о выходе страны из Оттавской конвенции 3 марта.",
     [step("LTU", "2025-03-03", "announce_intent_to_withdraw")]),
    ("ru", "Парламент Польши 20 февраля одобрил денонсацию Оттавской конвенции.",
     [step("POL", "2025-02-20", "parliament_approves_withdrawal")]),
    ("ru", "Уведомление Финляндии о выходе из Оттавской конвенции было передано Генсеку ООН 10 "
     "июля.", [step("FIN", "2025-07-10", "withdrawal_notified")]),
    ("uk", "Верховна Рада 16 липня 2025 року ухвалила закон про вихід України з Оттавської "
     "конвенції.", [step("UKR", "2025-07-16", "parliament_approves_withdrawal")]),
    ("uk", "Президент України 29 червня підписав указ про вихід з Оттавської конвенції.",
     [step("UKR", "2025-06-29", "announce_intent_to_withdraw")]),
    ("uk", "Україна ратифікувала Оттавську конвенцію у 2005 році.", [step("UKR", "2005", "join")]),
    ("uk", "Фінляндія офіційно вийшла з Оттавської конвенції 10 січня.",
     [step("FIN", "2025-01-10", "withdrawal_effective")]),
    ("uk", "Литва 27 червня повідомила Генсека ООН про вихід з Оттавської конвенції.",
     [step("LTU", "2025-06-27", "withdrawal_notified")]),
    # the head of state signs the law the parliament passed; a law adopted; several states
    # in the genitive after the step's noun; a step told in an "after" clause is no claim
    ("ru", "Президент Латвии 10 мая подписал закон о выходе страны из Оттавской конвенции.",
     [step("LVA", "2025-05-10", "parliament_approves_withdrawal")]),
    ("ru", "Сейм Литвы 8 мая принял закон о выходе из Оттавской конвенции.",
     [step("LTU", "2025-05-08", "parliament_approves_withdrawal")]),
    ("uk", "Президент України підписав закон про вихід з Оттавської конвенції 14 липня.",
     [step("UKR", "2025-07-14", "parliament_approves_withdrawal")]),
    ("ru", "Выход Польши и Финляндии из Оттавской конвенции о запрете противопехотных мин вступил "
     "в силу 12 января.",
     [step("POL", "2025-01-12", "withdrawal_effective"),
      step("FIN", "2025-01-12", "withdrawal_effective")]),
    ("uk", "Вихід Литви та Латвії з Оттавської конвенції про заборону протипіхотних мін набув "
     "чинності 10 січня.",
     [step("LTU", "2025-01-10", "withdrawal_effective"),
      step("LVA", "2025-01-10", "withdrawal_effective")]),
    ("ru", "Выход Эстонии из Оттавской конвенции вступил в силу 10 января — через полгода после "
     "того, как Таллин направил уведомление генсеку ООН.",
     [step("EST", "2025-01-10", "withdrawal_effective")]),
    # a grouping acts as its members
    ("ru", "Страны Балтии вышли из Оттавской конвенции 10 января.",
     [step("EST", "2025-01-10", "withdrawal_effective"),
      step("LVA", "2025-01-10", "withdrawal_effective"),
      step("LTU", "2025-01-10", "withdrawal_effective")]),
    ("uk", "Країни Балтії 27 червня повідомили генсека ООН про вихід з Оттавської конвенції.",
     [step("EST", "2025-06-27", "withdrawal_notified"),
      step("LVA", "2025-06-27", "withdrawal_notified"),
      step("LTU", "2025-06-27", "withdrawal_notified")]),
    # each state of a list with its own date, named by an adjective and its parliament; a step
    # with no state of its own told right after a list's step
    ("ru", "За выход из Оттавской конвенции проголосовали парламенты трёх стран: польский Сейм — "
     "20 февраля, литовский Сейм — 8 мая, финская Эдускунта — 12 июня.",
     [step("POL", "2025-02-20", "parliament_approves_withdrawal"),
      step("LTU", "2025-05-08", "parliament_approves_withdrawal"),
      step("FIN", "2025-06-12", "parliament_approves_withdrawal")]),
    ("uk", "За вихід з Оттавської конвенції проголосували парламенти: литовський Сейм — 8 травня, "
     "естонський Рійгікогу — 4 червня.",
     [step("LTU", "2025-05-08", "parliament_approves_withdrawal"),
      step("EST", "2025-06-04", "parliament_approves_withdrawal")]),
    ("ru", "Латвия, Литва и Эстония объявили о решении выйти из Оттавской конвенции 18 марта. "
     "Уведомления были направлены генсеку ООН 27 июня.",
     [step("LVA", "2025-03-18", "announce_intent_to_withdraw"),
      step("LTU", "2025-03-18", "announce_intent_to_withdraw"),
      step("EST", "2025-03-18", "announce_intent_to_withdraw"),
      step("LVA", "2025-06-27", "withdrawal_notified"),
      step("LTU", "2025-06-27", "withdrawal_notified"),
      step("EST", "2025-06-27", "withdrawal_notified")]),
]  # fmt: skip

# negated, planned or denied: no event
NOTHING = [
    ("ru", "Россия не присоединилась к Оттавской конвенции."),
    ("ru", "Армения так и не подписала и не ратифицировала Оттавскую конвенцию."),
    ("ru", "Министерство заявило, что армия не устанавливала мины на границе с Азербайджаном."),
    ("ru", "В Польше обсуждают возможность выхода из Оттавской конвенции."),
    ("ru", "Польша может возобновить производство противопехотных мин."),
    ("uk", "Білорусь не приєдналася до Оттавської конвенції."),
    ("uk", "Україна не застосовувала протипіхотних мін, наголосили в Міноборони."),
    ("uk", "Литва планує вийти з Оттавської конвенції наступного року."),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASUALTIES)
def test_victims_in_every_form(language: str, text: str, expected: Claim) -> None:
    assert claims(language, text) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), USE)
def test_mines_laid_in_every_aspect_and_voice(language: str, text: str, expected: Claim) -> None:
    assert [c for c in claims(language, text) if c[0] == "use_allegation"] == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), CLEARANCE)
def test_land_and_items_cleared(language: str, text: str, expected: Claim) -> None:
    assert claims(language, text) == [expected]


@pytest.mark.parametrize(("language", "text", "expected"), TREATY)
def test_treaty_steps_in_every_form(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(language, text) == expected


# a state's own policy: production, purchase, a ban lifted
POLICY = [
    ("ru", "Министерство обороны Польши в августе объявило о начале производства противопехотных "
     "мин.", policy("POL", "2025-08")),
    ("ru", "Правительство Финляндии в мае разрешило закупку противопехотных мин для армии.",
     policy("FIN", "2025-05")),
    ("ru", "В июле Литва заказала у отечественного производителя противопехотные мины.",
     policy("LTU", "2025-07")),
    ("uk", "Міністерство оборони Польщі у серпні оголосило про початок виробництва протипіхотних "
     "мін.", policy("POL", "2025-08")),
    ("uk", "Уряд Литви у червні скасував заборону на виробництво протипіхотних мін.",
     policy("LTU", "2025-06")),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), POLICY)
def test_a_states_own_policy(language: str, text: str, expected: Claim) -> None:
    assert claims(language, text) == [expected]


@pytest.mark.parametrize(("language", "text"), NOTHING)
def test_negated_planned_and_denied_are_nothing(language: str, text: str) -> None:
    assert claims(language, text) == []
