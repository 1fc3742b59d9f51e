"""The choice lists our forms offer, with English and Spanish labels: one place for them all.

Codes are the values stored and exported; they are the field layers' vocabulary (DESIGN §5,
IMAS 04.10 terms and IMSMA practice: SHA / CHA, cancelled / reduced / cleared, anti-personnel /
anti-vehicle mines, UXO, IED; casualties by sex, adult/child, civilian / security forces, killed
/ injured; risk-education audiences by sex × age band 5–12, 13–17, 18+). A list that the field
layers also define (``minewatch.domain.field``) must keep the same codes; a test checks it.
Spanish terms follow the Colombian mine action authority's usage (AICMA: "área peligrosa
confirmada", "munición sin explotar", "fuerza pública").
"""

from __future__ import annotations

from minewatch.domain.forms.model import Choice, ChoiceList, Text


def choice_list(name: str, *items: tuple[str, str, str]) -> ChoiceList:
    return ChoiceList(name, tuple(Choice(code, Text(en, es)) for code, en, es in items))


YES_NO = choice_list("yes_no", ("yes", "Yes", "Sí"), ("no", "No", "No"))
HAZARD_TYPE = choice_list(
    "hazard_type",
    ("SHA", "Suspected hazardous area (SHA)", "Área peligrosa sospechosa (SHA)"),
    ("CHA", "Confirmed hazardous area (CHA)", "Área peligrosa confirmada (CHA)"),
)
HAZARD_STATUS = choice_list(
    "hazard_status",
    ("open", "Open", "Abierta"),
    ("in_progress", "Work in progress", "En intervención"),
    ("released", "Released", "Liberada"),
)
EVIDENCE_KIND = choice_list(
    "evidence_kind",
    (
        "direct",
        "Direct evidence (a device or an accident)",
        "Evidencia directa (artefacto o accidente)",
    ),
    (
        "indirect",
        "Indirect evidence (reports, records)",
        "Evidencia indirecta (reportes, registros)",
    ),
)
EVIDENCE = choice_list(
    "evidence",
    ("visual", "A device was seen", "Se vio un artefacto"),
    ("accident", "An accident or incident happened here", "Ocurrió un accidente o incidente"),
    ("verbal", "Verbal report by an informant", "Reporte verbal de un informante"),
    ("records", "Military or historical records, maps", "Registros militares o históricos, mapas"),
    ("find", "A device was found and removed", "Se encontró y retiró un artefacto"),
    ("other", "Other", "Otra"),
)
DEVICE_TYPE = choice_list(
    "device_type",
    ("ap", "Anti-personnel mine", "Mina antipersonal"),
    ("at", "Anti-vehicle mine", "Mina antivehículo"),
    ("uxo", "Unexploded ordnance (UXO)", "Munición sin explotar (MUSE)"),
    ("ied", "Improvised explosive device (IED)", "Artefacto explosivo improvisado (AEI)"),
    ("other", "Other explosive ordnance", "Otro artefacto explosivo"),
    ("unknown", "Unknown", "Desconocido"),
)
BLOCKAGE = choice_list(
    "blockage",
    ("roads", "Roads and paths", "Caminos y senderos"),
    ("agriculture", "Farmland", "Tierras de cultivo"),
    ("grazing", "Grazing land", "Zonas de pastoreo"),
    ("water", "Water sources", "Fuentes de agua"),
    ("housing", "Housing", "Vivienda"),
    ("infrastructure", "Schools, health posts, power lines", "Escuelas, puestos de salud, redes"),
    ("forest", "Forest, firewood", "Bosque, leña"),
    ("none", "None", "Ninguno"),
)
PRIORITY = choice_list(
    "priority", ("high", "High", "Alta"), ("medium", "Medium", "Media"), ("low", "Low", "Baja")
)
INFORMANT_ROLE = choice_list(
    "informant_role",
    ("resident", "Resident", "Habitante"),
    ("local_authority", "Local authority or community leader", "Autoridad o líder comunitario"),
    ("survivor", "Survivor", "Sobreviviente"),
    ("deminer", "Deminer", "Desminador"),
    ("security_forces", "Military or police", "Fuerza pública"),
    ("other", "Other", "Otro"),
)
ACTIVITY_TYPE = choice_list(
    "activity_type",
    (
        "non_technical_survey",
        "Non-technical survey (area cancelled)",
        "Estudio no técnico (área cancelada)",
    ),
    ("technical_survey", "Technical survey (area reduced)", "Estudio técnico (área reducida)"),
    ("clearance", "Clearance (area cleared)", "Despeje (área despejada)"),
    ("eod_spot_task", "EOD spot task", "Tarea puntual de destrucción de artefactos (EOD)"),
    ("handover", "Completion and handover", "Cierre y entrega de tierras"),
)
METHOD = choice_list(
    "method",
    ("manual", "Manual", "Manual"),
    ("mechanical", "Mechanical", "Mecánico"),
    ("mdd", "Mine detection dogs", "Perros detectores de minas"),
    ("combined", "Combined", "Combinado"),
    ("none", "None (survey only)", "Ninguno (solo estudio)"),
)
HANDOVER_TO = choice_list(
    "handover_to",
    ("community", "Community", "Comunidad"),
    ("landowner", "Landowner or user", "Propietario o usuario"),
    ("authority", "Local or national authority", "Autoridad local o nacional"),
    ("other", "Other", "Otro"),
)
AREA_TYPE = choice_list(
    "area_type",
    ("rural", "Rural", "Rural"),
    ("urban", "Urban", "Urbana"),
    ("unknown", "Unknown", "Sin información"),
)
SEX = choice_list(
    "sex",
    ("female", "Female", "Mujer"),
    ("male", "Male", "Hombre"),
    ("unknown", "Unknown", "Sin información"),
)
AGE_BAND = choice_list(
    "age_band",
    ("child", "Child (under 18)", "Menor de 18 años"),
    ("adult", "Adult (18 or over)", "Mayor de 18 años"),
    ("unknown", "Unknown", "Sin información"),
)
VICTIM_CATEGORY = choice_list(
    "victim_category",
    ("civilian", "Civilian", "Civil"),
    ("security_forces", "Military or security forces", "Fuerza pública"),
    ("unknown", "Unknown", "Sin información"),
)
OUTCOME = choice_list(
    "outcome",
    ("killed", "Killed", "Muerto"),
    ("injured", "Injured", "Herido"),
    ("unknown", "Unknown", "Sin información"),
)
VICTIM_ACTIVITY = choice_list(
    "victim_activity",
    ("farming", "Farming", "Agricultura"),
    ("herding", "Herding animals", "Pastoreo"),
    ("collecting", "Collecting food, firewood or water", "Recolección de alimentos, leña o agua"),
    ("travelling", "Travelling", "Desplazándose"),
    ("playing", "Playing", "Jugando"),
    ("household", "Household work", "Labores del hogar"),
    ("demining", "Demining", "Desminado"),
    ("military_operation", "Military or police operation", "Operación militar o policial"),
    ("tampering", "Handling the device", "Manipulando el artefacto"),
    ("other", "Other", "Otra"),
    ("unknown", "Unknown", "Sin información"),
)
EORE_TOPIC = choice_list(
    "eore_topic",
    (
        "recognition",
        "Recognising mines and explosive ordnance",
        "Reconocer minas y artefactos explosivos",
    ),
    ("safe_behaviour", "Safe behaviour", "Comportamientos seguros"),
    (
        "reporting",
        "Reporting a device or a hazardous area",
        "Reportar un artefacto o un área peligrosa",
    ),
    ("victim_assistance", "Victim assistance and rights", "Asistencia y derechos de las víctimas"),
    ("ied", "Improvised explosive devices", "Artefactos explosivos improvisados"),
)
EORE_METHOD = choice_list(
    "eore_method",
    ("face_to_face", "Face-to-face session", "Sesión presencial"),
    ("mass_media", "Radio, TV or print", "Radio, televisión o prensa"),
    ("digital", "Digital or social media", "Medios digitales o redes sociales"),
    ("focal_point", "Community focal point", "Punto focal comunitario"),
)

ALL_LISTS: dict[str, ChoiceList] = {
    lst.name: lst
    for lst in (
        YES_NO,
        HAZARD_TYPE,
        HAZARD_STATUS,
        EVIDENCE_KIND,
        EVIDENCE,
        DEVICE_TYPE,
        BLOCKAGE,
        PRIORITY,
        INFORMANT_ROLE,
        ACTIVITY_TYPE,
        METHOD,
        HANDOVER_TO,
        AREA_TYPE,
        SEX,
        AGE_BAND,
        VICTIM_CATEGORY,
        OUTCOME,
        VICTIM_ACTIVITY,
        EORE_TOPIC,
        EORE_METHOD,
    )
}
