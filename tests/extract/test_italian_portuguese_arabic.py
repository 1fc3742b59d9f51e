"""Reading Italian (and, as they land, Portuguese and Arabic) sources: every event type, dates
counted from publication, numbers as each language writes them, state names and adjectives,
and language detection. Every passage is our own wording (none from the dev set or a batch)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor
from minewatch.extract.gazetteer import find_states
from minewatch.extract.language import detect_language, is_read
from minewatch.extract.lexicons.arabic import ARABIC
from minewatch.extract.lexicons.italian import ITALIAN
from minewatch.extract.lexicons.lexicon import Lexicon
from minewatch.extract.lexicons.portuguese import PORTUGUESE
from minewatch.extract.lexicons.reading import LexiconReader
from tests.extract.tables import project, read

# Wednesday 15 April 2026
PUBLISHED = PartialDate(2026, 4, 15)
LEXICONS: dict[str, Lexicon] = {"it": ITALIAN, "pt": PORTUGUESE, "ar": ARABIC}
FIELDS = ("type", "actor_iso3", "date", "action", "killed", "injured", "quantity", "unit")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # use: a participle of laying with the state's adjective before it
        (
            "it",
            "Le truppe russe hanno piazzato nuove mine antiuomo lungo la strada per Sumy.",
            [("use_allegation", "RUS", None, None, None, None, None, None)],
        ),
        (
            "it",
            "Secondo l'ong, a marzo 2025 i soldati birmani avevano disseminato mine nei campi "
            "di riso dello Stato Rakhine.",
            [("use_allegation", "MMR", "2025-03", None, None, None, None, None)],
        ),
        # casualties: counts before the participle, a weekday counted back
        (
            "it",
            "Due contadini sono stati uccisi e tre sono rimasti feriti martedì scorso quando "
            "il loro trattore è saltato su una mina vicino a Battambang, in Cambogia.",
            [("casualty_incident", "KHM", "2026-04-14", None, 2, 3, None, None)],
        ),
        (
            "it",
            "Il 14 del mese scorso un bambino è morto dopo aver raccolto un ordigno inesploso "
            "vicino a Tiro, nel sud del Libano.",
            [("casualty_incident", "LBN", "2026-03-14", None, 1, None, None, None)],
        ),
        (
            "it",
            "Tre giorni fa un pastore è rimasto ferito da una mina nella provincia di Helmand, "
            "in Afghanistan.",
            [("casualty_incident", "AFG", "2026-04-12", None, None, 1, None, None)],
        ),
        # a world total with dotted thousands
        (
            "it",
            "Secondo il rapporto annuale, nel 2024 le mine hanno causato 6.279 vittime nel mondo.",
            [("casualty_incident", None, "2024", None, None, None, 6279, "casualties")],
        ),
        # treaty steps: a parliament's vote, a notification with its own date
        (
            "it",
            "Il parlamento lituano ha approvato il 3 marzo il ritiro del Paese dalla "
            "Convenzione di Ottawa.",
            [
                (
                    "treaty_action",
                    "LTU",
                    "2026-03-03",
                    "parliament_approves_withdrawal",
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "it",
            "La Polonia ha notificato il 20 agosto 2025 il suo ritiro dal trattato sulle mine "
            "antiuomo.",
            [
                (
                    "treaty_action",
                    "POL",
                    "2025-08-20",
                    "withdrawal_notified",
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        # stocks destroyed, "ieri"
        (
            "it",
            "La Grecia ha distrutto ieri le ultime 3.000 mine antiuomo delle sue scorte.",
            [("stockpile_destruction", "GRC", "2026-04-14", None, None, None, 3000, "mines")],
        ),
        # clearance: an area and items, a scale word and "di" before the unit
        (
            "it",
            "Nel 2025 le squadre di sminamento hanno bonificato 1.250 ettari in Angola e "
            "neutralizzato 12.500 ordigni inesplosi.",
            [
                ("clearance_progress", "AGO", "2025", None, None, None, 1250, "ha"),
                ("clearance_progress", "AGO", "2025", None, None, None, 12500, "uxo"),
            ],
        ),
        (
            "it",
            "A gennaio sono stati bonificati 2,5 milioni di metri quadrati di terreno minato "
            "in Bosnia-Erzegovina.",
            [("clearance_progress", "BIH", "2026-01", None, None, None, 2_500_000, "m2")],
        ),
        # policy: a state allows the use of mines
        (
            "it",
            "Il governo americano ha autorizzato l'uso di mine antiuomo da parte delle forze "
            "di Kiev, ha annunciato la Casa Bianca.",
            [("policy_change", "USA", "2026-04", None, None, None, None, None)],
        ),
        # vetoes: a denial, a plan
        ("it", "Il ministro ha detto che l'esercito non ha mai utilizzato mine antiuomo.", []),
        (
            "it",
            "La Finlandia potrebbe ritirarsi dalla Convenzione di Ottawa entro l'estate.",
            [],
        ),
        # Portuguese: use with a finite verb, the adjective after its noun
        (
            "pt",
            "As forças russas colocaram novas minas antipessoais perto de Kupiansk, segundo "
            "uma organização humanitária.",
            [("use_allegation", "RUS", None, None, None, None, None, None)],
        ),
        (
            "pt",
            "A ONG acusou o exército birmanês de ter plantado minas nos arrozais do estado de "
            "Rakhine em fevereiro de 2025.",
            [("use_allegation", "MMR", "2025-02", None, None, None, None, None)],
        ),
        # casualties: "na terça-feira", "há três dias", a day of last month
        (
            "pt",
            "Dois camponeses morreram e três ficaram feridos na terça-feira quando o trator "
            "pisou uma mina perto de Cuito Cuanavale, em Angola.",
            [("casualty_incident", "AGO", "2026-04-14", None, 2, 3, None, None)],
        ),
        (
            "pt",
            "Há três dias, uma criança ficou ferida por uma mina antipessoal na província de "
            "Tete, em Moçambique.",
            [("casualty_incident", "MOZ", "2026-04-12", None, None, 1, None, None)],
        ),
        (
            "pt",
            "No dia 9 do mês passado, um pastor morreu ao pisar um engenho explosivo na "
            "Guiné-Bissau.",
            [("casualty_incident", "GNB", "2026-03-09", None, 1, None, None, None)],
        ),
        (
            "pt",
            "Em 2024, as minas causaram 6.279 vítimas no mundo, segundo o relatório anual.",
            [("casualty_incident", None, "2024", None, None, None, 6279, "casualties")],
        ),
        # treaty steps
        (
            "pt",
            "O parlamento lituano aprovou no dia 3 de março a retirada do país da Convenção de "
            "Ottawa.",
            [
                (
                    "treaty_action",
                    "LTU",
                    "2026-03-03",
                    "parliament_approves_withdrawal",
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "pt",
            "A Polônia notificou em 20 de agosto de 2025 a sua retirada do tratado sobre minas "
            "antipessoais.",
            [
                (
                    "treaty_action",
                    "POL",
                    "2025-08-20",
                    "withdrawal_notified",
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        # stocks destroyed, "ontem"
        (
            "pt",
            "A Grécia destruiu ontem as últimas 3.000 minas antipessoais dos seus estoques.",
            [("stockpile_destruction", "GRC", "2026-04-14", None, None, None, 3000, "mines")],
        ),
        # clearance: an area, items, a scale word and "de" before the unit
        (
            "pt",
            "Em 2025, as equipas de desminagem limparam 1.250 hectares em Moçambique e "
            "neutralizaram 12.500 engenhos explosivos.",
            [
                ("clearance_progress", "MOZ", "2025", None, None, None, 1250, "ha"),
                ("clearance_progress", "MOZ", "2025", None, None, None, 12500, "explosive_devices"),
            ],
        ),
        (
            "pt",
            "Em janeiro, foram desminados 2,5 milhões de metros quadrados na província do "
            "Huambo, em Angola.",
            [("clearance_progress", "AGO", "2026-01", None, None, None, 2_500_000, "m2")],
        ),
        # policy
        (
            "pt",
            "O governo norte-americano autorizou o uso de minas antipessoais pelas forças "
            "ucranianas, anunciou a Casa Branca.",
            [("policy_change", "USA", "2026-04", None, None, None, None, None)],
        ),
        # vetoes: a denial, a plan
        ("pt", "O ministro disse que o exército nunca usou minas antipessoais.", []),
        ("pt", "A Estónia vai retirar-se da Convenção de Ottawa no próximo ano.", []),
        # Arabic: use, the verb first and the adjective after its noun
        (
            "ar",
            "زرعت القوات الروسية ألغاما مضادة للأفراد في محيط مدينة إيزيوم، بحسب منظمة حقوقية.",
            [("use_allegation", "RUS", None, None, None, None, None, None)],
        ),
        # casualties: counts after the noun of harm, a weekday, "أمس", Eastern Arabic digits
        (
            "ar",
            "قتل ثلاثة مدنيين وأصيب اثنان آخران يوم الثلاثاء بانفجار لغم أرضي في محافظة "
            "الحديدة غربي اليمن.",
            [("casualty_incident", "YEM", "2026-04-14", None, 3, 2, None, None)],
        ),
        (
            "ar",
            "لقي طفل حتفه أمس بانفجار لغم من مخلفات الحرب في جنوب لبنان.",
            [("casualty_incident", "LBN", "2026-04-14", None, 1, None, None, None)],
        ),
        (
            "ar",
            "أصيب ٤ أطفال بانفجار لغم في ٢٨ مارس ٢٠٢٥ قرب مدينة درعا في سوريا.",
            [("casualty_incident", "SYR", "2025-03-28", None, None, 4, None, None)],
        ),
        # treaty steps: accession, a parliament's vote (verb first), a notification
        (
            "ar",
            "صادقت الصومال على اتفاقية أوتاوا في 16 نيسان 2012.",
            [("treaty_action", "SOM", "2012-04-16", "join", None, None, None, None)],
        ),
        (
            "ar",
            "وافق البرلمان في لاتفيا يوم الخميس على الانسحاب من اتفاقية أوتاوا لحظر الألغام.",
            [
                (
                    "treaty_action",
                    "LVA",
                    "2026-04-09",
                    "parliament_approves_withdrawal",
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "ar",
            "أبلغت فنلندا الأمين العام للأمم المتحدة في 10 تموز 2025 بانسحابها من اتفاقية أوتاوا.",
            [
                (
                    "treaty_action",
                    "FIN",
                    "2025-07-10",
                    "withdrawal_notified",
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        # stocks destroyed; both month namings written together
        (
            "ar",
            "أتلفت السلطات الأردنية 2,000 لغم مضاد للأفراد من مخزونها في آذار/مارس 2024.",
            [("stockpile_destruction", "JOR", "2024-03", None, None, None, 2000, "mines")],
        ),
        # clearance: comma thousands, Eastern Arabic digits with the Arabic separator
        (
            "ar",
            "أعلن المركز اللبناني للأعمال المتعلقة بالألغام تطهير 1,250,000 متر مربع من "
            "الأراضي خلال عام 2025.",
            [("clearance_progress", "LBN", "2025", None, None, None, 1_250_000, "m2")],
        ),
        (
            "ar",
            "أزالت الفرق الهندسية 350 لغما و١٬٢٠٠ من مخلفات الحرب في محافظة تعز اليمنية "
            "الشهر الماضي.",
            [
                # the remnants listed after the mines: a part of the breakdown, not a figure
                ("clearance_progress", "YEM", "2026-03", None, None, None, 350, "mines"),
            ],
        ),
        # policy: a ban lifted, announced
        (
            "ar",
            "أعلنت الحكومة الأميركية رفع الحظر عن تصدير الألغام المضادة للأفراد إلى أوكرانيا.",
            [("policy_change", "USA", "2026-04", None, None, None, None, None)],
        ),
        # vetoes: a denial, a possibility
        ("ar", "نفى الجيش السوري أن يكون قد زرع ألغاما في المنطقة.", []),
        ("ar", "قد تنسحب إستونيا من اتفاقية أوتاوا العام المقبل.", []),
        # a leaving to come, said by the state, is its announcement (as the English "said it
        # will withdraw from the Ottawa Convention next year"), dated by publication
        (
            "ar",
            "قالت إستونيا إنها سوف تنسحب من اتفاقية أوتاوا العام المقبل.",
            [
                (
                    "treaty_action",
                    "EST",
                    "2026-04",
                    "announce_intent_to_withdraw",
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
    ],
)
def test_each_event_type_in_these_languages(
    language: str, text: str, expected: list[tuple[object, ...]]
) -> None:
    assert project(read(text, PUBLISHED, language), *FIELDS) == expected


@pytest.mark.parametrize(
    ("language", "phrase", "value"),
    [
        ("it", "1.234", 1234),
        ("it", "12.500", 12500),
        ("it", "2,5 milioni", 2_500_000),
        ("it", "3 miliardi", 3_000_000_000),
        ("it", "quindici", 15),
        ("pt", "1.234", 1234),
        ("pt", "2,5 milhões", 2_500_000),
        ("pt", "5 mil", 5000),
        ("pt", "dezasseis", 16),
        ("pt", "dezesseis", 16),
        ("ar", "1,250", 1250),
        ("ar", "٣٥٠", 350),
        ("ar", "١٬٢٠٠", 1200),
        ("ar", "2.5 مليون", 2_500_000),
        ("ar", "ثلاثة", 3),
        ("it", "2,5", None),  # a decimal without a scale counts nothing
    ],
)
def test_numbers_as_each_language_writes_them(language: str, phrase: str, value: int) -> None:
    assert LexiconReader(LEXICONS[language]).parse_number(phrase) == value


@pytest.mark.parametrize(
    ("language", "text", "dates"),
    [
        ("it", "il 28 marzo 2022", ["2022-03-28"]),
        ("it", "il 1º luglio", ["2025-07-01"]),  # year-less after publication: last year's
        ("it", "a settembre 2024", ["2024-09"]),
        ("it", "a gennaio", ["2026-01"]),
        ("it", "lo scorso novembre", ["2025-11"]),
        ("it", "ieri", ["2026-04-14"]),
        ("it", "l'altro ieri", ["2026-04-13"]),
        ("it", "martedì scorso", ["2026-04-14"]),
        ("it", "domenica", ["2026-04-12"]),
        ("it", "due settimane fa", ["2026-04-01"]),
        ("it", "il mese scorso", ["2026-03"]),
        ("it", "l'anno scorso", ["2025"]),
        ("it", "quest'anno", ["2026"]),
        ("it", "nel 2023", ["2023"]),
        ("it", "dal 2019", []),  # a period's start is no event date
        ("it", "1.234 mine", []),  # a number with a dot is no year
        ("pt", "em 28 de março de 2022", ["2022-03-28"]),
        ("pt", "no dia 1.º de maio", ["2025-05-01"]),
        ("pt", "em setembro de 2024", ["2024-09"]),
        ("pt", "em janeiro", ["2026-01"]),
        ("pt", "ontem", ["2026-04-14"]),
        ("pt", "anteontem", ["2026-04-13"]),
        ("pt", "na terça-feira", ["2026-04-14"]),
        ("pt", "no domingo", ["2026-04-12"]),
        ("pt", "há duas semanas", ["2026-04-01"]),
        ("pt", "no mês passado", ["2026-03"]),
        ("pt", "no ano passado", ["2025"]),
        ("pt", "desde 2019", []),
        ("ar", "في 28 آذار 2022", ["2022-03-28"]),
        ("ar", "في ٢٨ مارس ٢٠٢٢", ["2022-03-28"]),
        ("ar", "في 3 تشرين الأول 2024", ["2024-10-03"]),
        ("ar", "في 3 أكتوبر 2024", ["2024-10-03"]),
        ("ar", "في حزيران (يونيو) 2023", ["2023-06"]),
        ("ar", "في أيار", ["2025-05"]),  # a month after publication is last year's
        ("ar", "أمس", ["2026-04-14"]),
        ("ar", "يوم الأحد", ["2026-04-12"]),
        ("ar", "قبل ثلاثة أيام", ["2026-04-12"]),
        ("ar", "الشهر الماضي", ["2026-03"]),
        ("ar", "العام الماضي", ["2025"]),
        ("ar", "منذ عام 2019", []),
        ("ar", "حفر 5 آبار", []),  # "آب" (August) is not the start of "آبار" (wells)
    ],
)
def test_dates_in_each_language(language: str, text: str, dates: list[str]) -> None:
    found = LexiconReader(LEXICONS[language]).find_dates(text, Anchor(PUBLISHED, None))
    assert [m.value for m in found if m.usable] == dates


@pytest.mark.parametrize(
    ("language", "text", "codes"),
    [
        ("it", "le forze russe", ["RUS"]),
        ("it", "i militari ucraini", ["UKR"]),
        ("it", "in Mozambico", ["MOZ"]),
        ("it", "gli sminatori polacchi", ["POL"]),
        ("it", "la Casa Bianca", ["USA"]),
        ("it", "la Convenzione di Ottawa", []),  # the treaty's name is no state
        ("pt", "as tropas russas", ["RUS"]),
        ("pt", "os sapadores angolanos", ["AGO"]),
        ("pt", "na Polônia e na Polónia", ["POL", "POL"]),  # Brazilian and European spelling
        ("pt", "o Irã", ["IRN"]),
        ("pt", "a Convenção de Ottawa", []),
        ("pt", "uma mina de ouro em Minas Gerais", []),
        ("ar", "القوات الروسية", ["RUS"]),
        ("ar", "بالعراق", ["IRQ"]),
        ("ar", "للولايات المتحدة", ["USA"]),
        ("ar", "وأوكرانيا واوكرانيا", ["UKR", "UKR"]),  # with and without the hamza
        ("ar", "البيت الأبيض", ["USA"]),
    ],
)
def test_state_names_and_adjectives(language: str, text: str, codes: list[str]) -> None:
    assert [m.iso3s[0] for m in find_states(text, language)] == codes


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Un ordigno inesploso ha ferito due ragazzi che giocavano vicino alla scuola del "
            "villaggio, hanno riferito le autorità locali.",
        ),
        (
            "pt",
            "Um engenho explosivo deixado pela guerra feriu dois rapazes que brincavam perto da "
            "escola da aldeia, disseram as autoridades locais.",
        ),
        ("ar", "أصيب طفلان بجروح بانفجار جسم من مخلفات الحرب قرب مدرسة القرية، وفق السلطات."),
    ],
)
def test_these_languages_are_detected_and_read(language: str, text: str) -> None:
    assert detect_language(text) == language
    assert is_read(language)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dual of a victim noun counts two, killed or injured, beside a stated number
        ("قتل مدنيان وأصيب ثلاثة آخرون بانفجار لغم أرضي في اليمن.", [("YEM", 2, 3)]),
        ("أصيب طفلان بانفجار لغم في اليمن.", [("YEM", None, 2)]),
        ("قتل جنديان وأصيبت امرأتان بانفجار لغم أرضي في ليبيا.", [("LBY", 2, 2)]),
        # one victim told in the passive, and the oblique plural, which says no number
        ("قتل مدني بانفجار لغم في سوريا.", [("SYR", 1, None)]),
        ("أصيب ثلاثة مدنيين بانفجار لغم في العراق.", [("IRQ", None, 3)]),
    ],
)
def test_arabic_dual_nouns_count_two(
    text: str, expected: list[tuple[str | None, int | None, int | None]]
) -> None:
    published = PartialDate.parse("2025-03-20")
    found = read(text, published, "ar")
    assert project(found, "actor_iso3", "killed", "injured", kind="casualty_incident") == expected
