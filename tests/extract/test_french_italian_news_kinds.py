"""French and Italian news sentences of our own, one bank per event type (treaty steps, use,
casualties, clearance, stockpiles, policy), written in typical wire phrasing before the first
run and not drawn from any studied passage (issue 8: the never-seen score of French and
Italian). Each row's claims are what a reader should file; the negatives must file nothing.
Published Thursday 16 May 2024."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import (
    FIELDS,
    Claim,
    casualty,
    cleared,
    counted,
    destroyed,
    policy,
    project,
    read,
    step,
    use,
)

PUBLISHED = PartialDate(2024, 5, 16)


def claims(language: str, text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, language), *FIELDS)


STEPS = [
    ('fr',
     'Le Parlement letton a approuvé jeudi le retrait de la Lettonie de la convention'
     " d'Ottawa.",
     [step('LVA', '2024-05-16', 'parliament_approves_withdrawal')]),
    ('fr',
     'La Finlande a annoncé mardi son intention de se retirer de la convention '
     "d'Ottawa sur les mines antipersonnel.",
     [step('FIN', '2024-05-14', 'announce_intent_to_withdraw')]),
    ('fr',
     'La Lituanie a officiellement notifié lundi aux Nations unies son retrait du '
     "traité d'Ottawa.",
     [step('LTU', '2024-05-13', 'withdrawal_notified')]),
    ('fr',
     "Le retrait de l'Estonie de la convention d'Ottawa est entré en vigueur samedi.",
     [step('EST', '2024-05-11', 'withdrawal_effective')]),
    ('fr',
     "Les Îles Marshall ont adhéré mercredi à la convention d'Ottawa, devenant le "
     '165e État partie.',
     [step('MHL', '2024-05-15', 'join')]),
    ('fr',
     'Les députés ukrainiens ont voté mardi en faveur de la sortie du pays de la '
     "convention sur l'interdiction des mines antipersonnel.",
     [step('UKR', '2024-05-14', 'parliament_approves_withdrawal')]),
    ('fr',
     "Le gouvernement polonais a décidé vendredi de quitter la convention d'Ottawa, a"
     ' annoncé le Premier ministre.',
     [step('POL', '2024-05-10', 'announce_intent_to_withdraw')]),
    ('fr',
     "La convention d'Ottawa est entrée en vigueur pour le Sri Lanka le 1er juin "
     '2018.',
     [step('LKA', '2018-06-01', 'entry_into_force')]),
    ('fr',
     'Le Sénat polonais a adopté mercredi la loi sur le retrait de la Pologne du '
     "traité d'Ottawa.",
     [step('POL', '2024-05-15', 'parliament_approves_withdrawal')]),
    ('fr',
     "Les Tuvalu ont ratifié la convention d'Ottawa le 13 septembre 2011.",
     [step('TUV', '2011-09-13', 'join')]),
    ('fr',
     "Riga a déposé mercredi auprès de l'ONU l'instrument de retrait de la convention"
     " d'Ottawa.",
     [step('LVA', '2024-05-15', 'withdrawal_notified')]),
    ('it',
     'Il Parlamento lettone ha approvato giovedì il ritiro della Lettonia dalla '
     'Convenzione di Ottawa.',
     [step('LVA', '2024-05-16', 'parliament_approves_withdrawal')]),
    ('it',
     "La Finlandia ha annunciato martedì l'intenzione di ritirarsi dal Trattato di "
     'Ottawa sulle mine antiuomo.',
     [step('FIN', '2024-05-14', 'announce_intent_to_withdraw')]),
    ('it',
     'La Lituania ha notificato lunedì alle Nazioni Unite il proprio ritiro dalla '
     'Convenzione di Ottawa.',
     [step('LTU', '2024-05-13', 'withdrawal_notified')]),
    ('it',
     "È entrato in vigore sabato il ritiro dell'Estonia dal Trattato di Ottawa.",
     [step('EST', '2024-05-11', 'withdrawal_effective')]),
    ('it',
     'Le Isole Marshall hanno aderito mercoledì alla Convenzione di Ottawa.',
     [step('MHL', '2024-05-15', 'join')]),
    ('it',
     "Il Sejm polacco ha votato mercoledì a favore dell'uscita della Polonia dal "
     'Trattato di Ottawa.',
     [step('POL', '2024-05-15', 'parliament_approves_withdrawal')]),
    ('it',
     'Il governo ucraino ha deciso venerdì di abbandonare la Convenzione di Ottawa.',
     [step('UKR', '2024-05-10', 'announce_intent_to_withdraw')]),
    ('it',
     'Lo Sri Lanka ha ratificato la Convenzione di Ottawa nel dicembre 2017.',
     [step('LKA', '2017-12', 'join')]),
    ('it',
     'Il Senato polacco ha dato il via libera martedì alla legge sul recesso dalla '
     'Convenzione di Ottawa.',
     [step('POL', '2024-05-14', 'parliament_approves_withdrawal')]),
    ('it',
     'La Convenzione di Ottawa è entrata in vigore per la Palestina il 1° giugno '
     '2018.',
     [step('PSE', '2018-06-01', 'entry_into_force')]),
    ('it',
     "Riga ha depositato mercoledì presso l'Onu lo strumento di recesso dalla "
     'Convenzione di Ottawa.',
     [step('LVA', '2024-05-15', 'withdrawal_notified')]),
]  # fmt: skip


USES = [
    ('fr',
     "L'armée birmane a posé des mines antipersonnel autour de plusieurs villages de "
     "l'État de Rakhine, affirme Amnesty International.",
     [use('MMR')]),
    ('fr',
     'Selon Human Rights Watch, les forces russes ont utilisé des mines antipersonnel'
     ' dans la région de Kharkiv en 2022.',
     [use('RUS', '2022')]),
    ('fr',
     "Kiev accuse Moscou d'avoir miné les berges du Dniepr avant de se retirer de "
     'Kherson.',
     [use('RUS')]),
    ('fr',
     'Des combattants jihadistes ont enfoui des engins explosifs et des mines sur les'
     " routes du centre du Mali, selon l'ONU.",
     [use('MLI')]),
    ('fr',
     'Les rebelles houthis continuent de poser des mines dans la province de Hodeïda,'
     ' dénonce le gouvernement yéménite.',
     [use('YEM')]),
    ('fr',
     "L'Azerbaïdjan accuse l'Arménie d'avoir placé de nouvelles mines le long de la "
     'frontière.',
     [use('ARM')]),
    ('fr',
     'Des mines antipersonnel ont été posées récemment par des groupes armés dans le '
     'département du Cauca, en Colombie.',
     [use('COL', '2024-05')]),
    ('fr',
     "Le rapport accuse les forces ukrainiennes d'avoir dispersé des mines papillons "
     "sur la ville d'Izioum en 2022.",
     [use('UKR', '2022')]),
    ('fr',
     'La junte birmane recourt massivement aux mines antipersonnel, selon '
     "l'Observatoire des mines.",
     [use('MMR')]),
    ('fr',
     'Les soldats russes ont truffé de mines les champs autour de Bakhmout, en '
     'Ukraine.',
     [use('RUS')]),
    ('fr',
     'Les troupes russes ont laissé des milliers de mines derrière elles en quittant '
     'la région de Kiev.',
     [use('RUS')]),
    ('it',
     "Secondo Amnesty International, l'esercito birmano ha piazzato mine antiuomo "
     'vicino ai villaggi dello Stato Rakhine.',
     [use('MMR')]),
    ('it',
     'Le truppe russe hanno disseminato mine antiuomo nei campi intorno a Izium nel '
     '2022, denuncia Human Rights Watch.',
     [use('RUS', '2022')]),
    ('it',
     'Kiev accusa Mosca di aver minato le rive del Dnipro.',
     [use('RUS')]),
    ('it',
     'I ribelli Houthi continuano a piazzare mine nella provincia di Hodeidah, accusa'
     ' il governo yemenita.',
     [use('YEM')]),
    ('it',
     'Le forze ucraine avrebbero usato mine antiuomo a farfalla nella città di Izium,'
     ' secondo il rapporto.',
     [use('UKR')]),
    ('it',
     'Gruppi armati hanno seminato mine antiuomo lungo le strade del Cauca, in '
     'Colombia.',
     [use('COL')]),
    ('it',
     "L'Azerbaigian accusa l'Armenia di aver posato nuove mine lungo il confine.",
     [use('ARM')]),
    ('it',
     'La giunta militare del Myanmar fa largo uso di mine antiuomo, secondo il '
     'Landmine Monitor.',
     [use('MMR')]),
    ('it',
     'I soldati russi hanno minato i campi agricoli prima di ritirarsi da Kherson.',
     [use('RUS')]),
    ('it',
     'Mine antiuomo sono state posate di recente da gruppi jihadisti nel centro del '
     'Mali.',
     [use('MLI', '2024-05')]),
    ('it',
     'Le truppe russe hanno lasciato migliaia di mine dietro di sé ritirandosi dalla '
     'regione di Kiev.',
     [use('RUS')]),
]  # fmt: skip


CASUALTIES = [
    ('fr',
     "Deux enfants ont été tués et un troisième blessé dimanche par l'explosion d'une"
     ' mine dans la province de Kandahar, en Afghanistan.',
     [casualty('AFG', '2024-05-12', 2, None)]),
    ('fr',
     'Un soldat colombien a perdu la vie mercredi en marchant sur une mine '
     "antipersonnel dans le département d'Antioquia.",
     [casualty('COL', '2024-05-15', 1, None)]),
    ('fr',
     "Trois démineurs ont été blessés lundi par l'explosion d'une mine dans la "
     'province de Battambang, au Cambodge.',
     [casualty('KHM', '2024-05-13', None, 3)]),
    ('fr',
     "Une mine a explosé mardi au passage d'un véhicule au Mali, tuant quatre civils "
     'et en blessant deux autres.',
     [casualty('MLI', '2024-05-14', 4, 2)]),
    ('fr',
     "L'an dernier, les mines et les restes explosifs de guerre ont fait 1 200 "
     "victimes en Syrie, selon l'ONU.",
     [counted('SYR', '2023', 1200)]),
    ('fr',
     'Un berger de 17 ans a succombé à ses blessures après avoir sauté sur une mine '
     'vendredi dans le sud du Maroc.',
     [casualty('MAR', '2024-05-10', 1, None)]),
    ('fr',
     'En Ukraine, 12 civils ont été tués et 30 blessés par des mines depuis le début '
     "de l'année, selon le ministère de l'Intérieur.",
     [casualty('UKR', '2024-05', 12, 30)]),
    ('fr',
     'Deux fillettes ont été grièvement blessées jeudi par une mine antipersonnel au '
     'Yémen.',
     [casualty('YEM', '2024-05-16', None, 2)]),
    ('fr',
     'Un agriculteur a été tué samedi lorsque son tracteur a roulé sur une mine '
     'antichar dans la région de Kherson, en Ukraine.',
     [casualty('UKR', '2024-05-11', 1, None)]),
    ('fr',
     "Cinq personnes, dont trois enfants, ont péri dans l'explosion d'une mine lundi "
     'en Somalie.',
     [casualty('SOM', '2024-05-13', 5, None)]),
    ('fr',
     'Au Cambodge, 40 personnes avaient été tuées ou blessées par des mines au '
     'premier trimestre.',
     [counted('KHM', '2024-03', 40)]),
    ('it',
     "Due bambini sono stati uccisi e un terzo ferito domenica dall'esplosione di una"
     ' mina nella provincia di Kandahar, in Afghanistan.',
     [casualty('AFG', '2024-05-12', 2, None)]),
    ('it',
     'Un soldato colombiano è morto mercoledì dopo aver calpestato una mina antiuomo '
     'nel dipartimento di Antioquia.',
     [casualty('COL', '2024-05-15', 1, None)]),
    ('it',
     'Tre sminatori sono rimasti feriti lunedì in Cambogia per lo scoppio di una mina'
     ' nella provincia di Battambang.',
     [casualty('KHM', '2024-05-13', None, 3)]),
    ('it',
     'Una mina è esplosa martedì al passaggio di un veicolo in Mali, uccidendo '
     'quattro civili e ferendone due.',
     [casualty('MLI', '2024-05-14', 4, 2)]),
    ('it',
     "L'anno scorso mine e residuati bellici hanno causato 1.200 vittime in Siria, "
     "secondo l'Onu.",
     [counted('SYR', '2023', 1200)]),
    ('it',
     'Un pastore di 17 anni è morto venerdì saltando su una mina nel sud del Marocco.',
     [casualty('MAR', '2024-05-10', 1, None)]),
    ('it',
     'Due bambine sono state gravemente ferite giovedì da una mina antiuomo nello '
     'Yemen.',
     [casualty('YEM', '2024-05-16', None, 2)]),
    ('it',
     'Un agricoltore ha perso la vita sabato quando il suo trattore ha urtato una '
     'mina anticarro nella regione di Kherson, in Ucraina.',
     [casualty('UKR', '2024-05-11', 1, None)]),
    ('it',
     "Cinque persone, tra cui tre bambini, sono morte nell'esplosione di una mina "
     'lunedì in Somalia.',
     [casualty('SOM', '2024-05-13', 5, None)]),
    ('it',
     "In Ucraina 12 civili sono stati uccisi e 30 feriti da mine dall'inizio "
     "dell'anno.",
     [casualty('UKR', '2024-05', 12, 30)]),
]  # fmt: skip


CLEARANCE = [
    ('fr',
     'Les démineurs ukrainiens ont neutralisé plus de 2 000 mines la semaine dernière'
     ' dans la région de Kharkiv.',
     [cleared('UKR', '2024-05', 2000, 'mines')]),
    ('fr',
     "En 2023, le Cambodge a déminé 120 kilomètres carrés de terres, selon l'autorité"
     ' nationale.',
     [cleared('KHM', '2023', 120, 'km2')]),
    ('fr',
     "L'ONG HALO Trust a dépollué 45 hectares dans la province de Cuando Cubango, en "
     'Angola, depuis janvier.',
     [cleared('AGO', '2024-05', 45, 'ha')]),
    ('fr',
     'Au total, 3 500 mines antipersonnel ont été retirées des champs colombiens au '
     'cours du premier trimestre.',
     [cleared('COL', '2024-03', 3500, 'mines')]),
    ('fr',
     'Les équipes du Centre de déminage ont détruit 540 mines et 1 200 munitions non '
     'explosées en avril en Bosnie-Herzégovine.',
     [cleared('BIH', '2024-04', 540, 'mines')]),
    ('fr',
     'La Croatie a déclaré avoir nettoyé 25 millions de mètres carrés de terrains '
     "minés l'an dernier.",
     [cleared('HRV', '2023', 25000000, 'm2')]),
    ('fr',
     'Plus de 800 mines ont été désamorcées par les démineurs irakiens dans la '
     "province d'Anbar en mars.",
     [cleared('IRQ', '2024-03', 800, 'mines')]),
    ('fr',
     'Depuis 2015, les démineurs ont sécurisé 30 km² au Tchad.',
     [cleared('TCD', '2024-05', 30, 'km2')]),
    ('fr',
     'Le Zimbabwe a libéré 4,5 km² de terres minées en 2023, selon le Centre national'
     " d'action antimines.",
     [cleared('ZWE', '2023', 4.5, 'km2')]),
    ('fr',
     'En Libye, 1 500 engins explosifs ont été enlevés et détruits en avril dans les '
     'quartiers sud de Tripoli.',
     [cleared('LBY', '2024-04', 1500, 'explosive_devices')]),
    ('it',
     'Gli sminatori ucraini hanno neutralizzato oltre 2.000 mine la settimana scorsa '
     'nella regione di Kharkiv.',
     [cleared('UKR', '2024-05', 2000, 'mines')]),
    ('it',
     "L'Ong HALO Trust ha sminato 45 ettari nella provincia di Cuando Cubango, in "
     'Angola, da gennaio.',
     [cleared('AGO', '2024-05', 45, 'ha')]),
    ('it',
     'Nel primo trimestre sono state rimosse 3.500 mine antiuomo dai campi '
     'colombiani.',
     [cleared('COL', '2024-03', 3500, 'mines')]),
    ('it',
     'Le squadre del centro di sminamento hanno distrutto 540 mine e 1.200 ordigni '
     'inesplosi ad aprile in Bosnia-Erzegovina.',
     [cleared('BIH', '2024-04', 540, 'mines')]),
    ('it',
     'La Croazia ha dichiarato di aver bonificato 25 milioni di metri quadrati di '
     "terreni minati l'anno scorso.",
     [cleared('HRV', '2023', 25000000, 'm2')]),
    ('it',
     'Oltre 800 mine sono state disinnescate dagli sminatori iracheni nella provincia'
     ' di Anbar a marzo.',
     [cleared('IRQ', '2024-03', 800, 'mines')]),
    ('it',
     'Lo Zimbabwe ha liberato 4,5 km² di terreni minati nel 2023.',
     [cleared('ZWE', '2023', 4.5, 'km2')]),
    ('it',
     'Dal 2015 gli sminatori hanno messo in sicurezza 30 km² in Ciad.',
     [cleared('TCD', '2024-05', 30, 'km2')]),
    ('it',
     'In Libia sono stati recuperati e distrutti 1.500 ordigni esplosivi nei '
     'quartieri meridionali di Tripoli nel mese di aprile.',
     [cleared('LBY', '2024-04', 1500, 'explosive_devices')]),
]  # fmt: skip


STOCKS = [
    ('fr',
     "La Grèce a détruit l'an dernier les 400 000 dernières mines antipersonnel de "
     'ses stocks.',
     [destroyed('GRC', '2023', 400000)]),
    ('fr',
     "L'Ukraine a achevé mardi la destruction de son stock de mines PFM-1.",
     [destroyed('UKR', '2024-05-14', None)]),
    ('fr',
     'Le Sri Lanka a détruit jeudi 10 000 mines antipersonnel stockées, conformément '
     "à ses obligations au titre de la convention d'Ottawa.",
     [destroyed('LKA', '2024-05-16', 10000)]),
    ('fr',
     'Oman a annoncé avoir terminé la destruction de ses stocks de mines '
     'antipersonnel en 2022.',
     [destroyed('OMN', '2022', None)]),
    ('fr',
     'Plus de 3 000 mines antipersonnel stockées ont été détruites mercredi par '
     "l'armée soudanaise.",
     [destroyed('SDN', '2024-05-15', 3000)]),
    ('fr',
     'La Biélorussie a éliminé en 2023 un stock de 200 000 mines PFM-1.',
     [destroyed('BLR', '2023', 200000)]),
    ('fr',
     'Le Burundi a procédé lundi à la destruction de son dernier stock de 600 mines '
     'antipersonnel.',
     [destroyed('BDI', '2024-05-13', 600)]),
    ('it',
     "La Grecia ha distrutto l'anno scorso le ultime 400.000 mine antiuomo delle sue "
     'scorte.',
     [destroyed('GRC', '2023', 400000)]),
    ('it',
     "L'Ucraina ha completato martedì la distruzione del suo arsenale di mine PFM-1.",
     [destroyed('UKR', '2024-05-14', None)]),
    ('it',
     'Lo Sri Lanka ha distrutto giovedì 10.000 mine antiuomo immagazzinate.',
     [destroyed('LKA', '2024-05-16', 10000)]),
    ('it',
     "L'Oman ha annunciato di aver completato la distruzione delle sue scorte di mine"
     ' antiuomo nel 2022.',
     [destroyed('OMN', '2022', None)]),
    ('it',
     "Oltre 3.000 mine antiuomo stoccate sono state distrutte mercoledì dall'esercito"
     ' sudanese.',
     [destroyed('SDN', '2024-05-15', 3000)]),
    ('it',
     'La Bielorussia ha eliminato nel 2023 uno stock di 200.000 mine PFM-1.',
     [destroyed('BLR', '2023', 200000)]),
    ('it',
     'Il Burundi ha distrutto lunedì il suo ultimo deposito di 600 mine antiuomo.',
     [destroyed('BDI', '2024-05-13', 600)]),
]  # fmt: skip


POLICIES = [
    ('fr',
     "Les États-Unis ont annoncé mardi qu'ils renonceraient à utiliser des mines "
     'antipersonnel hors de la péninsule coréenne.',
     [policy('USA', '2024-05-14')]),
    ('fr',
     "La Pologne compte produire des mines antipersonnel dès l'an prochain, a déclaré"
     ' le ministre de la Défense.',
     [policy('POL', '2024-05')]),
    ('fr',
     'Le gouvernement lituanien a décidé de relancer la fabrication de mines '
     'antipersonnel.',
     [policy('LTU', '2024-05')]),
    ('fr',
     'La Finlande va fabriquer elle-même des mines antipersonnel, a indiqué le '
     'ministère de la Défense.',
     [policy('FIN', '2024-05')]),
    ('it',
     'La Polonia intende produrre mine antiuomo a partire dal prossimo anno, ha '
     'dichiarato il ministro della Difesa.',
     [policy('POL', '2024-05')]),
    ('it',
     'Il governo lituano ha deciso di riavviare la produzione di mine antiuomo.',
     [policy('LTU', '2024-05')]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text", "expected"), [*STEPS, *USES, *CASUALTIES, *CLEARANCE, *STOCKS, *POLICIES]
)
def test_each_event_type_in_french_and_italian(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text) == expected


# nothing to file: a plan denied or only possible, mines a war left (no one accused), a duty
# still to meet, use denied, and the other senses of "mine"
NOTHING = [
    ('fr',
     'La Pologne ne compte pas produire de mines antipersonnel, a assuré le ministre.'),
    ('fr',
     'La Russie pourrait produire davantage de mines antipersonnel, estiment des experts.'),
    ('fr',
     "La guerre a laissé des millions de mines dans le pays, qui reste l'un des plus "
     'contaminés.'),
    ('fr',
     "La Grèce doit encore détruire 500 000 mines stockées d'ici à la fin de l'année."),
    ('fr',
     "Une mine d'or a été fermée au Burkina Faso après un éboulement."),
    ('fr',
     'Un coup de grisou dans une mine de charbon a tué trois mineurs en Chine.'),
    ('fr',
     "Le Mali n'a jamais fait usage de mines antipersonnel, affirme le gouvernement."),
    ('it',
     'La Polonia non intende produrre mine antiuomo, ha assicurato il ministro.'),
    ('it',
     'La Russia potrebbe produrre altre mine antiuomo, secondo alcuni esperti.'),
    ('it',
     'La guerra ha lasciato milioni di mine nel paese, uno dei più contaminati al mondo.'),
    ('it',
     "La Grecia deve ancora distruggere 500.000 mine stoccate entro la fine dell'anno."),
    ('it',
     'Il Mali non fa uso di mine antiuomo, afferma il governo.'),
    ('it',
     "Una miniera d'oro è stata chiusa in Burkina Faso dopo un crollo."),
    ('it',
     "Tre minatori sono morti in un'esplosione in una miniera di carbone in Cina."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), NOTHING)
def test_no_event_in_french_and_italian(language: str, text: str) -> None:
    assert claims(language, text) == []


# stocks destroyed by a group; a headline's mines destroyed, with no stock word, that the body
# tells as a stock destroyed: one destruction; field work told below with its own figure, or
# without a stock, stays clearance
HEADLINE_STOCKS = [
    # an armed group named as the one destroying, with no state named: its home, never the
    # state of the sentence before
    ("it", "Il Marocco ha costruito un muro lungo il deserto. Il Fronte Polisario ha distrutto "
     "nel 2019 le ultime 2.000 mine antiuomo del suo arsenale.",
     [destroyed("ESH", "2019", 2000)]),
    ("fr", "Le Maroc a construit un mur dans le désert. Le Front Polisario a détruit en 2019 les "
     "2 000 dernières mines antipersonnel de son arsenal.",
     [destroyed("ESH", "2019", 2000)]),
    ("fr", "Le Maroc a détruit en 2019 les 2 000 dernières mines antipersonnel de ses stocks.",
     [destroyed("MAR", "2019", 2000)]),
    ("fr", "Soudan : destruction de 2 500 mines antipersonnel à Port-Soudan\nL'armée soudanaise "
     "a détruit mardi 2 500 mines antipersonnel de ses stocks à Port-Soudan, a annoncé le "
     "ministère.",
     [destroyed("SDN", "2024-05-14", 2500)]),
    ("it", "Sri Lanka, distrutte 4.000 mine antiuomo\nLo Sri Lanka ha distrutto mercoledì 4.000 "
     "mine antiuomo delle sue scorte, ha reso noto il ministero della Difesa.",
     [destroyed("LKA", "2024-05-15", 4000)]),
    ("fr", "Tchad : 800 mines détruites dans le Borkou\nLes démineurs ont détruit 800 mines dans "
     "le Borkou en avril. Le Tchad a par ailleurs détruit 300 mines de ses stocks en mars.",
     [cleared("TCD", "2024-04", 800, "mines"), destroyed("TCD", "2024-03", 300)]),
    ("fr", "Tchad : destruction de 1 200 mines antipersonnel\nLes démineurs ont détruit 1 200 "
     "mines antipersonnel dans le Borkou en avril.",
     [cleared("TCD", "2024-04", 1200, "mines")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), HEADLINE_STOCKS)
def test_a_headline_destruction_the_body_tells_as_a_stock(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text) == expected


# a second round of our own sentences, other wording of the same kinds (written after the first
# round's fixes): deaths "trouvé la mort", improvised devices, a vote with its tally, a stock
# blown up ("fait exploser", "fatto brillare"), mines dropped ("largué"), a place filled with
# mines ("riempito di mine"), the government's bill ("a proposé au Parlement de retirer"), the
# leaving "devenue effective", the decree in Italian
SECOND_ROUND = [
    ('fr',
     'Trois militaires nigériens ont trouvé la mort mercredi lorsque leur véhicule a '
     'sauté sur une mine dans la région de Tillabéri.',
     [casualty('NER', '2024-05-15', 3, None)]),
    ('fr',
     "Six civils ont été blessés dimanche par l'explosion d'un engin explosif "
     'improvisé au Burkina Faso.',
     [casualty('BFA', '2024-05-12', None, 6)]),
    ('fr',
     'Lundi, un paysan colombien est mort après avoir marché sur une mine '
     'antipersonnel dans le Catatumbo.',
     [casualty('COL', '2024-05-13', 1, None)]),
    ('fr',
     'Samedi, deux personnes ont été tuées et trois autres blessées par une mine '
     'antichar près de Zaporijjia, en Ukraine.',
     [casualty('UKR', '2024-05-11', 2, 3)]),
    ('fr',
     "En 2023, la Birmanie a enregistré 1 003 victimes de mines, selon l'Observatoire"
     ' des mines.',
     [counted('MMR', '2023', 1003)]),
    ('fr',
     'Un enfant afghan a été grièvement blessé mardi par une mine dans la province de'
     ' Helmand.',
     [casualty('AFG', '2024-05-14', None, 1)]),
    ('it',
     'Tre militari nigerini sono morti mercoledì quando il loro veicolo è saltato su '
     'una mina nella regione di Tillabéri.',
     [casualty('NER', '2024-05-15', 3, None)]),
    ('it',
     "Sei civili sono rimasti feriti domenica nell'esplosione di un ordigno "
     'artigianale in Burkina Faso.',
     [casualty('BFA', '2024-05-12', None, 6)]),
    ('it',
     'Lunedì un contadino colombiano è morto dopo aver calpestato una mina antiuomo '
     'nel Catatumbo.',
     [casualty('COL', '2024-05-13', 1, None)]),
    ('it',
     'Sabato due persone sono state uccise e altre tre ferite da una mina anticarro '
     'vicino a Zaporizhzhia, in Ucraina.',
     [casualty('UKR', '2024-05-11', 2, 3)]),
    ('it',
     'Nel 2023 il Myanmar ha registrato 1.003 vittime di mine, secondo il Landmine '
     'Monitor.',
     [counted('MMR', '2023', 1003)]),
    ('it',
     'Un bambino afghano è stato gravemente ferito martedì da una mina nella '
     'provincia di Helmand.',
     [casualty('AFG', '2024-05-14', None, 1)]),
    ('fr',
     "Le Laos a dépollué l'an dernier près de 60 km² de terres contaminées par des "
     'bombes à sous-munitions et des mines.',
     [cleared('LAO', '2023', 60, 'km2')]),
    ('fr',
     "En avril, l'agence azerbaïdjanaise de déminage a neutralisé 1 200 mines dans "
     'les territoires du Karabakh.',
     [cleared('AZE', '2024-04', 1200, 'mines')]),
    ('fr',
     'Depuis janvier, 500 000 mètres carrés ont été déminés en Casamance, au Sénégal.',
     [cleared('SEN', '2024-05', 500000, 'm2')]),
    ('fr',
     'Les équipes de Mines Advisory Group ont déminé 5 km² dans la province de '
     'Ninive, en Irak, en 2023.',
     [cleared('IRQ', '2023', 5, 'km2')]),
    ('it',
     "Il Laos ha bonificato l'anno scorso quasi 60 km² di terreni contaminati da mine"
     ' e bombe a grappolo.',
     [cleared('LAO', '2023', 60, 'km2')]),
    ('it',
     "Ad aprile l'agenzia azera per lo sminamento ha neutralizzato 1.200 mine nei "
     'territori del Karabakh.',
     [cleared('AZE', '2024-04', 1200, 'mines')]),
    ('it',
     'Le squadre di Mines Advisory Group hanno sminato 5 km² nella provincia di '
     'Ninive, in Iraq, nel 2023.',
     [cleared('IRQ', '2023', 5, 'km2')]),
    ('fr',
     "L'armée ukrainienne a fait exploser mercredi 3 000 mines antipersonnel issues "
     'de ses stocks.',
     [destroyed('UKR', '2024-05-15', 3000)]),
    ('fr',
     'La Grèce a détruit en avril 100 000 mines antipersonnel entreposées depuis des '
     'années.',
     [destroyed('GRC', '2024-04', 100000)]),
    ('it',
     "L'esercito ucraino ha fatto brillare mercoledì 3.000 mine antiuomo provenienti "
     'dalle sue scorte.',
     [destroyed('UKR', '2024-05-15', 3000)]),
    ('fr',
     'Kiev affirme que les forces russes ont miné ce mois-ci les abords de '
     'Vovtchansk.',
     [use('RUS', '2024-05')]),
    ('fr',
     "Des témoins accusent l'armée birmane d'avoir truffé de mines les rizières "
     'autour de leur village.',
     [use('MMR')]),
    ('fr',
     "L'ELN aurait posé des mines antipersonnel autour de ses campements, en "
     "Colombie, selon l'armée.",
     [use('COL')]),
    ('fr',
     "Le Liban accuse Israël d'avoir largué des mines dans le sud du pays.",
     [use('ISR')]),
    ('it',
     'Kiev sostiene che le forze russe abbiano minato questo mese i dintorni di '
     'Vovchansk.',
     [use('RUS', '2024-05')]),
    ('it',
     "Alcuni testimoni accusano l'esercito birmano di aver riempito di mine le risaie"
     ' intorno al villaggio.',
     [use('MMR')]),
    ('it',
     "L'ELN avrebbe piazzato mine antiuomo intorno ai suoi accampamenti, in Colombia,"
     " secondo l'esercito.",
     [use('COL')]),
    ('fr',
     'Mardi, le gouvernement estonien a proposé au Parlement de retirer le pays de la'
     " convention d'Ottawa.",
     [step('EST', '2024-05-14', 'announce_intent_to_withdraw')]),
    ('fr',
     "L'Eduskunta a voté mercredi le retrait de la Finlande du traité d'Ottawa par "
     '157 voix contre 18.',
     [step('FIN', '2024-05-15', 'parliament_approves_withdrawal')]),
    ('fr',
     "La sortie de la Lituanie de la convention d'Ottawa est devenue effective "
     'samedi.',
     [step('LTU', '2024-05-11', 'withdrawal_effective')]),
    ('fr',
     "Le président ukrainien a signé mardi un décret sur le retrait de l'Ukraine de "
     "la convention d'Ottawa.",
     [step('UKR', '2024-05-14', 'announce_intent_to_withdraw')]),
    ('it',
     'Martedì il governo estone ha proposto al Parlamento di ritirare il Paese dalla '
     'Convenzione di Ottawa.',
     [step('EST', '2024-05-14', 'announce_intent_to_withdraw')]),
    ('it',
     "L'Eduskunta ha votato mercoledì il ritiro della Finlandia dal Trattato di "
     'Ottawa con 157 voti a favore e 18 contrari.',
     [step('FIN', '2024-05-15', 'parliament_approves_withdrawal')]),
    ('it',
     "L'uscita della Lituania dalla Convenzione di Ottawa è diventata effettiva "
     'sabato.',
     [step('LTU', '2024-05-11', 'withdrawal_effective')]),
    ('it',
     "Il presidente ucraino ha firmato martedì un decreto sul ritiro dell'Ucraina "
     'dalla Convenzione di Ottawa.',
     [step('UKR', '2024-05-14', 'announce_intent_to_withdraw')]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), SECOND_ROUND)
def test_a_second_round_in_french_and_italian(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text) == expected


# restrictions lifted in any form ("une directive levant les restrictions"; the infinitive of a
# refusal is none), an instrument deposited with the depositary between, laying with its means
# between verb and mines, "nell'ultima settimana"
THIRD_ROUND = [
    ("fr", "Le ministre américain de la Défense a signé lundi une directive levant les "
     "restrictions imposées à l'emploi de mines antipersonnel par l'armée.",
     [policy("USA", "2024-05-13")]),
    ("fr", "Le gouvernement américain refuse de lever les restrictions sur les mines "
     "antipersonnel.", []),
    ("fr", "Tuvalu a déposé lundi auprès des Nations unies son instrument d'adhésion à la "
     "convention d'Ottawa.",
     [step("TUV", "2024-05-13", "join")]),
    ("it", "Secondo l'esercito, i soldati russi hanno disseminato con droni e razzi centinaia di "
     "mine antiuomo lungo la strada per Pokrovsk, in Ucraina.",
     [use("RUS")]),
    ("it", "Nell'ultima settimana le forze russe hanno posato mine intorno a Kupiansk, in "
     "Ucraina.",
     [use("RUS", "2024-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), THIRD_ROUND)
def test_a_third_round_in_french_and_italian(
    language: str, text: str, expected: list[Claim]
) -> None:
    assert claims(language, text) == expected
