"""Spanish, Portuguese and German news phrasing, by mechanism (issue 8, recall outside English):
a state's name is never a veto word ("O Irão" is no "irão", they will go); mines dropped or
fired are laid ("lanzaron", "lançaram", "abgeworfen", "warfen ... ab") and the Portuguese
personal infinitive after an accusation ("de usarem minas"); a date with its month named is
no figure ("am 3. März 2024 ... verletzt"); German compass compounds name the state's region
("Ostukraine", "Südlibanon"); one more victim told by a pronoun or kin word in the same
sentence; treaty steps in regional press phrasing (a legislature votes the leaving, an
instrument deposited with its depositary between, leaving announced by any verb, an
announcement that holds its modal); land rid of mines. Sentences of our own, the claim
written down before the first run (published Thursday 14 March 2024)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import (
    Claim,
    casualty,
    claims,
    cleared,
    completed,
    counted,
    destroyed,
    project,
    read,
    step,
    use,
)

PUBLISHED = PartialDate(2024, 3, 14)


# A state's name spelled like a veto word vetoes nothing.
VETO_WORDS = [
    ("pt", "O Irão plantou minas antipessoal na fronteira em 2023.", [use("IRN", "2023")]),
    (
        "pt",
        "O Irão ratificou a Convenção de Ottawa em 2023.",
        [step("IRN", "2023", "join")],
    ),
    # the veto word itself still vetoes
    ("pt", "Os rebeldes irão plantar minas na fronteira em 2025.", []),
    ("pt", "O Irão negou ter plantado minas na fronteira em 2023.", []),
]


# Mines dropped or fired are laid.
DROPPED = [
    (
        "es",
        "Las tropas rusas lanzaron minas antipersonal sobre Járkov en 2022.",
        [use("RUS", "2022")],
    ),
    (
        "es",
        "Según HRW, las fuerzas ucranianas habrían lanzado minas antipersonal sobre Izium en 2022.",
        [use("UKR", "2022")],
    ),
    (
        "pt",
        "As forças ucranianas lançaram minas antipessoal sobre a cidade de Izium em 2022.",
        [use("UKR", "2022")],
    ),
    (
        "pt",
        "Segundo a ONU, milhares de minas foram lançadas por drones russos sobre Kherson em 2023.",
        [use("RUS", "2023")],
    ),
    (
        "pt",
        "A Human Rights Watch acusou as forças russas de usarem minas antipessoal no leste da "
        "Ucrânia em 2023.",
        [use("RUS", "2023")],
    ),
    (
        "de",
        "Laut dem Bericht haben ukrainische Truppen im Jahr 2022 Schmetterlingsminen über der "
        "Stadt Isjum abgeworfen.",
        [use("UKR", "2022")],
    ),
    (
        "de",
        "Russische Truppen warfen 2022 über Charkiw Antipersonenminen ab.",
        [use("RUS", "2022")],
    ),
    # a campaign launched, leaflets dropped: nothing laid
    ("es", "El gobierno de Colombia lanzó una campaña de desminado en 2022.", []),
    ("pt", "A Ucrânia lançou uma campanha de desminagem em 2023.", []),
    ("de", "Die Armee warf 2022 Flugblätter über der Stadt ab, um vor Minen zu warnen.", []),
]


# Casualties dated, placed and counted.
CASUALTIES = [
    (
        "de",
        "Zwei Soldaten wurden am 3. März 2024 bei der Explosion einer Mine in Bosnien verletzt.",
        [casualty("BIH", "2024-03-03", None, 2)],
    ),
    (
        "de",
        "Ein Bauer ist am 3. März 2024 in der Ostukraine durch eine Landmine schwer verletzt "
        "worden.",
        [casualty("UKR", "2024-03-03", None, 1)],
    ),
    (
        "pt",
        "Três soldados morreram a 3 de março de 2024 na explosão de uma mina em Angola.",
        [casualty("AGO", "2024-03-03", 3, None)],
    ),
    (
        "de",
        "Im Südlibanon wurden am Dienstag zwei Hirten durch eine Landmine getötet.",
        [casualty("LBN", "2024-03-12", 2, None)],
    ),
    (
        "de",
        "In Nordsyrien ist am 2. März 2024 ein Kind durch eine Mine verletzt worden.",
        [casualty("SYR", "2024-03-02", None, 1)],
    ),
    # the one victim's kin or the pronoun of the victims just counted: one more injured
    (
        "de",
        "Ein Junge wurde am Sonntag in Kambodscha von einer Landmine getötet, sein Bruder "
        "wurde verletzt.",
        [casualty("KHM", "2024-03-10", 1, 1)],
    ),
    (
        "pt",
        "Duas crianças morreram e uma ficou ferida na explosão de uma mina terrestre em "
        "Angola, no domingo.",
        [casualty("AGO", "2024-03-10", 2, 1)],
    ),
    # kin unhurt: no second victim
    (
        "de",
        "Ein Junge wurde am Sonntag in Kambodscha von einer Landmine getötet, sein Bruder "
        "blieb unverletzt.",
        [casualty("KHM", "2024-03-10", 1, None)],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # "Südamerika" is a continent, "Nordirland" no part of Ireland
        "In Südamerika wurden 2023 zwei Kinder durch Minen getötet.",
        "In Nordirland wurde 2023 ein Mann durch eine alte Mine verletzt.",
    ],
)
def test_a_compass_compound_of_no_state_places_nothing_there(text: str) -> None:
    found = project(read(text, PUBLISHED, "de"), "actor_iso3")
    assert found and ("IRL",) not in found and ("USA",) not in found


# Treaty steps in regional press phrasing.
TREATY_STEPS = [
    (
        "es",
        "El presidente de Letonia anunció el martes que su país abandonará la Convención de "
        "Ottawa.",
        [step("LVA", "2024-03-12", "announce_intent_to_withdraw")],
    ),
    (
        "es",
        "Lituania depositó el lunes ante la ONU el instrumento de retirada del tratado que "
        "prohíbe las minas antipersonal.",
        [step("LTU", "2024-03-11", "withdrawal_notified")],
    ),
    (
        "es",
        "El Parlamento de Estonia aprobó este miércoles la salida del país de la Convención "
        "de Ottawa.",
        [step("EST", "2024-03-13", "parliament_approves_withdrawal")],
    ),
    (
        "es",
        "El Sejm aprobó el martes la salida de Polonia del tratado que prohíbe las minas "
        "antipersonal.",
        [step("POL", "2024-03-12", "parliament_approves_withdrawal")],
    ),
    (
        "pt",
        "A Polónia anunciou nesta terça-feira que vai retirar-se da Convenção de Ottawa sobre "
        "minas antipessoal.",
        [step("POL", "2024-03-12", "announce_intent_to_withdraw")],
    ),
    (
        "pt",
        "A Estónia depositou junto das Nações Unidas o instrumento de retirada da Convenção "
        "de Ottawa na segunda-feira.",
        [step("EST", "2024-03-11", "withdrawal_notified")],
    ),
    (
        "pt",
        "Angola depositou o instrumento de adesão à Convenção de Ottawa em 2002.",
        [step("AGO", "2002", "join")],
    ),
    (
        "de",
        "Das estnische Parlament billigte am Dienstag den Ausstieg aus der Ottawa-Konvention.",
        [step("EST", "2024-03-12", "parliament_approves_withdrawal")],
    ),
    # a budget voted, a denial announced, a plan and a step still to come: no step
    (
        "es",
        "El Congreso de Colombia aprobó el martes el presupuesto para el desminado.",
        [],
    ),
    (
        "pt",
        "A Polónia anunciou nesta terça-feira que não vai retirar-se da Convenção de Ottawa.",
        [],
    ),
    ("pt", "A Polónia vai retirar-se da Convenção de Ottawa.", []),
    (
        "es",
        "La retirada de Finlandia de la Convención de Ottawa entrará en vigor en enero.",
        [],
    ),
]


# Land rid of mines.
LAND = [
    (
        "pt",
        "A HALO Trust desminou 2,5 quilómetros quadrados em Moçambique no ano passado.",
        [cleared("MOZ", "2023", 2.5, "km2")],
    ),
    (
        "de",
        "Räumteams haben 2023 in Kroatien 25 Quadratkilometer von Minen befreit.",
        [cleared("HRV", "2023", 25, "km2")],
    ),
    (
        "de",
        "Räumteams haben 2023 in Kroatien 25 Quadratkilometer Land geräumt.",
        [cleared("HRV", "2023", 25, "km2")],
    ),
    ("de", "Die Räumteams in Kroatien haben 2023 eine neue Zentrale bezogen.", []),
]


# A second round of fresh sentences (German agency copy, Lusophone and Colombian regional press):
# the German perfect of a vote ("hat ... für den Austritt gestimmt"), a leaving told with its day
# between ("ist am 27. Dezember ... ausgetreten"), the leaving told to the depositary
# ("den Vereinten Nationen ... mitgeteilt"), land declared rid of mines ("für minenfrei
# erklärt"), Ukraine's oblasts in German spelling ("Cherson"); Portuguese laying after a verb
# of going on ("continuam a plantar minas"); Spanish "durante el último mes" (the publication
# month, as "la última semana") and land handed over "libres de minas" with its area.
SECOND_ROUND = [
    (
        "de",
        "Das litauische Parlament hat am Donnerstag mit großer Mehrheit für den Austritt aus "
        "dem Ottawa-Abkommen gestimmt.",
        [step("LTU", "2024-03-14", "parliament_approves_withdrawal")],
    ),
    (
        "de",
        "Lettland ist am 27. Dezember aus der Ottawa-Konvention ausgetreten.",
        [step("LVA", "2023-12-27", "withdrawal_effective")],
    ),
    (
        "de",
        "Die Ukraine hat den Vereinten Nationen am 29. Juni ihren Austritt aus dem "
        "Ottawa-Vertrag mitgeteilt.",
        [step("UKR", "2023-06-29", "withdrawal_notified")],
    ),
    (
        "de",
        "Mosambik wurde 2015 für minenfrei erklärt.",
        [completed("MOZ", "2015")],
    ),
    (
        "de",
        "In der Region Cherson sind am Montag zwei Zivilisten durch eine Antipersonenmine "
        "getötet worden.",
        [casualty("UKR", "2024-03-11", 2, None)],
    ),
    (
        "pt",
        "Segundo a ONG, os militares de Myanmar continuam a plantar minas terrestres em aldeias.",
        [use("MMR", None)],
    ),
    (
        "es",
        "El Clan del Golfo habría sembrado minas antipersonal en el sur de Córdoba durante el "
        "último mes, según la Policía.",
        [use("COL", "2024-03")],
    ),
    (
        "es",
        "El Batallón de Desminado Humanitario entregó el viernes a la comunidad de San "
        "Carlos, Antioquia, 12 hectáreas libres de minas.",
        [cleared("COL", "2024-03-08", 12, "ha")],
    ),
    # a vote against, a target, clearance going on: none of these
    (
        "de",
        "Das lettische Parlament hat am Donnerstag gegen den Austritt aus dem Ottawa-Abkommen "
        "gestimmt.",
        [],
    ),
    ("de", "Die Regierung hofft, dass das Land bis 2030 für minenfrei erklärt wird.", []),
    ("pt", "Os sapadores continuam a remover minas na província do Moxico.", []),
]


# A third round, treaty steps and use as regional and wire copy tells them: a withdrawal
# formalised before the depositary ("formalizó ante Naciones Unidas su salida"); the
# government's bill, an announcement as eval-dev d03 codes it ("aprobó un proyecto de ley para
# abandonar", "aprovou um projeto de lei", "billigte einen Gesetzentwurf zum Austritt"); a
# leaving that became effective ("se hizo efectiva", "tornou-se efetiva", "concluiu a sua
# saída", "ya no es parte" from the day it starts, "deixou oficialmente de ser parte"); a law of
# leaving ratified by a legislature is its vote, never a join; "el tratado de Ottawa" in lower
# case names no Canadian actor; "minó" is a laying; a German group with one home
# ("Arakan Army") places its use there; the separable "setzt ... ein" with a long middle.
THIRD_ROUND = [
    (
        "es",
        "Finlandia formalizó este jueves ante Naciones Unidas su salida de la Convención de "
        "Ottawa.",
        [step("FIN", "2024-03-14", "withdrawal_notified")],
    ),
    (
        "es",
        "El Gobierno polaco aprobó el martes un proyecto de ley para abandonar el tratado de "
        "Ottawa.",
        [step("POL", "2024-03-12", "announce_intent_to_withdraw")],
    ),
    (
        "es",
        "Desde este viernes, Estonia ya no es parte de la Convención de Ottawa.",
        [step("EST", "2024-03-08", "withdrawal_effective")],
    ),
    (
        "es",
        "La salida de Lituania de la Convención de Ottawa se hizo efectiva el 27 de diciembre.",
        [step("LTU", "2023-12-27", "withdrawal_effective")],
    ),
    (
        "es",
        "El Senado de Polonia ratificó el miércoles la ley de retirada de la Convención de Ottawa.",
        [step("POL", "2024-03-13", "parliament_approves_withdrawal")],
    ),
    (
        "es",
        "La guerrilla del ELN minó los alrededores de la escuela de la vereda El Retorno en enero.",
        [use("COL", "2024-01")],
    ),
    (
        "pt",
        "A Finlândia concluiu na quinta-feira a sua saída da Convenção de Ottawa.",
        [step("FIN", "2024-03-14", "withdrawal_effective")],
    ),
    (
        "pt",
        "O governo polaco aprovou na terça-feira um projeto de lei para abandonar a Convenção "
        "de Ottawa.",
        [step("POL", "2024-03-12", "announce_intent_to_withdraw")],
    ),
    (
        "pt",
        "A saída da Lituânia da Convenção de Ottawa tornou-se efetiva a 27 de dezembro.",
        [step("LTU", "2023-12-27", "withdrawal_effective")],
    ),
    (
        "pt",
        "A Estónia deixou oficialmente de ser parte da Convenção de Ottawa na sexta-feira.",
        [step("EST", "2024-03-08", "withdrawal_effective")],
    ),
    (
        "de",
        "Die polnische Regierung billigte am Dienstag einen Gesetzentwurf zum Austritt aus "
        "dem Ottawa-Abkommen.",
        [step("POL", "2024-03-12", "announce_intent_to_withdraw")],
    ),
    (
        "de",
        "Russland setzt nach Angaben von Human Rights Watch seit Februar 2022 in großem "
        "Umfang Antipersonenminen in der Ukraine ein.",
        [use("RUS", None)],
    ),
    (
        "de",
        "Die Rebellen der Arakan Army sollen im vergangenen Monat Minen in der Nähe von "
        "Dörfern gelegt haben.",
        [use("MMR", "2024-02")],
    ),
    # ratified the Convention itself: a join; a bill of another kind: no step; a field
    # that is mined: no laying
    (
        "es",
        "El Senado de Chile ratificó en 2001 la Convención de Ottawa.",
        [step("CHL", "2001", "join")],
    ),
    (
        "es",
        "Dos soldados murieron el lunes al ingresar a un campo minado en Colombia.",
        [casualty("COL", "2024-03-11", 2, None)],
    ),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pt",
            "O governo angolano aprovou na terça-feira um projeto de lei sobre a desminagem, sem "
            "abandonar a Convenção de Ottawa.",
        ),
        (
            "es",
            "El Gobierno colombiano aprobó el martes un proyecto de ley sobre el desminado, sin "
            "abandonar la Convención de Ottawa.",
        ),
    ],
)
def test_a_bill_that_keeps_the_treaty_is_no_step(language: str, text: str) -> None:
    assert claims(text, PUBLISHED, language, kind="treaty_action") == []


# Armed groups named in full, without their acronym, or by their own names: the state they
# fight in (``actors.GROUP_HOME``), in every language read.
@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        (
            "es",
            "La Defensoría del Pueblo alertó que el Ejército de Liberación Nacional instaló minas "
            "antipersonal alrededor de una escuela.",
            "COL",
        ),
        ("es", "El Estado Mayor Central instaló minas en zona rural de Jamundí.", "COL"),
        (
            "es",
            "La Segunda Marquetalia sembró minas antipersonal en el sur, según el Ejército.",
            "COL",
        ),
        ("es", "Sendero Luminoso sembró minas en los caminos del valle durante años.", "PER"),
        ("pt", "O Exército de Libertação Nacional colocou minas na fronteira.", "COL"),
        (
            "pt",
            "Os guerrilheiros da Renamo colocaram minas nas estradas durante a guerra civil.",
            "MOZ",
        ),
        ("de", "Die Nationale Befreiungsarmee hat Minen verlegt.", "COL"),
    ],
)
def test_a_group_named_in_full_places_its_use(language: str, text: str, state: str) -> None:
    assert project(read(text, PUBLISHED, language), "type", "actor_iso3") == [
        ("use_allegation", state)
    ]


# A fourth round, casualties, clearance and stocks: German stocks in every case ("aus seinen
# Beständen"), the Bundeswehr as Germany, "seit Jahresbeginn" as a running total to the
# publication month, a clearance with no place named placed by the lexicon's adjective
# ("Kambodschanische Minenräumer"); Portuguese "mataram ou feriram N pessoas" is a total, never
# N injured; Spanish victims told by a verb ("42 personas han sido víctimas").
FOURTH_ROUND = [
    (
        "de",
        "Die Bundeswehr hat 2023 rund 10.000 Antipersonenminen aus ihren Beständen vernichtet.",
        [destroyed("DEU", "2023", 10000)],
    ),
    (
        "de",
        "Seit Jahresbeginn wurden in der Ukraine mehr als 120 Zivilisten durch Minen getötet.",
        [casualty("UKR", "2024-03", 120, None)],
    ),
    (
        "de",
        "Kambodschanische Minenräumer haben im Jahr 2023 rund 50 Quadratkilometer Land geräumt.",
        [cleared("KHM", "2023", 50, "km2")],
    ),
    (
        "pt",
        "Em 2023, as minas e os restos explosivos de guerra mataram ou feriram 5.757 pessoas "
        "em todo o mundo.",
        [counted(None, "2023", 5757)],
    ),
    (
        "es",
        "En lo corrido del año, 42 personas han sido víctimas de minas antipersonal en "
        "Colombia, según la Defensoría.",
        [counted("COL", "2024-03", 42)],
    ),
    # a foreign team in a story placed before keeps the place; nothing destroyed in a plan
    (
        "de",
        "In Angola ist die Räumung weit fortgeschritten.\nBritische Minenräumer haben dort "
        "2023 rund 5 Quadratkilometer Land geräumt.",
        [cleared("AGO", "2023", 5, "km2")],
    ),
    ("pt", "Os feridos da explosão em Angola foram levados ao hospital.", []),
]


# A fifth round: a leaving told by "abandonar"/"verlassen" in the past ("abandonó
# oficialmente la Convención", "hat die Ottawa-Konvention ... verlassen"); the decree that takes
# the state out (an announcement, as the German "Dekret über den Austritt"); becoming a state
# party ("se convirtieron en ... Estado parte", "tornaram-se o 165.º Estado parte"); a route
# mined with no mines word ("de ter minado caminhos", "de minar caminos", "Fluchtwege vermint
# zu haben").
FIFTH_ROUND = [
    (
        "pt",
        "A Letónia abandonou oficialmente a Convenção de Ottawa no dia 27 de dezembro.",
        [step("LVA", "2023-12-27", "withdrawal_effective")],
    ),
    (
        "es",
        "Letonia abandonó oficialmente la Convención de Ottawa el 27 de diciembre.",
        [step("LVA", "2023-12-27", "withdrawal_effective")],
    ),
    (
        "de",
        "Lettland hat die Ottawa-Konvention am 27. Dezember offiziell verlassen.",
        [step("LVA", "2023-12-27", "withdrawal_effective")],
    ),
    (
        "pt",
        "O Presidente ucraniano assinou no domingo o decreto que retira a Ucrânia da Convenção "
        "de Ottawa.",
        [step("UKR", "2024-03-10", "announce_intent_to_withdraw")],
    ),
    (
        "es",
        "Zelenski firmó el domingo el decreto que retira a Ucrania de la Convención de Ottawa.",
        [step("UKR", "2024-03-10", "announce_intent_to_withdraw")],
    ),
    (
        "pt",
        "As Ilhas Marshall tornaram-se o 165.º Estado parte da Convenção de Ottawa em março.",
        [step("MHL", "2024-03", "join")],
    ),
    (
        "es",
        "Las Islas Marshall se convirtieron en marzo en el Estado parte número 165 de la "
        "Convención de Ottawa.",
        [step("MHL", "2024-03", "join")],
    ),
    (
        "pt",
        "A Amnistia Internacional acusa o exército birmanês de ter minado caminhos usados por "
        "civis em fuga.",
        [use("MMR", None)],
    ),
    (
        "es",
        "Amnistía Internacional acusa al ejército birmano de minar caminos usados por civiles "
        "que huyen.",
        [use("MMR", None)],
    ),
    (
        "de",
        "Amnesty International wirft dem Militär in Myanmar vor, Fluchtwege vermint zu haben.",
        [use("MMR", None)],
    ),
    # leaving only announced, a future leaving, roads that are mined: none of these steps
    (
        "es",
        "Letonia anunció que abandonará la Convención de Ottawa.",
        [step("LVA", "2024-03", "announce_intent_to_withdraw")],
    ),
    ("de", "Lettland wird die Ottawa-Konvention im Juni verlassen.", []),
    ("es", "Los caminos siguen minados y los campesinos no pueden volver.", []),
]


# Batch 22's treaty steps as kinds (h693, h709, h718), in sentences of our own: a party no more
# with the day between ("dejaron de ser este jueves Estados parte"); a notice told as what came
# before, with no date of its own, is no claim of its own ("seis meses después de haber
# notificado su retirada"), one with its own date is; the depositary informed ("den
# UN-Generalsekretär über seinen Austritt ... unterrichtet"); the Portuguese spelling "Otava"
# and an effect a long way after the leaving's noun ("A saída da Finlândia da Convenção de Otava
# sobre ... tornou-se efetiva"), "produziram efeito".
BATCH_22 = [
    (
        "es",
        "Estonia dejó de ser este jueves Estado parte de la Convención de Ottawa, seis meses "
        "después de haber notificado su retirada.",
        [step("EST", "2024-03-14", "withdrawal_effective")],
    ),
    (
        "es",
        "Estonia dejó de ser este jueves Estado parte de la Convención de Ottawa, seis meses "
        "después de haber notificado su retirada el 14 de septiembre.",
        [
            step("EST", "2024-03-14", "withdrawal_effective"),
            step("EST", "2023-09-14", "withdrawal_notified"),
        ],
    ),
    (
        "de",
        "Lettland hat am Montag den UN-Generalsekretär offiziell über seinen Austritt aus dem "
        "Ottawa-Übereinkommen über das Verbot von Antipersonenminen unterrichtet.",
        [step("LVA", "2024-03-11", "withdrawal_notified")],
    ),
    (
        "pt",
        "A saída da Estónia da Convenção de Otava sobre a proibição de minas antipessoal "
        "tornou-se efetiva nesta quinta-feira.",
        [step("EST", "2024-03-14", "withdrawal_effective")],
    ),
    (
        "pt",
        "A retirada da Letónia da Convenção de Ottawa produziu efeito a 27 de dezembro.",
        [step("LVA", "2023-12-27", "withdrawal_effective")],
    ),
    # informed of something else: no notice
    (
        "de",
        "Lettland hat am Montag den UN-Generalsekretär über die Räumung unterrichtet.",
        [],
    ),
]


# The use named by its noun with the agent before the mines ("el uso por parte de sus tropas de
# minas antipersonal", h692's kind), and a request's day as the statement's ("pidió este martes
# ... que investigue"): the laying is dated by its own year.
USE_NOUNS = [
    (
        "es",
        "Human Rights Watch pidió este martes a Moscú que investigue el uso por parte de sus "
        "tropas de minas antipersonal en Járkov en 2022.",
        [use("RUS", "2022")],
    ),
    (
        "es",
        "La ONU denunció el empleo por parte del ejército de Myanmar de cientos de minas "
        "antipersonal en 2023.",
        [use("MMR", "2023")],
    ),
    ("es", "Human Rights Watch pidió este martes a Colombia que financie el desminado.", []),
]


# Every bank above, each row's sentence read in its language: exactly the claims written down.
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    VETO_WORDS
    + DROPPED
    + CASUALTIES
    + TREATY_STEPS
    + LAND
    + SECOND_ROUND
    + THIRD_ROUND
    + FOURTH_ROUND
    + FIFTH_ROUND
    + BATCH_22
    + USE_NOUNS,
)
def test_news_phrasing_by_mechanism(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language) == expected
