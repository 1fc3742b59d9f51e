"""Arabic: one victim told before the verb after "that" (issue 8, blind batch 26). Reported
speech puts the subject first: "وأشار إلى أن راعياً أصيب بجروح", "قال إن طفلاً قتل". The
singular victim noun, bare or accusative, right before the verb of harm (two words between at
most) is one victim, as "أصيب راع" was. A plural noun says no number, and a victim noun that is
the object of another's killing is no casualty of a mine. Sentences of our own; the casualty
claims expected (published 4 April 2022)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import Claim, casualty, claims

ROWS: list[tuple[str, list[Claim]]] = [
    ("وأشار المدير إلى أن مزارعاً أصيب بجروح إثر انفجار لغم أرضي في محافظة ميسان بالعراق.",
     [casualty("IRQ", "2022-04", None, 1)]),
    ("قال المسؤول إن طفلاً قتل يوم السبت بانفجار لغم أرضي في ريف درعا بسوريا.",
     [casualty("SYR", "2022-04-02", 1, None)]),
    ("ذكرت الشرطة أن امرأة أصيبت بجروح بانفجار لغم قرب مأرب في اليمن أمس.",
     [casualty("YEM", "2022-04-03", None, 1)]),
    ("أفادت مصادر محلية بأن فتاة قتلت بانفجار لغم في ليبيا يوم الخميس.",
     [casualty("LBY", "2022-03-31", 1, None)]),
    # negatives: a plural says no number; the noun is another's object
    ("قال المسؤول إن مدنيين قتلوا إثر انفجار لغم أرضي في محافظة المثنى بالعراق.", []),
    ("قال المسؤول إن الجيش قتل مسلحين زرعوا لغماً في محافظة المثنى بالعراق.", []),
    # a death denied is none; a clause of its own after the denial still tells one
    ("نفت الشرطة أن طفلاً قتل بانفجار لغم في محافظة المثنى بالعراق يوم السبت.", []),
    ("نفى المحافظ الشائعات، وقال إن راعياً قتل بانفجار لغم في ريف درعا بسوريا يوم السبت.",
     [casualty("SYR", "2022-04-02", 1, None)]),
    # the victim's own cause told right after the verb is no mine
    ("أكد المتحدث أن طفلاً أصيب في حادث سير وليس بانفجار لغم في محافظة المثنى بالعراق.", []),
    ("قال الطبيب إن رجلاً قتل في غارة جوية، بينما أصيب آخرون بانفجار لغم في ريف درعا بسوريا.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_one_victim_before_its_verb(text: str, expected: list[Claim]) -> None:
    found = claims(text, PartialDate.parse("2022-04-04"), "ar", kind="casualty_incident")
    assert found == expected
