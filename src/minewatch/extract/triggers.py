"""Cue phrases for each event type, and the checks that veto a cue (plans, negation)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from minewatch.extract.gates import Gated

MINE_CONTEXT = Gated(
    re.compile(
        r"\b(?:(?:land|anti-?personnel\s+)?mines?|landmines?|minefields?|blasts?|explosions?|explosives?|"
        r"ordnance|UXOs?|IEDs?|devices?|exploded|explodes|detonat\w+|munitions?|blown\s+up|"
        r"blew\s+up|booby[- ]traps?)\b",
        re.IGNORECASE,
    )
)
# a remnant of war found and handled ("dropped an old artillery shell they had found"), read
# only where no other mine word is (a second pattern: one longer scan of every sentence cost)
_REMNANT_WORDS = ("shell", "round", "grenade", "bomb", "rocket", "projectile", "munition")
_REMNANT = re.compile(
    r"\b(?:(?:old|unexploded|abandoned|rusty|war-era|leftover)\s+(?:[\w-]+\s+)?(?:shells?|rounds?|"
    r"grenades?|bombs?|rockets?|projectiles?)|bomblets?|submunitions?)\b",
    re.IGNORECASE,
)
# what an army mines ("mining roads", "mined the bridges"): laying mines, not digging ore
_MINED_PLACES = (
    r"(?:roads?|fields?|bridges?|approaches|borders?|front(?:\s+line)?|territor\w+|villages?|"
    r"areas?|coast\w*|beach\w*|farmland|paths?|tracks?|outskirts|surroundings|perimeters?|"
    r"positions|trenches)\b"
)
_INDUSTRIAL = re.compile(
    rf"\b(?:(?:coal|gold|copper|diamond|salt|tin|iron|silver|lithium|crypto|bitcoin|cryptocurrency|"
    r"open-pit|underground)\s+mines?|mine\s+(?:disaster|collapse|shaft|workers?|owner)|miners|"
    rf"mining(?!\s+(?:the\s+)?{_MINED_PLACES})|a\s+friend\s+of\s+mine)\b",
    re.IGNORECASE,
)
_LANDMINE = re.compile(
    r"\b(?:land\s?mines?|anti-?personnel|anti-?tank|demin\w+|minefields?|mine\s+action|UXOs?|"
    r"unexploded|IEDs?|explosive\s+(?:remnants|devices)|Ottawa|Mine\s+Ban|mine-free|sappers?)\b",
    re.IGNORECASE,
)


def other_sense_of_mine(text: str) -> bool:
    """The text speaks of mines in another sense (coal, gold, crypto, "a friend of mine") and
    never of landmines: nothing in it is a landmine event."""
    # the landmine words first: one is usually near the top, where the industrial senses
    # would be sought through the whole text (~4 % of extraction)
    return not _LANDMINE.search(text) and bool(_INDUSTRIAL.search(text))


_NEGATED = re.compile(r"\b(?:no|not\s+(?:an?\s+)?|without|nor)\s+$", re.IGNORECASE)
# a mine named by its model alone ("injured by a PROM", "17 PMA-2"): the Soviet and Yugoslav
# designations most met in the field (PROM, PMA, PMN, PFM, POMZ, OZM, MON, TM, VS, PMR, MRUD,
# TMA, TMM) and the Chinese "Type 72"; case-sensitive (a "prom" is a dance); M14/M16 are left
# out (M16 is also a rifle)
_MODEL = Gated(
    re.compile(
        r"\b(?:PROM(?:-\d)?|MRUD|PMN(?:-\d)?|(?:PMA|PFM|PfM|POMZ|OZM|MON|TM|TMA|TMM|VS|PMR)-\d{1,3}\w?|"
        # the treaty world's abbreviations of anti-personnel landmine / mine (APL, APM)
        r"APLs?|APMs?|Type\s+72\w?)(?![\w-])"
    )
)


def mine_context(text: str) -> bool:
    """The sentence speaks of a mine or blast that it does not deny ("no mines were found")."""
    if any(
        not _NEGATED.search(text, max(0, m.start() - 12), m.start())
        for m in MINE_CONTEXT.finditer(text)
    ):
        return True
    if _MODEL.search(text):
        return True
    lowered = text.lower()
    if not any(word in lowered for word in _REMNANT_WORDS):
        return False  # cheap gate: every remnant holds one of these
    return _REMNANT.search(text) is not None


TREATY_CONTEXT = re.compile(
    r"\b(?:convention|treaty|mine\s+ban|instrument\s+of\s+(?:withdrawal|ratification|accession)|"
    # "the landmine pact", "the Ottawa accord"
    r"(?:Ottawa|(?:land)?mine(?:[- ]ban)?)\s+(?:pact|accord)|"
    r"(?:notice|notification)s?\s+of\s+withdrawal)\b",
    re.IGNORECASE,
)


# a treaty that is not the Mine Ban Convention, named: a step told of it is none of ours ("ceased
# to be parties to the CFE treaty", "withdrew from the Open Skies treaty", "left the Convention
# on Cluster Munitions") unless the sentence names the mine ban treaty too (``MINE_TREATY``)
OTHER_TREATY = re.compile(
    r"\b(?:(?-i:CFE|INF|START|NPT|CCM|CCW|ATT|CWC|BWC|CTBT|ABM)|New\s+START|Open\s+Skies|"
    r"Conventional\s+(?:Armed\s+Forces|Weapons)|Certain\s+Conventional|Intermediate[- ]Range|"
    r"Non-?Proliferation|Arms\s+Trade|Chemical\s+Weapons|Biological\s+Weapons|Test[- ]Ban|"
    r"Anti-?Ballistic|Rome\s+Statute|(?:Convention\s+on\s+)?Cluster\s+Munitions?\s+"
    r"(?:Convention|[Tt]reaty|[Bb]an|[Pp]act)|Convention\s+on\s+Cluster|"
    r"treaty\s+(?:banning|on)\s+cluster)\b",
    re.IGNORECASE,
)
MINE_TREATY = re.compile(
    r"\b(?:Ottawa|(?:land|anti-?personnel\s+)?mines?[- ]?ban|anti-?personnel\s+(?:land\s?)?mines?|"
    r"landmines?|APMBC)\b",
    re.IGNORECASE,
)


def other_treaty(text: str) -> bool:
    """``text`` names a treaty that is not the Mine Ban Convention and not that one too."""
    return OTHER_TREATY.search(text) is not None and MINE_TREATY.search(text) is None


def other_treaty_next(text: str, position: int) -> bool:
    """The first treaty named within 80 characters after ``position`` is another one
    ("withdrew from the Convention on Cluster Munitions in March and announced it would leave
    the Ottawa Convention": the first step is the other treaty's)."""
    other = OTHER_TREATY.search(text, position, position + 80)
    if other is None:
        return False
    ours = MINE_TREATY.search(text, position, position + 80)
    return ours is None or other.start() < ours.start()


# nouns only a treaty's steps have: a sentence holding one reads the treaty named anywhere
# earlier in the document as its own
# the withdrawal told back without its treaty ("Parliament approved the withdrawal on 19 June"):
# the one the document named earlier; not a withdrawal of something ("of troops") or from
# somewhere else ("from Afghanistan")
WITHDRAWAL_BACK = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+withdrawal\b(?!\s+(?:of|from)\b)(?!-)|"
    # the states' own, in a relative clause after them: "Estonia and Latvia, whose withdrawals
    # became effective on 27 December"
    r"\bwhose\s+(?:own\s+)?(?:withdrawals?|exits?|departures?)\b(?!\s+(?:of|from)\b)(?!-)"
)
TREATY_NOUN = re.compile(
    r"\b(?:notifications?|notices?|instruments?|[Ss]tates?\s+[Pp]art(?:y|ies))\b"
)


@lru_cache(maxsize=4096)
def names_treaty(text: str) -> bool:
    """``TREATY_CONTEXT`` in ``text``, remembered: a sentence is asked again by each of the
    next three sentences of its section."""
    return TREATY_CONTEXT.search(text) is not None


CLUSTER = re.compile(r"\b(?:cluster\s+munitions?|submunitions?)\b", re.IGNORECASE)
# a weapon that is no mine, named as what killed or hurt: a bomb set off by its attacker (a car,
# truck, roadside or suicide bomb), a cluster munition or an attack from the air or by guns; a
# harm so told is no mine casualty unless the sentence names a mine too (``other_weapon_only``)
_OTHER_WEAPON = re.compile(
    r"\b(?:(?:car|truck|lorry|roadside|suicide|vehicle|motorbike|motorcycle|parcel|letter)[- ]"
    r"bomb(?:s|ers?|ings?)?|suicide\s+(?:attack|blast)s?|cluster\s+(?:munitions?|bombs?|shells?)|"
    r"(?:drone|air|missile|rocket|artillery)\s*(?:strikes?|attacks?)|airstrikes?|shelling|"
    r"missiles?|artillery\s+(?:fire|shells?))\b",
    re.IGNORECASE,
)
# the English mine noun ("mine", "landmines", "land mine", "minefield"), which both
# ``_MINE_NAMED`` (a mine or a remnant) and ``MINE_WORD`` (a mine alone) name
_MINE_NOUN = r"(?:land\s?)?mines?|minefields?"
# a mine or its remnant named as such: what keeps a harm a mine casualty beside another weapon
_MINE_NAMED = re.compile(
    rf"\b(?:{_MINE_NOUN}|seamines?|mined|booby[- ]?traps?|anti-?personnel|anti-?tank|"
    r"unexploded|UXOs?|ERW|IEDs?|improvised|ordnance|remnants?|left\s?overs?|leftover|"
    r"victim-activated|submunitions?|bomblets?)\b",
    re.IGNORECASE,
)


def weapon_only(text: str, weapon: re.Pattern[str], named: Callable[[str], bool]) -> bool:
    """The sentence names a weapon that is no mine (``weapon``, in its reader's words) and no
    mine or remnant of war (``named``): its harm is no mine casualty. The English reader asks
    ``other_weapon_only``; the Spanish one ``es.OTHER_WEAPON`` and the lexicon readers their
    ``Lexicon.other_weapon`` (a cluster weapon's attack), with ``mine_or_remnant_word``."""
    return weapon.search(text) is not None and not named(text)


def other_weapon_only(text: str) -> bool:
    """The sentence names a weapon that is no mine (``_OTHER_WEAPON``: "a car bomb exploded",
    "Cluster munitions killed or injured 314 people", "a drone strike killed a woman") and no
    mine or remnant of war at all (``_MINE_NAMED``, a mine model, an old shell found,
    ``_REMNANT``): its harm is not a mine casualty (``weapon_only``)."""
    return weapon_only(text, _OTHER_WEAPON, _mine_or_remnant_named)


def _mine_or_remnant_named(text: str) -> bool:
    if _MINE_NAMED.search(text) is not None or _MODEL.search(text) is not None:
        return True
    return _REMNANT.search(text) is not None  # "dropped an old artillery shell they had found"


# the weapon said to be no mine, in every language read ("an IED, not a landmine", "which was
# not a mine", "Bombies are cluster submunitions, not landmines", "que no era una mina", "y no
# una mina", "non era una mina", "non una mina", "n'était pas une mine", "et non une mine",
# "não era uma mina"): the harm told beside it is no mine casualty (``pipeline``); "pas de
# mines" (none there) and "not a single mine" deny nothing of the weapon
MINE_DENIED = re.compile(
    r"(?:\bnot|n[’']t)\s+(?:by\s+|from\s+)?(?:an?\s+)?(?:anti-?personnel\s+)?(?:land\s?)?mines?"
    r"(?![\w-])|\b(?:rather\s+than|instead\s+of)\s+(?:an?\s+)?(?:land\s?)?mines?(?![\w-])|"
    r"\bno\s+(?:(?:era|es|fue|eran|son|fueron)\s+|se\s+trataba\s+de\s+|por\s+)?(?:una?s?\s+)?"
    r"minas?(?![\w-])|"
    r"\bnon\s+(?:(?:era|è|fosse|erano|sono)\s+|si\s+trattava\s+di\s+|da\s+)?(?:una?\s+|delle\s+)?"
    r"min[ae](?![\w-])|"
    r"\b(?:pas|non)\s+(?:par\s+)?(?:une?\s+|des\s+)?mines?(?![\w-])|"
    r"\bnão\s+(?:(?:era|é|foi)\s+)?(?:uma?\s+)?minas?(?![\w-])",
    re.IGNORECASE,
)
# a mine named, in the languages ``MINE_DENIED`` reads: a headline naming none ("IED blast
# kills two") borrows the denial told in the sentences after it
MINE_WORD = re.compile(
    rf"\b(?:{_MINE_NOUN}|minas?|mine|mina|campos?\s+minados?|campi\s+minati)"
    r"(?![\w-])|\bmin(?:é|ée|ées|és)\b",
    re.IGNORECASE,
)
# a remnant of war named in the Romance languages read ("una submunición sin explotar", "un
# ordigno inesploso", "non explosée", "não detonada", "restos explosivos"): with ``MINE_WORD``,
# what keeps the harm told beside a cluster weapon's attack a mine casualty
REMNANT_ANY = re.compile(
    r"\b(?:sin\s+explotar|no\s+explotad\w+|inesplos\w+|non\s+esplos\w+|non\s+explosé\w*|"
    r"não\s+detonad\w+|por\s+explodir|restos?|remanentes?|residuati|restes?|vestígios?)\b",
    re.IGNORECASE,
)
# an animal a mine killed or hurt, in the languages read ("a water buffalo was killed", "killing
# two cows", "una vaca murió", "uccisi due bufali", "un chien a été tué", "نفوق بقرة"): no
# casualty, which counts people (eval-dev README: casualties are people killed or injured);
# the harm of a sentence that also names a person (``PERSON``) stays its own
_ANIMAL = (
    r"(?:(?:water\s+)?buffal(?:o|oes|os)|cows?|cattle|oxen|ox|bulls?|calf|calves|goats?|sheep|"
    r"camels?|donkeys?|mules?|horses?|dogs?|pigs?|livestock|elephants?|animals?|"
    r"vacas?|búfalos?|bueyes|buey|cabras?|ovejas?|camellos?|burros?|caballos?|perros?|ganado|"
    r"reses|mulas?|bufal[oi]|mucc(?:a|he)|vacc(?:a|he)|buoi|capr[ae]|pecor[ae]|cammell[oi]|"
    r"asin[oi]|cavall[oi]|can[ei]|bestiame|animali|vaches?|chèvres?|moutons?|chameaux?|ânes?|"
    r"chevaux|cheval|chiens?|bétail|animaux|bovins|"
    r"بقرة|بقرات|أبقار|ماشية|المواشي|مواشي|أغنام|الأغنام|خراف|جمل|جمال|حمار|حصان|كلب|"
    r"رؤوس|رأس\s+من\s+الماشية)"
)
_ANIMAL_HARMED = (
    r"(?:killed|injured|wounded|hurt|maimed|died|blown\s+up|muri[óo]|murieron|muert[oa]s?|"
    r"herid[oa]s?|uccis[oaie]|mort[oaie]|ferit[oaie]|tu[ée]e?s?|bless[ée]e?s?|نفوق|نفق|نفقت|"
    r"نفقت|قتل|مقتل)"
)
_COUNTED = (
    r"(?:a|an|the|his|her|their|its|some|several|two|three|four|five|six|\d+|un|una|uno|due|tre|"
    r"quattro|dos|tres|cuatro|des|deux|trois|quatre)"
)
ANIMAL_HARM = re.compile(
    rf"\b{_ANIMAL}(?![\w-])(?:\s+[\w'’-]+){{0,4}}?\s+{_ANIMAL_HARMED}(?![\w-])|"
    # the animal the harm's object: only an article, a count or one word between ("killing
    # two cows", "uccisi due bufali"; never "hurt when his cattle set off a mine")
    rf"(?<![\w-]){_ANIMAL_HARMED}(?:\s+{_COUNTED})?(?:\s+[\w'’-]+)?\s+{_ANIMAL}(?![\w-])",
    re.IGNORECASE,
)
# a person named as a victim or as a people, in the languages read: the harm is not the animal's
# alone
PERSON = re.compile(
    r"\b(?:people|persons?|civilians?|children|child|men|man|women|woman|boys?|girls?|"
    r"soldiers?|farmers?|shepherds?|herders?|herdsm[ae]n|herd(?:boy|girl)s?|[a-z]+herds?|"
    r"villagers?|residents?|deminers?|"
    r"drivers?|owners?|\d{1,3}-year-old|personas?|civiles|niñ[oa]s?|hombres?|mujer(?:es)?|"
    r"campesin[oa]s?|pastor(?:es)?|soldados?|agricultor(?:es)?|persone|civili|bambin[oi]|"
    r"uomin[i]|uomo|donn[ae]|contadin[oi]|pastor[ei]|soldati|militari|agricoltor[ei]|"
    r"personnes|enfants?|hommes?|femmes?|bergers?|soldats|paysans?|agriculteurs?|"
    r"رجل|رجلان|رجال|طفل|طفلان|أطفال|مدني|مدنيان|مدنيين|مدنيون|شخص|أشخاص|راعي|رعاة|مزارع|"
    r"مزارعين|جندي|جنود|امرأة|نساء)(?![\w-])",
    re.IGNORECASE,
)


def mine_or_remnant_word(text: str) -> bool:
    """A mine (``MINE_WORD``) or a remnant of war (``REMNANT_ANY``) named, in English, Spanish,
    Italian, French or Portuguese: what ``weapon_only`` asks in the Spanish and lexicon
    readers."""
    return MINE_WORD.search(text) is not None or REMNANT_ANY.search(text) is not None


# mines used for what the Convention allows (Art. 3): training deminers or dogs, courses,
# research, the mines retained ("se emplearon 21 minas en los cursos", "used for training",
# "impiegate per l'addestramento", "utilisées pour la formation"): no use allegation
TRAINING_USE = re.compile(
    r"\b(?:(?:for|in)\s+(?:the\s+)?training|training\s+(?:of|courses?)|"
    r"en\s+(?:los\s+|sus\s+)?cursos\s+(?:de\s+(?:formación|capacitación|desminado|"
    r"entrenamiento)|impartidos)|para\s+(?:el\s+|la\s+)?(?:formación|entrenamiento|adiestramiento|"
    r"capacitación|instrucción)|per\s+(?:l['’]\s*|la\s+)?(?:addestramento|formazione)|"
    r"nei\s+corsi\s+di\s+(?:formazione|addestramento)|"
    r"pour\s+(?:la\s+|l['’]\s*)?(?:formation|entraînement)|"
    r"para\s+(?:o\s+|a\s+)?(?:treinamento|formação)|"
    # the mines kept under Article 3 ("retained mines", "minas retenidas", "mine conservate")
    r"retained\s+(?:[\w-]+\s+){0,2}?(?:land)?mines|"
    r"min[ae]s?\s+(?:[\w-]+\s+)?(?:retained|retenidas|conservate|conservées|retidas)|"
    # mines of an exercise, never armed ("practice mines laid by the navy", "dummy mines",
    # "minas de práctica", "mine da esercitazione", "mines d'exercice")
    r"(?:practice|dummy|inert|drill|exercise)\s+(?:sea\s+|naval\s+|land)?mines|"
    r"minas\s+(?:de\s+(?:práctica|ejercicio)|inertes|simuladas)|"
    r"mine\s+(?:da\s+esercitazione|inerti|simulate)|mines\s+(?:d['’]exercice|inertes))\b",
    re.IGNORECASE,
)
# a suspension of the Convention or of its provisions ("notified the UN of the suspension",
# "suspending the operation of"), told with no leaving (``LEAVING``): a claimed suspension,
# never a withdrawal step (``suspension_told``; each reader has its own language's words, the
# lexicons' ``suspension`` and ``leaving``)
_SUSPEND = r"\bsuspen\w+"
SUSPENSION = re.compile(_SUSPEND, re.IGNORECASE)
LEAVING = re.compile(
    r"\b(?:withdr[ae]w\w*|leav(?:e|es|ing)|left|exit\w*|pull(?:s|ed|ing)?\s+out|denounc\w*)\b",
    re.IGNORECASE,
)


def suspension_told(text: str) -> bool:
    """The sentence tells a suspension (``SUSPENSION``) and no leaving (``LEAVING``): a step
    of leaving cued in it is the claimed suspension (``drafts.suspension_claims``)."""
    return SUSPENSION.search(text) is not None and LEAVING.search(text) is None


ANAPHORIC = re.compile(
    r"^(?:In\s+addition|Additionally|Also|The\s+report|The\s+update|These\s+figures|This\s+figure|"
    r"He\s+added|She\s+added|He\s+said|She\s+said|A\s+total|The\s+total|Of\s+these|Of\s+them|Of\s+which|"
    r"It\s|They\s|The\s+soldier|The\s+mine|The\s+explosion|The\s+blast|The\s+driver|"
    r"Fortunately|As\s+a\s+result|Nevertheless|Nonetheless|Even\s+so|That\s+is,|In\s+other\s+words|One\s+of\s+(?:them|these|those)\b|"
    r"The\s+(?:first|second|third|other)\s+(?:incident|blast|explosion|accident)|(?:During|In|Over|Within)\s+(?:this|that|the\s+same)\s+"
    r"(?:period|time|phase|stage|window))",
)
# a bullet that reports (a past-tense event verb, no recommendation) is read like a sentence
BULLET_EVENT = re.compile(
    r"^(?!.*\b(?:should|must|need\s+to|recommend\w*|urged?)\b).*\b(?:destroyed|completed|cleared|"
    r"released|killed|injured|wounded|deposited|ratified|acceded|joined|withdrew|laid|used|"
    r"planted|declared|announced|approved|voted|reported|recorded)\b",
    re.IGNORECASE,
)
# a figure counted over several states ("across 14 countries", "in more than 30 states"):
# a programme's or an organisation's total, which belongs to none of them
# (the noun is found first and the words before it read after: one scan of a long pattern
# per sentence cost 1 % of the extraction)
_MANY_NOUNS = ("countries", "states", "nations", "territories", "country", "state")
_MANY_NOUN = re.compile(r"\b(?:countries|states|nations|territories|country|state)\b")
_MANY_BEFORE = re.compile(
    r"\b(?:[Aa]cross|[Ii]n|[Tt]hroughout)\s+(?:(?:more\s+than|over|some|about|nearly|almost|"
    r"all)\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
    r"dozens\s+of|several|many)\s+(?:other\s+)?$|"
    # "across all mine-affected states", "in every affected country"
    r"\b(?:[Aa]cross|[Tt]hroughout)\s+(?:all|every)\s+(?:(?:the|of\s+the)\s+)?(?:[\w-]+\s+)?$"
)


def many_states(text: str) -> int | None:
    """Where a figure counted over several states starts ("across 14 countries"), or None."""
    if not any(noun in text for noun in _MANY_NOUNS):
        return None  # cheap gate: a substring test per noun is faster than any scan
    for noun in _MANY_NOUN.finditer(text):
        before = _MANY_BEFORE.search(text, max(0, noun.start() - 45), noun.start())
        if before is not None:
            return before.start()
    return None


GLOBAL = re.compile(
    r"\b(?:[Ww]orldwide|[Gg]lobal(?:ly)?|[Ww]orld-wide|(?:[Aa]cross|[Aa]round)\s+the\s+(?:world|globe)|"
    r"in\s+the\s+world|Landmine\s+Monitor|the\s+Monitor(?=\s+(?:recorded|reported|found|"
    r"identified|documented|counted|registered)))\b"
)


def about_world(text: str) -> bool:
    """The sentence speaks of the world (``GLOBAL``) or of many states at once."""
    return GLOBAL.search(text) is not None or many_states(text) is not None


# states counted together ("Collectively, States Parties have destroyed ...", "Four states
# have joined ...", "a combined total of"): a figure or a step of the group, which belongs to
# none of its members (eval-dev README: actor_iso3 null for treaty-wide figures)
COLLECTIVE = re.compile(
    r"\b(?:[Cc]ollectively|States\s+Parties|[Ss]tates\s+[Pp]arties|combined\s+total|"
    r"(?:[Aa]ll|\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
    r"[Ss]everal|[Mm]any|[Mm]ost)\s+(?:other\s+)?(?:[Ss]tates|countries|nations)\b)"
)


def collective(text: str) -> bool:
    """The sentence speaks of states counted together (``COLLECTIVE``)."""
    if "tates" not in text and "ountries" not in text and "ations" not in text:
        return "ollectively" in text or "combined total" in text  # cheap gate
    return COLLECTIVE.search(text) is not None


# a world figure: a state named after one of these words is part of the total, not its place
WORLD = re.compile(
    r"\b(?:[Ww]orldwide|[Gg]lobally|[Ww]orld-wide|(?:[Aa]cross|[Aa]round)\s+the\s+(?:world|globe)|"
    r"in\s+the\s+world)\b"
)
_WORLD_GATE = re.compile(r"orld|lobal|lobe")


def world_word(text: str) -> int | None:
    """Where the first world word ("worldwide", "globally", "across 14 countries") starts."""
    many = many_states(text)
    if _WORLD_GATE.search(text) is None:
        return many  # cheap gate: every world word holds one of these
    match = WORLD.search(text)
    found = [p for p in (match.start() if match else None, many) if p is not None]
    return min(found) if found else None


# an organisation speaking of itself ("We have cleared ...") is not a state
FIRST_PERSON = re.compile(r"^\W*(?:We|Our)\b")
REFERS_BACK = re.compile(
    r"^(?:[^.;]{0,60}?\b)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+)?(?:vote|explosion|blast|"
    r"incident|announcement|ceremony|decision|accident|attack|handover|signing|destruction|"
    r"declaration)\b[^.;]{0,100}?\b(?:took\s+place|happened|occurred|came|was\s+(?:made|held|"
    r"announced|signed|carried\s+out|handed\s+over))\b"
)
# a sentence that opens on the event itself ("The explosion ...", "This blast ...") continues the
# one before it even across a paragraph break
DEFINITE_EVENT = re.compile(
    r"^(?:The|This|That)\s+(?:[\w-]+\s+)?(?:explosion|blast|incident|accident|detonation)\b"
)
BACK_THERE = re.compile(
    r"\b(?:there|that\s+day|(?:on\s+)?the\s+same\s+day|at\s+the\s+(?:ceremony|event|site)|"
    r"(?:[Dd]uring|[Ii]n|[Oo]ver)\s+(?:the|that)\s+(?:same\s+)?(?:year|month|period)|"
    r"that\s+same\s+year)\b|"
    # a sentence opening on how long the work took ("In 31 working days we cleared ..."): the
    # work the sentence before told and dated ("Last month our team closed the task ...")
    r"^(?:In|Over|Within|During)\s+(?:just\s+|only\s+)?(?:\d{1,3}|two|three|four|five|six|"
    r"seven|eight|nine|ten|a\s+few)\s+(?:working\s+|full\s+)?(?:days|weeks|months)\b"
)
NEW_INCIDENT = re.compile(
    # never another victim of the same blast: "Two children were killed and another was wounded"
    r"\banother\b(?!(?<=\band\sanother)\s+(?:[\w-]+\s+)?(?:was|were)\s+(?:\w+\s+)?"
    r"(?:killed|wounded|injured|hurt|maimed)\b)|"
    # ("second" in small letters, or opening the sentence: a capital "Second" inside one is a
    # name, "the army's Second Division said", "the Second Army Area", "the Second World War")
    r"\b(?:separate|similar\s+news|(?-i:second)|[Mm]eanwhile|[Ee]lsewhere|[Ss]eparately)\b|"
    r"^Second\b|"
    # an incident told as before or after the one just told: "Tuesday's accident follows the
    # death of a boy on Saturday", "was preceded by the killing of", "came a day after"
    r"\b(?:follows|followed|preceded\s+by|came\s+(?:(?:a|one|two|three|\w+)\s+(?:days?|weeks?)\s+)?"
    r"after|days?\s+after|a\s+day\s+(?:after|before))\s+(?:the\s+)?(?:death|killing|"
    r"wounding|injur\w+|an?\s+|\w+\s+(?:soldiers?|civilians?|children|people|men|women)\b)",
    re.IGNORECASE,
)
# an incident told as another one ("In a separate incident", "in another blast"): never a
# detail of the one before, whatever its counts
SEPARATE_INCIDENT = re.compile(
    r"\b(?:[Ii]n\s+|[Aa]\s+)?(?:a\s+)?(?:[Ss]eparate|[Aa]nother|[Ss]econd|[Dd]ifferent)\s+"
    r"(?:(?:land)?mine\s+)?(?:incident|blast|explosion|accident)\b"
)
# victims counted over several incidents ("Two others were killed in separate incidents"):
# one incident each
IN_SEPARATE_INCIDENTS = re.compile(
    r"\bin\s+(?:(?:two|three|four|five|several)\s+)?(?:separate|different|other)\s+"
    r"(?:incidents|blasts|explosions|accidents)\b"
)
# the participles of laying mines, shared by RECENT_LAYING and the laying a group is blamed
# for (``allegations._LAID``: "saying the devices had been laid")
LAID = "laid|planted|placed|emplaced"
# a report's reporting period ("during the reporting period"): "new mines" there are new to the
# report, laid within its period, never in the publication month (``allegations.laying_date``)
REPORTING_PERIOD = re.compile(r"\breporting\s+period\b", re.IGNORECASE)
RECENT_LAYING = re.compile(
    rf"\b(?:recently\s+(?:been\s+)?(?:{LAID})|(?:{LAID})\s+recently|"
    rf"fresh(?:ly)?\s+(?:laid\s+)?(?:[\w-]+\s+)?(?:land)?mines|newly\s+(?:{LAID})|"
    r"new\s+(?:[\w-]+\s+){0,2}?(?:land)?mines|in\s+recent\s+(?:days|weeks)|"
    # the laying as a noun: "accuses Cambodia of fresh laying", "new mine-laying"
    r"(?:fresh|new|renewed|recent)\s+(?:(?:land)?mine[- ]?)?laying|"
    # "freshly laid within the past few weeks", "planted over the last few days"
    rf"freshly\s+(?:{LAID}|sown|buried)|(?:{LAID}|sown|buried)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:within|in|over|during)\s+the\s+(?:past|last)\s+"
    r"(?:few\s+|several\s+|two\s+|three\s+)?(?:days|weeks))\b",
    re.IGNORECASE,
)
# harm told to people, past or present: where a sentence tells its casualties' harm (a
# casualty is dated in that clause: "dropped on Monday, and three were hurt on Tuesday")
_HARMED = "killed|injured|wounded|maimed|hurt|died"
HARM = re.compile(rf"\b(?:{_HARMED}|killing|kills|dead|injur\w+|wounding|lost|losing|amputat\w+)\b")
# harm done, only as told in the past, "lost" only of a limb or kin ("lost a leg", "lost his
# son", never "lost ground"): a harm by a state's mines ("killed by detonations of Russian
# mines") accuses that state (``allegations._accused``)
HARM_DONE = re.compile(rf"\b(?:{_HARMED}|lost\s+(?:a|his|her|both))\b")
# a bounded episode of fighting, dated where it is first told ("last year's border fighting",
# "clashes in July 2025"), and a later use told "during the clashes" that refers back to it
_EPISODE = r"(?:clashes|fighting|war|conflict|offensive|hostilities|battles?|incursion)"
EPISODE = re.compile(rf"\b{_EPISODE}\b", re.IGNORECASE)
DURING_EPISODE = re.compile(
    rf"\b(?:during|in|amid|throughout)\s+(?:the|those|these|that|this)\s+(?:[\w-]+\s+)?{_EPISODE}\b"
)
CONFIRMED = re.compile(r"\b(?:documented|confirmed|verified)\b")
ALLEGED = re.compile(r"\b(?:alleg\w*|accus\w*|claim\w*|deni\w*|protest\w*|attribut\w*)\b", re.I)

_MODAL = re.compile(
    # "may" only in lower case: "on 5 May allowing ..." is the month, not the modal
    r"\b(?:will|would|could|(?-i:may)|might|should|shall|expected\s+to|set\s+to|scheduled\s+to|"
    # a wish of others: "urged Vilnius to reverse course", "called on Kyiv to reconsider"
    r"(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?|"
    r"press(?:es|ed|ing)?|encourag(?:e|es|ed|ing))\s+(?:[\w'’.-]+\s+){1,4}?to|"
    # a deadline: "had until April 2006 to complete the destruction"
    r"is\s+to|are\s+to|to\s+be|aims?\s+to|(?:has|have|had|given|granted)\s+until\s+[^.;]{1,30}?"
    # an obligation still to meet: "must clear", "is obliged to destroy", "required to clear"
    r"\s+to|must|(?:required|obliged|obligated)\s+to)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# an ordinal's infinitive tells what was done, not a plan: "became the latest northern district
# to be declared free of mines", "is the first country to be declared mine-free"
_ACCOMPLISHED = re.compile(
    r"\b(?:became|becomes|is|was|are|were|(?:has|have|had)\s+become)\s+(?:the|its|their)\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|"
    r"\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,4}?to\s+be\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "bans" the verb negates; "the mine ban took effect" is the noun
_NEGATION = re.compile(
    r"\b(?:[Nn]ot|[Nn]ever|[Nn]o|[Nn]one|n't|prohibits?|banning|(?<!mine\s)(?<!the\s)bans?)\s+(?:[\w-]+\s+){0,2}$|"
    # right before the cue: "voted against acceding to the treaty", "argued against leaving"
    r"\bagainst\s+$"
)


_CLAUSE_VETO = re.compile(
    r"\b(?:[Nn]either|nor|whether|goals?|targets?|aims?|foresees?|foreseen|strateg(?:y|ies)|"
    r"planned(?!\s+to\b)|obliges?|obligations?\s+to|requires?|mandates?|debat\w+|being\s+(?:discussed|"
    r"considered)|[Ss]imilar(?!\s+(?:notices?|notifications?)\b)|"
    # a wide negation of the decision itself ("no decision had yet been taken on buying mines",
    # "has no plans to", "had not yet decided", "ruled out producing")
    r"[Nn]o\s+(?:final\s+|formal\s+|immediate\s+)?(?:decisions?|plans?|intentions?)|"
    r"(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:decided|taken|made)|ruled\s+out)\b"
)
# where a clause starts: ";", ":", ", and", ", but", ", while" (``vetoed``, ``allegations``)
CLAUSE_START = re.compile(r"(?:[;:]|,\s+(?:and|but|while|whereas)\s|\bbut\s)")


_ANNOUNCED = re.compile(
    r"\b(?:said|says|announced|confirmed|declared|decided|agreed)\b[^.;]{0,60}$", re.IGNORECASE
)


def decision_vetoed(text: str, start: int, end: int | None = None) -> bool:
    """``vetoed``, except that a modal reported as a decision ("said that the country would
    start producing mines") is the decision itself: a policy announced is a policy change; a
    possibility reported ("said industry could deliver mines within a year") is none. What a
    measure adopted will do ("approved amendments that will allow the army to acquire mines")
    is the measure's policy, adopted now."""
    before = text[max(0, start - 60) : start]
    if _TREATY_LIST.search(text, max(0, start - 40), (end or start) + 40):
        return True  # "prohibits the use, stockpiling, production and transfer": the treaty
    modal = _MODAL.search(before)
    negated = _NEGATION.search(before) is not None
    if modal and not negated and _ADOPTED_EFFECT.search(text, max(0, start - 200), start):
        return False
    announced = _ANNOUNCED.search(text[:start]) or _ANNOUNCED_AFTER.search(text, end or start)
    if modal and announced:
        return negated or _HEDGE.match(modal.group(0)) is not None
    return vetoed(text, start, end)


# a measure adopted and what it will do: "approved amendments to the act that will allow",
# "passed a law which would permit" (the modal right before the policy's cue)
_ADOPTED_EFFECT = re.compile(
    r"\b(?:approved|adopted|passed|signed|endorsed|enacted)\s+(?:[\w-]+\s+){0,3}?(?:amendments?|"
    r"laws?|bills?|decrees?|regulations?|resolutions?|legislation|memorandum|directives?)\b"
    r"[^.;]{0,120}?\b(?:that|which)\s+(?:will|would)\s+(?:[\w-]+\s+){0,2}$"
)
# modals of possibility, never a decision reported
_HEDGE = re.compile(r"\b(?:could|may|might|should)\b")


# "..., the administration has announced", "..., the minister told reporters": the decision
# reported after the clause
_ANNOUNCED_AFTER = re.compile(
    r",\s+(?:[\w.’'-]+\s+){1,6}?(?:has\s+|have\s+)?(?:announced|said|declared|decided|confirmed|told|stated)\b"
)
# the Convention's own list of what it bans, not a state's decision
_TREATY_LIST = re.compile(
    r"\b(?:use|stockpil\w+),\s+(?:stockpil\w+|production|producing),\s+(?:production|transfer)\b|"
    r"\b(?:stockpil\w+|production),?\s+(?:and|or)\s+transfer\b",
    re.IGNORECASE,
)


def vetoed(text: str, start: int, end: int | None = None) -> bool:
    """A cue in a plan ("will be destroyed"), under negation ("not ratified"), or in a clause of
    goals, mandates and hedges ("strategy foresees mine-free status", "whether X had destroyed",
    "Neither X nor Y has destroyed", "planned release") is no event. ``end`` extends the clause
    check over the cue's own span ("proposals ... being debated ... leaving")."""
    before = text[max(0, start - 60) : start]
    planned = _MODAL.search(before) and not _ACCOMPLISHED.search(text, max(0, start - 120), start)
    if planned or _NEGATION.search(before):
        return True
    cuts = [m.end() for m in CLAUSE_START.finditer(text, 0, start)]
    clause = text[max([*cuts, start - 80, 0]) : max(end or start, start)]
    return bool(_CLAUSE_VETO.search(clause))


# any of them may open the sentence: "Leaving the treaty was approved by ..."
_WITHDRAW = (
    # "pull out of", "pull the country out of"
    r"(?:[Ww]ithdraw\w*|[Ee]xit\w*|[Ll]eave|[Ll]eaving|[Pp]ull\w*\s+(?:[\w'’-]+\s+){0,3}?out\b|"
    r"[Qq]uit\w*|[Dd]enounc\w*|"
    r"[Rr]enounc\w*|[Tt]erminat(?:e|es|ed|ing|ion)\b(?=[^.;]{0,80}?\b(?:[Cc]onvention|[Tt]reaty)\b)|(?:[Tt]ake|[Tt]akes|[Tt]aking|[Tt]ook|[Tt]aken)\s+(?:[\w-]+\s+){0,3}?out\s+of)"
)
# the abbreviation of a bill's or law's number, whose dot ends no sentence ("bill No. 13360")
_NUMBER_DOT = r"(?<=\bNo)\.(?=\s?\d)"
# who votes for a state: parliaments by name and by chamber
_LEGISLATURE = (
    r"(?:[Pp]arliaments?|Sejm|Seimas|Saeima|Riigikogu|Eduskunta|Verkhovna\s+Rada|Senate|[Ss]enators|"
    r"Storting|Folketing|Riksdag|Althing|Bundestag|Knesset|Majlis|Rada|"
    r"Chamber\s+of\s+\w+|National\s+Assembly|Congress|Duma|(?:upper|lower)\s+house|"
    r"[Ll]awmakers|[Ll]egislat\w+|[Dd]eputies|MPs)"
)
# a state's own body, named by its possessive: "Latvia's Saeima", "Finland's government"
STATE_BODY = (
    rf"[’']s\s+(?:(?:own|new|upper|lower)\s+)?(?:{_LEGISLATURE}|[Gg]overnments?|[Cc]abinet|"
    r"[Pp]resident|[Pp]rime\s+[Mm]inister|(?:[Dd]efen[cs]e|[Ff]oreign)\s+[Mm]inist(?:er|ry))"
)
# the nouns of leaving a treaty: "its withdrawal", "Poland's exit", "the departure", "the pull-out"
_LEAVING_NOUN = r"(?:withdrawals?|exits?|departures?|pull-?outs?)"
# a withdrawal taking effect, qualified: "took legal effect", "became formally effective"
_EFFECT_WORD = r"(?:legal|full|formal|legally|formally|officially)"
# handing an instrument to the depositary
_HANDED = (
    r"(?:deposited|submitted|lodged|handed(?:\s+(?:over|in))?|presented|transmitted|delivered)"
)
# "said (on 2 April) that it would", "announced it was": a reported intention
_REPORTED = r"(?:said|says|stated|announced|declared|confirmed|told\s+[\w\s]{1,30}?)\b[^.;]{0,60}?"
_INTENDED = (
    r"\b(?:would|will|was\s+going\s+to|is\s+going\s+to|plans?\s+to|intend(?:s|ed)?\s+to|"
    r"(?:was|is)(?=\s+(?:quitting|leaving|withdrawing|pulling)))\s+(?:[\w-]+\s+){0,3}?"
)
_JOINING = r"(?:join|joining|accede|acceding|ratify|ratifying)"
TREATY_ACTIONS: list[tuple[str, re.Pattern[str]]] = [
    (
        "withdrawal_effective",
        re.compile(
            # the states may come between: "the withdrawals of Estonia, Latvia and Lithuania
            # from the Anti-Personnel Mine Ban Convention had become effective"
            # any noun of leaving ("its departure", "the pull-out"), and the effect qualified
            # ("took legal effect", "became formally effective")
            rf"\b{_LEAVING_NOUN}\b[^.;]{{0,120}}?\b(?:took|takes|taken)\s+(?:{_EFFECT_WORD}\s+)?"
            r"effect|"
            rf"\b{_LEAVING_NOUN}\b[^.;]{{0,120}}?\b(?:became|become|becomes|was|has\s+been)\s+"
            rf"(?:{_EFFECT_WORD}\s+)?effective|"
            # "the Baltic states' withdrawal from the Convention entered into force on 27 December"
            rf"\b{_LEAVING_NOUN}\b[^.;]{{0,120}}?\b(?:entered|came|comes|enters)\s+into\s+force\b|"
            rf"\b(?:completed|finali[sz]ed)\s+(?:its|their)\s+(?:own\s+)?{_LEAVING_NOUN}\b|"
            # "ceased to be a party", "ceased to be bound by the treaty", "stopped being a party"
            # (the present with its day: "also cease to be States Parties today")
            r"\b(?:ceased\s+to\s+be|ceases?\s+to\s+be(?=[^.;]{0,40}?\btoday\b)|stopped\s+being)\s+(?:(?:a\s+)?(?:[Ss]tates?\s+)?[Pp]art(?:y|ies)|"
            r"(?:legally\s+)?bound\s+by)|"
            # the state it is in since: "Latvia is no longer a party", "has no longer been bound"
            r"\b(?:is|are|has|have)\s+(?:been\s+)?no\s+longer\s+(?:been\s+)?(?:(?:a\s+)?(?:[Ss]tate\s+)?"
            r"[Pp]art(?:y|ies)|(?:legally\s+)?bound\s+by)"
        ),
    ),
    (
        "withdrawal_notified",
        re.compile(
            # the depositary named first: "sent the UN Secretary-General its notice"
            # or its gerund after the step it led to: "left on Friday, six months after
            # depositing its withdrawal notice" (not "before lodging", "considering submitting")
            rf"\b(?:{_HANDED}|sent|(?:(?<=after\s)|(?<=since\s)|(?<=upon\s))(?:depositing|"
            rf"submitting|lodging|handing(?:\s+(?:over|in))?|presenting|transmitting|delivering|"
            rf"sending))\s+(?:(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)(?:\s+"
            rf"Secretary-General)?\s+(?=(?:its|their)\s))?"
            # "its own notification", "their withdrawal notifications", "a formal notice"
            # ("its own instrument" alone is a join's, told beside one)
            # ("similar notices", "identical notifications": told after another state's)
            r"(?:its\s+|the\s+|an?\s+|their\s+|our\s+)?(?:(?:(?:own|formal|official|withdrawal|"
            r"similar|identical|parallel)\s+){0,2}"
            r"(?:notifications?|notices?)|(?:formal\s+|withdrawal\s+)?instruments?|"
            # the depositary's word for it, about leaving: "sent a diplomatic note to the UN
            # Secretary-General announcing its withdrawal"
            rf"(?:diplomatic\s+notes?|notes?\s+verbales?)(?=[^.;]{{0,100}}?\b{_WITHDRAW}))\b"
            r"(?![^.;]{0,30}?\b(?:ratification|accession|acceptance|approval)\b)|"
            # the depositary receiving it: "the UN received Finland's notification of withdrawal"
            # (not the rule's "six months after the Secretary-General has received ...")
            r"\b(?<!has\s)(?<!have\s)(?:received|registered)\s+(?:[\w'’-]+\s+){0,3}?(?:notifications?|notices?|"
            r"instruments?)\s+of\s+withdrawal\b|"
            # ... its own, in a sentence about leaving: "will take effect six months after the
            # Secretary-General received its notification on 27 June" (a join's is an instrument)
            r"\b(?<!has\s)(?<!have\s)(?:received|registered)\s+(?:its|their|[A-Z][\w-]*[’']s?)\s+"
            r"(?:(?:formal|official|written)\s+)?(?:notifications?|notices?)\b"
            r"(?![^.;]{0,30}?\b(?:ratification|accession|acceptance|approval)\b)|"
            # also its gerund after the step it led to: "six months after notifying the UN"
            r"\b(?:notified|(?:(?<=after\s)|(?<=since\s)|(?<=upon\s))notifying)\s+(?:the\s+(?:UN|"
            r"United\s+Nations|Secretary-General|depositary)|"
            r"(?:its|their)\s+withdrawal)|"
            # the withdrawal told first, then notified: "Ukraine's withdrawal, notified in July,
            # ...", "the withdrawal from the treaty was notified to the UN on 29 June"
            r"\bwithdrawals?(?:\s+from\s+the\s+(?:[\w-]+\s+){0,4}?(?:Convention|Treaty|treaty|"
            r"convention))?(?:,\s+|\s+(?:was|were|had\s+been|has\s+been)\s+)(?:formally\s+)?"
            r"notified\b|"
            r"\bwithdrawal\s+of\s+[A-Z][^.;]{0,80}?\b(?:took\s+place|(?:was|were)\s+(?:submitted|deposited))|"
            # the notice arriving: "Kyiv's notice of withdrawal ... reached the UN depositary"
            r"\b(?:(?:withdrawal\s+)?(?:notifications?|notices?)\s+of\s+withdrawal|withdrawal\s+"
            r"(?:notifications?|notices?))\b[^.;]{0,80}?\b(?:reached|arrived\s+(?:at|with)|"
            r"(?:was|were)\s+received\s+by)\s+(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|"
            r"Secretary-General|depositary)|"
            # the notice told first: "the notification was submitted to the UN at the end of
            # June", "its notification of withdrawal, deposited in July, ..."
            rf"\b(?:(?:withdrawal\s+)?(?:notifications?|notices?)(?:\s+of\s+withdrawal)?|"
            rf"withdrawal\s+instruments?|instruments?\s+of\s+withdrawal)(?:\s+from\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:Convention|Treaty|treaty))?"
            rf"(?:,\s+|\s+"
            rf"(?:was|were|had\s+been|has\s+been)\s+)(?:formally\s+)?{_HANDED}\b"
        ),
    ),
    (
        "parliament_approves_withdrawal",
        re.compile(
            # the chamber nearest its verb: "The Seimas followed Latvia's Saeima, which endorsed"
            rf"\b{_LEGISLATURE}\b(?:(?!\b{_LEGISLATURE}\b)(?:[^.;]|{_NUMBER_DOT})){{0,100}}?\b"
            # a parliament that "ratified"/"upheld" the decree withdrawing the state approves it
            rf"(?:approved|voted|passed|backed|endorsed|supported|adopted|"
            # "gave final approval to the withdrawal", "gave its consent", "gave the green light"
            rf"gave\s+(?:its\s+|their\s+|the\s+)?(?:final\s+|formal\s+|full\s+)?(?:approval|consent|"
            rf"backing|assent|support|green\s+light)|"
            rf"ratified|upheld|"
            # its place in a series: "was the last to approve the withdrawal", "the first
            # chamber to vote for leaving"
            rf"(?:was|were|became)\s+the\s+(?:first|second|third|fourth|last|latest|next|final)\s+"
            rf"(?:[\w-]+\s+){{0,2}}?to\s+(?:approve|vote|pass|back|endorse|adopt|support))\b"
            rf"(?=(?:[^.;]|{_NUMBER_DOT}){{0,120}}?\b{_WITHDRAW})|"
            # the passive: "the bill to withdraw ... was backed by 81 deputies"
            rf"\b{_WITHDRAW}[^.;]{{0,120}}?\b(?:was|were|has\s+been)\s+(?:approved|passed|backed|"
            rf"endorsed|supported|adopted)\s+by\s+(?:[\w-]+\s+){{0,5}}?(?:{_LEGISLATURE}|"
            rf"members|votes?)\b|"
            # the head of state signing the law that the parliament passed completes the
            # parliament's step ("signed the withdrawal law", "signed into law the bill taking
            # the country out of"); a decree he signs is the executive's decision (announce)
            rf"\bsigned\s+(?=[^.;]{{0,100}}?\b(?:{_WITHDRAW}|withdrawal)\b)"
            rf"(?:into\s+law\b|(?:[\w-]+\s+){{0,5}}?(?:law|bill|act|legislation)\b)"
        ),
    ),
    (
        "announce_intent_to_withdraw",
        re.compile(
            rf"\b(?:announc\w*|declar\w*|decided|decision|decree|recommend\w*|propos\w*|plans?|"
            rf"intention|intend(?:s|ed)?|desire|signed(?!\s+up\b))\b(?!\s+(?:not|against)\b)"
            rf"[^.;]{{0,120}}?\b{_WITHDRAW}|"
            # a decision verb and its infinitive, in any tense: "decides to withdraw", "resolved
            # on 3 March to leave", "has agreed to denounce", "opted to quit"
            rf"\b(?:decides?|resolved?|resolves|agreed|agrees?|opted|opts?|chose|chooses|"
            rf"elected|moved)\s+(?!not\b|against\b)(?:[^.;]{{0,60}}?\s)?to\s+(?:formally\s+)?"
            rf"{_WITHDRAW}|"
            # the government's bill (README rule 7: a step of its own, before the vote): "sent
            # parliament a bill on leaving", "the cabinet approved the draft law on withdrawal"
            rf"\b(?:bill|draft(?:\s+law)?|legislation)\s+(?:on|for|to)\s+(?:the\s+)?(?:country's\s+)?"
            rf"{_WITHDRAW}|"
            rf"\bwill\s+no\s+longer\s+(?:consider\s+itself\s+|be\s+)bound|"
            # a reported intention: "said (on 2 April) that the country would pull out of"
            rf"\b{_REPORTED}{_INTENDED}{_WITHDRAW}"
        ),
    ),
    (
        "suspension_claim",
        re.compile(rf"{_SUSPEND}\b[^.;]{{0,60}}?\b(?:Convention|Treaty|obligations)"),
    ),
    (
        "announce_intent_to_join",
        re.compile(
            r"\b(?:approved|endorsed|backed|adopted|announced|decided\s+on)\s+(?:(?:an?|the)\s+)?"
            # "approved a draft law on joining the Mine Ban Treaty": the government's decision
            r"(?:(?:draft\s+)?(?:law|bill|decree|resolution|decision|proposal)\s+(?:on|for)\s+)?"
            r"(?:the\s+)?(?:country's\s+)?(?:accession|joining|acceding|ratification|ratifying)\b|\bwill\s+(?:accede|join)\b(?=[^.;]{0,40}?"
            r"(?:Convention|Treaty|ban))|\b(?:intention|intends?|plans?|decision|decided|seek\w*)\s+"
            rf"to\s+(?:accede|join|ratify)\b|\b{_REPORTED}{_INTENDED}{_JOINING}\b|"
            # "the cabinet approved a proposal to accede to the Convention"
            r"\b(?:approved|endorsed|backed|adopted)\s+(?:an?|the)\s+(?:draft\s+)?(?:law|bill|decree|"
            r"resolution|decision|proposal|plan)\s+to\s+(?:accede|join|ratify)\b|"
            # the decision to join in any wording, a day or an adverb between: "voted on Thursday
            # to ratify", "passed a bill authorising accession", "approved on Thursday a bill to
            # accede" (a vote to ratify a withdrawal is the parliament's step, matched above)
            r"\b(?:approved|endorsed|backed|adopted|passed|voted)\s+(?:(?:on|in|last|this)\s+"
            r"(?:\d{1,2}\s+)?\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?\s+|\w+ly\s+)?(?:(?:an?|the)\s+(?:draft\s+)?(?:law|bill|act|decree|resolution|decision|"
            r"proposal|plan)\s+)?(?:to|on|for|authori[sz]ing|allowing|approving)\s+(?:the\s+)?"
            r"(?:country's\s+)?(?:accession|ratification|accede|ratify|join|joining|acceding|"
            r"ratifying)\b"
        ),
    ),
    (
        # becoming a State Party is the treaty's entry into force for the state (Art. 17(2):
        # the first day of the sixth month after its instrument) where the sentence tells the
        # instrument too; told alone it is the join (``BECAME_PARTY``)
        "entry_into_force",
        re.compile(
            # "became", "has/had become", "becomes" the 165th State Party ("welcomed X becoming
            # the 163rd State Party after depositing its instrument" is the welcome of the join)
            r"\bbec(?:ame|omes?)\s+(?:the\s+\w+\s+|an?\s+)?(?:full\s+)?(?:[Ss]tate\s+)?"
            r"[Pp]art(?:y|ies)\b|"
            r"\bentered\s+into\s+force\s+for\b|"
            # "it became binding on Poland on 1 June 2013", "became legally binding for Oman"
            r"\bbec(?:ame|omes?)\s+(?:legally\s+)?binding\s+(?:on|for|upon)\s+(?=[A-Z])|"
            # told in a relative clause after the states: "welcomed Sri Lanka and Palestine,
            # for which the Convention entered into force on 1 June 2018"
            r"\bfor\s+(?:which|whom)\s+the\s+(?:[\w-]+\s+){0,3}?(?:Convention|Treaty|treaty)\s+"
            r"(?:entered|came)\s+into\s+force\b|"
            r"\b(?:took|takes|came)\s+(?:effect|into\s+force)\s+for\s+(?=[A-Z])|"
            # the state's own step taking effect: "Ethiopia's ratification came into force on 1
            # June 2005", "its accession took effect on 1 August"
            r"\b(?:ratification|accession)\b[^.;]{0,80}?\b(?:(?:took|came|entered)\s+(?:effect|"
            r"into\s+force)|became\s+effective)\b|"
            # the state told first: "For Palestine, the Convention entered into force on 1 June"
            r"^[Ff]or\s+(?=[A-Z])[^.;,]{1,50},\s+[^.;]{0,80}?\b(?:entered|came)\s+into\s+force\b"
        ),
    ),
    (
        "join",
        re.compile(
            r"\b(?:ratified|ratifies|acceded|accedes|acceding|signed\s+up\s+(?:to|for)|"
            r"joined(?!\s+(?:by|with|forces|hands|efforts|calls?)\b|\s+in\s+[a-z])|"
            rf"{_HANDED}\s+(?:its\s+|the\s+|their\s+|our\s+|an\s+)?(?:formal\s+)?instruments?\s+of\s+"
            r"(?:ratification|accession)|succeeded\s+to\s+the\s+(?:[\w-]+\s+){0,3}?"
            r"(?:[Cc]onvention|[Tt]reaty)|"
            # "its instrument of ratification of the Convention ... was deposited with"
            r"instruments?\s+of\s+(?:ratification|accession)\b[^.;]{0,200}?\b(?:was|were|has\s+"
            rf"been|had\s+been)\s+(?:{_HANDED}|received|registered))\b"
        ),
    ),
    (
        # the plain past of leaving the treaty: the day the state was out (the announcement,
        # the vote and the notice have their own words, matched above)
        "withdrawal_effective",
        re.compile(
            r"\b(?:left|withdrew\s+from|exited|quit)\s+"
            r"(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:[Cc]onvention|[Tt]reaty|accord|pact)\b"
        ),
    ),
]
# voices that speak for no state, proposing or calling for a step in the clause before its cue
# ("The opposition proposed on 3 March that Norway leave ...", "Campaigners demanded that")
OTHER_VOICE = re.compile(
    r"\b(?:[Oo]pposition|[Cc]ampaigners?|[Aa]ctivists?|NGOs?|[Ee]xperts?|[Aa]nalysts?|[Cc]ritics?|"
    r"[Cc]ommentators?|[Pp]etition(?:ers)?|(?:[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]ew)\s+(?:lawmakers|"
    r"MPs|deputies|legislators|senators))\b"
    # a voice commenting on a step told as done is no proposal: "Critics said Finland's
    # decision to leave the treaty, announced on 1 April, was a mistake"
    r"(?!\s+(?:\w+ly\s+)?(?:said|say|says|told|noted|wrote|recalled|critici[sz]ed|condemned|"
    r"welcomed|deplored|complained|pointed\s+out|described|called\s+it)\b)"
)
# a leaving told with its earlier steps as participles between commas: "Finland's withdrawal,
# approved by parliament in June, took effect on Saturday", "Poland's exit from the treaty,
# announced in March and approved by the Sejm in June, ..." (``events._aside_steps``)
_ASIDE_VERB = (
    r"(?:approved|endorsed|backed|passed|announced|decided|proposed|notified|lodged|deposited|"
    r"submitted)"
)
ASIDE_START = re.compile(
    rf"\b{_LEAVING_NOUN}(?:\s+from\s+[^,;.]{{0,60}}?)?,\s+(?=(?:first\s+|formally\s+)?"
    rf"{_ASIDE_VERB}\b)"
)
ASIDE_PHRASE = re.compile(
    rf"(?:first\s+|formally\s+)?(?P<verb>{_ASIDE_VERB})\b(?P<rest>(?:(?!\s+and\s+(?:first\s+|"
    rf"formally\s+)?{_ASIDE_VERB}\b)[^,;.])*)(?P<next>\s+and\s+)?"
)
ASIDE_BY = re.compile(
    rf"\bby\s+(?:the\s+)?(?:country's\s+)?(?P<who>{_LEGISLATURE}|[Gg]overnment|"
    r"[Cc]abinet|[Pp]resident|[Pp]rime\s+[Mm]inister)\b"
)
ASIDE_ACTIONS = {
    "approved": "parliament_approves_withdrawal",
    "endorsed": "parliament_approves_withdrawal",
    "backed": "parliament_approves_withdrawal",
    "passed": "parliament_approves_withdrawal",
    "announced": "announce_intent_to_withdraw",
    "decided": "announce_intent_to_withdraw",
    "proposed": "announce_intent_to_withdraw",
    "notified": "withdrawal_notified",
    "lodged": "withdrawal_notified",
    "deposited": "withdrawal_notified",
    "submitted": "withdrawal_notified",
}
# the aside's agent a voice of no state: "Estonia's withdrawal, proposed by two MPs in 2024,
# never came to a vote" (no step of the state's)
ASIDE_VOICE = re.compile(rf"\bby\s+(?:the\s+|an?\s+)?(?:{OTHER_VOICE.pattern})")
EXECUTIVE = re.compile(r"^(?:[Gg]overnment|[Cc]abinet|[Pp]resident|[Pp]rime\s+[Mm]inister)$")


# "became a party to the treaty in 2004", "had become the 165th State Party earlier this year":
# with no instrument, ratification or accession told beside it (``JOIN_TOLD``) and no first day of
# a month, the state's becoming a party is how the writer tells its join (the held-out golds read
# it so; "became the 166th State Party on 1 July, six months after depositing its instrument" is
# the entry into force)
BECAME_PARTY = re.compile(r"\bbec(?:ame|omes?)\s")
JOIN_TOLD = re.compile(
    r"\b(?:instruments?|ratif\w+|acce(?:ded|des|ding|ssion)|deposit\w*|joined|entered\s+into)\b"
)
# "its exit takes effect on 2 September", "the withdrawal will become effective": told in the
# present or future, a withdrawal taking effect is a step still to come (Art. 20: six months
# after the notice) unless the day it names has come by publication
PENDING_EFFECT = re.compile(
    r"\b(?:takes|become|becomes|will|shall|due|scheduled|set|expected|comes|enters)\b",
    re.IGNORECASE,
)
# "The parliament ... had approved the move in a 55-30 vote": a vote on the step the section
# is about (read only where the section speaks of leaving the treaty)
LEGISLATURE_BACK = re.compile(
    rf"\b{_LEGISLATURE}\b[^.;]{{0,60}}?\b(?:approved|voted\s+for|passed|backed|endorsed)\s+"
    r"(?:the|this|that)\s+(?:move|decision|step|bill|law|proposal|plan)\b"
)
# the head of state signing "the decree" or "the law" the section is about (read only where the
# section speaks of leaving the treaty): a decree is the executive's decision (announce), a law
# the parliament's step it completes ("Zelenskyy signed the decree on June 29", "the president
# signed the bill into law a week later")
# the executive's decision told without its object, in a section about leaving: "the law rests
# on the NSDC decision of 29 June", "the National Security and Defence Council's decision,
# which the president put into effect by decree"
DECISION_BACK = re.compile(
    r"\bdecision\s+(?:[\w-]+\s+){0,2}?(?:of|by)\s+(?:the\s+)?(?:country's\s+)?(?:NSDC|"
    r"National\s+Security\s+and\s+Defen[cs]e\s+Council)\b|"
    r"\b(?:NSDC|National\s+Security\s+and\s+Defen[cs]e\s+Council)(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decision|decided|resolution)\b|"
    r"\b(?:put|brought|enacted)\s+(?:[\w-]+\s+){0,3}?(?:into\s+(?:effect|force)\s+)?by\s+"
    r"(?:a\s+|his\s+|her\s+|presidential\s+)*decree\b"
)
# the words of the step or its treaty that a decision told without its object must have in its
# own clause (``own_clause``): the treaty, leaving it, or the step told back ("The law rests on
# the NSDC decision of 29 June", "It follows a decision by ..."); "the NSDC decision of 2 July
# imposed sanctions" is another decision
STEP_WORDING = re.compile(
    rf"\b(?:[Cc]onvention|[Tt]reaty|[Mm]ine\s+[Bb]an|[Ww]ithdrawal|{_WITHDRAW})|"
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch|[Ii]ts)\s+(?:law|bill|move|step|exit|withdrawal|"
    r"decision)\b|^\s*(?:It|This)\b"
)
# a decision verb whose infinitive is the step ("resolved on 3 March to leave"): the treaty is
# named in the verb's own clause ("agreed to leave the government, after a debate on the
# Convention" is no step)
DECISION_VERB = re.compile(
    r"(?:decides?|decided|resolved?|resolves|agreed|agrees?|opted|opts?|chose|chooses|elected|"
    r"moved)\b"
)
_CLAUSE_END = re.compile(
    r"[,;:]|\s(?:after|before|while|whereas|when|because|following|as|but|although)\s"
)


def own_clause(text: str, start: int, end: int) -> str:
    """The clause holding ``text[start:end]``: from the last comma, semicolon or colon before it
    to the next one, or to a subordinating conjunction, after it."""
    left = max(text.rfind(mark, 0, start) for mark in ",;:") + 1
    after = _CLAUSE_END.search(text, end)
    return text[left : after.start() if after else len(text)]


def treaty_in_clause(text: str, start: int, end: int) -> bool:
    """The treaty named in the clause of a decision verb and its infinitive, or "it" as the
    infinitive's object (the treaty the section names)."""
    clause = own_clause(text, start, end)
    return names_treaty(clause) or re.match(r"\s+(?:from\s+)?it\b", text[end:]) is not None


SIGNED_BACK = re.compile(
    r"\b(?:signed|issued|promulgated|enacted)\s+(?:the|this|that|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>decree|executive\s+order|law|bill|act|legislation)\b"
)
# a subordinate phrase that tells an earlier step: "..., following a similar vote in the
# Senate", "..., weeks after lawmakers approved the move"
SUBORDINATE = re.compile(
    r",\s+(?:(?:only\s+|shortly\s+|just\s+)?(?:following|after)|(?:(?:a|one|two|three|four|five|"
    r"six|several|some|\d+)\s+)?(?:days?|weeks?|months?)\s+after)\s+|"
    # with no comma, a counted span: "took effect six months after its notice of 27 June",
    # "exactly half a year after Vilnius lodged its notice"
    r"\s(?:exactly\s+|precisely\s+|just\s+)?(?:(?:a|one|two|three|four|five|six|several|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)|half\s+a\s+year)\s+(?:after|following)\s+"
)
# a step named as the start of a period ("since the country left the treaty") is background
SINCE_STEP = re.compile(r"\b[Ss]ince\s+(?:[\w'’-]+\s+){0,4}$")
# "a similar vote in the Senate": the step of the main clause, taken again by another body
SAME_STEP = re.compile(
    rf"\b(?:an?|the)\s+(?:similar|earlier|previous|identical|same)\s+(?:vote|decision|move|"
    rf"step)\s+(?:in|by)\s+(?:the\s+)?(?:country's\s+)?{_LEGISLATURE}"
)
# the step as a noun: "welcomed the accession of Laos in June", "Tonga's ratification last
# year", "the ratification of the Convention by the Marshall Islands on 12 March"
JOIN_NOUN = re.compile(r"\b(?:accession|ratification)\b")
# ... whose state is named right after it ("of Laos", "by Tonga", over "to the Convention")
JOIN_NOUN_STATE = re.compile(
    r"\s+(?:(?:of|to)\s+the\s+(?:[\w-]+\s+){0,3}?(?:Convention|Treaty|accord)\s+)?(?:of|by)\s+"
    r"(?:the\s+)?"
)
# a step asked for, hoped or still to come is no step: "urged the accession of Tuvalu",
# "Tuvalu's expected ratification", "the accession of Laos is due in June"
JOIN_NOUN_WISH = re.compile(
    r"\b(?:urg\w*|call\w*\s+for|push\w*\s+for|press\w*\s+for|seek\w*|sought|await\w*|"
    r"encourag\w*|support\w*|hop\w*|plan\w*|propos\w*|possible|potential|future|prospect\w*|"
    r"pending|expected|eventual|upcoming|forthcoming|towards?|on|for|path|road|way)\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)
JOIN_NOUN_LATER = re.compile(
    r"[^.;,]{0,50}?\b(?:will|would|could|may|might|shall|is\s+(?:expected|due|scheduled|set)|"
    r"(?:remains?|is\s+still)\s+pending)\b"
)
WITHDRAWING = re.compile(rf"\b(?:{_WITHDRAW}|withdrawal)\b")
ABOUT_TREATY = re.compile(
    r"\b(?:treaty|convention|accord)\s*,?\s+(?:that|which)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE
)
GENERIC_STEP = re.compile(r"\b(?:an?|any)\s+(?:withdrawal|accession)\s+(?:takes|becomes)\b")
# an Article 5 deadline extended, or its extension asked for or granted (eval-dev README:
# extension requests are ``other``): "approved its request to extend the country's Article 5
# deadline", "was granted a further extension of its Article 5 deadline", "had their Article 5
# deadlines extended", "submitted Article 5 deadline Extension Requests"
_DEADLINE = r"(?:Article\s+5|(?:mine\s+)?(?:clearance|demining)|Art\.\s*5)\s+deadlines?"
EXTENSION = re.compile(
    rf"\b(?:(?:approved|granted|agreed\s+to|accepted)\s+(?:[\w'’-]+\s+){{0,3}}?requests?\s+(?:for\s+"
    rf"(?:an?\s+)?(?:[\w-]+\s+)?extension|to\s+extend)\b[^.;]{{0,40}}?\b{_DEADLINE}|"
    rf"(?:was|were|been|had|has|have)\s+granted\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?extension\b|"
    rf"(?:agreed|decided|voted)\s+(?:on\s+\w+\s+)?to\s+extend\s+(?:[\w'’-]+\s+){{0,3}}?{_DEADLINE}|"
    rf"{_DEADLINE}\s+(?:was|were|had\s+been|has\s+been)?\s*extended|"
    rf"(?:had|have|has)\s+(?:its|their)\s+{_DEADLINE}\s+extended|"
    rf"(?:submitted|requested|asked\s+(?:[\w-]+\s+){{0,3}}?for)\s+(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_DEADLINE}\s+)?[Ee]xtensions?(?:\s+[Rr]equests?)?\b)",
)


# a donor paying for clearance ("funded the clearance of 12.4 km2", "financed the demining
# of"): the state that pays is not where the land was cleared (KINDS.md K07)
FUNDED_WORK = re.compile(
    r"\b(?:fund(?:s|ed|ing)?|financ\w+|paid\s+for|pays\s+for|sponsor\w*|bankroll\w*)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?(?:clearance|clearing|demining|removal|release)\b"
)


# work on mines in the ground or in stock: what a mine action contract is for
_MINE_WORK = r"\b(?:clear|demin|destr|remov|dispos|neutrali|survey|detect|eliminat|dismantl)"
POLICY = Gated(
    re.compile(
        r"\b(?:[Rr]evers\w+|[Rr]einstat\w+|[Rr]eimpos\w+|[Rr]estor\w+\s+(?:the\s+|its\s+)?(?:ban|"
        r"restrictions?|prohibition)|(?:start|begin|restart|resume)\w*\s+(?:producing|manufacturing|making)\b|rescind\w*|revok\w+|"
        # "lifted the ban", not "lifted 2,400 mines" (mines taken out of the ground)
        r"lift(?:s|ed|ing)?\b(?!\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?\d)|"
        r"[Rr]oll\w*\s+back|undone|undid|overturn\w*|"
        r"U-turn|authori[sz]\w+|(?:approved|sanctioned)\s+(?:the\s+)?(?:use|deployment|production|"
        r"purchase)\s+of\s+(?:[\w-]+\s+){0,3}?mines\b|(?:allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|enabl(?:es|ed|ing))\s+"
        r"(?:[\w-]+\s+){0,4}?to\s+(?:produce|manufacture|use|stockpile|acquire|import|deploy|lay)\b|"
        r"restrict\w*\s+(?:the\s+)?use\b|(?:ban|bar|prohibit|forbid)\w*\s+"
        r"(?:[\w-]+\s+){0,3}?from\s+(?:using|producing|stockpiling|transferring|acquiring)\b|implementation\s+(?:is\s+)?(?:likely|expected|set|due|scheduled)\s+"
        r"to\s+(?:begin|start)|[Gg]reenl\w+|[Ii]ssued\s+by|issued\s+(?:a\s+|the\s+)?(?:new\s+)?"
        # "a decision by Lithuania's government on Monday to restart domestic production"
        r"(?:policy|memo|directive)|(?:intention|plans?|decision|decided)\s+(?:[^.;]{0,60}?\s)?"
        r"to\s+(?:commence|begin|resume|start|restart)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:production|producing|manufactur\w+)|"
        r"(?:resum|restart)\w*\s+(?:[\w-]+\s+){0,3}production\b(?=[^.;]{0,40}?\bmines\b)|"
        # an export or transfer moratorium kept in force: "extended its moratorium on the
        # export of anti-personnel mines"
        r"(?:extend|renew|prolong)\w*\s+(?:its\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}?moratori\w+|"
        # a plan adopted: "approved a plan on Tuesday to produce a million mines"
        r"(?:approv|adopt|endors)\w*\s+(?:a|the|its)\s+(?:[\w-]+\s+)?(?:plan|proposal|"
        r"programm?e?)\s+(?:[\w-]+\s+){0,3}?to\s+(?:produce|manufacture|buy|acquire|purchase|"
        r"stockpile)\b|"
        # "approved a plan for domestic production of anti-personnel mines"
        r"(?:approv|adopt|endors)\w*\s+(?:a|the|its)\s+(?:[\w-]+\s+)?(?:plan|proposal|"
        r"programm?e?)\s+(?:for|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:production|manufactur\w+|"
        r"purchas\w+|procurement|acquisition)\b(?=[^.;]{0,40}?mines\b)|"
        # a use or supply given up: "The United States will no longer use anti-personnel land
        # mines anywhere ..., the White House announced"
        r"\b(?:will|would|is\s+to)\s+no\s+longer\s+(?:produce|use|acquire|manufacture|transfer|"
        r"export|deploy|stockpile)\b(?=[^.;]{0,80}?mines\b)|"
        # a pledge announced: "announced that it would not produce or acquire landmines", "said
        # the country would never again use anti-personnel mines"
        r"\b(?:announced|said|declared|pledged|promised|vowed)\b[^.;]{0,60}?\b(?:would|will)\s+"
        r"(?:not|never)\s+(?:again\s+)?(?:produce|use|acquire|manufacture|transfer|export|"
        r"deploy)\b(?=[^.;]{0,80}?mines\b)|"
        r"(?:began|begun|begins|started|starts|launched)\s+(?:[\w-]+\s+){0,2}?(?:production|"
        r"manufactur\w+)\b(?=[^.;]{0,40}?\bmines\b)|resum\w+\s+(?:the\s+)?(?:laying|use)\s+of|"
        # "rocket-delivered mines", "remotely delivered mines": how they were laid, no supply;
        # "any purchase of mines would require ...": a purchase supposed, none decided
        r"\b(?<![-‑])(?<![Rr]emotely\s)(?<![Aa]ny\s)(?:supply|supplying|supplied|transfer(?:s|red|ring)?|"
        r"deliver(?:s|ed|ing|y)?|procur\w+|"
        # a decimal point is no sentence end: "buy up to 1.5 million anti-personnel mines"
        r"order(?:s|ed|ing)?|buy|buying|bought|purchas\w+|acquir\w+)\b"
        r"(?=(?:[^.;]|(?<=\d)\.(?=\d)){0,60}?\bmines\b)|"
        # a contract or deal for mines is their purchase or production ("signed a contract on
        # Wednesday for 85,000 anti-personnel mines", "awarded a contract ... to produce mines");
        # one to clear, remove or destroy mines is mine action, not a policy
        rf"\b(?:contracts?|(?:a|the|new)\s+deals?)\b"
        rf"(?=(?:(?!{_MINE_WORK})[^.;]|(?<=\d)\.(?=\d)){{0,80}}?\bmines\b))"
    )
)
# a policy on anti-tank or anti-vehicle mines only is outside the Convention: no policy_change
# ("signed a deal to buy anti-tank mines"), unless anti-personnel mines are named too
OTHER_MINES_ONLY = Gated(re.compile(r"\banti-?\s?(?:tank|vehicle)\s+(?:land)?mines\b", re.I))
PERSONNEL_MINES = re.compile(r"\banti-?\s?personnel\b|\bAPMs?\b|\bPFM", re.I)
POLICY_CONTEXT = re.compile(
    r"\b(?:polic\w+|ban|memo|restrictions?|prohibitions?|(?:land\s?)?mines|production|producing)\b",
    re.I,
)
STOCKPILE = Gated(
    re.compile(
        # "demilitarized" in lower case and before no place noun: "the Demilitarized Zone" and
        # "the old demilitarised zone" are places
        # other ways of destroying, said of a stock only: "blew up the last of its stockpiled
        # landmines", "incinerated 3,000 stockpiled mines", "burned its stock of mines"
        r"\b(?:(?:blew|blown)\s+up|incinerat(?:ed|es)|burn(?:ed|t|s))\b(?=[^.;]{0,50}?\b"
        r"(?:stockpil\w+|stocks?)\b)|"
        r"\b(?:destroyed|destroys|eliminated|(?-i:demilitari[sz]ed)(?!\s+(?:zone|area|strip))|"
        r"decommissioned|"
        # the destruction told as done: "reported the destruction of 8,000 stockpiled mines"
        r"(?:reported|confirmed|verified|witnessed|oversaw|carried\s+out)\s+the\s+destruction\s+of|"
        r"(?:finished|reported|completed)\s+destroying|(?:ceremony|event)\s+(?:to\s+mark|"
        r"marking)\s+the\s+destruction|(?:completed|complete|completes|"
        r"finished|full|fully)\s+(?:the\s+|its\s+|their\s+)?(?:(?:stockpile|stock)\s+)?"
        r"(?:destruction|elimination)|destruction\b[^.;]{0,110}?\b"
        r"(?:completed|complete|finished)|"
        # "The process ... ended on 24 July with the destruction of the last 1,250 mines"
        r"(?:ended|concluded|finished|closed)\s+(?:[\w-]+\s+){0,4}?with\s+the\s+destruction\s+of|"
        # the figure of a completion told as a participle: "..., together destroying 55 million"
        r"destroying(?=\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+|almost\s+)?\d))",
        re.IGNORECASE,
    )
)
STOCK_WORD = re.compile(
    r"\b(?:stockpil\w*|stocks?|stored|storage|arsenals?|inventor\w+|Article\s+[34]|retain\w*|"
    # mines taken into a state's hands from caches, depots or armed groups are a stock it holds
    # (Art. 4: stockpiles it owns, possesses or controls), not mines in the ground
    r"(?:weapons?\s+|arms\s+|ammunition\s+)?(?:caches|cache|depots?|armou?r(?:y|ies)|warehouses?)|"
    r"seized|confiscated|captured|surrendered|handed\s+in|"
    # mines a force holds: "mines held by the army were destroyed"
    r"(?<=mines\s)held\s+by)\b",
    re.I,
)
FIELD = re.compile(
    r"\b(?:found|discovered|located|uncovered|unearthed|detected|in\s+the\s+ground|during\s+"
    r"(?:clearance|demining))\b",
    re.IGNORECASE,
)
CLEARANCE_AREA = re.compile(
    r"\b(?:cleared|clearing|clearance|demined|released|release|freed|cancell?ed|canceled|reduced|"
    # "reported releasing 38,400 square metres": the gerund after a verb of saying
    r"(?<=reported\s)releasing|"
    r"removed|neutrali[sz]\w+|dismantled|extracted|defused|disposed\s+of|sniffed\s+out|"
    # "helped (deminers) (to) clear"
    r"help(?:ed|s)\s+(?:[\w-]+\s+){0,2}?(?:to\s+)?clear|(?:managed|able|helped?)\s+to\s+(?:remove|clear)|"
    r"returned\s+to\s+(?:safe\s+|productive\s+)?(?:use|communities|farmers|owners)|"
    # "returned 1,300 hectares of farmland to use", "returned 29 km2 to local communities"
    r"returned(?=[^.;]{0,60}?\bto\s+(?:[\w-]+\s+){0,2}?(?:use|communities|farmers|owners|"
    r"cultivation|production|villagers|residents|families|people|population)\b)|"
    # "lifted 2,400 mines from paddy fields"
    r"lifted(?=\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?\d)|"
    r"handed\s+(?:back|over)\s+to)\b",
    re.IGNORECASE,
)
# a headline tells news in the present tense, the figure right after the verb ("Army engineers
# remove 45 mines near Naqoura"); read in headlines only (in a body, "deminers clear 12 hectares
# a month" is a habit), never as an infinitive ("to clear 45 km2")
HEADLINE_CLEARANCE = re.compile(
    r"(?<!\bto\s)\b(?:removes?|clears?|defuses?|neutrali[sz]es?)(?=\s+(?:more\s+than\s+|"
    r"over\s+|some\s+|about\s+|nearly\s+|almost\s+)?\d)",
    re.IGNORECASE,
)
CLEARANCE_DONE = re.compile(
    r"\b(?:completion\s+of\s+clearance|all\s+(?:known\s+)?mined\s+areas|mine[- ]free|"
    r"free\s+of\s+(?:all\s+)?(?:known\s+)?(?:anti-?personnel\s+)?(?:(?:land)?mines|"
    r"mine\s?fields|mined\s+areas|(?:land)?mine\s+contamination)|"
    r"no\s+(?:known\s+)?mined\s+areas\s+(?:left|remaining)|"
    r"(?:met|meets|fulfil\w*|completed)\s+(?:its|their|[A-Z]\w+[’']s)\s+Article\s+5\s+obligations?|"
    r"declared\s+completion|"
    # the land handed over once cleared: "handed over the last cleared minefield in ... to"
    r"(?:handed|handing|hands)\s+(?:over|back)\s+(?:the\s+)?(?:last|final)\s+(?:[\w-]+\s+)?"
    r"(?:cleared|demined)\s+(?:minefields?|mined\s+areas?|land|areas?|plots?|fields?)|"
    # cleared land counted by its pieces, handed over: "handed over 11 cleared areas to the
    # provincial authorities" (an area's figure, where told, is read as one instead)
    r"(?:handed|handing|hands)\s+(?:over|back)\s+(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|a\s+dozen|dozens\s+of)\s+(?:more\s+)?(?:cleared|demined)\s+(?:minefields?|"
    r"mined\s+areas?|areas|plots|fields|sites|villages)\s+to\b|"
    r"(?:finali[sz]ed|completed|finished)\s+(?:the\s+)?demining|"
    # "has finished clearing the last minefields", "completed the clearance of all known
    # minefields": the last or all of them, not one field
    r"(?:finali[sz]ed|completed|finished|concluded)\s+(?:the\s+)?(?:clearing|clearance\s+of)\s+"
    r"(?:the\s+|its\s+)?(?:all\s+(?:the\s+|its\s+)?|every\s+|last\s+|final\s+|remaining\s+)"
    r"(?:known\s+|remaining\s+)?(?:mine\s?fields?|mined\s+(?:areas?|land)|(?:land)?mines)|"
    r"release\s+of\s+a\s+mined\s+area|(?:mined\s+area|verification\s+efforts)[^.;]{0,80}?"
    r"\bcompleted|"
    # the last mines or minefield told cleared, in either voice: "the last known minefield in
    # the district was cleared in May", "the final mined areas have now been released", "cleared
    # its last remaining minefield"
    r"(?:final|last|remaining)\s+(?:known\s+)?(?:remaining\s+)?(?:(?:land)?mines|mine\s?fields?|"
    r"(?:mined|contaminated|hazardous|suspected)\s+(?:areas?|land|sites?))\b[^.;]{0,120}?\b"
    r"(?:(?:have|has|had)\s+(?:now\s+)?been|was|were)\s+"
    r"(?:(?:fully|finally|officially|completely)\s+)?(?:cleared|removed|lifted|demined|released|"
    # "The last minefield, around the pylons of ..., was handed back to the community in August"
    r"handed\s+(?:back|over)|returned)|"
    # "declared the last contaminated area in the district cleared"
    r"declared\s+(?:the|its)\s+(?:last|final)\s+[^.;]{0,80}?\b(?:cleared|mine-free|safe)|"
    r"(?:cleared|demined|released)\s+(?:the|its|their|[A-Z]\w+[’']s)\s+(?:last|final)\s+"
    # "cleared the last known anti-personnel minefields"
    r"(?:known\s+)?(?:remaining\s+)?(?:anti-?personnel\s+|anti-?tank\s+)?"
    r"(?:mine\s?fields?|mined\s+areas?))\b",
    re.IGNORECASE,
)
# a completion still to come: "aiming for a mine-free Sri Lanka by 2028", "on course for a
# mine-free Zimbabwe", "before anybody promises a mine-free Ethiopia", "pledged to be free of
# mines by 2030": a pledge or a target, not a declared completion (KINDS.md K19)
GOAL_BEFORE = re.compile(
    r"\b(?:aim(?:s|ed|ing)?|promis\w*|pledg\w*|vow\w*|on\s+(?:course|track)|commit\w*|"
    r"vision|hop(?:e|es|ed|ing)|ambition\w*|dream\w*|striv\w*|towards?|push\w*\s+for|"
    r"call\w*\s+for|work\w*\s+(?:towards?|for)|goal|target\w*|intend\w*|plan\w*|seek\w*|"
    # "the 2027 deadline for clearing all mined areas": the date a completion is due by
    r"want\w*|determined|deadlines?\s+(?:for|to))\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
# "... mine-free by 2030": a year the completion is to be reached by
BY_YEAR_AFTER = re.compile(r"[^.;,]{0,40}?\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b")


def goal(text: str, start: int) -> bool:
    """The completion cue at ``start`` is a pledge or a target (``GOAL_BEFORE`` in the 60
    characters before it)."""
    return GOAL_BEFORE.search(text, max(0, start - 60), start) is not None


# "fulfils Croatia's obligations under the Convention": clearance only where the section is
# about clearance (the same words close a stockpile story: Article 4)
OBLIGATIONS_MET = re.compile(
    r"\b(?:met|meets|fulfil\w*|completed)\s+(?:its|their|[A-Z]\w+[’']s)\s+obligations?\b"
)
CLEARANCE_WORDS = re.compile(
    r"\b(?:mine-free|cleared|clearing|clearance|demin\w+|mined\s+areas?)\b", re.I
)
# "mine action" as work, not the name of the body that speaks ("the mine action centre said")
CLEARANCE_NOT_STOCKPILE = re.compile(
    r"\b(?:UXOs?|unexploded|ordnance|clearance|cleared|demin\w*|km2|hectares|mine\s+action"
    r"(?!\s+(?:centre|center|authority|agency|service|coordination|programme|program)))\b",
    re.I,
)
BLAST = re.compile(
    r"\b(?:blew\s+up|blows\s+up|blown\s+up|exploded|explodes|detonated|went\s+off|goes\s+off)\b",
    re.IGNORECASE,
)
# a sentence telling that an incident happened, and when, before the sentence with its harm:
# "The incident happened on Saturday near Kandahar", "Two mine incidents occurred on May 6",
# "An explosion was recorded on 11 May"
INCIDENT_TOLD = re.compile(
    r"\b(?:incidents?|explosions?|blasts?|accidents?|detonations?)\b[^.;]{0,80}?\b(?:occurred|"
    r"happened|took\s+place|(?:was|were)\s+(?:recorded|reported|registered))\b",
    re.IGNORECASE,
)
# what is laid: mines, the fields they make, booby-traps (``_USE_MINES``)
_MINES = r"(?:land\s?mines|mines|mine\s?fields|booby[- ]traps)"
# how many or what sorts of mines, before the words that name them: "at least 13 types of",
# "thousands of", "several kinds of" (``_USE_MINES``)
_AMOUNT_OF = (
    r"(?:(?:(?:at\s+least|more\s+than|over|some|about)\s+)?(?:[\d,]+|\w+)\s+"
    r"(?:types?|kinds?|models?|sorts?|varieties)\s+of\s+|"
    r"(?:tens\s+of\s+)?(?:thousands|hundreds|millions|dozens)\s+of\s+)?"
)
# mines as the object of a use verb or noun: an amount, then up to three words naming them
# (a name in quotation marks counts as a word: "PFM-1 'butterfly' mines")
_USE_MINES = rf"{_AMOUNT_OF}(?:[‘’“”'\"]?[\w-]+[‘’“”'\"]?\s+){{0,3}}?{_MINES}"
_USE_VERB = (
    r"(?:used|using|laid|laying|planted|planting|plants|deployed|deploying|buried|burying|"
    r"scattered|scattering|emplac\w+|sow(?:n|ed|ing)|placed|placing|employ(?:ed|ing|s)|"
    # the present ("the group lays mines to protect its positions") and a use that goes on
    # ("continues to plant mines"): every use verb in each form a writer puts before "mines"
    r"uses|lays|buries|deploys|scatters|sows|places|"
    r"(?:continu(?:e|es|ed|ing)|keeps?|kept)\s+(?:to\s+)?(?:use|lay|plant|bury|deploy|scatter|sow|"
    r"place|employ|using|laying|planting|burying|deploying|scattering|sowing|placing))"
)
# remote delivery of mines: fired (rockets carrying them), dropped (from drones)
_DELIVER = r"(?:fir(?:ed|ing|es)|dropp(?:ed|ing)|drops|launch(?:ed|ing|es))"
# what carries the mines ("rockets carrying PFM mines") or names them as delivered from afar
# ("dropped scatterable mines"); "dropped the restrictions on mines" is neither
_CARRYING = r"(?:carrying|containing|with|loaded\s+with|filled\s+with)"
_REMOTE = (
    r"(?:remotely[- ]delivered|remote|scatterable|air-?dropped|rocket-?delivered|butterfly|"
    r"PFM[\w-]*|[\w-]+-series|hundreds\s+of|thousands\s+of|dozens\s+of)"
)
# a use verb where a cue starts (``allegations``: a date just before it dates the laying)
USE_VERB_AT = re.compile(rf"{_USE_VERB}\b|(?:have|has|had)\s+(?:\w+ly\s+)?mined\b", re.I)
# mines named again as "the weapon" ("Armed groups used the weapon in ...", "laid such devices"):
# a use only right after a sentence about mines (``allegations.use_drafts``'s ``mines_before``)
# and as "them" after a laying verb ("Iran and Ukraine were also found to have laid them");
# "buried them" only as a raised subject's ("troops were alleged to have buried them"): told
# outright, they are the dead of a blast told before ("Ukraine buried them with military
# honours") or mines put in a pit to be blown up ("deminers buried them in a pit")
WEAPON_USE = re.compile(
    rf"\b{_USE_VERB}\s+(?:the|this|these|those|such)\s+(?:weapons?|devices)\b|"
    rf"\b(?:{LAID}|scattered|sown)\s+them\b|(?<=\bto\shave\s)buried\s+them\b",
    re.I,
)
_USE_NOUN = (
    rf"(?:(?:use|deployment|laying|planting|emplacement)\s+of\s+{_USE_MINES}|"
    rf"mine[- ](?:use|laying)|"
    # the Monitor's "new use by government forces": only where the sentence is about mines
    rf"(?:new|continued|renewed|recent)\s+use)"
)
# a verb of laying after "accused ... of" ("was accused of laying new mines")
_LAYING = r"(?:laying|planting|using|deploying|burying|mining|sowing|placing|emplacing|scattering)"
# the use verb of a passive accusation, whose subject is the accused (``allegations``)
PASSIVE_ACCUSED_OF = re.compile(
    r"\b(?:was|were|is|are|been|being|stands?|stood)\s+(?:\w+\s+)?accused\s+"
    r"(?:by\s+[^.;]{0,60}?\s)?of\s+(?:\w+\s+){0,2}?$"
)
USE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "accused Azerbaijan of ...": the one named after the verb; never "accused by X" (the
    # accuser)
    ("accuse", re.compile(r"\baccus\w*\s+(?!by\b)(?=\S)")),
    # "lodged a protest with Cambodia after ... newly laid mines": the one protested to
    ("protest", re.compile(r"\bprotest(?:s|ed|ing)?\s+(?:with|to|against)\s+(?=\S)")),
    # "Eritrea was accused by Tigrayan authorities of laying new mines", "Both armies have been
    # accused of planting mines": the passive's subject is the one accused
    (
        "passive_accused",
        re.compile(
            r"\b(?:was|were|is|are|been|being|stands?|stood)\s+(?:\w+\s+)?accused\s+"
            rf"(?:by\s+[^.;]{{0,60}}?\s)?of\s+(?:\w+\s+){{0,2}}?"
            # the thing laid is mines ("of using chemical weapons" is not)
            rf"(?:{_LAYING}\b[^.;]{{0,50}}?\b(?:land)?mine(?:s|\s?fields?)?\b|mining\b)"
        ),
    ),
    # "Pakistan's military was blamed by residents for mines placed near ...", "are held
    # responsible for laying them": the passive's subject is the one blamed
    (
        "passive_accused",
        re.compile(
            r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?(?:blamed|held\s+responsible)\s+"
            # (never the work against them: "blamed for the slow clearing of mines")
            r"(?:by\s+[^.;]{0,60}?\s)?for\s+(?:the\s+|these\s+|those\s+)?"
            r"(?:(?!clear|remov|demin|destr|detect|survey)[\w,-]+\s+){0,3}?"
            r"(?:(?:land)?mines?|mine\s?fields?|laying|planting|mining)\b"
        ),
    ),
    # "Cambodian soldiers are responsible for the mines that wounded ...": forces or a group
    # said to be responsible for the mines laid them (``allegations``: a laying subject only)
    (
        "responsible",
        re.compile(
            r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?responsible\s+for\s+"
            r"(?:the\s+|these\s+|those\s+|such\s+)?(?:new\s+|fresh\s+)?(?:anti-?personnel\s+)?"
            rf"{_MINES}\b"
        ),
    ),
    # "the area had been mined by Azerbaijani troops", "roads were mined by the rebels": the
    # passive of "mine" with its agent (``allegations``: only forces or a group after "by")
    (
        "mined_by",
        re.compile(
            r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:re-?)?mined\s+"
            r"(?:(?!\b(?:after|when|before|while|until|and|but)\b)[^.;,]){0,50}?\bby\s+",
            re.I,
        ),
    ),
    # "Myanmar's use of mines", "Russian forces' use of mines" (a plural's bare apostrophe)
    ("possessive", re.compile(rf"(?:[’'´]s|(?<=s)[’'´])\s+(?:[\w-]+\s+){{0,5}}?{_USE_NOUN}\b")),
    # (an aside listing the kinds between: "the use of landmines, including anti-personnel mines
    # and IEDs, by Houthi forces")
    (
        "use_by",
        re.compile(
            rf"\b{_USE_NOUN}(?:,\s+(?:including|such\s+as|notably|among\s+them)\s+[^,;.()]{{1,100}},)?"
            r"\s+by\s+",
            re.I,
        ),
    ),
    # "Armenia-planted landmines": the state before the hyphen laid them
    (
        "compound",
        re.compile(
            r"[-‑]\s?(?:planted|laid|placed|emplaced)\s+(?:[\w-]+\s+){0,2}?(?:land)?mines?\b"
        ),
    ),
    ("subject_used", re.compile(rf"\b{_USE_VERB}\s+{_USE_MINES}\b", re.I)),
    # remotely delivered mines: "fired rockets carrying PFM mines", "dropped scatterable mines"
    (
        "subject_used",
        re.compile(
            rf"\b{_DELIVER}\s+(?:(?:[\w-]+\s+){{0,3}}?{_CARRYING}\s+(?:[\w-]+\s+){{0,3}}?|"
            # (a name in quotation marks counts as a word: "remotely delivered PFM-1 'petal' mines")
            rf"{_REMOTE}\s+(?:[‘’“”'\"]?[\w-]+[‘’“”'\"]?\s+){{0,2}}?){_MINES}\b",
            re.I,
        ),
    ),
    # a place filled with mines: "seeded the hills with landmines", "sowed the fields with mines"
    (
        "subject_used",
        re.compile(
            r"\b(?:seed(?:ed|ing|s)?|sow(?:ed|n|ing|s)?|litter(?:ed|ing|s)?|strew(?:ed|n|ing|s)?)\s+"
            rf"(?:[\w-]+\s+){{1,6}}?with\s+{_USE_MINES}\b",
            re.I,
        ),
    ),
    # "soldiers booby-trapped homes": the verb, never the adjective ("a booby-trapped house")
    (
        "subject_used",
        re.compile(
            r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\bbooby[- ]trapp(?:ed|ing)\s+"
            r"(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:homes?|houses?|buildings?|bodies|doors?|roads?|paths?|fields?|"
            r"villages?|schools?|bridges?|playgrounds?|objects|items|toys|corpses|gardens?|yards?)\b",
            re.I,
        ),
    ),
    # "killed by detonations of Russian mines", "stepped on an Armenian mine": a harm by a
    # state's mines accuses it of laying them (``allegations``: a named state's adjective only,
    # never "Italian-made", and only beside a harm)
    (
        "owned",
        re.compile(
            r"\b(?:by|from|on)\s+(?:an?\s+|the\s+)?(?:(?:detonations?|explosions?|blasts?)\s+"
            r"of\s+)?(?=[A-Z][\w-]+\s+(?:anti-?personnel\s+)?(?:land)?mines?\b)"
        ),
    ),
    # "had left anti-personnel mines in homes before retreating": leaving mines is laying them
    # when forces or a group left them (``allegations``: "the war left mines" accuses no one)
    ("left", re.compile(rf"\bleft\s+(?:behind\s+)?{_USE_MINES}\b", re.I)),
    (
        "subject_used",
        # "have repeatedly mined roads": with its auxiliary, never the noun "mined areas"
        re.compile(
            # "de-mining field", "de-mined the area" are clearance
            rf"\b(?<![Dd]e-)(?:mining\s+(?:the\s+)?|mined\s+the\s+|(?:have|has|had)\s+(?:\w+ly\s+)?mined\s+)"
            rf"{_MINED_PLACES}|"
            # with what the place is before it, once the auxiliary tells the verb ("had mined
            # school grounds", "have mined residential areas of the town", "had mined homes")
            r"\b(?:have|has|had)\s+(?:\w+ly\s+)?mined\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
            rf"(?:{_MINED_PLACES}|grounds|homes|houses|buildings|schools|streets|districts|"
            r"neighbou?rhoods|quarters|forests?|woods|orchards|hills|wells|land)\b|"
            # "when Armenian troops mined it": the place told before
            r"\b(?<![Dd]e-)mined\s+(?:it|them)\b",
            re.I,
        ),
    ),
    # "contaminated with landmines during the offensive by Haftar's forces": whose offensive,
    # occupation or retreat left the mines
    (
        "by",
        re.compile(
            r"\b(?:contaminated|littered|strewn|riddled|infested)\s+with\s+[^.;]{0,60}?"
            r"\b(?:land)?mines\b[^.;]{0,60}?\b(?:offensive|occupation|retreat|withdrawal|advance|"
            r"campaign|assault)\s+by\s+"
        ),
    ),
    (
        "by",
        re.compile(
            r"\b(?:laid|planted|hidden|placed|used|left|deployed|buried|scattered|emplaced|sown|"
            r"sowed|seeded|dropped|fired|employed|booby[- ]trapped)\b"
            # the "by" of the use verb, not of another verb or clause after it ("laid mines
            # ... after the regime was toppled by Vietnamese troops", "were later cleared by")
            r"(?:(?!\b(?:was|were|been|being|is|are|after|when|before|while|until|later|"
            r"then)\b)[^.;]){0,60}?\bby\s+",
            re.I,
        ),
    ),
    ("attribute", re.compile(r"\battribut\w+\s+(?:the\s+)?[^.;]{0,30}?\bto\s+")),
    # "Baku blames the mines on Armenian forces": the one the mines are blamed on laid them
    (
        "attribute",
        re.compile(
            r"\bblam(?:e|es|ed|ing)\s+(?:the\s+|these\s+|those\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:land)?mines?\s+on\s+"
        ),
    ),
    # "blaming Moroccan forces for the mines laid along the wall", "held Armenia responsible for
    # laying them": the one blamed (held responsible) for the mines laid them
    (
        "attribute",
        re.compile(
            r"\b(?:blam(?:e|es|ed|ing)\s+(?=[^.;]{0,50}?\bfor\s)|"
            r"h(?:o|e)ld(?:s|ing)?\s+(?=[^.;]{0,50}?\bresponsible\s+for\s))"
            r"(?=[^.;]{0,50}?\bfor\s+(?:the\s+)?(?:[\w,-]+\s+){0,4}?"
            r"(?:(?:land)?mines|laying|planting|mining)\b)"
        ),
    ),
    # "blamed Armenia for the incident", "blames Cambodia for the blast": a state blamed for a
    # mine's harm laid it (``allegations``: only in a sentence about mines, or right after one)
    (
        "blame_harm",
        re.compile(
            r"\bblam(?:e|es|ed|ing)\s+(?=[^.;]{0,40}?\bfor\s+(?:the|this|that|Monday's|"
            r"Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's|[\w-]+'s)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:incidents?|blasts?|explosions?|detonations?|accidents?)\b)"
        ),
    ),
    # "..., the army said, blaming dissidents of the former FARC": the group blamed for a blast
    (
        "blame",
        re.compile(
            r"\bblam(?:e|es|ed|ing)\s+(?=[^.;]{0,40}?\b(?:dissidents?|rebels?|"
            r"militants?|insurgents?|guerrill\w+|FARC|ELN|Houthis?|jihadists?))"
        ),
    ),
]


# a figure of the whole programme, not of the last batch: counted from its start ("since 2019",
# "in the phase which began in March 2024") or told as a total ("a total of", "in all"); the
# Spanish and Italian readers' totals too ("En total, el Ejército destruyó", "desde 2018",
# "in totale", "complessivamente", "dal 2002"), which merging reads in every language
WHOLE_PROGRAMME = re.compile(
    r"\b(?:since|began|begun|started|a\s+total\s+of|in\s+(?:all|total|phases)|"
    r"en\s+total|un\s+total\s+de|desde|in\s+total[ei]|in\s+tutto(?!\s+(?:il|la|l['’]|i|gli|le)\b)|"
    r"complessivamente|dal\s+\d{4})\b",
    re.IGNORECASE,
)
