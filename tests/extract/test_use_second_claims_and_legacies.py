"""Use allegations, seventh pass, in sentences of our own (none copied from a batch or the dev
set): a second allegation against one state (state forces and a resistance group; two
speakers), users joined after the verb ("..., as did Myanmar's military"), a monitor's groups
listed after a colon, verbs of laying with a place or a quoted model between; and what is no
use: a counter-accusation of lying, mines of an exercise, and mines a past war left with no
one named (Arabic, Italian, Portuguese, French)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import project, read

PUBLISHED = PartialDate(2026, 2, 10)


def _uses(text: str, language: str | None = None) -> list[str | None]:
    found = read(text, PUBLISHED, language)
    return sorted(
        (s for (s,) in project(found, "actor_iso3", kind="use_allegation")), key=lambda s: s or ""
    )


# (passage, the state of each use claim, sorted): a state's forces and a group in it are two
# users ("armed resistance groups", "the Karenni Nationalities Defence Force", "People's
# Defence Force units"); a group that speaks ("The Kachin Independence Army (KIA) said") is no
# user
SECOND_USERS = [
    ("Myanmar's army and armed resistance groups have both planted mines in Chin State, the "
     "report says.", ["MMR", "MMR"]),
    ("Soldiers of Myanmar's junta laid mines around three villages in Magway, monitors said. "
     "The Karenni Nationalities Defence Force has also used landmines near Loikaw, they noted.",
     ["MMR", "MMR"]),
    ("Myanmar's military mined the approaches to Hpakant in January, witnesses said. Residents "
     "added that local resistance fighters had used mines around their camps.", ["MMR", "MMR"]),
    ("In Myanmar, the Ta'ang National Liberation Army (TNLA) said junta troops had planted mines "
     "near Namhsan. State media said the mines had been laid by TNLA terrorists.",
     ["MMR", "MMR"]),
    # one user: the junta alone, a group alone, the same group told twice
    ("Myanmar's junta has laid mines along the road to Falam, a rights group said.", ["MMR"]),
    ("People's Defence Force units planted mines near Monywa in Myanmar, the junta said. The "
     "junta said the PDF mines had killed two porters.", ["MMR"]),
]  # fmt: skip

# (passage, the state of each use claim, sorted): two speakers accusing one state are two
# claims; one speaker told twice (a headline and its lead) is one
TWO_SPEAKERS = [
    ("Amnesty International accused Russian forces of laying mines near Kupiansk in 2024. "
     "Ukrainian officials, meanwhile, said Russian troops had mined school grounds in Vovchansk.",
     ["RUS", "RUS"]),
    ("Human Rights Watch said Ukrainian forces used anti-personnel mines near Izium in 2022. "
     "Russia's defence ministry claimed that Ukrainian units had mined residential areas of "
     "Vasylivka.", ["UKR", "UKR"]),
    ("Human Rights Watch accused Russian forces of using mines near Kharkiv. Ukraine's "
     "prosecutor general said Russian soldiers had planted mines in Kupiansk.", ["RUS", "RUS"]),
    # one speaker, or no speaker named: one claim
    ("Human Rights Watch accuses Russia of using mines in Kharkiv. Human Rights Watch said "
     "Russian forces had laid the mines near Izium.", ["RUS"]),
    ("Russian forces used mines near Kherson. Russian troops had laid mines in the fields.",
     ["RUS"]),
]  # fmt: skip

# (sentence, the state of each use claim, sorted): a state's forces joined after the use told
JOINED_AFTER = [
    ("Russian forces laid anti-personnel mines in Ukraine throughout the year, as did Myanmar's "
     "military, the monitor found.", ["MMR", "RUS"]),
    ("Syria's army used mines around Idlib in 2024, as did Iran's forces, the report said.",
     ["IRN", "SYR"]),
    ("Myanmar's armed forces planted landmines in Shan State, as have the armed forces of "
     "Russia, the campaign said.", ["MMR", "RUS"]),
    # no forces joined: nothing more
    ("Russian forces laid anti-personnel mines in Ukraine, as did many armies in the past.",
     ["RUS"]),
    ("Croatian deminers cleared the mines near Gospic, as did Bosnian teams.", []),
]  # fmt: skip

# (passage, the state of each use claim, sorted): a monitor's "new use by non-state armed
# groups in N countries: A, B and C" after a sentence about mines; states told as the agents of
# "new use by" beside groups are state users, merged with the lead's
MONITOR_GROUPS = [
    ("Government forces in Myanmar used antipersonnel mines again, the report finds. It also "
     "recorded new use by non-state armed groups in at least four countries: Colombia, India, "
     "Nigeria and Pakistan.", ["COL", "IND", "MMR", "NGA", "PAK"]),
    ("Russia used antipersonnel mines extensively, the Monitor said. It documented new use by "
     "armed groups in three countries: Mali, Niger and Tunisia.", ["MLI", "NER", "RUS", "TUN"]),
    ("Landmine Monitor 2026: new use by Russia, Iran and armed groups; casualties rise\n"
     "Russian forces used antipersonnel mines in Ukraine, as did Iran's forces, the Landmine "
     "Monitor found.", ["IRN", "RUS"]),
    # "use" of something else after a sentence about mines: nothing
    ("Deminers cleared mines near Kabul. The rise of new use by farmers of the cleared land "
     "was welcomed.", []),
]  # fmt: skip

# (sentence, the state of each use claim): the verb of laying with its place after modifiers,
# a quoted model name, an aside of kinds before "by"
LAYING_FORMS = [
    ("Officials in Moscow alleged that Ukrainian troops had mined school grounds in Kursk.",
     ["UKR"]),
    ("Kyiv said Russian units have mined residential areas of the town.", ["RUS"]),
    ("Russia's army said Ukrainian forces had fired remotely delivered PFM-1 'butterfly' mines "
     "into Horlivka.", ["UKR"]),
    ("Investigators documented the use of landmines, including anti-personnel mines and "
     "booby-traps, by Houthi fighters near Hodeidah.", ["YEM"]),
    # no laying: the noun "mined areas", a use of tools
    ("Ukrainian deminers have surveyed mined areas of the town.", []),
    ("The use of mine detectors, including new drones, by deminers in Kharkiv grew.", []),
]  # fmt: skip

# (passage): no use: a denial's counter-accusation of a lie or a ploy; mines of an exercise
NO_USE = [
    "Cambodia's defence ministry said the mines were left over from the civil war and accused "
    "Thailand of fabricating evidence.",
    "Phnom Penh said the mines found near the temple were remnants of the civil war and "
    "accused Bangkok of trying to 'distort the truth'.",
    "Moscow said the mines in Kherson were laid long ago and accused Kyiv of spreading "
    "disinformation.",
    "Phnom Penh rejected the claim that its soldiers planted mines, accusing Bangkok of trying "
    "to 'distort the truth'.",
    "The drill tested the detection of practice mines laid by the Estonian Navy off Tallinn.",
    "Divers recovered dummy mines placed by Finnish sailors during the exercise.",
    "Latvian sailors laid practice mines for the allied exercise, the navy said.",
    "The navy said the practice mines laid during the drill off Klaipeda were inert.",
]

# (passage): still a use: an accusation of laying mines, whatever else it accuses of
STILL_USE = [
    ("Thailand accused Cambodia of laying mines and of lying about them.", ["KHM"]),
    ("Cambodia rejected the claim and accused Thai soldiers of planting the mines themselves.",
     ["THA"]),
]  # fmt: skip

# (language, passage): mines a past war left, laid by no one named: no use
WAR_LEGACY = [
    ("ar", "يعد العراق من أكثر الدول تلوثاً، إذ زُرعت آلاف الألغام في البصرة خلال الحرب مع "
     "إيران."),
    ("ar", "وقال المسؤول إن الأراضي في الأغوار تضم حقول ألغام زرعت في عقود سابقة."),
    ("ar", "وتعمل الفرق في مناطق الفاو التي زرعت فيها الألغام إبان الحرب العراقية الإيرانية."),
    ("it", "La guerra in Libia è finita anni fa, ma il territorio resta disseminato di ordigni."),
    ("pt", "As minas foram colocadas em Angola durante a guerra civil, que terminou em 2002."),
    ("fr", "Les mines ont été posées au Tchad pendant la guerre avec la Libye."),
]  # fmt: skip

# (language, passage, the state of each use claim): a war named, but a user too
WAR_WITH_USER = [
    ("ar", "واتهمت أوكرانيا القوات الروسية بزرع الألغام في خاركيف خلال الحرب.", ["RUS"]),
    ("ar", "ألغام زرعتها ميليشيا الحوثي خلال الحرب قتلت طفلين في تعز.", ["YEM"]),
    ("it", "Le truppe russe hanno posato mine nei campi di Kharkiv durante la guerra.", ["RUS"]),
    ("ar", "في سوريا، اتهم سكان قوات النظام بزرع الألغام حول القرية خلال المعارك.", ["SYR"]),
    ("it", "In Siria le truppe governative hanno posato mine intorno ad Aleppo durante la guerra.",
     ["SYR"]),
    ("ar", "وقال المركز الوطني للألغام ومخلفات الحروب إن الألغام زرعها مرتزقة فاغنر في ليبيا.",
     ["LBY"]),
]  # fmt: skip

# (sentence, the state of each use claim): a front or block named between the two names of
# one group ("las disidencias del frente 36 de las antiguas FARC") is one user, one claim
ONE_GROUP = [
    ("El Ejército atribuyó la instalación de la mina a las disidencias del frente 36 de las "
     "antiguas FARC, en el norte de Antioquia.", ["COL"]),
    ("Las autoridades atribuyeron las minas a las disidencias del bloque Jorge Suárez de las "
     "extintas Farc, que operan en el Meta.", ["COL"]),
    ("Los militares atribuyeron la mina a las disidencias del frente Carolina Ramírez de las "
     "FARC, en el Putumayo.", ["COL"]),
    # three groups named: three claims
    ("La Policía atribuyó la siembra de minas a las disidencias de las FARC, al ELN y al Clan "
     "del Golfo en el Cauca.", ["COL", "COL", "COL"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), SECOND_USERS)
def test_a_state_and_a_group_in_it_are_two_users(text: str, states: list[str]) -> None:
    assert _uses(text) == states


@pytest.mark.parametrize(("text", "states"), TWO_SPEAKERS)
def test_two_speakers_against_one_state_are_two_claims(text: str, states: list[str]) -> None:
    assert _uses(text) == states


@pytest.mark.parametrize(("text", "states"), JOINED_AFTER)
def test_forces_joined_after_the_use_are_users(text: str, states: list[str]) -> None:
    assert _uses(text) == states


@pytest.mark.parametrize(("text", "states"), MONITOR_GROUPS)
def test_a_monitors_groups_listed_after_a_colon(text: str, states: list[str]) -> None:
    assert _uses(text) == states


@pytest.mark.parametrize(("text", "states"), LAYING_FORMS)
def test_laying_told_with_places_models_and_asides(text: str, states: list[str]) -> None:
    assert _uses(text) == states


@pytest.mark.parametrize("text", NO_USE)
def test_a_counter_accusation_or_an_exercise_is_no_use(text: str) -> None:
    assert _uses(text) == []


@pytest.mark.parametrize(("text", "states"), STILL_USE)
def test_an_accusation_of_laying_stays_a_use(text: str, states: list[str]) -> None:
    assert _uses(text) == states


@pytest.mark.parametrize(("language", "text"), WAR_LEGACY)
def test_mines_a_past_war_left_accuse_no_one(language: str, text: str) -> None:
    assert _uses(text, language) == []


@pytest.mark.parametrize(("language", "text", "states"), WAR_WITH_USER)
def test_a_war_with_its_user_named_stays_a_use(language: str, text: str, states: list[str]) -> None:
    assert _uses(text, language) == states


@pytest.mark.parametrize(("text", "states"), ONE_GROUP)
def test_a_front_named_between_a_groups_names_is_one_user(text: str, states: list[str]) -> None:
    assert _uses(text, "es") == states
