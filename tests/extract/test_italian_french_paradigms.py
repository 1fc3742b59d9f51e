"""Italian and French news sentences of our own, one bank per mechanism, written for the
Italian and French readers' blind scores (issue 8, xitfr pass, 1 December 2026): each row's
claims are what a reader should file; the negatives must file nothing (or no such claim).
None is drawn from a studied passage. Published Thursday 13 March 2025."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from minewatch.extract.dates import Anchor

from .tables import Claim, casualty, claims, counted, dates_in, policy, step, use

PUBLISHED = PartialDate(2025, 3, 13)

# A ban or restrictions on mines lifted, and a transfer or use of mines allowed, in any tense:
# the state's policy, read before the use that "l'uso ... dall'esercito" would make.
LIFTED: list[tuple[str, str, list[Claim]]] = [
    ("it",
     "Gli Stati Uniti hanno revocato martedì il divieto di usare mine antiuomo fuori dalla "
     "penisola coreana.",
     [policy("USA", "2025-03-11")]),
    ("it",
     "Il segretario alla Difesa americano ha firmato lunedì un memorandum che revoca le "
     "restrizioni sull'uso delle mine antiuomo decise dal governo precedente.",
     [policy("USA", "2025-03-10")]),
    ("it",
     "La Corea del Sud ha allentato mercoledì i limiti all'impiego di mine antiuomo lungo il "
     "confine.",
     [policy("KOR", "2025-03-12")]),
    ("it",
     "Washington autorizza la fornitura di mine antiuomo all'Ucraina, ha detto martedì il "
     "Pentagono.",
     [policy("USA", "2025-03-11")]),
    ("it",
     "Il presidente americano ha autorizzato lunedì la consegna di mine antiuomo a Kiev.",
     [policy("USA", "2025-03-10")]),
    # not a policy on mines, or not decided
    ("it", "Gli Stati Uniti hanno revocato martedì le sanzioni contro la Siria.", []),
    ("it",
     "La Polonia potrebbe revocare il divieto sulle mine antiuomo, secondo alcuni analisti.", []),
    ("it",
     "Il governo ha autorizzato lunedì la costruzione di una nuova strada vicino alla miniera.",
     []),
    ("it",
     "L'esercito russo ha revocato il coprifuoco a Kherson, dove le mine restano un pericolo.",
     []),
    ("it",
     "Il prefetto ha revocato martedì le restrizioni alla circolazione nella zona, dove sono "
     "state trovate mine.",
     []),
    # French in the present and with a day between, as the Italian
    ("fr",
     "Les États-Unis ont levé mardi l'interdiction d'utiliser des mines antipersonnel hors de "
     "la péninsule coréenne.",
     [policy("USA", "2025-03-11")]),
    ("fr",
     "Washington autorise la livraison de mines antipersonnel à l'Ukraine, a indiqué mardi le "
     "Pentagone.",
     [policy("USA", "2025-03-11")]),
    ("fr",
     "Séoul lève l'interdiction de l'emploi de mines antipersonnel le long de la frontière, a "
     "annoncé lundi le ministère.",
     [policy("KOR", "2025-03-10")]),
    ("fr", "La Maison Blanche a levé mardi les restrictions à l'emploi de mines antipersonnel.",
     [policy("USA", "2025-03-11")]),
    ("fr", "Les États-Unis ont levé mardi les sanctions contre la Syrie.", []),
    ("fr",
     "Le gouvernement autorise la construction d'une route près de l'ancienne mine de charbon.",
     []),
    ("fr",
     "Le gouvernement a levé mardi les restrictions de circulation dans la zone, où des mines "
     "ont été trouvées.",
     []),
    # refused with the verb's own negation, its "ne" elided
    ("fr",
     "Washington n'autorise pas la livraison de mines antipersonnel à l'Ukraine, a déclaré "
     "mardi le porte-parole.",
     []),
    ("fr", "Le gouvernement n'abroge pas l'interdiction de l'emploi de mines antipersonnel.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), LIFTED)
def test_a_ban_lifted_or_a_transfer_allowed_is_a_policy(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(text, PUBLISHED, language) == expected


# A year-less date takes the year of its own clause, not one in a clause that starts after it
# ("che", "qui", "dont"): "firmato il 2 dicembre un memorandum che revoca le restrizioni
# introdotte nel 2022" is December of the publication year.
YEAR_OF_ITS_CLAUSE: list[tuple[str, str, list[str | None]]] = [
    ("it",
     "Il ministro ha firmato il 2 marzo un decreto che abroga le norme adottate nel 2019.",
     ["2025-03-02", "2019"]),
    ("it",
     "Il governo ha approvato il 10 febbraio una legge, dopo il voto del 2023.",
     ["2025-02-10", "2023"]),
    ("fr",
     "Le ministre a signé le 4 mars un décret qui lève les restrictions adoptées en 2022.",
     ["2025-03-04", "2022"]),
    ("fr",
     "La Lituanie a voté le 6 février une loi dont le texte date de 2021.",
     ["2025-02-06", "2021"]),
    # the year in the date's own clause still counts
    ("it", "Il 2 marzo, nel 2022, il governo ha firmato un decreto.", ["2022-03-02", "2022"]),
    ("fr", "Le 4 mars, en 2021, le ministre a signé un décret.", ["2021-03-04", "2021"]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), YEAR_OF_ITS_CLAUSE)
def test_a_year_less_date_takes_the_year_of_its_own_clause(
    language: str, text: str, expected: list[str | None]
) -> None:
    assert dates_in(text, Anchor(PUBLISHED), language) == expected


# The Italian subject after its verb ("sono morti martedì tre bambini", "è morto domenica un
# contadino", "ne sono rimaste ferite due"), with a year before it no count ("Nel 2024 sono
# state uccise ... 1.200 persone"); "un" after the verb is an article, a day no count.
AFTER_THE_VERB: list[tuple[str, list[Claim]]] = [
    ("Nella provincia di Helmand, in Afghanistan, sono morti martedì tre bambini "
     "nell'esplosione di una mina.",
     [casualty("AFG", "2025-03-11", 3, None)]),
    ("Lunedì sono rimasti feriti due soldati colombiani in un campo minato del Cauca.",
     [casualty("COL", "2025-03-10", None, 2)]),
    ("Nel 2024 sono state uccise dalle mine 1.200 persone in Myanmar, secondo il rapporto.",
     [casualty("MMR", "2024", 1200, None)]),
    ("Nell'esplosione di una mina a Kharkiv, in Ucraina, sono morte quattro persone e ne sono "
     "rimaste ferite due.",
     [casualty("UKR", "2025-03", 4, 2)]),
    ("In Cambogia è morto domenica un contadino dopo aver calpestato una mina antiuomo.",
     [casualty("KHM", "2025-03-09", 1, None)]),
    ("Hanno perso la vita due sminatori angolani mercoledì durante la bonifica di un campo "
     "minato.",
     [casualty("AGO", "2025-03-12", 2, None)]),
    ("Tre civili sono morti e due sono rimasti feriti martedì su una mina in Siria.",
     [casualty("SYR", "2025-03-11", 3, 2)]),
    # no count: a day, an article, an age
    ("Sono stati uccisi il 12 marzo in un campo minato, ricorda la famiglia.", []),
    ("È morto all'età di 80 anni il fondatore della campagna contro le mine antiuomo.", []),
    ("Sono morti di fame e di freddo 2.000 profughi nei campi, dove non ci sono mine.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER_THE_VERB)
def test_italian_victims_counted_after_their_verb(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "it") == expected


# A state's forces named in a sentence before ("ha accusato le forze russe di aver disseminato
# le mine") laid the mines: not the place of a harm told after it, which keeps the place named
# before them; a count "dall'inizio dell'anno" is a statistic apart from the day's blast.
FORCES_BEFORE: list[tuple[str, str, list[Claim]]] = [
    ("it",
     "Un contadino è morto lunedì su una mina nella regione di Kharkiv. Il governatore ha "
     "accusato le forze russe di aver disseminato mine nei campi. Dall'inizio dell'anno nella "
     "regione sono rimaste ferite dalle mine 14 persone.",
     [casualty("UKR", "2025-03-10", 1, None), use("RUS"), casualty("UKR", "2025-03", None, 14)]),
    ("it",
     "Due pastori sono rimasti feriti martedì da una mina vicino a Idlib, in Siria. Secondo "
     "l'ong, le truppe russe avevano minato la zona. Finora nella provincia sono morte sei "
     "persone.",
     [casualty("SYR", "2025-03-11", None, 2), use("RUS"), casualty("SYR", "2025-03", 6, None)]),
    ("fr",
     "Un berger a été blessé mardi par une mine près de Tombouctou, au Mali. L'armée accuse "
     "les forces russes d'avoir posé des mines. Depuis le début de l'année, huit civils ont été "
     "tués dans la région.",
     [casualty("MLI", "2025-03-11", None, 1), use("RUS"), casualty("MLI", "2025-03", 8, None)]),
    # the harm's own sentence keeps the forces it names
    ("it",
     "Il governatore ha accusato le forze russe di aver minato i campi. Tre soldati russi sono "
     "rimasti feriti martedì da una mina vicino a Belgorod.",
     [use("RUS"), casualty("RUS", "2025-03-11", None, 3)]),
    ("it",
     "Le forze ucraine hanno bonificato un campo a Kharkiv. Dall'inizio dell'anno nella "
     "regione sono morte per le mine 9 persone.",
     [casualty("UKR", "2025-03", 9, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), FORCES_BEFORE)
def test_forces_named_before_are_not_the_place_of_the_harm(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(text, PUBLISHED, language) == expected


# Italian and French names of capitals and seats of power that differ from the English ("Seul",
# "Damasco", "Kaboul", "Pentagono", "Maison Blanche"), the French "burkinabè", and the national
# campaigns of the ban movement by name ("la Campagne belge contre les mines"), which name no
# state, unlike the countryside ("la campagna siriana", "la campagne afghane").
NAMED_STATES: list[tuple[str, str, list[Claim]]] = [
    ("it",
     "A Damasco, due bambini sono morti martedì nell'esplosione di un ordigno inesploso.",
     [casualty("SYR", "2025-03-11", 2, None)]),
    ("fr", "À Kaboul, deux enfants ont été tués mardi par une mine.",
     [casualty("AFG", "2025-03-11", 2, None)]),
    ("fr", "Le Pentagone a autorisé la livraison de mines antipersonnel à l'Ukraine lundi.",
     [policy("USA", "2025-03-10")]),
    ("it", "La Casa Bianca ha revocato martedì le restrizioni sull'impiego di mine antiuomo.",
     [policy("USA", "2025-03-11")]),
    ("fr", "Deux soldats burkinabè ont été tués lundi par une mine près de Djibo.",
     [casualty("BFA", "2025-03-10", 2, None)]),
    ("fr",
     "Selon la Campagne belge contre les mines, 1 200 personnes ont été tuées par des mines en "
     "2024.",
     [casualty(None, "2024", 1200, None)]),
    ("fr",
     "Selon la Campagne française contre les mines, 1 200 personnes ont été tuées par des "
     "mines en 2024.",
     [casualty(None, "2024", 1200, None)]),
    # the countryside is the state's; a capital with no mines is no event
    ("it", "Nella campagna siriana due pastori sono morti martedì su una mina.",
     [casualty("SYR", "2025-03-11", 2, None)]),
    ("fr", "Dans la campagne afghane, deux enfants ont été tués mardi par une mine.",
     [casualty("AFG", "2025-03-11", 2, None)]),
    ("it", "Un turista è stato ferito a Praga in un incidente stradale.", []),
    ("fr", "Les ministres se sont réunis à Alger pour parler de commerce.", []),
    # a capital spoken from is the speaker's seat, not the place of the harm told
    ("it",
     "Parlando da Damasco, l'inviato dell'ONU ha detto che tre bambini sono morti martedì per "
     "una mina nel sud del Libano.",
     [casualty("LBN", "2025-03-11", 3, None)]),
    ("fr",
     "Depuis Le Caire, le ministre a annoncé que deux enfants ont été tués mardi par une mine "
     "en Libye.",
     [casualty("LBY", "2025-03-11", 2, None)]),
    ("it", "Da Kabul il portavoce ha detto che due pastori sono morti martedì su una mina.",
     [casualty("AFG", "2025-03-11", 2, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), NAMED_STATES)
def test_capitals_seats_of_power_and_campaigns(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(text, PUBLISHED, language) == expected


# "Mina" as a quarry's or a tunnel's blasting charge ("il brillamento delle mine in una cava di
# marmo") or a pencil's lead is no landmine, unless the sentence names war's mines.
QUARRY: list[tuple[str, list[Claim]]] = [
    ("Un operaio è rimasto ferito martedì in una cava di marmo durante il brillamento delle "
     "mine.", []),
    ("Due cavatori sono morti quando una mina è esplosa in anticipo nella cava di granito.", []),
    ("Un minatore è rimasto ferito nel cantiere della galleria dopo l'esplosione di una mina.",
     []),
    ("La mina della matita si è spezzata.", []),
    # war's mines near a quarry or a tunnel
    ("Un pastore bosniaco è morto lunedì su una mina antiuomo vicino a una cava abbandonata.",
     [casualty("BIH", "2025-03-10", 1, None)]),
    ("Due sminatori croati sono rimasti feriti martedì durante la bonifica di un campo minato "
     "vicino alla galleria.",
     [casualty("HRV", "2025-03-11", None, 2)]),
    ("Tre civili sono morti martedì su una mina anticarro vicino al cantiere del ponte di "
     "Kherson.",
     [casualty("UKR", "2025-03-11", 3, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUARRY)
def test_a_quarry_blasting_charge_is_no_landmine(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "it") == expected


# The leaving told in the future, then who announced it ("La Finlandia si ritirerà dalla
# Convenzione, ha annunciato martedì il premier"): the announcement of that day; the future
# alone, or on a condition, is none.
FUTURE_ANNOUNCED: list[tuple[str, str, list[Claim]]] = [
    ("it",
     "La Finlandia si ritirerà dalla Convenzione di Ottawa, ha annunciato martedì il premier "
     "Orpo.",
     [step("FIN", "2025-03-11", "announce_intent_to_withdraw")]),
    ("it",
     "La Polonia uscirà dal trattato di Ottawa sulle mine antiuomo, ha detto lunedì il ministro "
     "della Difesa.",
     [step("POL", "2025-03-10", "announce_intent_to_withdraw")]),
    ("it",
     "La Lituania lascerà la Convenzione di Ottawa, hanno annunciato mercoledì i vertici del "
     "governo.",
     [step("LTU", "2025-03-12", "announce_intent_to_withdraw")]),
    ("fr",
     "La Finlande se retirera de la convention d'Ottawa, a annoncé mardi le Premier ministre.",
     [step("FIN", "2025-03-11", "announce_intent_to_withdraw")]),
    ("fr",
     "La Pologne quittera le traité d'Ottawa sur les mines antipersonnel, a déclaré lundi le "
     "ministre de la Défense.",
     [step("POL", "2025-03-10", "announce_intent_to_withdraw")]),
    ("fr",
     "L'Estonie sortira de la convention d'Ottawa, ont fait savoir mercredi les autorités.",
     [step("EST", "2025-03-12", "announce_intent_to_withdraw")]),
    ("it", "Il ritiro della Finlandia dalla Convenzione di Ottawa entrerà in vigore a gennaio.",
     []),
    ("it",
     "La Finlandia si ritirerà dalla Convenzione di Ottawa solo se il Parlamento lo approverà.",
     []),
    ("fr", "Le retrait de la Finlande de la convention d'Ottawa prendra effet en janvier.", []),
    ("fr", "La Finlande se retirera de la convention d'Ottawa si le Parlement l'approuve.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), FUTURE_ANNOUNCED)
def test_a_leaving_in_the_future_then_who_announced_it(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(text, PUBLISHED, language) == expected


# A ranking of victims with each state's figure in brackets, thousands with a dot ("la Siria è
# il Paese con più vittime (2.729), seguita dall'Afghanistan (1.474)"): each state's total.
RANKED: list[tuple[str, list[Claim]]] = [
    ("Nel 2024 le mine hanno fatto 5.000 vittime nel mondo. La Siria è il Paese con più "
     "vittime (2.729), seguita dall'Afghanistan (1.474).",
     [counted(None, "2024", 5000), counted("SYR", "2024", 2729), counted("AFG", "2024", 1474)]),
    ("Secondo il rapporto sulle mine, nel 2023 il Myanmar è il Paese con il maggior numero di "
     "vittime (1.003), seguito dalla Siria (933).",
     [counted("MMR", "2023", 1003), counted("SYR", "2023", 933)]),
    ("Nel 2022 l'Ucraina ha registrato più vittime (608) di ogni altro Paese per le mine.",
     [counted("UKR", "2022", 608)]),
    # no figure of victims in the brackets
    ("La Siria è il Paese con più vittime (il 40% del totale) secondo il rapporto sulle mine.",
     []),
    ("Il Paese con più vittime (nel 2024) resta la Siria, dove le mine sono ovunque.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RANKED)
def test_a_ranking_of_victims_in_brackets(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "it") == expected


# Use by armed groups as Monitor reports tell it: Italian "non" before an adjective is no
# negation ("gruppi armati non statali", "mine non persistenti"); the places after one
# preposition or after "Paesi:"/"pays :" in a bare list each get the use; the mines as a
# pronoun before the participle after a sentence about them ("le hanno piazzate", "ne hanno
# posate altre").
GROUPS_LISTED: list[tuple[str, str, list[Claim]]] = [
    ("it", "Gruppi armati non statali hanno utilizzato mine in Colombia.", [use("COL")]),
    ("it",
     "Gruppi armati non statali hanno utilizzato mine in almeno quattro Paesi: Afghanistan, "
     "Colombia, Nigeria e Pakistan.",
     [use("AFG"), use("COL"), use("NGA"), use("PAK")]),
    ("it",
     "Gruppi armati non statali hanno utilizzato mine in Afghanistan, Colombia, Nigeria e "
     "Pakistan.",
     [use("AFG"), use("COL"), use("NGA"), use("PAK")]),
    ("fr",
     "Des groupes armés non étatiques ont utilisé des mines dans au moins quatre pays : "
     "Afghanistan, Colombie, Nigeria et Pakistan.",
     [use("AFG"), use("COL"), use("NGA"), use("PAK")]),
    ("it",
     "Le mine antiuomo restano un pericolo in Ucraina. Secondo Kiev, le truppe russe le hanno "
     "piazzate lungo il fiume Dnipro.",
     [use("RUS")]),
    ("it",
     "Le mine antiuomo sono vietate dal trattato. Le forze birmane ne hanno posate altre nel "
     "Rakhine, denuncia Amnesty.",
     [use("MMR")]),
    # a negation, forces named, a place that is no list, a pronoun for something else
    ("it", "L'esercito non ha posato mine nella regione, ha detto il ministro.", []),
    ("it", "I ribelli hanno piazzato mine in Colombia, secondo il Perù.", [use("COL")]),
    ("it",
     "Le mine antiuomo sono vietate. Gli agricoltori le hanno trovate nei campi di Kharkiv.", []),
    ("it", "Il governo ha comprato nuove bandiere. I soldati le hanno piazzate sul ponte.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), GROUPS_LISTED)
def test_armed_groups_in_listed_countries(language: str, text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, language) == expected
