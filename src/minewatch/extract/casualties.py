"""Killed and injured counts as news states them; nothing is inferred.

Explicit numbers win ("1,945 deaths", "killing nine children", "injuries to 113 others");
a single named victim counts as one ("a farmer was killed", "a deminer losing his foot");
"no injuries" is an explicit zero. Someone injured who later died counts as killed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minewatch.extract.gates import Gated, may_match
from minewatch.extract.numbers import NUMBER, as_count, parse_number

_N = rf"(?P<n>{NUMBER})"
_VICTIM = (
    r"(?:man|woman|boy|girl|child|soldier|ranger|driver|civilian|farmer|deminer|person|"
    r"villager|herder|shepherd|policeman|officer|sapper|teenager|resident|sergeant|corporal|"
    r"worker|labou?rer|journalist|fighter|guard|student|pupil|hunter|fisherman|serviceman|"
    r"engineer|technician|medic|nurse|doctor|teacher|trader|pilgrim|tourist|passenger|motorist|"
    r"cyclist|youth|infant|baby|son|daughter|brother|sister|mother|father|nephew|niece|cousin|"
    r"husband|wife|grandmother|grandfather|relative|neighbou?r|peacekeeper|conscript|"
    r"policewoman|militiaman|volunteer|"
    # trades and lives that take people onto mined ground ("an Army porter", "a Kurdish
    # kolbar", "a mushroom picker"), ranks and uniforms, and kin
    r"porter|kolbar|guide|hiker|trekker|smuggler|logger|woodcutter|forager|picker|gatherer|"
    r"collector|scavenger|herdsman|goatherd|cowherd|shepherdess|nomad|pastoralist|farmhand|"
    r"migrant|refugee|returnee|schoolboy|schoolgirl|toddler|kid|paramedic|firefighter|rescuer|"
    r"lieutenant|captain|commander|trooper|marine|paratrooper|gendarme|constable|jawan|"
    r"rifleman|patrolman|sentry|contractor|employee|member|elder|pensioner|grandson|"
    r"granddaughter|uncle|aunt|colleague|comrade|companion|co-worker|workmate|passers?-by|"
    r"bystander|\d{1,3}-year-old)"
)
_ONE = (
    rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\b"
    # up to fourteen words about who it was, a bracketed name or a possessive among them ("A
    # deminer working for the national centre (NMAC) was killed", "A resident of a village in
    # Azerbaijan's Aghdam district was injured")
    rf"(?:,?\s+(?:[\w'’-]+|\([^()]{{1,30}}\))){{0,14}}?,?\s+"
)
_LIMB = (
    r"(?:lost|losing|loses|lose)\s+(?:his|her|their|both|a|an|one)\s+(?:\w+\s+)?"
    r"(?:legs?|arms?|ankles?|feet|foot|hands?|limbs?|eyes?)"
)
# a limb lost, told with its loser or not ("a shepherd lost a foot", "losing both legs")
LOST_LIMB = re.compile(rf"\b{_LIMB}\b")
_PASSIVE = (
    # up to eight words about who they were ("four villagers returning to Nyaung Pin Thar
    # village were killed")
    # a possessive among them ("Two deminers from Colombia's army were wounded")
    r"(?:(?!and\b|of\b)[a-zA-Z-]+(?:['’]s)?\s+){0,8}?"
    # "Two boys aged nine and twelve were killed": the ages between the count and the verb
    r"(?:[a-zA-Z-]+,?\s+aged\s+(?:\d{1,2}|[a-z]+)(?:(?:,\s*|\s+and\s+|\s+to\s+)(?:\d{1,2}|[a-z]+)){0,4},?\s+)?"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
)
# "418 people have been killed or injured": a total without the split, not 418 killed
_EITHER = r"(?!\s+(?:or|and/or)\s+(?:injured|wounded|maimed|hurt|killed))"
# "Three children - aged six, nine and eleven - were hurt": an appositive between count and verb
_APPOSITIVE = (
    r"\s+(?:[\w-]+\s+){0,2}?[a-z]+\s*[-–—(][^.;]{0,60}?[-–—)]\s*(?:were|was|have\s+been|"
    r"had\s+been)\s+(?:\w+\s+)?"
)
# "176 people, including 10 women and 14 children, were killed": an including-list between
_INCLUDING = (
    r"\s+(?:[\w-]+\s+){0,2}?[a-z]+,\s+including\s+[^.;]{0,80}?,\s+(?:were|was|have\s+been|"
    r"had\s+been)\s+(?:\w+\s+)?"
)
# "Eight people, all of them civilians, were killed": a short appositive between commas
_COMMA_APPOSITIVE = (
    r"\s+(?:[\w-]+\s+){0,2}?[a-z]+,\s+[^.;,]{1,50},\s+(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?"
)
_OTHERS = r"(?:others?\s+|more\s+|people\s+|persons\s+|civilian\s+|child\s+|military\s+)?"
# "Three members of one family were killed": the count before a group noun and its "of"
_MEMBERS = (
    # "Two soldiers of the Senegalese army were injured", "three employees of a demining firm"
    rf"\s+(?:members|relatives|residents|people|children|{_VICTIM}s)\s+of\s+(?:[\w-]+\s+){{1,5}}?"
    # a relative clause about the group: "Three members of a family who had returned to their
    # home in Sinjar were killed"
    r"(?:(?:who|that)\s+(?:[\w'’-]+,?\s+){1,10}?)?"
    r"(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?"
)


def _brought_to(
    outcome: str, toll: str | None = None, *, either: bool = True
) -> list[re.Pattern[str]]:
    """A running total that the incident told before brings to its figure, in a sentence of its
    own, the figure before the noun or after it ("The incident brings to 13 the number of
    soldiers wounded", "His death brought the number of people killed this year to 31";
    ``toll``: a noun that is that number, "the death toll"): ``outcome`` counted, never a total
    without the split when ``either``. Only the sentence's own verb after a short subject
    that refers back ("This", "The blast", "Tuesday's explosion"): a clause "..., bringing to
    53 the number ..." beside the incident's own count is not read as its count."""
    verb = r"^(?:[\w'’-]+\s+){1,3}?(?:brings|brought|takes|took|has\s+(?:brought|taken))\s+"
    # words about who they were, never the other half of "killed or injured" when ``either``
    gap = r"(?:(?!or\b|and\b)[\w-]+\s+)" if either else r"(?:[\w/-]+\s+)"
    noun = rf"(?:number|total)\s+of\s+{gap}{{0,5}}?{outcome}\b"
    if either:
        noun += r"(?!\s+(?:or|and|and/or)\s)"
    if toll is not None:
        noun = rf"(?:{noun}|{toll}\b)"
    return [
        re.compile(rf"{verb}to\s+{_N}\s+the\s+{noun}", re.IGNORECASE),
        re.compile(rf"{verb}the\s+{noun}[^.;]{{0,80}}?\bto\s+{_N}", re.IGNORECASE),
    ]


# "Three of them were wounded", "two of the herders died": a count of a group told before
_OF_THEM = (
    r"\s+of\s+(?:them|those|these|whom|the\s+(?:[\w-]+\s+){0,2}?[a-z]+)\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
)


def _counted(outcome: str) -> list[re.Pattern[str]]:
    """A count, words about who they were, then the outcome (``_MEMBERS``, ``_APPOSITIVE``,
    ``_INCLUDING``, ``_COMMA_APPOSITIVE``: "Eight people, all of them civilians, were killed";
    ``_OF_THEM``: "three of them were wounded")."""
    joins = (_MEMBERS, _APPOSITIVE, _INCLUDING, _COMMA_APPOSITIVE, _OF_THEM)
    # never "71 members of ... have been killed or wounded": a total without the split
    return [re.compile(rf"{_N}{join}{outcome}\b{_EITHER}", re.IGNORECASE) for join in joins]


# a toll of the war or of another weapon, not of the mines the sentence names in another clause
# ("The death toll in the war has risen to 10,000, and landmines remain a threat", "put the
# number of civilians killed in the war at 12,000, including 300 by mines", "put the number of
# people killed by Russia's drone strikes on Kherson at 41, while mines killed three more")
_NOT_MINES = (
    r"(?!\s+(?:in|of|from|by)\s+(?:the\s+)?(?:(?!(?:land)?mine)[\w'-]+\s+){0,2}?(?:war|conflict|"
    r"fighting|invasion|offensive|siege|shelling|bombardment|(?:air|drone|missile)\s+(?:strikes?|"
    r"attacks?)|drones?|missiles?|artillery|earthquake|floods?)(?![\w-]))"
)
_KILLED = [
    # "martyred": killed, as South Asian and Middle Eastern outlets write of soldiers and police
    *_counted("(?:killed|dead|martyred)"),
    # a headline's passive with no auxiliary: "Two children killed, one hurt in Ghazni landmine
    # blast", "Three deminers killed as mine explodes" (never "Two mines killed a farmer")
    re.compile(
        rf"^{_N}\s+(?:[\w-]+\s+)?(?:{_VICTIM}s?|children|men|women|people)\s+(?:killed|dead)\b"
        r"(?=\s*[,;:]|\s*$|\s+(?:in|by|as|when|after|and|on|near|at|while|from)\b)",
        re.IGNORECASE,
    ),
    re.compile(rf"\bclaimed\s+the\s+lives?\s+of\s+{_N}", re.IGNORECASE),
    # a figure "put at": "put the number of people killed by mines ... at 41", "put the death
    # toll from the blast at six" (never "the number killed or injured": a total)
    re.compile(
        rf"\b(?:put|puts|putting|placed|places)\s+(?:the\s+)?(?:number\s+of\s+(?:[\w-]+\s+)"
        rf"{{0,3}}?(?:killed|dead|deaths|fatalities)(?!\s+(?:or|and)\s){_NOT_MINES}|"
        rf"death\s+toll{_NOT_MINES})\b"
        rf"[^.;]{{0,100}}?\bat\s+{_N}",
        re.IGNORECASE,
    ),
    # a death toll or the number killed risen to a figure: "the death toll among shepherds
    # killed by landmines has risen to 48", "the number of civilians killed ... climbed to 31"
    re.compile(
        rf"\b(?:death\s+toll{_NOT_MINES}|number\s+of\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:killed|dead|deaths){_NOT_MINES})\b"
        rf"(?!\s+(?:or|and)\s)[^.;]{{0,80}}?\b(?:has\s+|had\s+|have\s+)?(?:risen|rose|"
        rf"increased|climbed|grown|grew|jumped|reached)\s+(?:to\s+)?{_N}",
        re.IGNORECASE,
    ),
    # a running total an incident brings to its figure: "The blast brings to 14 the number of
    # civilians killed by mines since March", "brought the number of deminers killed this year
    # to five" (never "the number killed or injured": a total)
    *_brought_to(rf"(?:killed|dead|deaths){_NOT_MINES}", "death\\s+toll"),
    # "claimed 12 lives", "12 deminers lost their lives", "left two soldiers dead"
    re.compile(rf"\b(?:claimed|took|cost)\s+{_N}\s+(?:[\w-]+\s+)?lives\b", re.IGNORECASE),
    re.compile(rf"{_N}\s+(?:[\w-]+\s+){{0,3}}?lost\s+their\s+lives\b", re.IGNORECASE),
    re.compile(rf"\bleft\s+{_N}\s+(?:[\w-]+\s+){{0,2}}?dead\b", re.IGNORECASE),
    re.compile(rf"{_N}\s+{_PASSIVE}fatally\s+(?:injured|wounded|hurt)\b", re.IGNORECASE),
    re.compile(rf"{_N}\s+{_OTHERS}(?:deaths|fatalities|dead|killed)\b", re.IGNORECASE),
    # "9 mine deaths", "12 landmine-related fatalities", "40 civilian mine deaths"
    re.compile(rf"{_N}\s+(?:[a-z-]+\s+){{1,2}}?(?:deaths|fatalities)\b"),
    re.compile(rf"\bdeaths?\s+of\s+{_N}", re.IGNORECASE),
    re.compile(
        # never "the killed 42 and 52 years old": the participle a noun, then ages
        rf"(?<!\bor\s)(?<!\bthe\s)\b(?:killing|killed|kills)\s+{_N}(?:\s+[a-z]+)?"
        rf"(?:\s+and\s+(?P<n2>{NUMBER}))?"
    ),
    re.compile(rf"{_N}\s+{_PASSIVE}(?:killed|dead|martyred)\b{_EITHER}", re.IGNORECASE),
    re.compile(rf"{_N}\s+(?:were|was)\s+fatal\b", re.IGNORECASE),
    re.compile(rf"{_N}\s+(?:[\w-]+\s+){{0,3}}?died\b", re.IGNORECASE),
    # the dead among a total told before: "385 people were hurt, 70 of them fatally", "41
    # casualties, 17 of them killed"
    re.compile(
        rf"{_N}\s+of\s+(?:them|those|these|whom)\s+(?:fatally|mortally|killed|dead)\b",
        re.IGNORECASE,
    ),
]
_HURT = r"(?:injured|wounded|hurt|maimed|hospitali[sz]ed)"
_INJURED = [
    *_counted(_HURT),
    # "The incident brings to 13 the number of soldiers wounded by mines since July"
    *_brought_to(_HURT),
    re.compile(rf"{_N}\s+{_OTHERS}(?:injuries|{_HURT})\b", re.IGNORECASE),
    re.compile(rf"{_N}\s+(?:[a-z-]+\s+){{1,2}}?injuries\b"),
    # the verb left out after a first harm: "were killed and five neighbours injured"
    re.compile(rf"{_N}\s+(?:[\w-]+\s+)?{_VICTIM}s?\s+{_HURT}\b", re.IGNORECASE),
    # "killed or injured 40 people" is a total without the split, not 40 injured; "the injured
    # 34" is an age, the participle a noun
    re.compile(
        rf"(?<!\bor\s)(?<!\bthe\s)\b(?:injuries\s+to|injuring|injured|wounding|wounded|maiming|maimed)\s+{_N}"
    ),
    # "killed a woman and wounded her two sons": kin counted after a possessive
    re.compile(
        rf"(?<!\bor\s)\b(?:injuring|injured|wounding|wounded|maiming|maimed)\s+(?:his|her|their)\s+"
        rf"{_N}\s+[a-z-]+"
    ),
    re.compile(rf"{_N}\s+{_PASSIVE}(?<!fatally\s){_HURT}\b{_EITHER}", re.IGNORECASE),
    # "left four soldiers wounded", "left two farmers with severe wounds"
    re.compile(
        rf"\bleft\s+{_N}\s+(?:[\w-]+\s+){{0,2}}?(?:{_HURT}|with\s+(?:[\w-]+\s+)?(?:injuries|wounds))",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_N}\s+[^.;]{{0,60}}?\s+(?:sustained|suffered|received)\s+(?:\w+\s+){{0,4}}?"
        r"(?:injuries|wounds)",
        re.IGNORECASE,
    ),
    re.compile(rf"{_N}\s+(?:[\w-]+\s+){{0,3}}?{_LIMB}", re.IGNORECASE),
]
_ONE_KILLED = re.compile(
    rf"{_ONE}(?:was\s+(?:\w+\s+)?killed|(?:later\s+)?(?:died|succumbed)|was\s+fatally\s+(?:injured|wounded|hurt)|"
    r"lost\s+(?:his|her)\s+life)\b|"
    # "claimed the life of a shepherd", "left a farmer dead"
    rf"\bclaimed\s+the\s+life\s+of\s+(?:an?|one|the)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\b|"
    rf"\bleft\s+(?:an?|one|the)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+dead\b|"
    # "A woman ... was badly injured by a mine and later died in hospital"
    rf"{_ONE}was\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b[^.;]{{0,60}}?\band\s+later\s+died\b|"
    rf"\b(?:killing|death)\s+of\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\b|"
    rf"\b(?:killed|killing|kills)\s+(?:an?|one|the)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\b|"
    r"\b(?:killed|killing|kills)\s+(?:an?\s+)?\d{1,3}-year-old\b|"
    r"\b(?:[Hh]e|[Ss]he)\s+(?:later\s+)?died\s+(?:(?:of|from)\s+(?:his|her)\s+(?:wounds|injuries)|"
    r"(?:later\s+)?(?:in|at|on\s+the\s+way\s+to)\s+(?:the\s+|a\s+)?hospital)|"
    # "Seven were injured, and one was killed", "two were hurt while another died"
    r"\b(?:and|while)\s+(?:one|another|a\s+(?:second|third|fourth)|one\s+other)\s+"
    r"(?:was\s+(?:\w+\s+)?killed|"
    r"(?:later\s+)?died)\b|"
    # "One of them later died", "One of the wounded soldiers died in hospital"
    r"\b[Oo]ne\s+of\s+(?:them|the\s+(?:[\w-]+\s+){0,2}?[a-z]+)\s+(?:later\s+|subsequently\s+)?"
    r"(?:died|succumbed)\b"
)
# one more victim told after a count of the same harm ("Two soldiers lost their legs and a
# third was lightly wounded"), not another blast ("and another mine wounded ...")
_ONE_MORE_HURT = re.compile(
    r"\band\s+(?:another|a\s+(?:second|third|fourth|fifth)|one\s+other)\s+"
    r"(?!(?:mine|blast|explosion|device|incident|landmine|two|three|four|five|six|\d+)\b)"
    r"(?:[\w-]+\s+)?(?:was\s+)?(?:\w+\s+)?(?:injured|wounded|hurt)\b"
)


# one told of as harmed and then dead is killed, not injured: "A farmer who was injured by a
# mine on 3 May died in hospital", "was badly injured ... and later died"
_INJURED_THEN_DIED = re.compile(
    r"\blater\s+died|\bwho\s+(?:was|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b[^.;]{0,80}?"
    r"\b(?:died|succumbed)\b"
)
# a victim of a blast told before dying afterwards: "He died of his wounds on Monday", "One of
# them later died in hospital" (``merging`` moves the victim from injured to killed)
DIED_LATER = re.compile(
    rf"^(?:He|She|One\s+of\s+(?:them|the\s+(?:[\w-]+\s+){{0,2}}?[a-z]+)|The\s+(?:[\w-]+\s+)?{_VICTIM})"
    r"\s+(?:(?:later|subsequently|also|then)\s+)?(?:died|succumbed)\b"
)
# more victims of the incident just told, opening their own sentence: an ordinal ("A second
# man riding in the cab was hospitalised"), a count of others ("Two other rangers in the
# patrol suffered wounds") or kin ("His brother, who was walking beside him, was hurt");
# ``merging`` adds them to that incident (a sentence with a mine word of its own is not one)
MORE_VICTIMS = re.compile(
    rf"(?:An?|The|One)\s+(?:second|third|fourth|fifth)\s+(?:[\w-]+\s+)?{_VICTIM}\b|"
    rf"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+other\s+(?:[\w-]+\s+)?{_VICTIM}s?\b|"
    r"(?:His|Her|Their)\s+(?:[\w-]+\s+)?(?:son|daughter|brother|sister|wife|husband|father|mother|"
    r"nephew|niece|cousin|friend|companion|colleague|comrade)s?\b"
)
_ONE_INJURED = re.compile(
    rf"{_ONE}(?:was\s+(?!fatally\s)(?:\w+\s+)?{_HURT}|was\s+taken\s+to\s+(?:a\s+)?hospital|{_LIMB}|"
    # "A boy was left with severe burns", "a farmer suffered shrapnel wounds"
    r"(?:was\s+left\s+with|suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|"
    r"burns|fractures))"
    # "One soldier was killed and another wounded"
    r"|\band\s+(?:another|a\s+(?:second|third|fourth)|one\s+other)\s+(?:[\w-]+\s+)?(?:was\s+)?"
    r"(?:\w+\s+)?(?:injured|wounded|hurt)\b"
    # "A shepherd was killed and his nephew seriously injured"
    rf"|\band\s+(?:his|her|their)\s+{_VICTIM}\s+(?:was\s+)?(?:\w+\s+)?(?:injured|wounded|hurt)\b"
    rf"|\bleft\s+(?:an?|one|the)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+(?:{_HURT}|with\s+)"
    # "killed a shepherd and wounded his son": a second harm verb with its own object
    rf"|\b(?<!fatally\s)(?:injured|injuring|wounded|wounding|maimed)\s+(?:an?|one|the|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_VICTIM}\b"
    r"|\b(?:injured|injuring|wounded|wounding|maimed)\s+(?:an?\s+)?\d{1,3}-year-old\b"
    # kin opening the sentence ("His son, who was walking behind him, was also hurt")
    rf"|^(?:His|Her|Their)\s+(?:[\w-]+\s+)?{_VICTIM}\b(?:,[^.;]{{1,60}},)?\s+was\s+"
    rf"(?!fatally\s)(?:\w+\s+)?{_HURT}\b"
)
# "An officer and a soldier were killed": two
# "A woman and her son were killed": two as well
_TWO = (
    rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+and\s+(?:an?|one|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?"
)
# the pair as subject of "died" or "lost their lives" ("A farmer and his son died"), or as
# object of an active harm ("a mine killed a herder and his nephew")
_PAIR = (
    rf"(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+and\s+(?:an?|one|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_VICTIM}\b"
)
_TWO_KILLED = re.compile(
    rf"{_TWO}killed\b|\b{_PAIR}\s+(?:(?:later\s+)?died|lost\s+their\s+lives)\b|"
    rf"\b(?:killed|killing|kills)\s+{_PAIR}"
)
# "A woman and her two daughters were killed": one and the count after the possessive
_ONE_AND_KIN = (
    rf"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+and\s+(?:his|her|their)\s+"
    rf"{_N}\s+[a-z-]+\s+(?:were|have\s+been|had\s+been)\s+(?:\w+\s+)?"
)
# the same as object of an active harm: "the blast killed a shepherd and his two sons"
_KIN_OBJECT = (
    rf"\s+(?:an?|one)\s+(?:[\w-]+\s+){{0,2}}?{_VICTIM}\s+and\s+(?:his|her|their)\s+{_N}\s+[a-z-]+"
)
_KIN_KILLED = (
    re.compile(rf"{_ONE_AND_KIN}killed\b"),
    re.compile(rf"\b(?:killed|killing|kills){_KIN_OBJECT}"),
)
_KIN_INJURED = (
    re.compile(rf"{_ONE_AND_KIN}(?:injured|wounded|hurt)\b"),
    re.compile(rf"\b(?:injured|injuring|wounded|wounding|maimed){_KIN_OBJECT}"),
)
_TWO_INJURED = re.compile(
    rf"{_TWO}(?:injured|wounded|hurt)\b|\b(?:injured|injuring|wounded|wounding|maimed)\s+{_PAIR}"
)
# a limb amputated: one person injured ("part of his right leg had to be amputated")
_AMPUTATED = re.compile(
    r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?(?:legs?|arms?|foot|feet|hands?|limbs?)\s+"
    r"(?:[\w-]+\s+){0,3}?amputated\b|\bamputation\s+of\s+(?:his|her)\b"
)
_ZERO_INJURED = re.compile(
    r"\b(?:sustained|suffered|reported)\s+no\s+injuries|\bno\s+(?:one|casualties)\s+(?:was|were)\s+"
    r"(?:hurt|injured)|\b(?:was|were)\s+not\s+(?:injured|hurt)|\bno\s+injuries\b",
    re.IGNORECASE,
)
# nobody hurt, in the wordings ``_ZERO_INJURED`` leaves ("Nobody was harmed", "The driver
# escaped unhurt", "without causing casualties"): zero injured only where the sentence counts
# no victim otherwise (a victim told beside it wins: "one died; the others were unhurt")
_UNHARMED = re.compile(
    r"\b(?:nobody|no\s+one|none\s+of\s+(?:them|the\s+\w+))\s+(?:was|were|had\s+been)\s+"
    r"(?:\w+\s+)?(?:hurt|injured|harmed|wounded)\b|"
    r"\b(?:unhurt|unharmed|unscathed|uninjured)\b|"
    r"\bwithout\s+(?:causing\s+|any\s+)?(?:any\s+)?(?:injur(?:y|ies)|casualties)\b|"
    r"\b(?:caused|causing|were|reported)\s+no\s+(?:injur(?:y|ies)|casualties)\b",
    re.IGNORECASE,
)
_TOTALS = [
    # "This brings the number of mine casualties recorded since January to 485", "brings to 30
    # the number of people killed or injured by mines this year"
    *_brought_to(
        r"(?:casualties|victims|(?:killed|injured|wounded|maimed)\s+(?:or|and|and/or)\s+"
        r"(?:injured|wounded|maimed|hurt|killed))",
        "(?:casualty\\s+)?(?:toll|tally)",
        either=False,
    ),
    re.compile(
        rf"{_N}\s+{_PASSIVE}(?:killed|injured|wounded|maimed)\s+(?:or|and/or)\s+"
        rf"(?:injured|wounded|maimed|hurt|killed)\b",
        re.IGNORECASE,
    ),
    # "71 members of the security forces and civilians have been killed or wounded", "Eight
    # people, all of them civilians, were killed or injured": words about who they were between
    *[
        re.compile(
            rf"{_N}{join}(?:killed|injured|wounded|maimed)\s+(?:or|and/or)\s+"
            rf"(?:injured|wounded|maimed|hurt|killed)\b",
            re.IGNORECASE,
        )
        for join in (_MEMBERS, _APPOSITIVE, _INCLUDING, _COMMA_APPOSITIVE)
    ],
    # "has registered 12,400 victims of anti-personnel mines"
    re.compile(
        rf"{_N}\s+(?:[\w-]+\s+)?victims\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:land)?mines\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\btotal\s+number\s+of\s+casualties[^.;]{{0,60}}?\bto\s+{_N}", re.IGNORECASE),
    # "put the number of landmine casualties this year at 112", "put the toll at 40"
    re.compile(
        rf"\b(?:put|puts|putting|placed|places)\s+(?:the\s+)?(?:number\s+of\s+(?:[\w-]+\s+)"
        rf"{{0,3}}?(?:casualties|victims|(?:killed|dead)\s+(?:or|and)\s+(?:injured|wounded|maimed|"
        rf"hurt))|toll)\b[^.;]{{0,100}}?\bat\s+{_N}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bnumber\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:victims|casualties)\b[^.;]{{0,60}}?\b(?:reached|"
        rf"(?:rose|climbed|increased|grew)\s+to|stands?\s+at|stood\s+at)\s+{_N}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?:casualties|victims|(?<!death\s)toll)\b[^.;]{{0,40}}?\b(?:rose|increased|fell|"
        rf"dropped|climbed|grew|declined|jumped|reached|reaching|rising|climbing|totall?(?:ed|ing)|"
        rf"stood\s+at|stands\s+at)\s+(?:to\s+)?{_N}",
        re.IGNORECASE,
    ),
    # "killed or maimed 428 people": a total without the split
    re.compile(
        rf"\b(?:killed|injured|wounded)\s+or\s+(?:maimed|injured|wounded|killed)\s+{_N}",
        re.IGNORECASE,
    ),
    # "recorded the most casualties for a third year, with 1,100": a ranking with its figure
    re.compile(rf"\b(?:casualties|victims)\b[^.;]{{0,60}}?\bwith\s+{_N}", re.IGNORECASE),
    # "41 mine/ERW casualties"
    re.compile(rf"{_N}\s+(?:[a-z/-]+\s+){{0,2}}?casualties\b", re.IGNORECASE),
    # "recorded 40 landmine victims": victims counted without the split
    re.compile(
        rf"\b(?:recorded|registered|counted|documented|reported)\s+{_N}\s+(?:new\s+)?"
        rf"(?:(?:land)?mine|UXO|explosive|ordnance)[\w-]*\s+victims\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\bcasualties\s+\({_N}\)", re.IGNORECASE),
    # "385 people have become mine victims", "12 more villagers fell victim to mines"
    re.compile(
        rf"{_N}\s+(?:[\w-]+\s+){{0,3}}?(?:(?:have|has|had)\s+)?(?:become|became|fallen|fell)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?victims?\b",
        re.IGNORECASE,
    ),
]
# two groups sharing one "killed or wounded" ("58 members of the security forces and 41
# civilians had been killed or wounded"): a total of each, without the split
_GROUP_TOTALS = re.compile(
    rf"{_N}\s+(?:[\w-]+\s+){{0,5}}?and\s+(?P<n2>{NUMBER})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:(?:had|have|has)\s+been|were)\s+(?:killed|injured|wounded|maimed)\s+(?:or|and/or)\s+"
    r"(?:killed|injured|wounded|maimed|hurt)\b",
    re.IGNORECASE,
)


def group_totals(text: str) -> list[int]:
    """The totals of two groups sharing one "killed or wounded" ("58 members of the security
    forces and 41 civilians had been killed or wounded"), in order; empty unless both are
    counts (not ages, days or years)."""
    if " and " not in text:
        return []  # cheap gate
    match = _GROUP_TOTALS.search(text)
    if match is None or not _is_count(text, match):
        return []
    values = [as_count(parse_number(match.group(g))) for g in ("n", "n2")]
    counts = [v for v in values if v is not None and not 1900 <= v <= 2100]
    return counts if len(counts) == 2 else []


# not a count: an age ("aged six, nine and eleven"), the day of a date ("on May 30"), a year
_NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)
_TOTAL_CUE = Gated(
    re.compile(
        r"casualt|victim|\btoll\b|\bor\s+(?:maimed|injured|wounded|killed|hurt)\b", re.IGNORECASE
    )
)
_NOT_A_COUNT = re.compile(
    r"(?:\baged?\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec)[a-z]*\.?\s+)$"
)
_AGE = re.compile(r"(?:-|\s+)years?[-\s]old\b")
# a share: "about 20 percent of whom died", "12% of them"
_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
# a share, not a count: "nine in ten casualties", "one out of every four victims"
_SHARE_AFTER = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?([a-z]+)\b")
_SHARE_BEFORE = re.compile(r"\b([a-z]+)\s+(?:in|out\s+of)\s+(?:every\s+)?$")
_SHARE_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "every")
)
_MONTH_NEXT = re.compile(r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_VICTIM_NEXT = re.compile(rf"\s+(?:[\w-]+\s+)?{_VICTIM}")
_OUTCOME_NEXT = re.compile(r"\s+(?:dead|killed|injured|wounded|hurt)\b")
_NO_BEFORE = re.compile(r"\b(?:no|any|every)\s+$", re.IGNORECASE)
# animals are never casualties ("killed two elephants", "12 cattle died"): a count of them is none
_ANIMAL_NEXT = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:elephants?|cattle|cows?|sheep|goats?|dogs?|livestock|camels?|"
    r"horses?|donkeys?|buffalo(?:es)?|animals?)\b",
    re.IGNORECASE,
)
# a harm by gunfire or shelling is not a mine casualty, whatever else the sentence mentions
NON_MINE_CAUSE = re.compile(
    r"\b(?:killed|injured|wounded|hurt|died)\s+(?:\w+\s+){0,2}?(?:by|in|from)\s+(?:an?\s+|the\s+)?"
    r"(?:sniper|gun\w*|shell\w*|rockets?|drones?|air\s*strikes?|artillery|bullets?|shots?|mortars?|"
    r"missiles?|stabb\w*|cross-?fire)|"
    # the cause told in a clause after the harm ("wounded when a drone struck a bus"), unless
    # that clause lays or sets off mines ("when a drone dropped mines on the road")
    r"\b(?:killed|injured|wounded|hurt|died)\s+(?:\w+\s+){0,3}?(?:when|after|as)\s+"
    r"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:drones?|shells?|missiles?|rockets?|air\s*strikes?|"
    r"artillery|mortars?|gunfire|snipers?)\b(?![^.;]{0,60}\b(?:land)?mines?\b)",
    re.IGNORECASE,
)


def _is_count(text: str, match: re.Match[str]) -> bool:
    """An article counts only before a victim noun; ages ("aged 9", "28-year-old") and days of
    dates ("on 2 July", "May 30") never count."""
    start, end = match.span("n")
    if _NOT_A_COUNT.search(text[:start]) or _MONTH_NEXT.match(text, end) or _AGE.match(text, end):
        return False
    if _PERCENT.match(text, end) or _ANIMAL_NEXT.match(text, end):
        return False
    if _YEAR.fullmatch(match.group("n")):
        return False  # "Landmine Monitor 2024 finds casualties ...": a year (counts take a comma)
    if _share(text, start, end):
        return False
    if match.group("n").lower() in ("a", "an", "one"):  # "one family were killed": not 1
        # "one dead and two hurt": "one" with the outcome, never "no one hurt"
        if match.group("n").lower() == "one" and _OUTCOME_NEXT.match(text, end):
            return not _NO_BEFORE.search(text, max(0, start - 8), start)
        return bool(_VICTIM_NEXT.match(text, end))
    return True


def _share(text: str, start: int, end: int) -> bool:
    """The number is one side of a share ("nine in ten casualties", "one out of every four"):
    the other side is a number word up to ten or "every" ("killed 12 in 3 attacks" and
    "killed 12 in a blast" count)."""
    after = _SHARE_AFTER.match(text, end)
    if after is not None and after.group(1) in _SHARE_WORDS:
        return True
    before = _SHARE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in _SHARE_WORDS


@dataclass(frozen=True)
class Counts:
    killed: int | None = None
    injured: int | None = None
    total: int | None = None

    @property
    def any(self) -> bool:
        return self.killed is not None or self.injured is not None

    @property
    def stated(self) -> bool:
        """Killed, injured or a total without the split."""
        return self.any or self.total is not None


_CUE = Gated(
    re.compile(
        r"kill|dead|death|died|fatal|martyr|injur|wound|hurt|maim|los[te]|losing|casualt|hospital|"
        r"lives|life\b|victim|amputat|\btoll\b|burns|fractur|unhurt|unharm|unscath",
        re.I,
    )
)


def find_counts(text: str) -> Counts:
    """The killed, injured and total-casualty counts one sentence states."""
    if not _CUE.search(text) or NON_MINE_CAUSE.search(text):
        return Counts()  # cheap gate: the count patterns are the slowest part of extraction
    starts = [match.start() for match in _NUMBER_RE.finditer(text)]
    killed = 2 if _TWO_KILLED.search(text) else _kin(_KIN_KILLED, text)
    killed = _first(_KILLED, text, starts) if killed is None else killed
    if killed is None and _ONE_KILLED.search(text):
        killed = 1
    injured = 0 if _ZERO_INJURED.search(text) else _first(_INJURED, text, starts)
    injured = 2 if _TWO_INJURED.search(text) else (_kin(_KIN_INJURED, text) or injured)
    if injured is None and _ONE_INJURED.search(text) and not _INJURED_THEN_DIED.search(text):
        injured = 1
    elif injured is not None and killed is None and _ONE_MORE_HURT.search(text):
        injured += 1  # "Two soldiers lost their legs and a third was lightly wounded"
    if injured is None and killed is None and _AMPUTATED.search(text):
        injured = 1
    if injured is not None and injured == killed and _INJURED_THEN_DIED.search(text):
        injured = None  # the same victims, hurt and then dead: killed only
    unharmed = _UNHARMED.search(text) if killed is None else None
    if unharmed and (injured is None or (injured == 1 and not _hurt_besides(text, unharmed))):
        injured = 0  # "The driver was unhurt": the victim pattern read the negated harm
    total = _first(_TOTALS, text, starts) if _TOTAL_CUE.search(text) else None
    return Counts(killed, injured, total)


def _hurt_besides(text: str, unharmed: re.Match[str]) -> bool:
    """Whether the sentence tells a victim hurt outside its "nobody hurt" phrase: "A farmer was
    wounded ..., while his son escaped unhurt" keeps its one injured; "The driver was unhurt"
    has none besides."""
    rest = text[: unharmed.start()] + " " + text[unharmed.end() :]
    starts = [match.start() for match in _NUMBER_RE.finditer(rest)]
    return _first(_INJURED, rest, starts) is not None or bool(_ONE_INJURED.search(rest))


def _kin(patterns: tuple[re.Pattern[str], ...], text: str) -> int | None:
    """One victim and the count of their kin ("A woman and her two daughters", "killed a
    herder and his three sons"): 1 + N."""
    for pattern in patterns:
        match = pattern.search(text)
        value = as_count(parse_number(match.group("n"))) if match else None
        if value is not None:
            return 1 + value
    return None


def _first(patterns: list[re.Pattern[str]], text: str, starts: list[int]) -> int | None:
    for pattern in patterns:
        for match in _matches(pattern, text, starts):
            value = as_count(parse_number(match.group("n")))
            extra = match.groupdict().get("n2")
            if value is not None and extra:
                value += as_count(parse_number(extra)) or 0
            if value is not None:
                return value
    return None


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """Matches whose number is a count; after a rejected one, search again one character on.

    A pattern that opens with the number is tried only where a number starts (one scan for
    numbers per sentence instead of a scan per pattern: the count patterns are the slowest
    part of extraction). A pattern whose words the sentence lacks is not tried at all
    (``gates.may_match``)."""
    if not may_match(pattern, text):
        return []
    if pattern.pattern.startswith("(?P<n>"):
        found = (pattern.match(text, start) for start in starts)
        return [m for m in found if m is not None and _is_count(text, m)]
    out: list[re.Match[str]] = []
    position = 0
    while (match := pattern.search(text, position)) is not None:
        if _is_count(text, match):
            out.append(match)
            position = match.end()
        else:
            position = match.start() + 1
    return out
