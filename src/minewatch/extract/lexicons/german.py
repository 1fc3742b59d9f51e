"""German: our own compilation from ordinary usage (Duden: numerals "1.200", "3,5 Millionen",
dates "am 3. März 2025") and mine-action vocabulary (Aktionsbündnis Landmine.de, Auswärtiges
Amt: "Antipersonenmine", "Blindgänger", "Kampfmittelräumung", "Minenräumung")."""

from __future__ import annotations

from minewatch.extract.lexicons.lexicon import (
    DOT_DIGITS,
    Lexicon,
    count_pattern,
    figure_gap,
    number_pattern,
    year_parts,
)

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip
NUMBERS = {
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "zwanzig": 20, "dreißig": 30, "hundert": 100,
}  # fmt: skip
_COUNT = count_pattern(NUMBERS)
SCALES = {"million": 1_000_000, "mio": 1_000_000, "milliard": 1_000_000_000, "tausend": 1_000}
_NUMBER = number_pattern(NUMBERS, SCALES, DOT_DIGITS)
# up to four words between a figure and its verb, none of them a number ("zwei Männer sind
# schwer verletzt worden")
# (the verb comes last, so up to twelve; the indefinite article, "durch eine Mine", is no figure)
_GAP = figure_gap({w: n for w, n in NUMBERS.items() if not w.startswith("ein")}, r"[\wäöüß'’-]", 12)
# after a figure told after its verb: a noun (capitalised) or "weitere" ("tötete in Angola vier
# Bauern", "verletzte sechs weitere"), never a date's day ("am 3. März")
_VICTIMS_AFTER = (
    r"(?:\s+(?:weitere|andere)\b|(?-i:\s+(?!(?:\w*[Mm]inen?|Hektar|Quadrat\w*|Kilometer|Meter|"
    r"Jahre?n?|Monate?n?|Wochen?|Tage?n?|Stunden?|Sprengs\w*|Blindgänger\w*)\b)[A-ZÄÖÜ]))"
)
# a figure told before its verb is never the article of the blast ("bei der Explosion einer
# Landmine starben zwei Kinder": "einer" is no one)
_NOT_ARTICLE = r"\b(?!(?:einer|einem|eines)\b)"
# the words between a harm verb told first and its figure ("starben am 12. Februar in Mali
# sechs Soldaten", "Verletzt wurden bei dem Unglück zwei Bauern"), a day's "12." among them;
# never across a conjunction, where another clause begins
_INVERTED_GAP = (
    r"(?:(?!(?:und|oder|aber|als|weil|nachdem|während|wobei|sowie|dass)\b)[\wäöüß-]+\.?\s+)"
    r"{0,8}?"
)
_ABOUT = r"(?:(?:mindestens|mehr\s+als|über|rund|etwa|fast|knapp)\s+)?"
_VICTIM = (
    r"(?:Mann|Frau|Kind|Junge|Mädchen|Bauer|Landwirt|Hirte|Soldat|Zivilist|Minenräumer|"
    r"Entminer|Fahrer|Bewohner|Dorfbewohner|Arbeiter|Sammler|Pilzsammler|Jugendliche)"
)
# kin and companions of a victim ("sein Bruder", "ihre Begleiterin")
_KIN = (
    r"(?:Bruder|Schwester|Sohn|Tochter|Vater|Mutter|Frau|Mann|Cousin\w*|Neffe|Nichte|"
    r"Begleiter\w*|Kamerad\w*|Kolleg\w*|Freund\w*)"
)
# a lost limb, with its article or possessive ("ein Bein", "beide Beine", "seinen Arm")
_LIMB = (
    r"(?:ein|eine|einen|beide|seine|seinen|ihre|ihren|den|das|die)\s+(?:[\wäöüß-]+\s+)?"
    r"(?:Bein|Beine|Arm|Arme|Fuß|Füße|Fuss|Füsse|Hand|Hände|Auge|Augen|Unterschenkel)\b"
)
_ONE = rf"\b(?:ein|eine)\s+(?:[\wäöüß-]+\s+){{0,2}}?{_VICTIM}\w*\b(?:[^.;]|(?<=\d)\.){{0,60}}?"
# the verbs of laying and using, Partizip II first ("verlegt", "eingesetzt"), then the finite
# forms of the present and the simple past (Duden, "Die Grammatik": weak verbs -t/-te/-ten)
_LAID = (
    r"(?:verlegt|gelegt|eingesetzt|verwendet|genutzt|vergraben|platziert|ausgebracht|"
    r"verstreut|gestreut|ausgelegt|angelegt|vermint|gepflanzt|abgeworfen|verschossen)"
)
_LAYS = (
    r"(?:verleg(?:t|te|ten|en)|leg(?:t|te|ten)|verwende(?:t|te|ten|n)|nutz(?:t|te|ten|en)|"
    r"vergr(?:ub|uben|äbt)|platzier(?:t|te|ten|en)|vermin(?:t|te|ten|en)|streu(?:t|te|ten|en))"
)
_MINES = (
    r"(?:\w*[Mm]inen?\b|\w*[Mm]inenfeld\w*|Sprengfalle\w*|Sprengsätze|Sprengsatz|"
    r"Kampfmittel\w*)"
)
# who leaves mines behind as a use (forces, fighters, occupiers), and the verb: the war or a
# flood that "left mines" accuses no one
_LEAVERS = (
    r"(?:Truppen|Streitkr(?:ä|ae)fte\w*|Soldaten|Armee|Milit(?:ä|ae)r\w*|K(?:ä|ae)mpfer\w*|Milizen|"
    r"Rebellen|Aufst(?:ä|ae)ndische\w*|Besatzer\w*|Besatzungs\w+|Einheiten|Dschihadisten|"
    r"Guerill?a\w*|Invasoren)"
)
_LEFT = r"(?:hinterl(?:ie(?:ß|ss)(?:en|t)?|assen\w*|(?:ä|ae)sst))"
# a source told in the middle field ("laut dem Bericht", "nach Angaben der Organisation", "der
# Jahresbilanz zufolge")
_SOURCE = r"(?:(?:laut|gem(?:ä|ae)(?:ß|ss)|nach\s+Angaben)\s+[^.;,]{0,60}?|[^.;,]{0,60}?\bzufolge)"
_WITHDRAW = r"(?:Austritt\w*|austreten|auszutreten|ausgetreten|Ausstieg\w*|auszusteigen|verlassen)"
_LEGISLATURE = (
    r"(?:Parlament\w*|Bundestag|Seimas|Saeima|Sejm|Riigikogu|Eduskunta|Rada|Abgeordnete\w*|"
    r"Senat\w*|Volksvertretung)"
)

# the compass points German writes before an adjective as one word ("nordirakisch",
# "ostukrainisch", "südostanatolisch")
_COMPASS = ("nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "zentral")


def _compassed(stems: dict[str, str]) -> dict[str, str]:
    """Each adjective's stem also with a compass point before it ("nordirakisch",
    "ostukrainisch", "westafghanisch"): the state's region, as the nouns "Nordirak",
    "Ostukraine" are (``gazetteer._compass_compounds``); never a compound that is another
    state's own adjective ("südsudanesisch" is South Sudan's)."""
    out: dict[str, str] = {}
    for stem, code in stems.items():
        points = "|".join(p for p in _COMPASS if p + stem not in stems)
        out[rf"(?:{points})?{stem}"] = code
    return out


GERMAN = Lexicon(
    language="de",
    # no folding: German without umlauts writes "ue", "oe", "ae", and folding would make
    # "würde" (would) "wurde" (was); both spellings are read instead
    umlaut_spellings=True,
    dot_thousands=True,
    months=MONTHS,
    month_alone=r"\b(?:im|Anfang|Ende|Mitte|seit)\s+",
    numbers=NUMBERS,
    killed=(
        rf"{_NOT_ARTICLE}{_NUMBER}\s+{_GAP}(?:getötet|ums\s+Leben|starben|erlagen|gestorben|tot|tödlich|"
        r"umgekommen)\b"
        r"(?!\s+oder\s+(?:verletzt|verwundet))",
        rf"\b(?:tötete|töteten|tötet|getötet|starben|erlagen|ums\s+Leben\s+kamen)\s+"
        rf"{_INVERTED_GAP}{_ABOUT}{_NUMBER}{_VICTIMS_AFTER}",
    ),
    injured=(
        rf"{_NOT_ARTICLE}{_NUMBER}\s+{_GAP}(?<!tödlich\s)(?<!oder\s)(?:schwer\s+|leicht\s+|lebensgefährlich\s+)?"
        r"(?:verletzt|verwundet|verstümmelt)\b",
        rf"(?<!oder\s)\b(?:verletzte|verletzten|verletzt|verwundete)\s+{_INVERTED_GAP}"
        rf"{_ABOUT}{_NUMBER}{_VICTIMS_AFTER}",
        # injuries suffered ("erlitten schwere Verletzungen"; "erlagen ihren Verletzungen" died)
        rf"\b{_NUMBER}\s+{_GAP}erlitt(?:en)?\s+(?:[\wäöüß-]+\s+){{0,3}}?Verletzungen\b",
        rf"\berlitt(?:en)?\s+{_INVERTED_GAP}{_NUMBER}{_VICTIMS_AFTER}(?:[^.;]|(?<=\d)\.){{0,60}}?\bVerletzungen\b",
    ),
    one_killed=(
        rf"{_ONE}\b(?:getötet|ums\s+Leben|starb|gestorben|tödlich|erlag)\b|\bein\s+Toter\b"
    ),
    # a kin or companion of the victim just told ("..., sein Bruder wurde verletzt")
    one_injured=(
        rf"{_ONE}\b(?:verletzt|verwundet|verstümmelt)|\bein\s+Verletzter\b|"
        rf"\b(?:sein|seine|ihr|ihre)\s+{_KIN}\b(?:[^.;]|(?<=\d)\.){{0,40}}?\b(?:verletzt|verwundet)|"
        # a limb lost ("verlor ein Bein", "hat beide Beine verloren"), as English "lost a leg"
        rf"\bverlor(?:en)?\s+(?:[\wäöüß-]+\s+){{0,8}}?{_LIMB}|{_LIMB}\s+verloren\b"
    ),
    mines=(
        r"\b(?:\w*minen?\w*|\w*mine\b|vermint\w*|entmint\w*|Blindgänger\w*|Kampfmittel\w*|Sprengfalle\w*|"
        r"Munition\w*|Sprengsätze|Sprengsatz|Sprengkörper\w*|Entminung|Räumteam\w*|"
        r"Räumtrupp\w*|Entminer\w*)\b"
    ),
    # also a mine dug for ore and its miners ("Grubenunglück", "Bergleute", "Kumpel")
    not_a_mine=(
        r"\b(?:Termin\w*|Kamin\w*|Goldmine\w*|Kohlemine\w*|Diamantenmine\w*|Bergwerk\w*|Mineral\w*|"
        r"Minister\w*|Grubenunglück\w*|Grubenunglueck\w*|Bergleute\w*|Bergmann|Bergmänner\w*|"
        r"Bergarbeiter\w*|Kumpel\w*|Bergbau\w*|Zeche\w*)\b"
    ),
    states=_compassed(
        {
            "russisch": "RUS",
            "ukrainisch": "UKR",
            "myanmarisch": "MMR",
            "birmanisch": "MMR",
            "syrisch": "SYR",
            "israelisch": "ISR",
            "armenisch": "ARM",
            "aserbaidschanisch": "AZE",
            "litauisch": "LTU",
            "lettisch": "LVA",
            "estnisch": "EST",
            "finnisch": "FIN",
            "norwegisch": "NOR",
            "chilenisch": "CHL",
            "polnisch": "POL",
            "bosnisch": "BIH",
            "kroatisch": "HRV",
            "serbisch": "SRB",
            "kolumbianisch": "COL",
            "afghanisch": "AFG",
            "irakisch": "IRQ",
            "iranisch": "IRN",
            "nordkoreanisch": "PRK",
            "jemenitisch": "YEM",
            "kambodschanisch": "KHM",
            "belarussisch": "BLR",
            "türkisch": "TUR",
            "libysch": "LBY",
            # the states of the Monitor's use and casualty chapters, as adjectives (declined by
            # their endings: "der sudanesischen Armee", "malische Truppen")
            "sudanesisch": "SDN",
            "südsudanesisch": "SSD",
            "malisch": "MLI",
            "burkinisch": "BFA",
            "nigrisch": "NER",
            "nigerianisch": "NGA",
            "somalisch": "SOM",
            "äthiopisch": "ETH",
            "eritreisch": "ERI",
            "tschadisch": "TCD",
            "kamerunisch": "CMR",
            "libanesisch": "LBN",
            "palästinensisch": "PSE",
            "pakistanisch": "PAK",
            "indisch": "IND",
            "thailändisch": "THA",
            "laotisch": "LAO",
            "vietnamesisch": "VNM",
            "angolanisch": "AGO",
            "mosambikanisch": "MOZ",
            "ägyptisch": "EGY",
            "algerisch": "DZA",
            "marokkanisch": "MAR",
        }
    ),
    # a state's forces and a non-state armed group, two users where "und" joins them, and a
    # group's use kept apart from the army's ("die paramilitärischen Rapid Support Forces")
    army=(
        r"\b(?:Armee|Streitkräfte|Regierungstruppen|Regierungskräfte|Truppen|Soldaten|"
        r"Militär|Junta)\b"
    ),
    joins=r"und|sowie",
    # the accused is named after the verb ("Kurden werfen der Türkei vor, Minen verlegt zu
    # haben", "beschuldigen Russland"); "werfen" only with its "vor" ("Drohnen werfen Minen
    # ab" drop them)
    accuse=r"beschuldig|bezichtig|(?:wirft|werfen|warf|warfen)(?=(?:[^.;]|(?<=\d)\.){0,80}?\bvor\b)",
    armed_group=(
        r"\b(?:bewaffnete\w*\s+Gruppe\w*|Rebell\w*|Dschihadist\w*|Islamist\w*|Miliz\w*|"
        r"Aufständisch\w*|Guerill\w*|Separatist\w*|Terrorist\w*|[Pp]aramilitär\w*)\b"
    ),
    use=(
        # V2: the finite verb, then the mines ("Russland verlegt Minen", "legten Minen")
        # (a source in the middle field first: "legten laut dem am Montag veröffentlichten
        # Bericht Minen", "legten nach Angaben der Organisation Minen", "... Bilanz zufolge")
        rf"\b{_LAYS}\s+(?:{_SOURCE}\s+)?(?:[^.;,]{{0,40}}?\s)?{_MINES}|"
        # verb last: the mines, then the participle ("haben Minen verlegt", "wurden ...
        # verlegt", "sollen Minen eingesetzt haben")
        rf"{_MINES}(?:[^.;]|(?<=\d)\.){{0,80}}?\b{_LAID}\b|"
        # mines left behind by forces ("Die Truppen hinterließen beim Rückzug Minen", "haben
        # beim Rückzug Minen hinterlassen", "Minen, die russische Truppen hinterlassen haben")
        rf"\b{_LEAVERS}\b[^.;,]{{0,60}}?(?:\b{_LEFT}\b[^.;,]{{0,60}}?{_MINES}|"
        rf"{_MINES}[^.;,]{{0,60}}?\b{_LEFT}\b)|{_MINES}(?:[^.;]|(?<=\d)\.){{0,80}}?\b{_LEAVERS}\b[^.;,]{{0,60}}?"
        rf"\b{_LEFT}\b|"
        # a route or a field mined ("Fluchtwege vermint zu haben")
        r"\bvermint\s+(?:zu\s+haben|haben|hat|habe|hätten|hatten)\b|"
        # the separable verbs: "setzte Antipersonenminen ein", "warfen Minen über der Stadt ab"
        rf"\bsetz(?:t|te|ten|en)\s+(?:[^.;]|(?<=\d)\.){{0,100}}?{_MINES}[^.;,]{{0,40}}?\s+ein\b|"
        rf"\bw(?:irft|erfen|arf|arfen)\s+(?:[^.;]|(?<=\d)\.){{0,60}}?{_MINES}[^.;,]{{0,40}}?\s+ab\b|"
        # the use named by a noun, with its agent: "Einsatz von Minen durch Russland"
        r"\b(?:Einsatz|Verlegung|Verwendung|Nutzung|Gebrauch)\s+(?:von\s+)?(?:[\w-]+\s+){0,2}?"
        r"\w*minen\b(?:[^.;]|(?<=\d)\.){0,40}?\b(?:durch|von)\b"
    ),
    destroyed=r"\b(?:zerstör\w*|vernicht\w*|Vernichtung|Zerstörung|beseitigt\w*)\b",
    # a decision on making, buying or using mines ("hatte beschlossen, die Produktion von
    # Antipersonenminen wieder aufzunehmen", "beschloss, wieder Minen zu produzieren", "hob das
    # Verbot ... auf")
    policy=(
        r"\b(?:beschloss\w*|beschlossen|entschied\w*|entschieden|genehmigt\w*|billigte\w*|"
        r"gebilligt|erlaubt\w*|verbot|verboten|verbietet|Beschluss|Entscheidung)\b"
        r"(?:[^.;]|(?<=\d)\.){0,80}?"
        r"\b(?:Produktion|Herstellung|Einsatz|Kauf|Beschaffung|Anschaffung|Lagerung|Export|"
        r"Ausfuhr|Weitergabe|Lieferung|Lieferungen|Transfer|Überlassung)\s+(?:von\s+)?"
        r"(?:[\wäöü-]+\s+){0,2}?\w*minen\b|"
        # verb last: "hat die Lieferung von Antipersonenminen an die Ukraine genehmigt" (never
        # what is yet to be decided: "genehmigt werden soll")
        r"\b(?:Produktion|Herstellung|Kauf|Beschaffung|Anschaffung|Export|Ausfuhr|Weitergabe|"
        r"Lieferung|Lieferungen|Transfer|Überlassung)\s+(?:von\s+)?(?:[\wäöü-]+\s+){0,2}?\w*minen\b"
        # (never refused: "... an die Ukraine nicht genehmigt")
        r"(?:(?!\b(?:nicht|kein\w*|nie|niemals)\b)[^.;]|(?<=\d)\.){0,80}?"
        r"\b(?:genehmigt|beschlossen|gebilligt|erlaubt|angeordnet|"
        r"freigegeben)\b(?!\s+(?:wird|werden|würde|soll|sollen|worden\s+sei))|"
        # a moratorium or ban lifted ("hat das Moratorium für Antipersonenminen aufgehoben",
        # "hob das Verbot von Landminen auf")
        r"\b(?:Moratorium|Verbot)\s+(?:für|von|über|auf)\s+(?:[\wäöü-]+\s+){0,2}?\w*minen\b"
        r"(?=(?:[^.;]|(?<=\d)\.){0,60}?\b(?:aufgehoben|aufzuheben|auf(?=\s*(?:[.;,]|$))))|"
        r"\b(?:beschloss\w*|beschlossen|entschied\w*|entschieden)\b(?:[^.;]|(?<=\d)\.){0,80}?\w*minen\b"
        r"(?:[^.;]|(?<=\d)\.){0,30}?\b(?:zu\s+produzieren|herzustellen|zu\s+beschaffen|anzuschaffen|zu\s+kaufen|"
        r"einzusetzen)\b"
    ),
    # (every case: "aus seinen Beständen")
    stock=r"\b(?:Vorr[äa]t\w*|Bestände\w*|Bestand\w*|Lagerbest\w*|Arsenal\w*|gelagert\w*|eingelagert\w*)\b",
    treaty=(
        r"\bOttawa[-\s]?(?:Konvention|Abkommen|Vertrag|Übereinkommen)\w*|"
        r"\b(?:Konvention|Abkommen|Vertrag|Übereinkommen)\w*\s+von\s+Ottawa|"
        r"\b(?:Minenverbotsvertrag|Landminenverbot|Anti-?Personen-?Minen-?(?:Konvention|Abkommen|"
        r"Vertrag))\w*|"
        # the title: "das Übereinkommen über das Verbot von Antipersonenminen"
        r"\b(?:Übereinkommen|Konvention|Abkommen|Vertrag)\w*\s+(?:über\s+das\s+|zum\s+)Verbot\s+"
        r"(?:von\s+|der\s+)?(?:Anti-?)?Personen-?[Mm]inen"
    ),
    treaty_word=r"\b(?:Abkommen|Konvention|Vertrag|Übereinkommen)\w*\b",
    anaphora=r"\b(?:diese|solche|diesen|solchen)\s+(?:Waffen|Sprengkörper)\b",
    suspension=r"\b(?:aussetz\w*|ausgesetzt|suspen\w+)",
    leaving=r"\b(?:Austritt\w*|austret\w*|ausgetreten)\b",
    steps=(
        (
            "parliament_approves_withdrawal",
            # (never a vote against it: "gegen den Austritt gestimmt")
            rf"^(?=(?:[^.;]|(?<=\d)\.)*{_WITHDRAW})(?!(?:[^.;]|(?<=\d)\.)*\bgegen\s+(?:den|die|das)\s+{_WITHDRAW})"
            # (the verb last, after a long middle field: "hat am Donnerstag mit großer Mehrheit
            # den Austritt aus dem Ottawa-Übereinkommen über das Verbot von ... beschlossen")
            rf"(?:[^.;]|(?<=\d)\.)*?\b{_LEGISLATURE}\b(?:[^.;]|(?<=\d)\.){{0,160}}?\b(?:stimmte\w*|"
            r"billigte\w*|gebilligt|beschloss|beschlossen|verabschiedet\w*|zugestimmt|votierte\w*|"
            # the perfect: "hat ... für den Austritt gestimmt"
            r"befürwortet\w*|gestimmt|abgestimmt|votiert)\b",
        ),
        (
            "withdrawal_effective",
            # (the treaty's whole title between: "Finnlands Austritt aus dem Ottawa-Übereinkommen
            # über das Verbot von Antipersonenminen ist am Samstag wirksam geworden")
            rf"\b{_WITHDRAW}(?:[^.;]|(?<=\d)\.){{0,140}}?\b(?:wirksam|rechtskräftig|vollzogen|in\s+Kraft)\b|"
            # a day between ("ist am 27. Dezember aus der Ottawa-Konvention ausgetreten"), or
            # told back ("Estland, Lettland und Litauen waren am 27. Dezember ausgetreten")
            r"\b(?:ist|sind|war|waren)\s+(?:[^.;]|(?<=\d)\.){0,80}?\bausgetreten\b|"
            r"\btrat\s+(?:[^.;]|(?<=\d)\.){0,60}?\baus\b|"
            # "hat die Ottawa-Konvention am 27. Dezember offiziell verlassen", "verließ den Vertrag"
            r"\b(?:hat|haben|hatte|hatten)\s+(?:[\wäöü-]+\s+){0,2}?(?:Ottawa-\w+|Konvention|Abkommen|"
            r"Vertrag|Übereinkommen)\w*\s+(?:[^.;]|(?<=\d)\.){0,60}?\bverlassen\b|"
            r"\bverließ(?:en)?\s+(?:[\wäöü-]+\s+){0,4}?(?:Ottawa-\w+|Konvention|Abkommen|Vertrag|"
            r"Übereinkommen)|"
            r"\bnicht\s+mehr\s+(?:Vertragsstaat|Vertragspartei|Mitglied)",
        ),
        (
            "withdrawal_notified",
            # the finite verb first: "erklärte am 27. Juni offiziell den Austritt" (never
            # "erklärte, der Austritt sei ...", a statement about it, nor a judgment on it:
            # "erklärte den Austritt für ausgeschlossen", "für einen Fehler")
            r"\berklärt(?:e|en)?\s+(?:[\wäöü-]+(?:(?<=\d)\.)?\s+){0,5}?(?:den|seinen|ihren)\s+"
            r"Austritt\b(?!(?:[^.;,]|(?<=\d)\.){0,80}?\bfür\s+(?:ein|eine|einen|ausgeschlossen|"
            r"nichtig|ungültig|unvereinbar|unmöglich|undenkbar|falsch|richtig|nötig|notwendig|"
            r"[\wäöü]+(?:lich|ig|bar|widrig))\b)|"
            # (the noun with its verb first: "die Austrittserklärung soll ... hinterlegt werden"
            # is a step to come, its auxiliary inside the cue)
            r"\b(?:Austritt\w*|Kündigung\w*)\b(?:[^.;]|(?<=\d)\.){0,120}?\b(?:hinterlegt|"
            # "hat den UN-Generalsekretär ... über seinen Austritt ... unterrichtet"
            r"unterrichtet|informiert|"
            # told to the depositary: "hat den Vereinten Nationen ... ihren Austritt ... mitgeteilt"
            r"übermittelt|eingereicht|übergeben|mitgeteilt)\b|"
            # the exit declared: "hat am Mittwoch offiziell seinen Austritt ... erklärt"
            r"\b(?:seinen|ihren|den)\s+Austritt\b(?:[^.;,]|(?<=\d)\.){0,100}?\berklärt\b(?!\s*,)|"
            r"\b(?:notifiziert\w*|Notifizierung|Notifikation|gekündigt|Austrittserklärung\w*|"
            r"Austrittsurkunde\w*)\b|\bKündigung\s+(?:des|der)\s+(?:Abkommens|Konvention|Vertrags|"
            r"Übereinkommens)|"
            # the instrument named again ("Die Urkunde wurde am 10. Juli hinterlegt"; a join's
            # is a compound of its own, "Beitrittsurkunde", "Ratifikationsurkunde")
            r"\bUrkunde\b[^;]{0,60}?\b(?:hinterlegt|übergeben|eingereicht)\b",
        ),
        (
            "announce_intent_to_withdraw",
            r"\b(?:angekündigt|kündigte\w*|kündigt|Ankündigung|beschlossen|beschloss|entschied\w*|"
            # the government's bill (eval-dev d03: an announcement): "Gesetzentwurf zum Austritt"
            r"entschieden|Entscheidung|Absicht|will|wollen|plant|Dekret|Erlass|verkündet\w*|"
            r"Gesetzentwurf\w*|"
            rf"bekanntgegeben|bekannt\s+gegeben)\b(?:[^.;]|(?<=\d)\.){{0,120}}?\b{_WITHDRAW}|"
            rf"\b{_WITHDRAW}(?:[^.;]|(?<=\d)\.){{0,60}}?\b(?:angekündigt|beschlossen|bekannt\s*gegeben|"
            r"verkündet)\b",
        ),
        (
            "entry_into_force",
            # (never a state described, "ist seit 1998 Vertragsstaat", as in every language)
            r"\b(?:wurde|ist)\s+(?:(?!seit\b)[\wäöü]+\s+){0,3}?Vertragsstaat\b|"
            r"\bfür\s+(?:[^.;]|(?<=\d)\.){0,40}?\bin\s+Kraft",
        ),
        (
            "announce_intent_to_join",
            r"\b(?:beschlossen|beschloss|billigte|gebilligt|Absicht|angekündigt|will|wollen|plant)\b"
            r"(?:[^.;]|(?<=\d)\.){0,80}?\b(?:Beitritt\w*|beizutreten|zu\s+ratifizieren|Ratifizierung)",
        ),
        (
            "join",
            r"\b(?:beigetreten|ratifiziert|ratifizierte|ratifizierten|Ratifikationsurkunde|"
            r"Beitrittsurkunde)\b|\btrat\s+(?:[^.;]|(?<=\d)\.){0,60}?\bbei\b",
        ),
    ),
    veto=(
        r"\b(?:nicht|nie|niemals|kein|keine|keinen|könnte\w*|sollte\w*|würde\w*|dementier\w*|"
        r"bestreit\w*|bestritt\w*|erwägt|prüft|hofft|hoffen)\b(?!\s+mehr\s+(?:Vertragsstaat|Vertragspartei|"
        r"Mitglied))"
    ),
    # "Zwei weitere Soldaten wurden verletzt", "Ein zweiter Mann ...", "Sein Bruder ..."
    more_victims=(
        r"(?:zwei|drei|vier|fünf|sechs|\d+)\s+weitere\s|(?:ein|eine)\s+(?:zweite[rs]?|dritte[rs]?)\s|"
        rf"(?:sein|seine|ihr|ihre)\s+{_KIN}\b"
    ),
    # "Der Fahrer blieb unverletzt", "niemand wurde verletzt", "keine Verletzten"
    # the blast or the harm itself (``Lexicon.blast``)
    blast=(
        r"\b(?:\w*explo\w*|detonier\w*|Detonation\w*|getreten|trat|traten|ausgelöst|"
        r"gefahren|fuhr|fuhren|verletzt\w*|verwundet\w*|getötet|ums\s+Leben|starb|starben|"
        r"gestorben|erlag|erlagen|amputiert\w*)\b"
    ),
    unharmed=(
        r"\bunverletzt\b|\bniemand\s+wurde\s+(?:verletzt|getötet)\b|"
        r"\bkeine\s+(?:Verletzten|Toten|Opfer)\b|\bohne\s+(?:Verletzte|Opfer)\b|"
        r"\bwurde\s+(?:dabei\s+)?nicht\s+verletzt\b"
    ),
    # "387 Panzerminen", "Panzerabwehrminen", "Antifahrzeugminen": outside the Convention's
    # counts
    anti_vehicle=r"panzer|fahrzeug",
    mine_count=(
        r"(?P<n>\d+(?:,\d+)?\s+(?:Millionen|Mio\.?|Milliarden)|\d{1,3}(?:\.\d{3})+|\d+)"
        # never "43 Quadratkilometer von Minen", an area, nor a figure before another one
        # ("im Januar 2024 insgesamt 120 Minen": the count is 120)
        r"\s+(?:(?!Hektar|Quadrat|km|m²|ha\b|\d)[\wäöü-]+\s+){0,2}?\w*minen\b"
    ),
    # a step told back, its object left out or named by "Schritt" ("Zuvor hatte der Sejm im
    # Juni zugestimmt", "Die Regierung hatte den Schritt im März angekündigt"); never a vote
    # on some other object ("stimmte dem Haushalt zu")
    steps_back=(
        (
            "parliament_approves_withdrawal",
            rf"\b{_LEGISLATURE}\b(?:(?!\b(?:dem|den|der|die|das)\s+(?!Schritt|Austritt|Gesetz|"
            r"Vorhaben|Beschluss|Entwurf)\w)(?:[^.;]|(?<=\d)\.)){0,80}?\b(?:zugestimmt|gebilligt|billigte\w*|"
            r"stimmte\w*\s+(?:(?:dem|diesem)\s+(?:Schritt|Vorhaben|Gesetz|Beschluss)\s+)?zu)"
            r"(?=\s*[.;]|\s*$)",
        ),
        (
            "announce_intent_to_withdraw",
            # (or the decision: "Die Regierung hatte die Entscheidung am 3. März bekannt gegeben")
            r"\b(?:(?:den|diesen)\s+(?:Schritt|Beschluss)|die(?:se)?\s+Entscheidung)\b"
            r"(?:[^.;]|(?<=\d)\.){0,60}?\b(?:angekündigt|bekannt\s*gegeben|verkündet)\b|\bkündigte\w*\s+(?:den|diesen)\s+Schritt\b(?:[^.;]|(?<=\d)\.){0,60}?\ban\b",
        ),
    ),
    scheduled=r"\b(?:wird|werden|soll|sollen|tritt|treten)\b",
    new_clause=r"welche\w*|nachdem|dass|wenn|weil|als",
    # a part of the day written on as one word ("am Montagabend", "Sonntagmorgen")
    weekdays=tuple(
        rf"{day}(?:abend|morgen|vormittag|mittag|nachmittag|nacht|früh)?"
        for day in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
    ),
    # "in den ersten sechs Monaten 2024", "im ersten Halbjahr", "von Januar bis Juni"
    first_months=rf"\bersten\s+{_COUNT}\s+Monat\w*(?:\s+(?:des\s+Jahres\s+)?(?P<year>(?:19|20)\d\d))?",
    parts=year_parts(
        ("ersten", "zweiten"),
        "Halbjahr(?:es)?",
        ("ersten", "zweiten", "dritten", "vierten"),
        "Quartal(?:s)?",
    ),
    month_range=(r"\b(?:von|zwischen)\s+", r"(?:bis|und)\s+"),
    # a laying told as recent ("in den vergangenen Tagen", "kürzlich"):
    # undated, the publication month (as Russian ``ongoing_use``)
    ongoing_use=(
        r"\bin\s+den\s+(?:vergangenen|letzten)\s+(?:Tagen|Wochen)\b|\bkürzlich\b|"
        r"\bvor\s+kurzem\b"
    ),
    # "im selben Zeitraum", "bei den Arbeiten", "Dabei wurden ..." (the work just told): the
    # period of the sentence before
    same_period=(
        r"\bim\s+(?:selben|gleichen)\s+Zeitraum\b|\bbei\s+(?:den|diesen)\s+(?:Arbeiten|Einsätzen)\b|"
        r"^(?:Dabei|Hierbei|Im\s+Zuge\s+(?:dessen|der\s+Arbeiten))\b|\b(?:wurden|haben|hat|wurde)\s+dabei\b"
    ),
    relative=(
        (r"\bvorgestern\b", "day", 2),
        (r"\bgestern\b", "day", 1),
        (r"\bheute\b", "day", 0),
        (r"\b(?:vergangene|vergangenen|letzte|letzten)\s+Woche\b", "week", 1),
        (r"\bdiese\s+Woche\b", "week", 0),
        (r"\b(?:vergangenen|letzten)\s+Monat\b", "month", 1),
        (r"\b(?:kürzlich|vor\s+kurzem|jüngst)\b", "month", 0),
        (
            # "im März letzten Jahres": the genitive after a month
            r"\b(?:im\s+vergangenen\s+Jahr|vergangenes\s+Jahr|letztes\s+Jahr|im\s+Vorjahr|"
            r"(?:vergangenen|letzten)\s+Jahres)\b",
            "year",
            1,
        ),
        (r"\b(?:dieses\s+Jahr|in\s+diesem\s+Jahr|dieses\s+Jahres)\b", "year", 0),
        # a running total of the year so far: up to the publication month ("Seit Jahresbeginn
        # wurden ... getötet", as "en lo que va del año", "desde o início do ano")
        (
            r"\bseit\s+(?:Jahresbeginn|Jahresanfang|(?:Anfang|Beginn)\s+(?:des|dieses)\s+Jahres)\b",
            "month",
            0,
        ),
    ),
    last_season=tuple(
        (rf"\b(?:im\s+)?(?:vergangenen|letzten)\s+{season}\b", last)
        for season, last in (("Frühling", 5), ("Frühjahr", 5), ("Sommer", 8), ("Herbst", 11))
    ),
    ago=(
        rf"\bvor\s+(?:{_COUNT}\s+)?(?:(?P<day>Tag(?:en)?)|(?P<week>Wochen?)|(?P<month>Monat(?:en)?)|"
        r"(?P<year>Jahr(?:en)?))\b"
    ),
    reported=r"\b(?:veröffentlicht|vorgestellt|vorgelegt)\w*\s+(?:am\s+)?$",
    reported_after=r"(?:\s+in\s+\w+)?\s+(?:veröffentlicht|vorgestellt|vorgelegt)\w*",
    since=r"\b(?:seit|ab)\s+(?:dem\s+|der\s+|Anfang\s+|Beginn\s+)?(?:[\wäöü]+\s+)?$",
    total=(
        rf"\b{_NUMBER}\s+(?:[\wäöüß-]+\s+){{0,6}}?(?:getötet\s+oder\s+verletzt|verunglückt|Opfer)\b",
        rf"\b{_NUMBER}\s+(?:Minenopfer|Opfer)\b",
    ),
    world=r"\bweltweit\b|\bauf\s+der\s+ganzen\s+Welt\b|\bdie\s+Vertragsstaaten\b",
    extension=r"\bFristverlängerung\b|\bFrist\b(?:[^.;]|(?<=\d)\.){0,60}?\bverlängert",
    scales=SCALES,
    units=(
        ("ha", r"Hektar\w*|ha\b"),
        ("km2", r"km²|km2|Quadratkilometer\w*|qkm"),
        ("sq_mile", r"Quadratmeile\w*"),
        ("m2", r"m²|m2|Quadratmeter\w*|qm\b"),
        ("acre", r"Acres?\b"),
        ("uxo", r"Blindgänger\w*|Kampfmittel\w*"),
        ("explosive_devices", r"Sprengkörper\w*|Sprengsätze|Sprengfallen"),
    ),
    of=r"von",
    # land declared rid of mines ("wurde 2015 für minenfrei erklärt", "gilt als minenfrei")
    completed=(
        # (never a target: "bis 2030 für minenfrei erklärt werden")
        r"\b(?:für|als)\s+(?:vollständig\s+)?minenfrei\s+(?:erklärt|gilt)(?!\s+(?:wird|werden|soll))|"
        r"\berklärt\w*\s+(?:sich\s+)?(?:(?:[^.;]|(?<=\d)\.){0,40}?\s)?(?:für|als)\s+(?:vollständig\s+)?minenfrei\b"
    ),
    cleared=(
        r"\b(?:geräumt|räumten|räumte|Räumung\w*|\w*räumung|entmint\w*|Entminung|entschärft\w*|"
        r"unschädlich|freigegeben|freigeben|zurückgegeben|gesäubert|beseitigt\w*|entfernt|entfernte|"
        # never a passive still to come ("sollen bis 2027 weitere 50 Quadratkilometer entmint
        # werden")
        r"entfernten)\b(?!\s+(?:werden|wird)\b)|"
        # the separable verb: "gaben 1.200 Hektar frei"
        r"\bgab(?:en)?\s+[^;]{0,60}?\bfrei\b|"
        # land rid of mines: "25 Quadratkilometer von Minen befreit", "für minenfrei erklärt"
        r"\bvon\s+(?:\w+\s+){0,2}?\w*(?:minen|Kampfmitteln)\s+(?:befreit|gesäubert|geräumt)\b"
    ),
)
