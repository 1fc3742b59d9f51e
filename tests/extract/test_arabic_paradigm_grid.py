"""Arabic news told every way it is written, one grid per event type the project scorer
counts (issue 8, it-ar-paradigms pass, 1 December 2026): the verb first and the subject first,
the passive with and without its vowel marks, the headline's verbal noun ("مقتل طفلين",
"انضمام جزر مارشال"), the present of headlines ("لاتفيا تعلن الانسحاب"), reported speech ("وفق",
"أفادت", "قال ... إن", "اتهم ... بـ"); numbers in digits, Eastern digits, words, duals, teens
and tens; dates in both month namings (كانون الثاني / يناير), as ordinal words ("في الثالث من
آذار"), weekdays ("الأحد الماضي"), "أمس", "أول أمس"; states by name, adjective, capital and
"حكومة X"; each treaty step. Near misses name coal mines, air strikes, road accidents, cluster
munitions, other treaties, plans, demands, debates and anniversaries. Sentences of our own, the
claim a reader would file written down; none drawn from a studied passage. Published Thursday
13 March 2025."""

from __future__ import annotations

import pytest

from minewatch.domain.dates import PartialDate

from .tables import (
    Claim,
    casualty,
    claims,
    cleared,
    completed,
    destroyed,
    policy,
    step,
    use,
)

PUBLISHED = PartialDate(2025, 3, 13)

CASUALTIES: list[tuple[str, list[Claim]]] = [
    # passive + weekday
    (
        "قُتل ثلاثة أطفال بانفجار لغم أرضي في سوريا يوم الأحد.",
        [casualty("SYR", "2025-03-09", 3, None)],
    ),
    # laqiya haftahu + ams
    (
        "لقي مزارع حتفه أمس جراء انفجار لغم في محافظة درعا جنوبي سوريا.",
        [casualty("SYR", "2025-03-12", 1, None)],
    ),
    # headline maqtal
    ("مقتل طفلين بانفجار لغم في اليمن", [casualty("YEM", "2025-03", 2, None)]),
    # headline isaba
    ("إصابة ثلاثة مدنيين بانفجار لغم أرضي في العراق", [casualty("IRQ", "2025-03", None, 3)]),
    # wafq
    (
        "قتل شخصان وأصيب أربعة آخرون بانفجار لغم في ليبيا، وفق ما أفادت وزارة الصحة.",
        [casualty("LBY", "2025-03", 2, 4)],
    ),
    # afadat bi-maqtal + al-ahad al-madi
    (
        "أفادت مصادر محلية بمقتل راعٍ بانفجار لغم أرضي في ريف حماة الأحد الماضي.",
        [casualty("SYR", "2025-03-09", 1, None)],
    ),
    # ordinal date Levantine
    (
        "قتل جنديان بانفجار لغم في لبنان في الثالث من آذار.",
        [casualty("LBN", "2025-03-03", 2, None)],
    ),
    # Egyptian month digits
    (
        "أصيب 5 أشخاص بانفجار لغم في محافظة مأرب اليمنية في 2 مارس.",
        [casualty("YEM", "2025-03-02", None, 5)],
    ),
    # government says
    (
        "قالت الحكومة العراقية إن ثلاثة رعاة قتلوا بانفجار لغم في الأنبار.",
        [casualty("IRQ", "2025-03", 3, None)],
    ),
    # demonym
    (
        "قُتل جندي سوري وأصيب اثنان آخران بانفجار لغم في ريف درعا.",
        [casualty("SYR", "2025-03", 1, 2)],
    ),
    # awda bi-hayat
    (
        "أودى انفجار لغم أرضي بحياة طفلين في أفغانستان يوم السبت.",
        [casualty("AFG", "2025-03-08", 2, None)],
    ),
    # asfara an
    (
        "أسفر انفجار لغم عن مقتل ثلاثة مدنيين وإصابة اثنين في السودان يوم الاثنين.",
        [casualty("SDN", "2025-03-10", 3, 2)],
    ),
    # istashhada
    (
        "استشهد طفل وأصيب آخر بانفجار لغم من مخلفات الحرب في جنوب لبنان.",
        [casualty("LBN", "2025-03", 1, 1)],
    ),
    # tuwuffiya
    (
        "تُوفي مزارع متأثراً بجروحه إثر انفجار لغم في العراق يوم الأربعاء.",
        [casualty("IRQ", "2025-03-12", 1, None)],
    ),
    # amputation
    (
        "بُترت ساق طفل إثر انفجار لغم في اليمن يوم الثلاثاء.",
        [casualty("YEM", "2025-03-11", None, 1)],
    ),
    # number word
    (
        "قتل سبعة أشخاص بانفجار لغم في ميانمار في 5 كانون الثاني/يناير.",
        [casualty("MMR", "2025-01-05", 7, None)],
    ),
    # verb after subject
    (
        "طفلان قتلا وثالث أصيب بانفجار لغم في ليبيا يوم الجمعة.",
        [casualty("LBY", "2025-03-07", 2, 1)],
    ),
    # ordinal Egyptian
    ("أصيب جندي بانفجار لغم في مصر في العاشر من فبراير.", [casualty("EGY", "2025-02-10", None, 1)]),
    # mine killed active
    ("قتل لغم أرضي ثلاثة رعاة في الصومال الأسبوع الماضي.", [casualty("SOM", "2025-03", 3, None)]),
    # neg coal
    ("لقي خمسة عمال حتفهم في انهيار منجم فحم في الصين.", []),
    # neg airstrike
    ("قتل ثلاثة مدنيين في غارة جوية على ريف إدلب.", []),
    # neg awareness day
    ("يحيي العالم اليوم الدولي للتوعية بخطر الألغام.", []),
    # neg road accident
    ("أصيب خمسة أشخاص في حادث سير في العراق.", []),
    # awwal ams
    ("قتل طفل بانفجار لغم في ريف حلب في سوريا أول أمس.", [casualty("SYR", "2025-03-11", 1, None)]),
    # Levantine slash
    (
        "قتل ثلاثة مدنيين بانفجار لغم في اليمن في 4 آذار/مارس الجاري.",
        [casualty("YEM", "2025-03-04", 3, None)],
    ),
    # tens word
    (
        "قتل ثلاثون شخصاً بانفجارات ألغام في ميانمار خلال شباط.",
        [casualty("MMR", "2025-02", 30, None)],
    ),
    # teen compound
    (
        "أصيب خمسة عشر مدنياً بانفجار ألغام في السودان الأسبوع الماضي.",
        [casualty("SDN", "2025-03", None, 15)],
    ),
    # sabah al-yawm
    ("قتل جندي بانفجار لغم أرضي في ليبيا صباح اليوم.", [casualty("LBY", "2025-03-13", 1, None)]),
    # neg road deaths
    ("أودى حادث سير بحياة ثلاثة أشخاص في العراق.", []),
    # neg road injured dual
    ("طفلان أصيبا بجروح في حادث سير في الأردن.", []),
    # region Matrouh
    (
        "لقي طفل مصرعه بانفجار لغم من مخلفات الحرب العالمية الثانية في مطروح يوم السبت.",
        [casualty("EGY", "2025-03-08", 1, None)],
    ),
    # region Benghazi
    ("أصيب راعيان بانفجار لغم في بنغازي يوم الأحد.", [casualty("LBY", "2025-03-09", None, 2)]),
    # region Marjayoun
    (
        "قتل مزارع بانفجار لغم في بلدة مرجعيون يوم الاثنين.",
        [casualty("LBN", "2025-03-10", 1, None)],
    ),
    # region Helmand
    ("أصيب ثلاثة أطفال بانفجار لغم في ولاية هلمند.", [casualty("AFG", "2025-03", None, 3)]),
    # neg newspaper pictures
    ("نشرت الصحيفة صوراً لانفجار لغم في سيناء.", []),
    # neg tourists
    ("عاد السياح إلى مطروح بعد انتهاء الموسم.", []),
]

CLEARANCE: list[tuple[str, list[Claim]]] = [
    # active + month
    (
        "نزعت فرق مسام 2,150 لغماً في اليمن خلال شهر فبراير.",
        [cleared("YEM", "2025-02", 2150, "mines")],
    ),
    # tamma passive
    (
        "تم تطهير 120 ألف متر مربع من الألغام في العراق العام الماضي.",
        [cleared("IRQ", "2024", 120000, "m2")],
    ),
    # announce noun
    (
        "أعلن المركز اللبناني للأعمال المتعلقة بالألغام إزالة 500 لغم في جنوب لبنان الشهر الماضي.",
        [cleared("LBN", "2025-02", 500, "mines")],
    ),
    # IED dismantled
    (
        "فككت الفرق الهندسية 300 عبوة ناسفة في سوريا الأسبوع الماضي.",
        [cleared("SYR", "2025-03", 300, "explosive_devices")],
    ),
    # headline colon
    ("اليمن: نزع 1,200 لغم خلال أسبوع", [cleared("YEM", "2025-03", 1200, "mines")]),
    # ministry demonym
    (
        "أعلنت وزارة الدفاع العراقية تطهير 3 كيلومترات مربعة من الألغام في محافظة البصرة.",
        [cleared("IRQ", "2025-03", 3, "km2")],
    ),
    # completion free
    ("أعلنت الكويت خلو أراضيها من الألغام يوم الأحد.", [completed("KWT", "2025-03-09")]),
    # eastern digits
    ("أزالت فرق الهندسة ٤٥٠ لغماً في ليبيا في شباط.", [cleared("LBY", "2025-02", 450, "mines")]),
    # neg plan
    ("تخطط الحكومة لتطهير 50 كيلومترا مربعا من الألغام في العراق العام المقبل.", []),
    # neg crisis
    ("نجحت الوساطة في نزع فتيل الأزمة بين البلدين.", []),
    # neg remaining
    ("لا تزال 40 كيلومترا مربعا ملوثة بالألغام في العراق.", []),
    # neg no longer danger
    ("لم تعد الألغام تشكل خطراً على السكان في المنطقة.", []),
]

TREATY_STEPS: list[tuple[str, list[Claim]]] = [
    # join inḍammat + year
    ("انضمت فلسطين إلى اتفاقية أوتاوا في عام 2017.", [step("PSE", "2017", "join")]),
    # join saddaqat full date
    (
        "صادقت سلطنة عمان على اتفاقية حظر الألغام المضادة للأفراد في 20 آب/أغسطس 2014.",
        [step("OMN", "2014-08-20", "join")],
    ),
    # join passive tammat
    ("تمت المصادقة على معاهدة أوتاوا من قبل الصومال عام 2012.", [step("SOM", "2012", "join")]),
    # join headline noun
    ("انضمام جزر مارشال إلى اتفاقية أوتاوا", [step("MHL", None, "join")]),
    # join deposit instrument
    (
        "أودعت حكومة توفالو صك الانضمام إلى اتفاقية أوتاوا لدى الأمم المتحدة أمس.",
        [step("TUV", "2025-03-12", "join")],
    ),
    # join present
    ("تنضم الصومال إلى اتفاقية أوتاوا.", [step("SOM", None, "join")]),
    # eif bil-nisba
    (
        "دخلت اتفاقية أوتاوا حيز التنفيذ بالنسبة لجزر مارشال في 1 آذار/مارس 2025.",
        [step("MHL", "2025-03-01", "entry_into_force")],
    ),
    # eif state party
    (
        "أصبحت فلسطين دولة طرفاً في اتفاقية أوتاوا في 1 حزيران 2018.",
        [step("PSE", "2018-06-01", "entry_into_force")],
    ),
    # eif sarayan
    ("بدأ سريان اتفاقية أوتاوا على توفالو اليوم.", [step("TUV", "2025-03-13", "entry_into_force")]),
    # announce noun + weekday
    (
        "أعلنت ليتوانيا يوم الثلاثاء انسحابها من اتفاقية أوتاوا.",
        [step("LTU", "2025-03-11", "announce_intent_to_withdraw")],
    ),
    # announce qarrarat demonym
    (
        "قررت الحكومة البولندية الانسحاب من معاهدة أوتاوا لحظر الألغام.",
        [step("POL", "2025-03", "announce_intent_to_withdraw")],
    ),
    # announce future verb
    (
        "أعلن رئيس الوزراء الفنلندي أن فنلندا ستنسحب من اتفاقية أوتاوا.",
        [step("FIN", "2025-03", "announce_intent_to_withdraw")],
    ),
    # announce ta'tazim
    (
        "تعتزم إستونيا الانسحاب من اتفاقية أوتاوا، حسبما أعلنت الحكومة.",
        [step("EST", "2025-03", "announce_intent_to_withdraw")],
    ),
    # announce headline present
    (
        "لاتفيا تعلن الانسحاب من اتفاقية حظر الألغام",
        [step("LVA", "2025-03", "announce_intent_to_withdraw")],
    ),
    # announce capital government
    (
        "قالت حكومة وارسو إنها ستنسحب من اتفاقية أوتاوا.",
        [step("POL", "2025-03", "announce_intent_to_withdraw")],
    ),
    # parl sawwata + weekday
    (
        "صوّت البرلمان الليتواني يوم الخميس لصالح الانسحاب من اتفاقية أوتاوا.",
        [step("LTU", "2025-03-13", "parliament_approves_withdrawal")],
    ),
    # parl wafaqa
    (
        "وافق البرلمان اللاتفي على انسحاب البلاد من معاهدة أوتاوا.",
        [step("LVA", "2025-03", "parliament_approves_withdrawal")],
    ),
    # parl aqarra law
    (
        "أقر البرلمان الإستوني قانون الانسحاب من اتفاقية أوتاوا.",
        [step("EST", "2025-03", "parliament_approves_withdrawal")],
    ),
    # parl saddaqa
    (
        "صادق البرلمان الفنلندي على الانسحاب من اتفاقية أوتاوا.",
        [step("FIN", "2025-03", "parliament_approves_withdrawal")],
    ),
    # parl headline
    (
        "البرلمان البولندي يقر الانسحاب من اتفاقية أوتاوا",
        [step("POL", "2025-03", "parliament_approves_withdrawal")],
    ),
    # notified akhtarat
    (
        "أخطرت ليتوانيا الأمين العام للأمم المتحدة رسمياً بانسحابها من اتفاقية أوتاوا.",
        [step("LTU", "2025-03", "withdrawal_notified")],
    ),
    # notified deposit notice
    (
        "أودعت إستونيا إشعار الانسحاب من معاهدة أوتاوا لدى الأمم المتحدة يوم الجمعة.",
        [step("EST", "2025-03-07", "withdrawal_notified")],
    ),
    # notified ablaghat
    (
        "أبلغت فنلندا الأمم المتحدة بقرارها الانسحاب من اتفاقية أوتاوا.",
        [step("FIN", "2025-03", "withdrawal_notified")],
    ),
    # notified memo
    (
        "سلّمت لاتفيا مذكرة الانسحاب من اتفاقية أوتاوا إلى الأمين العام للأمم المتحدة.",
        [step("LVA", "2025-03", "withdrawal_notified")],
    ),
    # eff insahabat + weekday
    (
        "انسحبت ليتوانيا رسمياً من اتفاقية أوتاوا يوم السبت.",
        [step("LTU", "2025-03-08", "withdrawal_effective")],
    ),
    # eff hayyiz al-tanfidh
    (
        "دخل انسحاب فنلندا من اتفاقية أوتاوا حيز التنفيذ اليوم.",
        [step("FIN", "2025-03-13", "withdrawal_effective")],
    ),
    # eff lam ta'ud
    (
        "لم تعد إستونيا طرفاً في اتفاقية أوتاوا اعتباراً من اليوم.",
        [step("EST", "2025-03-13", "withdrawal_effective")],
    ),
    # eff nafidhan
    (
        "أصبح انسحاب لاتفيا من معاهدة أوتاوا نافذاً يوم الأحد.",
        [step("LVA", "2025-03-09", "withdrawal_effective")],
    ),
    # eff kharajat
    (
        "خرجت بولندا رسمياً من اتفاقية أوتاوا يوم الجمعة.",
        [step("POL", "2025-03-07", "withdrawal_effective")],
    ),
    # neg may
    ("قد تنسحب ليتوانيا من اتفاقية أوتاوا إذا تدهور الوضع الأمني.", []),
    # neg cluster treaty
    ("انسحبت ليتوانيا من اتفاقية الذخائر العنقودية.", []),
    # neg CFE
    ("انسحبت روسيا من معاهدة القوات التقليدية في أوروبا.", []),
    # neg opposition demands
    ("تطالب المعارضة بالانسحاب من اتفاقية أوتاوا.", []),
    # neg anniversary
    ("يصادف اليوم ذكرى دخول اتفاقية أوتاوا حيز التنفيذ في 1 آذار 1999.", []),
    # neg troops
    ("وافق البرلمان على انسحاب القوات من العراق.", []),
    # neg own eif
    ("دخلت اتفاقية أوتاوا حيز التنفيذ في 1 آذار/مارس 1999.", []),
    # neg will not leave
    ("قالت الحكومة الليتوانية إنها لن تنسحب من اتفاقية أوتاوا.", []),
    # neg join alliance
    ("أعلنت فنلندا أنها ستنضم إلى التحالف العسكري.", []),
    # neg debate
    ("يناقش البرلمان البولندي مشروع الانسحاب من اتفاقية أوتاوا.", []),
    # neg crowds left
    ("خرجت آلاف المتظاهرين من الساحة في وارسو.", []),
]

USES: list[tuple[str, list[Claim]]] = [
    # active + wafq
    (
        "زرعت القوات الروسية ألغاماً مضادة للأفراد في منطقة خاركيف، وفق هيومن رايتس ووتش.",
        [use("RUS")],
    ),
    # passive min qibal
    ("زُرعت الألغام من قبل ميليشيا الحوثي في الطرق المؤدية إلى تعز.", [use("YEM")]),
    # ittahamat
    ("اتهمت الحكومة اليمنية جماعة الحوثي بزرع آلاف الألغام في الحديدة.", [use("YEM")]),
    # afadat demonym
    (
        "أفادت منظمة العفو الدولية بأن الجيش الميانماري استخدم ألغاماً أرضية في ولاية راخين.",
        [use("MMR")],
    ),
    # nadadat noun
    ("ندّدت الأمم المتحدة باستخدام الجيش الروسي للألغام المضادة للأفراد.", [use("RUS")]),
    # yuwasil zar'
    ("يواصل الحوثيون زرع الألغام في المناطق السكنية في اليمن.", [use("YEM")]),
    # capitals
    ("اتهمت كييف موسكو بزرع الألغام في الأراضي الزراعية.", [use("RUS")]),
    # headline present
    ("الحوثيون يزرعون ألغاماً جديدة في الساحل الغربي", [use("YEM")]),
    # sudan lajaat
    ("لجأت القوات السودانية إلى زرع الألغام حول الخرطوم.", [use("SDN")]),
    # dated laying
    ("زرعت القوات الروسية الألغام في حدائق بوتشا في آذار 2022.", [use("RUS", "2022-03")]),
    # neg denies
    ("نفت روسيا استخدام الألغام المضادة للأفراد في أوكرانيا.", []),
    # neg intends
    ("تعتزم ليتوانيا زرع ألغام على حدودها في حال وقوع غزو.", []),
    # neg cluster
    ("استخدمت القوات الروسية الذخائر العنقودية في خاركيف.", []),
    # neg wheat
    ("زرع المزارعون القمح في أراضيهم في سوريا.", []),
    # neg sea mines
    ("ألغام بحرية روسية تهدد الملاحة في البحر الأسود.", []),
    # Haftar forces
    ("زرعت قوات حفتر ألغاماً في الأحياء السكنية جنوب طرابلس.", [use("LBY")]),
    # Daesh
    ("زرع تنظيم داعش آلاف الألغام في محيط الرقة في سوريا.", [use("SYR")]),
    # RSF accused
    ("اتهم الجيش السوداني قوات الدعم السريع بزرع ألغام في الخرطوم.", [use("SDN")]),
    # neg channel
    ("عرضت قناة فضائية صوراً من دارفور عن الجماعات المسلحة.", []),
]

STOCKS: list[tuple[str, list[Claim]]] = [
    # active + year
    ("دمرت أوكرانيا 3,000 لغم مضاد للأفراد من مخزونها عام 2024.", [destroyed("UKR", "2024", 3000)]),
    # passive tamma
    ("تم تدمير 12 ألف لغم من مخزون اليونان العام الماضي.", [destroyed("GRC", "2024", 12)]),
    # completed
    (
        "أتمت بيلاروسيا تدمير مخزونها من الألغام المضادة للأفراد.",
        [destroyed("BLR", "2025-03", None)],
    ),
    # headline present
    ("سريلانكا تدمر آخر ألغامها المخزنة", [destroyed("LKA", "2025-03", None)]),
    # reported noun
    (
        "أعلنت وزارة الدفاع العمانية أمس إتلاف كامل مخزون السلطنة من الألغام.",
        [destroyed("OMN", "2025-03-12", None)],
    ),
    # neg duty
    ("لا يزال على اليونان تدمير 400 ألف لغم من مخزونها.", []),
    # neg fire
    ("دمر حريق مخزن فحم قرب المنجم.", []),
    # neg cluster
    ("أتلفت إسبانيا مخزونها من الذخائر العنقودية.", []),
]

POLICIES: list[tuple[str, list[Claim]]] = [
    # rafa'at hazr
    (
        "رفعت الولايات المتحدة الحظر على استخدام الألغام المضادة للأفراد.",
        [policy("USA", "2025-03")],
    ),
    # resume production
    ("قررت بولندا استئناف إنتاج الألغام المضادة للأفراد.", [policy("POL", "2025-03")]),
    # government intent
    ("أعلنت حكومة وارسو عزمها إنتاج ألغام مضادة للأفراد.", [policy("POL", "2025-03")]),
    # supply approved
    ("وافقت واشنطن على تزويد أوكرانيا بألغام مضادة للأفراد.", [policy("USA", "2025-03")]),
    # neg no intention
    ("لا تنوي بولندا إنتاج ألغام مضادة للأفراد.", []),
    # neg coal ban
    ("حظرت الحكومة استخراج الفحم من المناجم.", []),
    # neg tanks deal
    ("وقعت بولندا اتفاقية مع كوريا الجنوبية لشراء دبابات.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    CASUALTIES + CLEARANCE + TREATY_STEPS + USES + STOCKS + POLICIES,
)
def test_arabic_paradigm_grid(text: str, expected: list[Claim]) -> None:
    assert claims(text, PUBLISHED, "ar") == expected
