"""The land release report: survey, clearance, EOD or handover on one hazardous area."""

from __future__ import annotations

from minewatch.domain.forms import choices as c
from minewatch.domain.forms.common import (
    METADATA,
    NOT_NEGATIVE,
    NOTES,
    SAFE,
    VERSION,
    ask,
    count,
    location_group,
    place_block,
    report_block,
)
from minewatch.domain.forms.model import Form, Question, Text, flat, group

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
        location_group(
            (
                "Record from cleared or safe ground only",
                "Registre solo desde terreno despejado o seguro",
            ),
            ask(
                "geoshape",
                "shape",
                "Boundary of the land released",
                "Límite de la tierra liberada",
                relevant=SAFE,
            ),
        ),
        NOTES,
    ),
    lists=(c.YES_NO, c.ACTIVITY_TYPE, c.METHOD, c.HANDOVER_TO),
)
