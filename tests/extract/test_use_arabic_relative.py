"""Use allegations in Arabic (issue 8, use pass on blind batches 20, 21 and 23): a mine, then
the laying verb with the mine as its masculine object pronoun, a relative clause on it ("لغم
أرضي زرعته جماعة الحوثي", "لغم زرعته القوات الروسية"); a day told before a use cue that
follows the sentence's blast or harm is the blast's, never the laying's (in every lexicon
language); recency ("خلال الأسبوعين الماضيين", "مؤخراً") is the publication month, as French
"récemment" and English "recently planted". Sentences of our own, each written down before
its first run (published Friday 12 September 2025)."""

from __future__ import annotations

import pytest

from .tables import Claim, use
from .test_russian_ukrainian_users import claims

ARABIC: list[tuple[str, list[Claim]]] = [
    ("قُتل راعٍ يوم الجمعة جراء انفجار لغم أرضي زرعته جماعة الحوثي في محافظة الحديدة باليمن.",
     [use("YEM")]),
    ("أصيب جنديان أمس بانفجار لغم زرعته القوات الروسية قرب خاركيف في أوكرانيا.", [use("RUS")]),
    ("اتهمت الحكومة اليمنية جماعة الحوثي بزرع ألغام جديدة خلال الأسبوعين الماضيين.",
     [use("YEM", "2025-09")]),
    ("قال الجيش السوري إن تنظيم داعش زرع ألغاما في البادية مؤخراً.", [use("SYR", "2025-09")]),
    # negatives: "وضعه" (his situation) with no mine before it; a day with no blast before the
    # verb still dates the laying
    ("قال المزارع إن وضعه صعب بعد انفجار لغم قرب أرضه في اليمن.", []),
    ("في 3 سبتمبر زرعت القوات الروسية ألغاما قرب خاركيف في أوكرانيا.",
     [use("RUS", "2025-09-03")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ARABIC)
def test_arabic_uses(text: str, expected: list[Claim]) -> None:
    assert [c for c in claims("ar", text) if c[0] == "use_allegation"] == expected
