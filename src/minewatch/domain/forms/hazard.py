"""The hazard report: a suspected or confirmed hazardous area, its evidence and boundary."""

from __future__ import annotations

from minewatch.domain.forms import choices as c
from minewatch.domain.forms.common import (
    METADATA,
    NOTES,
    SAFE,
    VERSION,
    ask,
    location_group,
    place_block,
    report_block,
)
from minewatch.domain.forms.model import Form, Text, flat, group

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
        location_group(
            (
                "Never enter a suspected area to record it; map its edge from safe ground",
                "Nunca entre a un área sospechosa para registrarla; marque "
                "su borde desde terreno seguro",
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
        ),
        NOTES,
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
