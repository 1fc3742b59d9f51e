"""The four forms we publish, one per field layer: hazard report, land release report, accident
and victim report, risk education session. Question names are the field layers' column names
(``minewatch.domain.field``), so a submission maps onto a layer row without a mapping file.

What every form shares: a reference and a date, the place (ISO 3166 alpha-3 code, admin areas
and their P-code), and the question "is it safe to record the location here, now?" before any
coordinates are asked for (IMSMA practice: nobody steps into a suspected area, or stays where
it is unsafe, to take a GPS reading). Personal details are asked only after the person has
agreed (consent questions gate them with ``relevant``).
"""

from __future__ import annotations

from minewatch.domain.forms import choices as c
from minewatch.domain.forms.model import Form, Question, Text, flat, group, repeat

VERSION = "2026113001"  # yyyymmddnn: ODK Central and Kobo compare versions as text
ISO3 = "regex(., '^[A-Z]{3}$')"
NOT_NEGATIVE = ". >= 0"
SAFE = "${safe_to_record} = 'yes'"
NOT_NEGATIVE_MESSAGE = Text("Cannot be negative", "No puede ser negativo")


def ask(kind: str, name: str, en: str, es: str, **options: object) -> Question:
    """A question with its English and Spanish label (``hint=(en, es)`` for a hint)."""
    hint = options.pop("hint", None)
    message = options.pop("constraint_message", None)
    return Question(
        kind,
        name,
        Text(en, es),
        hint=Text(*hint) if isinstance(hint, tuple) else None,
        constraint_message=Text(*message) if isinstance(message, tuple) else None,
        **options,  # type: ignore[arg-type]
    )


def count(name: str, en: str, es: str, relevant: str = "") -> Question:
    return Question(
        "integer",
        name,
        Text(en, es),
        constraint=NOT_NEGATIVE,
        constraint_message=NOT_NEGATIVE_MESSAGE,
        default="0",
        relevant=relevant,
    )


METADATA = (Question("start", "start"), Question("end", "end"))


def report_block(reference_hint: tuple[str, str]) -> tuple[Question, ...]:
    return group(
        "report",
        Text("Report", "Reporte"),
        ask(
            "text",
            "reference",
            "Reference",
            "Código de referencia",
            required=True,
            hint=reference_hint,
        ),
        ask(
            "date",
            "date",
            "Date",
            "Fecha",
            required=True,
            default="today()",
            constraint=". <= today()",
            constraint_message=("Cannot be in the future", "No puede ser una fecha futura"),
        ),
        ask("text", "operator", "Organisation reporting", "Organización que reporta"),
    )


def place_block() -> tuple[Question, ...]:
    return group(
        "place_group",
        Text("Place", "Lugar"),
        ask(
            "text",
            "iso3",
            "Country (ISO 3166 alpha-3 code)",
            "País (código ISO 3166 alfa-3)",
            required=True,
            constraint=ISO3,
            constraint_message=("Three capital letters, e.g. COL", "Tres mayúsculas, p. ej. COL"),
            hint=("e.g. COL, AFG, UKR", "p. ej. COL, AFG, UKR"),
        ),
        ask(
            "text",
            "admin1",
            "First-level admin area (province, department)",
            "División administrativa de primer nivel (departamento, provincia)",
        ),
        ask(
            "text",
            "admin2",
            "Second-level admin area (district, municipality)",
            "División administrativa de segundo nivel (municipio, distrito)",
        ),
        ask(
            "text",
            "admin_code",
            "Admin area P-code",
            "Código P (P-code) de la división",
            hint=(
                "As in the national gazetteer, e.g. CO05001",
                "Como en el nomenclátor nacional, p. ej. CO05001",
            ),
        ),
        ask(
            "text",
            "place",
            "Place name (village, path, landmark)",
            "Nombre del lugar (vereda, camino, punto de referencia)",
        ),
    )


def safe_question(about: tuple[str, str]) -> Question:
    return ask(
        "select_one yes_no",
        "safe_to_record",
        "Is it safe to record the location here, now?",
        "¿Es seguro registrar la ubicación aquí, ahora?",
        required=True,
        hint=about,
    )


DESCRIBE_INSTEAD = ask(
    "text",
    "location_description",
    "Describe the location in words",
    "Describa la ubicación con palabras",
    relevant="${safe_to_record} = 'no'",
    required=True,
    hint=(
        "Distances and directions from a landmark; no coordinates",
        "Distancias y direcciones desde un punto de referencia; sin coordenadas",
    ),
)


HAZARD_REPORT = Form(
    name="hazard-report",
    form_id="minewatch_hazard_report",
    version=VERSION,
    title=Text("Hazard report", "Reporte de área peligrosa"),
    description=Text(
        "A suspected or confirmed hazardous area: evidence, devices, blockages, boundary.",
        "Un área peligrosa sospechosa o confirmada: evidencia, artefactos, bloqueos, límites.",
    ),
    layer="hazards",
    instance_name="concat(${reference}, ' ', ${hazard_type})",
    survey=flat(
        METADATA,
        report_block(
            ("Your hazard reference, e.g. HA-COL-0042", "Su código de área, p. ej. HA-COL-0042")
        ),
        place_block(),
        group(
            "informant_group",
            Text("Informant", "Informante"),
            ask(
                "select_one yes_no",
                "informant_consent",
                "Does the informant agree that their name and phone number are recorded and "
                "shared with the national mine action authority?",
                "¿Acepta el informante que su nombre y teléfono se registren y se compartan con "
                "la autoridad nacional de acción contra minas?",
                required=True,
            ),
            ask(
                "text",
                "informant_name",
                "Informant's name",
                "Nombre del informante",
                relevant="${informant_consent} = 'yes'",
            ),
            ask(
                "text",
                "informant_phone",
                "Informant's phone",
                "Teléfono del informante",
                relevant="${informant_consent} = 'yes'",
                appearance="numbers",
                constraint="regex(., '^[+]?[0-9 ]{6,20}$')",
                constraint_message=(
                    "Digits only, e.g. +57 300 1234567",
                    "Solo dígitos, p. ej. +57 300 1234567",
                ),
            ),
            ask(
                "select_one informant_role",
                "informant_role",
                "Informant's role",
                "Rol del informante",
            ),
        ),
        group(
            "hazard_group",
            Text("Hazardous area", "Área peligrosa"),
            ask("text", "name", "Name of the area", "Nombre del área"),
            ask(
                "select_one hazard_type",
                "hazard_type",
                "Type of area",
                "Tipo de área",
                required=True,
                hint=(
                    "Confirmed (CHA) only with direct evidence",
                    "Confirmada (CHA) solo con evidencia directa",
                ),
            ),
            ask(
                "select_one hazard_status",
                "status",
                "Status",
                "Estado",
                default="open",
                required=True,
            ),
            ask(
                "select_one evidence_kind",
                "evidence_kind",
                "Kind of evidence",
                "Tipo de evidencia",
                required=True,
                constraint="${hazard_type} != 'CHA' or . = 'direct'",
                constraint_message=(
                    "A confirmed area needs direct evidence",
                    "Un área confirmada requiere evidencia directa",
                ),
            ),
            ask(
                "select_multiple evidence",
                "evidence",
                "Evidence of contamination",
                "Evidencia de contaminación",
                required=True,
            ),
            ask(
                "select_multiple device_type",
                "device_types",
                "Devices suspected or found",
                "Artefactos sospechados o encontrados",
            ),
            ask(
                "select_multiple blockage",
                "blockages",
                "What the area blocks",
                "Qué bloquea el área",
                required=True,
                constraint="not(selected(., 'none')) or count-selected(.) = 1",
                constraint_message=(
                    "'None' cannot go with other answers",
                    "'Ninguno' no puede ir con otras respuestas",
                ),
            ),
            ask("select_one priority", "priority", "Priority", "Prioridad"),
        ),
        group(
            "location_group",
            Text("Location", "Ubicación"),
            safe_question(
                (
                    "Never enter a suspected area to record it; map its edge from safe ground",
                    "Nunca entre a un área sospechosa para registrarla; marque "
                    "su borde desde terreno seguro",
                )
            ),
            ask(
                "geoshape",
                "shape",
                "Boundary of the hazardous area",
                "Límite del área peligrosa",
                relevant=SAFE,
                hint=(
                    "Walk or trace the edge from outside the area",
                    "Recorra o trace el borde desde fuera del área",
                ),
            ),
            ask(
                "geopoint",
                "point",
                "Reference point of the area",
                "Punto de referencia del área",
                relevant=SAFE + " and ${shape} = ''",
                required=True,
                hint=(
                    "Only when the boundary cannot be drawn",
                    "Solo si no se puede trazar el límite",
                ),
            ),
            DESCRIBE_INSTEAD,
        ),
        ask("text", "notes", "Notes", "Observaciones", appearance="multiline"),
    ),
    lists=(
        c.YES_NO,
        c.INFORMANT_ROLE,
        c.HAZARD_TYPE,
        c.HAZARD_STATUS,
        c.EVIDENCE_KIND,
        c.EVIDENCE,
        c.DEVICE_TYPE,
        c.BLOCKAGE,
        c.PRIORITY,
    ),
)

AREAS = (
    ("area_cancelled_m2", "non_technical_survey", "Area cancelled (m²)", "Área cancelada (m²)"),
    ("area_reduced_m2", "technical_survey", "Area reduced (m²)", "Área reducida (m²)"),
    ("area_cleared_m2", "clearance", "Area cleared (m²)", "Área despejada (m²)"),
)
DEVICES = (
    ("devices_ap", "Anti-personnel mines", "Minas antipersonal"),
    ("devices_at", "Anti-vehicle mines", "Minas antivehículo"),
    ("devices_uxo", "Unexploded ordnance", "Munición sin explotar"),
    ("devices_ied", "Improvised explosive devices", "Artefactos explosivos improvisados"),
    ("devices_other", "Other explosive ordnance", "Otros artefactos explosivos"),
)

LAND_RELEASE_REPORT = Form(
    name="land-release-report",
    form_id="minewatch_land_release",
    version=VERSION,
    title=Text("Land release report", "Reporte de liberación de tierras"),
    description=Text(
        "Survey, clearance, EOD or handover on one hazardous area: area released, devices "
        "destroyed.",
        "Estudio, despeje, EOD o entrega en un área peligrosa: área liberada, artefactos "
        "destruidos.",
    ),
    layer="activities",
    instance_name="concat(${reference}, ' ', ${activity_type})",
    survey=flat(
        METADATA,
        report_block(
            ("Your task reference, e.g. TS-2026-017", "Su código de tarea, p. ej. TS-2026-017")
        ),
        place_block(),
        group(
            "activity_group",
            Text("Activity", "Actividad"),
            ask(
                "text",
                "hazard_ref",
                "Reference of the hazardous area",
                "Código del área peligrosa",
                required=True,
            ),
            ask(
                "select_one activity_type", "activity_type", "Activity", "Actividad", required=True
            ),
            ask(
                "date",
                "end_date",
                "Date finished",
                "Fecha de finalización",
                constraint=". >= ${date}",
                constraint_message=(
                    "Cannot be before the start date",
                    "No puede ser anterior a la fecha de inicio",
                ),
            ),
            ask("select_one method", "method", "Method", "Método"),
            *(
                ask(
                    "decimal",
                    name,
                    en,
                    es,
                    relevant=f"${{activity_type}} = '{kind}'",
                    required=True,
                    constraint=NOT_NEGATIVE,
                    constraint_message=("Cannot be negative", "No puede ser negativo"),
                    hint=(
                        "Square metres, as measured on the ground",
                        "Metros cuadrados, medidos en terreno",
                    ),
                )
                for name, kind, en, es in AREAS
            ),
        ),
        group(
            "devices_group",
            Text("Devices found and destroyed", "Artefactos encontrados y destruidos"),
            *(count(name, en, es) for name, en, es in DEVICES),
            Question(
                "calculate",
                "devices_total",
                calculation=" + ".join(f"${{{name}}}" for name, _, _ in DEVICES),
            ),
        ),
        group(
            "handover_group",
            Text("Handover", "Entrega"),
            ask(
                "select_one handover_to",
                "handover_to",
                "Land handed over to",
                "Tierra entregada a",
                required=True,
            ),
            ask(
                "text",
                "handover_document",
                "Handover certificate number",
                "Número del acta de entrega",
            ),
            relevant="${activity_type} = 'handover'",
        ),
        group(
            "location_group",
            Text("Location", "Ubicación"),
            safe_question(
                (
                    "Record from cleared or safe ground only",
                    "Registre solo desde terreno despejado o seguro",
                )
            ),
            ask(
                "geoshape",
                "shape",
                "Boundary of the land released",
                "Límite de la tierra liberada",
                relevant=SAFE,
            ),
            DESCRIBE_INSTEAD,
        ),
        ask("text", "notes", "Notes", "Observaciones", appearance="multiline"),
    ),
    lists=(c.YES_NO, c.ACTIVITY_TYPE, c.METHOD, c.HANDOVER_TO),
)

PERSONAL = "${consent_record} = 'yes'"

ACCIDENT_VICTIM_REPORT = Form(
    name="accident-victim-report",
    form_id="minewatch_accident_victim",
    version=VERSION,
    title=Text("Accident and victim report", "Reporte de accidente y víctimas"),
    description=Text(
        "A mine or explosive ordnance accident and each person killed or injured. Victim "
        "details are personal data: asked only with consent, never published.",
        "Un accidente por mina o artefacto explosivo y cada persona muerta o herida. Los datos "
        "de las víctimas son personales: se piden solo con consentimiento y nunca se publican.",
    ),
    layer="accidents",
    extra_layers=("victims",),
    instance_name="concat(${reference}, ' ', ${date})",
    survey=flat(
        METADATA,
        report_block(
            (
                "Your accident reference, e.g. ACC-COL-2026-003",
                "Su código de accidente, p. ej. ACC-COL-2026-003",
            )
        ),
        place_block(),
        group(
            "accident_group",
            Text("Accident", "Accidente"),
            ask("select_one area_type", "area_type", "Area", "Área"),
            ask("select_one device_type", "device_type", "Device", "Artefacto", required=True),
            count("killed", "People killed", "Personas muertas"),
            count("injured", "People injured", "Personas heridas"),
        ),
        group(
            "location_group",
            Text("Location", "Ubicación"),
            safe_question(
                (
                    "Do not return to the accident site to record it",
                    "No regrese al sitio del accidente para registrarlo",
                )
            ),
            ask(
                "geopoint",
                "location",
                "Accident site",
                "Sitio del accidente",
                relevant=SAFE,
                required=True,
                hint=(
                    "Or the nearest safe point; the accuracy is kept",
                    "O el punto seguro más cercano; se guarda la precisión",
                ),
            ),
            DESCRIBE_INSTEAD,
        ),
        repeat(
            "victims",
            Text("Victim", "Víctima"),
            ask(
                "select_one yes_no",
                "consent_record",
                "Does the person (or for a child or a person killed, their guardian or next of "
                "kin) agree that their personal details are recorded?",
                "¿Acepta la persona (o, si es menor de edad o falleció, su tutor o familiar) que "
                "se registren sus datos personales?",
                required=True,
            ),
            ask("select_one sex", "sex", "Sex", "Sexo", required=True),
            ask("select_one age_band", "age_band", "Age group", "Grupo de edad", required=True),
            ask(
                "integer",
                "age",
                "Age (years)",
                "Edad (años)",
                relevant=PERSONAL,
                constraint=". >= 0 and . <= 120 and (${age_band} != 'child' or . < 18) and "
                "(${age_band} != 'adult' or . >= 18)",
                constraint_message=(
                    "0–120, and in the age group chosen",
                    "Entre 0 y 120, y dentro del grupo de edad elegido",
                ),
            ),
            ask(
                "select_one victim_category",
                "category",
                "Civilian or security forces",
                "Civil o fuerza pública",
                required=True,
            ),
            ask(
                "select_one outcome",
                "outcome",
                "Killed or injured",
                "Muerto o herido",
                required=True,
            ),
            ask(
                "select_one victim_activity",
                "activity",
                "Activity at the time",
                "Actividad en el momento",
                relevant=PERSONAL,
            ),
            ask(
                "text",
                "ethnicity",
                "Ethnic group (as the person states it)",
                "Pertenencia étnica (según la declara la persona)",
                relevant=PERSONAL,
            ),
            ask(
                "select_one yes_no",
                "consent_authorities",
                "May these details be shared with the national authorities?",
                "¿Se pueden compartir estos datos con las autoridades nacionales?",
                relevant=PERSONAL,
                required=True,
            ),
            ask(
                "select_one yes_no",
                "consent_ngos",
                "May these details be shared with organisations that assist victims?",
                "¿Se pueden compartir estos datos con organizaciones que asisten a víctimas?",
                relevant=PERSONAL,
                required=True,
            ),
            relevant="${killed} + ${injured} > 0",
        ),
        ask("text", "notes", "Notes", "Observaciones", appearance="multiline"),
    ),
    lists=(
        c.YES_NO,
        c.AREA_TYPE,
        c.DEVICE_TYPE,
        c.SEX,
        c.AGE_BAND,
        c.VICTIM_CATEGORY,
        c.OUTCOME,
        c.VICTIM_ACTIVITY,
    ),
)

AUDIENCE = tuple(
    (f"audience_{sex}_{band}", f"{sex_en}, {band_en}", f"{sex_es}, {band_es}")
    for sex, sex_en, sex_es in (
        ("female", "Women and girls", "Mujeres y niñas"),
        ("male", "Men and boys", "Hombres y niños"),
    )
    for band, band_en, band_es in (
        ("5_12", "aged 5–12", "de 5 a 12 años"),
        ("13_17", "aged 13–17", "de 13 a 17 años"),
        ("18plus", "aged 18 or over", "de 18 años o más"),
    )
)

RISK_EDUCATION_SESSION = Form(
    name="risk-education-session",
    form_id="minewatch_risk_education",
    version=VERSION,
    title=Text("Risk education session", "Sesión de educación en el riesgo"),
    description=Text(
        "One explosive ordnance risk education session and its audience by sex and age band.",
        "Una sesión de educación en el riesgo de artefactos explosivos y su público por sexo y "
        "edad.",
    ),
    layer="eore",
    instance_name="concat(${reference}, ' ', ${date})",
    survey=flat(
        METADATA,
        report_block(
            (
                "Your session reference, e.g. ERM-2026-112",
                "Su código de sesión, p. ej. ERM-2026-112",
            )
        ),
        place_block(),
        group(
            "session_group",
            Text("Session", "Sesión"),
            ask(
                "select_one eore_method",
                "method",
                "How it was delivered",
                "Modalidad",
                required=True,
            ),
            ask(
                "select_multiple eore_topic",
                "topic",
                "Topics covered",
                "Temas tratados",
                required=True,
            ),
        ),
        group(
            "audience_group",
            Text("Audience", "Participantes"),
            *(count(name, en, es) for name, en, es in AUDIENCE),
            Question(
                "calculate",
                "audience_total",
                calculation=" + ".join(f"${{{name}}}" for name, _, _ in AUDIENCE),
            ),
            ask(
                "note",
                "audience_check",
                "Total: ${audience_total} people",
                "Total: ${audience_total} personas",
            ),
        ),
        group(
            "location_group",
            Text("Location", "Ubicación"),
            safe_question(
                (
                    "The session place, if it is safe to record",
                    "El lugar de la sesión, si es seguro registrarlo",
                )
            ),
            ask("geopoint", "location", "Session place", "Lugar de la sesión", relevant=SAFE),
            DESCRIBE_INSTEAD,
        ),
        ask("text", "notes", "Notes", "Observaciones", appearance="multiline"),
    ),
    lists=(c.YES_NO, c.EORE_METHOD, c.EORE_TOPIC),
)

FORMS: dict[str, Form] = {
    form.name: form
    for form in (HAZARD_REPORT, LAND_RELEASE_REPORT, ACCIDENT_VICTIM_REPORT, RISK_EDUCATION_SESSION)
}
