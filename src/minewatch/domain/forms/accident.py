"""The accident and victim report; victim details only with the person's consent."""

from __future__ import annotations

from minewatch.domain.forms import choices as c
from minewatch.domain.forms.common import (
    METADATA,
    NOTES,
    SAFE,
    VERSION,
    ask,
    count,
    location_group,
    place_block,
    report_block,
)
from minewatch.domain.forms.model import Form, Text, flat, group, repeat

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
        location_group(
            (
                "Do not return to the accident site to record it",
                "No regrese al sitio del accidente para registrarlo",
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
        NOTES,
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
