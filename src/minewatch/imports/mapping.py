"""Mapping files: how a national dataset's columns become our layers' fields.

A mapping is a TOML file (shipped ones are presets, ``minewatch import --list-presets``)::

    name = "my-survey"                  # a preset's name
    title = "District survey 2025"      # the source's title (the file's sha256 is added)
    publisher = "National Mine Action Authority"
    url = "https://example.org/survey"
    iso3 = "AFG"                        # the state every row belongs to (or: fields.iso3)
    encoding = "utf-8-sig"              # CSV text encoding (a byte-order mark is dropped)
    crs = "EPSG:32642"                  # when the file does not say (--crs overrides both)

    [numbers]                           # "2,006" -> 2006: thousands = ","
    thousands = ","
    decimal = "."

    [dates]
    formats = ["%d/%m/%Y"]              # strptime patterns, tried in order

    [[layers]]                          # one or more; a row goes to the first that matches
    layer = "hazards"
    dataset = "district-survey"         # record ids: hazards:<dataset>:<key>
    key = ["site_id"]                   # columns naming a row (the source's own id); without
                                        # one, $content (the default): the row's content, so a
                                        # re-sorted or partial file names the same records;
                                        # $file = the file's stem; $row = its number (only for
                                        # a file that never changes order)
    when = { TYPE = ["8"] }             # only rows whose TYPE is one of these
    point = { x = "lon", y = "lat" }    # a point from two columns (or wkt = "column")
    date = { year = "year", month = "month" }   # or date = "column"
    [layers.fields]                     # our field = "their column" or a table:
    hazard_type = { column = "kind", values = { S = "SHA", C = "CHA" } }
    admin_code = { column = "dane", code_digits = 5 }   # "5,313" -> "05313"
    name = "site"
    [layers.constants]                  # the same value on every row
    status = "open"

Columns a layer does not use are kept as the row's attributes.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.field import COMMON_FIELDS, Formats, LayerSpec, NumberFormat, layer_named
from minewatch.domain.values import check_state_code
from minewatch.imports.csvfile import not_a_file

PRESET_DIR = Path(__file__).resolve().parent.parent / "data" / "presets"
ROW, FILE, CONTENT = "$row", "$file", "$content"


@dataclass(frozen=True)
class FieldRule:
    """Our field from one column, through an optional value map."""

    column: str
    values: dict[str, Any] = field(default_factory=dict)
    code_digits: int = 0  # a code written as a number ("5,313"): digits, zero-padded (05313)

    def apply(self, cells: dict[str, Any], numbers: NumberFormat) -> Any:
        return self.apply_value(cells.get(self.column), numbers)

    def apply_value(self, raw: Any, numbers: NumberFormat) -> Any:
        """The cell ``raw`` of this rule's column, through the code digits and value map."""
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return raw
        if self.code_digits:
            try:
                raw = f"{int(numbers.parse(str(raw))):0{self.code_digits}d}"
            except (ValueError, OverflowError):  # "x", or "1e999" (infinite)
                return raw  # left as written: the field's own check reports it
        if not self.values:
            return raw
        text = str(raw).strip()
        if text in self.values:
            return self.values[text]
        folded = {k.casefold(): v for k, v in self.values.items()}
        return folded.get(text.casefold(), raw)


@dataclass(frozen=True)
class LayerRoute:
    spec: LayerSpec
    dataset: str
    key: tuple[str, ...]
    when: dict[str, tuple[str, ...]]
    fields: dict[str, FieldRule]
    constants: dict[str, Any]
    point: dict[str, str]
    date: str | dict[str, str] | None
    row_if_blank: bool = False  # a blank key names the row by its content (no mapping given)

    def matches(self, cells: dict[str, Any]) -> bool:
        return all(str(cells.get(col, "")).strip() in allowed for col, allowed in self.when.items())

    def used_columns(self) -> set[str]:
        used = {rule.column for rule in self.fields.values()} | set(self.when)
        used |= set(self.point.values()) | set(self.key)
        if isinstance(self.date, str):
            used.add(self.date)
        elif self.date:
            used |= set(self.date.values())
        return used


@dataclass(frozen=True)
class Mapping:
    name: str
    title: str | None
    publisher: str | None
    url: str | None
    iso3: str | None
    encoding: str
    crs: str | None
    formats: Formats
    routes: tuple[LayerRoute, ...]

    def route_for(self, cells: dict[str, Any]) -> LayerRoute | None:
        return next((r for r in self.routes if r.matches(cells)), None)

    @property
    def layers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.spec.name for r in self.routes))


def identity_mapping(layer: str) -> Mapping:
    """No mapping given: columns named like our fields fill them; x/y, lon/lat or wkt make a
    point; ``reference`` (or the layer's own key field) names the record, else its content."""
    spec = layer_named(layer)
    names = [f.name for f in (*COMMON_FIELDS, *spec.fields)]
    key = spec.key_field or "reference"
    route = LayerRoute(
        spec=spec,
        dataset="file",
        key=(key,),
        when={},
        fields={name: FieldRule(name) for name in names},
        constants={},
        point={},
        date="date",
        row_if_blank=True,
    )
    # Our own field names: a date is YYYY-MM-DD, YYYY-MM or YYYY (docs/field.md)
    formats = Formats(date_formats=("%Y-%m-%d", "%Y-%m", "%Y"))
    return Mapping(layer, None, None, None, None, "utf-8-sig", None, formats, (route,))


def load_mapping(path: Path) -> Mapping:
    """A mapping file; InvalidInput naming the file and the bad entry otherwise."""
    missing = not_a_file(path)
    if missing is not None:
        raise missing
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InvalidInput(f"cannot read the mapping: {exc}", Location(path.name)) from None
    try:
        return parse_mapping(document, default_name=path.stem)
    except InvalidInput as exc:
        raise exc.at(file=path.name) from None


def parse_mapping(document: dict[str, Any], default_name: str) -> Mapping:
    """The mapping a parsed TOML document describes; InvalidInput for a missing or unknown
    entry, and for an entry of the wrong kind (a string where a table belongs, ...)."""
    try:
        return _parse_mapping(document, default_name)
    except (AttributeError, TypeError, ValueError) as exc:  # a value of the wrong TOML type
        raise InvalidInput(
            f"an entry has the wrong type ({exc}); the format is in docs/field.md",
            Location(field="layers"),
        ) from None


def _parse_mapping(document: dict[str, Any], default_name: str) -> Mapping:
    layers = document.get("layers")
    if not isinstance(layers, list) or not layers:
        raise InvalidInput(
            "a mapping needs at least one [[layers]] table", Location(field="layers")
        )
    numbers = document.get("numbers", {})
    dates = document.get("dates", {})
    formats = Formats(
        numbers=NumberFormat(numbers.get("thousands", ""), numbers.get("decimal", ".")),
        date_formats=tuple(dates.get("formats", ["%Y-%m-%d"])),
    )
    name = str(document.get("name", default_name))
    iso3 = document.get("iso3")
    return Mapping(
        name=name,
        title=document.get("title"),
        publisher=document.get("publisher"),
        url=document.get("url"),
        iso3=check_state_code(iso3, Location(field="iso3")) if iso3 else None,
        encoding=str(document.get("encoding", "utf-8-sig")),
        crs=document.get("crs"),
        formats=formats,
        routes=tuple(_route(entry, name) for entry in layers),
    )


def _route(entry: dict[str, Any], mapping_name: str) -> LayerRoute:
    spec = layer_named(str(entry.get("layer", "")))
    known = {f.name for f in (*COMMON_FIELDS, *spec.fields)}
    fields = {name: _rule(name, rule) for name, rule in entry.get("fields", {}).items()}
    constants = dict(entry.get("constants", {}))
    for name in (*fields, *constants):
        if name not in known:
            raise InvalidInput(
                f"layer {spec.name} has no field {name!r}", Location(field=f"layers.{name}")
            )
    when = {col: tuple(str(v) for v in allowed) for col, allowed in entry.get("when", {}).items()}
    return LayerRoute(
        spec=spec,
        dataset=str(entry.get("dataset", mapping_name)),
        key=tuple(entry.get("key", [spec.key_field] if spec.key_field else [CONTENT])),
        when=when,
        fields=fields,
        constants=constants,
        point=dict(entry.get("point", {})),
        date=entry.get("date"),
    )


def _rule(name: str, rule: Any) -> FieldRule:
    if isinstance(rule, str):
        return FieldRule(rule)
    if isinstance(rule, dict) and isinstance(rule.get("column"), str):
        values = {str(k): v for k, v in rule.get("values", {}).items()}
        return FieldRule(rule["column"], values, int(rule.get("code_digits", 0)))
    raise InvalidInput(
        "must be a column name or {column = ..., values = {...}}", Location(field=name)
    )


def preset_names() -> list[str]:
    return sorted(p.stem for p in PRESET_DIR.glob("*.toml"))


def load_preset(name: str) -> Mapping:
    """A shipped preset by name; InvalidInput listing the presets otherwise."""
    if name not in preset_names():
        raise InvalidInput(
            f"no preset {name!r} (presets: {', '.join(preset_names())})",
            Location(field="preset"),
        )
    text = (PRESET_DIR / f"{name}.toml").read_text(encoding="utf-8")
    return parse_mapping(tomllib.loads(text), default_name=name)


def describe_presets() -> list[tuple[str, str, tuple[str, ...]]]:
    """(name, title, layers) for every shipped preset."""
    return [(n, load_preset(n).title or "", load_preset(n).layers) for n in preset_names()]
