"""Treaty steps in the lexicon readers (German, Russian, every reader): two steps told in one
sentence, each in its own clause with its own date; a leaving step in a paragraph of its own
after the Convention was named; the instrument named again ("Die Urkunde wurde ...
hinterlegt"); a day written as an ordinal before its month is no sentence end ("am 10. Juli");
the states a step's noun belongs to ("в связи с выходом Литвы и Латвии ..., вступившим в силу")
act, whoever the sentence's subject is; a step told in the future in its own words is none
(issue 8, batches 15-16 treaty pass). Sentences of our own."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read

Step = tuple[str | None, str | None, str | None]


def steps(text: str, published: str, language: str) -> list[Step]:
    found = read(text, PartialDate.parse(published), language)
    return sorted(project(found, "actor_iso3", "action", "date", kind="treaty_action"), key=str)


ROWS: list[tuple[str, str, str, list[Step]]] = [
    # two steps, one sentence, each clause dated
    ("Litauen ist nicht mehr Vertragsstaat des Ottawa-Abkommens. Die Regierung kündigte den "
     "Austritt im März an, der Seimas stimmte im Mai zu.", "2026-01-05", "de",
     [("LTU", "announce_intent_to_withdraw", "2025-03"),
      ("LTU", "parliament_approves_withdrawal", "2025-05"),
      ("LTU", "withdrawal_effective", "2026-01")]),
    ("Die Regierung in Riga hatte die Absicht zum Austritt aus der Ottawa-Konvention im März "
     "bekanntgegeben, die Saeima billigte den Schritt im April.", "2025-06-01", "de",
     [("LVA", "announce_intent_to_withdraw", "2025-03"),
      ("LVA", "parliament_approves_withdrawal", "2025-04")]),
    # the leaving in a paragraph of its own; the instrument named again; "am 10. Juli"
    ("Estland ist nicht mehr Vertragsstaat der Ottawa-Konvention.\n\n"
     "Das Parlament in Tallinn billigte den Austritt im Juni. Die Urkunde wurde am 27. Juni "
     "hinterlegt.", "2026-01-02", "de",
     [("EST", "parliament_approves_withdrawal", "2025-06"),
      ("EST", "withdrawal_effective", "2026-01"),
      ("EST", "withdrawal_notified", "2025-06-27")]),
    # the states a step's noun belongs to act, not the speaking state
    ("Москва заявила, что следит за выходом Эстонии и Латвии из Оттавской конвенции, вступившим "
     "в силу 27 декабря.", "2026-01-03", "ru",
     [("EST", "withdrawal_effective", "2025-12-27"),
      ("LVA", "withdrawal_effective", "2025-12-27")]),
    ("Варшава приветствовала выход Финляндии из Оттавской конвенции, вступивший в силу 10 "
     "января.", "2026-01-15", "ru", [("FIN", "withdrawal_effective", "2026-01-10")]),
    # a decree far from the leaving it enacts (French)
    ("Une ONG s'inquiète du décret signé lundi par le président moldave, qui confirme la décision "
     "du gouvernement de retirer la Moldavie de la convention d'Ottawa.", "2026-03-12", "fr",
     [("MDA", "announce_intent_to_withdraw", "2026-03-09")]),
    ("Le décret signé le 2 mars par le président serbe, après de longs débats au sein du "
     "gouvernement, acte le retrait de la Serbie de la convention d'Ottawa.", "2026-03-10", "fr",
     [("SRB", "announce_intent_to_withdraw", "2026-03-02")]),
    # negative: a decree on something else beside the Convention named
    ("Le décret signé lundi porte sur le déminage des routes; la Moldavie reste partie à la "
     "convention d'Ottawa.", "2026-03-12", "fr", []),
    # negatives: a step told in the future is none; an undated second clause adds nothing; a
    # paragraph on leaving something else, in a text that never names the Convention, is none
    ("Der Austritt Polens aus dem Ottawa-Abkommen wird im Februar wirksam.", "2026-01-12", "de",
     []),
    ("Finnland hat den Austritt aus der Ottawa-Konvention am 10. Juli notifiziert, das Parlament "
     "hatte zugestimmt.", "2025-08-01", "de", [("FIN", "withdrawal_notified", "2025-07-10")]),
    ("Die Partei verlor die Wahl.\n\nDie Regierung kündigte im März den Austritt aus der "
     "Koalition an.", "2025-06-01", "de", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "language", "expected"), ROWS)
def test_treaty_steps_by_clause(
    text: str, published: str, language: str, expected: list[Step]
) -> None:
    assert steps(text, published, language) == sorted(expected, key=str)
