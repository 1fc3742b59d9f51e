"""Treaty steps and policies in the lexicon readers as news tells them (issue 8, batches 20-23
treaty pass): the notice named as a noun in a clause of what came before ("six mois après le
dépôt de son instrument de retrait ..., le 27 juin"), dated by the date set off after its
clause; a state whose relative clause tells the step ("la Lettonie, dont le Parlement a voté
...", "Lettland, dessen Parlament ... gebilligt hatte"); the compound past of notifying ("depois
de Vilnius ter notificado"); a join denied ("nunca se adhirió") is none; German policy with the
noun first and the participle last ("die Lieferung von Antipersonenminen ... genehmigt").
Sentences of our own."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import claims, step


def policy(state: str, date: str | None) -> tuple[object, ...]:
    return ("policy_change", state, date, None, None, None, None, None)


ROWS = [
    ("La Lituanie a quitté la Convention d'Ottawa le 27 décembre, six mois après le dépôt de son "
     "instrument de retrait auprès de l'ONU, le 27 juin.", "2026-01-05", "fr",
     [step("LTU", "2025-12-27", "withdrawal_effective"),
      step("LTU", "2025-06-27", "withdrawal_notified")]),
    ("Vilnius salue la Lettonie, dont le Parlement a voté le retrait de la Convention d'Ottawa à "
     "la mi-avril.", "2025-05-09", "fr",
     [step("LVA", "2025-04", "parliament_approves_withdrawal")]),
    ("Litauen folgt Lettland, dessen Parlament den Austritt aus dem Ottawa-Abkommen im April "
     "gebilligt hatte.", "2025-05-09", "de",
     [step("LVA", "2025-04", "parliament_approves_withdrawal")]),
    ("A saída da Lituânia da Convenção de Otava tornou-se efetiva no sábado, seis meses depois de "
     "Vilnius ter notificado as Nações Unidas em junho.", "2025-12-29", "pt",
     [step("LTU", "2025-12-27", "withdrawal_effective"),
      step("LTU", "2025-06", "withdrawal_notified")]),
    ("Ucrania se adhirió a la Convención de Ottawa en 2005.", "2025-07-17", "es",
     [step("UKR", "2005", "join")]),
    ("Die US-Regierung hat am Montag die Lieferung von Antipersonenminen an Litauen genehmigt.",
     "2026-03-12", "de", [policy("USA", "2026-03-09")]),
    ("Die polnische Regierung hat die Produktion von Antipersonenminen im Februar beschlossen.",
     "2026-03-12", "de", [policy("POL", "2026-02")]),
    # Italian: a step told back by its noun and its own day, after a sentence of leaving
    ("Il Parlamento lettone ha approvato l'uscita dal Trattato di Ottawa. Il voto segue "
     "l'annuncio del governo di Riga del 18 marzo.", "2025-06-20", "it",
     [step("LVA", "2025-06", "parliament_approves_withdrawal"),
      step("LVA", "2025-03-18", "announce_intent_to_withdraw")]),
    ("Il governo estone ha notificato l'uscita dal Trattato di Ottawa il 27 giugno. La notifica "
     "segue il voto del Parlamento del 4 giugno.", "2025-07-01", "it",
     [step("EST", "2025-06-27", "withdrawal_notified"),
      step("EST", "2025-06-04", "parliament_approves_withdrawal")]),
    ("Il Parlamento estone ha approvato l'uscita dal Trattato di Ottawa. La decisione del "
     "governo sul bilancio è attesa per il 3 luglio.", "2025-06-20", "it",
     [step("EST", "2025-06", "parliament_approves_withdrawal")]),
    # negatives: a relative clause with no step; a join denied; a supply refused
    ("La Pologne, dont le ministre a critiqué la Convention d'Ottawa, reste partie au traité.",
     "2025-05-09", "fr", []),
    ("Kiev denunció el uso de minas por parte de Rusia, país que nunca se adhirió a la "
     "Convención de Ottawa.", "2025-07-17", "es", []),
    ("Das Parlament hat die Lieferung von Antipersonenminen an die Ukraine nicht genehmigt.",
     "2026-03-12", "de", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "language", "expected"), ROWS)
def test_lexicon_step(text: str, published: str, language: str, expected: list[object]) -> None:
    found = claims(text, PartialDate.parse(published), language)
    kept = [c for c in found if c[0] in ("policy_change", "treaty_action")]
    assert sorted(kept, key=str) == sorted(expected, key=str)
