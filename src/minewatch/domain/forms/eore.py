"""The risk education session: delivery, topics, audience by sex × age band."""

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
from minewatch.domain.forms.model import Form, Question, Text, flat, group

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
        location_group(
            (
                "The session place, if it is safe to record",
                "El lugar de la sesión, si es seguro registrarlo",
            ),
            ask("geopoint", "location", "Session place", "Lugar de la sesión", relevant=SAFE),
        ),
        NOTES,
    ),
    lists=(c.YES_NO, c.EORE_METHOD, c.EORE_TOPIC),
)
