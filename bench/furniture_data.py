"""Page furniture written by the team for bench/furniture_eval.py: lines a news page carries
around its story, in the languages the held-out passages are written in.

Every line here is our own wording (nothing is copied from a real page or from
``../shared/eval-dev``). Fields in braces are filled per passage by the bench:

- ``{other}``, ``{other2}``: a headline about another mine story, in another country
  (``OTHER_STORIES``); the gold of the passage never holds it, so any event drawn from it is a
  false positive (the eval-dev gold treats "Read also" headlines as distractors);
- ``{country}``, ``{country2}``: a country name, not one of the passage's gold states;
- ``{pub_*}`` and ``{upd_*}``: the publication day and the next day (an update), spelled in the
  language: ``dd``, ``mm``, ``yyyy``, ``d``, ``month``, ``weekday``; ``{hh}:{mi}`` a time;
- ``{n}``: a small number (hours ago).

A template that names ``pub_`` or ``upd_`` fields is used only for passages with a full
publication date (a page dated by month or year, or not at all, shows a relative stamp).
"""

from __future__ import annotations

LANGUAGES = ("en", "es", "it", "ar", "fr", "de", "pt")

# countries the furniture names, in each language (ISO3 first: a passage's own gold states are
# never used, so a headline is always about someone else's story)
COUNTRIES: dict[str, dict[str, str]] = {
    "AGO": {"en": "Angola", "es": "Angola", "it": "Angola", "ar": "أنغولا", "fr": "Angola"}
    | {"de": "Angola", "pt": "Angola"},
    "LAO": {"en": "Laos", "es": "Laos", "it": "Laos", "ar": "لاوس", "fr": "Laos", "de": "Laos"}
    | {"pt": "Laos"},
    "YEM": {"en": "Yemen", "es": "Yemen", "it": "Yemen", "ar": "اليمن", "fr": "Yémen"}
    | {"de": "Jemen", "pt": "Iémen"},
    "COL": {"en": "Colombia", "es": "Colombia", "it": "Colombia", "ar": "كولومبيا"}
    | {"fr": "Colombie", "de": "Kolumbien", "pt": "Colômbia"},
    "MMR": {"en": "Myanmar", "es": "Myanmar", "it": "Myanmar", "ar": "ميانمار"}
    | {"fr": "Birmanie", "de": "Myanmar", "pt": "Mianmar"},
    "KHM": {"en": "Cambodia", "es": "Camboya", "it": "Cambogia", "ar": "كمبوديا"}
    | {"fr": "Cambodge", "de": "Kambodscha", "pt": "Camboja"},
    "SYR": {"en": "Syria", "es": "Siria", "it": "Siria", "ar": "سوريا", "fr": "Syrie"}
    | {"de": "Syrien", "pt": "Síria"},
    "UKR": {"en": "Ukraine", "es": "Ucrania", "it": "Ucraina", "ar": "أوكرانيا"}
    | {"fr": "Ukraine", "de": "Ukraine", "pt": "Ucrânia"},
}

# headlines of other stories: incidents, clearance and a treaty step, as a related-links box
# or a ticker shows them (no full stop, as headlines are written)
OTHER_STORIES: dict[str, tuple[str, ...]] = {
    "en": (
        "Landmine kills two shepherds in {country}",
        "Three soldiers wounded by anti-personnel mine in {country}",
        "{country} deminers clear 40 hectares of farmland near the border",
        "{country} lawmakers vote to leave the mine ban treaty",
        "Boy, 9, loses a leg to a mine blast in northern {country}",
    ),
    "es": (
        "Una mina antipersonal mata a dos pastores en {country}",
        "Tres soldados heridos por una mina antipersonal en {country}",
        "{country} despeja 40 hectáreas de campos minados cerca de la frontera",
        "El Parlamento de {country} vota abandonar el tratado contra las minas",
    ),
    "it": (
        "Mina antiuomo uccide due pastori in {country}",
        "Tre soldati feriti da una mina antiuomo in {country}",
        "{country}, bonificati 40 ettari di terreni agricoli al confine",
        "Il parlamento di {country} vota l'uscita dal trattato sulle mine",
    ),
    "ar": (
        "مقتل راعيين بانفجار لغم أرضي في {country}",
        "إصابة ثلاثة جنود بانفجار لغم مضاد للأفراد في {country}",
        "تطهير 40 هكتارا من الأراضي الزراعية من الألغام في {country}",
    ),
    "fr": (
        "{country} : deux bergers tués par une mine antipersonnel",
        "{country} : trois soldats blessés par l'explosion d'une mine",
        "{country} : 40 hectares de terres agricoles déminés près de la frontière",
    ),
    "de": (
        "{country}: Landmine tötet zwei Hirten",
        "{country}: Drei Soldaten durch Antipersonenmine verletzt",
        "{country}: Minenräumer säubern 40 Hektar Ackerland",
    ),
    "pt": (
        "Mina antipessoal mata dois pastores em {country}",
        "Três soldados feridos por uma mina terrestre em {country}",
        "{country} desminou 40 hectares de terras agrícolas junto à fronteira",
    ),
}

# the furniture kinds: each a tuple of templates per language; a template may hold "\n" (a box
# heading on its own line, then its links)
FURNITURE: dict[str, dict[str, tuple[str, ...]]] = {
    "byline": {
        "en": (
            "By Sarah Mitchell and Tom Reyes",
            "By Staff Reporter | The Morning Ledger",
            "Written by Daniel Okafor, Defence Correspondent",
        ),
        "es": ("Por Redacción Internacional", "Por: María José Gutiérrez | Corresponsal"),
        "it": ("di Marco Bianchi", "Redazione Esteri"),
        "ar": ("بقلم: أحمد الخطيب", "كتب: محرر الشؤون الدولية"),
        "fr": ("Par Claire Dubois, envoyée spéciale", "Par la rédaction"),
        "de": ("Von Jonas Weber", "Von unserem Korrespondenten"),
        "pt": ("Por Ana Ribeiro, da Redação",),
    },
    "timestamp": {
        "en": (
            "Published: {pub_dd}/{pub_mm}/{pub_yyyy} {hh}:{mi} GMT+3",
            "Updated {n} hours ago",
            "Last updated: {upd_month} {upd_d}, {upd_yyyy} at {h}:{mi} a.m. ET",
            "{pub_weekday} {pub_d} {pub_month} {pub_yyyy} {hh}:{mi} BST",
            "{pub_month} {pub_d}, {pub_yyyy} | Updated {upd_month} {upd_d}, {upd_yyyy}",
        ),
        "es": (
            "Actualizado el {upd_d} de {upd_month} de {upd_yyyy}, {hh}:{mi}",
            "Publicado: {pub_dd}/{pub_mm}/{pub_yyyy} - {hh}:{mi} h",
            "Hace {n} horas",
        ),
        "it": (
            "Aggiornato il {upd_d} {upd_month} {upd_yyyy} alle {hh}:{mi}",
            "Pubblicato: {pub_dd}/{pub_mm}/{pub_yyyy} - {hh}:{mi}",
            "{n} ore fa",
        ),
        "ar": (
            "آخر تحديث: {upd_dd}/{upd_mm}/{upd_yyyy} - {hh}:{mi}",
            "نشر في {pub_d} {pub_month} {pub_yyyy}",
            "منذ {n} ساعات",
        ),
        "fr": (
            "Publié le {pub_d} {pub_month} {pub_yyyy} à {hh}h{mi}",
            "Mis à jour il y a {n} heures",
        ),
        "de": (
            "Veröffentlicht am {pub_dd}.{pub_mm}.{pub_yyyy} um {hh}:{mi} Uhr",
            "Aktualisiert vor {n} Stunden",
        ),
        "pt": ("Publicado em {pub_dd}/{pub_mm}/{pub_yyyy} às {hh}h{mi}", "Atualizado há {n} horas"),
    },
    "related": {
        "en": (
            "Read also: {other}",
            "READ MORE: {other}",
            "Related: {other}",
            "Related stories\n{other}\n{other2}",
            "You may also like: {other}",
        ),
        "es": (
            "Lee también: {other}",
            "Te puede interesar: {other}",
            "Noticias relacionadas\n{other}\n{other2}",
        ),
        "it": ("Leggi anche: {other}", "LEGGI ANCHE - {other}", "Articoli correlati\n{other}"),
        "ar": ("اقرأ أيضا: {other}", "اقرأ أيضاً\n{other}", "أخبار ذات صلة\n{other}\n{other2}"),
        "fr": ("À lire aussi : {other}", "LIRE AUSSI - {other}"),
        "de": ("Lesen Sie auch: {other}", "Mehr zum Thema\n{other}\n{other2}"),
        "pt": ("Leia também: {other}", "Veja também: {other}"),
    },
    "ticker": {
        "en": ("BREAKING: {other}", "LATEST NEWS | {other} | {other2}", "Trending now: {other}"),
        "es": ("ÚLTIMA HORA: {other}", "Lo más leído | {other}"),
        "it": ("ULTIM'ORA | {other}", "Le notizie del giorno: {other}"),
        "ar": ("عاجل | {other}", "الأكثر قراءة: {other}"),
        "fr": ("DIRECT | {other}", "Les plus lus : {other}"),
        "de": ("EILMELDUNG: {other}", "Meistgelesen: {other}"),
        "pt": ("ÚLTIMAS: {other}", "Mais lidas: {other}"),
    },
    "caption": {
        "en": (
            "A deminer checks a field outside a village in {country} in 2019. (Photo: AFP / file)",
            "Photo: Reuters / file",
            "File photo: anti-personnel mines seized by police in {country} are shown to the "
            "press. Credit: AP",
        ),
        "es": (
            "Un desminador revisa un terreno en {country}, en una imagen de archivo. (Foto: EFE)",
            "Foto: EFE / Archivo",
        ),
        "it": ("Uno sminatore al lavoro in {country} (foto d'archivio ANSA)", "Foto: ANSA"),
        "ar": ("خبير ألغام يفحص حقلا في {country} (صورة أرشيفية: أ ف ب)", "الصورة: رويترز"),
        "fr": ("Un démineur au travail, {country}, en 2019. (Photo : AFP / archives)",),
        "de": ("Ein Minenräumer bei der Arbeit in {country}. Foto: dpa / Archiv",),
        "pt": ("Um sapador inspeciona um campo em {country}. (Foto: Lusa / arquivo)",),
    },
    "tags": {
        "en": (
            "Tags: landmines, demining, {country}, {country2}, Ottawa Convention",
            "Topics: {country} | Mines | Human rights",
        ),
        "es": (
            "Etiquetas: minas antipersonal, {country}, {country2}",
            "Temas: {country}, desminado",
        ),
        "it": ("Tag: mine antiuomo, {country}, sminamento", "Argomenti: {country}"),
        "ar": ("الكلمات المفتاحية: ألغام، {country}، {country2}", "وسوم: {country}"),
        "fr": ("Mots-clés : mines antipersonnel, {country}", "Sujets : {country}"),
        "de": ("Schlagworte: Landminen, {country}, {country2}", "Themen: {country}"),
        "pt": ("Tags: minas terrestres, {country}", "Temas: {country}"),
    },
    "share": {
        "en": (
            "Share on Facebook Share on X Share on WhatsApp Copy link",
            "We use cookies to improve your experience on our site. By continuing to browse you "
            "accept our cookie policy.",
            "Sign up for our morning newsletter and get the day's top stories in your inbox.",
            "Subscribe now to keep reading and get unlimited access.",
        ),
        "es": (
            "Compartir en Facebook Compartir en X Copiar enlace",
            "Utilizamos cookies propias y de terceros para mejorar tu experiencia. Si continúas "
            "navegando, aceptas su uso.",
            "Suscríbete a nuestro boletín y recibe las noticias del día.",
        ),
        "it": (
            "Condividi su Facebook Condividi su WhatsApp",
            "Questo sito utilizza cookie per migliorare la tua esperienza. Proseguendo nella "
            "navigazione ne accetti l'uso.",
            "Iscriviti alla newsletter e ricevi le notizie del giorno.",
        ),
        "ar": (
            "شارك على فيسبوك شارك على تويتر",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
            "اشترك في نشرتنا البريدية.",
        ),
        "fr": ("Partager sur Facebook Partager sur X", "Abonnez-vous à notre newsletter."),
        "de": ("Auf Facebook teilen Auf X teilen", "Abonnieren Sie unseren Newsletter."),
        "pt": ("Partilhar no Facebook Partilhar no X", "Assine a nossa newsletter."),
    },
}

# a wire service's code, before the first paragraph ("start") or after one ("middle", "end")
AGENCY_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("(AA) - ", "(Reuters) - ", "(AFP) — "),
    "es": ("(EFE).- ", "(AFP) - "),
    "it": ("(ANSA) - ", "(AGI) - "),
    "ar": ("(واس) - ", "(أ ف ب) - "),
    "fr": ("(AFP) - ",),
    "de": ("(dpa) - ",),
    "pt": ("(Lusa) - ",),
}
AGENCY_AFTER: dict[str, tuple[str, ...]] = {
    "en": (" — Reuters", " /ANI/", " (AA)"),
    "es": (" (EFE)", " Con información de AFP."),
    "it": (" (ANSA).", " (AGI)"),
    "ar": (" (أ ف ب)", " — رويترز"),
    "fr": (" (AFP)",),
    "de": (" (dpa)",),
    "pt": (" (Lusa)",),
}

# an all-caps dateline opening the first paragraph, city in capitals ("{city}"), the day where
# the publication date gives one
DATELINE: dict[str, tuple[str, ...]] = {
    "en": ("{city}, {pub_month} {pub_d} (Reuters) - ", "{city} (AP) — "),
    "es": ("{city}, {pub_d} {pub_mon} (EFE).- ", "{city} (AFP) - "),
    "it": ("{city}, {pub_d} {pub_mon} - ", "{city} (ANSA) - "),
    "ar": ("{city} - (أ ف ب) - ",),
    "fr": ("{city}, {pub_d} {pub_mon} (AFP) - ",),
    "de": ("{city}, {pub_d}. {pub_month} (dpa) - ",),
    "pt": ("{city}, {pub_d} {pub_mon} (Lusa) - ",),
}

MONTHS: dict[str, list[str]] = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
