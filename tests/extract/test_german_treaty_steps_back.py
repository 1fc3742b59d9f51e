"""German treaty steps as news tells them (issue 8, batches 20-23 treaty pass): the exit
declared ("hat seinen Austritt ... erklärt") is the notice; a step told back without its
object ("Zuvor hatte das Parlament im Februar zugestimmt", "hatte den Schritt im Januar
angekündigt") after a sentence of leaving; a long middle field before the verb; a day written
"am 2. Februar" inside a cue; never a city ("in New York") nor the state named as the threat
("mit der Bedrohung durch Russland begründet") as the one acting. Sentences of our own."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import claims, step

ROWS = [
    ("Rumänien hat am Dienstag offiziell seinen Austritt aus dem Ottawa-Abkommen erklärt.",
     [step("ROU", "2026-03-10", "withdrawal_notified")]),
    ("Die Slowakei hat am 3. März ihren Austritt aus der Ottawa-Konvention notifiziert. Zuvor "
     "hatte das Parlament im Februar zugestimmt.",
     [step("SVK", "2026-03-03", "withdrawal_notified"),
      step("SVK", "2026-02", "parliament_approves_withdrawal")]),
    ("Das estnische Parlament billigte am Mittwoch den Austritt aus dem Ottawa-Abkommen. Die "
     "Regierung in Tallinn hatte den Schritt im Januar angekündigt.",
     [step("EST", "2026-03-11", "parliament_approves_withdrawal"),
      step("EST", "2026-01", "announce_intent_to_withdraw")]),
    ("Die lettische Saeima hat am Montag nach langer Debatte mit 68 zu 9 Stimmen den Austritt "
     "des Landes aus dem Ottawa-Übereinkommen über das Verbot von Antipersonenminen gebilligt.",
     [step("LVA", "2026-03-09", "parliament_approves_withdrawal")]),
    ("Die Regierung in Helsinki hat den Austritt aus der Ottawa-Konvention am 2. Februar "
     "angekündigt und dies mit der Bedrohung durch Russland begründet.",
     [step("FIN", "2026-02-02", "announce_intent_to_withdraw")]),
    ("Das Außenministerium in Warschau übergab die Austrittserklärung zum Ottawa-Abkommen am "
     "20. Februar dem UN-Generalsekretär in New York.",
     [step("POL", "2026-02-20", "withdrawal_notified")]),
    ("Litauen hat den Austritt aus dem Ottawa-Abkommen im Januar beschlossen. Das "
     "Außenministerium übergab die Austrittserklärung am 2. März dem UN-Generalsekretär in New "
     "York.",
     [step("LTU", "2026-01", "announce_intent_to_withdraw"),
      step("LTU", "2026-03-02", "withdrawal_notified")]),
    # negatives: a vote on something else; a notice still to come; an exit weighed
    ("Das Ottawa-Abkommen verbietet Antipersonenminen. Der Bundestag stimmte am Donnerstag dem "
     "Haushalt zu.", []),
    ("Polen hat den Austritt aus dem Ottawa-Abkommen im Februar beschlossen. Die "
     "Austrittserklärung soll im April hinterlegt werden.",
     [step("POL", "2026-02", "announce_intent_to_withdraw")]),
    ("Der Minister hat erklärt, das Land werde den Austritt aus dem Ottawa-Abkommen prüfen.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_german_step(text: str, expected: list[object]) -> None:
    found = claims(text, PartialDate.parse("2026-03-12"), "de", kind="treaty_action")
    assert sorted(found, key=str) == sorted(expected, key=str)
