"""German and Portuguese news phrasing, by mechanism of the language (issue 8, the German and
Portuguese readers): a German day written "3." inside a clause, harm told verb first, land
cleared and mines removed, a withdrawal declared or denounced, decisions told verb last.
Sentences of our own, the claim written down before the first run (published Friday 14 March
2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims, cleared, policy, step, use

PUBLISHED = PartialDate(2025, 3, 14)


# A German day is written with a dot ("am 26. Juni"): the dot ends no clause, so a treaty step
# whose day stands between its noun and its verb is still read.
GERMAN_DAY_DOTS = [
    (
        "de",
        "Das estnische Parlament stimmte am 26. Juni für den Austritt aus dem Ottawa-Abkommen.",
        [step("EST", "2024-06-26", "parliament_approves_withdrawal")],
    ),
    (
        "de",
        "Die Regierung Finnlands kündigte am 1. April an, aus dem Ottawa-Abkommen auszutreten.",
        [step("FIN", "2024-04-01", "announce_intent_to_withdraw")],
    ),
    (
        "de",
        "Die Ukraine hat den Austritt aus der Ottawa-Konvention am 29. Juni per Dekret "
        "beschlossen.",
        [step("UKR", "2024-06-29", "announce_intent_to_withdraw")],
    ),
    (
        "de",
        "Ein Hirte ist am 2. März in der Provinz Kandahar durch eine Landmine getötet worden.",
        [casualty("AFG", "2025-03-02", 1, None)],
    ),
    (
        "de",
        "Laut dem Bericht haben russische Soldaten am 5. Februar im Gebiet Cherson Minen verlegt.",
        [use("RUS", "2025-02-05")],
    ),
    # a vote against, a leaving ruled out, a talk about it: no step, whatever the day
    (
        "de",
        "Das estnische Parlament stimmte am 26. Juni gegen den Austritt aus dem Ottawa-Abkommen.",
        [],
    ),
    (
        "de",
        "Die Regierung Finnlands hat am 1. April einen Austritt aus dem Ottawa-Abkommen "
        "ausgeschlossen.",
        [],
    ),
    (
        "de",
        "Der Minister sprach am 3. März in Kiew über den Austritt Litauens aus dem "
        "Ottawa-Abkommen.",
        [],
    ),
]


# German harm told verb first ("starben ... sechs Soldaten", "Ums Leben kamen ... vier
# Zivilisten", "Verletzt wurden ... zwei Bauern"), injuries suffered ("erlitten schwere
# Verletzungen") and died of ("erlagen ihren Verletzungen"); the article of the blast ("bei der
# Explosion einer Landmine") is no one killed.
GERMAN_HARM_VERB_FIRST = [
    (
        "de",
        "Bei der Detonation einer Landmine starben am 12. Februar in Mali sechs Soldaten.",
        [casualty("MLI", "2025-02-12", 6, None)],
    ),
    (
        "de",
        "Bei der Explosion einer Mine im Jemen starben zwei Kinder, drei weitere wurden verletzt.",
        [casualty("YEM", "2025-03", 2, 3)],
    ),
    (
        "de",
        "Ums Leben kamen bei der Minenexplosion in Syrien vier Zivilisten.",
        [casualty("SYR", "2025-03", 4, None)],
    ),
    (
        "de",
        "Verletzt wurden am Dienstag bei dem Minenunglück in Kambodscha zwei Bauern.",
        [casualty("KHM", "2025-03-11", None, 2)],
    ),
    (
        "de",
        "In Myanmar erlitten fünf Dorfbewohner bei einer Minenexplosion schwere Verletzungen.",
        [casualty("MMR", "2025-03", None, 5)],
    ),
    (
        "de",
        "Zwei Kinder erlagen am Montag im Irak ihren Verletzungen nach einer Minenexplosion.",
        [casualty("IRQ", "2025-03-10", 2, None)],
    ),
    # no victims after the verb, or no mine: no casualty
    ("de", "Im Zweiten Weltkrieg starben Millionen Soldaten.", []),
    ("de", "In den Tagen danach starben zwei Menschen an Krebs, sagte der Minister.", []),
    (
        "de",
        "Zwei Bauern wurden verletzt und die Polizei fand danach vier Minen in Kambodscha.",
        [casualty("KHM", "2025-03", None, 2)],
    ),
    # a mine dug for coal or ore: miners killed in a pit accident are no mine casualty
    ("de", "Ums Leben kamen bei dem Grubenunglück in der Mine in Polen vier Arbeiter.", []),
    ("de", "Drei Bergleute starben am Montag bei einem Einsturz in der Mine in Bosnien.", []),
]


# German land and mines cleared: "entmint" is a mine word, "entfernten" a removal.
GERMAN_CLEARED = [
    (
        "de",
        "Die Räumteams entfernten im Februar in Bosnien 3.400 Minen und Blindgänger.",
        [cleared("BIH", "2025-02", 3400, "mines")],
    ),
    (
        "de",
        "In Kroatien wurden 2024 rund 25 Quadratkilometer entmint.",
        [cleared("HRV", "2024", 25, "km2")],
    ),
    (
        "de",
        "In Kambodscha haben die Teams im Januar 80 Hektar entmint.",
        [cleared("KHM", "2025-01", 80, "ha")],
    ),
    ("de", "Die Arbeiter entfernten im Januar in Bosnien 300 Tonnen Schutt.", []),
    ("de", "Die Regierung plant, bis 2030 alle Minenfelder in Kroatien zu entminen.", []),
    # a passive still to come is no work done
    ("de", "In Bosnien sollen bis 2027 weitere 50 Quadratkilometer entmint werden.", []),
    ("de", "In Kroatien müssen noch 20 Quadratkilometer Minenfelder geräumt werden.", []),
]


# A German leaving declared ("hat seinen Austritt ... erklärt") is the notice; a decision on
# mines told verb last ("hat die Lieferung von Antipersonenminen ... genehmigt") a policy.
GERMAN_DECLARED_AND_DECIDED = [
    (
        "de",
        "Litauen hat am Montag seinen Austritt aus der Ottawa-Konvention erklärt.",
        [step("LTU", "2025-03-10", "withdrawal_notified")],
    ),
    (
        "de",
        "Estland erklärte am 27. Juni offiziell den Austritt aus dem Ottawa-Abkommen.",
        [step("EST", "2024-06-27", "withdrawal_notified")],
    ),
    (
        "de",
        "Lettland hat seinen Austritt aus dem Ottawa-Übereinkommen am Freitag bei den Vereinten "
        "Nationen erklärt.",
        [step("LVA", "2025-03-14", "withdrawal_notified")],
    ),
    (
        "de",
        "Die USA haben am Dienstag die Lieferung von Antipersonenminen an die Ukraine genehmigt.",
        [policy("USA", "2025-03-11")],
    ),
    (
        "de",
        "Die polnische Regierung hat im Mai die Produktion von Antipersonenminen beschlossen.",
        [policy("POL", "2024-05")],
    ),
    ("de", "Der Minister erklärte, der Austritt aus dem Ottawa-Abkommen sei ein Fehler.", []),
    (
        "de",
        "Die Opposition in Polen hat die Lieferung von Antipersonenminen an die Ukraine "
        "kritisiert.",
        [],
    ),
    ("de", "Ob die Produktion von Antipersonenminen in Polen genehmigt wird, ist offen.", []),
    # a judgment on the leaving, "erklärte ... für": no notice
    (
        "de",
        "Die Bundesregierung erklärte den Austritt aus dem Ottawa-Vertrag für ausgeschlossen.",
        [],
    ),
    (
        "de",
        "Litauens Präsident erklärte den Austritt Polens aus der Ottawa-Konvention für einen "
        "Fehler.",
        [],
    ),
]


# Portuguese treaty steps: the leaving's legal name, "denúncia" ("denunciou a Convenção",
# "formalizou a denúncia do Tratado"), the notice told back ("depois de ... ter notificado as
# Nações Unidas"), leaving announced as "abandonar"; never "denunciou o uso de minas" (an
# accusation) nor the treaty "denounced as" something.
PT_TREATY = [
    (
        "pt",
        "A Polónia denunciou a Convenção de Ottawa em agosto.",
        [step("POL", "2024-08", "withdrawal_notified")],
    ),
    (
        "pt",
        "A Ucrânia formalizou a denúncia da Convenção de Ottawa em 29 de junho.",
        [step("UKR", "2024-06-29", "withdrawal_notified")],
    ),
    (
        "pt",
        "A Estónia apresentou em 27 de junho a denúncia do Tratado de Otava às Nações Unidas.",
        [step("EST", "2024-06-27", "withdrawal_notified")],
    ),
    (
        "pt",
        "A saída da Letónia da Convenção de Ottawa tornou-se efetiva no sábado, seis meses "
        "depois de Riga ter notificado as Nações Unidas em setembro.",
        [
            step("LVA", "2024-09", "withdrawal_notified"),
            step("LVA", "2025-03-08", "withdrawal_effective"),
        ],
    ),
    (
        "pt",
        "A Finlândia anunciou em 1 de abril que vai abandonar a Convenção de Ottawa.",
        [step("FIN", "2024-04-01", "announce_intent_to_withdraw")],
    ),
    (
        "pt",
        "O governo da Lituânia anunciou em março a intenção de abandonar o Tratado de Ottawa.",
        [step("LTU", "2025-03", "announce_intent_to_withdraw")],
    ),
    ("pt", "A ONG denunciou a Convenção de Ottawa como insuficiente para a Polónia.", []),
    ("pt", "A Amnistia denunciou o Tratado de Ottawa como letra morta na Ucrânia.", []),
]


# Portuguese "não" before an adjective ("grupos armados não estatais", "organização não
# governamental") negates no verb; the mines named again ("usaram estas armas") after a
# sentence about them; places listed with "na/no/em ... e na" ("na Colômbia e na Índia").
PT_USE = [
    (
        "pt",
        "Grupos armados não estatais plantaram minas na Colômbia em 2024.",
        [use("COL", "2024")],
    ),
    (
        "pt",
        "O relatório sobre minas terrestres foi publicado. Grupos armados não estatais usaram "
        "estas armas na Colômbia e na Índia em 2024.",
        [use("COL", "2024"), use("IND", "2024")],
    ),
    (
        "pt",
        "Segundo uma organização não governamental, as forças russas utilizaram minas "
        "antipessoais na Ucrânia em 2024.",
        [use("RUS", "2024")],
    ),
    (
        "pt",
        "Segundo o Monitor, grupos armados plantaram minas na Colômbia, no Myanmar e na Índia "
        "em 2024.",
        [use("COL", "2024"), use("MMR", "2024"), use("IND", "2024")],
    ),
    # a verb negated still vetoes; "estas armas" with no mines before is no use
    ("pt", "O exército de Moçambique não plantou minas na Zambézia em 2024.", []),
    (
        "pt",
        "O relatório foi publicado. As forças russas usaram estas armas na Ucrânia em 2024.",
        [],
    ),
]


# Portuguese harm told verb first ("Ficaram feridos dois agricultores") and land released
# ("libertou 300 hectares", "foram libertados ... metros quadrados").
PT_HARM_LAND = [
    (
        "pt",
        "Ficaram feridos dois agricultores na explosão de uma mina em Cuando Cubango, Angola.",
        [casualty("AGO", "2025-03", None, 2)],
    ),
    (
        "pt",
        "Na quarta-feira foram feridas três crianças por uma mina terrestre no Iémen.",
        [casualty("YEM", "2025-03-12", None, 3)],
    ),
    (
        "pt",
        "A HALO Trust libertou 300 hectares de terras contaminadas por minas em Angola no ano "
        "passado.",
        [cleared("AGO", "2024", 300, "ha")],
    ),
    (
        "pt",
        "Em 2024 foram libertados 1,2 milhões de metros quadrados de terras minadas em Moçambique.",
        [cleared("MOZ", "2024", 1200000, "m2")],
    ),
    ("pt", "Ficaram feridos dois adeptos no estádio de Luanda no domingo.", []),
    ("pt", "A polícia libertou dois reféns em Angola no ano passado.", []),
    # land a mining company releases for digging ore is no cleared land
    (
        "pt",
        "A mineradora libertou 300 hectares para a exploração de ouro na mina de Cuango, em "
        "Angola.",
        [],
    ),
    ("pt", "Ficaram feridos dois garimpeiros no desabamento de uma mina em Angola.", []),
]


# A German compass point written before a state's adjective ("südsyrische Milizen",
# "ostukrainische Einheiten", "nordirakische") names that state, as the nouns "Nordirak",
# "Ostukraine" do; never another state's own adjective ("südsudanesisch" is South Sudan's),
# nor a region of no state ("ostafrikanisch").
GERMAN_COMPASS_ADJECTIVES = [
    (
        "de",
        "Nach Angaben der Behörden haben südsyrische Milizen im Januar Minen an der Straße "
        "verlegt.",
        [use("SYR", "2025-01")],
    ),
    (
        "de",
        "Laut dem Bericht haben ostukrainische Einheiten 2024 Antipersonenminen eingesetzt.",
        [use("UKR", "2024")],
    ),
    (
        "de",
        "Nordirakische Milizen sollen im Jahr 2023 Minen an der Grenze gelegt haben.",
        [use("IRQ", "2023")],
    ),
    ("de", "Südsudanesische Rebellen haben im Jahr 2024 Minen verlegt.", [use("SSD", "2024")]),
    ("de", "Ostafrikanische Milizen haben im Jahr 2024 Minen verlegt.", [use(None, "2024")]),
    # the accusers' adjective never names the user: the accused after "wirft ... vor" does
    (
        "de",
        "Nordsyrische Kurden werfen der Türkei vor, im Januar Minen an der Grenze verlegt zu "
        "haben.",
        [use("TUR", "2025-01")],
    ),
    (
        "de",
        "Die Ukraine wirft Russland vor, im Jahr 2024 Minen in Cherson verlegt zu haben.",
        [use("RUS", "2024")],
    ),
    ("de", "Russische Drohnen werfen über Charkiw Minen ab.", [use("RUS", None)]),
]


# Days told relative to publication: a German weekday with its part of the day as one word
# ("am Montagabend", "Sonntagmorgen"); Portuguese "no passado dia 5", the latest 5th on or
# before publication (of the month before when the day is still to come this month), and a
# named month still wins ("no passado dia 5 de fevereiro").
RELATIVE_DAYS = [
    (
        "de",
        "Zwei Kinder sind am Montagabend in Angola durch eine Landmine getötet worden.",
        [casualty("AGO", "2025-03-10", 2, None)],
    ),
    (
        "de",
        "Am Sonntagmorgen wurde in Kambodscha ein Bauer durch eine Mine verletzt.",
        [casualty("KHM", "2025-03-09", None, 1)],
    ),
    (
        "pt",
        "No passado dia 5, um agricultor ficou ferido por uma mina no Huambo, em Angola.",
        [casualty("AGO", "2025-03-05", None, 1)],
    ),
    (
        "pt",
        "No passado dia 20, duas crianças morreram na explosão de uma mina em Moçambique.",
        [casualty("MOZ", "2025-02-20", 2, None)],
    ),
    (
        "pt",
        "No passado dia 5 de fevereiro, um soldado morreu numa explosão de mina na Colômbia.",
        [casualty("COL", "2025-02-05", 1, None)],
    ),
    (
        "de",
        "Bei einer Montagsdemonstration in Leipzig wurde an die Minenopfer in Angola erinnert.",
        [],
    ),
]


# Portuguese policy: a transfer approved by any of its nouns ("o envio de minas"), production or
# purchase decided to begin or resume ("decidiu retomar a produção de minas"); never a transfer
# criticised, a plan ("poderá decidir"), or a negation.
PT_POLICY = [
    (
        "pt",
        "O governo dos Estados Unidos aprovou na quinta-feira o envio de minas antipessoais para "
        "a Ucrânia.",
        [policy("USA", "2025-03-13")],
    ),
    (
        "pt",
        "A Polónia decidiu retomar a produção de minas antipessoais, anunciou o ministro na "
        "terça-feira.",
        [policy("POL", "2025-03-11")],
    ),
    (
        "pt",
        "O governo da Lituânia decidiu em março iniciar a compra de minas antipessoais.",
        [policy("LTU", "2025-03")],
    ),
    (
        "pt",
        "A oposição criticou o envio de minas antipessoais para a Ucrânia pelos Estados Unidos.",
        [],
    ),
    ("pt", "A Polónia poderá decidir retomar a produção de minas antipessoais.", []),
    ("pt", "O ministro não aprovou o envio de minas antipessoais para a Ucrânia.", []),
    # the state the mines go to is never the one deciding: the story's state decides
    (
        "pt",
        "Os Estados Unidos mudaram de posição. O Congresso aprovou na quinta-feira o envio de "
        "minas antipessoais para a Ucrânia.",
        [policy("USA", "2025-03-13")],
    ),
    (
        "de",
        "Die USA ändern ihren Kurs. Der Kongress hat am Donnerstag die Lieferung von "
        "Antipersonenminen an die Ukraine genehmigt.",
        [policy("USA", "2025-03-13")],
    ),
]


# A Portuguese chamber's vote is the step only when it is for the leaving: "votaram contra a
# saída" is none.
PT_VOTE_AGAINST = [
    (
        "pt",
        "O parlamento lituano aprovou a 8 de maio a retirada do Tratado de Ottawa.",
        [step("LTU", "2024-05-08", "parliament_approves_withdrawal")],
    ),
    (
        "pt",
        "O Sejm polaco votou em junho a favor da saída da Convenção de Ottawa.",
        [step("POL", "2024-06", "parliament_approves_withdrawal")],
    ),
    (
        "pt",
        "O parlamento da Estónia aprovou em junho a saída da Convenção de Ottawa.",
        [step("EST", "2024-06", "parliament_approves_withdrawal")],
    ),
    ("pt", "Os deputados da Finlândia votaram contra a saída da Convenção de Ottawa.", []),
    ("pt", "O parlamento da Letónia votou em maio contra a retirada do Tratado de Ottawa.", []),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    GERMAN_DAY_DOTS
    + GERMAN_HARM_VERB_FIRST
    + GERMAN_CLEARED
    + GERMAN_DECLARED_AND_DECIDED
    + PT_TREATY
    + PT_USE
    + PT_HARM_LAND
    + GERMAN_COMPASS_ADJECTIVES
    + RELATIVE_DAYS
    + PT_POLICY
    + PT_VOTE_AGAINST,
)
def test_news_phrasing_by_mechanism(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language) == expected
