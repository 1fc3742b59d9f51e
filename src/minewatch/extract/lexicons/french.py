"""French: our own compilation from ordinary usage (Académie française numerals and dates)
and mine-action vocabulary (Handicap International, CICR: "mine antipersonnel", "engin
explosif", "restes explosifs de guerre", "déminage")."""

from __future__ import annotations

from minewatch.extract.lexicons.lexicon import (
    Lexicon,
    count_pattern,
    figure_gap,
    longest_first,
    number_pattern,
    year_parts,
)

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
# The verbs of laying and using mines, whole paradigm (Bescherelle, "La conjugaison pour
# tous": first group -er; "enfouir" second group; "employer", "déployer" write "-oi-" before a
# silent "e"; "placer" writes "ç" before "a"/"o"; "semer" "è" before a silent syllable).
# Stems of the first group, with the stem each takes before a silent ending where it differs
_LAYING = (
    ("pos", ""), ("utilis", ""), ("install", ""), ("dissémin", ""), ("plant", ""), ("enterr", ""),
    ("implant", ""), ("dispers", ""), ("truff", ""), ("piég", "pièg"), ("employ", "emploi"),
    ("déploy", "déploi"), ("plac", "plaç"), ("sem", "sèm"), ("largu", ""),
)  # fmt: skip
# the endings of a first-group verb but its infinitive and future (a plan, not use): present,
# imperfect, simple past, present participle, conditional (the reported "poseraient"), past
# participle in any gender and number
_SILENT = ("e", "es", "ent", "erait", "eraient")
_SOUNDED = ("ons", "ez", "ais", "ait", "aient", "ions", "iez", "a", "èrent", "ant")
_PARTICIPLE = ("é", "ée", "és", "ées")


def _forms(stem: str, other: str, endings: tuple[str, ...]) -> list[str]:
    """A first-group verb's forms with ``endings``: a silent ending takes the ``other`` stem
    where the verb has one ("emploient"), "ç" only before "a"/"o" ("plaçait", "placé")."""
    out = []
    for ending in endings:
        if other.endswith("ç"):
            base = other if ending[0] in "ao" else stem
        else:
            base = other if other and ending in _SILENT else stem
        out.append(base + ending)
    return out


_LAID_WORDS = [f for stem, other in _LAYING for f in _forms(stem, other, _PARTICIPLE)]
_LAID_WORDS += ["enfoui", "enfouie", "enfouis", "enfouies", "recouru", "miné", "minée", "minés",
                "minées"]  # fmt: skip
_FINITE_WORDS = [
    f for stem, other in _LAYING for f in _forms(stem, other, _SILENT + _SOUNDED + _PARTICIPLE)
]
_FINITE_WORDS += ["enfouit", "enfouissent", "enfouissait", "enfouissaient", "enfouissant",
                  "enfouirait", "enfouiraient", "enfouirent", "enfouis", "enfouie", "enfouies",
                  "enfoui"]  # fmt: skip
# a past participle of laying or using, in any gender and number ("posé", "posées", "enfouis")
_LAID = "(?:" + longest_first(set(_LAID_WORDS)) + ")"
# the forms after the pronoun "en" ("en posent", "en utilisaient"): no bare "-e", which
# "en place" spells
_PRONOUN_FORMS = [
    f for stem, other in _LAYING for f in _forms(stem, other, ("ent", "ait", "aient", "ant"))
]
_LAYS_AFTER_EN = "(?:" + longest_first(set(_PRONOUN_FORMS)) + ")"
# a finite form or a participle ("posent", "plaçaient", "utiliseraient", "emploie", "posé"),
# never the noun a form spells after an article ("la pose", "un piège", "une place")
_LAYS = (
    r"(?<!\bla\s)(?<!\bune\s)(?<!\bun\s)(?<!\bdes\s)(?<!\bdu\s)(?<!\bde\s)(?<!\ben\s)(?:"
    + longest_first(set(_FINITE_WORDS))
    + ")"
)
# "recourir à"/"avoir recours à" and "se servir de" take their mines after a preposition
_RESORTS = (
    r"(?:recour(?:t|ent|ait|aient|ant|u|rait|raient)|(?:eu|a|ont|avait|avaient)\s+recours|"
    r"recours|(?:se|s['’]en)\s+serv(?:ent|aient|ait)|se\s+sert|s['’](?:est|sont)\s+servie?s?)"
    r"\s+(?:[\wéè]+ment\s+)?(?:à|aux|au|de|d['’]|des)\s*"
)
# an adverb or two between an auxiliary and its participle ("ont de nouveau utilisé")
_ADVERB = r"(?:(?:[\wéè]+ment|de\s+nouveau|à\s+nouveau|encore|déjà|aussi|bien|même)\s+)"
# mines named in full or by their usual abbreviation ("des MAP")
_MINES = r"(?:mines?|engins?\s+explosifs?|(?-i:MAP))"
# an auxiliary and an optional adverb before a participle ("ont également", "a officiellement")
_HAS = r"(?:ont|a|avaient|avait|auraient|aurait|eurent|eut)\s+(?:[\wéè]+ment\s+)?"
# who votes for a state: parliaments by name and by chamber
_LEGISLATURE = (
    r"(?:[Pp]arlement|Assemblée|Sénat|Seimas|Saeima|Sejm|Diète|Riigikogu|Eduskunta|Rada|Douma|députés|"
    r"sénateurs|parlementaires|législateurs|élus)"
)
# a bound before a figure: "au moins 12", "plus de 300", "près de 40"
_ABOUT = r"(?:(?:au\s+moins|plus\s+de|près\s+de|environ)\s+)?"
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
}  # fmt: skip
# a count before "ago" (a number in digits or in words)
_COUNT = count_pattern(NUMBERS)
# a number in digits or in words, never a longer word that starts like one
SCALES = {"million": 1_000_000, "milliard": 1_000_000_000, "mille": 1_000}
_NUMBER = number_pattern(NUMBERS, SCALES)
# up to four words between a figure and its verb, none of them a number
_GAP = figure_gap(NUMBERS, r"[\wéèêàç'’-]")

# an aside between the auxiliary and "été" ("a par ailleurs été blessé", "ont eux aussi été
# tués", "a également été tuée")
_ASIDE = (
    r"(?:(?:par\s+ailleurs|en\s+outre|de\s+plus|(?:lui|elle|eux|elles)\s+aussi|aussi|"
    r"pour\s+(?:sa|leur)\s+part|[\wéè]+ment)\s+){0,2}"
)
# the passive's auxiliary in the past, the pluperfect and the reported conditional ("ont été
# tués", "avaient été tuées", "auraient été blessés")
_BEEN = rf"(?:ont|avaient|auraient|eurent)\s+{_ASIDE}été\s+"

# the verbs of accusing: "accuse", "soupçonne", "reproche à", "impute à" (their object is the
# accused, and their passive subject)
_ACCUSE = r"accus|soupçonn|reproch|imput"

FRENCH = Lexicon(
    language="fr",
    fold_accents=True,
    months=MONTHS,
    month_alone=r"\b(?:en|fin|début|mi-|courant|depuis)\s*",
    numbers=NUMBERS,
    killed=(
        # the victims, then their death in any tense and voice ("3 civils ont été tués", "sont
        # morts", "ont péri", "ont succombé à leurs blessures", "dont 12 mortellement")
        rf"\b{_NUMBER}\s+{_GAP}(?:{_BEEN})?(?:tués|tuées|morts|mortes|"
        r"(?:ont\s+|auraient\s+|avaient\s+)?(?:péri|succombé|perdu\s+la\s+vie|trouvé\s+la\s+mort)|"
        r"périrent|succombèrent|décédés|décédées|mortellement)\b(?!\s+ou\s+(?:bless|mutil))",
        # the cause first: "a tué 3 enfants", "tuant deux bergers", "tuent", "a coûté la vie à"
        rf"\b(?:tué|tués|tuée|tuées|tuant|tue|tuent|tua|tuèrent|tuait|tuaient|"
        rf"coûté\s+la\s+vie\s+à)\s+{_ABOUT}{_NUMBER}\b",
    ),
    injured=(
        # never "mortellement blessés" (killed) nor "tués ou blessés" (a total)
        rf"\b{_NUMBER}\s+{_GAP}(?:{_BEEN})?(?<!mortellement\s)"
        r"(?<!\sou\s)(?:blessés|blessées|mutilés|mutilées|amputés|amputées)\b",
        rf"(?<!ou\s)\b(?:blessé|blessés|blessée|blessées|blessant|blesse|blessent|blessa|blessait|"
        rf"mutilé|mutilant|mutilent)\s+{_ABOUT}{_NUMBER}\b",
    ),
    one_killed=(
        rf"{_ONE}[^.;]{{0,60}}?"
        rf"\b(?:a\s+{_ASIDE}été\s+tuée?|est\s+morte?|est\s+décédée?|a\s+péri|a\s+perdu\s+la\s+vie|"
        r"a\s+trouvé\s+la\s+mort|a\s+succombé|succombe|meurt|périt|"
        # a headline without an auxiliary: "un berger tué par une mine"
        r"tuée?\s+(?:par|lors|dans|après|en\s+marchant))\b|\bun\s+mort\b"
    ),
    one_injured=(
        rf"{_ONE}[^.;]{{0,60}}?"
        rf"\b(?:a\s+{_ASIDE}été\s+(?:grièvement\s+|gravement\s+|légèrement\s+)?blessée?|"
        r"a\s+perdu\s+(?:une|la|les\s+deux)\s+jambes?|a\s+été\s+(?:hospitalisée?|amputée?)|"
        r"a\s+dû\s+être\s+amputée?|a\s+été\s+mutilée?|"
        r"blessée?\s+(?:par|lors|dans|après|en\s+marchant))|\bun\s+blessé\b|\bune\s+blessée\b"
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
    army=(
        r"\b(?:l['’]\s*)?(?:armées?|forces\s+(?:armées|gouvernementales|régulières|de\s+sécurité)|"
        r"troupes|soldats|militaires|junte)\b"
    ),
    joins=r"et|ainsi\s+que",
    armed_group=(
        r"\b(?:groupes?\s+armés?|rebelles?|jihadistes?|djihadistes?|insurgés?|milices?|"
        r"miliciens?|guérill\w+|séparatistes?|terroristes?|factions?\s+armées?|"
        r"combattants\s+(?:indépendantistes|séparatistes|rebelles|jihadistes|djihadistes)|"
        r"indépendantistes)\b"
    ),
    accuse=_ACCUSE,
    use=(
        # any finite form or participle, then the mines within a few words ("posé des milliers
        # de mines", "utilisé au moins 13 types de mines", "emploient des MAP", "plaçaient")
        rf"\b{_LAYS}\s+(?:[^.;,]{{0,40}}?\s)?{_MINES}\b|"
        # "ont eu recours aux mines", "recourent à des mines", "se servent de mines"
        rf"\b{_RESORTS}(?:[^.;,]{{0,30}}?\s)?{_MINES}\b|"
        # the passive: "des mines ont été posées par", "l'engin aurait été enfoui par", "furent"
        rf"\b(?:{_MINES}|engins?)\b[^.;]{{0,60}}?\b(?:(?:ont|a|auraient|aurait|avaient|avait)\s+"
        rf"été|sont|est|étaient|était|furent|fut|seraient|serait)\s+{_ADVERB}{{0,2}}{_LAID}\b|"
        # the participle with its agent: "des mines antipersonnel posées récemment par"
        rf"\b{_MINES}\b(?:\s+[\wéèê'’-]+){{0,3}}?\s+{_LAID}\s+(?:[^.;]{{0,30}}?\s)?par\b|"
        # the mines named by a pronoun: "des groupes armés en ont également posé", "les ont
        # enfouies", "en posent"
        rf"\b(?:en|les)\s+(?:{_HAS}{_ADVERB}{{0,2}}{_LAID}|{_LAYS_AFTER_EN})\b|"
        # the laying named by a noun, with its agent ("l'emploi de mines antipersonnel par")
        # ... and one adjective of its own ("l'emploi massif de mines par", "l'usage répété")
        r"\b(?:pose|utilisation|emploi|usage|recours|enfouissement|déploiement)"
        r"(?:\s+(?!(?:de|des|du|aux?|par)\b)[\wéè]+)?\s+(?:de|d['’]|des|aux?)\s*(?:nouvelles\s+)?(?:[\wé-]+\s+){0,2}?(?:mines|engins)\b"
        r"[^.;]{0,40}?\bpar\b|"
        # ... or with the mines left to the sentence ("fait état d'un emploi par l'Iran")
        r"\b(?:pose|utilisation|emploi|usage|enfouissement|déploiement)\s+(?:(?:de|d['’]|des)\s*"
        r"(?:ces\s+|telles\s+)?(?:mines|engins|armes)\s+)?(?:[\wé]+ment\s+)?par\b|"
        r"\b(?:ont|a|avaient|avait|auraient|aurait)\s+miné\b|\bmin(?:ent|aient|ait|ant)\b|"
        # the laying blamed on someone: "attribue la pose de la mine aux jihadistes"
        # ... or imputed ("ont imputé la pose de l'engin aux terroristes")
        r"\b(?:attribu|imput)\w*\s+(?:la\s+)?(?:pose|l['’]installation|l['’]utilisation|l['’]emploi)\s+"
        r"(?:de\s+(?:la\s+|cette\s+|ces\s+|l['’])?|des\s+)(?:mines?|engins?)\b|"
        # use that goes on: "continue d'employer massivement ces armes"
        r"\b(?:continue|continuent|continuait|continuaient|a\s+continué|ont\s+continué)\s+(?:à|de|"
        r"d['’])\s*(?:employer|utiliser|poser|placer|enfouir|installer|disséminer|semer|planter|"
        r"déployer)\s+(?:massivement\s+|largement\s+)?(?:des|de|ces|les)\s+(?:mines|armes|engins)\b|"
        # mines left behind by forces that withdrew ("ont laissé des mines dans les champs avant
        # de battre en retraite", "laissant des milliers de mines derrière elles")
        r"\blaiss(?:é|és|ée|ées|ent|aient|ait|èrent|ant|a)\s+(?:[^.;]{0,40}?\s)?(?:mines|engins)\b"
        r"[^.;]{0,60}?\b(?:derrière|avant\s+de\s+(?:se\s+retirer|battre\s+en\s+retraite|partir|quitter|"
        r"se\s+replier)|en\s+(?:se\s+retirant|quittant|partant|battant\s+en\s+retraite|se\s+repliant))|"
        # "accuse X d'avoir posé des mines", "soupçonnés d'avoir enfoui", "reproche à X d'avoir"
        rf"\b(?:{_ACCUSE})\w*\s+[^.;]{{0,60}}?\bd['’]avoir\s+{_LAID}\s+(?:[^.;,]{{0,40}}?\s)?"
        rf"{_MINES}\b|"
        # ... or of having mined a place: "accusent les rebelles d'avoir miné les pistes"
        rf"\b(?:{_ACCUSE})\w*\s+[^.;]{{0,60}}?\bd['’]avoir\s+min(?:é|ée|és|ées)\b"
    ),
    # "détruire" in every form ("détruit", "détruites", "détruisent", "détruira" aside), its
    # noun, and "éliminer"
    destroyed=(
        r"\b(?:détrui\w*|destruction|élimin(?:é|ée|és|ées|ent|ant|ait|aient|ation)\b)|"
        # blown up on purpose: "a fait exploser mercredi 3 000 mines de ses stocks"
        r"\b(?:fait|faire|font|faisait|faisant)\s+(?:exploser|sauter)\s+(?:[^.;]{0,30}?\s)?"
        r"(?:mines|engins|munitions|stocks?)\b"
    ),
    stock=r"\b(?:stocks?|stockée?s?|stockage|réserves?|arsenal|arsenaux|entrepos\w*)\b",
    treaty=(
        r"\b(?:Convention|traité)\s+d['’]Ottawa|\b(?:Convention|traité)\s+sur\s+"
        r"l['’]interdiction\s+des\s+mines|"
        # the full title, which names stocks and their destruction (never a destruction told)
        r"\bConvention\s+sur\s+l['’]interdiction\s+de\s+l['’]emploi,?\s+du\s+stockage\b[^.;]{0,120}?"
        r"\bsur\s+leur\s+destruction\b"
    ),
    # the mines named again by a common noun ("ces armes", "l'engin")
    # the mines named again by a common noun ("ces armes", "l'engin") or by the pronoun "en"
    # before a verb of laying ("des groupes armés en ont également posé")
    anaphora=(
        r"\b(?:ces|de\s+telles)\s+(?:armes|engins)\b|\b(?:l['’]|cet\s+)engin\b|"
        rf"\ben\s+(?:{_HAS}{_ADVERB}{{0,2}}{_LAID}|{_LAYS_AFTER_EN})\b"
    ),
    treaty_word=r"\b(?:traité|Convention)\b",
    other_weapon=r"\b(?:armes?|bombes?|munitions?|obus|roquettes?)\s+à\s+sous-munitions\b",
    suspension=r"\bsuspen\w+",
    leaving=r"\b(?:retir\w+|sorti\w*|dénonc\w*)\b",
    steps=(
        (
            "parliament_approves_withdrawal",
            rf"\b{_LEGISLATURE}\b[^.;]{{0,80}}?\b(?:a|ont)\s+{_ADVERB}?(?:voté|approuvé|adopté|"
            r"entériné)|"
            # the passive: "le retrait a été approuvé par le Parlement", "la loi ... votée par"
            rf"\b(?:retrait|sortie|loi|projet)\b[^.;]{{0,80}}?\b(?:a\s+été|ont\s+été|est|fut)\s+"
            rf"{_ADVERB}?(?:voté|approuvé|adopté|entériné)e?s?\s+par\s+(?:le\s+|la\s+|l['’]|les\s+)?"
            rf"{_LEGISLATURE}|"
            # the passage named by a noun with its agent, of a withdrawal told before it ("la loi
            # de retrait ..., après son adoption par la Diète") or after ("l'adoption par le
            # Sénat de la loi sur le retrait")
            rf"\b(?:retrait|sortie)\b[^.;]{{0,100}}?\b(?:adoption|approbation)\b[^.;]{{0,40}}?\bpar\s+"
            rf"(?:le\s+|la\s+|l['’]|les\s+)?{_LEGISLATURE}|\b(?:adoption|approbation)\s+par\s+"
            rf"(?:le\s+|la\s+|l['’]|les\s+)?{_LEGISLATURE}\b(?=[^.;]{{0,60}}?\b(?:retrait|sortie))|"
            # the vote named by a noun: "le vote du Parlement en faveur du retrait"
            rf"\bvote\s+(?:du|de\s+la|de\s+l['’]|des)\s*{_LEGISLATURE}\b(?=[^.;]{{0,60}}?"
            r"\b(?:retrait|sortie|quitter|retirer))|"
            # the head of state signs the law the parliament passed ("a promulgué la loi sur le
            # retrait"); a decree of his own is the decision (announce, below)
            r"\b(?:a|ont)\s+(?:signé|promulgué)\s+la\s+loi\b(?=[^.;]{0,60}?\b(?:retrait|sortie|"
            r"quitter|retirer))",
        ),
        (
            "withdrawal_notified",
            rf"\b{_HAS}(?:officiellement\s+|formellement\s+)?notifié\b|\bnotifi(?:e|ent|ant)\b|"
            r"\bnotification\s+(?:officielle\s+|formelle\s+)?(?:de\s+|du\s+)(?:son\s+|sa\s+|leur\s+)?"
            r"(?:retrait|sortie|dénonciation)|"
            r"\b(?:a|ont|avait|avaient)\s+(?:déposé|remis|transmis|adressé|envoyé)\s+"
            # words between: "a déposé mercredi auprès de l'ONU l'instrument de retrait"
            r"(?:[^.;]{0,50}?\s)?(?:son|sa|leurs?|l['’]|la|les)"
            r"\s*(?:instruments?|notifications?)\b(?![^.;]{0,30}?\b(?:ratification|adhésion|"
            r"acceptation|approbation))|"
            # "dénoncer" a treaty is to give notice of leaving it (not "dénoncer l'emploi de")
            r"\bdénonc\w*\s+(?:officiellement\s+)?(?:la|le)\s+(?:Convention|traité)|"
            r"\bdénonciation\s+(?:de\s+la\s+Convention|du\s+traité)|"
            # the deposit as a noun: "après le dépôt de son instrument de retrait"
            r"\bdépôt\s+(?:de\s+)?(?:son|sa|leurs?|l['’]|des?|du)\s*(?:instruments?|notifications?)"
            r"\s+de\s+(?:retrait|dénonciation)|"
            r"\binstruments?\s+de\s+(?:retrait|dénonciation)\b[^.;]{0,60}?\b(?:a|ont|avait|avaient)\s+"
            r"été\s+(?:déposé|remis|transmis)",
        ),
        (
            "withdrawal_effective",
            # (the treaty named between: "Le retrait de la Finlande de la convention d'Ottawa a
            # pris effet samedi")
            r"\bretrait\b[^.;]{0,100}?\b(?:a\s+pris|prend|est\s+entré|entre)\s+(?:effet|en\s+vigueur)|"
            r"\b(?:retrait|sortie)\b[^.;]{0,80}?\b(?:est|sont|est\s+devenue?|devient|est\s+désormais|"
            r"soit\s+devenue?)\s+effectifs?\b|\bsortie\b[^.;]{0,80}?\b(?:est|est\s+devenue|devient|"
            r"soit\s+devenue)\s+effective\b|\bretrait\s+effectif\b|\bprise\s+d['’]effet\b[^.;]{0,40}?\bretrait\b|"
            r"\b(?:s['’]est|se\s+sont)\s+(?:officiellement\s+)?retiré(?:e|s|es)?\s+d[eu]|"
            r"\b(?:a|ont)\s+(?:officiellement\s+)?quitté\s+(?:la|le)\s+(?:Convention|traité)|"
            r"\b(?:est|sont)\s+(?:officiellement\s+)?sortie?s?\s+(?:de\s+la\s+Convention|du\s+traité)|"
            r"\bn['’](?:est|sont)\s+plus\s+(?:partie|membre)|\b(?:a|ont)\s+cessé\s+d['’]être\s+(?:un\s+)?"
            r"(?:État\s+)?partie",
        ),
        (
            "announce_intent_to_withdraw",
            r"\b(?:a|ont|avait|avaient)\s+(?:annoncé|décidé|proclamé|officialisé|confirmé)\b[^.;]{0,60}?"
            r"\b(?:retir|quitter|retrait|sortie|sortir)|"
            # the leaving in the future, then who announced it ("La Finlande se retirera de la
            # convention, a annoncé mardi le Premier ministre"): an empty cue at the verb, so
            # that the future is no step still to come (``treaty_steps.to_come``)
            r"\b(?=(?:se\s+retirer(?:a|ont)|quitter(?:a|ont)|sortir(?:a|ont))\b[^.;]{0,100}?\b"
            r"(?:(?:a|ont)\s+(?:annoncé|déclaré|indiqué|affirmé|confirmé|fait\s+savoir)|annonce|"
            r"annoncent)\b)|\bannoncen?t?\s+(?:son|sa|leur)\s+(?:retrait|"
            r"sortie)|\bintention\s+de\s+(?:se\s+retirer|quitter|sortir)|"
            r"\b(?:se\s+retirera|se\s+retireront|entend\s+se\s+retirer|veut\s+se\s+retirer)\b|"
            # the government's bill: "a proposé au Parlement de retirer le pays"
            r"\b(?:a|ont)\s+(?:proposé|recommandé)\b[^.;]{0,40}?\b(?:retir|quitter|retrait|sortie|"
            r"sortir)|"
            # a decree of the head of state: "a signé un décret sur le retrait", "le décret signé
            # dimanche par le président ..., qui entérine la décision ... de retirer l'Ukraine"
            r"\bdécret\b[^.;]{0,160}?\b(?:retrait|sortie|retir|quitter)",
        ),
        (
            "entry_into_force",
            r"\b(?:est|sont)\s+devenue?s?\s+(?:le\s+[\wè]+\s+|un\s+)?État\s+partie|"
            r"\bentrée?\s+en\s+vigueur\s+pour\b",
        ),
        (
            "announce_intent_to_join",
            r"\b(?:a|ont)\s+(?:approuvé|annoncé|décidé|adopté)\s+(?:un\s+projet\s+de\s+loi\s+sur\s+)?"
            r"(?:l['’]|son\s+|sa\s+)(?:adhésion|ratification)|\b(?:intention|décidé)\s+d['’]"
            r"(?:adhérer|ratifier)|\bdécidé\s+de\s+(?:ratifier|rejoindre)",
        ),
        (
            "join",
            rf"\b{_HAS}(?:adhéré|ratifié|rejoint)\b|\b(?:adhère|adhèrent|adhéra|ratifie|ratifient|"
            r"ratifia)\b|\b(?:a|ont|avait|avaient)\s+déposé\s+(?:[^.;]{0,60}?\s)?(?:son|sa|leurs?|l['’])\s*"
            r"instruments?\s+(?:de\s+ratification|d['’]adhésion)|\b(?:a|ont)\s+été\s+ratifiée?\s+par\b|"
            # the instrument deposited, in the passive: "l'instrument d'adhésion a été déposé",
            # "l'adhésion de X, dont l'instrument a été déposé le"
            r"\b(?:adhésion|ratification)\b[^.;]{0,80}?\binstruments?\b[^.;]{0,30}?\b(?:a|ont|avait|"
            r"avaient)\s+été\s+déposée?s?|\binstruments?\s+(?:de\s+ratification|d['’]adhésion)\b"
            r"[^.;]{0,60}?\b(?:a|ont|avait|avaient)\s+été\s+déposée?s?",
        ),
    ),
    # a decree signed, or the security council's decision, told without its object after a
    # story of leaving ("Le président avait signé le 29 juin un décret mettant en œuvre une
    # décision du Conseil de sécurité ... en ce sens"): the announcement of the withdrawal
    decision_back=(
        r"\b(?:a|avait|ont|avaient)\s+sign[ée]\w*\s+(?:[^.;]{0,40}?\s)?(?:un|le|ce)\s+décret\b|"
        r"\bdécision\s+du\s+Conseil\s+(?:national\s+)?de\s+sécurité\s+et\s+de\s+défense\b"
    ),
    decision_wording=(
        r"\b(?:convention|traité|Ottawa|retrait|sortie|quitter|retirer)\w*|\ben\s+ce\s+sens\b|"
        r"\b(?:cette|la\s+même)\s+(?:décision|démarche)\b|\bce\s+(?:décret|choix)\b"
    ),
    veto=(
        r"\b(?:va|vont|pourrait|pourraient|devrait|devraient|envisage|prévoit|nie|nié|niant|dément|démenti)\b|"
        # a negation, unless a clause joined by "et" then lays mines ("n'a jamais adhéré au
        # traité et pose des mines"): its scope ends at the join
        rf"(?:\bn['’](?:a|ont|avait)\s+(?:pas|jamais)\b|\bne\s+[\wé]+\s+(?:pas|jamais)\b)"
        rf"(?![^.;]{{0,80}}?\bet\s+{_ADVERB}?{_LAYS}\s+(?:[^.;,]{{0,30}}?\s)?{_MINES}\b)|"
        # a duty, not a deed: "doit encore détruire 500 000 mines"
        r"\b(?:doit|doivent|devra|devront|devait|devaient)\s+(?:encore\s+|toujours\s+)?(?:détruire|"
        r"éliminer)\b"
    ),
    # "Six autres passagers ont été blessés", "Un deuxième berger ...", "Son frère ..."
    more_victims=(
        r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+autres\s|"
        r"(?:un|une|le|la)\s+(?:deuxieme|second|seconde|troisieme)\s|"
        r"(?:son|sa|ses|leur|leurs)\s+(?:frere|soeur|sœur|fils|fille|pere|mere|epouse|mari|"
        r"cousin|cousine|neveu|niece|compagnon|camarade|collegue)s?\b"
    ),
    # "personne n'a été blessé", "le conducteur est sorti indemne", "sans faire de victimes"
    # the blast or the harm itself (``Lexicon.blast``)
    blast=(
        r"\b(?:explos\w*|saut\w*|detonation\w*|declench\w*|march\w*\s+sur|roul\w*\s+sur|"
        r"heurt\w*|bless\w*|tue[es]?|mort[es]?|decede\w*|amput\w*)\b"
    ),
    unharmed=(
        r"\bindemnes?\b|\bsans\s+(?:faire\s+(?:de\s+)?)?(?:victimes?|bless[ée]s?)\b|"
        r"\b(?:aucune?|pas\s+de)\s+(?:victimes?|bless[ée]s?)\b|"
        r"\b(?:personne|nul)\s+n['’]a\s+[ée]t[ée]\s+(?:bless[ée]|tu[ée])|"
        r"\bn['’](?:a|ont)\s+pas\s+[ée]t[ée]\s+bless[ée]e?s?\b"
    ),
    # a count of mines, in digits or with a scale word ("3,3 millions de mines")
    mine_count=(
        r"(?P<n>\d+(?:,\d+)?\s+(?:millions?|milliards?)|\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+|\d+)"
        # never "75 hectares minés", which folds to "mines" (``fold_accents``)
        r"\s+(?:de\s+|d['’])?(?:(?!hectares?\b|ha\b|km|m²|m2\b|mètres)[\wé-]+\s+){0,2}?mines\b"
    ),
    # the future of any verb ("entrera en vigueur le", "sera", "aura lieu en": -ra/-ront in
    # lower case, never a name such as "Ankara"), "doit", "est prévu pour le"
    scheduled=(
        r"(?-i:\b[a-zéèêàâîôûç]{2,}(?:ra|ront))\b|\b(?:doit|doivent|devra|devront|"
        r"(?:est|sont)\s+prévue?s?|prévue?s?\s+(?:pour|le|en))\b"
    ),
    new_clause=r"qui|que|qu['’]|lorsque|quand|où|dont|après|depuis",
    # a clause of what came before: "six mois après le dépôt de son instrument de retrait",
    # "après que la Lituanie a notifié", "après avoir notifié"
    earlier_clause=(r"\baprès\s+(?:le\b|la\b|l['’]|son\b|sa\b|leur\b|que\b|qu['’]|avoir\b)"),
    # "le retrait de la Finlande", "l'adhésion de la République des Îles Marshall"
    step_noun=r"\b(?:retrait|sortie|dénonciation|adhésion|ratification)\s+",
    step_of=(
        r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)"
        r"(?:République\s+(?:des\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|de\s+)?)?"
    ),
    month_day=(
        r"\ble\s+(?P<day>[0-3]?\d)(?:er)?\s+(?:de\s+ce\s+mois|du\s+mois\s+(?:en\s+cours|courant)|"
        r"(?P<last>du\s+mois\s+(?:dernier|précédent|passé)))\b"
    ),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    # "les deux premiers mois de 2023", "au premier semestre", "entre janvier et juin"
    first_months=rf"\b{_COUNT}\s+premiers\s+mois(?:\s+de\s+(?:l['’]année\s+)?(?P<year>(?:19|20)\d\d))?",
    parts=year_parts(
        ("premier", "(?:second|deuxième)"),
        "semestre",
        ("premier", "deuxième", "troisième", "quatrième"),
        "trimestre",
        before=r"\b(?:au\s+|du\s+|le\s+)?",
        after=r"(?:\s+(?:de\s+)?(?:l['’]année\s+)?(?P<year>(?:19|20)\d\d))?",
    ),
    month_range=(r"\b(?:entre|de|d['’])\s+", r"(?:et|à)\s+"),
    relative=(
        (r"\bavant-hier\b", "day", 2),
        # "la veille" alone is the day before; "la veille du scrutin" (the eve of) is not
        (r"\bla\s+veille\b(?!\s+(?:de|du|des|d['’]))", "day", 1),
        (r"\bhier\b", "day", 1),
        # "ce jour" is today, never "à ce jour" (so far) nor "ce jour-là"
        (r"\baujourd['’]hui\b|\bce\s+matin\b|(?<!à\s)\bce\s+jour\b(?!-là)", "day", 0),
        (r"\bla\s+semaine\s+(?:dernière|passée)\b", "week", 1),
        (r"\bcette\s+semaine\b", "week", 0),
        (r"\ble\s+mois\s+(?:dernier|passé|écoulé)\b", "month", 1),
        (r"\bce\s+mois(?:-ci)?\b", "month", 0),
        # "recently" is the month of publication (as the English reader dates "recently")
        (r"\brécemment\b", "month", 0),
        (r"\bl['’](?:an|année)\s+(?:dernier|dernière|passée?|écoulée?)\b", "year", 1),
        (r"\bcette\s+année\b", "year", 0),
    ),
    ago=(
        rf"\bil\s+y\s+a\s+(?:{_COUNT}\s+)?(?:(?P<day>jours?)|(?P<week>semaines?)|"
        r"(?P<month>mois)|(?P<year>ans|années?))\b"
    ),
    # a statement's day, or the day a report came out ("publié ce mercredi"): never an event's
    reported=(
        r"\b(?:a|ont|avait|avaient)\s+(?:déclaré|annoncé|indiqué|précisé|affirmé|rapporté|"
        r"confirmé|signalé|communiqué)\s+(?:ce\s+)?$|\b(?:publiée?|présentée?|dévoilée?|"
        r"rendue?\s+public)\s+(?:ce\s+|le\s+)?$"
    ),
    # "depuis 2022", "depuis le début de 2022", and "since" an event in a year ("depuis
    # l'entrée en vigueur du traité en 1999")
    range_start=r"\bentre\s+(?:le\s+|l[’\']|la\s+)?$",
    range_next=r"\s*(?:et|à|[–-])\s*\d",
    since=(
        r"\b(?:depuis|à\s+partir\s+de)\s+(?:le\s+|la\s+|l['’]|(?:le\s+)?début\s+(?:de\s+)?)?$|"
        # a season or part of a year ("depuis le printemps 2022", "depuis l'été de 2023",
        # "depuis fin 2022", "depuis la mi-2023")
        r"\bdepuis\s+(?:le\s+|l['’]|la\s+)?(?:printemps|été|automne|hiver|fin|mi-)\s*"
        r"(?:de\s+|d['’])?$|"
        r"\bdepuis\s+(?:l['’]|le\s+|la\s+|les\s+)(?:[\wé'’-]+\s+){1,6}?(?:en|de)\s+$"
    ),
    total=(
        rf"\b{_NUMBER}\s+(?:[\wéèêàç'’-]+\s+){{0,2}}?(?:{_BEEN})?(?:tués|tuées|morts|mortes)\s+"
        r"ou\s+(?:blessés|blessées|mutilés|mutilées)\b",
        rf"\b{_NUMBER}\s+(?:nouvelles\s+)?victimes\b",
        # the cause first: "ont tué ou blessé au moins 300 personnes"
        rf"\b(?:tué|tuant|tue|tuent)\s+ou\s+(?:blessé|mutilé|blessant|mutilant)\s+{_ABOUT}{_NUMBER}\b",
    ),
    # a laying told as recent ("ces derniers jours", "ces dernières semaines"): undated, the
    # publication month (as Russian ``ongoing_use``)
    # a war or an era of the past whose mines no one is accused of ("pendant la guerre
    # civile", "au cours des décennies passées"; ``Lexicon.past_war``)
    past_war=r"\b(?:guerres?|conflits?|décennies)\b",
    ongoing_use=r"\bces\s+derni(?:ers|ères)\s+(?:jours|semaines)\b",
    # "au cours de la même période", "lors de ces opérations", a sentence opening on "Au total,"
    same_period=(
        r"\b(?:même\s+période|même\s+temps|cette\s+même\s+année)\b|^au\s+total\b|"
        r"\b(?:lors|au\s+cours)\s+(?:de\s+ces|des)\s+(?:opérations|travaux)\b"
    ),
    # "depuis le début de l'année", "jusqu'à présent": a count over it runs to publication, a
    # statistic apart from the day's blast (read on the sentence as written, accents or not:
    # "\w" stands for the accented letter)
    open_period=(
        r"\bdepuis\s+(?:le\s+)?(?:d\wbut|commencement)\b|\bjusqu['’]\s*(?:\w\s+pr\wsent|ici)\b|"
        r"(?<!\w)\w\s+ce\s+jour\b|"
        # "depuis janvier", "depuis le mois de mars": a month with no year opens this year
        r"\bdepuis\s+(?:le\s+(?:mois\s+)?(?:de\s+|d['’]))?(?:janvier|f\wvrier|mars|avril|mai|juin|"
        r"juillet|ao\wt|septembre|octobre|novembre|d\wcembre)\b(?!\s+(?:de\s+|d['’])?\d)"
    ),
    collective=r"\b(?:les|des|aux)\s+[ÉE]tats\s+(?:parties|membres)\b",
    world=r"\bdans\s+le\s+monde\b|\bà\s+travers\s+le\s+monde\b|\bdans\s+le\s+monde\s+entier\b|\bà\s+l['’]échelle\s+mondiale\b|\bmondiale?s?\b",
    extension=(
        r"\b(?:prolongation|prorogation|extension)\s+(?:de\s+(?:son\s+|leur\s+)?délai\s+)?"
        r"(?:accordée|obtenue|demandée|sollicitée|approuvée)|\b(?:a|ont)\s+(?:demandé|obtenu|"
        r"sollicité)\s+(?:une\s+)?(?:nouvelle\s+)?(?:prolongation|prorogation)"
    ),
    scales=SCALES,
    units=(
        ("ha", r"hectares?|ha\b"),
        ("km2", r"km²|km2|kilomètres?\s+carrés?"),
        ("sq_mile", r"milles?\s+carrés?"),
        ("m2", r"m²|m2|mètres?\s+carrés?"),
        ("acre", r"acres?\b"),
        ("uxo", r"restes?\s+explosifs?(?:\s+de\s+guerre)?|munitions?\s+non\s+explosées?"),
        ("explosive_devices", r"engins?\s+explosifs?(?:\s+improvisés)?|objets?\s+explosifs?"),
    ),
    # "1,08 kilomètre carré de zones dangereuses restent à traiter", "... reste à dépolluer"
    remains_after=(
        r"[^.;,]{0,50}?(?:\brest(?:e|ent|ait|aient|ant)\b|\bà\s+(?:traiter|dépolluer|déminer|"
        r"nettoyer)\b|\bencore\s+(?:contaminé|miné|pollué)\w*)"
    ),
    # anti-tank mines, in the count's own phrase ("264 mines antichar"; never the next item's)
    anti_vehicle=r"^[^,;]*?\banti-?\s?(?:chars?|véhicules?)\b",
    # a completion of clearance with no figure: the work's end announced ("l'achèvement des
    # opérations de déminage", "a achevé le déminage"), a land declared free of mines, or land
    # made safe handed back ("ont remis aux autorités des parcelles dépolluées"); never one to
    # come ("l'achèvement du déminage est prévu en 2025")
    completed=(
        r"(?:\b(?:achèvement|fin|clôture)\s+(?:des\s+(?:opérations|travaux)\s+de\s+|du\s+)déminage|"
        r"\b(?:a|ont|avait|avaient)\s+(?:officiellement\s+)?(?:achevé|terminé)\s+(?:le\s+|les\s+"
        r"(?:opérations|travaux)\s+de\s+)déminage|"
        r"\b(?:déclarée?s?|proclamée?s?)\s+(?:officiellement\s+)?(?:libres?|exempte?s?)\s+de\s+"
        r"(?:toutes?\s+)?mines|"
        r"\b(?:a|ont)\s+(?:[\wéè]+\s+){0,6}?(?:remis|rendu|restitué)\s+[^.;]{0,80}?\b(?:terres|"
        r"parcelles|champs|rizières|pâturages|zones|surfaces|superficies)\s+(?:[\wéè]+\s+){0,4}?"
        r"(?:dépolluée?s|déminée?s))"
        r"(?![^.;]{0,60}?\b(?:prévue?s?|attendue?s?|devrait|devraient|d['’]ici)\b)"
    ),
    cleared=(
        r"\b(?:dépollu\w*|démin(?:é|ée|és|ées|er|ant|ent|ait|aient|èrent)\b|nettoy\w*|neutralis\w*|"
        # defused, made safe ("800 mines ont été désamorcées", "ont sécurisé 30 km²")
        r"désamorc\w*|sécuris(?:é|ée|és|ées|ent|ant|ait|aient|èrent)\b|"
        r"restitu\w*|remise?s?\s+à\s+disposition|remise\s+à\s+disposition|"
        # items taken out of the ground, land released, or the work named with its figure
        r"(?:retiré|enlevé|extrait|libéré)(?:e|s|es)?\b|déminage\s+(?:de|d['’])\s*(?:\d|plus)|"
        r"(?:remis|remise|rendu|rendus|rendues)\s+(?:officielle\s+)?(?:aux|à)\s+(?:la\s+|l['’]|"
        r"des\s+)?(?:populations?|communautés?|habitants?|autorités|propriétaires|agriculteurs))"
    ),
    policy=(
        # production or purchase decided, intended or resumed ("entend produire elle-même des
        # mines", "a décidé de relancer la fabrication de mines", "va fabriquer des mines"): the
        # decision is the policy, its verb of intent no veto (``Reader._intended_policy``)
        r"\b(?:entend|entendent|entendait|entendaient|compte|comptent|comptait|comptaient|veut|"
        r"veulent|voulait|voulaient|va|vont|allait|allaient|(?:prévoit|prévoient|prévoyait|"
        r"projette|envisage)\s+de|(?:a|ont|avait|avaient)\s+(?:décidé|annoncé|choisi)\s+(?:[\wé]+\s+)?de|"
        r"décidée?s?\s+à|décision\s+de|intention\s+de|projet\s+de|plan\s+pour)\s+"
        r"(?:[\wéè-]+\s+){0,2}?(?:produire|fabriquer|acheter|acquérir|(?:relancer|reprendre|lancer|"
        r"rétablir|commencer|démarrer|rouvrir)\s+(?:la\s+|sa\s+|leur\s+)?(?:production|fabrication))\b"
        r"(?=[^.;]{0,80}?\bmines\b)|"
        r"\b(?:(?:a|ont)\s+(?:repris|relancé|lancé|rétabli)|reprend|reprennent|relance|relancent)\s+"
        r"(?:la\s+|sa\s+|leur\s+)?(?:production|fabrication)\b(?=[^.;]{0,40}?\bmines\b)|"
        # use or production given up or allowed again: "renonceraient à utiliser des mines",
        # "a levé l'interdiction des mines", "autorise l'emploi de mines"
        r"\brenon\w+\s+(?:à|aux?)\s+(?:utiliser|employer|produire|l['’]emploi|l['’]usage|"
        r"l['’]utilisation|la\s+production)\b(?=[^.;]{0,40}?\bmines\b)|"
        # or a transfer of mines allowed ("a levé son moratoire", "a autorisé la livraison de
        # mines", never "l'envoi de démineurs pour retirer les mines")
        # in the present too, with a day or an adverb between ("ont levé mardi l'interdiction",
        # "Washington autorise la livraison de mines"); never a negation between ("n'autorise
        # pas la livraison", where the veto's "ne ... pas" misses the elided verb)
        r"\b(?:(?:a|ont)\s+(?:levé|rétabli|réimposé|autorisé|interdit|ordonné)|autorise|autorisent|"
        r"lève|lèvent|rétablit|rétablissent)\s+(?:(?!pas\b|jamais\b)[\wéèû]+\s+)??"
        r"(?:l['’]|la\s+|le\s+|les\s+|son\s+|sa\s+|ses\s+|leurs?\s+)?"
        r"(?:(?:interdiction|emploi|usage|utilisation|production|achat|moratoire)\b"
        r"(?=[^.;]{0,40}?\bmines\b)|(?:livraisons?|transferts?|exportations?|envois?|"
        r"fournitures?)\s+(?:de\s+|d['’]\s*|des\s+)(?:\w+\s+de\s+)?mines\b)|"
        # restrictions lifted, in any form: "un mémorandum levant les restrictions ... à l'emploi
        # de mines", "a assoupli les restrictions", "abroge l'interdiction"
        r"\b(?:lev(?:é|ée|ant|e|ent|ait)|lève|lèvent|assoupli\w*|abrog\w*|suspend\w*)\s+"
        r"(?:(?!pas\b|jamais\b)[\wéèû]+\s+)??"
        r"(?:les\s+|la\s+|l['’]|le\s+)?"
        r"(?:restrictions?|interdiction|moratoire|limitations?)\b(?=[^.;,]{0,100}?\bmines\b)"
    ),
)
