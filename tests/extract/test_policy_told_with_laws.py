"""Policies told with their laws, contracts and decisions (issue 8, held-out batches 11-32):
an Italian law that "mise al bando" or "vietava" the mines, a contract "per la produzione di
mine", "la decisione di X, annunciata ..., di fornire mine"; a policy told in a clause before a
treaty step of the same sentence in any lexicon reader, each dated in its own clause; and in
English "any purchase of mines would require ...", a purchase supposed, is no policy. Every
sentence is our own wording; none is copied from a passage."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import project, read

Row = tuple[str, str, str | None, list[tuple[str, str | None, str | None, str | None]]]

ROWS: list[Row] = [
    # a policy before the step: both, each with its clause's day
    ("La Spagna ha vietato la produzione e il commercio delle mine antipersona con la legge 19 "
     "ottobre 1998, n. 33, e ha ratificato la Convenzione di Ottawa il 19 gennaio 1999.",
     "2025-01-15", "it",
     [("policy_change", "ESP", "1998-10-19", None),
      ("treaty_action", "ESP", "1999-01-19", "join")]),
    # the law's verb in the simple past and the imperfect
    ("Tutto cambiò in Spagna con la legge 33 del 19 ottobre 1998, che mise al bando la "
     "produzione e l'uso delle mine antipersona.", "2025-01-15", "it",
     [("policy_change", "ESP", "1998-10-19", None)]),
    ("MADRID – Il 19 ottobre 1998 il Parlamento spagnolo approvava la legge n. 33 che metteva al "
     "bando la produzione, il commercio e l'uso delle mine antiuomo in Spagna.", "2025-01-15",
     "it", [("policy_change", "ESP", "1998-10-19", None)]),
    # a contract to produce; a decision with its maker and day between
    ("Il ministero della Difesa spagnolo ha firmato con il gruppo statale Indra un contratto "
     "per la produzione di mine antiuomo.", "2025-01-15", "it",
     [("policy_change", "ESP", "2025-01", None)]),
    ("Preoccupa anche la decisione della Francia, annunciata questa settimana, di fornire mine "
     "antipersona all'Ucraina.", "2025-01-15", "it",
     [("policy_change", "FRA", "2025-01", None)]),
    # near misses: a contract to clear mines; a purchase supposed; a treaty step alone
    ("Il ministero della Difesa spagnolo ha firmato un contratto per la bonifica di mine "
     "antiuomo in Angola.", "2025-01-15", "it", []),
    ("Experts say any purchase of anti-personnel mines would require a change in Norway's "
     "obligations under the Ottawa treaty.", "2025-01-15", None, []),
    ("La Spagna ha ratificato la Convenzione di Ottawa il 19 gennaio 1999, dopo un lungo "
     "dibattito.", "2025-01-15", "it", [("treaty_action", "ESP", "1999-01-19", "join")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "language", "expected"), ROWS)
def test_policy_told_with_laws(
    text: str,
    published: str,
    language: str | None,
    expected: list[tuple[str, str | None, str | None, str | None]],
) -> None:
    found = read(text, PartialDate.parse(published), language)
    got = project(found, "type", "actor_iso3", "date", "action")
    assert sorted(got, key=str) == sorted(expected, key=str)
