"""The Spanish words the extractor reads: months, weekdays, numbers, and cue phrases by event.

Our own compilation from ordinary Spanish usage (Real Academia Española, "Diccionario
panhispánico de dudas" for numerals and dates) and the vocabulary of Colombian mine action
(Descontamina Colombia / OACP: "minas antipersonal", "municiones sin explotar", "artefactos
explosivos improvisados", "territorio libre de sospecha de minas", "desminado humanitario").
Patterns are matched case-insensitively unless they name a proper noun.
"""

from __future__ import annotations

import re

from minewatch.extract.dates import scheduled_cue
from minewatch.extract.lexicons.lexicon import forms

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}  # fmt: skip
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

UNITS = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "doscientos": 200, "trescientos": 300, "cuatrocientos": 400, "quinientos": 500,
    "mil": 1000,
}  # fmt: skip
SCALES = {"mil": 1_000, "millón": 1_000_000, "millones": 1_000_000}
_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
# Spanish digits group thousands with "." and mark decimals with "," ("6.502", "1,7 millones").
DIGITS = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
NUMBER = (
    rf"(?:(?:más\s+de|al\s+menos|cerca\s+de|unos|unas|aproximadamente|casi)\s+)?"
    rf"(?:(?:{DIGITS})(?:\s+(?:mil|millones|millón))?|(?<![\w-])(?:{_WORDS})"
    rf"(?:\s+y\s+(?:{_WORDS}))?(?![\w-]))"
)

MINE_CONTEXT = re.compile(
    r"\b(?:minas?|minad[oa]s?|antipersonal|antipersona|artefactos?\s+explosiv\w+|explosi\w+|"
    r"municion\w*|MAP|MUSE|AEI|desmin\w+|detona\w+|estall\w+|min(?:ó|aron|ar))\b",
    re.IGNORECASE,
)
# a mine dug for ore: its metal, its miners and their cooperative, its shafts and seams
NOT_A_MINE = re.compile(
    r"\b(?:minas?\s+de\s+(?:oro|carbón|cobre|esmeraldas|sal|plata|estaño|zinc|litio|hierro|"
    r"níquel|uranio|diamantes)|minería|miner[oa]s?|socav[oó]n(?:es)?|yacimientos?|vetas?\s+de)\b",
    re.IGNORECASE,
)
# words only a landmine story uses: they keep a sentence about mines even beside a mining word
# ("un soldado pisó una mina antipersonal en una zona minera de Antioquia")
LANDMINE = re.compile(
    r"\b(?:antipersonal|antipersona|MAP|MUSE|campos?\s+minados?|desmin\w+|"
    r"artefactos?\s+explosivos?\s+improvisados?)\b",
    re.IGNORECASE,
)

# Casualties: verbs and nouns for the dead and the injured, and single victims.
VICTIM = (
    r"(?:soldado|militar|campesino|campesina|civil|niño|niña|menor|hombre|mujer|persona|"
    r"uniformado|policía|agricultor|desminador|indígena|joven|cabo|sargento|infante|"
    r"suboficial|patrullero|habitante|labriego|pastor|pastora|pescador|pescadora|estudiante|"
    r"trabajador|trabajadora|conductor|conductora|anciano|anciana|adolescente|muchacho|"
    r"muchacha|jornalero|recolector|comerciante|porteador|guía|leñador|cazador|migrante|"
    r"refugiado|refugiada|desplazado|desplazada|excombatiente|guardia|escolta|vecino|vecina|"
    r"hermano|hermana|hijo|hija|padre|madre|esposo|esposa|compañero|compañera|acompañante)"
)
# a number of years or months is an age, never a count ("Niño de 11 años resultó herido")
_NO_AGE = r"(?!\s+(?:años|meses)\b)"
_AGED = r"(?:,?\s*(?:de|entre)\s+\d{1,2}(?:\s+y\s+\d{1,2})?\s+años,?\s+)?"
# up to three words between the count and the verb ("dos infantes de marina resultaron"), none
# a number ("una mina dejó dos muertos" counts two, not one) or a conjunction ("5.800 personas
# murieron o resultaron heridas" is a total, no count of the injured)
_NOT_NUMBER = rf"(?!(?:{_WORDS}|y|o|e|u|ni)\b|\d)"
KILLED = [
    rf"(?P<n>{NUMBER}){_NO_AGE}\s+(?:{_NOT_NUMBER}[\wáéíóúñ]+\s+){{0,3}}?{_AGED}"
    r"(?:muertos?|muertas?|fallecid[oa]s|murieron|mueren|perdieron\s+la\s+vida)\b"
    r"(?!\s+o\s+(?:resultaron\s+|quedaron\s+)?(?:herid|lesionad|mutilad))",
    # the verb first, in the preterite or the headline's present, a day between ("mató ayer a
    # tres soldados", "Mueren dos militares")
    rf"\b(?:mató|mataron|mata|matan|murieron|mueren|fallecieron|fallecen)\s+"
    rf"(?:(?:ayer|anoche|hoy|este|esta|el|pasado|{'|'.join(WEEKDAYS)})\s+){{0,2}}(?:a\s+)?"
    rf"(?P<n>{NUMBER}){_NO_AGE}\b",
]
INJURED = [
    rf"(?P<n>{NUMBER}){_NO_AGE}\s+(?:{_NOT_NUMBER}[\wáéíóúñ]+\s+){{0,3}}?{_AGED}"
    r"(?:heridos?|heridas|resultaron\s+herid[oa]s|resultan\s+herid[oa]s|lesionad[oa]s)\b",
    rf"\b(?:hirió|hirieron|dejó|dejaron)\s+(?:a\s+)?(?P<n>{NUMBER})\s+(?:[\wáéíóúñ]+\s+){{0,3}}?"
    r"(?:herid[oa]s?|lesionad[oa]s?)\b",
    # the verb first: "Resultan heridos dos militares", "hirió ayer a dos soldados"
    rf"\b(?:resultaron|resultan|quedaron|quedan)\s+(?:herid|lesionad)[oa]s\s+(?P<n>{NUMBER})"
    rf"{_NO_AGE}\b",
    rf"\b(?:hirió|hirieron|hiere|hieren)\s+"
    rf"(?:(?:ayer|anoche|hoy|este|esta|el|pasado|{'|'.join(WEEKDAYS)})\s+){{0,2}}a\s+"
    # (the victims named: never "hirió a un perro")
    rf"(?P<n>{NUMBER}){_NO_AGE}\s+(?:[\wáéíóúñ]+\s+)?(?:{VICTIM}(?:s|es)?|personas|militares|"
    r"civiles|policías)\b",
]
_KIN = (
    r"(?:herman[oa]|hij[oa]|padre|madre|espos[oa]|prim[oa]|sobrin[oa]|tí[oa]|abuel[oa]|"
    r"compañer[oa]|amig[oa]|acompañante)s?"
)
ONE_KILLED = (
    rf"\b(?:[Uu]n|[Uu]na|[Ee]l|[Ll]a|[Oo]tro|[Oo]tra)\s+(?:[\wáéíóúñ]+\s+){{0,2}}?{VICTIM}\b"
    r"[^.;]{0,60}?\b(?:murió|muere|falleció|fallece|perdió\s+la\s+vida|resultó\s+muert[oa])\b"
    r"|\b(?:este\s+último|esta\s+última)\s+falleció\b"
    # the verb first, the headline's way ("Muere campesino al pisar una mina", "murió el
    # soldado"), and the mine as the subject ("Una mina mató ayer a un pastor")
    rf"|\b(?:[Mm]uere|[Mm]urió|[Ff]allece|[Ff]alleció|[Pp]ierde\s+la\s+vida|[Pp]erdió\s+la\s+vida)"
    rf"\s+(?:(?:un|una|el|la)\s+)?(?:[\wáéíóúñ]+\s+)?{VICTIM}\b"
    rf"|\b(?:mató|mata|asesinó)\s+(?:[\wáéíóúñ]+\s+){{0,2}}?a\s+(?:un|una|el|la|su)\s+"
    rf"(?:[\wáéíóúñ]+\s+)?{VICTIM}\b"
)
ONE_INJURED = (
    rf"\b(?:[Uu]n|[Uu]na|[Ee]l|[Ll]a|[Oo]tro|[Oo]tra|[Ss]u)\s+(?:[\wáéíóúñ]+\s+){{0,2}}?"
    # "resultó gravemente herido": an adverb between
    rf"(?:{VICTIM}\b[^.;]{{0,60}}?\b)?(?:(?:resultó|resulta|quedó|queda)\s+"
    r"(?:[\wáéíóúñ]+mente\s+)?herid[oa]|"
    r"result[óo]\s+lesionad[oa]|perdió\s+(?:una|la|ambas)\s+piernas?|sufrió\s+heridas)"
    rf"|\b(?:dejó|dejaron)\s+(?:a\s+)?(?:un|una)\s+(?:[\wáéíóúñ]+\s+){{0,3}}?{VICTIM}\b"
    r"[^.;]{0,40}?\bherid[oa]\b"
    rf"|\b{VICTIM}\s+herid[oa]\s+por\b"
    # the verb first: "Resulta herido un niño", "quedó herida una mujer", "hirió a un soldado"
    rf"|\b(?:[Rr]esulta|[Rr]esultó|[Qq]ueda|[Qq]uedó)\s+(?:[\wáéíóúñ]+mente\s+)?herid[oa]\s+"
    rf"(?:un|una|el|la)\s+(?:[\wáéíóúñ]+\s+)?{VICTIM}\b"
    rf"|\b(?:hirió|hiere)\s+(?:[\wáéíóúñ]+\s+){{0,2}}?a\s+(?:un|una|el|la|su)\s+"
    rf"(?:[\wáéíóúñ]+\s+)?{VICTIM}\b"
    # "Su hermana, de ocho años, ... sufrió heridas leves"
    rf"|^(?:[Ss]u|[Ss]us)\s+{_KIN}\b[^.;]{{0,80}}?\b(?:sufrió|recibió)\s+(?:\w+\s+)?"
    r"(?:heridas|lesiones)"
)
# more victims of the incident just told, opening their own sentence: kin ("Su hermana ...
# sufrió heridas leves"), a count of others ("Otros dos soldados resultaron heridos"), an
# ordinal ("Un segundo soldado ...")
MORE_VICTIMS = (
    rf"(?:Su|Sus)\s+{_KIN}\b|(?:Otros|Otras)\s+(?:dos|tres|cuatro|cinco|seis|\d+)\s+|"
    r"(?:Un|Una|El|La)\s+(?:segund[oa]|tercer[oa]?)\s+"
)
# nobody hurt ("el conductor resultó ileso", "no hubo heridos", "sin causar víctimas"): a
# blast with no casualty, never a single victim
UNHARMED = (
    r"\biles[oa]s?\b|\bsin\s+(?:causar\s+|dejar\s+)?(?:heridos|víctimas|lesionados)\b|"
    r"\bno\s+(?:hubo|dejó|causó|se\s+registraron)\s+(?:heridos|víctimas|lesionados)\b|"
    r"\bnadie\s+(?:resultó|quedó)\s+herido\b"
)
# (and told by a verb: "42 personas han sido víctimas de minas")
VICTIMS_TOTAL = (
    rf"(?P<n>{NUMBER})\s+(?:(?:personas|civiles|niños|militares|soldados)\s+)?"
    r"(?:(?:han\s+sido|fueron|resultaron|son)\s+)?víctimas\b"
    # the victims named in more words, the verb told ("31 miembros de la fuerza pública han
    # sido víctimas de minas"), never across a number or a conjunction
    rf"|(?P<n2>{NUMBER}){_NO_AGE}\s+(?:{_NOT_NUMBER}[\wáéíóúñ]+\s+){{1,5}}?"
    r"(?:han\s+sido|fueron|resultaron)\s+víctimas\s+de\s+(?:(?:una|la|las|los|un)\s+)?"
    r"(?:minas?|MAP|MUSE|artefactos?|explosivos?|accidentes?)\b"
)
# killed or injured, without the split: a total ("230 personas murieron o resultaron heridas")
KILLED_OR_INJURED = (
    rf"(?P<n>{NUMBER})\s+(?:[\wáéíóúñ]+\s+){{0,2}}?(?:muertos|muertas|murieron|fallecieron)\s+o\s+"
    r"(?:resultaron\s+|quedaron\s+)?(?:herid|lesionad|mutilad)"
    # the verbs joined before the victims ("mataron o hirieron a 4.710 personas", "han matado o
    # herido a 560 civiles"): one total, neither a count of the dead nor of the injured
    r"|\b(?:mataron|mató|matan|mata|matado|hirieron|hirió|hieren|hiere|herido)\s+[oy]\s+"
    r"(?:han\s+)?(?:hirieron|hirió|hieren|hiere|herido|mutilado|mataron|mató|matan|mata|matado)"
    rf"\s+(?:a\s+)?(?:(?:más\s+de|al\s+menos|unas?|casi)\s+)?(?P<n2>{NUMBER})"
)

_WHEN = (
    r"(?:este|esta|el|pasado|ayer|hoy|oficialmente|formalmente|finalmente|ya|en|a|"
    r"finales|principios|mediados|de|" + "|".join(WEEKDAYS) + "|" + "|".join(MONTHS) + r"|"
    r"\d{1,4})"
)
CLEARANCE_DONE = re.compile(
    # the day between ("fue declarado este lunes libre de sospecha de contaminación por minas")
    r"\b(?:declarad[oa]s?|certificad[oa]s?|entregad[oa]s?)\s+(?:" + _WHEN + r"\s+){0,4}?"
    r"(?:como\s+)?(?:territorio\s+)?"
    r"(?:libres?|sin)\s+(?:de\s+)?(?:sospecha\s+de\s+)?(?:contaminación\s+por\s+)?(?:minas|MAP)"
    # "libre de sospecha de MAP y MUSE": Colombia's acronyms for the mines and the munitions
    r"|\blibres?\s+de\s+(?:sospecha\s+de\s+)?(?:contaminación\s+por\s+)?(?:minas|MAP)\b"
    # "concluyó el desminado humanitario", "terminó la limpieza de sus campos minados", "dio
    # por finalizado el jueves el desminado", "culminaron este lunes el desminado": the
    # completion in every form, a date or an adverb between the verb and the work
    # (the headline's present too: "Venezuela culmina el desminado de su frontera")
    r"|\b(?:(?:conclu(?:yó|yeron|ido|ye|yen)|complet(?:ó|aron|ado|a|an)|"
    r"finaliz(?:ó|aron|ado|a|an)|termin(?:ó|aron|ado|a|an)|culmin(?:ó|aron|ado|a|an))|"
    r"(?:d(?:io|ieron|ado|a|an)|dar)\s+por\s+(?:finalizad|concluid|terminad|culminad|cerrad)[oa]s?)"
    # ("concluyó el pasado 18 de octubre la remoción")
    r"\s+(?:" + _WHEN + r"\s+){0,6}?"
    r"(?:el\s+|la\s+|las\s+|los\s+)?(?:(?:desminado|limpieza|despeje|descontaminación)"
    # never of one more piece: "culmina desminado de un nuevo sector"
    r"(?!\s+de(?:l)?\s+(?:un|una|otro|otra|nuevo|nueva|sector|tramo)\b)|"
    # all of them, or a number of fields ("la remoción de todas las minas", "de los 13 campos
    # minados")
    r"remoción\s+de\s+(?:todas\s+)?(?:las\s+)?minas|"
    # "concluyeron la destrucción de los últimos campos minados": the ground, not a stock
    r"(?:destrucción|remoción|limpieza|despeje)\s+de\s+(?:tod[oa]s\s+)?(?:los\s+|las\s+|sus\s+)?"
    r"(?:\d+\s+)?(?:últim[oa]s\s+)?(?:campos|áreas|zonas|terrenos)\s+minad[oa]s)\b"
    # "concluyó en febrero la limpieza del último campo minado conocido": words between
    r"|\b(?:conclu|complet|finaliz|termin)\w*\s+(?:[\wáéíóúñ]+\s+){0,4}?(?:la\s+|el\s+)?"
    r"(?:limpieza|despeje|desminado|remoción|destrucción)\s+(?:de\s+)?(?:l[oa]s?\s+|del\s+)?"
    r"últim[oa]s?\s+(?:campos?|áreas?|zonas?)\s+minad[oa]s?"
    # finished clearing, by the infinitive: "terminaron de limpiar el último campo minado"
    # (never the future or the conditional: "Chile terminará de limpiar ... en 2021")
    r"|\b(?:termin|acab|conclu)(?!\w*r[áa]n?\b|\w*ría)\w*\s+de\s+"
    r"(?:limpiar|desminar|despejar|descontaminar)\s+"
    r"(?:[\wáéíóúñ]+\s+){0,3}?(?:campos?\s+minados?|áreas?\s+minadas?|zonas?\s+minadas?|"
    r"territorio|minas)\b"
    r"|\bcumpl\w+\s+(?:con\s+)?(?:la|su|sus)\s+obligaci\w+\s+(?:del|en\s+virtud\s+del)\s+"
    r"artículo\s+5\b",
    re.IGNORECASE,
)
# an area unit, written out or as a symbol ("1,8 km²", "40 ha")
AREA_UNIT = (
    r"(?P<unit>municipios|hectáreas?|ha\b|metros?\s+cuadrados?|m²|m2\b|kilómetros?\s+cuadrados?|"
    r"km²|km2\b|millas?\s+cuadradas?|acres?\b)"
)
# released, cleared, demined, decontaminated, in every form: the preterite ("despejaron"),
# the perfect ("han liberado"), the present ("libera"), the gerund, the participle, and the
# infinitive after a verb of outcome ("permitieron liberar")
_AREA_VERB = (
    r"(?:liber|despej|limpi|desmin|descontamin)(?:ó|aron|ado|ada|ados|adas|ando|an?|amos)|"
    r"(?:permiti\w*|logr\w*|consigui\w*|consigu\w*)\s+(?:liberar|despejar|limpiar|desminar|"
    r"descontaminar)|(?:liberación|despeje|limpieza|desminado|descontaminación)\s+de"
)
CLEARANCE_AREA = re.compile(
    rf"\b(?:{_AREA_VERB})\s+(?:(?:un\s+total\s+de|más\s+de|otros|otras|en\s+total)\s+)?"
    # "26 millones de metros cuadrados": "de" after a scale word
    rf"(?P<n>{NUMBER})\s*(?:de\s+)?{AREA_UNIT}"
    # the area told first, its clearance after: "287.000 metros cuadrados, fueron despejadas",
    # "una extensión de 40 hectáreas, que fueron liberadas", "12 hectáreas desminadas"
    rf"|(?P<n2>{NUMBER})\s*(?:de\s+)?{AREA_UNIT.replace('unit', 'unit2')}"
    # (never "no han sido despejadas")
    r"(?=(?:(?!\bno\b)[^.;]){0,25}?\b(?:(?:(?:fueron|han\s+sido|quedaron|ya\s+están|están)\s+)?"
    # or handed over rid of mines: "12 hectáreas libres de minas"
    r"(?:liberad|despejad|desminad|descontaminad|limpiad)[oa]s\b|libres\s+de\s+(?:sospecha\s+de\s+)?"
    r"minas\b))",
    re.IGNORECASE,
)
# what is left to clear is no clearance: "quedan 34 áreas por despejar, con 0,3 km²"
AREA_LEFT = re.compile(
    r"\b(?:por|sin)\s+(?:despejar|liberar|limpiar|desminar|descontaminar)\b|"
    r"\b(?:quedan?|quedaban?|restan?|faltan?|pendientes?)\b",
    re.IGNORECASE,
)
# any character of a clause: a dot only inside a number ("2.000 minas de sus arsenales")
_IN_CLAUSE = r"(?:[^.;]|\.(?=\d))"
# (destroyed or eliminated, in every form: "terminó de destruir su stock de minas", "eliminó su
# arsenal"; a plan to destroy is vetoed by ``PLAN``)
STOCKPILE = re.compile(
    # (the infinitive only after a verb of a thing done: "terminó de destruir", never "se
    # comprometió a destruir")
    # (the perfect too: "ha destruido 32.000 minas de sus reservas", "había destruido 13.025
    # minas almacenadas"; stored mines in any form: "las minas que almacenaba el ejército",
    # "en sus depósitos")
    r"\b(?:destruy[óe]n?|destruyeron|destruid[oa]s?|destrucción\s+de|"
    r"(?:termin|acab|logr|consigui)\w*\s+(?:de\s+)?destruir)\b"
    rf"{_IN_CLAUSE}{{0,60}}?\b(?:arsenal\w*|almacen(?:ad[oa]s|aban?)|existencias|reservas|"
    r"stocks?|(?:sus|los)\s+depósitos)\b|"
    # eliminated: the stock its object ("eliminó su arsenal", never "eliminó a tres guerrilleros
    # que custodiaban un arsenal")
    r"\belimin(?:ó|aron|a|an|ar)\s+(?:(?:su|sus|el|la|los|las|todo|toda|todas|todos)\s+){0,2}"
    r"(?:arsenal\w*|existencias|reservas|stocks?)\b",
    re.IGNORECASE,
)
# a stock named (what a later "En total, el Ejército destruyó 12.135 minas" counts)
STOCK_WORD = re.compile(
    r"\b(?:arsenal(?:es)?|existencias|reservas|almacenad[oa]s|stocks?)\b", re.IGNORECASE
)
# work in the field named: mines destroyed there were found in the ground, not kept in a stock
# (deminers, brigades, fields, found, unexploded items; English ``impacts._FIELD_AGENT``)
FIELD_WORK = re.compile(
    r"\b(?:desmin\w*|campos?\s+minad|zonas?\s+minad|áreas?\s+minad|hall(?:ó|aron|ad[oa]s)|"
    r"encontr(?:ó|aron|ad[oa]s)|terrenos?|sembrad[oa]s|brigadas?|equipos?|zapadores|"
    r"ingenieros|artefactos|municiones|restos\s+explosivos|frontera)\b",
    re.IGNORECASE,
)
# the tools for finding mines or keeping people from them: "detectores de minas" are no mines
_TOOL = r"(?:detector|equipo|perro|máquina|robot|dron|señal|cartel|valla|letrero|traje|kit)"
# a state's own policy on mines: a ban or moratorium lifted, reimposed or ordered, or use,
# production, purchase or transfer allowed ("levantó la moratoria sobre las minas",
# "autorizó el envío de minas antipersona", "ha aprobado la producción de minas"), in the
# preterite, perfect or present, a date between ("levantó el 11 de mayo su moratoria"); the
# mines its object ("el envío de minas", "la moratoria sobre las minas", never "el uso de
# detectores para buscar minas")
POLICY = re.compile(
    r"\b(?:levant|autoriz|aprob|restablec|reimpus|reimpon|orden|prohib|prohíb)\w*\s+(?:\w+\s+){0,5}?"
    r"(?:(?:la|el|los|las|su|sus)\s+)?(?:moratorias?|prohibici[óo]n|prohibiciones|"
    r"uso|empleo|producci[óo]n|fabricaci[óo]n|compras?|adquisici[óo]n|env[íi]os?|"
    r"entregas?|transferencias?|suministros?|exportaci[óo]n|exportaciones)\b"
    # (or what is done with them: "la prohibición de almacenar minas", "el permiso para usar")
    r"(?=\s+(?:de|del|sobre|a|para)\s+(?:(?:usar|utilizar|emplear|almacenar|producir|fabricar|"
    r"comprar|adquirir|exportar|importar|transferir)\s+)?(?:(?:las|los|sus)\s+)?"
    r"(?:(?!" + _TOOL + r")\w+\s+de\s+)?minas\b)",
    re.IGNORECASE,
)
# the other policy on mines (``reading._policy`` reads it only where ``POLICY`` finds nothing):
# a pledge never to use or make them ("Estados Unidos no utilizará minas antipersonal", "no
# volverá a producir minas"), a policy reversed ("lo que revierte la política aprobada por
# Trump"), production resumed or decided ("reanudar la producción de minas", "decidió fabricar
# minas antipersonal")
_MAKE_USE = r"(?:utilizar|usar|emplear|producir|fabricar|adquirir|comprar|almacenar)"
PLEDGE = re.compile(
    r"\bno\s+(?:(?:utilizar|usar|emplear|producir|fabricar|adquirir)(?:á|án)|volver(?:á|án)\s+a\s+"
    r"(?:utilizar|usar|emplear|producir|fabricar))\s+(?:[\wáéíóúñ]+\s+){0,2}?minas\b|"
    # to stop, with the verbs listed: "dejará de usar, producir y adquirir minas antipersonal"
    rf"\bdej(?:ará|arán|a|an|ó|aron)\s+de\s+{_MAKE_USE}(?:\s*,\s*{_MAKE_USE})*"
    rf"(?:\s+[ye]\s+{_MAKE_USE})?\s+(?:(?!{_TOOL})[\wáéíóúñ]+\s+){{0,2}}?minas\b|"
    # use allowed: "autorizó a los comandantes a emplear minas", "permitió a sus tropas usar"
    r"\b(?:autoriz|permit)\w*\s+(?:a\s+)?(?:[\wáéíóúñ]+\s+){0,6}?(?:a\s+)?(?:emplear|usar|"
    rf"utilizar|sembrar|instalar|colocar)\s+(?:(?!{_TOOL})[\wáéíóúñ]+\s+){{0,2}}?minas\b|"
    r"\b(?:revi(?:erte|erten|rtió|rtieron)|revertir|derog(?:ó|aron|a|an))\s+(?:[\wáéíóúñ]+\s+){0,2}?"
    r"(?:política|prohibición|moratoria)\b|"
    r"\b(?:reanud|reinici|relanz)\w*\s+(?:la\s+)?(?:producción|fabricación)\s+de\s+"
    r"(?:[\wáéíóúñ]+\s+){0,2}?minas\b|"
    r"\b(?:decidi(?:ó|eron)|aprob(?:ó|aron))\s+(?:[\wáéíóúñ]+\s+){0,2}?(?:producir|fabricar|"
    r"comprar|adquirir)\s+(?:[\wáéíóúñ]+\s+){0,2}?minas\b|"
    # production begun: "Letonia comenzó a fabricar minas antipersonal"
    r"\b(?:comenz|empez|inici)(?:ó|aron)\s+(?:[\wáéíóúñ]+\s+){0,2}?a\s+(?:producir|fabricar)\s+"
    r"(?:(?!" + _TOOL + r")[\wáéíóúñ]+\s+){0,2}?minas\b",
    re.IGNORECASE,
)
# mines outside the Convention: a policy on them alone is no policy change
OTHER_MINES_ONLY = re.compile(r"\b(?:antitanque|antivehículo|anticarro)s?\b", re.IGNORECASE)
PERSONNEL = re.compile(r"\bantipersona(?:l|les)\b", re.IGNORECASE)
# The laying verbs as whole paradigms (lexicon.forms): preterite, imperfect, present (with the
# stem change "siembra", "entierran"), perfect and pluperfect participle, conditional,
# gerund and infinitive ("siguen sembrando", "habrían instalado", "acostumbran sembrar"); the
# future is a plan, never a use. Using verbs too ("utilizaron minas", "emplean artefactos"), and
# mines dropped or fired ("lanzaron minas sobre la ciudad", "habrían lanzado minas").
_STEMS = ("sembr", "instal", "coloc", "plant", "enterr", "utiliz", "lanz")
_LAYS = forms(
    _STEMS,
    ("ó", "aron", "aba", "aban", "ado", "ando", "ar", "aría", "arían"),
    *("siembra", "siembran", "instala", "instalan", "coloca", "colocan", "planta", "plantan"),
    *("entierra", "entierran", "utiliza", "utilizan", "emplea", "emplean", "usó", "usaron"),
    *("usaba", "usaban", "usado", "usando", "usar", "usan", "empleó", "emplearon", "empleaba"),
    *("empleaban", "empleando", "emplear"),  # never "empleado", a noun as often
)
# between the verb and what is laid: up to three words, none a tool for finding or marking
# mines ("usan detectores de minas", "instalaron señales de minas" lay nothing)
_BETWEEN = r"(?:(?!detector|perro|máquina|equipo|robot|dron|señal|cartel|valla|letrero)\w+\s+){0,3}"
# what is laid: the mines, minefields, improvised explosive devices ("artefactos explosivos
# improvisados", "AEI", "MAP")
_MINES = r"(?:minas|campos?\s+minados|artefactos?\s+explosivos?|explosivos|MAP|AEI)"
# who leaves mines behind as a use: forces, troops, fighters, a group
_LEAVERS = (
    r"\b(?:tropas|fuerzas|soldados|ej[ée]rcitos?|militares|combatientes|guerrilleros|guerrillas?|"
    r"milicias|milicianos|rebeldes|insurgentes|ocupantes|invasores|paramilitares|yihadistas)\b"
)
LEAVERS = re.compile(_LEAVERS, re.IGNORECASE)
USE = re.compile(
    r"\b(?:atribuy[óe]\w*\s+(?:la\s+)?(?:nueva\s+)?(?:siembra|instalación|colocación)|"
    r"atribuy[óe]\w*\s+(?:el|los|la|las)\s+(?:artefactos?|explosivos?|minas?)\s+(?:a|al)\b|"
    # the laying attributed in the passive: "la siembra de las minas fue atribuida al ELN"
    r"(?:siembra|instalación|colocación)\s+de\s+(?:l[ao]s?\s+|est[ea]s?\s+)?(?:\w+\s+){0,2}?"
    r"(?:minas?|artefactos?|explosivos?)\b[^.;]{0,40}?\batribuid[oa]s?\s+(?:a|al)\b|"
    # "responsabilizó al ELN de la siembra de minas": the accused after the verb
    r"responsabiliz\w*\s+[^.;]{0,60}?\b(?:siembra|instalación|colocación|sembrar|instalar|"
    r"colocar|haber\s+sembrado|haber\s+instalado)\b|"
    r"instalad[oa]s?\s+por|sembrad[oa]s?\s+por|"
    # any form of a laying verb, then what is laid within two words ("sembraron minas",
    # "siguen sembrando nuevas minas", "instaló un artefacto explosivo", "siembran minas")
    # (never the noun: "la siembra de minas", "una nueva siembra")
    rf"(?<!\bla\s)(?<!\buna\s)(?<!\bnueva\s){_LAYS}\s+{_BETWEEN}{_MINES}|\bmin(?:aron|ó)\b|"
    # "empleado" after an auxiliary is the verb ("ha empleado minas"), and the mines told
    # before may be its pronoun ("el Ejército de Myanmar también las ha empleado")
    rf"\b(?:ha|han|había|habían|habría|habrían|haya|hayan|haber)\s+empleado\s+{_BETWEEN}"
    rf"{_MINES}|\b(?:las|los)\s+(?:ha|han|había|habían|habría|habrían)\s+"
    r"(?:empleado|utilizado|usado|sembrado|instalado|colocado)\b|"
    # mines left behind by forces, as a use ("las tropas rusas dejaron minas al retirarse",
    # "los guerrilleros dejaron atrás campos minados", "minas dejadas por el ejército"); the war
    # or a flood that leaves mines accuses no one
    # (``LEAVERS`` before the verb checked by the reader)
    rf"\bdej(?:aron|ó|aban|aba|an|a)\s+(?:atrás\s+)?{_BETWEEN}{_MINES}|"
    rf"{_MINES}\s+(?:[\wáéíóúñ]+\s+){{0,2}}?dejad[oa]s\s+(?:atrás\s+)?"
    rf"por(?=\s+(?:[\wáéíóúñ]+\s+){{0,2}}?{_LEAVERS})|"
    # the passive with its agent: "fueron colocadas por", "habrían sido instalados por"
    r"(?:sembr|instal|coloc|plant|enterr|utiliz|us|emple|lanz)ad[oa]s?\s+(?:\w+\s+)?por\b|"
    # the use named by a noun with its agent: "el uso de minas por parte del ejército"
    # the agent before the mines: "el presunto uso por parte de sus fuerzas armadas de miles de
    # minas antipersonal"
    r"\b(?:uso|empleo|utilización)\s+por\s+parte\s+del?\s+[^.;]{0,60}?\bde\s+(?:[\wáéíóúñ]+\s+){0,3}?"
    r"minas\b|"
    r"\b(?:uso|empleo|utilización|colocación|instalación|siembra)\s+de\s+(?:nuevas\s+)?"
    r"(?:[\wáéíóúñ]+\s+){0,2}?minas\b[^.;]{0,40}?\bpor(?:\s+parte\s+de(?:l\b)?)?|"
    # "acusa al ejército de minar caminos", "de haber minado"
    r"acus\w+\s+[^.;]{0,60}?\bde\s+(?:haber\s+)?min(?:ar|ado)\b|"
    r"acus\w+\s+[^.;]{0,60}?\b"
    r"(?:haber\s+)?(?:sembrar|instalar|usar|utilizar|emplear|colocar|plantar|lanzar|sembrado|"
    r"instalado|usado|utilizado|empleado|colocado|plantado|lanzado)\s+(?:\w+\s+)?(?:minas|artefactos?|"
    r"explosivos))",
    re.IGNORECASE,
)
TREATY_CONTEXT = re.compile(
    r"\b(?:Convención|Tratado)\s+(?:de\s+Ottawa|sobre\s+la\s+Prohibición)|"
    # the Convention described by what it bans ("el tratado que prohíbe las minas antipersonal",
    # "la convención contra las minas", "el acuerdo de prohibición de minas")
    r"\b(?:convención|tratado|acuerdo)\s+(?:internacional\s+)?(?:que\s+prohíbe|contra|sobre|"
    r"de\s+prohibición\s+de)\s+(?:el\s+uso\s+de\s+)?(?:las\s+)?minas",
    re.IGNORECASE,
)
# "notificó su retirada", "depositó el instrumento de retiro", and, after the withdrawal is
# named, "notificara su decisión"
# (the day and the depositary between: "depositó el miércoles ante el secretario general de la
# ONU el instrumento de retirada")
_NOTIFIED = (
    r"\b(?:notific(?:ó|aron|ara|aran|ado)|deposit(?:ó|aron|ara|ado))\s+[^.;]{0,100}?"
    r"\b(?:retir|salida|decisión)|"
    # formalised before the depositary: "formalizó este jueves ante Naciones Unidas su salida"
    r"\bformaliz(?:ó|aron)\s+[^.;]{0,60}?\bante\s+(?:las\s+)?(?:Naciones\s+Unidas|la\s+ONU|el\s+"
    r"secretario\s+general)[^.;]{0,40}?\b(?:retir|salida)|"
    # told to the depositary by another verb: "comunicó formalmente a Naciones Unidas su
    # retirada", "entregó ayer a la ONU la notificación de su retirada"
    r"\b(?:comunic|entreg|present|remiti|envi)\w*\s+[^.;]{0,60}?\b(?:a\s+(?:las\s+)?Naciones\s+"
    r"Unidas|a\s+la\s+ONU|al\s+secretario\s+general|al\s+depositario)\b[^.;]{0,40}?"
    # its own leaving, not the removal of mines ("un informe sobre la retirada de minas")
    r"\b(?:su|la)\s+(?:decisión\s+de\s+)?(?:retirada|retiro|salida|retirarse|salir)\b"
    r"(?!\s+de\s+(?:l[ao]s\s+)?(?:minas|artefactos|explosivos))|"
    r"\b(?:entreg|present|remiti|envi)\w*\s+[^.;]{0,80}?\bnotificaci[óo]n\s+(?:formal\s+)?"
    r"(?:de\s+)?(?:su\s+)?(?:retir|salida)"
)
# leaving announced, by any verb of leaving ("anunció que abandonará la Convención", "decidió
# salir del tratado")
_ANNOUNCED = (
    r"\b(?:anunci|decid)\w*\s+[^.;]{0,40}?"
    r"\b(?:retir|abandon|salir\b|saldr|salida|dejar\b)|"
    # the government proposes it ("El Ejecutivo letón propuso este domingo abandonar ..."),
    # never a lawmaker alone
    r"\b(?:Gobierno|Ejecutivo|Consejo\s+de\s+Ministros|gabinete|presidente|presidenta|"
    r"primer\s+ministro|primera\s+ministra)\b[^.;]{0,60}?\bpro(?:puso|pusieron|pone|ponen)\b"
    r"[^.;]{0,40}?\b(?:retir|abandon|salir\b|salida|dejar\b)|"
    # the government's bill (eval-dev d03: an announcement): "El Gobierno aprobó un proyecto
    # de ley para abandonar el tratado"
    r"\b(?:Gobierno|Consejo\s+de\s+Ministros|gabinete|Ejecutivo)\b[^.;]{0,60}?"
    # approved or sent to parliament ("presentó al Parlamento un proyecto de ley para ...")
    r"\b(?:aprob|present|envi|remiti)(?:ó|aron)\s+"
    r"[^.;]{0,40}?\b(?:proyecto\s+de\s+ley|decreto|propuesta)\b[^.;]{0,60}?"
    r"(?<!\bsin\s)\b(?:retir|abandon|salir\b|salida|dejar\b)|"
    # the decree that takes the state out ("firmó el decreto que retira a Ucrania")
    r"\bdecreto\b[^.;]{0,60}?\b(?:retir|abandon|salida)"
)
# a legislature votes the leaving ("El Parlamento de Estonia aprobó la salida del país", "el
# Sejm votó a favor de retirarse", "los diputados respaldaron la retirada")
_PARLIAMENT = (
    r"\b(?:Parlamento|Congreso|Senado|Asamblea|Cámara|diputados|legisladores|Sejm|Seimas|"
    r"Saeima|Riigikogu|Eduskunta|Rada|Dieta|Storting|Riksdag|Folketing)\b[^.;]{0,100}?\b(?:aprob(?:ó|aron)|"
    # the pluperfect and perfect of a story told back ("el Sejm había aprobado la ley de salida")
    r"(?:había|habían|ha|han)\s+(?:aprobado|ratificado|votado|respaldado|avalado)|ratific(?:ó|aron)|"
    r"vot(?:ó|aron)|respald(?:ó|aron)|avaló|avalaron|dio\s+luz\s+verde)\b[^.;]{0,60}?"
    r"\b(?:retir|salida|abandon|salir\b)|"
    # the passive: "La retirada de Letonia ... fue aprobada por la Saeima el 5 de marzo"
    r"\b(?:retirada|retiro|salida)\b[^.;]{0,100}?\b(?:fue|ha\s+sido)\s+(?:aprobad|ratificad|"
    r"respaldad|avalad|votad)[oa]\s+(?:[^.;]{0,30}?\s)?por\s+(?:el\s+|la\s+|los\s+)?(?:Parlamento|"
    r"Congreso|Senado|Asamblea|Cámara|diputados|legisladores|Sejm|Seimas|Saeima|Riigikogu|"
    r"Eduskunta|Rada|Dieta)\b"
)
# a withdrawal that takes effect ("La retirada de X ... surte efecto", "entró en vigor"),
# exits completed ("culminaron su salida") and parties no more ("dejó de ser Estado parte");
# the future ("surtirá efecto") is a step still to come
_EFFECTIVE = (
    r"\b(?:retirada|retiro|salida)\b[^.;]{0,160}?\b(?:surte|surtió|surten|surtieron|entra|entró|"
    r"entran|entraron)\s+(?:en\s+)?(?:efecto|vigor)|"
    # "La salida ... se hizo efectiva el 27 de diciembre", "ya no es parte de la Convención"
    r"\b(?:retirada|retiro|salida)\b[^.;]{0,160}?\b(?:se\s+hizo|se\s+hace|se\s+volvió|quedó|"
    r"es|fue)\s+efectiv[oa]|\bya\s+no\s+(?:es|son|forma\s+parte)\s+(?:Estados?\s+)?(?:parte|de\s+la)|"
    # "Letonia abandonó oficialmente la Convención de Ottawa el 27 de diciembre"
    r"\babandon(?:ó|aron)\s+(?:\w+mente\s+)?(?:la\s+Convención|el\s+[Tt]ratado)|"
    # left: "Letonia salió el 1 de marzo de la Convención", "Estonia sale oficialmente de la
    # Convención" (the present only with an adverb of the act, a headline's way: "sale de la
    # Convención el 27 de junio" may be to come)
    r"\bsal(?:ió|ieron)\s+(?:(?:oficialmente|formalmente|definitivamente|" + _WHEN + r")\s+){0,5}?"
    r"(?:de\s+la\s+[Cc]onvención|del\s+[Tt]ratado)\b|"
    r"\bsal(?:e|en)\s+(?:oficialmente|formalmente|definitivamente)\s+(?:de\s+la\s+[Cc]onvención|"
    r"del\s+[Tt]ratado)\b|"
    # the verb first: "Entró en vigor el lunes la retirada de Lituania", "Se hizo efectiva la
    # salida de Polonia"
    r"\b(?:surti(?:ó|eron)|surte|surten|entr(?:ó|a|aron|an))\s+(?:en\s+)?(?:efecto|vigor)\s+"
    r"(?:[^.;]{0,40}?\s)?(?:la\s+)?(?:retirada|retiro|salida)\b|"
    r"\bse\s+hizo\s+efectiv[oa]\s+(?:[^.;]{0,30}?\s)?(?:la\s+|el\s+)?(?:retirada|retiro|salida)\b|"
    r"\b(?:culmin|complet|concret|formaliz|"
    r"consum)(?:ó|aron)\s+su\s+(?:salida|retirada|retiro)|\bdej(?:ó|aron)\s+de\s+ser\s+"
    # the day between: "dejaron de ser este sábado Estados parte"
    r"(?:" + _WHEN + r"\s+){0,3}?(?:Estados?\s+)?partes?"
)
# the Convention in force for one state ("La Convención de Ottawa entró en vigor para Palaos
# el 1 de marzo"); its entry into force for all (1999) names no state and is none
_IN_FORCE = (
    r"\b(?:Convención|Tratado|convención|tratado)\b[^.;]{0,60}?\bentr(?:ó|a)\s+en\s+vigor\s+"
    r"(?:[^.;]{0,30}?\s)?(?:para|en)\s+(?:el\s+|la\s+)?[A-ZÁÉÍÓÚ]"
)
# a cluster weapon fired or dropped ("un ataque con municiones en racimo", "cohetes de racimo"):
# the attack's harm is no mine casualty where the sentence names no mine and no remnant
# (``triggers.weapon_only``: "una submunición sin explotar" is a remnant of war)
OTHER_WEAPON = re.compile(
    r"\b(?:bombas?|municiones?|armas?|proyectiles?|cohetes?)\s+(?:de|en)\s+racimo\b",
    re.IGNORECASE,
)
# a suspension of the Convention ("notificó ... su decisión de suspender la Convención", "la
# suspensión"), and leaving it ("retirada", "retirarse", "salida", "salir", "denunciar"): a
# step of leaving cued in a sentence that tells the first and not the second is the claimed
# suspension (``reading._suspension_told``)
SUSPENSION = re.compile(r"\bsuspen\w+", re.IGNORECASE)
LEAVING = re.compile(r"\b(?:retir\w+|salida|sali[óor]\w*|denuncia\w*)\b", re.IGNORECASE)
TREATY_ACTIONS = [
    ("withdrawal_effective", re.compile(_EFFECTIVE, re.I)),
    ("entry_into_force", re.compile(_IN_FORCE)),
    ("withdrawal_notified", re.compile(_NOTIFIED, re.I)),
    ("parliament_approves_withdrawal", re.compile(_PARLIAMENT, re.I)),
    ("announce_intent_to_withdraw", re.compile(_ANNOUNCED, re.I)),
    # (never a law of leaving ratified: "ratificó la ley de retirada")
    (
        "join",
        re.compile(
            r"\b(?:ratific(?:ó|aron)(?![^.;]{0,60}?\b(?:retir|salida|abandon))|se\s+adhiri(?:ó|eron)|"
            r"adhesión|instrumentos?\s+de\s+ratificación)\b|"
            # joined by another verb: "Tonga se suma al tratado", "se unió a la Convención"
            r"\bse\s+(?:sum|un|incorpor)(?:ó|a|aron|an|ió|ieron|e|en)\s+(?:(?:oficialmente|"
            r"formalmente|" + _WHEN + r")\s+){0,5}?(?:a\s+la|al)\s+(?:[Cc]onvención|[Tt]ratado|"
            r"acuerdo|pacto)\b|"
            # "se convirtieron en marzo en el Estado parte número 165"
            r"\bse\s+convirti(?:ó|eron)\s+[^.;]{0,40}?\bEstados?\s+partes?\b",
            re.I,
        ),
    ),
]
# an Article 5 deadline extended, or its extension asked for or granted (eval-dev README:
# ``other``, as the English ``triggers.EXTENSION``): "presentó ... su solicitud de prórroga del
# plazo establecido en el artículo 5", "solicitó una prórroga de su plazo de desminado", "le
# concedieron una prórroga"
EXTENSION = re.compile(
    r"\b(?:present|solicit|ped|aprob|conced|otorg|obtuv)\w*\s+(?:[^.;]{0,80}?\s)?(?:una\s+|la\s+|"
    r"su\s+)?(?:nueva\s+)?(?:solicitud\s+de\s+)?(?:prórroga|extensión)\b[^.;]{0,120}?"
    r"\b(?:artículo\s+5|plazo|desminado|limpieza)",
    re.IGNORECASE,
)
# a use allowed or banned, not done: the infinitive after an authorisation or a ban ("autorizado
# a los comandantes a emplear minas", "prohíbe a sus tropas usar minas")
ALLOWED_USE = re.compile(
    r"\b(?:autoriz|permit|prohib|prohíb|faculta)\w*\s+(?:[^.;]{0,60}?\s)?(?:a\s+|de\s+)?$",
    re.IGNORECASE,
)
# a use denied or rejected right before its cue ("negó haber sembrado minas")
DENIED = re.compile(
    r"\b(?:neg(?:ó|aron|ado|aba|ando)|nieg(?:a|an)|desmint\w*|desmient\w*|rechaz\w*)\s+"
    r"(?:[\wáéíóúñ]+\s+){0,3}$|"
    # "no sembraron minas", "nunca han instalado", "jamás habían colocado"
    r"\b(?:no|nunca|jamás)\s+(?:(?:ha|han|había|habían|habría|habrían|se)\s+)?$|"
    # a pledge: "no volverá a usar minas", "se comprometió a no utilizar"
    r"\b(?:no|nunca|jamás)\s+(?:volver(?:á|án|ía|ían)\s+a\s+)$",
    re.IGNORECASE,
)
# forces, troops and soldiers: the adjective after them names the state that laid the mines
FORCES = re.compile(
    r"\b(?:tropas|fuerzas|ejército|ejércitos|soldados|militares|unidades|efectivos|"
    r"combatientes|marina|armada)\s+(?:armad[ao]s\s+)?"
    # or their state after "de" ("el Ejército de Myanmar", "las fuerzas armadas de Rusia")
    r"(?:del?\s+(?:la\s+|el\s+)?)?$",
    re.IGNORECASE,
)
PLAN = re.compile(
    # (and what is owed: "debe destruir", "tiene que", "se comprometió a")
    r"\b(?:va\s+a|van\s+a|prevé|espera|podría|podrían|deberá|deberán|planea|busca|debe|deben|"
    r"tiene\s+que|tienen\s+que|pretende|pretenden|se\s+comprometió\s+a)\s+"
    r"(?:[\wáéíóúñ]+\s+){0,3}$",
    re.IGNORECASE,
)
# a year-less date governed by a step still to come looks forward (dates.scheduled_cue): the
# future of any verb ("entrará en vigor el", "será", "tendrá lugar en"; -rá/-rán is the
# future's own ending), "está previsto para", "va a", "deberá", "vence el"
SCHEDULED = scheduled_cue(
    r"\b(?:[a-záéíóúñ]+rán?|(?:está|están)\s+(?:previst|programad|fijad)[oa]s?|"
    r"(?:previst|programad|fijad)[oa]s?\s+para|van?\s+a|vence|vencen)\b",
    r"que|cual|cuales|cuando|donde|quien|quienes|después|desde|tras",
)
PLACE_BEFORE = re.compile(r"\b(?:en|de|del|cerca\s+de)\s+(?:la\s+|el\s+)?$", re.IGNORECASE)
IN_BEFORE = re.compile(r"\b(?:en|cerca\s+de)\s+(?:la\s+|el\s+)?$", re.IGNORECASE)
# a state named as the other side of a border ("en la frontera con el Ecuador", "limítrofe con
# Venezuela") is where nothing happened
BORDER_BEFORE = re.compile(
    r"\b(?:frontera|límite|limítrofe|fronteriz[oa]s?|colindante)\s+con\s+(?:el\s+|la\s+)?$",
    re.IGNORECASE,
)
# items destroyed or made safe in the field (no stock word: clearance, KINDS K16), counted:
# "destruyeron 1.920 minas antipersonal", "hallaron y destruyeron 212 artefactos explosivos"
FIELD_DESTROYED = re.compile(
    r"\b(?:destruy(?:ó|eron|endo)|neutraliz(?:ó|aron|ando)|desactiv(?:ó|aron|ando)|"
    # the perfect: "han destruido 179.815 minas"
    r"(?:ha|han|había|habían)\s+(?:destruido|neutralizado|desactivado|retirado|removido)|"
    r"retir(?:ó|aron)|remov(?:ió|ieron)|"
    # the passive and the noun: "fueron destruidas 312 minas", "con la destrucción de 312 minas"
    r"(?:fueron|han\s+sido|se)\s+(?:destruid|neutralizad|desactivad|retirad)[oa]s|"
    r"(?:destrucción|neutralización|desactivación|remoción)\s+de)\s+"
    # the day between: "retiraron la semana pasada 300 minas", "destruyeron en febrero 40"
    r"(?P<day>(?:(?:" + _WHEN + r"|la|semana|mes|pasada|última)\s+){0,4}?)"
    r"(?:(?:un\s+total\s+de|más\s+de|al\s+menos)\s+)?"
    r"\d",
    re.IGNORECASE,
)
DEVICE_COUNT = re.compile(
    rf"(?P<n>{NUMBER})\s+(?P<unit>minas(?:\s+antipersona(?:l|les)?)?|artefactos\s+explosivos|"
    r"municiones\s+sin\s+(?:explotar|explosionar)|restos\s+explosivos)\b",
    re.IGNORECASE,
)
# a participle after the count: "312 minas antipersonal destruidas", "fueron neutralizados"
DESTROYED_AFTER = re.compile(
    r"\s*,?\s+(?:(?:fueron|han\s+sido|ya\s+)\s*)?(?:destruid|neutralizad|desactivad)[oa]s\b",
    re.IGNORECASE,
)
NON_STATE = re.compile(
    r"\b(?:FARC|Farc|ELN|disidencias?|guerrill\w+|Clan\s+del\s+Golfo|grupos?\s+armados?|"
    # groups by their own names, without the acronym
    r"Ejército\s+de\s+Liberación\s+Nacional|Estado\s+Mayor\s+Central|Segunda\s+Marquetalia|"
    r"Autodefensas\s+Gaitanistas|Sendero\s+Luminoso|Ejército\s+Popular\s+de\s+Liberación|"
    # the groups named again ("Estos grupos siembran minas")
    r"(?:[Ee]st|[Ee]s|[Dd]ich|[Aa]quell)os\s+grupos|AGC|paramilitar\w*)\b"
)
# a state's forces and a non-state group joined by "y" as one subject ("el ejército y grupos
# armados", "las guerrillas y las tropas del gobierno")
_ARMY = (
    # never a group's own name ("Ejército de Liberación Nacional", "Ejército Popular")
    r"\b(?:ejércitos?(?!\s+(?:de\s+Liberación|Popular|Revolucionario|de\s+Arakan))|fuerzas\s+(?:armadas|militares|gubernamentales|del\s+gobierno)|"
    r"tropas|soldados|militares|fuerza\s+pública|junta)\b"
)
ARMY_AND_GROUP = re.compile(
    rf"{_ARMY}[^.;:]{{0,50}}?\b(?:y|e|así\s+como)\s+[^.;:]{{0,40}}?(?:{NON_STATE.pattern})|"
    rf"(?:{NON_STATE.pattern})[^.;:]{{0,50}}?\b(?:y|e|así\s+como)\s+[^.;:]{{0,40}}?{_ARMY}",
    re.IGNORECASE,
)
