"""One source row -> one typed layer row, through a mapping; every problem is located.

``RowMapper.map`` returns the mapped row and the list of problems found in it (all of them, not
only the first), each an InvalidInput with file, row, field and reason. Geometry is transformed
to WGS 84 and checked (GICHD checks); errors are problems, warnings travel with the row.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from minewatch.domain import geometry as geo
from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.field import (
    COMMON_FIELDS,
    FieldSpec,
    Formats,
    LayerSpec,
    coerce,
    date_from_parts,
    parse_date,
)
from minewatch.imports.mapping import FILE, ROW, LayerRoute, Mapping
from minewatch.imports.tables import SourceRow

DUPLICATE_SHAPE_LAYERS = {"hazards", "activities", "admin_areas"}
_POINT_COLUMNS = (("lon", "lat"), ("longitude", "latitude"), ("x", "y"))
_GEOMETRY_NAMES = {"wkt", "geometry", "geom", *(name for pair in _POINT_COLUMNS for name in pair)}


@dataclass
class MappedRow:
    layer: LayerSpec
    record_id: str
    values: dict[str, Any]
    attributes: dict[str, Any]
    geometry: BaseGeometry | None
    where: Location
    quote: str
    issues: list[geo.GeometryIssue] = field(default_factory=list)


class RowMapper:
    """Maps the rows of one file; remembers keys and geometries to find duplicates."""

    def __init__(self, mapping: Mapping, file_name: str, file_stem: str, crs: str | None) -> None:
        self.mapping, self.file, self.stem, self.crs = mapping, file_name, file_stem, crs
        self._keys: dict[int, int] = {}
        self._duplicates = geo.DuplicateFinder()
        self._header_checked: set[int] = set()

    def map(self, row: SourceRow) -> tuple[MappedRow | None, list[InvalidInput]]:
        where = Location(self.file, row.number)
        route = self.mapping.route_for(row.cells)
        if route is None:
            return None, [InvalidInput("matches none of the mapping's layers", where)]
        problems = self._missing_columns(route, row)
        values = self._values(route, row.cells, where, problems)
        record_id = self._record_id(route, row, where, problems)
        shape = self._geometry(route, row, where, problems)
        if shape is None and route.spec.geometry_required and not problems:
            problems.append(
                InvalidInput("has no geometry", Location(self.file, row.number, "geometry"))
            )
        if problems or record_id is None:
            return None, problems
        issues = self._checks(route, shape, values.get("reference"), row.number, problems)
        used = route.used_columns()
        if not route.point and row.geometry is None:
            used |= {k for k in row.cells if k.lower() in _GEOMETRY_NAMES}
        attributes = {
            k: _plain(v) for k, v in row.cells.items() if k not in used and v not in (None, "")
        }
        mapped = MappedRow(
            route.spec,
            record_id,
            values,
            attributes,
            shape,
            where,
            f"{self.file} row {row.number}",
            issues,
        )
        return (None if problems else mapped), problems

    def _missing_columns(self, route: LayerRoute, row: SourceRow) -> list[InvalidInput]:
        """A file without a column the mapping names is not the file the mapping is for (a
        wrong preset would otherwise overwrite other records with blanks): one problem per
        missing column, reported on the first row of each layer. Without a mapping file (our
        own field names, ``row_if_blank``) every column but the geometry is optional."""
        if route.row_if_blank or id(route) in self._header_checked:
            return []
        self._header_checked.add(id(route))
        named = sorted(route.used_columns() - {ROW, FILE} - set(row.cells))
        return [
            InvalidInput(
                "the mapping names this column and the file has no such column",
                Location(self.file, row.number, column),
            )
            for column in named
        ]

    def _values(
        self,
        route: LayerRoute,
        cells: dict[str, Any],
        where: Location,
        problems: list[InvalidInput],
    ) -> dict[str, Any]:
        formats = self.mapping.formats
        values: dict[str, Any] = {}
        for spec in (*COMMON_FIELDS, *route.spec.fields):
            if spec.name == "date":
                continue
            raw = self._raw(route, spec, cells)
            try:
                values[spec.name] = coerce(spec, raw, formats, _at(where, spec.name, route))
            except InvalidInput as exc:
                problems.append(exc)
        values["iso3"] = values.get("iso3") or self.mapping.iso3 or None
        if values["iso3"]:
            values["iso3"] = str(values["iso3"]).upper()
        if values.get("is_public") is None:
            values["is_public"] = route.spec.public_by_default
        try:
            values["date"] = _date(route, cells, formats, where)
        except InvalidInput as exc:
            problems.append(exc)
        values["year"] = int(values["date"][:4]) if values.get("date") else None
        return values

    def _raw(self, route: LayerRoute, spec: FieldSpec, cells: dict[str, Any]) -> Any:
        if spec.name in route.fields:
            return route.fields[spec.name].apply(cells, self.mapping.formats.numbers)
        return route.constants.get(spec.name)

    def _record_id(
        self, route: LayerRoute, row: SourceRow, where: Location, problems: list[InvalidInput]
    ) -> str | None:
        parts = []
        for column in route.key:
            if column == ROW:
                parts.append(str(row.number))
            elif column == FILE:
                parts.append(self.stem)
            else:
                value = row.cells.get(column)
                if value is None or not str(value).strip():
                    if route.row_if_blank:
                        parts.append(f"row{row.number}")
                        continue
                    problems.append(
                        InvalidInput("the key is blank", Location(self.file, row.number, column))
                    )
                    return None
                parts.append(str(_plain(value)).strip())
        record_id = f"{route.spec.name}:{route.dataset}:{':'.join(parts)}"[:200]
        if set(route.key) <= {ROW, FILE}:
            return record_id  # unique within a file by construction: nothing to remember
        digest = int.from_bytes(hashlib.blake2b(record_id.encode(), digest_size=8).digest())
        first = self._keys.setdefault(digest, row.number)
        if first != row.number:
            field_name = ",".join(route.key)
            problems.append(
                InvalidInput(
                    f"names the same record as row {first}",
                    Location(self.file, row.number, field_name),
                )
            )
        return record_id

    def _geometry(
        self, route: LayerRoute, row: SourceRow, where: Location, problems: list[InvalidInput]
    ) -> BaseGeometry | None:
        try:
            shape = row.geometry or _point(route, row.cells, self.mapping.formats, where)
            if shape is None:
                return None
            return geo.to_wgs84(shape, self.crs)
        except InvalidInput as exc:
            problems.append(exc)
            return None

    def _checks(
        self,
        route: LayerRoute,
        shape: BaseGeometry | None,
        reference: Any,
        number: int,
        problems: list[InvalidInput],
    ) -> list[geo.GeometryIssue]:
        # Duplicate shapes matter for areas and tasks (GICHD); many accidents and victims
        # rightly share a point (a municipality seat), so only their ids are compared.
        compared = shape if route.spec.name in DUPLICATE_SHAPE_LAYERS else None
        issues = self._duplicates.check(number, compared, str(reference) if reference else None)
        if shape is None:
            return issues
        found = geo.check_geometry(shape)
        for issue in found:
            if issue.severity is geo.Severity.ERROR:
                problems.append(
                    InvalidInput(
                        f"{issue.code}: {issue.detail}", Location(self.file, number, "geometry")
                    )
                )
        return [*found, *issues]


def _at(where: Location, name: str, route: LayerRoute) -> Location:
    column = route.fields[name].column if name in route.fields else name
    return Location(where.file, where.row, column)


def _date(
    route: LayerRoute, cells: dict[str, Any], formats: Formats, where: Location
) -> str | None:
    if route.date is None:
        return None
    if isinstance(route.date, str):
        return parse_date(
            cells.get(route.date), formats, Location(where.file, where.row, route.date)
        )
    parts: dict[str, int | None] = {}
    for part in ("year", "month"):
        column = route.date.get(part)
        raw = cells.get(column) if column else None
        try:
            parts[part] = None if raw in (None, "") else int(formats.numbers.parse(str(raw)))
        except ValueError:
            raise InvalidInput(
                f"{raw!r} is not a whole number", Location(where.file, where.row, column)
            ) from None
    return date_from_parts(
        parts["year"], parts["month"], Location(where.file, where.row, route.date.get("year"))
    )


def _point(
    route: LayerRoute, cells: dict[str, Any], formats: Formats, where: Location
) -> BaseGeometry | None:
    wkt_column = route.point.get("wkt") or (None if route.point else _wkt_column(cells))
    if wkt_column:
        return _wkt(cells.get(wkt_column), Location(where.file, where.row, wkt_column))
    columns = [(route.point["x"], route.point["y"])] if route.point else _guess(cells)
    for x_col, y_col in columns:
        x, y = cells.get(x_col), cells.get(y_col)
        if x in (None, "") and y in (None, ""):
            continue
        return shapely.Point(
            _coordinate(x, x_col, formats, where), _coordinate(y, y_col, formats, where)
        )
    return None


def _wkt_column(cells: dict[str, Any]) -> str | None:
    return next((k for k in cells if k.lower() in ("wkt", "geometry", "geom")), None)


def _wkt(text: Any, where: Location) -> BaseGeometry | None:
    if text is None or not str(text).strip():
        return None
    try:
        return shapely.from_wkt(str(text))
    except shapely.errors.GEOSException as exc:
        raise InvalidInput(f"is not WKT ({exc})", where) from None


def _guess(cells: dict[str, Any]) -> list[tuple[str, str]]:
    lower = {k.lower(): k for k in cells}
    return [(lower[x], lower[y]) for x, y in _POINT_COLUMNS if x in lower and y in lower]


def _coordinate(raw: Any, column: str, formats: Formats, where: Location) -> float:
    try:
        return raw if isinstance(raw, float) else formats.numbers.parse(str(raw))
    except ValueError:
        raise InvalidInput(
            f"{raw!r} is not a coordinate", Location(where.file, where.row, column)
        ) from None


def _plain(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
