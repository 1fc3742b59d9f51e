"""Page furniture: the lines a news page prints around its story, in the languages read.

    is_furniture("Read also: Landmine kills two shepherds")   -> True
    is_furniture("Updated 3 hours ago")                       -> True
    is_furniture("Photo: Reuters / file")                     -> True
    opens_link_box("Related stories", inside=False)           -> True
    is_box_link("Deminers killed in Kandahar", inside=True)   -> True

A furniture line tells no event of the story: a "Read also" box or a ticker holds other
stories' headlines (often other mine incidents, in other countries), a page stamp dates the
page and not the event, a caption describes a photo, a tag list or a share bar names countries
the story is not about, a byline names the writer. ``sentences.split_sentences`` flags such a
line as chrome, so no event is drafted from it, no state is borrowed from it and it counts in
no document focus. Each family below is written for the page's own languages (English,
Spanish, Italian, Arabic, French, German, Portuguese, Russian, Ukrainian); a label must stand
at the start of its line and, where the word is also an ordinary opening ("Latest figures
show", "Direct talks"), be followed by its separator (a colon, a bar, a dash) or the line's end.
"""

from __future__ import annotations

import re

from minewatch.extract.gates import holds

# the labels of a box of links to other stories whose links may follow on the lines after it
# ("Read also", "Read more", "See also"; the other languages' in _BOXES)
_READ_ALSO = r"Read also|Read more|See also"
# labels that mark furniture wherever they open a line (the first list, kept from the first
# pass, long proven on the dev pages: "Posted by", "Read also", "Source:", "©")
_LABELS = (
    r"©|\(c\)(?=\s*(?:\d{4}|[Cc]opyright|[^\n]{0,50}$))|"
    rf"Posted by|Last updated|{_READ_ALSO}|Source:|Sources?:|"
    # "Related: ...", "Related Articles", "Share this: ...", never "Share of land cleared ..."
    r"Related(?=\s*(?:[:|]|stories|articles|news|posts|topics|documents|content|links|$))|"
    r"Share(?=\s*(?:[:|]|on\b|this\b|via\b|article|story|$))|"
    r"Reports?:|Photos?\b|Images?\b|Credits?\b|Tags?:|Jump to|Advertisement|"
    r"People are also reading|"
    r"https?://|Date\s*$|Breaking News|Accessibility links|Leave a comment|"
    r"Lire aussi|Voir aussi|Lea también|Vea también|Ver también|Le puede interesar|"
    r"Читайте\s+(?:также|тоже|також)|Смотрите также|Дивіться також|Etiquetas:|Compartir:|"
    r"Partager|Mots-clés"
)
# "(c)" is the copyright's before a year, "Copyright" or a short line ("(c) 2025 Reuters",
# "(c) The Associated Press"), an enumerated answer's before a sentence ("(c) Oman deposited
# its instrument of accession on 13 December 2017.")

# boxes of links to other stories and tickers, each label followed by its separator or the end
# of the line ("READ MORE: ...", "LEGGI ANCHE - ...", "Noticias relacionadas", "اقرأ أيضاً")
_BOXES = (
    # English
    r"also read|you (?:may|might) also (?:like|be interested in)|more (?:on this|from|stories)|"
    r"recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|top stories|"
    r"editor'?s picks|latest(?: news| stories)?|breaking|live updates|don'?t miss|"
    # Spanish
    r"lee también|también te puede interesar|te puede interesar|noticias relacionadas|"
    r"artículos relacionados|contenido relacionado|lo más leído|lo más visto|última hora|"
    r"te recomendamos|más noticias|"
    # Italian
    r"leggi anche|leggi pure|(?:ti )?potrebbe(?: anche)? interessar(?:e|ti)|articoli correlati|"
    r"notizie correlate|(?:i )?più letti|ultim'ora|ultima ora|le notizie del giorno|vedi anche|"
    r"guarda anche|"
    # Arabic (with and without the hamza and tanwin)
    r"[اإ]قرأ (?:أيضا|أيضاً|ايضا)|(?:أخبار|اخبار|مواضيع|مقالات) ذات صلة|الأكثر قراءة|عاجل|"
    r"شاهد أيضا|"
    # French
    r"[àa] lire aussi|sur le même sujet|les plus lus|direct|dernière minute|[àa] voir aussi|"
    # German
    r"lesen sie auch|mehr zum thema|auch interessant|meistgelesen|eilmeldung|"
    r"das könnte sie auch interessieren|weitere artikel|"
    # Portuguese
    r"leia (?:também|mais)|veja também|saiba mais|mais lidas|últimas|notícias relacionadas"
)
# tag lists, share bars, cookie notices, newsletter and paywall prompts
_PAGE = (
    r"(?:topics?|keywords?|filed under|temas|palabras clave|tag|argomenti|parole chiave|"
    r"الكلمات المفتاحية|وسوم|الوسوم|sujets|thèmes|schlagworte|schlagwörter|themen|assuntos|"
    r"palavras-chave)\s*:|"
    r"(?:we|this (?:web)?site) uses? cookies|we use cookies|utilizamos cookies|usamos cookies|"
    r"questo sito (?:utilizza|usa)|ce site utilise|nous utilisons des cookies|"
    r"wir verwenden cookies|diese website verwendet|este site (?:utiliza|usa)|"
    r"يستخدم (?:هذا )?الموقع|"
    r"sign up\b|subscribe\b|suscr[íi]bete|suscr[íi]base|iscriviti|abonnez-vous|"
    r"abonnieren sie|assine|inscreva-se|اشترك\s+(?:في\s+|ب)?(?:النشرة|نشرتنا|قناتنا)|"
    r"condividi|teilen\b|auf (?:facebook|x|twitter|whatsapp) teilen|partilh?ar|compartilhar|"
    r"compartir en|شارك(?:ها)?\s+(?:على|عبر)|مشاركة\s*:|"
    r"file photo|foto(?:grafía)?\s*:|fotos?\s*:|bild\s*:|"
    r"الصورة\s*:|صورة\s*:"
)
_LABEL = re.compile(rf"^\s*(?:{_LABELS}|{_PAGE})", re.IGNORECASE)
_BOX = re.compile(rf"^\s*(?:{_BOXES})(?=\s*(?:[:|–—•»›]|-\s|$))", re.IGNORECASE)
# a box's label alone on its line: the lines after it are its links
_BOX_HEADING = re.compile(rf"^\s*(?:{_BOXES})\s*[:|–—•»›-]?\s*$", re.IGNORECASE)
_READ_ALSO_LABEL = re.compile(_READ_ALSO, re.IGNORECASE)

# a page stamp: a label of publication or update with a figure ("Published: 12/03/2024 14:05",
# "Actualizado el 3 de junio", "Aggiornato il", "آخر تحديث", "Veröffentlicht am") or a time
# ago ("Updated 3 hours ago", "Hace 2 horas", "3 ore fa", "منذ 3 ساعات", "il y a 2 heures")
_STAMP_LABEL = re.compile(
    r"(?:^|[|·•–—-])\s*(?:(?:first |last )?(?:published|updated|posted|modified)|"
    r"actualizado|publicado|última actualización|aggiornato|pubblicato|ultimo aggiornamento|"
    r"آخر تحديث|نشر في|تاريخ النشر|publié|mis à jour|veröffentlicht|aktualisiert|atualizado|"
    r"atualização)\b",
    re.IGNORECASE,
)
_AGO = re.compile(
    r"\b\d+\s*(?:hours?|hrs?|minutes?|mins?|days?)\s+ago\b|\bhace\s+\d+\s*(?:minutos|horas|días)|"
    r"\b\d+\s*(?:ore|minuti|giorni)\s+fa\b|منذ\s+\d+\s*(?:ساعات|ساعة|دقائق|دقيقة|أيام|يوم)|"
    r"\bil y a\s+\d+\s*(?:heures?|minutes?|jours?)|\bvor\s+\d+\s*(?:Stunden|Minuten|Tagen)|"
    r"\bhá\s+\d+\s*(?:horas?|minutos?|dias?)",
    re.IGNORECASE,
)
# a date and a clock time alone on a short line ("Wednesday 22 April 2026 17:39 BST",
# "12/03/2024 10:15 AM", "June 24, 2022 3:22 pm"), the first pass's numeric stamps kept
_CLOCK = re.compile(r"(?<![\d.,])\d{1,2}[:h]\d{2}(?![\d.,])")
_YEAR_OR_DAY = re.compile(r"\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[./]\d{1,2}\b")
_NUMERIC_STAMP = re.compile(
    r"^[\s\d/.:,-]*(?:[AP]M)?\s*$|^\s*\w*\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|"
    r"^\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?\s+\d{1,2}:\d{2}"
)
# a byline: "By Sarah Mitchell", "Por Redacción", "di Marco Bianchi", "بقلم", "كتب:", "Par
# Claire Dubois", "Von Jonas Weber", "Written by ..."; a name follows (a capital), except the
# desk's own words ("Par la rédaction", "Von unserem Korrespondenten")
_BYLINE = re.compile(
    r"^\s*(?i:(?:(?:written|reporting|edited) )?by|por|di|par|von)\s*:?\s+"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+,?\s+(?:[A-ZÀ-ÖØ-Þ]|and |y |e |et |und )|[A-Z]{2,}\b|"
    r"(?i:la rédaction|la redacción|unsere[mnr]? |our staff))|"
    r"^\s*(?:بقلم\s*:?|كتب\s*:|تحرير\s*:)|^\s*(?i:redazione|redacción|rédaction|redaktion|redação)\b"
)
# a photo's caption: a credit in brackets or after a label anywhere on the line ("... in 2019.
# (Photo: AFP / file)", "(foto d'archivio ANSA)", "Credit: AP", "(صورة أرشيفية: أ ف ب)")
_CREDIT = re.compile(
    r"\((?:[^()]{0,20}\b)?(?:photo|foto|picture|image|bild|crédit|credit)\b[^()]{0,60}\)|"
    r"\b(?:photo|foto|picture|image|credit|crédit|bild)s?\s*(?:credit\s*)?:\s*"
    r"(?:[A-Z][\w.&-]*|[a-z]+\s*/)[^.]{0,50}$|"
    r"\((?:صورة|الصورة)[^()]{0,60}\)",
    re.IGNORECASE,
)
# the words every credit holds: a cheap test before the credit's pattern (``gates.holds``: on
# the lowered line, a few substring tests instead of a case-blind scan of every position)
_CREDIT_WORDS = ("phot", "foto", "pictur", "image", "credit", "crédit", "bild", "صورة")
_SENTENCE_END = re.compile(r"[.!?…؟]\s*$")


def is_furniture(line: str) -> bool:
    """Whether a line of a page is furniture (module docstring), not the story's text."""
    return furniture_kind(line) is not None


def furniture_kind(line: str) -> str | None:
    """What furniture a line is: "header" for a page stamp or a byline (the lines of a page's
    header, which end the headline's block as a heading does), "other" for the rest (boxes,
    tickers, captions, tags, share bars), None for the story's own text."""
    stripped = line.strip()
    if not stripped:
        return None
    if _LABEL.match(stripped) or _BOX.match(stripped) or _NUMERIC_STAMP.match(stripped):
        return "other"
    words = len(stripped.split())
    if words <= 14 and not _SENTENCE_END.search(stripped) and _is_stamp(stripped):
        return "header"
    if words <= 10 and not _SENTENCE_END.search(stripped) and _BYLINE.match(stripped):
        return "header"
    credited = words <= 60 and holds(stripped, _CREDIT_WORDS) and _CREDIT.search(stripped)
    return "other" if credited else None


def _is_stamp(line: str) -> bool:
    if _AGO.search(line):
        return True
    if _STAMP_LABEL.search(line):
        return any(char.isdigit() for char in line)
    return bool(_CLOCK.search(line) and _YEAR_OR_DAY.search(line))


def opens_link_box(line: str, inside: bool) -> bool:
    """Whether the lines after ``line`` are still a box of links to other stories: ``line``
    is a box's label alone ("Related stories", "Leggi anche", "اقرأ أيضاً"), a "Read also" or
    "Read more" line, or one of the box's links (``is_box_link``)."""
    stripped = line.strip()
    if _READ_ALSO_LABEL.match(stripped) or _BOX_HEADING.match(stripped):
        return True
    return is_box_link(line, inside)


def is_box_link(line: str, inside: bool) -> bool:
    """Whether ``line``, ``inside`` a box of links (``opens_link_box`` of the line before), is
    one of its links: a headline, with no sentence end."""
    stripped = line.strip()
    return inside and bool(stripped) and not stripped.endswith((".", "!", "?"))
