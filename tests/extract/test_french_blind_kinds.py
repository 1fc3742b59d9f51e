"""French kinds that batch 19's blind French passages showed missing, read as whole kinds in
sentences of our own (none copied from a batch or the dev set): use blamed by "imputer" as by
"attribuer", an accusation of having mined a place (no mine word after the verb), the laying
named by a noun with an adjective of its own ("l'emploi massif de mines par"); withdrawal told
by "la prise d'effet du retrait", an instrument of withdrawal or of joining deposited in the
pluperfect or the passive; and the Convention's full title, which names stocks and their
destruction but tells none; "ce jour" and "depuis le printemps 2022" as dates."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate
from tests.extract.tables import FIELDS, cleared, project, read, step, use

PUBLISHED = PartialDate(2026, 1, 15)

USE = [
    # imputer, like attribuer, with the laying as its noun
    ("Les autorités maliennes imputent la pose des mines aux jihadistes.", "MLI"),
    ("Le gouvernement a imputé la pose de ces mines aux rebelles actifs au Niger.", "NER"),
    ("Au Niger, le gouverneur a imputé la pose de ces mines aux rebelles.", "NER"),
    # a non-state group accused takes the state of the story (the use is coded to where it is)
    ("Kiev accuse l'armée russe d'avoir miné les champs de la région de Kherson.", "RUS"),
    ("Au Soudan, les habitants accusent les rebelles d'avoir miné les routes.", "SDN"),
    ("L'armée malienne soupçonne les insurgés d'avoir minée la piste menant à Gao.", "MLI"),
    # the laying named by a noun with an adjective of its own
    ("Paris condamne l'emploi massif de mines antipersonnel par la Russie en Ukraine.", "RUS"),
    ("L'ONG dénonce l'utilisation répétée de mines par l'armée birmane.", "MMR"),
    ("Le ministre a condamné l'usage systématique de mines antipersonnel par la Russie.", "RUS"),
]


@pytest.mark.parametrize(("text", "accused"), USE)
def test_use_blamed_accused_or_condemned(text: str, accused: str | None) -> None:
    assert project(read(text, PUBLISHED, "fr"), *FIELDS) == [use(accused)]


CLAIMS = [
    ("La Lettonie avait déposé son instrument de retrait de la Convention d'Ottawa le 27 juin "
     "2025.", step("LVA", "2025-06-27", "withdrawal_notified")),
    ("L'instrument de retrait de la Finlande du traité d'Ottawa a été déposé le 10 juillet 2025.",
     step("FIN", "2025-07-10", "withdrawal_notified")),
    ("L'instrument de dénonciation de la Convention d'Ottawa par la Pologne avait été remis le 20 "
     "août 2025.", step("POL", "2025-08-20", "withdrawal_notified")),
    ("La prise d'effet du retrait de la Pologne du traité d'Ottawa est intervenue le 20 février.",
     step("POL", "2025-02-20", "withdrawal_effective")),
    ("La prise d'effet, ce jour, du retrait de l'Estonie de la Convention d'Ottawa a été saluée "
     "à Moscou.", step("EST", "2026-01-15", "withdrawal_effective")),
    ("L'instrument d'adhésion des Tuvalu a été déposé auprès des Nations unies le 3 mars 2025 "
     "(Convention d'Ottawa).", step("TUV", "2025-03-03", "join")),
    ("Le Conseil salue l'adhésion des Tonga à la Convention d'Ottawa, dont l'instrument a été "
     "déposé le 2 mai 2025.", step("TON", "2025-05-02", "join")),
    ("Les Palaos avaient déposé leur instrument de ratification de la Convention d'Ottawa le 18 "
     "novembre 2007.", step("PLW", "2007-11-18", "join")),
    # a parliament's passing named by a noun with its agent, of a withdrawal
    ("En Pologne, le président a signé la loi de retrait de la Convention d'Ottawa, après son "
     "adoption par la Diète en juin 2025.",
     step("POL", "2025-06", "parliament_approves_withdrawal")),
    ("En Finlande, le texte sur le retrait du traité d'Ottawa, après son approbation par "
     "l'Eduskunta en juin 2025, a été promulgué.",
     step("FIN", "2025-06", "parliament_approves_withdrawal")),
    ("L'adoption par le Seimas de la loi sur le retrait de la Convention d'Ottawa a eu lieu le 10 "
     "avril 2025.", step("LTU", "2025-04-10", "parliament_approves_withdrawal")),
    # a figure since a season or part of a year is dated by publication
    ("Depuis le printemps 2022, les démineurs ont libéré 4,2 km² de terres en Ukraine.",
     cleared("UKR", "2026-01", 4.2, "km2")),
    ("Depuis l'automne 2023, les démineurs ont dépollué 3 km² dans la région de Kharkiv, en "
     "Ukraine.", cleared("UKR", "2026-01", 3, "km2")),
    ("Depuis fin 2022, les sapeurs ont déminé 12 km² de champs en Ukraine.",
     cleared("UKR", "2026-01", 12, "km2")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "claim"), CLAIMS)
def test_steps_told_by_their_noun_and_figures_since_a_season(
    text: str, claim: tuple[object, ...]
) -> None:
    assert project(read(text, PUBLISHED, "fr"), *FIELDS) == [claim]


NOTHING = [
    # the full title names stocks and their destruction
    "La France est partie à la Convention sur l'interdiction de l'emploi, du stockage, de la "
    "production et du transfert des mines antipersonnel et sur leur destruction.",
    "Le Niger a signé la Convention sur l'interdiction de l'emploi, du stockage, de la production "
    "et du transfert des mines antipersonnel et sur leur destruction, a rappelé le ministre.",
    # a ban asked for, a rule told, another treaty's instrument, an instrument not deposited
    "L'ONG demande l'interdiction de l'emploi de mines partout dans le monde.",
    "La Convention d'Ottawa prévoit la prise d'effet d'un retrait six mois après la notification.",
    "L'Allemagne a déposé son instrument de ratification du traité de non-prolifération en 1975.",
    "Le texte a été signé, mais l'instrument de ratification de la Convention d'Ottawa n'a pas "
    "été déposé par la Somalie.",
    # a parliament adopting something else
    "Le ministre a salué l'adoption par le Parlement d'un budget pour le déminage, selon la "
    "Convention d'Ottawa.",
    # an accusation of something else
    "Les habitants accusent les rebelles d'avoir pillé les mines d'or de la région.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_event_where_none_is_told(text: str) -> None:
    assert project(read(text, PUBLISHED, "fr"), *FIELDS) == []


def test_ce_jour_is_the_day_of_publication_but_a_ce_jour_is_so_far() -> None:
    today = "La prise d'effet, ce jour, du retrait de la Lituanie de la Convention d'Ottawa."
    so_far = "À ce jour, le retrait de la Lituanie de la Convention d'Ottawa est devenu effectif."
    assert project(read(today, PUBLISHED, "fr"), "date") == [("2026-01-15",)]
    assert project(read(so_far, PUBLISHED, "fr"), "date") == [("2026-01",)]


OWNERS = [
    # the state after the step's noun takes the step, not the sentence's subject
    ("Paris prend acte de la prise d'effet du retrait de la Lituanie de la Convention d'Ottawa.",
     ["LTU"]),
    ("Le retrait de l'Estonie, de la Lettonie et de la Lituanie de la Convention d'Ottawa est "
     "devenu effectif samedi.", ["EST", "LVA", "LTU"]),
    ("Berlin regrette que le retrait de la Pologne et de la Finlande du traité d'Ottawa soit "
     "devenu effectif.", ["POL", "FIN"]),
    ("La Présidente salue l'adhésion de la République des Îles Marshall, dont l'instrument a été "
     "déposé le 12 mars 2025 (Convention d'Ottawa).", ["MHL"]),
    # a noun with no state after it leaves the subject
    ("La Pologne a notifié son retrait de la Convention d'Ottawa le 20 août 2025.", ["POL"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), OWNERS)
def test_the_states_after_a_steps_noun_take_it(text: str, states: list[str]) -> None:
    found = project(read(text, PUBLISHED, "fr"), "actor_iso3", kind="treaty_action")
    assert found == [(s,) for s in states]
