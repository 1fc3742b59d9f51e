"""Use allegations in French, Spanish, Italian and Portuguese read by whole paradigm, in
sentences of our own (none copied from a batch or the dev set): the forces named by the
adjective of any state in every gender and number ("les troupes libyennes", "las tropas
eritreas", "le forze etiopi", "as forças marroquinas"); the accusation verbs in the active and
the passive ("accuse X d'avoir posé", "X fue acusado de haber sembrado"), denounced, reported
and confirmed uses; hedged forms ("selon", "según", "secondo", "segundo", the conditional);
the passive with its agent; armed groups kept apart from a state's army; and the place where
the mines were laid, which never accuses anyone. Negative sentences give no use."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2026, 1, 15)

# (language, sentence, the states accused)
ADJECTIVES = [
    # French: -ien/-ienne/-iens/-iennes, -ais/-aise, -ain/-aine, -in, -e, -ite
    ("fr", "Lorsque les troupes libyennes avaient miné les abords de leurs positions, la zone "
     "fut fermée.", {"LBY"}),
    ("fr", "Des soldats érythréens ont posé des mines antipersonnel près de la frontière.",
     {"ERI"}),
    ("fr", "L'armée camerounaise aurait enfoui des mines le long de la piste.", {"CMR"}),
    ("fr", "Les forces marocaines ont posé des mines le long du mur de sable.", {"MAR"}),
    ("fr", "Les militaires nord-coréens ont planté des mines dans la zone frontalière.", {"PRK"}),
    ("fr", "Les unités yéménites avaient utilisé des mines antipersonnel autour de la ville.",
     {"YEM"}),
    # Spanish: -o/-a/-os/-as, -és/-esa, -í/-íes, -e/-es
    ("es", "Las tropas eritreas sembraron minas antipersonal en la frontera.", {"ERI"}),
    ("es", "Soldados libios instalaron minas en los alrededores de la base.", {"LBY"}),
    ("es", "El ejército tailandés colocó minas en la zona en disputa, según Camboya.", {"THA"}),
    ("es", "Las fuerzas marroquíes plantaron minas a lo largo del muro.", {"MAR"}),
    ("es", "Los militares etíopes han sembrado minas cerca de la ciudad.", {"ETH"}),
    ("es", "Las tropas norcoreanas colocaron minas en la zona desmilitarizada.", {"PRK"}),
    # Italian: -o/-a/-i/-e, -ese/-esi, -ita/-iti
    ("it", "Le truppe eritree hanno posato mine antiuomo lungo il confine.", {"ERI"}),
    ("it", "I soldati libici avevano piazzato mine intorno alla base.", {"LBY"}),
    ("it", "L'esercito thailandese ha disseminato mine nella zona contesa.", {"THA"}),
    ("it", "Le forze marocchine hanno posato mine lungo il muro di sabbia.", {"MAR"}),
    ("it", "I militari etiopi hanno utilizzato mine antiuomo vicino alla città.", {"ETH"}),
    ("it", "Le truppe nordcoreane hanno piazzato mine nella zona smilitarizzata.", {"PRK"}),
    # Portuguese: -o/-a/-os/-as, -ês/-esa/-eses, -ano/-ana
    ("pt", "As tropas eritreias colocaram minas antipessoal na fronteira.", {"ERI"}),
    ("pt", "Soldados líbios plantaram minas em torno da base.", {"LBY"}),
    ("pt", "O exército tailandês instalou minas na área disputada.", {"THA"}),
    ("pt", "As forças marroquinas colocaram minas ao longo do muro.", {"MAR"}),
    ("pt", "Militares etíopes usaram minas antipessoal perto da cidade.", {"ETH"}),
    ("pt", "As tropas norte-coreanas colocaram minas na zona desmilitarizada.", {"PRK"}),
]  # fmt: skip

ACCUSATIONS = [
    # the active accusation: the accused is named after the verb
    ("fr", "L'Éthiopie accuse l'armée érythréenne d'avoir posé des mines près de Badmé.",
     {"ERI"}),
    ("fr", "Le Cambodge a accusé les soldats thaïlandais d'avoir enfoui de nouvelles mines.",
     {"THA"}),
    ("fr", "Kiev accusait Moscou d'avoir utilisé des mines papillon dans la région.", {"RUS"}),
    ("es", "Camboya acusó a las tropas tailandesas de haber sembrado nuevas minas.", {"THA"}),
    ("es", "Etiopía acusa al ejército eritreo de colocar minas en la frontera.", {"ERI"}),
    ("es", "Ucrania ha acusado a Rusia de utilizar minas antipersonal en Járkov.", {"RUS"}),
    ("it", "La Cambogia accusa i soldati thailandesi di aver piazzato nuove mine.", {"THA"}),
    ("it", "L'Etiopia ha accusato l'esercito eritreo di aver posato mine al confine.", {"ERI"}),
    ("it", "Kiev accusa Mosca di usare mine antiuomo nella regione di Kharkiv.", {"RUS"}),
    ("pt", "O Camboja acusou as tropas tailandesas de terem colocado novas minas.", {"THA"}),
    ("pt", "A Etiópia acusa o exército eritreu de ter plantado minas na fronteira.", {"ERI"}),
    ("pt", "A Ucrânia acusou a Rússia de usar minas antipessoal em Kharkiv.", {"RUS"}),
    # the passive accusation: the accused is the subject
    ("fr", "L'armée érythréenne est accusée d'avoir posé des mines près de Badmé.", {"ERI"}),
    ("fr", "Les soldats thaïlandais sont accusés d'avoir enfoui de nouvelles mines.", {"THA"}),
    ("fr", "La Russie a été accusée d'avoir utilisé des mines antipersonnel à Izioum.", {"RUS"}),
    ("es", "El ejército eritreo fue acusado de haber sembrado minas en la frontera.", {"ERI"}),
    ("es", "Las tropas tailandesas son acusadas de colocar nuevas minas.", {"THA"}),
    ("es", "Rusia ha sido acusada de usar minas antipersonal en Izium.", {"RUS"}),
    ("it", "L'esercito eritreo è accusato di aver posato mine al confine.", {"ERI"}),
    ("it", "Le truppe thailandesi sono state accusate di aver piazzato nuove mine.", {"THA"}),
    ("it", "La Russia è stata accusata di aver usato mine antiuomo a Izium.", {"RUS"}),
    ("pt", "O exército eritreu foi acusado de ter colocado minas na fronteira.", {"ERI"}),
    ("pt", "As tropas tailandesas são acusadas de colocar novas minas.", {"THA"}),
    ("pt", "A Rússia foi acusada de ter usado minas antipessoal em Izium.", {"RUS"}),
    # denounced, reported, confirmed: the use named by a noun with its agent, or a clause
    ("fr", "Human Rights Watch dénonce l'utilisation de mines antipersonnel par l'armée "
     "birmane.", {"MMR"}),
    ("fr", "L'ONU a confirmé que les forces soudanaises avaient posé des mines.", {"SDN"}),
    ("fr", "Le rapport signale l'emploi de mines par les troupes éthiopiennes.", {"ETH"}),
    ("es", "Human Rights Watch denunció el uso de minas antipersonal por parte del ejército "
     "birmano.", {"MMR"}),
    ("es", "La ONU confirmó que las fuerzas sudanesas habían sembrado minas.", {"SDN"}),
    ("es", "El informe documenta el empleo de minas por las tropas etíopes.", {"ETH"}),
    ("it", "Human Rights Watch denuncia l'uso di mine antiuomo da parte dell'esercito "
     "birmano.", {"MMR"}),
    ("it", "L'ONU ha confermato che le forze sudanesi avevano posato mine.", {"SDN"}),
    ("it", "Il rapporto documenta l'impiego di mine da parte delle truppe etiopi.", {"ETH"}),
    ("pt", "A Human Rights Watch denunciou o uso de minas antipessoal pelo exército "
     "birmanês.", {"MMR"}),
    ("pt", "A ONU confirmou que as forças sudanesas tinham colocado minas.", {"SDN"}),
    ("pt", "O relatório documenta o emprego de minas pelas tropas etíopes.", {"ETH"}),
]  # fmt: skip

HEDGED = [
    # a source first ("selon", "según", "secondo", "segundo") is never the accused, and the
    # conditional of reported speech is a use
    ("fr", "Selon le Cambodge, des soldats thaïlandais auraient posé des mines la semaine "
     "dernière.", {"THA"}),
    ("fr", "Selon l'Ukraine, les forces russes auraient disséminé des mines autour d'Izioum.",
     {"RUS"}),
    ("fr", "D'après Addis-Abeba, l'armée érythréenne aurait miné la route.", {"ERI"}),
    ("es", "Según Camboya, soldados tailandeses habrían sembrado minas la semana pasada.",
     {"THA"}),
    ("es", "Según Ucrania, las fuerzas rusas habrían colocado minas en torno a Izium.", {"RUS"}),
    ("es", "De acuerdo con Etiopía, el ejército eritreo habría instalado minas en la ruta.",
     {"ERI"}),
    ("it", "Secondo la Cambogia, soldati thailandesi avrebbero posato mine la settimana "
     "scorsa.", {"THA"}),
    ("it", "Secondo l'Ucraina, le forze russe avrebbero disseminato mine intorno a Izium.",
     {"RUS"}),
    ("it", "Stando all'Etiopia, l'esercito eritreo avrebbe minato la strada.", {"ERI"}),
    ("pt", "Segundo o Camboja, soldados tailandeses teriam colocado minas na semana passada.",
     {"THA"}),
    ("pt", "Segundo a Ucrânia, as forças russas teriam espalhado minas em torno de Izium.",
     {"RUS"}),
    ("pt", "De acordo com a Etiópia, o exército eritreu teria plantado minas na estrada.",
     {"ERI"}),
]  # fmt: skip

PASSIVE = [
    ("fr", "Des mines antipersonnel ont été posées par l'armée érythréenne près de la "
     "frontière.", {"ERI"}),
    ("fr", "Les engins explosifs auraient été enfouis par des soldats libyens.", {"LBY"}),
    ("fr", "Ces mines ont été placées par les forces marocaines en 1987.", {"MAR"}),
    ("es", "Las minas fueron sembradas por el ejército eritreo cerca de la frontera.", {"ERI"}),
    ("es", "Los artefactos explosivos habrían sido instalados por soldados libios.", {"LBY"}),
    ("es", "Estas minas fueron colocadas por las fuerzas marroquíes en 1987.", {"MAR"}),
    ("it", "Le mine sono state posate dall'esercito eritreo vicino al confine.", {"ERI"}),
    ("it", "Gli ordigni sarebbero stati piazzati da soldati libici.", {"LBY"}),
    ("it", "Queste mine furono posate dalle forze marocchine nel 1987.", {"MAR"}),
    ("pt", "As minas foram colocadas pelo exército eritreu perto da fronteira.", {"ERI"}),
    ("pt", "Os engenhos explosivos teriam sido plantados por soldados líbios.", {"LBY"}),
    ("pt", "Estas minas foram colocadas pelas forças marroquinas em 1987.", {"MAR"}),
]  # fmt: skip

PLACES = [
    # the place where the mines were laid accuses nobody
    ("fr", "En Ukraine, les forces russes ont posé des mines antipersonnel, et en Syrie le "
     "gouvernement a posé des mines.", {"RUS", "SYR"}),
    ("fr", "Les forces russes ont posé des mines en Ukraine et en Syrie.", {"RUS"}),
    ("fr", "Au Soudan, les forces tchadiennes ont enfoui des mines près de la frontière.",
     {"TCD"}),
    ("es", "En Ucrania, las fuerzas rusas sembraron minas antipersonal.", {"RUS"}),
    ("es", "Las fuerzas rusas colocaron minas en Ucrania y en Siria.", {"RUS"}),
    ("es", "En Sudán, las tropas chadianas instalaron minas cerca de la frontera.", {"TCD"}),
    ("it", "Secondo il rapporto, in Ucraina, le forze russe hanno utilizzato mine antiuomo, e "
     "in Siria il governo ha posato mine.", {"RUS", "SYR"}),
    ("it", "Le forze russe hanno posato mine in Ucraina e in Siria.", {"RUS"}),
    ("it", "In Sudan, le truppe ciadiane hanno sotterrato mine vicino al confine.", {"TCD"}),
    ("pt", "Na Ucrânia, as forças russas colocaram minas antipessoal, e na Síria o governo "
     "colocou minas.", {"RUS", "SYR"}),
    ("pt", "As forças russas colocaram minas na Ucrânia e na Síria.", {"RUS"}),
    ("pt", "No Sudão, as tropas chadianas enterraram minas perto da fronteira.", {"TCD"}),
]  # fmt: skip

# a state named as the user, the place after the verb
NAMED = [
    ("fr", "La Russie a posé des mines antipersonnel en Ukraine.", {"RUS"}),
    ("fr", "L'Érythrée aurait enfoui des mines en Éthiopie.", {"ERI"}),
    ("fr", "Le Maroc a utilisé des mines au Sahara occidental dans les années 1980.", {"MAR"}),
    ("es", "Rusia sembró minas antipersonal en Ucrania.", {"RUS"}),
    ("es", "Eritrea habría instalado minas en Etiopía.", {"ERI"}),
    ("es", "Marruecos colocó minas en el Sáhara Occidental en los años ochenta.", {"MAR"}),
    ("it", "La Russia ha posato mine antiuomo in Ucraina.", {"RUS"}),
    ("it", "L'Eritrea avrebbe sotterrato mine in Etiopia.", {"ERI"}),
    ("it", "Il Marocco ha utilizzato mine nel Sahara Occidentale.", {"MAR"}),
    ("pt", "A Rússia colocou minas antipessoal na Ucrânia.", {"RUS"}),
    ("pt", "A Eritreia teria enterrado minas na Etiópia.", {"ERI"}),
    ("pt", "Marrocos usou minas no Saara Ocidental.", {"MAR"}),
]  # fmt: skip

# wordings written after the banks above passed, run once before any fix (22 of 25 passed:
# the participle with its agent in Italian and Portuguese, and a suspicion, were fixed); and
# suspected users joined by "and"
FRESH = [
    ("fr", "Les autorités algériennes accusent les troupes marocaines d'avoir semé des mines le "
     "long du mur.", {"MAR"}),
    ("fr", "D'après un rapport de l'ONU, des soldats azerbaïdjanais auraient posé des mines près "
     "de Latchine.", {"AZE"}),
    ("fr", "Human Rights Watch a documenté l'utilisation de mines antipersonnel par les forces "
     "ukrainiennes autour d'Izioum.", {"UKR"}),
    ("fr", "Des mines posées par l'armée vénézuélienne ont été découvertes à la frontière "
     "colombienne.", {"VEN"}),
    ("fr", "Les rebelles houthis ont posé des milliers de mines au Yémen, selon le "
     "gouvernement.", {"YEM"}),
    ("fr", "Le Cambodge dénonce la pose de nouvelles mines par l'armée thaïlandaise.", {"THA"}),
    ("fr", "L'armée malienne et ses alliés russes sont soupçonnés d'avoir posé des mines près "
     "de Gao.", {"MLI", "RUS"}),
    ("es", "Las autoridades argelinas acusan a las tropas marroquíes de sembrar minas a lo largo "
     "del muro.", {"MAR"}),
    ("es", "De acuerdo con un informe de la ONU, soldados azerbaiyanos habrían colocado minas "
     "cerca de Lachín.", {"AZE"}),
    ("es", "Human Rights Watch documentó el uso de minas antipersonal por las fuerzas ucranianas "
     "en Izium.", {"UKR"}),
    ("es", "El Ejército de Myanmar ha sembrado minas en aldeas del estado de Kachin, denunció la "
     "ONU.", {"MMR"}),
    ("es", "Minas instaladas por el ejército venezolano fueron halladas en la frontera con "
     "Colombia.", {"VEN"}),
    ("es", "Camboya denunció la colocación de nuevas minas por parte del ejército tailandés.",
     {"THA"}),
    ("it", "Le autorità algerine accusano le truppe marocchine di aver seminato mine lungo il "
     "muro.", {"MAR"}),
    ("it", "Secondo un rapporto dell'ONU, soldati azeri avrebbero posato mine vicino a Lachin.",
     {"AZE"}),
    ("it", "Human Rights Watch ha documentato l'uso di mine antiuomo da parte delle forze "
     "ucraine a Izium.", {"UKR"}),
    ("it", "Mine posate dall'esercito venezuelano sono state trovate al confine con la "
     "Colombia.", {"VEN"}),
    ("it", "I ribelli houthi hanno piazzato migliaia di mine nello Yemen, secondo il governo.",
     {"YEM"}),
    ("it", "La Cambogia denuncia la posa di nuove mine da parte dell'esercito thailandese.",
     {"THA"}),
    ("it", "L'esercito maliano e i suoi alleati russi sono sospettati di aver posato mine vicino "
     "a Gao.", {"MLI", "RUS"}),
    ("pt", "As autoridades argelinas acusam as tropas marroquinas de semear minas ao longo do "
     "muro.", {"MAR"}),
    ("pt", "Segundo um relatório da ONU, soldados azerbaijanos teriam colocado minas perto de "
     "Lachin.", {"AZE"}),
    ("pt", "A Human Rights Watch documentou o uso de minas antipessoal pelas forças ucranianas "
     "em Izium.", {"UKR"}),
    ("pt", "Minas colocadas pelo exército venezuelano foram encontradas na fronteira com a "
     "Colômbia.", {"VEN"}),
    ("pt", "Os rebeldes houthis plantaram milhares de minas no Iêmen, segundo o governo.",
     {"YEM"}),
    ("pt", "O Camboja denunciou a colocação de novas minas pelo exército tailandês.", {"THA"}),
    ("pt", "O exército maliano e os seus aliados russos são suspeitos de ter colocado minas "
     "perto de Gao.", {"MLI", "RUS"}),
]  # fmt: skip

# (language, sentences, the state of each use claim): a group's use is placed where it laid
# the mines and kept apart from the use by that state's army told beside it (two claims)
GROUPS = [
    ("fr", "Des groupes armés ont posé des mines au Mali.", ["MLI"]),
    ("fr", "L'armée birmane a posé des mines en 2025. Des rebelles en ont également posé au "
     "Myanmar au cours de la même période.", ["MMR", "MMR"]),
    ("fr", "Les forces soudanaises ont utilisé des mines, et des milices ont posé des mines au "
     "Soudan.", ["SDN", "SDN"]),
    ("it", "Gruppi armati hanno posato mine in Mali.", ["MLI"]),
    ("it", "L'esercito birmano ha posato mine nel 2025. Anche i ribelli hanno posato mine in "
     "Myanmar nello stesso periodo.", ["MMR", "MMR"]),
    ("it", "Le forze sudanesi hanno utilizzato mine, e le milizie hanno posato mine in Sudan.",
     ["SDN", "SDN"]),
    ("pt", "Grupos armados colocaram minas no Mali.", ["MLI"]),
    ("pt", "O exército birmanês colocou minas em 2025. Os rebeldes também colocaram minas em "
     "Mianmar no mesmo período.", ["MMR", "MMR"]),
    ("pt", "As forças sudanesas usaram minas, e milícias colocaram minas no Sudão.",
     ["SDN", "SDN"]),
    ("es", "Grupos armados sembraron minas en Malí.", ["MLI"]),
    ("es", "Según el Ejército, en Antioquia hubo un herido por mina. Fue evacuado a Medellín. "
     "Los militares atribuyeron la instalación del artefacto a las disidencias de las FARC.",
     ["COL"]),
    ("es", "Las disidencias de las FARC instalaron minas en el Cauca.", ["COL"]),
    # a count of countries places the group's use in no one state
    ("fr", "Le Myanmar a enregistré 1 000 victimes des mines. Des groupes armés en ont posé dans "
     "au moins cinq pays.", [None]),
    ("it", "Il Myanmar ha registrato 1.000 vittime. Gruppi armati hanno posato mine in almeno "
     "cinque paesi.", [None]),
    ("pt", "Mianmar registou 1.000 vítimas. Grupos armados colocaram minas em pelo menos cinco "
     "países.", [None]),
]  # fmt: skip

NEGATIVE = [
    # denied, planned, a demonym on a victim or a deminer, another mine, no mines
    ("fr", "L'armée libyenne a démenti avoir posé des mines près de Syrte."),
    ("fr", "Un démineur éthiopien a été blessé par une mine près de la frontière."),
    ("fr", "Les forces marocaines pourraient poser des mines le long du mur."),
    ("fr", "Le ministre tchadien a accusé l'opposition de corruption."),
    ("es", "El ejército libio negó haber sembrado minas cerca de Sirte."),
    ("es", "Un desminador etíope resultó herido por una mina cerca de la frontera."),
    ("es", "Las fuerzas marroquíes podrían instalar minas a lo largo del muro."),
    ("es", "El ministro chadiano acusó a la oposición de corrupción."),
    ("it", "L'esercito libico ha negato di aver posato mine vicino a Sirte."),
    ("it", "Uno sminatore etiope è rimasto ferito da una mina vicino al confine."),
    ("it", "Le forze marocchine potrebbero posare mine lungo il muro."),
    ("it", "Il ministro ciadiano ha accusato l'opposizione di corruzione."),
    ("pt", "O exército líbio negou ter colocado minas perto de Sirte."),
    ("pt", "Um desminador etíope ficou ferido por uma mina perto da fronteira."),
    ("pt", "As forças marroquinas poderão colocar minas ao longo do muro."),
    ("pt", "O ministro chadiano acusou a oposição de corrupção."),
    # the mines found, cleared or counted: no one laid them here
    ("fr", "Des démineurs libyens ont retiré des mines posées il y a des décennies."),
    ("it", "La polizia ha negato che le forze libiche abbiano posato mine."),
    ("pt", "Soldados líbios retiraram minas perto de Sirte."),
    ("es", "Soldados libios retiraron minas cerca de Sirte."),
]  # fmt: skip


def _accused(language: str, text: str) -> set[str | None]:
    found = read(text, PUBLISHED, language)
    return {a for (a,) in project(found, "actor_iso3", kind="use_allegation")}


BANKS = {
    "adjective": ADJECTIVES,
    "accusation": ACCUSATIONS,
    "hedged": HEDGED,
    "passive": PASSIVE,
    "place": PLACES,
    "named": NAMED,
    "fresh": FRESH,
}


@pytest.mark.parametrize(
    ("language", "text", "accused"),
    [
        pytest.param(*row, id=f"{kind}-{n}")
        for kind, bank in BANKS.items()
        for n, row in enumerate(bank)
    ],
)
def test_the_states_accused(language: str, text: str, accused: set[str]) -> None:
    """Forces named by any state's adjective; accused, denounced, reported and confirmed uses
    in the active and the passive; hedged forms; the passive with its agent; the place, which
    accuses nobody; a state named before its verb."""
    assert _accused(language, text) == accused


@pytest.mark.parametrize(("language", "text"), NEGATIVE)
def test_no_use(language: str, text: str) -> None:
    assert _accused(language, text) == set()


@pytest.mark.parametrize(("language", "text", "uses"), GROUPS)
def test_armed_groups_kept_apart_from_the_army(
    language: str, text: str, uses: list[str | None]
) -> None:
    found = read(text, PUBLISHED, language)
    states = [a for (a,) in project(found, "actor_iso3", kind="use_allegation")]
    assert sorted(states, key=str) == uses


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Ces champs de mines datent des années 1980, lorsque les troupes libyennes "
         "avaient miné la zone."),
        ("it", "I campi minati risalgono agli anni 1980, quando le truppe libiche avevano "
         "posato mine."),
        ("pt", "Os campos minados datam dos anos 1980, quando tropas líbias colocaram minas."),
        ("es", "Los campos minados datan de la década de 1980, cuando tropas libias sembraron "
         "minas."),
    ],
)  # fmt: skip
def test_a_decade_dates_no_laying(language: str, text: str) -> None:
    found = read(text, PUBLISHED, language)
    assert project(found, "actor_iso3", "date", kind="use_allegation") == [("LBY", None)]
