"""What every published form shares: the helpers that write a question in both languages, the
report and place blocks, and the "is it safe to record the location?" question (IMSMA practice:
nobody steps into a suspected area, or stays where it is unsafe, to take a GPS reading)."""

from __future__ import annotations

from minewatch.domain.forms.model import Question, Text, group

VERSION = "2026113002"  # yyyymmddnn: ODK Central and Kobo compare versions as text
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


# Every submission carries the version of the form it was made with as an answer of its own:
# ODK Central keeps the XLSForm's version (its exports' FormVersion), but KoboToolbox replaces it
# with its own deployment ids (``__version__``), so only this answer survives every server.
FORM_VERSION = "form_version"
METADATA = (
    Question("start", "start"),
    Question("end", "end"),
    Question("calculate", FORM_VERSION, calculation=f"'{VERSION}'"),
)


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


def location_group(advice: tuple[str, str], *places: Question) -> tuple[Question, ...]:
    """The location group of every form: is it safe to record the place here and now
    (``safe_question``, with ``advice`` as its hint), the place questions (each asked only when
    it is safe: give them ``relevant=SAFE``), or a description in words instead."""
    return group(
        "location_group",
        Text("Location", "Ubicación"),
        safe_question(advice),
        *places,
        DESCRIBE_INSTEAD,
    )


NOTES = ask("text", "notes", "Notes", "Observaciones", appearance="multiline")
