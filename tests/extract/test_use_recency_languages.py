"""A laying told as recent, in Italian, Portuguese, German and French (issue 8, use pass on
blind batches 20, 21 and 23): "nei giorni precedenti", "di recente", "nos últimos dias", "in
den vergangenen Tagen", "kürzlich", "ces derniers jours" give an undated use the publication
month (README rule 6's "recently planted", as Russian and Ukrainian
``ongoing_use`` did); a use with its own date keeps it. Sentences of our own, each written down
before its first run (published Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from .tables import Claim, use
from .test_russian_ukrainian_users import claims

RECENT: list[tuple[str, str, list[Claim]]] = [
    ("it", "Il governatore ha accusato le forze russe di aver disseminato mine con i droni nei "
     "giorni precedenti.", [use("RUS", "2025-09")]),
    ("pt", "Forças russas colocaram minas perto de Kharkiv nos últimos dias, disse Kiev.",
     [use("RUS", "2025-09")]),
    ("de", "Russische Truppen haben in den vergangenen Tagen Minen um Charkiw verlegt.",
     [use("RUS", "2025-09")]),
    ("fr", "Les forces russes ont posé des mines près de Kharkiv ces derniers jours, selon Kiev.",
     [use("RUS", "2025-09")]),
    # negatives: a use dated by its own year keeps it; recency with no use gives no use
    ("pt", "Forças russas colocaram minas em 2022 perto de Kharkiv, removidas nos últimos dias.",
     [use("RUS", "2022")]),
    ("de", "In den vergangenen Tagen wurden in der Ukraine 300 Minen geräumt.", []),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), RECENT)
def test_recent_laying(language: str, text: str, expected: list[Claim]) -> None:
    assert [c for c in claims(language, text) if c[0] == "use_allegation"] == expected
