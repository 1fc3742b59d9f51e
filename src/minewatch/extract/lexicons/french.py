"""French: our own compilation from ordinary usage (Académie française numerals and dates)
and mine-action vocabulary (Handicap International, CICR: "mine antipersonnel", "engin
explosif", "restes explosifs de guerre", "déminage")."""

from __future__ import annotations

from minewatch.extract.lexicons.lexicon import Lexicon

_VICTIM = (
    r"(?:agriculteur|agricultrice|paysan|paysanne|berger|bergère|civil|civile|enfant|garçon|"
    r"fille|homme|femme|soldat|militaire|démineur|démineuse|habitant|habitante|villageois|"
    r"villageoise|éleveur|personne|adolescent|adolescente|passant|cultivateur)"
)

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
}  # fmt: skip
# a number in digits or in words, never a longer word that starts like one
_NUMBER = r"(?P<n>\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")(?![\w'’ʼ])"

FRENCH = Lexicon(
    language="fr",
    months=MONTHS,
    year_word="",
    numbers=NUMBERS,
    killed=(
        rf"\b{_NUMBER}\s+(?:[\wéèêàç'-]+\s+){{0,2}}?(?:ont\s+été\s+)?(?:tués|tuées|morts|mortes|"
        r"ont\s+péri|ont\s+perdu\s+la\s+vie|décédés)\b",
        rf"\b(?:tué|tuant|coûté\s+la\s+vie\s+à)\s+{_NUMBER}\b",
    ),
    injured=(
        rf"\b{_NUMBER}\s+(?:[\wéèêàç'-]+\s+){{0,2}}?(?:ont\s+été\s+)?(?:blessés|blessées)\b",
        rf"\b(?:blessé|blessant)\s+{_NUMBER}\b",
    ),
    one_killed=(
        rf"\b(?:un|une|le|la|l'|l’)\s*(?:[\wéèêàç-]+\s+){{0,2}}?{_VICTIM}\b[^.;]{{0,60}}?"
        r"\b(?:a\s+été\s+tuée?|est\s+morte?|est\s+décédée?|a\s+péri|a\s+perdu\s+la\s+vie|"
        r"a\s+trouvé\s+la\s+mort)\b"
    ),
    one_injured=(
        rf"\b(?:un|une|le|la|l'|l’)\s*(?:[\wéèêàç-]+\s+){{0,2}}?{_VICTIM}\b[^.;]{{0,60}}?"
        r"\b(?:a\s+été\s+(?:grièvement\s+|gravement\s+|légèrement\s+)?blessée?|"
        r"a\s+perdu\s+(?:une|la|les\s+deux)\s+jambes?)"
    ),
    mines=(
        r"\b(?:mines?|minée?s?|antipersonnel|engins?\s+explosifs?|explosi\w+|munitions?|"
        r"déminage|démineur\w*|sauté)\b"
    ),
    not_a_mine=r"\b(?:mines?\s+d['’](?:or|argent)|mines?\s+de\s+(?:charbon|cuivre|sel)|minier\w*)\b",
)
