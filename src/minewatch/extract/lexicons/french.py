"""French: our own compilation from ordinary usage (Académie française numerals and dates)
and mine-action vocabulary (Handicap International, CICR: "mine antipersonnel", "engin
explosif", "restes explosifs de guerre", "déminage")."""

from __future__ import annotations

from minewatch.extract.lexicons.lexicon import Lexicon, number_pattern

_VICTIM = (
    r"(?:agriculteur|agricultrice|paysan|paysanne|berger|bergère|civil|civile|enfant|garçon|"
    r"fille|homme|femme|soldat|militaire|démineur|démineuse|habitant|habitante|villageois|"
    r"villageoise|éleveur|personne|adolescent|adolescente|passant|cultivateur)"
)

# one victim: a listed noun after any article ("le jeune berger"), or any person introduced
# by "un"/"une" ("un conducteur de moto-taxi a été blessé")
_ONE = (
    rf"(?:\b(?:un|une|le|la|l'|l’)\s*(?:[\wéèêàç-]+\s+){{0,2}}?{_VICTIM}\b|"
    r"\b(?:un|une)\s+(?!mine|engin|explosion|obus|roquette)[\wéèêàç-]+\b)"
)
MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
# a past participle of laying or using, in any gender and number ("posé", "posées", "enfouis")
_LAID = (
    r"(?:(?:posé|utilisé|employé|installé|déployé|semé|placé|disséminé|planté)(?:e|s|es)?|"
    r"enfoui(?:e|s|es)?)"
)
# mines named in full or by their usual abbreviation ("des MAP")
_MINES = r"(?:mines?|engins?\s+explosifs?|(?-i:MAP))"
# an auxiliary and an optional adverb before a participle ("ont également", "a officiellement")
_HAS = r"(?:ont|a|avaient|avait|auraient|aurait)\s+(?:[\wéè]+ment\s+)?"
# a bound before a figure: "au moins 12", "plus de 300", "près de 40"
_ABOUT = r"(?:(?:au\s+moins|plus\s+de|près\s+de|environ)\s+)?"
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
}  # fmt: skip
# a count before "ago" (a number in digits or in words)
_COUNT = r"(?P<n>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
# a number in digits or in words, never a longer word that starts like one
SCALES = {"million": 1_000_000, "milliard": 1_000_000_000, "mille": 1_000}
_NUMBER = number_pattern(NUMBERS, "|".join(SCALES))

FRENCH = Lexicon(
    language="fr",
    months=MONTHS,
    year_word="",
    month_alone=r"\b(?:en|fin|début|mi-|courant)\s*",
    month_endings="",
    numbers=NUMBERS,
    killed=(
        rf"\b{_NUMBER}\s+(?:[\wéèêàç'’-]+\s+){{0,4}}?(?:ont\s+été\s+)?(?:tués|tuées|morts|mortes|"
        r"ont\s+péri|ont\s+perdu\s+la\s+vie|ont\s+trouvé\s+la\s+mort|décédés)\b(?!\s+ou\s+(?:bless|mutil))",
        rf"\b(?:tué|tuant|coûté\s+la\s+vie\s+à)\s+{_ABOUT}{_NUMBER}\b",
    ),
    injured=(
        rf"\b{_NUMBER}\s+(?:[\wéèêàç'’-]+\s+){{0,4}}?(?:ont\s+été\s+)?(?:blessés|blessées)\b",
        rf"(?<!ou\s)\b(?:blessé|blessant)\s+{_ABOUT}{_NUMBER}\b",
    ),
    one_killed=(
        rf"{_ONE}[^.;]{{0,60}}?"
        r"\b(?:a\s+été\s+tuée?|est\s+morte?|est\s+décédée?|a\s+péri|a\s+perdu\s+la\s+vie|"
        r"a\s+trouvé\s+la\s+mort)\b"
    ),
    one_injured=(
        rf"{_ONE}[^.;]{{0,60}}?"
        r"\b(?:a\s+été\s+(?:grièvement\s+|gravement\s+|légèrement\s+)?blessée?|"
        r"a\s+perdu\s+(?:une|la|les\s+deux)\s+jambes?|a\s+été\s+(?:hospitalisée?|amputée?)|"
        r"a\s+dû\s+être\s+amputée?)"
    ),
    mines=(
        r"(?-i:\bMAP\b)|\b(?:mines?|minée?s?|antipersonnel|engins?\s+explosifs?|explosi\w+|munitions?|"
        r"déminage|démineur\w*|déminé\w*|antimines|dépollu\w*|sauté)\b"
    ),
    not_a_mine=r"\b(?:mines?\s+d['’](?:or|argent)|mines?\s+de\s+(?:charbon|cuivre|sel)|minier\w*)\b",
    states={
        "russe": "RUS",
        "ukrainien": "UKR",
        "birman": "MMR",
        "israélien": "ISR",
        "arménien": "ARM",
        "azerbaïdjanais": "AZE",
        "lituanien": "LTU",
        "letton": "LVA",
        "estonien": "EST",
        "finlandais": "FIN",
        "polonais": "POL",
        "marocain": "MAR",
        "malien": "MLI",
        "colombien": "COL",
        "syrien": "SYR",
        "soudanais": "SDN",
    },
    use=(
        # a participle or a present-tense verb, then the mines within a few words ("posé des
        # milliers de mines", "utilisé au moins 13 types de mines", "utilisent des MAP")
        rf"\b(?:{_LAID}|posent|utilisent|emploient|enfouissent|posaient|utilisaient)\s+"
        rf"(?:[^.;,]{{0,40}}?\s)?{_MINES}\b|"
        # the passive: "des mines ont été posées par", "l'engin aurait été enfoui par"
        rf"\b(?:{_MINES}|engins?)\b[^.;]{{0,60}}?\b(?:(?:ont|a|auraient|aurait|avaient|avait)\s+été|"
        rf"(?:sont|est|étaient|était)(?:\s+[\wéè]+ment)?)\s+(?:[\wéè]+ment\s+)?{_LAID}\b|"
        # the mines named by a pronoun: "des groupes armés en ont également posé"
        rf"\ben\s+{_HAS}{_LAID}\b|"
        r"\b(?:pose|utilisation|emploi)\s+de\s+(?:nouvelles\s+)?mines\b[^.;]{0,40}?\bpar\b|"
        r"\b(?:ont|a|avaient|avait)\s+miné\b|"
        # the laying blamed on someone: "attribue la pose de la mine aux jihadistes"
        r"\battribu\w*\s+(?:la\s+)?(?:pose|l['’]installation|l['’]utilisation|l['’]emploi)\s+"
        r"(?:de\s+(?:la\s+|cette\s+|ces\s+|l['’])?|des\s+)(?:mines?|engins?)\b|"
        # use that goes on: "continue d'employer massivement ces armes"
        r"\b(?:continue|continuent|a\s+continué|ont\s+continué)\s+(?:à|d['’])\s*(?:employer|utiliser|"
        r"poser)\s+(?:massivement\s+|largement\s+)?(?:des|de|ces|les)\s+(?:mines|armes|engins)\b|"
        # "accuse X d'avoir posé des mines"
        rf"\baccus\w*\s+[^.;]{{0,60}}?\bd['’]avoir\s+{_LAID}\s+(?:[^.;,]{{0,40}}?\s)?{_MINES}\b"
    ),
    destroyed=r"\b(?:détruit\w*|détrui(?:re|sant|sent|sait)|destruction|éliminé\w*)\b",
    stock=r"\b(?:stocks?|stockées?|réserves?|arsenal|arsenaux|entrepos\w*)\b",
    treaty=(
        r"\b(?:Convention|traité)\s+d['’]Ottawa|\b(?:Convention|traité)\s+sur\s+"
        r"l['’]interdiction\s+des\s+mines"
    ),
    # the mines named again by a common noun ("ces armes", "l'engin")
    anaphora=r"\b(?:ces|de\s+telles)\s+(?:armes|engins)\b|\b(?:l['’]|cet\s+)engin\b",
    treaty_word=r"\b(?:traité|Convention)\b",
    steps=(
        (
            "parliament_approves_withdrawal",
            r"\b(?:parlement|Assemblée|Sénat|Seimas|Saeima|Sejm|Riigikogu|Eduskunta|députés)\b"
            r"[^.;]{0,80}?\b(?:a|ont)\s+(?:voté|approuvé|adopté)",
        ),
        (
            "withdrawal_notified",
            rf"\b{_HAS}notifié\b|\bnotification\s+de\s+(?:son\s+|leur\s+)?retrait|"
            r"\b(?:a|ont)\s+déposé\s+(?:son|sa|leurs?|l['’])\s*(?:instrument|notification)",
        ),
        (
            "withdrawal_effective",
            r"\bretrait\b[^.;]{0,40}?\b(?:a\s+pris|prend|est\s+entré)\s+(?:effet|en\s+vigueur)|"
            r"\b(?:s['’]est|se\s+sont)\s+(?:officiellement\s+)?retiré(?:e|s|es)?\s+d[eu]|"
            r"\b(?:a|ont)\s+(?:officiellement\s+)?quitté\s+(?:la|le)\s+(?:Convention|traité)|"
            r"\bn['’](?:est|sont)\s+plus\s+(?:partie|membre)|\b(?:a|ont)\s+cessé\s+d['’]être\s+(?:un\s+)?"
            r"(?:État\s+)?partie",
        ),
        (
            "announce_intent_to_withdraw",
            r"\b(?:a|ont)\s+annoncé\b[^.;]{0,60}?\b(?:retir|quitter)|\bintention\s+de\s+se\s+"
            r"retirer|\b(?:a|ont)\s+décidé\s+de\s+(?:se\s+retirer|quitter)",
        ),
        ("join", rf"\b{_HAS}(?:adhéré|ratifié|rejoint)\b"),
    ),
    veto=(
        r"\b(?:va|vont|pourrait|pourraient|devrait|devraient|envisage|prévoit|nie|nié|niant|dément|démenti)\b|"
        r"\bn['’](?:a|ont|avait)\s+(?:pas|jamais)\b|\bne\s+[\wé]+\s+(?:pas|jamais)\b"
    ),
    # a count of mines, in digits or with a scale word ("3,3 millions de mines")
    mine_count=(
        r"(?P<n>\d+(?:,\d+)?\s+(?:millions?|milliards?)|\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+|\d+)"
        r"\s+(?:de\s+|d['’])?(?:[\wé-]+\s+){0,2}?mines\b"
    ),
    # the future of any verb ("entrera en vigueur le", "sera", "aura lieu en": -ra/-ront in
    # lower case, never a name such as "Ankara"), "doit", "est prévu pour le"
    scheduled=(
        r"(?-i:\b[a-zéèêàâîôûç]{2,}(?:ra|ront))\b|\b(?:doit|doivent|devra|devront|"
        r"(?:est|sont)\s+prévue?s?|prévue?s?\s+(?:pour|le|en))\b"
    ),
    new_clause=r"qui|que|qu['’]|lorsque|quand|où|dont|après|depuis",
    month_day=(
        r"\ble\s+(?P<day>[0-3]?\d)(?:er)?\s+(?:de\s+ce\s+mois|du\s+mois\s+(?:en\s+cours|courant)|"
        r"(?P<last>du\s+mois\s+(?:dernier|précédent|passé)))\b"
    ),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    relative=(
        (r"\bavant-hier\b", "day", 2),
        # "la veille" alone is the day before; "la veille du scrutin" (the eve of) is not
        (r"\bla\s+veille\b(?!\s+(?:de|du|des|d['’]))", "day", 1),
        (r"\bhier\b", "day", 1),
        (r"\baujourd['’]hui\b|\bce\s+matin\b", "day", 0),
        (r"\bla\s+semaine\s+(?:dernière|passée)\b", "week", 1),
        (r"\bcette\s+semaine\b", "week", 0),
        (r"\ble\s+mois\s+(?:dernier|passé)\b", "month", 1),
        (r"\bce\s+mois(?:-ci)?\b", "month", 0),
        # "recently" is the month of publication (as the English reader dates "recently")
        (r"\brécemment\b", "month", 0),
        (r"\bl['’](?:an|année)\s+(?:dernier|dernière|passée?)\b", "year", 1),
        (r"\bcette\s+année\b", "year", 0),
    ),
    ago=(
        rf"\bil\s+y\s+a\s+(?:{_COUNT}\s+)?(?:(?P<day>jours?)|(?P<week>semaines?)|"
        r"(?P<month>mois)|(?P<year>ans|années?))\b"
    ),
    reported=(
        r"\b(?:a|ont|avait|avaient)\s+(?:déclaré|annoncé|indiqué|précisé|affirmé|rapporté|"
        r"confirmé|signalé|communiqué)\s+(?:ce\s+)?$"
    ),
    since=r"\b(?:depuis|à\s+partir\s+de)\s+(?:le\s+|la\s+|l['’]|(?:le\s+)?début\s+(?:de\s+)?)?$|"
    # the start told as an event and its year: "depuis l'entrée en vigueur du traité en 1999"
    r"\bdepuis\s+(?:l['’]|le\s+|la\s+|les\s+)(?:[\w'’-]+\s+){1,6}?en\s+$",
    total=(
        rf"\b{_NUMBER}\s+(?:[\wéèêàç'’-]+\s+){{0,2}}?(?:ont\s+été\s+)?(?:tués|tuées|morts|mortes)\s+"
        r"ou\s+(?:blessés|blessées|mutilés|mutilées)\b",
        rf"\b{_NUMBER}\s+(?:nouvelles\s+)?victimes\b",
    ),
    collective=r"\b(?:les|des|aux)\s+[ÉE]tats\s+(?:parties|membres)\b",
    world=r"\bdans\s+le\s+monde\b|\bà\s+l['’]échelle\s+mondiale\b|\bmondiale?s?\b",
    extension=(
        r"\b(?:prolongation|prorogation|extension)\s+(?:de\s+(?:son\s+|leur\s+)?délai\s+)?"
        r"(?:accordée|obtenue|demandée|sollicitée|approuvée)|\b(?:a|ont)\s+(?:demandé|obtenu|"
        r"sollicité)\s+(?:une\s+)?(?:nouvelle\s+)?(?:prolongation|prorogation)"
    ),
    scales=SCALES,
    units=(
        ("ha", r"hectares?|ha\b"),
        ("km2", r"km²|km2|kilomètres?\s+carrés"),
        ("m2", r"m²|m2|mètres?\s+carrés"),
        ("uxo", r"restes?\s+explosifs?(?:\s+de\s+guerre)?|munitions?\s+non\s+explosées?"),
        ("explosive_devices", r"engins?\s+explosifs?(?:\s+improvisés)?|objets?\s+explosifs?"),
    ),
    cleared=(
        r"\b(?:dépollu\w*|démin(?:é|ée|és|ées|er|ant)\b|nettoy\w*|neutralis\w*|restitu\w*|"
        # items taken out of the ground, land released, or the work named with its figure
        r"(?:retiré|enlevé|extrait|libéré)(?:e|s|es)?\b|déminage\s+(?:de|d['’])\s*(?:\d|plus)|"
        r"(?:remis|remise|rendu|rendus|rendues)\s+(?:officielle\s+)?(?:aux|à)\s+(?:la\s+|l['’]|"
        r"des\s+)?(?:populations?|communautés?|habitants?|autorités|propriétaires|agriculteurs))"
    ),
)
