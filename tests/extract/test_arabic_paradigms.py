"""Arabic read by morphology, not by one form (issue 8): proclitics (و, ف, ب, ل, ال) on every
cue, the dual in both cases ("طفلان", "طفلين"), sound and broken plurals, passives written
with or without their vowel marks ("قُتل", "أُصيب", "زُرعت"), the present and the verbal
noun of laying ("تزرع", "بزرع", "باستخدام"), clearance verbs and nouns ("نزع", "إزالة",
"تطهير"), treaty steps by verb and by noun ("انضمام", "انسحاب"). Sentences of our own, with
the claim a reader would record written down before the first run (published Friday 12
September 2025)."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import FIELDS, Claim, casualty, cleared, project, read, step, use

PUBLISHED = PartialDate(2025, 9, 12)


def claims(text: str) -> list[Claim]:
    return project(read(text, PUBLISHED, "ar"), *FIELDS)


CASUALTIES = [
    ("قُتل ثلاثة أطفال وأُصيب اثنان آخران بانفجار لغم أرضي في سوريا يوم الأربعاء.",
     casualty("SYR", "2025-09-10", 3, 2)),
    ("أسفر انفجار لغم أرضي في العراق أمس عن مقتل 4 أشخاص وإصابة 7 آخرين.",
     casualty("IRQ", "2025-09-11", 4, 7)),
    ("أفاد مصدر طبي بمقتل شخصين وإصابة ثلاثة بانفجار لغم في اليمن يوم الاثنين.",
     casualty("YEM", "2025-09-08", 2, 3)),
    ("لقي ثلاثة رعاة حتفهم إثر انفجار لغم من مخلفات الحرب في ليبيا في 2 سبتمبر.",
     casualty("LBY", "2025-09-02", 3, None)),
    ("أصيب طفلين بجروح خطيرة جراء انفجار لغم أرضي في لبنان يوم الأحد.",
     casualty("LBN", "2025-09-07", None, 2)),
    ("قتل مزارع وأصيب ابناه بانفجار لغم في أرضه الزراعية في العراق في 5 أيلول/سبتمبر.",
     casualty("IRQ", "2025-09-05", 1, 2)),
    ("أُصيب جنديان بانفجار لغم مضاد للأفراد في اليمن يوم الثلاثاء.",
     casualty("YEM", "2025-09-09", None, 2)),
    # "another" / "a third" is one more victim
    ("قتل راع وأصيب آخر بانفجار لغم في ليبيا يوم السبت.", casualty("LBY", "2025-09-06", 1, 1)),
    # a running total since an event with a date of its own ends at publication
    ("ووثقت الشبكة مقتل 120 شخصاً بانفجار الألغام في سوريا منذ سقوط النظام في 8 كانون الأول/ديسمبر "
     "2024.", casualty("SYR", "2025-09", 120, None)),
    ("أفاد مصدر طبي في اليمن، اليوم الجمعة، بمقتل طفل وإصابة آخر بانفجار لغم يوم أمس الخميس.",
     casualty("YEM", "2025-09-11", 1, 1)),
    # a governorate places the harm in its state
    ("قتل راع بانفجار لغم أرضي في محافظة البصرة يوم الأربعاء.",
     casualty("IRQ", "2025-09-10", 1, None)),
    ("أصيب طفلان بانفجار لغم من مخلفات الحرب في ريف إدلب يوم الثلاثاء.",
     casualty("SYR", "2025-09-09", None, 2)),
]  # fmt: skip

USE = [
    ("زرعت ميليشيا الحوثي آلاف الألغام في المزارع والطرقات في اليمن.", use("YEM")),
    ("اتهمت منظمة حقوقية القوات الروسية باستخدام ألغام مضادة للأفراد في أوكرانيا.", use("RUS")),
    ("قامت قوات النظام السوري بزرع حقول من الألغام في ريف إدلب في عام 2019.", use("SYR", "2019")),
    ("زُرعت الألغام من قبل القوات الروسية على طول ضفة النهر في أوكرانيا في أيار/مايو.",
     use("RUS", "2025-05")),
    ("تزرع جماعة الحوثي الألغام بشكل عشوائي حول مصادر المياه في اليمن، وفق تقرير أممي.",
     use("YEM")),
    ("وأكد الجيش أن القوات الإسرائيلية وضعت ألغاما جديدة قرب الحدود مع سوريا.", use("ISR")),
    # the agent of reported speech and of an accusation, not the speaker or the accuser
    ("قالت أوكرانيا إن القوات الروسية زرعت ألغاما في خاركيف.", use("RUS")),
    ("اتهمت أوكرانيا روسيا بزرع الألغام قرب خاركيف.", use("RUS")),
    ("أعلنت وزارة الدفاع الروسية أن القوات الأوكرانية زرعت ألغاما في دونيتسك.", use("UKR")),
    # the mines as the verb's object pronoun
    ("نزعت الفرق في اليمن 300 لغم زرعتها جماعة الحوثي في المزارع.", use("YEM")),
    ("عثر الجيش اللبناني على ألغام جديدة قال إن القوات الإسرائيلية وضعتها قرب الحدود.", use("ISR")),
]  # fmt: skip

CLEARANCE = [
    ("نزعت فرق مسام 1,250 لغماً في اليمن خلال أغسطس.", cleared("YEM", "2025-08", 1250, "mines")),
    ("طهرت الفرق الهندسية 3 كيلومترات مربعة من الألغام في العراق الشهر الماضي.",
     cleared("IRQ", "2025-08", 3, "km2")),
    ("تم تطهير 450 ألف متر مربع من الألغام في لبنان عام 2024.",
     cleared("LBN", "2024", 450000, "m2")),
    ("أزالت فرق الدفاع المدني في سوريا أكثر من 700 قطعة من الذخائر غير المنفجرة في آب.",
     cleared("SYR", "2025-08", 700, "uxo")),
    ("وتمكنت الفرق من إزالة 320 لغما مضادا للأفراد في ليبيا منذ بداية الشهر الجاري.",
     cleared("LBY", "2025-09", 320, "mines")),
    ("وارتفع عدد الألغام التي نزعتها الفرق في اليمن منذ بدء عملها في عام 2018 إلى 500,000 لغم.",
     cleared("YEM", "2025-09", 500000, "mines")),
    ("نزعت الفرق في اليمن خلال آب 150 لغماً مضاداً للأفراد و40 لغماً مضاداً للدبابات.",
     cleared("YEM", "2025-08", 150, "mines")),
]  # fmt: skip

TREATY = [
    ("انضمت فلسطين إلى معاهدة أوتاوا في عام 2017.", [step("PSE", "2017", "join")]),
    ("صادق البرلمان اللاتفي على الانسحاب من معاهدة أوتاوا في 16 نيسان/أبريل.",
     [step("LVA", "2025-04-16", "parliament_approves_withdrawal")]),
    ("أودعت فنلندا إخطار الانسحاب من اتفاقية أوتاوا لدى الأمين العام للأمم المتحدة في 10 "
     "تموز/يوليو.", [step("FIN", "2025-07-10", "withdrawal_notified")]),
    ("دخل انسحاب إستونيا من اتفاقية أوتاوا حيز التنفيذ في 10 كانون الثاني/يناير 2025.",
     [step("EST", "2025-01-10", "withdrawal_effective")]),
    ("أعلنت حكومة ليتوانيا في 7 آذار/مارس قرارها الانسحاب من اتفاقية أوتاوا.",
     [step("LTU", "2025-03-07", "announce_intent_to_withdraw")]),
    ("وافق مجلس الوزراء في جزر مارشال على الانضمام إلى معاهدة أوتاوا في آذار/مارس.",
     [step("MHL", "2025-03", "announce_intent_to_join")]),
    ("وصادقت أوكرانيا على اتفاقية أوتاوا لحظر الألغام في عام 2005.", [step("UKR", "2005", "join")]),
    ("أعلنت دول البلطيق في آذار/مارس قرارها الانسحاب من اتفاقية أوتاوا.",
     [step("EST", "2025-03", "announce_intent_to_withdraw"),
      step("LVA", "2025-03", "announce_intent_to_withdraw"),
      step("LTU", "2025-03", "announce_intent_to_withdraw")]),
    # a decree signed is the intent; the law signed completes the parliament's step; a State
    # Party is the Convention in force for it
    ("وقّع رئيس ليتوانيا مرسوماً بالانسحاب من اتفاقية أوتاوا في 3 آذار/مارس.",
     [step("LTU", "2025-03-03", "announce_intent_to_withdraw")]),
    ("وقّع رئيس لاتفيا قانون الانسحاب من معاهدة أوتاوا في 10 أيار/مايو.",
     [step("LVA", "2025-05-10", "parliament_approves_withdrawal")]),
    ("أصبحت فلسطين دولة طرفاً في معاهدة أوتاوا في 1 حزيران/يونيو 2018.",
     [step("PSE", "2018-06-01", "entry_into_force")]),
]  # fmt: skip

NOTHING = [
    "لم تنضم الولايات المتحدة إلى معاهدة أوتاوا حتى الآن.",
    "ستنسحب بولندا من اتفاقية أوتاوا في العام المقبل.",
    "نفت وزارة الدفاع الروسية استخدام الألغام المضادة للأفراد في أوكرانيا.",
    "لم تصادق مصر على اتفاقية أوتاوا.",
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_victims_in_every_form(text: str, expected: Claim) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), USE)
def test_mines_laid_in_every_form(text: str, expected: Claim) -> None:
    assert [c for c in claims(text) if c[0] == "use_allegation"] == [expected]


@pytest.mark.parametrize(("text", "expected"), CLEARANCE)
def test_land_and_items_cleared(text: str, expected: Claim) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), TREATY)
def test_treaty_steps_by_verb_and_noun(text: str, expected: list[Claim]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_negated_and_future_steps_are_nothing(text: str) -> None:
    assert claims(text) == []
