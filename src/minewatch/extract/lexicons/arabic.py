"""Arabic, a first reading: our own compilation from Modern Standard Arabic news usage (month
names of both namings: the Levantine/Iraqi "آذار" and the Egyptian/Gulf "مارس", often written
together, "آذار/مارس"; Arabic and Eastern Arabic digits, "٢٠٢٤") and the vocabulary of Arabic
mine-action releases (UNMAS, the Lebanese Mine Action Centre, YEMAC: "لغم", "الألغام المضادة
للأفراد", "مخلفات الحرب", "نزع الألغام", "تطهير"). Words are matched inside longer ones where
Arabic attaches its proclitics ("بالألغام", "وألغام"), so most cues carry no word boundary
before them. Evidence stays the verbatim sentence, right-to-left as written."""

from __future__ import annotations

from minewatch.extract.lexicons.lexicon import COMMA_DIGITS, Lexicon, count_pattern, number_pattern

# (Levantine/Iraqi name, Egyptian/Gulf names) of each month; both, and the pair written with
# a slash ("آذار/مارس", "آذار (مارس)"), name it
_NAMINGS = (
    ("كانون الثاني", ("يناير",)),
    ("شباط", ("فبراير",)),
    ("آذار", ("مارس",)),
    ("نيسان", ("أبريل", "ابريل", "إبريل")),
    ("أيار", ("مايو",)),
    ("حزيران", ("يونيو", "يونيه")),
    ("تموز", ("يوليو", "يوليه")),
    ("آب", ("أغسطس", "اغسطس")),
    ("أيلول", ("سبتمبر",)),
    ("تشرين الأول", ("أكتوبر", "اكتوبر")),
    ("تشرين الثاني", ("نوفمبر",)),
    ("كانون الأول", ("ديسمبر",)),
)
_END = r"(?!\w)"  # a month name is a whole word ("آب" is not the start of "آبار")
MONTHS: dict[str, int] = {}
_SPACE = r"\s+"
for _number, (_levantine, _others) in enumerate(_NAMINGS, start=1):
    _first = _levantine.replace(" ", _SPACE)
    for _name in (_levantine, *_others):
        MONTHS[_name.replace(" ", _SPACE) + _END] = _number
    for _other in _others:
        MONTHS[_first + r"\s*[/(-]\s*" + _other + r"\)?" + _END] = _number

NUMBERS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "ثلاثة": 3, "ثلاث": 3,
    "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7,
    "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرين": 20,
    "عشرون": 20,
}  # fmt: skip
# the teens, written as two words ("خمسة عشر", "ثلاث عشرة"), and the tens in both cases
# ("ثلاثون", "ثلاثين"), as news writes small tolls in words
_UNITS = {"ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
          "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9}  # fmt: skip
NUMBERS |= {f"{unit} {ten}": n + 10 for unit, n in _UNITS.items() for ten in ("عشر", "عشرة")}
NUMBERS |= {
    "أحد عشر": 11, "إحدى عشرة": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12,
    "اثنتي عشرة": 12, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
    "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100,
}  # fmt: skip
_COUNT = count_pattern(NUMBERS)
# the day of a month as an ordinal word ("في الثالث من آذار", "الحادي والعشرين من يناير"):
# the first ten, the teens written as two words, the tens, and a unit joined to a ten by "و"
_ORDINALS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
             "التاسع")  # fmt: skip
DAY_WORDS = {word: n for n, word in enumerate(_ORDINALS, start=1)} | {"العاشر": 10}
DAY_WORDS |= {"الحادي عشر": 11} | {f"{w} عشر": n + 10 for w, n in DAY_WORDS.items() if 1 < n < 10}
DAY_WORDS |= {"العشرين": 20, "الثلاثين": 30, "الحادي والعشرين": 21, "الحادي والثلاثين": 31}
DAY_WORDS |= {f"{w} والعشرين": n + 20 for w, n in DAY_WORDS.items() if 1 < n < 10}
SCALES = {"مليون": 1_000_000, "ملايين": 1_000_000, "مليار": 1_000_000_000, "ألف": 1_000,
          "آلاف": 1_000, "الف": 1_000}  # fmt: skip
# The dual of a victim noun counts two ("قتل مدنيان": two civilians killed; "أصيب طفلان": two
# children injured). Only the nominative -ان / -تان: the oblique -ين is also the plural
# ("مدنيين", civilians), which says no number.
# The oblique -ين / -تين counts two where the noun's plural is broken, so that -ين is only
# the dual ("طفلين": أطفال; "شخصين": أشخاص; "جنديين": جنود); a dual with a possessive ("ابناه",
# "شقيقيه": his two sons, his two brothers) too. Never "ولديه" ("and he has").
DUALS = dict.fromkeys(
    ("طفلان", "طفلتان", "رجلان", "امرأتان", "سيدتان", "مزارعان", "راعيان", "جنديان",
     "عسكريان", "مدنيان", "شابان", "فتاتان", "مواطنان", "شخصان",
     "طفلين", "طفلتين", "رجلين", "امرأتين", "سيدتين", "شخصين", "جنديين", "شابين",
     "فتاتين", "شقيقين", "ابنين",
     "ابناه", "ابنيه", "ابناها", "ابنيها", "ابنتاه", "ابنتيه", "شقيقاه", "شقيقيه",
     "شقيقاها", "شقيقيها", "طفلاه", "طفليه", "طفلاها", "طفليها"),
    2,
)  # fmt: skip


def _voweled(*words: str) -> str:
    """An alternation of ``words`` in which each letter may carry its short-vowel marks,
    shadda or sukun, as a passive is often written ("قُتل", "أُصيب", "زُرعت", "دمّر")."""
    marks = "[\u064b-\u0652\u0670]*"
    return "(?:" + "|".join(marks.join(word) + marks for word in words) + ")"


_KILLED = _voweled(
    "مقتل", "قتل", "وفاة", "استشهاد", "مصرع", "قتلت", "استشهد", "استشهدت", "توفي", "توفيت"
)
# the verb after its subject, in the plural or the dual ("ثلاثة رعاة قتلوا", "طفلان قتلا",
# "أربعة جنود أصيبوا")
_KILLED_AFTER = _voweled("قتلوا", "قتلا", "قتلتا", "قتلن", "استشهدوا", "توفوا", "لقوا")
_INJURED_AFTER = _voweled("أصيبوا", "اصيبوا", "أصيبا", "أصيبتا", "أصبن", "جرحوا")
# "14 شخصاً أصيبوا أو قتلوا": victims counted without a split, a total (``total``)
_NOT_EITHER = r"(?!\s+(?:أو|او)\s+\S)"
_INJURED = _voweled(
    "إصابة", "اصابة", "جرح", "إصابات", "أصيب", "اصيب", "أصيبت", "اصيبت", "أصيبوا", "جرحت"
)
_NUMBER = number_pattern(NUMBERS | DUALS, SCALES, COMMA_DIGITS)
# a victim noun, or "another" / "a third" told after a first victim ("قتل راع وأصيب آخر")
_VICTIM = (
    r"(?:طفل|طفلة|رجل|امرأة|سيدة|مزارع|راع|راعي|جندي|عسكري|مدني|شاب|فتى|فتاة|صبي|مواطن|"
    r"(?:آخر|ثالث|ثالثة|رابع)(?!\w))"
)
# one victim before the verb after "that" ("وأشار إلى أن راعياً أصيب بجروح", "قالت إن طفلة
# قتلت"): the singular noun, bare or accusative, then the verb within two words; never what
# its clause denies ("نفت الشرطة أن طفلاً قتل")
_DENIED = r"(?<!\w)(?:نفى|نفت|ينفي|تنفي|نفوا|ينفون|نفي)(?!\w)"
_THAT_ONE = (
    rf"(?:^|(?<=[،؛,]))(?:(?!{_DENIED})[^،؛,])*?"
    rf"(?<!\w)(?:أن|إن|بأن)\s+{_VICTIM}(?:اً|ًا|ا|ةً)?(?!\w)\s+(?:\S+\s+){{0,2}}?"
)
# the harm's own cause told right after its verb, no mine ("قتل في غارة جوية", "أصيب في حادث
# سير", "أصيب برصاص"): that victim is no mine's
_NOT_OTHER_CAUSE = (
    r"(?!(?:\s+\S+){0,2}?\s+(?:في\s+|إثر\s+|جراء\s+)?(?:حادث|غارة|بغارة|قصف|بقصف|رصاص|برصاص|"
    r"بالرصاص|اشتباك\w*|باشتباك\w*)(?!\w))"
)
_MINE = r"(?:لغم|ألغام|الغام|لغما|لغماً|ألغاما|ألغاماً)"
_WORDS = r"(?:\S+\s+){0,2}?"
_PARLIAMENT = r"البرلمان|مجلس\s+النواب|مجلس\s+الشيوخ|النواب|الكنيست|البرلمانية|السيم"
_VOTE = r"صوت|صوّت|وافق|وافقت|أقر|أقرت|صادق|صادقت|يصوت|يوافق|يقر|يصادق"

ARABIC = Lexicon(
    language="ar",
    months=MONTHS,
    numbers=NUMBERS | DUALS,
    killed=(
        rf"{_KILLED}\s+{_NUMBER}",
        rf"{_NUMBER}\s+{_WORDS}(?:قتلى|قتيلا|قتيلاً|شهداء|حتفهم)",
        rf"{_NUMBER}\s+{_WORDS}{_KILLED_AFTER}(?!\w){_NOT_EITHER}",
        # the blast took their lives ("أودى انفجار لغم بحياة طفلين"), the mine killed them
        # ("قتل لغم أرضي ثلاثة رعاة")
        rf"(?:أودى|أودت)\s+(?:\S+\s+){{0,4}}?بحياة\s+{_NUMBER}",
        rf"{_KILLED}\s+(?:ال)?(?:{_MINE}|انفجار)\s+(?:\S+\s+){{0,2}}?{_NUMBER}",
    ),
    injured=(
        rf"{_INJURED}\s+{_NUMBER}",
        rf"{_NUMBER}\s+{_WORDS}(?:جرحى|مصابين|بجروح)",
        rf"{_NUMBER}\s+{_WORDS}{_INJURED_AFTER}(?!\w){_NOT_EITHER}",
    ),
    one_killed=(
        rf"(?:أودى|أودت)\s+(?:\S+\s+){{0,4}}?بحياة\s+{_VICTIM}|"
        rf"{_KILLED}\s+{_VICTIM}|(?:لقي|لقيت)\s+{_WORDS}(?:حتفه|حتفها|مصرعه|مصرعها)|"
        rf"{_THAT_ONE}{_KILLED}(?!\w){_NOT_OTHER_CAUSE}"
    ),
    # a limb lost is one injured ("بُترت ساق طفل", "بتر قدم مزارع")
    one_injured=(
        rf"(?<!\w)و(?:آخر|ثالث|ثالثة|رابع)\s+{_INJURED}(?!\w)|{_INJURED}\s+{_VICTIM}|{_THAT_ONE}{_INJURED}(?!\w){_NOT_OTHER_CAUSE}|"
        + _voweled("بترت", "بتر")
        + rf"\s+(?:ساق|قدم|يد|رجل|ساقي|قدمي|ذراع)\S*\s+{_VICTIM}"
    ),
    mines=(
        rf"{_MINE}|المضادة\s+للأفراد|مخلفات\s+(?:ال)?حرب|ذخائر|متفجر|انفجار|نزع\s+الألغام|عبو(?:ة|ات)\s+ناسفة|"
        r"إزالة\s+الألغام"
    ),
    # ore mines; cluster munitions with no mine named ("مخزونها من الذخائر العنقودية",
    # "اتفاقية الذخائر العنقودية")
    not_a_mine=rf"منجم|مناجم|التعدين|^(?!.*{_MINE}).*العنقودي",
    # laying in every form: past, present, passive ("زُرعت الألغام"), and the verbal noun
    # after "ب" ("قامت ... بزرع", "اتهمت ... باستخدام"; never bare: "حظر استخدام الألغام"
    # names the ban), with "و"/"ف" before it; the mines up to four words on ("زرعت ميليشيا
    # الحوثي آلاف الألغام", "حقولاً من الألغام"), two after "نشر"/"وضع", which also mean
    # publishing and putting ("نشرت تقريراً عن الألغام")
    use=(
        r"(?<!\w)[وف]?"
        + _voweled(
            "زرع",
            "زرعت",
            "زرعوا",
            "يزرع",
            "تزرع",
            "يزرعون",
            "استخدم",
            "استخدمت",
            "استخدموا",
            "يستخدم",
            "تستخدم",
            "يستخدمون",
            "دفن",
            "دفنت",
        )
        + rf"\s+(?:\S+\s+){{0,4}}?(?:ال|بال|لل)?{_MINE}|"
        r"(?<!\w)[وف]?"
        + _voweled("نشر", "نشرت", "نشروا", "وضع", "وضعت", "وضعوا", "يضع", "تضع")
        + rf"\s+(?:\S+\s+){{0,2}}?(?:ال|بال|لل)?{_MINE}|"
        r"(?<!\w)[وف]?ب"
        + _voweled("زرع", "زراعة", "استخدام", "دفن", "نشر", "وضع")
        + rf"\s+(?:\S+\s+){{0,3}}?(?:ال|بال|لل)?{_MINE}|"
        # a mine, then the verb with it as its masculine object pronoun, a relative clause on
        # the mine ("لغم أرضي زرعته جماعة الحوثي": a landmine that the Houthi group planted)
        rf"(?:ال)?{_MINE}\s+(?:\S+\s+){{0,2}}?"
        + _voweled("زرعته", "زرعه", "زرعوه", "وضعته", "وضعوه", "دفنته", "دفنوه")
        + r"(?!\w)|"
        # the verb with the mines as its object pronoun, in a sentence about mines: "842 لغماً
        # ... زرعتها ميليشيا الحوثي", "قال إن القوات وضعتها"
        r"(?<!\w)[وف]?"
        + _voweled(
            "زرعها",
            "زرعتها",
            "زرعوها",
            "يزرعها",
            "تزرعها",
            "وضعها",
            "وضعتها",
            "وضعوها",
            "دفنها",
            "دفنتها",
            "دفنوها",
            "استخدمها",
            "استخدمتها",
            "استخدموها",
        )
        + r"(?!\w)|"
        # the passive told after the mines: "الألغام التي زُرعت", "ألغام زرعت"
        rf"{_MINE}\s+(?:التي\s+)?" + _voweled("زرعت", "زرعها", "وضعت", "دفنت")
    ),
    destroyed=r"تدمير|دمر|دمرت|تدمر|يدمر|إتلاف|اتلاف|أتلف|أتلفت|تتلف|يتلف",
    stock=r"مخزون|مخازن|ترسان|المخزون|المخزنة|المخزّنة",
    treaty=(r"(?:ال)?(?:[اإ]تفاقي[ةه]|معاهدة)\s+(?:الدولية\s+)?(?:ل)?(?:أوتاوا|اوتاوا|حظر)"),
    treaty_word=r"(?:ال)?(?:[اإ]تفاقي[ةه]|معاهدة)",
    anaphora=r"هذه\s+(?:ال)?(?:ألغام|الأسلحة|الذخائر)",
    suspension=r"تعليق|علقت|علّقت",
    leaving=r"انسحاب|الانسحاب|انسحب\w*|تنسحب",
    steps=(
        (
            "parliament_approves_withdrawal",
            # either order: "وافق البرلمان على الانسحاب", "البرلمان ... صوت لصالح الانسحاب"
            rf"(?:{_VOTE})\s+(?:\S+\s+){{0,2}}?(?:{_PARLIAMENT})[^.؛]{{0,60}}?انسحاب|"
            rf"(?:{_PARLIAMENT})[^.؛]{{0,80}}?(?:{_VOTE})[^.؛]{{0,40}}?انسحاب|"
            # the head of state signs the withdrawal law ("وقّع ... قانون الانسحاب")
            + _voweled("وقع", "وقعت")
            + r"\s+[^.؛]{0,60}?قانون\S*\s+(?:\S+\s+)?(?:ب|ال|بال)?انسحاب",
        ),
        (
            # the instrument of joining deposited ("أودعت حكومة توفالو صك الانضمام")
            "join",
            _voweled("أودع", "أودعت")
            + r"\s+(?:\S+\s+){0,3}?صك\S*\s+(?:ال)?(?:انضمام|تصديق|مصادقة|قبول)",
        ),
        (
            "withdrawal_notified",
            r"(?:أخطر|أخطرت|أبلغ|أبلغت)\s+(?:\S+\s+){0,4}?(?:الأمم\s+المتحدة|الأمين\s+العام)|"
            + _voweled("أودع", "أودعت", "سلم", "سلمت", "قدم", "قدمت")
            # (a day between: "أودعت فنلندا في 10 يوليو وثيقة انسحابها")
            + r"\s+(?:\S+\s+){0,5}?(?:إشعار|اشعار|إخطار|اخطار|وثيقة|صك|مذكرة|رسالة)\S*"
            # never the instrument of joining ("أودعت توفالو صك الانضمام")
            r"(?!\s+(?:ال)?(?:انضمام|تصديق|مصادقة|قبول))|"
            + r"(?:ال)?(?:إخطار|إشعار)\s+(?:ب|ال)?انسحاب\S*\s+(?:\S+\s+){0,6}?(?:أودع|سلم|قدم)",
        ),
        (
            "withdrawal_effective",
            r"(?<!\w)(?:انسحب|انسحبت)\s+(?:رسميا\s+|رسمياً\s+)?من|"
            # the state between the verb and the treaty ("انسحبت ليتوانيا رسمياً من اتفاقية
            # أوتاوا", "خرجت بولندا من المعاهدة")
            r"(?<!\w)[وف]?(?:انسحب|انسحبت|خرج|خرجت)\s+(?:\S+\s+){0,3}?من\s+(?:ال)?(?:[اإ]تفاقي|معاهدة)|"
            r"(?:ال)?انسحاب\w*\s+[^.؛]{0,80}?(?:حيز\s+التنفيذ|نافذ|ساري)|"
            # no longer a party ("لم تعد إستونيا طرفاً في الاتفاقية")
            r"(?<!\w)لم\s+(?:تعد|يعد)\s+(?:\S+\s+){0,3}?(?:دولة\s+)?طرف",
        ),
        (
            "announce_intent_to_withdraw",
            r"(?:أعلن|أعلنت|قرر|قررت|تعلن|يعلن|تقرر|يقرر)\s+[^.؛]{0,60}?(?:الانسحاب|انسحاب|الخروج)|"
            # the leaving to come, said or announced ("أعلن ... أن فنلندا ستنسحب", "قالت حكومة
            # وارسو إنها ستنسحب"), and the intention stated ("تعتزم إستونيا الانسحاب"): the cue
            # holds the future and the verb of intent, which veto nothing inside it
            r"(?:أعلن|أعلنت|قال|قالت|أكد|أكدت|ذكر|ذكرت)\s+[^.؛]{0,80}?(?<!\w)(?:أن|إن|بأن)\S*\s+"
            r"(?:\S+\s+){0,3}?(?:س|سوف\s+)[تي](?:نسحب|خرج)|"
            r"(?<!\w)(?:تعتزم|يعتزم|تنوي|ينوي)\s+(?:\S+\s+){0,3}?(?:ال)?(?:انسحاب|خروج)|"
            # a decree signed or issued ("وقّع مرسوماً بالانسحاب", "أصدر قراراً بالانسحاب")
            + _voweled("وقع", "وقعت", "أصدر", "أصدرت")
            + r"\s+[^.؛]{0,60}?(?:مرسوم|قرار)\S*\s+(?:\S+\s+){0,2}?(?:ب|ال|بال)?انسحاب",
        ),
        (
            "announce_intent_to_join",
            r"(?:وافق|وافقت|أعلن|أعلنت|قرر|قررت|أقر|أقرت)\s+[^.؛]{0,60}?(?:ال)?انضمام",
        ),
        # becoming a State Party is the Convention's entry into force for the state
        (
            "entry_into_force",
            r"(?:أصبح|أصبحت|صار|صارت)\s+(?:\S+\s+)?دولة\s+طرف|"
            r"دخل\S*\s+[^.؛]{0,40}?حيز\s+التنفيذ\s+(?:بالنسبة\s+)?(?:ل|إلى)|"
            r"(?:بدأ|يبدأ)\s+سريان\s+[^.؛]{0,40}?(?:على|بالنسبة\s+ل)",
        ),
        (
            "join",
            r"(?<!\w)[وف]?(?:صادق|صادقت|انضم|انضمت|تنضم|ينضم|تصادق|يصادق)\s+(?:\S+\s+){0,2}?"
            r"(?:على|إلى|الى)|"
            # the passive ("تمت المصادقة على"), and the accession as a headline's or a
            # welcome's noun ("انضمام جزر مارشال إلى", "رحبت ... بانضمام")
            r"(?<!\w)(?:تمت|تم)\s+(?:ال)?(?:مصادقة|تصديق|انضمام)|"
            r"(?:^|(?<!\w)ب)انضمام\s+(?:\S+\s+){1,3}?(?:إلى|الى)",
        ),
    ),
    # plans, intentions, calls on others, denials and negation of a past act ("لم", "لن",
    # "سوف", "تدعو")
    veto=(
        r"(?<!\w)(?:سوف|لن|لم(?!\s+(?:تعد|يعد)(?!\w))|نفى|نفت|ينفي|تنفي|تعتزم|يعتزم|تنوي|ينوي|تخطط|"
        r"يخطط|قد\s+ي\w+|قد\s+ت\w+|تدعو|يدعو|دعت|دعا|تطالب|يطالب|طالبت|طالب|"
        # goals ("يسعى لإعلان أراضيه خالية من الألغام بحلول عام 2025")
        r"يسعى|تسعى|يهدف|تهدف|يطمح|تطمح)(?!\w)|"
        # a duty still to do ("لا يزال على اليونان تدمير", "يتعين على")
        r"(?<!\w)(?:لا\s+(?:يزال|تزال)\s+على|يتعين\s+على|يجب\s+على)(?!\w)|"
        # the future prefix on a step or laying verb: "ستنسحب", "سينضم", "ستزرع"
        r"(?<!\w)و?س[تين](?:نسحب|نضم|صادق|زرع|ستخدم|وقع|دخل|صبح)"
    ),
    # thousands after a comma or a dot ("21.640 لغماً": no 640 mines)
    mine_count=rf"(?P<n>\d{{1,3}}(?:[,.]\d{{3}})+|\d+)\s+(?:\S+\s+)?{_MINE}",
    # the Houthis lay mines in Yemen only: a use by them is placed there (eval-dev README:
    # a non-state group's use is the country where it happened)
    states={"الحوثي": "YEM", "الحوثيين": "YEM"},
    weekdays=(
        "الاثنين|الإثنين",
        "الثلاثاء",
        "الأربعاء|الاربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد|الاحد",
    ),
    weekday_prefix=r"(?<!\w)(?:يوم\s+)?",
    day_words=DAY_WORDS,
    day_link=r"(?:من\s+)?(?:شهر\s+)?",
    day_before=r"(?:^|(?<!\w)و?(?:في|يوم|بتاريخ|صباح|مساء|ليلة|فجر)\s+)",
    # a range of days: "من 5 تشرين الأول 2024 إلى 20 كانون الثاني", "بين 3 و9 أيار": its
    # first date opens a period
    range_start=r"(?<!\w)(?:من|بين)\s+$",
    range_next=r"\s*(?:و\s*)?(?:إلى|الى|حتى|و)\s*\d",
    # "بين يناير ويونيو", "من يناير إلى يونيو"
    month_range=(r"(?<!\w)(?:بين|من)\s+", r"(?:و\s*|إلى\s+|حتى\s+)"),
    # "خلال الشهر ذاته", "في الفترة نفسها": the period of the sentence before
    same_period=(
        r"(?:خلال|في)\s+(?:الشهر|الفترة|العام|المدة|السنة)\s+(?:ذاته|ذاتها|نفسه|نفسها)|"
        r"(?:خلال|في)\s+(?:نفس|ذات)\s+(?:الشهر|الفترة|العام|المدة|السنة)"
    ),
    # "خلال الأشهر الثمانية الأولى من العام الحالي", "الستة أشهر الأولى من عام 2025": the
    # first N months of a year, dated by the last (as "the first eight months of this year")
    first_months=(
        rf"(?:(?<=الأشهر\s)|(?<=الشهور\s)|(?=ال\S+\s+(?:أشهر|شهور)\s))ال{_COUNT}\s+"
        r"(?:(?:أشهر|شهور)\s+)?الأولى(?:\s+(?:من|في)\s+(?:العام|عام|سنة)\s+"
        r"(?P<year>(?:19|20)\d\d))?"
    ),
    relative=(
        (r"(?<!\w)أول\s+(?:أمس|امس)(?!\w)", "day", 2),
        (r"(?<!\w)(?:أمس|امس|البارحة)(?!\w)", "day", 1),
        # never "اليوم العالمي" / "اليوم الدولي", a day of the calendar ("World Day")
        (r"(?<!\w)(?:اليوم|صباح\s+اليوم)(?!\w)(?!\s+(?:العالمي|الدولي|الوطني))", "day", 0),
        (r"(?:ال)?(?:أسبوع|اسبوع)\s+الماضي", "week", 1),
        # recency, as "récemment": "خلال الأسبوعين الماضيين", "في الأيام الأخيرة", "مؤخراً" (the
        # publication month, README rule 6's "recently planted")
        (
            r"(?:خلال|في)\s+(?:ال)?(?:أيام|الأيام|أسابيع|الأسابيع|الأسبوعين|اليومين)\s+"
            r"(?:الماضية|الأخيرة|الماضيين|الأخيرين)|(?<!\w)مؤخر(?:ا|اً|ًا)?(?!\w)",
            "month",
            0,
        ),
        (r"هذا\s+(?:ال)?(?:أسبوع|اسبوع)", "week", 0),
        (r"الشهر\s+الماضي", "month", 1),
        (r"هذا\s+الشهر|الشهر\s+الجاري", "month", 0),
        (r"العام\s+الماضي|السنة\s+الماضية", "year", 1),
        (r"هذا\s+العام|العام\s+الجاري|العام\s+الحالي|هذه\s+السنة", "year", 0),
    ),
    ago=(
        rf"(?<!\w)قبل\s+(?:{_COUNT}\s+)?(?:(?P<day>أيام|يوم)|(?P<week>أسابيع|أسبوع)|"
        r"(?P<month>أشهر|شهر)|(?P<year>سنوات|أعوام|عام|سنة))(?!\w)"
    ),
    # the day of the saying, right after its verb or after its subject set off by commas
    # ("أعلنت دائرة شؤون الألغام، اليوم الاثنين، تطهير ..."; never past "أن", "that")
    reported=(
        r"(?:قال|قالت|أعلن|أعلنت|أكد|أكدت|ذكر|ذكرت|أفاد|أفادت)\s+"
        r"(?:(?:(?!أن(?!\w)|إن(?!\w))[^\s،,.]+\s+){0,6}[^\s،,.]+\s*[،,]\s*)?$"
    ),
    # "منذ عام 2018", "منذ سقوط النظام في 8 كانون الأول 2024", "منذ انطلاق المشروع منتصف عام
    # 2018": the event that opens the period may stand between
    since=(
        r"(?:منذ|اعتبارا\s+من|اعتباراً\s+من)\s+(?:\S+\s+){0,3}?(?:في\s+)?"
        r"(?:عام\s+|العام\s+|مطلع\s+|بداية\s+|منتصف\s+|أواخر\s+)?$"
    ),
    open_period=(r"منذ\s+(?:بداية|بدء|انطلاق|مطلع|سقوط|اندلاع|انتهاء|نهاية)|حتى\s+(?:الآن|اليوم)"),
    # "وأصيب ثلاثة آخرون", "كما أصيب شقيقه": more victims of the blast just told
    more_victims=(
        r"(?:و|كما\s+)?(?:أصيب|اصيب|أُصيب|جرح|جُرح|قتل|قُتل)\s+(?:\S+\s+){0,2}?(?:آخر|آخران|آخرون|"
        r"آخرين|أخرى)(?!\S)|(?:و|كما\s+)?(?:أصيب|اصيب|أُصيب)\s+(?:شقيقه|شقيقها|ابنه|ابنها|والده|"
        r"زوجته|رفيقه|زميله)"
    ),
    # "دون وقوع إصابات", "لم يصب أحد بأذى"
    # the blast or the harm itself (``Lexicon.blast``)
    blast=(r"(?:انفجار|انفجر|تفجير|داس|دهس|أصيب|إصابة|اصابة|مقتل|قتل|لقي|بتر)"),
    unharmed=(
        r"(?:دون|بدون|من\s+دون)\s+(?:وقوع\s+|تسجيل\s+)?(?:أي\s+)?(?:إصابات|اصابات|خسائر\s+بشرية|ضحايا)|"
        r"لم\s+(?:يصب|يُصب|يسفر\s+عن|تسجل|يصَب)\s+(?:أحد|أي\s+(?:إصابات|ضحايا)|بأذى)"
    ),
    anti_vehicle=r"(?:ال)?مضاد\S*\s+(?:لل|ل)(?:دبابات|آليات|مركبات|دروع)",
    earlier_clause=r"(?<!\w)بعد\s+أن(?!\w)",
    total=(
        rf"{_NUMBER}\s+(?:ضحية|ضحايا)",
        rf"{_NUMBER}\s+{_WORDS}(?:{_KILLED_AFTER}|{_INJURED_AFTER})\s+(?:أو|او)\s+"
        rf"(?:{_KILLED_AFTER}|{_INJURED_AFTER})(?!\w)",
    ),
    collective=r"الدول\s+الأطراف",
    world=r"(?:في|حول)\s+العالم|عالميا|عالمياً",
    scales=SCALES,
    units=(
        ("ha", r"هكتار\w*"),
        ("km2", r"(?:كيلومتر\w*|كم)\s*(?:مربع\w*|2|²)"),
        ("sq_mile", r"(?:ميل|أميال)\s*(?:مربع\w*|2|²)"),
        ("m2", r"(?:متر\w*|م)\s*(?:مربع\w*|2|²)"),
        ("acre", r"(?:أكر|آكر|ايكر|إيكر|أيكر)\w*"),
        ("dunam", r"(?:ال)?(?:دونم|دنم)\w*"),
        ("feddan", r"(?:ال)?(?:فدان\w*|أفدنة)"),
        (
            "uxo",
            r"(?:(?:قطعة|قطع)\s+(?:من\s+)?)?(?:ال)?ذخائر\s+غير\s+(?:ال)?منفجرة|"
            r"(?:قذيفة|قذائف)\s+غير\s+(?:ال)?منفجرة|(?:من\s+)?مخلفات\s+(?:ال)?حرب",
        ),
        # "أزالت 3,870 جسماً متفجراً", "117 جسما قابلا للانفجار": explosive objects counted
        (
            "explosive_devices",
            r"عبو(?:ة|ات)\s+ناسفة|أجسام\s+متفجرة|قطع\s+متفجرة|"
            r"جسم(?:ا|اً)?\s+(?:متفجر(?:ا|اً)?|قابل(?:ا|اً)?\s+للانفجار)",
        ),
    ),
    # clearance declared done: a land free of mines ("أعلنت الكويت خلو أراضيها من الألغام",
    # "خالية من الألغام"), the work finished ("أنهت الفرق تطهير آخر حقل")
    completed=(
        rf"(?<!\w)(?:خلو|خلوّ|خال|خالية|خالياً|خاليا)\s+(?:\S+\s+){{0,2}}?من\s+(?:ال)?{_MINE}|"
        r"(?<!\w)(?:أنهت|أنهى|أكملت|أكمل|أتمت|أتم|استكملت|استكمل)\s+(?:\S+\s+){0,3}?"
        r"(?:عمليات\s+)?(?:تطهير|إزالة|نزع)"
    ),
    cleared=_voweled(
        "تطهير",
        "طهر",
        "طهرت",
        "إزالة",
        "ازالة",
        "أزال",
        "أزالت",
        "أزيل",
        "أزيلت",
        "نزع",
        "نزعت",
        "انتزاع",
        "انتزع",
        "انتزعت",
        # the participle of a running total: "عدد الألغام المنزوعة ... إلى 354,880 لغماً"
        "منزوع",
        "تفكيك",
        "فكك",
        "فككت",
        "فككوا",
        "إبطال",
        "أبطل",
        "أبطلت",
        "إتلاف",
        "أتلف",
        "تدمير",
        "دمر",
        "دمرت",
        "مسح",
        "تحرير",
    )
    # the teams "lifted" the mines ("رفعت الفرق 8,450 لغماً"): a whole word (never "ارتفعت", a
    # toll rose) with its figure within four words (never "رفعت الحكومة شكوى ... بشأن 300 لغم",
    # a complaint filed)
    + r"|(?<!\w)(?:رفع|رفعت|رفعوا)(?!\w)(?=\s+(?:\S+\s+){0,4}?(?:(?:أكثر|اكثر)\s+من\s+|نحو\s+)?\d)",
    policy=(
        r"(?:أعلن|أعلنت|قرر|قررت|فرض|فرضت|ألغى|ألغت|أقر|أقرت|وقع|وقعت|أعاد|أعادت|رفع|رفعت)"
        r"[^.؛]{0,80}?(?:حظر|السماح|سياسة|قيود)[^.؛]{0,60}?(?:ال)?" + _MINE + "|"
        # production, purchase or supply decided, resumed or allowed ("قررت بولندا استئناف
        # إنتاج الألغام", "أعلنت حكومة وارسو عزمها إنتاج ألغام", "وافقت واشنطن على تزويد
        # أوكرانيا بألغام")
        r"(?:أعلن|أعلنت|قرر|قررت|وافق|وافقت|أقر|أقرت)\s+[^.؛]{0,40}?(?:استئناف\s+)?(?:إنتاج|"
        r"تصنيع|شراء|اقتناء|تزويد|توريد|تسليم|نقل|تصدير)\s+(?:\S+\s+){0,2}?(?:ال|بال|ب)?" + _MINE
    ),
    of=r"من",
    month_alone=r"(?<!\w)(?:في|خلال|مطلع|أواخر|منتصف|منذ)\s+(?:شهر\s+)?",
    # a war or an era of the past whose mines no one is accused of ("خلال الحرب العراقية
    # الإيرانية", "إبان الحرب", "خلال معارك العلمين", "في عقود سابقة", "في ثمانينيات القرن
    # الماضي"; ``Lexicon.past_war``)
    past_war=(
        # (never a body's name: "المركز الليبي للأعمال المتعلقة بالألغام ومخلفات الحروب")
        r"(?<!\w)(?<!مخلفات\s)(?:[وبفل]|بال|وال|فال|لل)?(?:ال)?(?:حرب|حروب|معارك|معركة)(?!\w)|"
        r"(?<!\w)(?:ال)?عقود\s+(?:ال)?(?:سابقة|ماضية)|(?:ثمانينيات|سبعينيات|تسعينيات|ستينيات)"
    ),
    eastern_digits=True,
    comma_thousands=True,
)
