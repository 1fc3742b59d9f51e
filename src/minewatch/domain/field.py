"""Field data layers (DESIGN §5, IMAS / IMSMA practice): what each layer holds, field by field.

A layer is a typed table behind the ledger: every row is one version of one record. This module
says which fields each layer has, their types and vocabularies, which fields are personal (left
out of public exports), and turns raw cell values into typed values, raising ``InvalidInput``
with the field named when a value does not fit.

Layers: hazards (SHA/CHA polygons or points), activities (land release and EOD tasks, devices
destroyed), accidents, victims (personal data), eore (risk-education sessions, audience by
sex × age band 5–12, 13–17, 18+) and admin_areas (P-coded polygons).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.kinds import SPECS, Kind, Sensitivity
from minewatch.domain.values import MAX_INT32, check_state_code


class FieldType(StrEnum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    CHOICE = "choice"


@dataclass(frozen=True)
class FieldSpec:
    """One typed column. ``choices`` holds the vocabulary of a CHOICE field."""

    name: str
    type: FieldType = FieldType.TEXT
    choices: tuple[str, ...] = ()
    required: bool = False
    personal: bool = False
    locating: bool = False  # names a place finer than an admin area (withheld with the point)
    default: Any = None
    state: bool = False  # an ISO 3166-1 alpha-3 country code (domain/values.check_state_code)
    maximum: float | None = None  # a FLOAT field's largest value (what it measures allows)


GEOMETRY = "geometry"  # names the row's geometry in a ``Need``


@dataclass(frozen=True)
class Need:
    """What a row of a layer must say for the record to mean anything: at least one of
    ``any_of`` (field names, or ``GEOMETRY``) is not blank. ``what`` names it for the message
    ("a date or a year"). The first name is the field a problem is reported on."""

    any_of: tuple[str, ...]
    what: str


@dataclass(frozen=True)
class LayerSpec:
    """A layer: its record kind, its own fields, the geometry it takes, and what every row must
    say (``needs``; a required field and ``geometry_required`` are checked on their own)."""

    name: str
    kind: Kind
    fields: tuple[FieldSpec, ...]
    geometry_required: bool = False
    public_by_default: bool = False
    key_field: str | None = None  # a field that names the record on its own (admin P-code)
    needs: tuple[Need, ...] = ()

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def personal_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.personal)

    @property
    def locating_fields(self) -> tuple[str, ...]:
        """Fields that say where a record is more exactly than its admin area (a village, a
        site name): the public rule withholds them with the geometry of a non-public record."""
        return tuple(f.name for f in self.fields if f.locating)

    @property
    def sensitivity(self) -> Sensitivity:
        """The kind's sensitivity (domain/kinds.py): a personal layer's free attributes are
        never public either."""
        return SPECS[self.kind].sensitivity


HAZARD_TYPES = ("SHA", "CHA")
HAZARD_STATUSES = ("open", "in_progress", "released")
ACTIVITY_TYPES = (
    "non_technical_survey",  # area cancelled
    "technical_survey",  # area reduced
    "clearance",  # area cleared
    "eod_spot_task",
    "handover",
    "ordnance_find",  # stored arsenal, seizure, unexploded ordnance found, production site
    "military_demining",  # demining by the armed forces during operations
)
SEXES = ("male", "female", "unknown")
AGE_BANDS = ("child", "adult", "unknown")
VICTIM_CATEGORIES = ("civilian", "security_forces", "unknown")
OUTCOMES = ("killed", "injured", "unknown")
DEVICE_FIELDS = ("devices_ap", "devices_at", "devices_uxo", "devices_ied", "devices_other")
# Devices found, by the same types as destroyed (issue 10: "devices found and destroyed by
# type"). Both are stored as the source gives them; found >= destroyed is not checked (neither
# DESIGN nor IMAS 07.11 makes it a rule: a device found in one task may be destroyed in another).
DEVICE_FOUND_FIELDS = tuple(n.replace("devices_", "devices_found_") for n in DEVICE_FIELDS)
# "Is it safe to record the location?" (issue 10, the field forms' ``safe_to_record``): False
# means the precise location is not recorded at all (``withheld_location``).
SAFE_TO_RECORD = "safe_to_record"
RELEASE_FIELDS = ("area_cancelled_m2", "area_reduced_m2", "area_cleared_m2")
AUDIENCE_FIELDS = tuple(
    f"audience_{sex}_{band}" for sex in ("female", "male") for band in ("5_12", "13_17", "18plus")
)

# Fields every layer has, besides its own (the typed table's shared columns).
COMMON_FIELDS = (
    FieldSpec("reference"),
    FieldSpec("date"),
    FieldSpec("iso3", state=True),
    FieldSpec("admin_code"),
    FieldSpec("admin1"),
    FieldSpec("admin2"),
    FieldSpec("source_code"),
    FieldSpec("is_public", FieldType.BOOL),
)


# What rows must say, per layer (issue 10, docs/field.md "What a row needs"): an accident is an
# event at a time and a place in a state; a risk-education session is counted per state and
# year. Hazards need only a geometry and hazard_type (issue 10's contract), an activity its
# activity_type (it is placed by its hazard or its own geometry), admin areas a P-code, a name
# and a polygon: all already required. A victim may be recorded with nothing but who they were
# (issue 10: sex, age, category, outcome), its accident unnamed.
STATE = Need(("iso3",), "a state (iso3, or the mapping's iso3)")
PLACE = Need(("place", "admin_code", "admin1", "admin2", GEOMETRY), "a place or a geometry")
WHEN = Need(("date",), "a date or a year")


def _ints(*names: str) -> tuple[FieldSpec, ...]:
    return tuple(FieldSpec(n, FieldType.INT) for n in names)


# What a measure can be on Earth (WGS 84): an area at most the whole surface, a distance at most
# half the equator, so that a typo ('1e308') or 'inf' is a row's problem, never a total that
# overflows to infinity in a roll-up, a page or JSON (which has no Infinity).
EARTH_SURFACE_M2 = 510_065_622e6
HALF_EQUATOR_M = 20_037_508.0


def _floats(*names: str, maximum: float) -> tuple[FieldSpec, ...]:
    return tuple(FieldSpec(n, FieldType.FLOAT, maximum=maximum) for n in names)


LAYERS: dict[str, LayerSpec] = {
    spec.name: spec
    for spec in (
        LayerSpec(
            "hazards",
            Kind.HAZARD,
            (
                FieldSpec("hazard_type", FieldType.CHOICE, HAZARD_TYPES, required=True),
                FieldSpec("status", FieldType.CHOICE, HAZARD_STATUSES, default="open"),
                FieldSpec("name", locating=True),
                FieldSpec("evidence"),
                FieldSpec("device_types"),
                FieldSpec("blockages"),
                FieldSpec("priority"),
            ),
            geometry_required=True,
        ),
        LayerSpec(
            "activities",
            Kind.RELEASE_ACTIVITY,
            (
                FieldSpec("activity_type", FieldType.CHOICE, ACTIVITY_TYPES, required=True),
                FieldSpec("hazard_ref"),
                FieldSpec("operator"),
                FieldSpec("method"),
                *_floats(*RELEASE_FIELDS, maximum=EARTH_SURFACE_M2),
                *_ints(*DEVICE_FIELDS, "devices_total"),
                *_ints(*DEVICE_FOUND_FIELDS),
            ),
        ),
        LayerSpec(
            "accidents",
            Kind.ACCIDENT,
            (
                FieldSpec("place", locating=True),
                FieldSpec("area_type"),
                FieldSpec("device_type"),
                *_ints("killed", "injured"),
                *_floats("location_accuracy_m", maximum=HALF_EQUATOR_M),
                FieldSpec(SAFE_TO_RECORD, FieldType.BOOL),
            ),
            needs=(WHEN, STATE, PLACE),
        ),
        LayerSpec(
            "victims",
            Kind.VICTIM,
            (
                FieldSpec("accident_ref"),
                # Per record, sex is personal (with a date and a place it can name someone);
                # the roll-ups publish it only counted (casualties by sex, age band, outcome).
                FieldSpec("sex", FieldType.CHOICE, SEXES, default="unknown", personal=True),
                FieldSpec("age", FieldType.INT, personal=True),
                FieldSpec("age_band", FieldType.CHOICE, AGE_BANDS, default="unknown"),
                FieldSpec("category", FieldType.CHOICE, VICTIM_CATEGORIES, default="unknown"),
                FieldSpec("outcome", FieldType.CHOICE, OUTCOMES, default="unknown"),
                FieldSpec("activity", personal=True),
                FieldSpec("ethnicity", personal=True),
                FieldSpec("place", personal=True),
                FieldSpec("consent_authorities", FieldType.BOOL, personal=True),
                FieldSpec("consent_ngos", FieldType.BOOL, personal=True),
                FieldSpec(SAFE_TO_RECORD, FieldType.BOOL),
            ),
        ),
        LayerSpec(
            "eore",
            Kind.RISK_EDUCATION,
            (FieldSpec("operator"), FieldSpec("topic"), *_ints(*AUDIENCE_FIELDS)),
            public_by_default=True,
            needs=(STATE, WHEN),
        ),
        LayerSpec(
            "admin_areas",
            Kind.ADMIN_AREA,
            (
                FieldSpec("pcode", required=True),
                FieldSpec("name", required=True),
                FieldSpec("level", FieldType.INT),
                FieldSpec("parent_pcode"),
            ),
            geometry_required=True,
            public_by_default=True,
            key_field="pcode",
        ),
    )
}


def location_withheld(values: Mapping[str, Any]) -> bool:
    """Whether a row's typed ``values`` say its location is not safe to record
    (``safe_to_record`` False; blank means not asked, and the location is kept). Such a row is
    written without its geometry and its place names (``withhold_location``), so no view, an
    analyst's included, can show where it was (docs/field.md, "Safe to record the location")."""
    return values.get(SAFE_TO_RECORD) is False


def withhold_location(spec: LayerSpec, values: dict[str, Any]) -> None:
    """Blank, in ``values``, the fields of ``spec`` that place a row finer than its admin area:
    its locating fields and a victim's ``place`` (the caller drops the geometry)."""
    for name in {*spec.locating_fields, "place"}:
        if name in values:
            values[name] = None


ADULT_AGE = 18  # IMAS 13.10 and the Monitor: a child is a victim under 18 years old


def complete_age_band(values: dict[str, Any]) -> None:
    """Fill a victim's ``age_band`` from ``age`` (years) where the row gives an age but no
    band (blank or "unknown"): under 18 is a child, else an adult (IMAS 13.10, the Landmine
    Monitor). Without this, a 12-year-old counts as an unknown age band and the roll-ups'
    children, Article 7 Form J's figure, miss them. A band the row states is kept as stated."""
    age = values.get("age")
    if age is not None and values.get("age_band") in (None, "", "unknown"):
        values["age_band"] = "child" if age < ADULT_AGE else "adult"


def unmet_needs(spec: LayerSpec, values: Mapping[str, Any], has_geometry: bool) -> list[Need]:
    """The needs of ``spec`` a row's typed ``values`` (and its geometry) leave unmet."""
    return [
        need
        for need in spec.needs
        if not any(
            has_geometry if name == GEOMETRY else values.get(name) not in (None, "")
            for name in need.any_of
        )
    ]


# The CLI spells the admin layer with a hyphen; both spellings name it.
LAYER_ALIASES = {"admin-areas": "admin_areas"}


def layer_named(name: str) -> LayerSpec:
    """The layer called ``name``; InvalidInput naming the choices otherwise."""
    spec = LAYERS.get(LAYER_ALIASES.get(name, name))
    if spec is None:
        choices = ", ".join(n.replace("_", "-") for n in LAYERS)
        raise InvalidInput(f"unknown layer {name!r} (one of {choices})", Location(field="layer"))
    return spec


@dataclass(frozen=True)
class NumberFormat:
    """How a source writes numbers: "2,006" has a thousands separator, "1.521,82" a comma."""

    thousands: str = ""
    decimal: str = "."

    def parse(self, text: str) -> float:
        cleaned = text.strip().replace(" ", "")
        if self.thousands:
            cleaned = cleaned.replace(self.thousands, "")
        if self.decimal != ".":
            cleaned = cleaned.replace(self.decimal, ".")
        return float(cleaned)


@dataclass(frozen=True)
class Formats:
    numbers: NumberFormat = field(default_factory=NumberFormat)
    date_formats: tuple[str, ...] = ("%Y-%m-%d",)
    true_values: tuple[str, ...] = ("1", "true", "yes", "y", "si", "sí", "t")
    false_values: tuple[str, ...] = ("0", "false", "no", "n", "f")


def coerce(spec: FieldSpec, raw: Any, formats: Formats, where: Location) -> Any:
    """A raw cell as the field's type; None for a blank. InvalidInput names what is wrong."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if spec.required:
            raise InvalidInput("is required but blank", where)
        return spec.default
    try:
        value = _CONVERTERS[spec.type](spec, raw, formats)
    except (ValueError, TypeError) as exc:
        raise InvalidInput(str(exc), where) from None
    return check_state_code(value, where) if spec.state else value


def _text(_spec: FieldSpec, raw: Any, _formats: Formats) -> str:
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw).strip()


def _number(raw: Any, formats: Formats) -> float:
    if isinstance(raw, bool):
        raise ValueError(f"{raw!r} is not a number")
    if isinstance(raw, int | float):
        return float(raw)
    try:
        return formats.numbers.parse(str(raw))
    except ValueError:
        raise ValueError(f"{raw!r} is not a number") from None


def _int(_spec: FieldSpec, raw: Any, formats: Formats) -> int:
    value = _number(raw, formats)
    if not value.is_integer():
        raise ValueError(f"{raw!r} is not a whole number")
    if value < 0:
        raise ValueError(f"{raw!r} is negative")
    if value > MAX_INT32:  # an INTEGER column: 32-bit on PostgreSQL (domain/values.py)
        raise ValueError(f"{raw!r} is more than {MAX_INT32:,} (the largest count stored)")
    return int(value)


def _float(spec: FieldSpec, raw: Any, formats: Formats) -> float:
    value = _number(raw, formats)
    if value < 0 or not math.isfinite(value):
        raise ValueError(f"{raw!r} is not a non-negative number")
    if spec.maximum is not None and value > spec.maximum:
        raise ValueError(f"{raw!r} is more than {spec.maximum:,.0f} (more than the Earth holds)")
    return value


def _bool(_spec: FieldSpec, raw: Any, formats: Formats) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in formats.true_values:
        return True
    if text in formats.false_values:
        return False
    raise ValueError(f"{raw!r} is not yes or no")


def _choice(spec: FieldSpec, raw: Any, _formats: Formats) -> str:
    text = str(raw).strip()
    if text not in spec.choices:
        raise ValueError(f"{text!r} is not one of {', '.join(spec.choices)}")
    return text


_CONVERTERS = {
    FieldType.TEXT: _text,
    FieldType.INT: _int,
    FieldType.FLOAT: _float,
    FieldType.BOOL: _bool,
    FieldType.CHOICE: _choice,
}


EARLIEST_YEAR = 1900  # field records (accidents, hazards, tasks) start after 1900


def plausible_date(day: str, where: Location, today: date | None = None) -> str:
    """``day`` (YYYY, YYYY-MM or YYYY-MM-DD) itself; InvalidInput if it begins before 1900
    (EARLIEST_YEAR) or after tomorrow (``today`` + 1 day: a record from a time zone ahead)."""
    latest = (today or date.today()) + timedelta(days=1)
    start = date.fromisoformat((day + "-01-01")[:10])
    if start.year < EARLIEST_YEAR:
        raise InvalidInput(f"{day!r} is before {EARLIEST_YEAR}", where)
    if start > latest:
        raise InvalidInput(f"{day!r} is in the future (after {latest.isoformat()})", where)
    return day


def parse_date(raw: Any, formats: Formats, where: Location) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) from a cell in one of the source's formats;
    InvalidInput for a cell in none of them, or a date ``plausible_date`` refuses."""
    day = _parse_date(raw, formats, where)
    return None if day is None else plausible_date(day, where)


def _parse_date(raw: Any, formats: Formats, where: Location) -> str | None:
    if raw is None or not str(raw).strip():
        return None
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    text = str(raw).strip()
    if formats.date_formats[:1] == ("%Y-%m-%d",) and len(text) == 10 and text[4] == text[7] == "-":
        try:  # the common ISO form, without strptime's cost
            return date.fromisoformat(text).isoformat()
        except ValueError:
            pass
    for pattern in formats.date_formats:
        try:
            parsed = datetime.strptime(text, pattern)
        except ValueError:
            continue
        if "%d" in pattern:
            return parsed.date().isoformat()
        return parsed.strftime("%Y-%m") if "%m" in pattern else parsed.strftime("%Y")
    shown = [_as_written(pattern) for pattern in formats.date_formats]
    said = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"
    raise InvalidInput(f"{text!r} is not a date written {said}", where)


# strptime's directives as people write a date's parts ("%d/%m/%Y" -> "DD/MM/YYYY")
_WRITTEN = {"%Y": "YYYY", "%y": "YY", "%m": "MM", "%d": "DD", "%b": "Mon", "%B": "Month"}


def _as_written(pattern: str) -> str:
    for directive, written in _WRITTEN.items():
        pattern = pattern.replace(directive, written)
    return pattern


def date_from_parts(
    year: int | None, month: int | None, where: Location, month_where: Location | None = None
) -> str | None:
    """A partial ISO date from separate year and month cells (a month of 0 means unknown); a
    bad month is reported at ``month_where`` (its own column) when given."""
    if year is None:
        return None
    if not 1000 <= year <= 2999:
        raise InvalidInput(f"{year} is not a year", where)
    if month in (None, 0):
        return plausible_date(f"{year:04d}", where)
    assert month is not None
    if not 1 <= month <= 12:
        raise InvalidInput(f"{month} is not a month (1–12)", month_where or where)
    return plausible_date(f"{year:04d}-{month:02d}", where)


def released_area(values: Mapping[str, Any]) -> float:
    """Cancelled + reduced + cleared, in m² (IMAS 07.11 land release); blanks count as 0."""
    return float(sum(values.get(name) or 0.0 for name in RELEASE_FIELDS))
