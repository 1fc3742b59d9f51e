"""Portuguese (European and Brazilian spellings): our own compilation from ordinary usage
(Acordo Ortográfico on numerals and dates: "1.234", "2,5 milhões", "28 de março de 2022",
"na terça-feira", "há três dias") and the vocabulary of Lusophone mine action (CNIDAH in
Angola, IND in Mozambique: "mina antipessoal", "engenho explosivo", "desminagem",
"sapadores", "área limpa de minas")."""

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
    r"(?:agricultor|agricultora|camponês|camponesa|pastor|pastora|civil|criança|menino|menina|"
    r"rapaz|jovem|homem|mulher|soldado|militar|sapador|desminador|habitante|pessoa|adolescente|"
    r"pescador|trabalhador|trabalhadora|idoso|idosa|aldeão|aldeã|estudante|motorista)"
)
_WORD = r"[\wáéíóúâêôãõç'’-]+"

MONTHS = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
    "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}  # fmt: skip
NUMBERS = {
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
    "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
    "catorze": 14, "quatorze": 14, "quinze": 15, "dezasseis": 16, "dezesseis": 16,
    "dezassete": 17, "dezessete": 17, "dezoito": 18, "dezanove": 19, "dezenove": 19,
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "cem": 100, "mil": 1000,
}  # fmt: skip
# a count after "há" (a number in digits or in words)
_COUNT = count_pattern(NUMBERS)
# "milh" (milhão, milhões) before "mil": a scale is the first stem the word starts with
SCALES = {"milh": 1_000_000, "bilh": 1_000_000_000, "mil": 1_000}
_NUMBER = number_pattern(NUMBERS, SCALES, DOT_DIGITS)
# the conditional of reported news too ("teriam sido mortos", "teriam ficado feridos")
_WERE = r"(?:(?:foram|ficaram|tinham\s+sido|acabaram|teriam\s+sido|teriam\s+ficado)\s+)?"

# The verbs of laying and using mines, whole paradigm (first conjugation -ar; Cunha &
# Cintra, ch. 13): participles in any gender and number, preterite, imperfect, pluperfect,
# gerund, present; "semear" writes "-e-" before its endings ("semeou", "semeadas"); mines
# dropped from the air or fired are laid too ("lançaram minas", "lançadas por")
_STEMS = (
    "coloc", "plant", "instal", "utiliz", "us", "empreg", "espalh", "enterr", "dissemin",
    "implant", "seme", "lanç",
)  # fmt: skip
_LAID = forms(_STEMS, ("ad[oa]s?",))
_LAYS = forms(_STEMS, ("ad[oa]s?", "ou", "aram", "ava", "avam", "ara", "ando", "am", "a"))
# the infinitive, personal too after an accusation ("acusou as forças de usarem minas")
_INFINITIVE = forms(_STEMS, ("ar", "arem"))
# the mines, or the devices named with them ("engenhos explosivos"), or named again by a common
# noun after sentences about them ("usaram estas armas": ``Lexicon.anaphora`` keeps the sentence)
_MINES = r"(?:minas|engenhos|(?:estas|essas|tais)\s+armas)"

PORTUGUESE = Lexicon(
    language="pt",
    months=MONTHS,
    numbers=NUMBERS,
    killed=(
        rf"\b{_NUMBER}\s+(?:{_WORD}\s+){{0,2}}?{_WERE}(?:mort[oa]s|assassinad[oa]s|morreram|"
        r"perderam\s+a\s+vida)\b(?!\s+ou\s+(?:ficaram\s+)?(?:ferid|mutilad))",
        rf"\b(?:matou|mataram|matando|morreram|vitimou|vitimando)\s+(?:outr[oa]s\s+)?{_NUMBER}\b",
    ),
    injured=(
        rf"\b{_NUMBER}\s+(?:{_WORD}\s+){{0,2}}?{_WERE}(?:ferid[oa]s|mutilad[oa]s)\b",
        # (never "mataram ou feriram 5.757 pessoas", a total)
        rf"(?<!\bou\s)\b(?:feriu|feriram|ferindo)\s+(?:outr[oa]s\s+)?{_NUMBER}\b",
        # the verb first: "Ficaram feridos dois agricultores", "foram feridas três crianças"
        rf"\b(?:ficaram|foram)\s+(?:gravemente\s+|ligeiramente\s+)?(?:ferid[oa]s|mutilad[oa]s)\s+"
        rf"(?:outr[oa]s\s+)?{_NUMBER}\b",
    ),
    one_killed=(
        rf"\b(?:um|uma|o|a)\s+(?:{_WORD}\s+){{0,2}}?{_VICTIM}\b[^.;]{{0,60}}?"
        r"\b(?:morreu|faleceu|foi\s+mort[oa]|perdeu\s+a\s+vida)\b"
    ),
    one_injured=(
        rf"\b(?:um|uma|o|a)\s+(?:{_WORD}\s+){{0,2}}?{_VICTIM}\b[^.;]{{0,60}}?"
        r"\b(?:(?:ficou|foi)\s+(?:gravemente\s+|ligeiramente\s+)?(?:ferid[oa]|mutilad[oa]|"
        r"amputad[oa])|perdeu\s+(?:uma|a|as\s+duas)\s+pernas?)|"
        # one of the victims just counted, the noun left out ("Duas crianças morreram e uma
        # ficou ferida", "dois mortos e um ferido")
        r"\b(?:e|,)\s+(?:outr[oa]|um|uma)\s+(?:(?:ficou|foi)\s+(?:gravemente\s+|"
        r"ligeiramente\s+)?)?(?:ferid[oa]|mutilad[oa])\b"
    ),
    mines=(
        r"\b(?:minas?|minad[oa]s?|antipessoal|antipessoais|engenhos?\s+explosiv\w*|explosiv\w*|"
        r"muniç\w*|desmin\w*|sapador\w*|explodiu|explosão|artefa(?:c)?tos?)\b"
    ),
    not_a_mine=(
        r"\b(?:minas?\s+de\s+(?:ouro|carvão|cobre|diamantes?|ferro|sal|lítio)|mineraç\w*|"
        r"mineir[oa]s?|minério|Minas\s+Gerais|"
        # a mining company and gold diggers ("a mineradora libertou 300 hectares para a
        # exploração", "garimpeiros")
        r"minerador[ae]s?|garimp\w*)\b"
    ),
    army=(
        r"\b(?:exércitos?|forças\s+(?:armadas|governamentais|regulares)|tropas|soldados|"
        r"militares|junta)\b"
    ),
    joins=r"e|bem\s+como",
    armed_group=(
        r"\b(?:grupos?\s+armados?|rebeldes?|jihadistas?|milícias?|milicianos?|insurgentes?|"
        r"guerrilh\w+|separatistas?|terroristas?|facções\s+armadas)\b"
    ),
    use=(
        # any finite form, participle or gerund of the laying verbs, then the mines within a
        # few words ("colocaram novas minas", "teriam plantado minas", "espalhava minas")
        rf"\b{_LAYS}\s+(?:[^.;,]{{0,40}}?\s)?{_MINES}\b|"
        # the infinitive after a verb of going on or starting again ("continuam a plantar
        # minas", "voltaram a colocar minas")
        rf"\b(?:continu|volt|pass)\w*\s+a\s+{_INFINITIVE}\s+(?:[^.;,]{{0,40}}?\s)?{_MINES}\b|"
        # the passive: "as minas foram colocadas pelo exército", "teriam sido plantados por"
        rf"\b{_MINES}\b[^.;]{{0,60}}?\b(?:foi|foram|é|são|era|eram|seria|seriam|sido)\s+"
        rf"(?:\w+mente\s+)?{_LAID}\b|"
        # the participle with its agent: "minas colocadas pelo exército venezuelano"
        rf"\b{_MINES}\b(?:\s+[\wãç-]+){{0,3}}?\s+{_LAID}\s+(?:[^.;]{{0,30}}?\s)?(?:por|pel[oa]s?)\b|"
        # the laying named by a noun, with its agent ("o uso de minas pelo exército")
        r"\b(?:uso|utilização|emprego|colocação|instalação)\s+de\s+(?:novas\s+)?"
        r"(?:[\wã]+\s+){0,2}?minas\b[^.;]{0,40}?\b(?:por|pel[oa]s?)\b|"
        r"\b(?:tinha|tinham|teria|teriam|havia|haviam|tem|têm|ter|terem)\s+(?:\w+\s+)?minado\b|"
        r"\b(?:minou|minaram)\b|"
        # "acusou X de ter colocado minas", "acusada de usar minas", "de terem plantado"
        rf"\b(?:acus|suspeit|imput)\w*\s+[^.;]{{0,60}}?\bde\s+(?:(?:ter|terem|haver|haverem)\s+{_LAID}|"
        rf"{_INFINITIVE})\s+(?:[^.;,]{{0,30}}?\s)?{_MINES}\b"
    ),
    accuse=r"acus|suspeit|imput",
    destroyed=r"\b(?:destruí\w*|destrui\w*|destruç\w*|eliminad[oa]s?)\b",
    stock=r"\b(?:estoques?|stocks?|arsena(?:l|is)|armazenad\w*|reservas?|paióis)\b",
    treaty=(
        # (the Portuguese spelling too: "Convenção de Otava")
        r"\b(?:Convenção|Tratado)\s+de\s+Ott?awa|\b(?:Convenção|Tratado)\s+de\s+Otava|\b(?:Convenção|Tratado)\s+(?:sobre|para)\s+a\s+"
        r"proibição\s+[^.;]{0,80}?minas"
    ),
    anaphora=r"\b(?:essas|estas|tais)\s+(?:armas|minas|engenhos|artefa(?:c)?tos)\b",
    treaty_word=r"\b(?:tratado|Convenção)\b",
    other_weapon=r"\b(?:munições|bombas)\s+de\s+fragmentação\b",
    suspension=r"\bsuspen\w+",
    leaving=r"\b(?:retir\w+|saída|sair|denuncia\w*)\b",
    steps=(
        (
            "parliament_approves_withdrawal",
            r"\b(?:parlamento|Assembleia|Senado|Câmara|Seimas|Saeima|Sejm|Riigikogu|Eduskunta|"
            r"deputados|Rada)\b[^.;]{0,80}?\b(?:votou|aprovou|adotou|votaram|aprovaram)\b"
            # (never a vote against it: "votaram contra a saída")
            r"(?!\s+(?:[^.;]{0,30}?\s)?contra\b)",
        ),
        (
            "withdrawal_notified",
            r"\b(?:notificou|notificaram)\b|\bnotificação\s+(?:de|da)\s+(?:sua\s+)?retirada|"
            # the compound past: "seis meses depois de Varsóvia ter notificado as Nações Unidas"
            r"\b(?:ter|terem|tinha|tinham|havia|haviam|tenha|tenham)\s+(?:formalmente\s+|"
            r"oficialmente\s+)?notificado\b|"
            r"\b(?:depositou|depositaram)\s+(?:o\s+|a\s+)?(?:seu\s+|sua\s+)?(?:instrumento|"
            r"notificação)(?!\s+de\s+(?:adesão|ratificação))|"
            # the depositary and the day between ("depositou junto das Nações Unidas o
            # instrumento de retirada")
            r"\b(?:depositou|depositaram|entregou|entregaram)\s+[^.;]{0,80}?\b(?:instrumento|"
            r"notificação|carta)\s+de\s+(?:retirada|saída|denúncia)|"
            # the treaty denounced, the leaving's legal name ("denunciou a Convenção de Ottawa",
            # "formalizou a denúncia do Tratado"; never "denunciou o uso de minas")
            r"\b(?:denunciou|denunciaram)\s+(?:formalmente\s+|oficialmente\s+)?(?:a\s+Convenção|"
            r"o\s+Tratado)(?![^.;]{0,60}?\bcomo\b)|"
            r"\b(?:formaliz|apresent|entreg|notific|comunic|deposit)\w*\s+(?:[^.;]{0,40}?\s)?"
            r"a\s+(?:sua\s+)?denúncia\s+d[ao]\s+(?:Convenção|Tratado)|"
            # the notice told back ("seis meses depois de Varsóvia ter notificado as Nações
            # Unidas")
            r"\b(?:ter|terem|tinha|tinham|havia|haviam)\s+notificado\b",
        ),
        (
            "withdrawal_effective",
            # the state and the Convention's full title may come between noun and verb ("a saída
            # da Finlândia da Convenção de Otava sobre a proibição de minas antipessoal tornou-se
            # efetiva"), as in English
            r"\b(?:retirada|saída)\b[^.;]{0,120}?\b(?:entrou|entra)\s+em\s+vigor|"
            r"\b(?:retirou-se|retiraram-se|se\s+retirou|se\s+retiraram)\s+(?:oficialmente\s+)?d[ao]|"
            # "A Letónia abandonou oficialmente a Convenção de Ottawa"
            r"\b(?:abandonou|abandonaram)\s+(?:\w+mente\s+)?(?:a\s+Convenção|o\s+[Tt]ratado)|"
            r"\b(?:deixou|deixaram|saiu|saíram)\s+(?:oficialmente\s+)?(?:da|do)\s+(?:Convenção|"
            r"tratado)|\b(?:deixou|deixaram)\s+(?:\w+mente\s+)?de\s+ser\s+(?:um\s+)?(?:Estado\s+)?"
            r"(?:parte|membro)|"
            # "concluiu a sua saída", "a saída ... tornou-se efetiva a 27 de dezembro"
            r"\b(?:concluiu|concluíram|completou|completaram|formalizou|oficializou)\s+"
            r"(?:[^.;]{0,30}?\s)?a\s+sua\s+(?:saída|retirada)|\b(?:retirada|saída)s?\b[^.;]{0,120}?"
            r"\b(?:tornou-se|torna-se|tornaram-se|ficou|passou\s+a\s+ser)\s+efetiv[oa]s?|"
            # "cujas retiradas produziram efeito a 27 de dezembro"
            r"\b(?:retirada|saída)s?\b[^.;]{0,120}?\b(?:produziu|produziram)\s+efeitos?|"
            r"\bjá\s+não\s+(?:é|são)\s+(?:parte|membro)",
        ),
        (
            "announce_intent_to_withdraw",
            r"\b(?:anunciou|anunciaram)\b[^.;]{0,60}?\b(?:retir|sair|saída|deixar|abandonar)|"
            # the government's bill (eval-dev d03: an announcement)
            r"\b(?:governo|Conselho\s+de\s+Ministros|executivo)\b[^.;]{0,60}?\baprov(?:ou|aram)\s+"
            r"[^.;]{0,40}?\b(?:projeto|projecto|proposta|decreto)\b[^.;]{0,60}?"
            r"(?<!\bsem\s)\b(?:retir|sair|saída|abandonar|deixar)|"
            # the decree that takes the state out ("assinou o decreto que retira a Ucrânia")
            r"\bdecreto\b[^.;]{0,60}?\b(?:retir|saída|abandon)|"
            r"\bintenção\s+de\s+(?:se\s+retirar|sair|deixar|abandonar)|\b(?:decidiu|decidiram)\s+"
            # the day between ("decidiu no outono passado retirar-se")
            r"(?:[^.;]{0,40}?\s)?(?:se\s+retirar|retirar-se|sair|deixar)",
        ),
        (
            "join",
            r"\b(?:aderiu|aderiram|ratificou|ratificaram)\b|"
            # "tornaram-se o 165.º Estado parte"
            r"\btorn(?:ou|aram)-se\s+[^;]{0,40}?\bEstados?\s+partes?\b|\b(?:depositou|depositaram)\s+"
            r"[^.;]{0,80}?\binstrumento\s+de\s+(?:adesão|ratificação)",
        ),
    ),
    # modals and plans ("vai", "irá", "poderá"), denials, and negation (not "já não é parte":
    # no longer a party)
    # a decree signed, or the security council's decision, told without its object after a
    # story of leaving ("O presidente tinha assinado a 29 de junho um decreto que aplica uma
    # decisão do Conselho de Segurança nesse sentido"): the announcement of the withdrawal
    decision_back=(
        r"\b(?:assinou|assinara|tinha\s+assinado|havia\s+assinado)\s+(?:[^.;]{0,40}?\s)?"
        r"(?:um|o|este)\s+decreto\b|\bdecisão\s+do\s+Conselho\s+(?:Nacional\s+)?de\s+Segurança\b"
    ),
    decision_wording=(
        r"\b(?:convenção|tratado|Ottawa|retirada|saída|sair|abandonar)\w*|\bnesse\s+sentido\b|"
        r"\b(?:essa|esta|a\s+mesma)\s+decisão\b|\b(?:esse|este)\s+decreto\b"
    ),
    veto=(
        r"\b(?:poderá|poderão|poderia|poderiam|deverá|deverão|deveria|deveriam|pretende|"
        r"pretendem|planeia|planeja|prevê|vai|vão|irá|irão|negou|nega|negam|negaram|"
        r"desmentiu)\b|(?<!já\s)\bnão\s+(?!(?:é|são)\s+mais\b)"
        r"(?!detonad|explodid|deflagrad|estata|governamenta|identificad)|"
        # "engenhos explosivos não detonados": unexploded, no negation of the verb; "grupos
        # armados não estatais", "organização não governamental", "homens não identificados":
        # the prefix of an adjective
        r"\bnunca\b"
    ),
    # "171 mil minas", "1,2 milhões de minas": the scale word belongs to the figure
    mine_count=(
        r"(?P<n>\d+(?:,\d+)?\s+(?:mil|milhões|milhão)\b|\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+|\d+)"
        r"\s+(?:[\wã-]+\s+){0,2}?minas\b"
    ),
    # the future of any verb ("entrará em vigor em", "será": -rá/-rão in lower case), "deve",
    # "está previsto para"
    scheduled=(
        r"(?-i:\b[a-záéíóúâêôãõç]{1,}r(?:á|ão))(?!\w)|\b(?:deve|devem|(?:está|estão)\s+"
        r"previst[oa]s?|previst[oa]s?\s+para)\b"
    ),
    new_clause=r"que|quando|onde|depois|cujo|cuja|desde",
    month_day=(
        r"\bno\s+dia\s+(?P<day>[0-3]?\d)\s+(?:deste\s+mês|do\s+mês\s+corrente|"
        r"(?P<last>do\s+mês\s+passado))\b|"
        # "no passado dia 5": the latest 5th on or before publication
        r"\bno\s+(?P<past>passado)\s+dia\s+(?P<day2>[0-3]?\d)\b(?!\s+de\s)"
    ),
    weekdays=(
        "segunda-feira",
        "terça-feira",
        "quarta-feira",
        "quinta-feira",
        "sexta-feira",
        "sábado",
        "domingo",
    ),
    # a part of a year, dated by its end ("no primeiro semestre deste ano", "no primeiro
    # trimestre de 2024")
    parts=year_parts(
        ("primeiro", "segundo"),
        "semestre",
        ("primeiro", "segundo", "terceiro", "quarto"),
        "trimestre",
        before=r"\b(?:n?o\s+)?",
        after=r"(?:\s+(?:de|do|deste)\s+(?:ano\s+)?(?:(?P<year>(?:19|20)\d\d)|ano))?",
    ),
    # "nos primeiros seis meses de 2024", "entre janeiro e junho"
    first_months=rf"\bprimeiros\s+{_COUNT}\s+meses(?:\s+(?:de|do)\s+(?:ano\s+(?:de\s+)?)?(?P<year>(?:19|20)\d\d))?",
    month_range=(r"\b(?:entre|de)\s+", r"(?:e|a|até)\s+"),
    relative=(
        (r"\banteontem\b", "day", 2),
        (r"\bontem\b", "day", 1),
        (r"\bhoje\b|\b(?:n)?esta\s+manhã\b", "day", 0),
        (r"\b(?:na\s+)?semana\s+passada\b", "week", 1),
        (r"\b(?:n)?esta\s+semana\b", "week", 0),
        (r"\b(?:no\s+)?mês\s+passado\b", "month", 1),
        (r"\b(?:n)?este\s+mês\b", "month", 0),
        (r"\b(?:no\s+)?ano\s+passado\b", "year", 1),
        (r"\b(?:n)?este\s+ano\b", "year", 0),
    ),
    last_season=tuple(
        (rf"\b(?:n[oa]\s+)?{season}\s+passad[oa]\b", last)
        for season, last in (("primavera", 5), ("verão", 8), ("outono", 11))
    ),
    ago=(
        rf"\bhá\s+(?:{_COUNT}\s+)?(?:(?P<day>dias?)|(?P<week>semanas?)|(?P<month>mês|meses)|"
        r"(?P<year>anos?))\b"
    ),
    reported=(
        r"\b(?:disse|declarou|anunciou|afirmou|informou|confirmou|relatou|comunicou|revelou|"
        r"denunciou|disseram|anunciaram|informaram|"
        # "o relatório apresentado terça-feira": the day the figures came out
        r"apresentad[oa]s?|publicad[oa]s?|divulgad[oa]s?)\s+(?:n[oa]\s+|nesta\s+|neste\s+)?$"
    ),
    # a laying told as recent ("nos últimos dias", "recentemente"): undated,
    # the publication month (as Russian ``ongoing_use``)
    # a war or an era of the past whose mines no one is accused of ("durante a guerra civil",
    # "em décadas anteriores"; ``Lexicon.past_war``)
    past_war=r"\b(?:guerras?|conflitos?|d[ée]cadas)\b",
    ongoing_use=(
        r"\bnos\s+(?:últimos|ultimos)\s+dias\b|\bnas\s+(?:últimas|ultimas)\s+semanas\b|"
        r"\brecentemente\b"
    ),
    # "no mesmo período": the period of the sentence before
    same_period=r"\b(?:n?o\s+mesmo\s+per[ií]odo|nesse\s+per[ií]odo|neste\s+per[ií]odo|no\s+mesmo\s+ano)\b",
    # "Outros dois passageiros ficaram feridos", "Um segundo soldado ...", "O seu irmão ..."
    more_victims=(
        r"(?:outros|outras)\s+(?:dois|duas|três|quatro|cinco|seis|\d+)\s|"
        r"(?:dois|duas|três|quatro|cinco|seis|\d+)\s+outr[oa]s\s|(?:um|uma|o|a)\s+(?:segund[oa]|terceir[oa])\s|"
        r"(?:o\s+|a\s+)?(?:seu|sua|seus|suas)\s+(?:irmã[o]?s?|filh[oa]s?|pai|mãe|esposa|marido|"
        r"prim[oa]s?|sobrinh[oa]s?|companheir[oa]s?|colega)\b"
    ),
    # "o tratorista saiu ileso", "não houve feridos", "sem causar vítimas"
    # the blast or the harm itself (``Lexicon.blast``)
    blast=(
        r"\b(?:\w*explo\w*|deton\w*|pis(?:ou|aram|ar|ado|ada)|acionad\w*|accionad\w*|"
        r"ferid\w*|mort[oa]s?|morre\w*|amputad\w*)\b"
    ),
    unharmed=(
        r"\biles[oa]s?\b|\bsem\s+(?:causar\s+|fazer\s+)?(?:feridos|vítimas)\b|"
        r"\bnão\s+(?:houve|fez|causou|provocou)\s+(?:feridos|vítimas)\b|"
        r"\bningu[ée]m\s+(?:ficou\s+)?(?:ferido|morreu)\b|\bnão\s+(?:ficou\s+)?ferid[oa]\b"
    ),
    # "58 minas anticarro": outside the Convention's counts
    anti_vehicle=r"\b(?:anti-?carros?|anti-?tanques?|anti-?veículos?)\b",
    range_start=r"\bentre\s+(?:o\s+|a\s+)?$",
    range_next=r"\s*(?:e|a|até|[–-])\s*\d",
    since=r"\b(?:desde|a\s+partir\s+de)\s+(?:o\s+|a\s+|(?:o\s+)?início\s+de\s+)?$|"
    # the start told as an event and its year: "desde a entrada em vigor do tratado em 1999"
    r"\bdesde\s+(?:o|a|os|as)\s+(?:[\w'’-]+\s+){1,6}?em\s+$",
    total=(
        rf"\b{_NUMBER}\s+(?:{_WORD}\s+){{0,2}}?{_WERE}(?:mort[oa]s|morreram)\s+ou\s+(?:ficaram\s+)?"
        r"(?:ferid[oa]s|mutilad[oa]s)\b",
        rf"\b{_NUMBER}\s+(?:novas\s+)?vítimas\b",
        rf"\b(?:mataram|matou)\s+ou\s+(?:feriram|feriu|mutilaram)\s+{_NUMBER}\b",
    ),
    collective=r"\b(?:os|dos|aos)\s+Estados\s+(?:Partes?|membros)\b",
    world=r"\bno\s+mundo\b|\bem\s+todo\s+o\s+mundo\b|\ba\s+nível\s+mundial\b|\bmundia(?:l|is)\b",
    extension=(
        r"\b(?:prorrogação|extensão)\s+(?:do\s+prazo\s+)?(?:concedida|obtida|pedida|solicitada|"
        r"aprovada)|\b(?:pediu|obteve|solicitou|pediram|obtiveram|solicitaram)\s+(?:uma\s+)?"
        r"(?:nova\s+)?(?:prorrogação|extensão)"
    ),
    scales=SCALES,
    units=(
        ("ha", r"hectares?|ha\b"),
        ("km2", r"km²|km2|quil[óô]metros?\s+quadrados?"),
        ("sq_mile", r"milhas?\s+quadradas?"),
        ("m2", r"m²|m2|metros?\s+quadrados?"),
        ("acre", r"acres?\b"),
        (
            "uxo",
            r"engenhos\s+(?:explosivos\s+)?não\s+detonados|munições\s+não\s+detonadas|"
            r"restos\s+explosivos\s+de\s+guerra",
        ),
        (
            "explosive_devices",
            r"engenhos\s+explosivos|artefa(?:c)?tos\s+explosivos(?:\s+improvisados)?",
        ),
    ),
    completed=(
        r"\b(?:declarad[oa]|declarou(?:-se)?|se\s+declarou|ficou|está|é)\s+(?:oficialmente\s+)?"
        r"livre\s+de\s+(?:todas\s+as\s+)?minas|\b(?:remoção|destruição|retirada|limpeza)\s+d[ao]s?\s+"
        r"últim[oa]s?\s+(?:mina|campo\s+minado|área\s+minada)s?"
    ),
    cleared=(
        r"\b(?:desminad[oa]s?|desminou|desminaram|limp[oa]s?\s+de\s+minas|limpou|limparam|"
        r"limpad[oa]s|neutralizad[oa]s|neutralizou|neutralizaram|desativad[oa]s|removeu|removeram|"
        r"removid[oa]s|"
        # land released ("libertou 300 hectares", "foram libertados ... metros quadrados")
        r"libertou|libertaram|libertad[oa]s|"
        r"devolvid[oa]s\s+(?:às?|aos?)\s+(?:comunidades?|populaç\w+|habitantes|agricultores|"
        r"proprietários))\b"
    ),
    policy=(
        r"\b(?:proibiu|proibiram|baniu|autorizou|autorizaram|permitiu|restabeleceu|revogou|"
        r"aprovou|encomendou)\b[^.;]{0,60}?\b(?:uso|utilização|emprego|produção|compra|"
        r"aquisição|transferência|fornecimento|exportação|envio|entrega|venda|fabrico|"
        r"fabricação)\b[^.;]{0,30}?\bminas\b|"
        # production resumed or begun, decided ("decidiu retomar a produção de minas")
        r"\b(?:decidiu|decidiram|aprovou|aprovaram)\s+(?:[^.;]{0,30}?\s)?(?:retomar|reiniciar|"
        r"iniciar|começar)\s+a\s+(?:produção|fabricação|fabrico|compra)\s+de\s+(?:[\wã]+\s+){0,2}?"
        r"minas\b|"
        r"\b(?:anunciou|decidiu|adotou)\b[^.;]{0,40}?\b(?:proibição|interdição|nova\s+política)"
        r"\b[^.;]{0,60}?\bminas\b"
    ),
    dot_thousands=True,
    date_link=r"(?:de\s+)?",
    month_alone=r"\b(?:em|desde|no\s+mês\s+de|(?:n?o\s+)?início\s+de|(?:n?o\s+)?(?:final|fim)\s+de)\s+",
)
