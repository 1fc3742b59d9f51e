"""Italian: our own compilation from ordinary usage (Accademia della Crusca on numerals and
dates: "1.234", "2,5 milioni", "il 3 marzo 2025", "martedì scorso") and mine-action vocabulary
(Campagna Italiana contro le Mine, UNMAS Italian releases: "mina antiuomo", "ordigno
inesploso", "residuati bellici", "sminamento", "bonifica")."""

from __future__ import annotations

from minewatch.extract.lexicons.lexicon import (
    DOT_DIGITS,
    Lexicon,
    count_pattern,
    forms,
    number_pattern,
    year_parts,
)

_VICTIM = (
    r"(?:agricoltore|agricoltrice|contadin[oa]|pastore|pastorella|civile|bambin[oa]|ragazz[oa]|"
    r"uomo|donna|soldato|militare|sminatore|sminatrice|abitante|persona|adolescente|passante|"
    r"pescatore|allevatore|operaio|operaia|tecnico|anzian[oa]|giovane|studente|studentessa|"
    r"conducente|autista|camionista|guidatore|trattorista)"
)
_WORD = r"[\wàèéìòù'’-]+"

MONTHS = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}  # fmt: skip
NUMBERS = {
    "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
    "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
    "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
    "diciannove": 19, "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "cento": 100,
    "mille": 1000,
}  # fmt: skip
# the tens above twenty, and each with its unit written as one word (Serianni, "Grammatica
# italiana", VI: "ventuno", "trentotto" drop the tens' last vowel before "uno" and "otto";
# "ventitré" takes its accent)
_TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
         "settanta": 70, "ottanta": 80, "novanta": 90}  # fmt: skip
_UNITS = {"uno": 1, "due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sei": 6,
          "sette": 7, "otto": 8, "nove": 9}  # fmt: skip
NUMBERS |= {
    (tens[:-1] if unit[0] in "ou" else tens) + unit: value + n
    for tens, value in _TENS.items()
    for unit, n in _UNITS.items()
} | _TENS
# a count before "fa" (a number in digits or in words)
_COUNT = count_pattern(NUMBERS)
SCALES = {"milion": 1_000_000, "miliard": 1_000_000_000, "mila": 1_000}
_NUMBER = number_pattern(NUMBERS, SCALES, DOT_DIGITS)
# a count of two or more: after the verb, "un"/"una" is an article ("in un campo minato")
_MANY = number_pattern({w: n for w, n in NUMBERS.items() if n > 1}, SCALES, DOT_DIGITS)
# "sono stati", "erano rimasti", "sono" before a participle of harm, with an adverb of manner
# ("sono state gravemente ferite"); the conditional of reported news ("sarebbero stati uccisi",
# "avrebbero perso la vita")
_WERE = (
    r"(?:(?:sono|erano|furono|sarebbero|siano)\s+(?:stat[ie]\s+|rimast[ie]\s+)?"
    r"(?:[a-zà]+mente\s+)?|"
    r"(?:hanno|avevano|avrebbero)\s+)?"
)

# the subject after its verb, as Italian news puts it ("sono morti martedì tre bambini", "sono
# state uccise dalle mine 1.200 persone", "ne sono rimaste ferite due"): up to four words
# between (no number, no conjunction), and the count is never a day ("il 3 marzo") or an age
_AFTER = r"(?:(?!(?:e|ed|o|ma|mentre|quando)\s)[^\W\d_]+(?:['’]\s*|\s+)){0,4}?"
_NOT_A_DAY = (
    r"(?!\s*(?:°|º)?\s*(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|"
    r"settembre|ottobre|novembre|dicembre|anni\b|mesi\b|giorni\b|%))"
)
_DIED = (
    r"(?:(?:sono|erano|furono|sarebbero|siano)\s+(?:stat[ie]\s+|rimast[ie]\s+)?(?:uccis[ie]|"
    r"mort[ie]|decedut[ie])|(?:hanno|avevano|avrebbero)\s+perso\s+la\s+vita)"
)
_HURT = (
    r"(?:sono|erano|furono|sarebbero|siano)\s+(?:stat[ie]\s+|rimast[ie]\s+)?(?:[a-zà]+mente\s+)?"
    r"(?:ferit[ie]|mutilat[ie])"
)
# the harm's verb with no auxiliary, as headlines and the historic present tell it: the active
# present or simple past ("mina uccide due bambini", "uccise tre pastori"), the bare participle
# opening the headline or its clause ("Ferite tre donne da una mina", "...: morto un pastore"),
# "muore"/"muoiono"; and the death caused ("ha causato la morte di due civili")
_KILLS = (
    r"(?:uccide|uccidono|uccise|uccisero|causato\s+la\s+morte\s+di|provocato\s+la\s+morte\s+di)"
)
_WOUNDS = r"(?:ferisce|feriscono|ferì|ferirono|mutila|mutilano)"
_HEADLINE = r"(?:^|[:;,—–]\s*)"
# one victim after the verb: "è morto domenica un contadino", "è rimasta ferita una bambina"
_ONE_AFTER = rf"\s+{_AFTER}(?:un|una|uno|il|la|lo|l['’])\s*(?:{_WORD}\s+){{0,2}}?{_VICTIM}\b"

# The verbs of laying and using mines, whole paradigm (first conjugation -are; Serianni,
# "Grammatica italiana", XI): participles, the compound tenses' auxiliaries left to the
# context, imperfect, simple past, gerund, present (never the noun "posa"), conditional
_STEMS = (
    "pos", "piazz", "utilizz", "us", "impieg", "sotterr", "interr", "install", "dispieg",
    "dissemin", "colloc", "semin", "sganci",
)  # fmt: skip
_LAID = forms(_STEMS, ("at[oaie]",))
_LAYS = forms(
    _STEMS,
    ("at[oaie]", "ava", "avano", "ò", "arono", "ando", "ano", "erebbe", "erebbero"),
    *("utilizza", "usa", "impiega", "piazza", "dissemina", "colloca", "semina"),
)
_INFINITIVE = forms(_STEMS, ("are",))
_CLITIC_LAID = (
    rf"(?:le|li|ne)\s+(?:hanno|ha|avevano|aveva|avrebbero|avrebbe)\s+(?:\w+\s+)?{_LAID}\b"
)
# the mines, or the devices in a text about them ("ordigni", "mine antiuomo")
_MINES = r"(?:mine|ordigni)"

ITALIAN = Lexicon(
    language="it",
    months=MONTHS,
    numbers=NUMBERS,
    killed=(
        rf"\b{_NUMBER}\s+(?:{_WORD}\s+){{0,2}}?{_WERE}(?:uccis[ie]|mort[ie]|decedut[ie]|"
        r"perso\s+la\s+vita)\b(?!\s+o\s+(?:ferit|mutilat))",
        rf"\b(?:ucciso|uccidendo|ucciderne|costato\s+la\s+vita\s+a)\s+(?:altr[ie]\s+)?{_NUMBER}\b",
        rf"\b{_DIED}\s+{_AFTER}{_MANY}\b{_NOT_A_DAY}",
        rf"\b{_KILLS}\s+(?:altr[ie]\s+)?{_MANY}\b{_NOT_A_DAY}",
        rf"{_HEADLINE}(?:mort[ie]|uccis[ie]|muoiono)\s+{_AFTER}{_MANY}\b{_NOT_A_DAY}",
    ),
    injured=(
        rf"\b{_NUMBER}\s+(?:{_WORD}\s+){{0,2}}?{_WERE}(?:ferit[ie]|mutilat[ie])\b",
        rf"\b(?:ferito|ferendo|ferendone)\s+(?:altr[ie]\s+)?{_NUMBER}\b",
        rf"\b{_HURT}\s+{_AFTER}{_MANY}\b{_NOT_A_DAY}",
        rf"\b{_WOUNDS}\s+(?:altr[ie]\s+)?{_MANY}\b{_NOT_A_DAY}",
        rf"{_HEADLINE}(?:ferit[ie]|mutilat[ie])\s+{_AFTER}{_MANY}\b{_NOT_A_DAY}",
    ),
    one_killed=(
        rf"\b(?:un|una|uno|il|la|lo|l['’])\s*(?:{_WORD}\s+){{0,2}}?{_VICTIM}\b[^.;]{{0,60}}?"
        r"\b(?:è\s+(?:stat[oa]\s+uccis[oa]|mort[oa]|decedut[oa]|rimast[oa]\s+uccis[oa])|"
        r"ha\s+perso\s+la\s+vita)\b|"
        rf"\b(?:è\s+(?:stat[oa]\s+uccis[oa]|mort[oa]|decedut[oa]|rimast[oa]\s+uccis[oa])|ha\s+perso\s+"
        rf"la\s+vita){_ONE_AFTER}|"
        rf"(?:\b(?:{_KILLS}|muore|uccidendo)|{_HEADLINE}(?:mort[oa]|uccis[oa])){_ONE_AFTER}"
    ),
    one_injured=(
        rf"\b(?:un|una|uno|il|la|lo|l['’])\s*(?:{_WORD}\s+){{0,2}}?{_VICTIM}\b[^.;]{{0,60}}?"
        r"\b(?:(?:è|si\s+è)\s+(?:stat[oa]\s+|rimast[oa]\s+)?(?:gravemente\s+|leggermente\s+)?(?:ferit[oa]|"
        r"mutilat[oa]|amputat[oa])|ha\s+perso\s+(?:una|la|le|entrambe\s+le)\s+gamb[ae])|"
        r"\bè\s+(?:stat[oa]|rimast[oa])\s+(?:gravemente\s+|leggermente\s+)?(?:ferit[oa]|mutilat[oa]|"
        rf"amputat[oa]){_ONE_AFTER}|"
        rf"(?:\b(?:{_WOUNDS}|ferendo)|{_HEADLINE}(?:ferit[oa]|mutilat[oa])){_ONE_AFTER}"
    ),
    mines=(
        r"\b(?:min[ae]|minat[oaie]|antiuomo|antipersona|ordign[oi]|esplosiv\w*|munizion\w*|"
        r"sminament\w*|sminator\w*|sminat\w*|esplos[oaie]|residuati)\b"
    ),
    # other senses of "mina": a mine of ore, a sea mine adrift, a pencil's lead, and the
    # blasting charge of a quarry or a tunnel ("il brillamento delle mine in una cava di
    # marmo"), unless the sentence names war's mines ("antiuomo", "ordigni", "bonifica")
    not_a_mine=(
        r"\b(?:miniera|miniere|minerari\w*|minatori|mine\s+vaganti|matit[ae])\b|"
        r"^(?!.*\b(?:antiuomo|anticarro|antipersona|ordign\w*|inesplos\w*|sminat\w*|"
        r"sminament\w*|bonific\w*|campi?\s+minat\w*|bellic\w*)\b).*\b(?:cav[ae]|cavator[ei]|"
        r"marmo|granito|galleri[ae]|traforo|cantiere)\b|"
        # cluster munitions with no mine named ("la distruzione delle scorte di munizioni a
        # grappolo", "si è ritirata dalla Convenzione sulle munizioni a grappolo")
        r"^(?!.*\b(?:min[ae]|minat\w*|antiuomo|antipersona|sminament\w*|Ottawa)\b).*\ba\s+grappolo\b"
    ),
    army=(
        r"\b(?:l['’]\s*)?(?:esercit[oi]|forze\s+(?:armate|governative|regolari)|truppe|soldati|"
        r"militari|giunta)\b"
    ),
    joins=r"e|ed|nonché",
    armed_group=(
        r"\b(?:gruppi\s+armati|gruppo\s+armato|ribelli|jihadisti|miliziani|milizie|milizia|"
        r"insorti|guerriglier[io]|guerriglia|separatisti|terroristi|fazioni\s+armate|talebani|"
        # mercenaries and groups by name ("i mercenari russi del gruppo Wagner", "le forze di
        # Haftar", "lo Stato islamico"), as the English ``actors.NON_STATE``
        r"mercenari|paramilitari|Wagner|Haftar|Stato\s+islamico|Isis|Daesh|Boko\s+Haram|"
        r"al-Shabaab|Hamas|Hezbollah)\b"
    ),
    accuse=r"accus|sospett|imput",
    use=(
        # any finite form, participle or gerund of the laying verbs, then the mines within a
        # few words ("hanno posato nuove mine", "piazzavano mine", "disseminarono migliaia di
        # mine", "avrebbero utilizzato mine antiuomo")
        rf"\b{_LAYS}\s+(?:[^.;,]{{0,60}}?\s)?{_MINES}\b|"
        # the passive: "le mine sono state posate dall'esercito", "sarebbero stati piazzati"
        rf"\b{_MINES}\b[^.;]{{0,60}}?\b(?:è|sono|era|erano|fu|furono|sarebbe|sarebbero|sia|siano|"
        rf"vengono|venivano|vennero)\s+(?:stat[oaie]\s+)?(?:\w+mente\s+)?{_LAID}\b|"
        # the participle with its agent: "mine posate dall'esercito venezuelano"
        rf"\b{_MINES}\b(?:\s+[\wà'’-]+){{0,3}}?\s+{_LAID}\s+(?:[^.;]{{0,30}}?\s)?(?:da\s+parte|"
        r"dal|dalla|dall['’]|dai|dagli|dalle|da)\b|"
        # the laying named by a noun, with its agent ("l'uso di mine da parte dell'esercito")
        r"\b(?:posa|uso|utilizzo|impiego|dispiegamento)\s+(?:di|delle|dei)\s+(?:nuove\s+)?"
        r"(?:[\wà]+\s+){0,2}?(?:mine|ordigni)\b[^.;]{0,40}?\b(?:da\s+parte|dal|dalla|dall['’]|"
        r"dai|dagli|dalle)|"
        r"\b(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|abbia|abbiano)\s+(?:\w+\s+)?minato\b|"
        r"\bminarono\b|"
        # use that goes on: "continua a usare queste armi"
        rf"\b(?:continua|continuano|continuava|continuavano|ha\s+continuato|hanno\s+continuato)\s+"
        rf"a\s+{_INFINITIVE}\s+(?:massicciamente\s+|ampiamente\s+)?(?:delle|le|queste|tali)?\s*"
        r"(?:mine|armi|ordigni)\b|"
        # the use named by "fare uso" ("fa largo uso di mine antiuomo", "hanno fatto ricorso alle")
        r"\b(?:fa|fanno|faceva|facevano|(?:ha|hanno|avrebbe|avrebbero)\s+fatto)\s+(?:largo\s+|ampio\s+|"
        r"massiccio\s+|ripetuto\s+)?(?:uso|ricorso)\s+(?:di|a|alle|delle|agli|degli)\s+(?:[\wà]+\s+){0,2}?"
        r"(?:mine|ordigni)\b|"
        # mines left behind by forces that withdrew ("hanno lasciato migliaia di mine dietro di
        # sé", "lasciarono mine nei campi prima di ritirarsi")
        r"\blasci(?:ato|ata|ati|ate|ano|avano|arono|ando)\s+(?:[^.;]{0,40}?\s)?(?:mine|ordigni)\b"
        r"[^.;]{0,60}?\b(?:dietro|prima\s+di\s+(?:ritirarsi|andarsene|abbandonare|lasciare)|"
        r"ritirandosi|andandosene|in\s+ritirata)|"
        # "accusa X di aver posato mine", "accusata di usare mine", "accusati di piazzare"
        rf"\b(?:accus|sospett|imput)\w*\s+[^.;]{{0,60}}?\bdi\s+(?:aver(?:e)?\s+{_LAID}|{_INFINITIVE})\s+"
        rf"(?:[^.;,]{{0,30}}?\s)?{_MINES}\b|"
        # ... or of having mined a place: "accusa Mosca di aver minato le rive del fiume"
        r"\b(?:accus|sospett|imput)\w*\s+[^.;]{0,60}?\bdi\s+aver(?:e)?\s+minat[oaie]\b|"
        # the mines as a pronoun, after sentences about them (``anaphora``)
        rf"\b{_CLITIC_LAID}|"
        # a place filled with mines: "hanno riempito di mine le risaie", "imbottito di mine"
        r"\b(?:riempit|imbottit|costellat|disseminat)[oaie]\s+di\s+mine\b"
    ),
    destroyed=(
        r"\b(?:distrutt[oaie]|distrugg\w*|distruzione|eliminat[oaie])\b|"
        # blown up on purpose: "ha fatto brillare mercoledì 3.000 mine delle sue scorte"
        r"\b(?:fatt[oaie]|fa|fanno|fare|facendo)\s+(?:brillare|esplodere|saltare)\s+"
        r"(?:[^;]{0,30}?\s)?(?:mine|ordigni|munizioni|scorte)\b|\bbrillament[oi]\b"
    ),
    stock=(
        r"\b(?:scort[ae]|stock|arsenal[ei]|immagazzinat\w*|stoccat\w*|deposit[oi]|"
        r"(?:in|nei|dai|dei)\s+magazzin[oi])\b"
    ),
    treaty=(
        r"\b(?:Convenzione|Trattato)\s+di\s+Ottawa|\b(?:Convenzione|Trattato)\s+(?:sul|per\s+il)\s+"
        r"(?:la\s+)?(?:divieto|messa\s+al\s+bando)\s+delle\s+mine"
    ),
    # the mines named again by a pronoun before a laying participle ("Gruppi armati le hanno
    # utilizzate in sei Paesi", "ne hanno posate altre"), after sentences about them
    anaphora=rf"\b(?:queste|tali)\s+(?:armi|mine|ordigni)\b|\b{_CLITIC_LAID}",
    # a treaty named after its noun that is another one ("la Convenzione sulle munizioni a
    # grappolo", "il trattato CFE", "il trattato New START") is no Convention of ours
    treaty_word=(
        r"\b(?:trattato|Convenzione)\b(?!\s+(?:(?-i:CFE|INF|START|ATT|CCW|NPT|TNP)\b|New\s+START|"
        r"Open\s+Skies|sull[ea]\s+(?:munizioni|bombe|armi|non\s+proliferazione)|di\s+(?:Oslo|Dublino)))"
    ),
    # each step in the compound past, the simple past ("depositò", "aderì", "notificò") and the
    # passive ("è stato depositato", "fu ratificata dalla Grecia"); the deposit of an instrument
    # of ratification or accession is the join, tried before the notice's deposit
    other_weapon=r"\b(?:munizioni|bombe|armi|razzi)\s+a\s+grappolo\b",
    suspension=r"\bsospe[sn]\w*",
    leaving=r"\b(?:ritir\w+|reces\w+|usci\w+|denuncia\w*)\b",
    steps=(
        (
            "parliament_approves_withdrawal",
            r"\b(?:parlamento|Camera|Senato|Seimas|Saeima|Sejm|Riigikogu|Eduskunta|deputati|Rada|"
            r"Dieta|Storting|Riksdag|Folketing)\b"
            # the pluperfect of a story told back ("la Dieta aveva approvato la legge sul ritiro")
            r"[^.;]{0,80}?\b(?:(?:ha|hanno|aveva|avevano)\s+(?:votato|approvato|adottato)|votò|votarono|"
            # the present of headlines and of the live report ("il Parlamento approva l'uscita")
            r"approvò|approvarono|adottò|approva|approvano|vota|votano|"
            # "ha dato (martedì) il via libera alla legge", "diede il suo sì"
            r"(?:(?:ha|hanno)\s+dato|diede|diedero)\s+(?:[\wì]+\s+)?(?:il\s+)?(?:suo\s+|loro\s+)?"
            r"(?:definitivo\s+)?(?:via\s+libera|disco\s+verde|sì|assenso)\b)|"
            # the passive with the chamber as agent ("Il ritiro ... è stato approvato dal
            # Parlamento estone", "l'uscita fu votata dalla Saeima")
            r"\b(?:ritiro|uscita|recesso)\b[^.;]{0,80}?\b(?:è|fu|venne)\s+(?:stat[oa]\s+)?"
            r"(?:[a-z]+mente\s+)?(?:approvat|votat|adottat)[oa]\s+(?:[^.;]{0,20}?\s)?da(?:l|lla|i)\s+"
            r"(?:parlamento|Camera|Senato|Seimas|Saeima|Sejm|Riigikogu|Eduskunta|deputati|Rada|"
            r"Dieta|Storting|Riksdag|Folketing)\b",
        ),
        (
            "join",
            r"\b(?:(?:ha|hanno|aveva|avevano)\s+depositato|depositò|depositarono|depositat[oa])\s+"
            r"(?:[^\s.;,]+\s+){0,2}?(?:il\s+|lo\s+|la\s+)?(?:suo\s+|sua\s+|proprio\s+|loro\s+)?"
            r"strument\w+\s+di\s+(?:ratifica|adesione)|"
            r"\bstrument\w+\s+di\s+(?:ratifica|adesione)\b[^.;]{0,80}?\b(?:è|sono|fu|furono|venne)"
            r"\s+(?:stat[oi]\s+)?depositat[oi]",
        ),
        (
            "withdrawal_notified",
            r"\b(?:(?:ha|hanno|aveva|avevano)\s+notificato|notificò|notificarono)\b|"
            # the UN told of the leaving ("ha informato il segretario generale delle Nazioni Unite
            # del ritiro", "ha comunicato formalmente all'ONU la decisione di ritirarsi")
            r"\b(?:(?:ha|hanno)\s+(?:[a-z]+mente\s+)?(?:informato|comunicato|trasmesso)|informò|"
            r"comunicò)\s+(?:[a-z]+mente\s+)?[^.;]{0,40}?\b(?:segretari[oa]\s+generale|Nazioni\s+Unite|"
            r"ONU)\b(?=[^.;]{0,80}?\b(?:ritir|recess|recede|uscit|uscire|lasciare|abbandon))|"
            r"\bnotifica\s+(?:del|di)\s+(?:suo\s+|loro\s+)?ritiro\b[^.;]{0,80}?\b(?:è|fu)\s+"
            r"(?:stata\s+)?(?:depositata|trasmessa|consegnata)|"
            r"\bnotifica\s+(?:del|di)\s+(?:suo\s+|loro\s+)?ritiro|"
            r"\b(?:(?:ha|hanno)\s+depositato|depositò|depositarono)\s+(?:[^.;]{0,50}?\s)?"
            r"(?:il\s+|lo\s+|la\s+)?(?:suo\s+|sua\s+|proprio\s+|loro\s+)?(?:strumento|notifica)\b"
            r"(?!\s+di\s+(?:ratifica|adesione))",
        ),
        (
            "withdrawal_effective",
            # (the treaty named between: "Il ritiro della Finlandia dalla Convenzione di Ottawa è
            # entrato in vigore sabato")
            r"\b(?:ritiro|uscita|recesso)\b[^.;]{0,100}?\b(?:è\s+entrat[oa]|entra|ha\s+preso)\s+"
            r"(?:in\s+vigore|effetto)|"
            # the verb first: "È entrato in vigore sabato il ritiro dell'Estonia"
            r"\b(?:è\s+entrato|entra|ha\s+preso)\s+(?:in\s+vigore|effetto)\s+(?:[^.;]{0,30}?\s)?"
            r"(?:il\s+)?ritiro\b|\b(?:ritiro|recesso)\b[^.;]{0,60}?\b(?:è|è\s+diventato|diventa)\s+"
            r"effettivo\b|\buscita\b[^.;]{0,60}?\b(?:è|è\s+diventata|diventa)\s+effettiva\b|"
            r"\b(?:si\s+è|si\s+sono)\s+(?:ufficialmente\s+)?ritirat[oaie]\s+da|"
            r"\b(?:è|sono)\s+(?:ufficialmente\s+|formalmente\s+|definitivamente\s+)?uscit[oaie]\s+"
            r"(?:ufficialmente\s+|formalmente\s+|definitivamente\s+)?da|"
            # the headline's "fuori" with its day ("Lituania fuori dalla Convenzione da oggi")
            r"\bfuori\s+da(?:l|lla)\s+(?:Convenzione|trattato)\b[^.;]{0,40}?\bda\s+oggi\b|"
            r"\b(?:si\s+ritirò|si\s+ritirarono|uscì|uscirono)\s+(?:ufficialmente\s+)?dal?l?[ao]?\b|"
            r"\b(?:(?:ha|hanno)\s+(?:ufficialmente\s+)?lasciato|lasciò|lasciarono)\s+"
            r"(?:ufficialmente\s+|formalmente\s+|definitivamente\s+)?(?:la|il)\s+"
            r"(?:Convenzione|trattato)|"
            r"\bnon\s+(?:è|sono)\s+più\s+(?:parte|membr[oi]|Stat[oi]\s+parte)",
        ),
        (
            "announce_intent_to_withdraw",
            r"\b(?:(?:ha|hanno)\s+annunciato|annunciò|annunciarono|annuncia|annunciano)\b[^.;]{0,60}?\b"
            r"(?:ritir|lasciare|uscire|uscita|abbandon|recesso|recedere)|"
            # the leaving in the future, then who announced it ("La Finlandia si ritirerà dalla
            # Convenzione, ha annunciato martedì il premier"): the cue is empty, at the verb,
            # so that the future is no step still to come (``treaty_steps.to_come``)
            r"\b(?=(?:si\s+ritirer(?:à|anno)|uscir(?:à|anno)|lascer(?:à|anno)|abbandoner(?:à|anno)|"
            r"recede(?:rà|ranno))\b[^.;]{0,100}?\b(?:(?:ha|hanno)\s+(?:annunciato|dichiarato|"
            r"detto|affermato|confermato|fatto\s+sapere|reso\s+noto)|annuncia|annunciano)\b)|"
            r"\bintenzione\s+di\s+(?:ritirarsi|uscire|lasciare|abbandonare|recedere)|"
            # the saying first, then the leaving to come ("L'Estonia ha detto che si ritirerà
            # dalla Convenzione"): empty at the saying, as the order above
            r"\b(?=(?:(?:ha|hanno)\s+(?:annunciato|dichiarato|detto|affermato|confermato|"
            r"fatto\s+sapere|reso\s+noto)|annuncia|annunciano)\s+che\s+[^.;]{0,60}?\b"
            r"(?:si\s+ritirer(?:à|anno)|uscir(?:à|anno)|lascer(?:à|anno)|abbandoner(?:à|anno)|"
            r"recede(?:rà|ranno))\b)|"
            # "la Finlandia intende ritirarsi": the intention stated is the announcement, its
            # verb no veto (``LexiconReader._vetoed`` spares a veto inside this cue)
            r"\b(?:intende|intendono|vuole|vogliono)\s+(?:[a-z]+mente\s+)?(?:ritirarsi|uscire|"
            r"lasciare|abbandonare|recedere)\b|"
            r"\b(?:(?:ha|hanno)\s+deciso|decise|decisero)\s+(?:[\wì]+\s+){0,2}?di\s+(?:ritirarsi|"
            r"uscire|lasciare|abbandonare|recedere)|"
            # the government's bill ("ha proposto al Parlamento di ritirare il Paese") and the
            # head of state's decree ("ha firmato un decreto sul ritiro")
            r"\b(?:ha|hanno)\s+proposto\b[^.;]{0,40}?\b(?:ritir|uscire|uscita|lasciare|abbandon|"
            r"recesso|recedere)|\bdecreto\b[^.;]{0,160}?\b(?:ritir|uscita|recesso|recedere|lasciare)",
        ),
        (
            # "è entrata in vigore per la Palestina il 1° giugno"
            "entry_into_force",
            r"\b(?:entrat[oa]|entra|entrò)\s+in\s+vigore\s+(?:[^.;]{0,30}?\s)?per\b|"
            r"\bper\s+(?:il\s+|la\s+|l['’]\s*|lo\s+|le\s+|gli\s+|i\s+)?(?-i:[A-Z])[^.;]{0,80}?\b"
            r"(?:(?:è|sono)\s+entrat[oaie]|entra|entrò)\s+in\s+vigore\b",
        ),
        (
            "join",
            r"\b(?:ha|hanno|aveva)\s+(?:aderito|ratificato)\b|\b(?:aderì|aderirono|ratificò|"
            r"ratificarono|aderisce|aderiscono)\b|\b(?:è|fu|venne)\s+(?:stat[oa]\s+)?ratificat[ao]\s+da|"
            r"\bratifica(?:no)?\s+(?:la|il)\s+(?:Convenzione|trattato)\b|"
            r"\b(?:è|sono)\s+(?:diventat|divenut)[oaie]\s+(?:uno\s+)?Stat[oi]\s+(?:parte|membr)|"
            # the accession named by its noun ("L'adesione dell'Oman ... è stata formalizzata")
            r"\badesione\b[^.;]{0,60}?\b(?:è|fu)\s+(?:stata\s+)?(?:formalizzata|perfezionata|"
            r"ufficializzata|completata)\b",
        ),
    ),
    # modals and plans, denials, and negation (not "non è più parte": no longer a party)
    # a decree signed, or the security council's decision, told without its object after a
    # story of leaving ("Il presidente aveva firmato il 29 giugno un decreto che attua una
    # decisione del Consiglio di sicurezza in tal senso"): the announcement of the withdrawal
    decision_back=(
        r"\b(?:ha|aveva|hanno|avevano)\s+firmat[oa]\s+(?:[^.;]{0,40}?\s)?(?:un|il|questo)\s+"
        r"decreto\b|\bdecisione\s+del\s+Consiglio\s+(?:nazionale\s+)?di\s+sicurezza\b"
    ),
    decision_wording=(
        r"\b(?:convenzion|trattat|Ottawa|ritir|uscit|uscire|lasciare)\w*|\bin\s+(?:tal|questo)\s+"
        r"senso\b|\b(?:questa|tale|la\s+stessa)\s+(?:decisione|scelta)\b|\b(?:questo|tale)\s+decreto\b"
    ),
    veto=(
        r"\b(?:potrebbe|potrebbero|dovrebbe|dovrebbero|intende|intendono|prevede|prevedono|"
        r"progetta|valuta|nega|negato|negando|smentisce|smentito)\b|"
        # a duty, not a deed: "deve ancora distruggere 500.000 mine"
        r"\b(?:deve|devono|dovrà|dovranno|doveva|dovevano)\s+(?:ancora\s+)?(?:distruggere|eliminare)\b|"
        # "non" before an adjective is no negation ("gruppi armati non statali", "mine non
        # persistenti", "un'organizzazione non governativa")
        r"\bnon\s+(?!(?:è|sono|era|erano)\s+più\b)(?!esplos|detonat|brillat)"
        r"(?!(?:statal|governativ|persistent|identificat|meglio\s+identificat|ancora\s+identificat|"
        r"rivendicat|lontan)\w*)|\bmai\b"
    ),
    # "Altri due passeggeri sono rimasti feriti", "Suo fratello ..."
    more_victims=(
        r"(?:altri|altre)\s+(?:due|tre|quattro|cinque|sei|\d+)\s|"
        r"(?:due|tre|quattro|cinque|sei|\d+)\s+altr[ie]\s|(?:un|una|il|la)\s+(?:second[oa]|terz[oa])\s|"
        r"(?:suo|sua|suoi|sue|il\s+suo|la\s+sua)\s+(?:fratell[oi]|sorell[ae]|figli[oa]?|padre|madre|"
        r"moglie|marito|cugin[oaie]|nipote|compagn[oaie]|collega)\b"
    ),
    # "il conducente è rimasto illeso", "nessun ferito", "senza fare vittime"
    # the blast or the harm itself (``Lexicon.blast``)
    blast=(
        r"\b(?:\w*esplo\w*|deton\w*|calpest\w*|pestat\w*|innesc\w*|saltat\w*|ferit\w*|"
        r"uccis\w*|mort[oaie]|amputat\w*)\b"
    ),
    unharmed=(
        r"\billes[oaie]\b|\bnessun[oa]?\s+(?:ferit[oa]|mort[oa]|vittima)\b|"
        r"\bsenza\s+(?:fare\s+)?(?:feriti|vittime)\b|\bnon\s+(?:ci\s+sono\s+stat[ie]|ha\s+fatto)\s+"
        r"(?:feriti|vittime)\b|\bnon\s+(?:è|e)\s+(?:rimast[oa]\s+)?ferit[oa]\b"
    ),
    # "96 mine anticarro": outside the Convention's counts
    anti_vehicle=r"\banti-?\s?(?:carro|carri|veicolo|veicoli|tank)\b",
    # "7 milioni di mine", "12 mila mine": the scale word belongs to the figure
    mine_count=(
        r"(?P<n>\d+(?:,\d+)?\s+(?:mila|milioni|milione)\b|\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+|\d+)"
        r"\s+(?:[\wà-]+\s+){0,2}?mine\b"
    ),
    # the future of any verb ("entrerà in vigore il", "sarà", "avranno luogo": -rà/-ranno in
    # lower case), "deve", "è previsto per il"
    # a step told back by its noun after a sentence of leaving ("La decisione dà seguito
    # all'annuncio del governo di Helsinki del 1° aprile", "il voto del Parlamento di maggio")
    steps_back=(
        (
            "announce_intent_to_withdraw",
            r"\b(?:annuncio|decisione)\s+del\s+governo(?:\s+di\s+[A-Z][\w-]+)?\s+del\s+\d",
        ),
        (
            "parliament_approves_withdrawal",
            r"\bvoto\s+del\s+Parlamento(?:\s+di\s+[A-Z][\w-]+)?\s+del\s+\d",
        ),
    ),
    scheduled=(
        r"(?-i:\b[a-zàèéìòù]{1,}r(?:à|anno))(?!\w)|\b(?:deve|devono|dovrà|dovranno|"
        r"(?:è|sono)\s+previst[oaie]|previst[oaie]\s+(?:per|il|a))\b"
    ),
    new_clause=r"che|quando|dove|dopo|cui|il\s+quale|la\s+quale|da\s+quando",
    month_day=(
        r"\bil\s+(?P<day>[0-3]?\d)\s+(?:di\s+questo\s+mese|del\s+mese\s+(?:corrente|in\s+corso)|"
        r"(?P<last>del\s+mese\s+(?:scorso|passato|precedente)))\b"
    ),
    weekdays=(
        "lunedì|lunedi",
        "martedì|martedi",
        "mercoledì|mercoledi",
        "giovedì|giovedi",
        "venerdì|venerdi",
        "sabato",
        "domenica",
    ),
    # "nei primi sei mesi del 2024", "nel primo semestre", "tra gennaio e giugno"
    first_months=rf"\bprimi\s+{_COUNT}\s+mesi(?:\s+(?:del(?:l['’]anno)?\s+)?(?P<year>(?:19|20)\d\d))?",
    parts=year_parts(
        ("primo", "secondo"),
        "semestre",
        ("primo", "secondo", "terzo", "quarto"),
        "trimestre",
        after=r"(?:\s+(?:del\s+)?(?P<year>(?:19|20)\d\d))?",
    ),
    month_range=(r"\b(?:tra|fra|da)\s+", r"(?:e|a)\s+"),
    # a laying told as recent ("nei giorni precedenti", "negli ultimi giorni", "di recente"):
    # undated, the publication month (as Russian ``ongoing_use``)
    # a war or an era of the past whose mines no one is accused of ("durante la guerra
    # civile", "nei decenni passati"; ``Lexicon.past_war``)
    past_war=r"\b(?:guerr[ae]|conflitt[oi]|decenni)\b",
    ongoing_use=(
        r"\bnei\s+giorni\s+(?:precedenti|scorsi)\b|\bnegli\s+ultimi\s+giorni\b|"
        r"\bnelle\s+ultime\s+settimane\b|\bdi\s+recente\b|\brecentemente\b"
    ),
    # "nello stesso periodo", "durante le operazioni": the period of the sentence before
    same_period=r"\bnello\s+stesso\s+periodo\b|\bdurante\s+(?:le|queste)\s+operazioni\b",
    relative=(
        (r"\b(?:l['’]altro\s+ieri|ieri\s+l['’]altro)\b", "day", 2),
        (r"\bieri\b", "day", 1),
        (r"\boggi\b|\bstamattina\b|\bquesta\s+mattina\b", "day", 0),
        (
            r"\bla\s+settimana\s+(?:scorsa|passata)\b|\b(?:nell['’]\s*|l['’]\s*)ultima\s+settimana\b|"
            r"\b(?:la|nella)\s+scorsa\s+settimana\b",
            "week",
            1,
        ),
        (r"\bquesta\s+settimana\b", "week", 0),
        (r"\bil\s+mese\s+(?:scorso|passato)\b|\b(?:lo|nello)\s+scorso\s+mese\b", "month", 1),
        (r"\bquesto\s+mese\b", "month", 0),
        # "recently" is the month of publication (as the French "récemment")
        (r"\b(?:di\s+recente|recentemente)\b", "month", 0),
        (
            r"\b(?:l|dell)['’]anno\s+(?:scorso|passato)\b|(?<=\bdal)l['’]anno\s+(?:scorso|passato)\b|"
            r"\b(?:lo|nello|dello)\s+scorso\s+anno\b",
            "year",
            1,
        ),
        (r"\bquest['’]anno\b", "year", 0),
    ),
    ago=(
        rf"\b(?:{_COUNT}\s+)?(?:(?P<day>giorni|giorno)|(?P<week>settimane?)|(?P<month>mes[ei])|"
        r"(?P<year>anni|anno))\s+fa\b"
    ),
    reported=(
        r"\b(?:ha|hanno|aveva|avevano)\s+(?:dichiarato|annunciato|detto|affermato|riferito|"
        r"confermato|comunicato|reso\s+noto|precisato|denunciato)\s+(?:il\s+|la\s+)?$"
    ),
    range_start=r"\btra\s+(?:il\s+|l[’\']|la\s+)?$|\bfra\s+(?:il\s+|l[’\']|la\s+)?$",
    range_next=r"\s*(?:e|ed|al|[–-])\s*\d",
    since=(
        r"\b(?:dal|dall['’]|dalla|da|a\s+partire\s+da(?:l|lla)?|sin\s+da(?:l|lla)?)\s+"
        r"(?:(?:l['’])?inizio\s+(?:del|della|di)\s+)?$|"
        # "dall'anno scorso": the relative year's match starts at its article
        r"\bdal$|"
        # since an event in a year ("dalla fine della guerra nel 1995", "dall'inizio del
        # conflitto nel 2014", "dall'entrata in vigore del trattato nel 1999"), as French
        # "depuis la fin de la guerre en 1995"
        r"\bda(?:l|ll['’]|lla|llo|i|gli|lle)\s*(?:fine|inizio|scoppio|termine|firma|entrata\s+in\s+"
        r"vigore|invasione|occupazione|ritiro)\b(?:\s+[\wàèéìòù'’-]+){0,5}?\s+(?:nel|del|in)\s+$"
    ),
    total=(
        rf"\b{_NUMBER}\s+(?:{_WORD}\s+){{0,2}}?{_WERE}(?:uccis[ie]|mort[ie])\s+o\s+"
        r"(?:ferit[ie]|mutilat[ie])\b",
        rf"\b{_NUMBER}\s+(?:nuove\s+)?vittime\b",
        # a ranking's figure in brackets: "la Siria è il Paese con più vittime (2.729)"
        rf"\b(?:più|maggior\s+numero\s+di)\s+vittime\s*\(\s*{_NUMBER}\s*\)",
    ),
    # "dall'inizio dell'anno", "dall'inizio della guerra", "finora": a count over it runs to
    # publication, a statistic apart from the day's blast
    open_period=(
        r"\b(?:dall['’]\s*inizio|da\s+inizio|dal\s+principio|sin\s+dall['’]\s*inizio)\b|"
        r"\b(?:finora|fino\s+ad\s+oggi|ad\s+oggi)\b"
    ),
    collective=r"\b(?:gli|degli|agli)\s+Stati\s+(?:parte|membri)\b",
    world=r"\bnel\s+mondo\b|\bin\s+tutto\s+il\s+mondo\b|\ba\s+livello\s+globale\b|\ba\s+livello\s+mondiale\b|\bmondial[ei]\b",
    extension=(
        r"\b(?:proroga|estensione)\s+(?:della\s+scadenza\s+)?(?:concessa|ottenuta|richiesta|"
        r"approvata)|\b(?:ha|hanno)\s+(?:chiesto|ottenuto|richiesto)\s+(?:una\s+)?(?:nuova\s+|"
        r"ulteriore\s+)?(?:proroga|estensione)"
    ),
    scales=SCALES,
    units=(
        ("ha", r"ettari|ettaro|ha\b"),
        ("km2", r"km²|km2|chilometri\s+quadrati|chilometro\s+quadrato"),
        ("sq_mile", r"miglia\s+quadrate|miglio\s+quadrato"),
        ("m2", r"m²|m2|metri\s+quadrati|metro\s+quadrato"),
        ("acre", r"acri\b|acro\b"),
        ("uxo", r"ordigni\s+inesplosi|residuati\s+bellici(?:\s+esplosivi)?"),
        ("explosive_devices", r"ordigni\s+esplosivi(?:\s+improvvisati)?|ordigni"),
    ),
    # clearance declared done, with no figure: the work concluded ("Si è conclusa ieri la
    # bonifica", "ha completato lo sminamento"), a land declared or freed of mines ("si è
    # dichiarato libero dalle mine", "ha liberato dalle mine l'intera provincia")
    completed=(
        r"\b(?:si\s+(?:è|sono)|(?:è|sono)\s+stat[oaie])\s+(?:ufficialmente\s+)?(?:conclus|completat|"
        r"terminat|ultimat)[oaie]\s+(?:[\wì]+\s+)?(?:la\s+|le\s+|lo\s+)?(?:bonifica|sminamento|"
        r"operazioni\s+di\s+(?:bonifica|sminamento))\b|"
        r"\b(?:bonifica|sminamento)\b[^.;]{0,60}?\b(?:si\s+è|è\s+stat[oa])\s+(?:ufficialmente\s+)?"
        r"(?:conclus|completat|terminat|ultimat)[oa]\b|"
        r"\b(?:(?:ha|hanno)\s+(?:ufficialmente\s+)?(?:completato|concluso|terminato|ultimato)|"
        r"completò|concluse)\s+(?:la\s+|lo\s+|le\s+)?(?:bonifica|sminamento|operazioni\s+di\s+"
        r"(?:bonifica|sminamento))\b|"
        r"\b(?:dichiarat|proclamat)[oaie]\s+(?:ufficialmente\s+)?(?:liber|indenn|ripulit)[oaie]\s+"
        r"da(?:lle)?\s+(?:tutte\s+le\s+)?mine\b|\bliberat[oaie]\s+dalle\s+mine\b"
    ),
    field_work=(
        r"\b(?:sminator[ei]|sminament\w*|artificier[ei]|squadr[ae]|genieri|bonific\w*|"
        r"camp[oi]\s+minat[oi]|zon[ae]\s+minat[ae]|terren[oi]|trovat[oaie]|rinvenut[oaie]|"
        r"scopert[oaie]|ordigni|residuati|frontiera)\b"
    ),
    cleared=(
        r"\b(?:bonificat[oaie]|sminat[oaie]|neutralizzat[oaie]|disinnescat[oaie]|rimoss[oaie]|"
        # land released or made safe, in a sentence about mines ("ha liberato 4,5 km² di terreni
        # minati", "hanno messo in sicurezza 30 km²")
        r"liberat[oaie]|mess[oaie]\s+in\s+sicurezza|ripulit[oaie]|"
        r"restituit[oaie]\s+(?:alle?\s+|agli\s+)?(?:comunità|popolazion[ei]|abitanti|"
        r"agricoltori|proprietari))\b"
    ),
    policy=(
        r"\b(?:ha|hanno)\s+(?:vietato|bandito|autorizzato|consentito|ripristinato|revocato|"
        r"ordinato|approvato)\b[^.;]{0,60}?\b(?:uso|impiego|produzione|acquisto|trasferimento|"
        r"fornitura|esportazione|invio|consegna|cessione)\b[^.;]{0,30}?\bmine\b|"
        # the go-ahead given, in a headline too ("via libera all'acquisto di mine antiuomo")
        r"\b(?:via\s+libera|disco\s+verde)\s+(?:definitivo\s+)?(?:all['’]\s*|alla\s+|al\s+)(?:acquisto|"
        r"produzione|uso|impiego|invio|fornitura|consegna|esportazione|trasferimento)\b"
        r"(?=[^.;]{0,40}?\bmine\b)|"
        # production resumed or begun, announced by its noun ("ha annunciato la ripresa della
        # produzione di mine antiuomo")
        r"\b(?:(?:ha|hanno)\s+(?:annunciato|deciso|ordinato|approvato)|annuncia|annunciano)\s+(?:la\s+|il\s+|l['’]\s*)?"
        r"(?:ripresa|riavvio|avvio|rilancio)\s+(?:della\s+)?(?:produzione|fabbricazione)\b"
        r"(?=[^.;]{0,40}?\bmine\b)|"
        r"\b(?:ha|hanno)\s+(?:annunciato|deciso|adottato)\b[^.;]{0,40}?\b(?:divieto|messa\s+al\s+"
        r"bando|nuova\s+politica)\b[^.;]{0,60}?\bmine\b|"
        # production or purchase decided, intended or resumed ("intende produrre mine", "ha deciso
        # di riavviare la produzione di mine", "ha ripreso la fabbricazione"): the decision is
        # the policy, its verb of intent no veto (``Lexicon.policy``)
        r"\b(?:intende|intendono|vuole|vogliono|(?:prevede|prevedono|progetta|progettano)\s+di|"
        r"(?:ha|hanno)\s+(?:deciso|annunciato|scelto)\s+di|decis[oaie]\s+a|decisione\s+di|"
        r"intenzione\s+di|piano\s+(?:per|di))\s+(?:[\wà]+\s+){0,2}?(?:produrre|fabbricare|acquistare|"
        r"(?:riavviare|riprendere|rilanciare|avviare|ripristinare|iniziare)\s+(?:la\s+)?(?:propria\s+)?"
        r"(?:produzione|fabbricazione))\b(?=[^.;]{0,60}?\bmine\b)|"
        r"\b(?:(?:ha|hanno)\s+(?:ripreso|riavviato|avviato|rilanciato)|riprende|riprendono)\s+(?:la\s+)?"
        r"(?:produzione|fabbricazione)\b(?=[^.;]{0,40}?\bmine\b)|"
        # restrictions or a ban lifted, in any form ("un memorandum che revoca le restrizioni
        # sull'uso delle mine", "ha revocato il divieto di usare mine", "allenta i limiti"), and
        # a transfer or use of mines allowed ("autorizza la consegna di mine all'Ucraina"):
        # tried before the use that the noun "l'uso ... dall'esercito" would make
        r"\b(?:revoc|abolisc|abolit|abrog|allent|sospes|sospend|tolt|rimuov|rimoss)\w*\s+(?:[\wàì]+\s+)?(?:le\s+|i\s+|"
        r"il\s+|la\s+|l['’]\s*|lo\s+)?(?:restrizion[ei]|limit[ie]|limitazion[ei]|divieto|moratoria|"
        r"vincol[oi])\b(?=[^.;,]{0,100}?\bmine\b)|"
        r"\b(?:autorizz|consent)\w*\s+(?:[\wà]+\s+){0,3}?(?:la\s+|l['’]\s*|il\s+|lo\s+)?(?:consegna|"
        r"fornitura|cessione|trasferimento|invio|esportazione|uso|utilizzo|impiego|acquisto|"
        r"ripresa\s+degli\s+acquisti)\b(?=[^.;]{0,40}?\bmine\b)|"
        # a law that bans them, in the simple past or the imperfect of a story told back ("la
        # legge ... che mise al bando la produzione e l'uso delle mine", "vietava il commercio")
        r"\b(?:mise|misero|metteva|mettevano|vietò|vietava|proibì|proibiva)\s+(?:al\s+bando\s+)?"
        r"(?:la\s+|il\s+|l['’]\s*|lo\s+)?(?:produzione|uso|impiego|commercio|detenzione|"
        r"trasferimento|esportazione)\b(?=[^.;]{0,100}?\bmine\b)|"
        # a contract for their production or purchase ("ha firmato ... un contratto per la
        # produzione di mine antiuomo"), never one to clear them
        r"\bcontratt[oi]\s+(?:[^.;]{0,40}?\s)?per\s+(?:la\s+|l['’]\s*)?(?:produzione|"
        r"fabbricazione|acquisto|fornitura)\s+di\s+(?:[\wà]+\s+){0,2}?mine\b|"
        # a decision told with its maker and day between ("la decisione degli Stati Uniti,
        # annunciata questa settimana, di fornire mine antipersona all'Ucraina")
        r"\bdecisione\b[^.;]{0,80}?\bdi\s+(?:fornire|inviare|consegnare|trasferire|cedere|"
        r"produrre|acquistare)\s+(?:[\wà]+\s+){0,2}?mine\b|"
        # use given up: "rinunceranno a usare mine antiuomo"
        r"\brinunc\w+\s+(?:a|all['’])\s*(?:usare|utilizzare|impiegare|uso|impiego|produrre|produzione)"
        r"\b(?=[^.;]{0,40}?\bmine\b)"
    ),
    dot_thousands=True,
    month_alone=r"\b(?:a|ad|in|da|nel\s+mese\s+di|(?:lo\s+)?scorso|(?:la\s+)?fine\s+di|inizio)\s+",
    of=r"di|d['’]",
)
