"""Treaty steps as stories in the lexicon languages tell them (issue 8, treaty pass): states
listed with "und", "e" or the Arabic "and" written onto the next name each take the step; the
parliaments of a gapped list each with its own day ("der litauische Seimas am 8. Mai", "литовский
Сейм - 8 мая"); German steps told back in a clause of their own ("...; das Parlament hatte dem
Schritt im Juni zugestimmt") or in a sentence after one naming the state only by its adjective
("Das finnische Parlament ... Die Regierung hatte den Schritt ... angekündigt"), never the state
whose war is the reason ("seit dem russischen Angriff auf die Ukraine"); the Convention by its
German title; "waren ... ausgetreten"; "Ottawa-Konvention" is not Canada; a decree signed or the
security council's decision told without its object in the paragraph after a story of leaving
("... un décret ... en ce sens") is the announcement, and "указ Президента від 29 червня" is
dated by its day; the exit taking effect with the treaty named between noun and verb ("Il ritiro
della Finlandia dalla Convenzione di Ottawa è entrato in vigore", "Le retrait ... de la
convention d'Ottawa a pris effet") and the Arabic notice with its day between ("أودعت فنلندا في 10
يوليو وثيقة انسحابها"), never the Arabic future ("سيدخل"). Sentences of our own; none is copied
from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, claims, policy, step

Row = tuple[str, str, str, list[Claim]]

LISTS: list[Row] = [
    ("Estonia, Lettonia e Lituania hanno notificato il 27 giugno il loro ritiro dalla "
     "Convenzione di Ottawa.", "it", "2025-07-10",
     [step("EST", "2025-06-27", "withdrawal_notified"),
      step("LTU", "2025-06-27", "withdrawal_notified"),
      step("LVA", "2025-06-27", "withdrawal_notified")]),
    ("Estónia, Letónia e Lituânia notificaram a 27 de junho a sua retirada da Convenção de "
     "Ottawa.", "pt", "2025-07-10",
     [step("EST", "2025-06-27", "withdrawal_notified"),
      step("LTU", "2025-06-27", "withdrawal_notified"),
      step("LVA", "2025-06-27", "withdrawal_notified")]),
    ("أخطرت إستونيا ولاتفيا وليتوانيا الأمم المتحدة في 27 يونيو بانسحابها من اتفاقية أوتاوا.",
     "ar", "2025-07-10",
     [step("EST", "2025-06-27", "withdrawal_notified"),
      step("LTU", "2025-06-27", "withdrawal_notified"),
      step("LVA", "2025-06-27", "withdrawal_notified")]),
    ("Lettland, Litauen und Estland sind am 27. Dezember aus dem Ottawa-Abkommen ausgetreten.",
     "de", "2026-01-10",
     [step("EST", "2025-12-27", "withdrawal_effective"),
      step("LTU", "2025-12-27", "withdrawal_effective"),
      step("LVA", "2025-12-27", "withdrawal_effective")]),
    # near misses: a state joined to another by a preposition, not by "and"; a list after the
    # verb that names who was told, not who acted
    ("La Lettonia con la Lituania ha notificato il 27 giugno il ritiro dalla Convenzione di "
     "Ottawa.", "it", "2025-07-10", [step("LVA", "2025-06-27", "withdrawal_notified")]),
    ("Polen hat am 20. August seinen Austritt aus dem Ottawa-Abkommen notifiziert, nach Lettland "
     "und Litauen.", "de", "2025-09-01", [step("POL", "2025-08-20", "withdrawal_notified")]),
]  # fmt: skip

GAPPED: list[Row] = [
    ("Der lettische Saeima stimmte am 16. April für den Austritt aus der Ottawa-Konvention, der "
     "litauische Seimas am 8. Mai.", "de", "2025-06-01",
     [step("LTU", "2025-05-08", "parliament_approves_withdrawal"),
      step("LVA", "2025-04-16", "parliament_approves_withdrawal")]),
    ("Выход из Оттавской конвенции одобрили парламенты: латвийский Сейм проголосовал 16 апреля, "
     "литовский Сейм - 8 мая, эстонский Рийгикогу - 4 июня.", "ru", "2025-06-10",
     [step("EST", "2025-06-04", "parliament_approves_withdrawal"),
      step("LTU", "2025-05-08", "parliament_approves_withdrawal"),
      step("LVA", "2025-04-16", "parliament_approves_withdrawal")]),
    ("Вихід з Оттавської конвенції схвалили парламенти: латвійський Сейм проголосував 16 квітня, "
     "литовський Сейм - 8 травня.", "uk", "2025-06-10",
     [step("LTU", "2025-05-08", "parliament_approves_withdrawal"),
      step("LVA", "2025-04-16", "parliament_approves_withdrawal")]),
    # near misses: a hyphen inside a word is no dash; the treaty's own name is no state
    ("Латвийский Сейм проголосовал за выход из Оттавской конвенции 16 апреля, литовский "
     "премьер-министр 8 мая назвал это ошибкой.", "ru", "2025-06-10",
     [step("LVA", "2025-04-16", "parliament_approves_withdrawal")]),
    ("Латвийский Сейм одобрил выход из Оттавской конвенции 16 апреля; литовский министр - 8 мая "
     "- раскритиковал это.", "ru", "2025-06-10",
     [step("LVA", "2025-04-16", "parliament_approves_withdrawal")]),
    ("Das Parlament in Riga hat am Mittwoch für den Austritt aus der Ottawa-Konvention "
     "gestimmt.", "de", "2025-06-12",
     [step("LVA", "2025-06-11", "parliament_approves_withdrawal")]),
]  # fmt: skip

GERMAN_BACK: list[Row] = [
    ("Das norwegische Parlament hat am Mittwoch für den Austritt aus der Ottawa-Konvention "
     "gestimmt. Die Regierung hatte den Schritt Anfang März angekündigt und mit dem russischen "
     "Angriff auf die Ukraine begründet.", "de", "2025-06-12",
     [step("NOR", "2025-03", "announce_intent_to_withdraw"),
      step("NOR", "2025-06-11", "parliament_approves_withdrawal")]),
    ("Das finnische Parlament hat am Donnerstag für den Austritt aus dem Übereinkommen über das "
     "Verbot von Antipersonenminen gestimmt. Die Regierung hatte die Entscheidung am 1. April "
     "bekannt gegeben.", "de", "2025-06-20",
     [step("FIN", "2025-04-01", "announce_intent_to_withdraw"),
      step("FIN", "2025-06-19", "parliament_approves_withdrawal")]),
    ("Chiles Austritt aus dem Übereinkommen über das Verbot von Antipersonenminen ist am Montag "
     "wirksam geworden. Die Regierung hatte die Austrittserklärung am 10. Juli hinterlegt; das "
     "Parlament hatte dem Schritt im Juni zugestimmt.", "de", "2026-01-13",
     [step("CHL", "2025-06", "parliament_approves_withdrawal"),
      step("CHL", "2025-07-10", "withdrawal_notified"),
      step("CHL", "2026-01-12", "withdrawal_effective")]),
    ("Norwegen hat die Ottawa-Konvention verlassen.\nEstland, Lettland und Litauen waren am 27. "
     "Dezember aus dem Abkommen ausgetreten.", "de", "2026-01-10",
     [step("EST", "2025-12-27", "withdrawal_effective"),
      step("LTU", "2025-12-27", "withdrawal_effective"),
      step("LVA", "2025-12-27", "withdrawal_effective"),
      step("NOR", "2026-01", "withdrawal_effective")]),
    # near misses: a vote on something else told back; a decision about another matter
    ("Das finnische Parlament hat am Donnerstag für den Austritt aus der Ottawa-Konvention "
     "gestimmt; der Bundestag hatte dem Haushalt im Juni zugestimmt.", "de", "2025-06-20",
     [step("FIN", "2025-06-19", "parliament_approves_withdrawal")]),
    ("Das finnische Parlament hat am Donnerstag für den Austritt aus der Ottawa-Konvention "
     "gestimmt. Die Regierung hatte die Entscheidung über den Haushalt am 1. April vertagt.",
     "de", "2025-06-20", [step("FIN", "2025-06-19", "parliament_approves_withdrawal")]),
]  # fmt: skip


DECREES: list[Row] = [
    ("Le Parlement moldave a approuvé jeudi le retrait du pays de la convention d'Ottawa.\n\n"
     "La présidente avait signé le 2 mars un décret mettant en œuvre une décision du Conseil de "
     "sécurité en ce sens.", "fr", "2025-06-13",
     [step("MDA", "2025-03-02", "announce_intent_to_withdraw"),
      step("MDA", "2025-06-12", "parliament_approves_withdrawal")]),
    ("Il Parlamento moldavo ha approvato giovedì il ritiro del Paese dalla Convenzione di "
     "Ottawa.\n\nLa presidente aveva firmato il 2 marzo un decreto che attua una decisione del "
     "Consiglio di sicurezza in tal senso.", "it", "2025-06-13",
     [step("MDA", "2025-03-02", "announce_intent_to_withdraw"),
      step("MDA", "2025-06-12", "parliament_approves_withdrawal")]),
    ("O Parlamento da Moldávia aprovou na quinta-feira a retirada do país da Convenção de "
     "Ottawa.\n\nA presidente tinha assinado a 2 de março um decreto nesse sentido.", "pt",
     "2025-06-13",
     [step("MDA", "2025-03-02", "announce_intent_to_withdraw"),
      step("MDA", "2025-06-12", "parliament_approves_withdrawal")]),
    ("Верховна Рада в середу ухвалила закон про вихід з Оттавської конвенції. Закон затверджує "
     "указ Президента від 29 червня 2025 року, яким введено в дію рішення РНБО про вихід з "
     "Конвенції.", "uk", "2025-07-17",
     [step("UKR", "2025-06-29", "announce_intent_to_withdraw"),
      step("UKR", "2025-07-16", "parliament_approves_withdrawal")]),
    # near misses: a decree on another matter; a decree in a story of no leaving
    ("Le Parlement moldave a approuvé jeudi le retrait du pays de la convention d'Ottawa.\n\n"
     "La présidente avait signé le 2 mars un décret sur la mobilisation des réservistes.", "fr",
     "2025-06-13", [step("MDA", "2025-06-12", "parliament_approves_withdrawal")]),
    ("La Moldavie a ratifié la convention d'Ottawa en 2000.\n\nLa présidente avait signé le 2 "
     "mars un décret en ce sens.", "fr", "2025-06-13", [step("MDA", "2000", "join")]),
]  # fmt: skip


ROMANCE_ARABIC: list[Row] = [
    ("Il ritiro della Norvegia dalla Convenzione di Ottawa è entrato in vigore venerdì.", "it",
     "2026-03-14", [step("NOR", "2026-03-13", "withdrawal_effective")]),
    ("Le retrait de la Norvège de la convention d'Ottawa a pris effet vendredi.", "fr",
     "2026-03-14", [step("NOR", "2026-03-13", "withdrawal_effective")]),
    ("أودعت النرويج في 13 سبتمبر وثيقة انسحابها من اتفاقية أوتاوا لدى الأمين العام للأمم المتحدة.",
     "ar", "2025-09-20", [step("NOR", "2025-09-13", "withdrawal_notified")]),
    ("La Saeima lettone ha votato il 16 aprile, il Seimas lituano l'8 maggio, per l'uscita dalla "
     "Convenzione di Ottawa.", "it", "2025-06-01",
     [step("LTU", "2025-05-08", "parliament_approves_withdrawal"),
      step("LVA", "2025-04-16", "parliament_approves_withdrawal")]),
    ("La Saeima lettone a voté le 16 avril le retrait de la convention d'Ottawa, le Seimas "
     "lituanien le 8 mai.", "fr", "2025-06-01",
     [step("LTU", "2025-05-08", "parliament_approves_withdrawal"),
      step("LVA", "2025-04-16", "parliament_approves_withdrawal")]),
    # near misses: exits still to come
    ("سيدخل انسحاب بولندا من اتفاقية أوتاوا حيز التنفيذ في 20 فبراير.", "ar", "2025-09-01", []),
    ("Il ritiro della Polonia dalla Convenzione di Ottawa entrerà in vigore il 20 febbraio.",
     "it", "2025-09-01", []),
    ("Le retrait de la Pologne de la convention d'Ottawa prendra effet le 20 février.", "fr",
     "2025-09-01", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    LISTS + GAPPED + GERMAN_BACK + ROMANCE_ARABIC + DECREES,
)
def test_lexicon_treaty_story(
    text: str, language: str, published: str, expected: list[Claim]
) -> None:
    found = claims(text, PartialDate.parse(published), language, kind="treaty_action")
    assert sorted(found, key=str) == sorted(expected, key=str)


def test_the_state_of_a_policy_is_never_the_threat_named_before() -> None:
    text = (
        "Der Verteidigungsminister begründete den Austritt aus der Ottawa-Konvention mit der "
        "Bedrohung durch Russland, mit dem Finnland eine lange Grenze teilt. Die Regierung hatte "
        "im Dezember beschlossen, Antipersonenminen bei der heimischen Industrie zu beschaffen."
    )
    found = claims(text, PartialDate.parse("2026-01-10"), "de", kind="policy_change")
    assert found == [policy("FIN", "2025-12")]
