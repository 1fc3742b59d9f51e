"""Source rows -> typed layer rows, through a mapping; every problem is located.

``RowMapper.map_batch`` maps a batch of rows column by column: each column's distinct values
are converted and checked once (a victims file has a handful of distinct sexes, outcomes and
dates in a million rows), then the rows are assembled. It returns the mapped rows and every
problem found (all of them, not only the first), each an InvalidInput with file, row, field and
reason. Geometry is transformed to WGS 84 and checked (GICHD checks); errors are problems,
warnings travel with the row.

A row's identity (its record id) comes from the mapping's ``key`` columns (the source's own
id or natural key). Without one (``$content``, the default), it is the digest of the row's
mapped content, with the occurrence number of that content in the file (two identical rows
are two records): a re-sorted or partial copy of a file then names the same records, and a
row whose content changes becomes a new record beside the old one (a source without ids gives
no way to tell a corrected row from a new one).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import numpy as np
import orjson
import shapely
from shapely.geometry.base import BaseGeometry

from minewatch.domain import geometry as geo
from minewatch.domain.errors import InvalidInput, Location
from minewatch.domain.field import (
    COMMON_FIELDS,
    GEOMETRY,
    FieldSpec,
    FieldType,
    Formats,
    LayerSpec,
    Need,
    coerce,
    complete_age_band,
    date_from_parts,
    location_withheld,
    parse_date,
    unmet_needs,
    withhold_location,
)
from minewatch.domain.hashing import SORT_KEYS, content_hash
from minewatch.imports.intmap import IntMap
from minewatch.imports.mapping import CONTENT, FILE, ROW, FieldRule, LayerRoute, Mapping
from minewatch.imports.tables import SourceRow

DUPLICATE_SHAPE_LAYERS = {"hazards", "activities", "admin_areas"}
_MISSING = object()
KEPT_CELLS = 20_000  # distinct converted cells kept per column across batches (_converted_cells)
_POINT_COLUMNS = (("lon", "lat"), ("longitude", "latitude"), ("x", "y"))
_GEOMETRY_NAMES = {"wkt", "geometry", "geom", *(name for pair in _POINT_COLUMNS for name in pair)}


@dataclass(slots=True)
class MappedRow:
    """One mapped source row; ``where`` (file and row) and ``quote`` (``<file> row <n>``, the
    citation's text) are made when asked: a million rows need neither unless cited or refused."""

    layer: LayerSpec
    record_id: str
    values: dict[str, Any]
    attributes: dict[str, Any]
    geometry: BaseGeometry | None
    file: str
    number: int
    issues: list[geo.GeometryIssue] = field(default_factory=list)
    fingerprint: str = ""  # the digest of values, attributes and geometry (``fingerprint``)
    # the geometry as stored, found for the whole batch at once (``geo.encode``): 2-D WKB and
    # its bounds (minx, miny, maxx, maxy); None when not found yet (the writer then does it)
    wkb: bytes | None = None
    bounds: tuple[float, float, float, float] | None = None

    @property
    def where(self) -> Location:
        return Location(self.file, self.number)

    @property
    def quote(self) -> str:
        return f"{self.file} row {self.number}"


def fingerprint(
    values: dict[str, Any], attributes: dict[str, Any], geometry: BaseGeometry | None
) -> str:
    """What makes two versions of a row the same: its mapped values, kept attributes and 2-D
    geometry (WKB hex), hashed canonically."""
    wkb = shapely.to_wkb(shapely.force_2d(geometry), hex=True) if geometry is not None else None
    return _fingerprint(values, attributes, wkb)


def _fingerprint(values: dict[str, Any], attributes: dict[str, Any], wkb_hex: str | None) -> str:
    """``fingerprint`` with the geometry's 2-D WKB hex already made (``geo.encode``)."""
    return content_hash({"values": values, "attributes": attributes, "geometry": wkb_hex})


class RowMapper:
    """Maps the rows of one file; remembers keys and geometries to find duplicates."""

    def __init__(self, mapping: Mapping, file_name: str, file_stem: str, crs: str | None) -> None:
        self.mapping, self.file, self.stem, self.crs = mapping, file_name, file_stem, crs
        self._keys = IntMap()  # record key hash -> its first row
        self._contents = IntMap()  # content digest (64 bits) -> rows seen with it
        self._duplicates = geo.DuplicateFinder(IntMap)
        self._header_checked: set[int] = set()
        self._geometry_headers: dict[tuple[str, ...], bool] = {}
        self._cells: dict[tuple[int, str], dict[Any, Any] | None] = {}  # _converted_cells
        self._unmapped: set[int] = set()  # routes whose file's header names none of its fields
        # rows written without their location (not safe to record), and the unmapped values
        # of those rows left out with it (``_route_batch``)
        self.locations_withheld = 0
        self.values_withheld = 0

    def map(self, row: SourceRow) -> tuple[MappedRow | None, list[InvalidInput]]:
        """One row (``map_batch`` of one)."""
        mapped, problems = self.map_batch([row])
        return (mapped[0] if mapped and not problems else None), problems

    def map_batch(self, rows: Sequence[SourceRow]) -> tuple[list[MappedRow], list[InvalidInput]]:
        """Every row of a batch, in order; a row with a problem is left out of the result."""
        problems: list[InvalidInput] = []
        routed: dict[int, tuple[LayerRoute, list[SourceRow]]] = {}
        single = self.mapping.routes[0] if len(self.mapping.routes) == 1 else None
        for row in rows:
            if row.problem is not None:  # the reader could not split it into columns
                problems.append(row.problem)
                continue
            route = single if single is not None and not single.when else None
            route = route or self.mapping.route_for(row.cells)
            if route is None:
                where = Location(self.file, row.number)
                problems.append(InvalidInput("matches none of the mapping's layers", where))
                continue
            routed.setdefault(id(route), (route, []))[1].append(row)
        mapped: list[MappedRow] = []
        for route, chosen in routed.values():
            mapped.extend(self._route_batch(route, chosen, problems))
        mapped.sort(key=lambda m: m.number)
        return mapped, problems

    def _route_batch(
        self, route: LayerRoute, rows: list[SourceRow], problems: list[InvalidInput]
    ) -> list[MappedRow]:
        problems.extend(self._missing_columns(route, rows))
        if id(route) in self._unmapped:
            return []  # one problem for the file (``_unmapped_header``), not one per row
        bad: set[int] = set()  # indexes of rows with a problem
        present: set[str] = set()  # the columns any row of the batch has
        for row in rows:
            present.update(row.cells)
        values = self._values(route, rows, _Columns(rows, present), problems, bad)
        shapes = self._geometries(route, rows, problems, bad)
        # Not safe to record the location: the row is written without it (domain.field).
        given = shapes
        withheld = {i for i, v in enumerate(values) if v and location_withheld(v)}
        if withheld:
            shapes = [None if i in withheld else s for i, s in enumerate(shapes)]
        # per batch, vectorised: the stored form of every shape, and the GICHD checks
        encoded = geo.encode(shapes)
        held = [i for i, shape in enumerate(shapes) if shape is not None]
        checked = dict(zip(held, geo.check_geometries([shapes[i] for i in held]), strict=True))
        used = route.used_columns()
        extras_of: dict[tuple[str, ...], list[str]] = {}
        mapped: list[MappedRow] = []
        spec, file, geometry_required = route.spec, self.file, route.spec.geometry_required
        shapes_compared = spec.name in DUPLICATE_SHAPE_LAYERS
        duplicates = self._duplicates
        plain_key = _plain_key(route)
        age_given = "age" in route.fields  # a victims file with ages: bands follow from them
        hexes, dumps, sha256 = encoded.hex, orjson.dumps, hashlib.sha256
        for i, row in enumerate(rows):
            shape = shapes[i]
            if shape is None and geometry_required and i not in bad:
                where = Location(file, row.number, "geometry")
                problems.append(InvalidInput("has no geometry", where))
                bad.add(i)
            if i in bad:
                continue
            row_values = values[i]
            if spec.needs:
                unmet = unmet_needs(spec, row_values, given[i] is not None)
                if unmet:
                    problems.extend(_unmet(spec.name, n, file, row.number) for n in unmet)
                    continue
            if i in withheld:
                withhold_location(spec, row_values)
            if age_given:
                complete_age_band(row_values)
            found: list[InvalidInput] = []
            if shape is None and not shapes_compared:  # most rows of a victims or EORE file
                reference = row_values.get("reference")
                issues = duplicates.check(row.number, None, str(reference) if reference else None)
            else:
                issues = self._checks(
                    route, shape, checked.get(i, []), row_values.get("reference"), row.number, found
                )
            cells = row.cells
            columns = tuple(cells)
            extras = extras_of.get(columns)
            if extras is None:
                unused = used
                if not route.point and row.geometry is None:
                    unused = used | {k for k in columns if k.lower() in _GEOMETRY_NAMES}
                extras = extras_of[columns] = [k for k in columns if k not in unused]
            attributes = {
                k: _plain(cells[k]) for k in extras if cells[k] is not None and cells[k] != ""
            }
            if i in withheld:
                # Not safe to record the location: no unmapped column is kept either. Any
                # of them may say where ("vereda", "coordenadas", a note), and no mapping can
                # vouch that none does, so the rule protects the location without knowing
                # the file's words (docs/field.md, "Safe to record the location").
                self.locations_withheld += 1
                self.values_withheld += len(attributes)
                attributes = {}
            # ``_fingerprint``, inline: it runs once per row
            digest = sha256(
                dumps(
                    {"values": row_values, "attributes": attributes, "geometry": hexes[i]},
                    option=SORT_KEYS,
                )
            ).hexdigest()
            record_id = (
                self._plain_record_id(route, plain_key, row, digest, found)
                if plain_key is not None
                else self._record_id(route, row, digest, found)
            )
            if found or record_id is None:
                problems.extend(found)
                continue
            mapped.append(
                MappedRow(
                    spec,
                    record_id,
                    row_values,
                    attributes,
                    shape,
                    file,
                    row.number,
                    issues,
                    digest,
                    encoded.wkb[i],
                    encoded.bounds[i],
                )
            )
        return mapped

    def _missing_columns(self, route: LayerRoute, rows: list[SourceRow]) -> list[InvalidInput]:
        """A file without a column the mapping names is not the file the mapping is for (a
        wrong preset would otherwise overwrite other records with blanks): one problem per
        missing column, reported on the first row of each layer. Without a mapping file (our
        own field names, ``row_if_blank``) a header naming none of the layer's fields, or
        lacking a column every row needs, is refused once (``_unmapped_header``)."""
        if id(route) in self._header_checked:
            return []
        self._header_checked.add(id(route))
        row = rows[0]
        if route.row_if_blank:
            return self._unmapped_header(route, row) or self._lacking_header(route, rows)
        named = sorted(route.used_columns() - {ROW, FILE, CONTENT} - set(row.cells))
        return [
            InvalidInput(
                "the mapping names this column and the file has no such column",
                Location(self.file, row.number, column),
            )
            for column in named
        ]

    def _unmapped_header(self, route: LayerRoute, row: SourceRow) -> list[InvalidInput]:
        """Without a mapping, a file none of whose columns is one of the layer's fields (nor a
        geometry) is a file in someone else's words: every row would become a blank record.
        One problem for the file, suggesting a preset or a mapping."""
        if row.geometry is not None or not row.cells:
            return []
        columns = set(row.cells)
        fields = {rule.column for rule in route.fields.values()}
        if columns & fields or any(c.lower() in _GEOMETRY_NAMES for c in columns):
            return []
        self._unmapped.add(id(route))
        shown = ", ".join(list(row.cells)[:6]) + (", ..." if len(columns) > 6 else "")
        reason = (
            f"none of its columns ({shown}) is a field of the {route.spec.name.replace('_', '-')}"
            " layer: say which column is which with --preset NAME (minewatch import"
            " --list-presets) or --mapping FILE (docs/field.md)"
        )
        return [InvalidInput(reason, Location(self.file))]

    def _lacking_header(self, route: LayerRoute, rows: list[SourceRow]) -> list[InvalidInput]:
        """Without a mapping, a header with no column for what every row of the layer needs
        (a required field, a need of ``spec.needs``, a geometry where one is required) would
        refuse every row for the same blank: one problem for the file instead, on the first
        column it lacks, naming its columns that are no field (kept only as attributes) and
        the way to say which is which. A need a geometry meets is met when a row of the first
        batch has one or a column can give one."""
        columns = set(rows[0].cells)
        located = any(r.geometry is not None for r in rows) or any(
            c.lower() in _GEOMETRY_NAMES for c in columns
        )
        spec = route.spec
        lacking: list[tuple[str, str]] = []  # (the field a problem is put on, what is lacking)
        for rule_name, rule in route.fields.items():
            wanted = spec.field(rule_name)
            if wanted is not None and wanted.required and rule.column not in columns:
                lacking.append((rule_name, rule.column))
        for need in spec.needs:
            names = [n for n in need.any_of if n != GEOMETRY]
            if any(route.fields[n].column in columns for n in names if n in route.fields):
                continue
            if GEOMETRY in need.any_of and located:
                continue
            shown = ", ".join(names) + (" or a geometry" if GEOMETRY in need.any_of else "")
            lacking.append((need.any_of[0], shown))
        if spec.geometry_required and not located:
            lacking.append((GEOMETRY, "a geometry"))
        if not lacking:
            return []
        self._unmapped.add(id(route))
        fields = {rule.column for rule in route.fields.values()}
        others = [c for c in rows[0].cells if c not in fields and c.lower() not in _GEOMETRY_NAMES]
        layer = spec.name.replace("_", "-")
        said = "; ".join(what for _, what in lacking)
        if "a geometry" in said:
            said += " (a wkt column, lon and lat, or x and y)"
        if others:
            said += f"; its columns {', '.join(others)} are not field names"
        reason = (
            f"has no column for what every {layer} row needs: {said}: name the columns as"
            " docs/field.md does, or say which is which with --preset NAME (minewatch import"
            " --list-presets) or --mapping FILE"
        )
        return [InvalidInput(reason, Location(self.file, None, lacking[0][0]))]

    def _values(
        self,
        route: LayerRoute,
        rows: list[SourceRow],
        cells: _Columns,
        problems: list[InvalidInput],
        bad: set[int],
    ) -> list[dict[str, Any]]:
        """Each row's typed values, converted column by column (each distinct cell once);
        ``cells``: the batch's cells by column."""
        formats = self.mapping.formats
        names: list[str] = []
        columns: list[list[Any]] = []
        for spec in (*COMMON_FIELDS, *route.spec.fields):
            if spec.name == "date":
                continue
            rule = route.fields.get(spec.name)
            column = rule.column if rule is not None else spec.name

            where = Location(self.file, None, column)

            def convert(
                raw: Any,
                spec: FieldSpec = spec,
                rule: FieldRule | None = rule,
                where: Location = where,
            ) -> Any:
                if rule is not None:
                    raw = rule.apply_value(raw, formats.numbers)
                return coerce(spec, raw, formats, where)

            if rule is not None:
                raw_column = cells(rule.column)
            else:
                raw_column = [route.constants.get(spec.name)] * len(rows)
            names.append(spec.name)
            plain = _plain_text(spec, rule, raw_column)
            if plain is not None:  # ids, names: one strip per cell, nothing to check
                columns.append(plain)
                continue
            done = self._converted_cells((id(route), spec.name))
            columns.append(self._convert(raw_column, convert, rows, problems, bad, done))
        names.append("date")
        columns.append(self._dates(route, rows, cells, formats, problems, bad))
        values = [dict(zip(names, cells, strict=True)) for cells in zip(*columns, strict=True)]
        iso3, public = self.mapping.iso3 or None, route.spec.public_by_default
        for entry in values:
            code = entry["iso3"] or iso3
            entry["iso3"] = str(code).upper() if code else None
            if entry["is_public"] is None:
                entry["is_public"] = public
            day = entry["date"]
            entry["year"] = int(day[:4]) if day else None
        return values

    def _convert(
        self,
        raw_column: list[Any],
        convert: Callable[[Any], Any],
        rows: list[SourceRow],
        problems: list[InvalidInput],
        bad: set[int],
        done: dict[Any, Any] | None = None,
    ) -> list[Any]:
        """``convert`` over a column, once per distinct cell; a failure is a problem on each
        row holding that cell (located at its row). ``done``: cells already converted in
        earlier batches (``_converted_cells``), added to."""
        done = {} if done is None else done
        failed: dict[Any, InvalidInput] = {}
        try:
            distinct = set(raw_column)
        except TypeError:  # an unhashable cell (a list from a GeoJSON property)
            distinct = None
        if distinct is not None:
            for raw in distinct:
                if raw in done:
                    continue
                try:
                    done[raw] = convert(raw)
                except InvalidInput as exc:
                    failed[raw] = exc
            if not failed:  # the common case: every cell converts, looked up at C speed
                return list(map(done.__getitem__, raw_column))
        out: list[Any] = []
        missing = _MISSING
        for i, raw in enumerate(raw_column):
            try:
                result = done.get(raw, missing)
            except TypeError:
                result = missing
            if result is not missing:
                out.append(result)
                continue
            error = _failure(failed, raw)
            if error is None:
                try:
                    result = convert(raw)
                except InvalidInput as exc:
                    error = exc
                    _remember(failed, raw, exc)
                else:
                    _remember(done, raw, result)
                    out.append(result)
                    continue
            problems.append(error.at(row=rows[i].number))
            bad.add(i)
            out.append(None)
        return out

    def _converted_cells(self, column: tuple[int, str]) -> dict[Any, Any] | None:
        """The cells of a (route, field) converted so far in this file, kept across batches
        while they are few (a million victims hold a few thousand distinct dates); a column
        with more distinct cells than ``KEPT_CELLS`` (ids, names) is converted per batch."""
        kept = self._cells.setdefault(column, {})
        if kept is not None and len(kept) > KEPT_CELLS:
            kept = self._cells[column] = None
        return kept

    def _dates(
        self,
        route: LayerRoute,
        rows: list[SourceRow],
        cells: _Columns,
        formats: Formats,
        problems: list[InvalidInput],
        bad: set[int],
    ) -> list[str | None]:
        if route.date is None:
            return [None] * len(rows)
        if isinstance(route.date, str):
            column = route.date
            where = Location(self.file, None, column)
            return self._convert(
                cells(column),
                lambda raw: parse_date(raw, formats, where),
                rows,
                problems,
                bad,
                self._converted_cells((id(route), "date")),
            )
        parts = route.date
        year_col, month_col = parts.get("year"), parts.get("month")
        pairs = [
            (
                row.cells.get(year_col) if year_col else None,
                row.cells.get(month_col) if month_col else None,
            )
            for row in rows
        ]
        return self._convert(
            pairs,
            lambda pair: _date_from_cells(pair, year_col, month_col, formats, self.file),
            rows,
            problems,
            bad,
            self._converted_cells((id(route), "date")),
        )

    def _record_id(
        self, route: LayerRoute, row: SourceRow, digest: str, problems: list[InvalidInput]
    ) -> str | None:
        parts = []
        content = False
        for column in route.key:
            if column == ROW:
                parts.append(str(row.number))
            elif column == FILE:
                parts.append(self.stem)
            elif column == CONTENT:
                content = True
                parts.append(self._occurrence(route, digest))
            else:
                value = row.cells.get(column)
                if value is None or not str(value).strip():
                    if route.row_if_blank:
                        content = True
                        parts.append(self._occurrence(route, digest))
                        continue
                    problems.append(
                        InvalidInput("the key is blank", Location(self.file, row.number, column))
                    )
                    return None
                parts.append(str(_plain(value)).strip())
        record_id = f"{route.spec.name}:{route.dataset}:{':'.join(parts)}"[:200]
        if content or set(route.key) <= {ROW, FILE}:
            return record_id  # unique within a file by construction: nothing to remember
        return self._remember_key(route, row, record_id, problems)

    def _plain_record_id(
        self,
        route: LayerRoute,
        column: str,
        row: SourceRow,
        digest: str,
        problems: list[InvalidInput],
    ) -> str | None:
        """``_record_id`` for a key of one column of the file (``_plain_key``): the same ids
        and the same problems, for the rows whose key cell is not blank."""
        value = row.cells.get(column)
        if type(value) is not str or not value.strip():  # a number, a date, a blank: in full
            return self._record_id(route, row, digest, problems)
        record_id = f"{route.spec.name}:{route.dataset}:{value.strip()}"[:200]
        return self._remember_key(route, row, record_id, problems)

    def _remember_key(
        self, route: LayerRoute, row: SourceRow, record_id: str, problems: list[InvalidInput]
    ) -> str:
        """``record_id``, after noting it: a second row naming the same record is a problem
        (64 bits of the interpreter's keyed hash per row remembered: bounded memory)."""
        first = self._keys.setdefault(hash(record_id), row.number)
        if first != row.number:
            problems.append(
                InvalidInput(
                    f"names the same record as row {first}",
                    Location(self.file, row.number, ",".join(route.key)),
                )
            )
        return record_id

    def _occurrence(self, route: LayerRoute, digest: str) -> str:
        """``c<digest>`` for the first row with this content in the file, ``c<digest>-N`` for
        the N-th: identical rows stay distinct records, and the same rows in another order or
        in a partial file get the same names."""
        short = digest[:24]
        counter = int(short[:16], 16) ^ hash(route.dataset)
        seen = self._contents.get(counter, 0) + 1
        self._contents[counter] = seen
        return f"c{short}" if seen == 1 else f"c{short}-{seen}"

    def _geometries(
        self,
        route: LayerRoute,
        rows: list[SourceRow],
        problems: list[InvalidInput],
        bad: set[int],
    ) -> list[BaseGeometry | None]:
        """Each row's geometry in WGS 84 (None where it has none or a problem): the points of
        coordinate columns made in one call, and every shape of the batch transformed in one."""
        shapes: list[BaseGeometry | None] = [None] * len(rows)
        pairs: list[tuple[int, float, float]] = []  # (index, x, y) of points by coordinates
        formats, file = self.mapping.formats, self.file
        sources: dict[tuple[str, ...], PointSource] = {}  # per header
        for i, row in enumerate(rows):
            if row.geometry:  # (an empty geometry falls back to the columns, as it did)
                shapes[i] = row.geometry
                continue
            if row.geometry is None and not route.point and not self._guessable(row):
                continue
            header = tuple(row.cells)
            source = sources.get(header)
            if source is None:
                source = sources[header] = _point_source(route, row.cells)
            try:
                found = _point(source, row.cells, formats, file, row.number)
            except InvalidInput as exc:
                problems.append(exc)
                bad.add(i)
                continue
            if isinstance(found, tuple):
                pairs.append((i, *found))
            else:
                shapes[i] = found
        if pairs:
            made = shapely.points([x for _, x, _ in pairs], [y for _, _, y in pairs]).tolist()
            for (i, _x, _y), point in zip(pairs, made, strict=True):
                shapes[i] = point
        held = [i for i, shape in enumerate(shapes) if shape is not None]
        if not held or self.crs is None:
            return shapes
        try:
            moved = geo.to_wgs84_all(np.asarray([shapes[i] for i in held], dtype=object), self.crs)
        except InvalidInput as exc:  # an unknown CRS: every row with a geometry, as before
            for i in held:
                problems.append(exc)
                bad.add(i)
                shapes[i] = None
            return shapes
        for i, shape in zip(held, moved.tolist(), strict=True):
            shapes[i] = shape
        return shapes

    def _guessable(self, row: SourceRow) -> bool:
        """Whether a file without a point rule has columns a geometry can come from (once per
        header)."""
        columns = tuple(row.cells)
        known = self._geometry_headers.get(columns)
        if known is None:
            known = any(k.lower() in _GEOMETRY_NAMES for k in columns)
            self._geometry_headers[columns] = known
        return known

    def _checks(
        self,
        route: LayerRoute,
        shape: BaseGeometry | None,
        found: list[geo.GeometryIssue],
        reference: Any,
        number: int,
        problems: list[InvalidInput],
    ) -> list[geo.GeometryIssue]:
        """``found``: the shape's own checks (``geo.check_geometries``); adds the duplicate
        checks, and a problem for each error."""
        # Duplicate shapes matter for areas and tasks (GICHD); many accidents and victims
        # rightly share a point (a municipality seat), so only their ids are compared.
        compared = shape if route.spec.name in DUPLICATE_SHAPE_LAYERS else None
        issues = self._duplicates.check(number, compared, str(reference) if reference else None)
        if shape is None:
            return issues
        for issue in found:
            if issue.severity is geo.Severity.ERROR:
                problems.append(
                    InvalidInput(
                        f"{issue.code}: {issue.detail}", Location(self.file, number, "geometry")
                    )
                )
        return [*found, *issues]


def _plain_text(spec: FieldSpec, rule: FieldRule | None, cells: list[Any]) -> list[Any] | None:
    """A free-text column's values at once (``coerce`` of each cell: stripped, blank ->
    the default), when every cell is text or None and nothing can fail: not required, not a
    state code, no value map or code digits. None: convert cell by cell (``_convert``)."""
    if (
        spec.type is not FieldType.TEXT
        or spec.required
        or spec.state
        or (rule is not None and (rule.values or rule.code_digits))
        or not set(map(type, cells)) <= _TEXT_CELLS
    ):
        return None
    default = spec.default
    return [default if cell is None else (cell.strip() or default) for cell in cells]


_TEXT_CELLS = {str, type(None)}


def _unmet(layer: str, need: Need, file: str, row: int) -> InvalidInput:
    """The problem for a row that leaves ``need`` unmet, reported on the need's first field."""
    reason = f"is blank: every {layer.replace('_', '-')} row needs {need.what}"
    if len(need.any_of) > 1:
        reason += f" (one of: {', '.join(need.any_of)})"
    return InvalidInput(reason, Location(file, row, need.any_of[0]))


class _Columns:
    """A batch's cells by column (None where a row lacks the column): when every row has every
    column (a CSV file's rows), all columns are split off in one pass at C speed (an
    ``itemgetter`` over the rows, transposed by ``zip``) instead of one dict lookup per cell
    and column; otherwise one column at a time. ``present``: the columns any row has."""

    def __init__(self, rows: list[SourceRow], present: set[str]) -> None:
        self.rows, self.present = rows, present
        self.split: dict[str, list[Any]] = {}
        names = list(rows[0].cells) if rows else []
        if len(names) < 2 or set(names) != present:
            return
        pick = itemgetter(*names)
        try:
            split = list(zip(*map(pick, [row.cells for row in rows]), strict=True))
        except KeyError:  # a row without one of the columns: column by column
            return
        self.split = dict(zip(names, map(list, split), strict=True))

    def __call__(self, name: str) -> list[Any]:
        found = self.split.get(name)
        if found is not None:
            return found
        if name not in self.present:
            return [None] * len(self.rows)
        return [row.cells.get(name) for row in self.rows]


def _plain_key(route: LayerRoute) -> str | None:
    """The key column when a route's key is one column of the file (the common case: a
    source's own id), which ``RowMapper._plain_record_id`` names rows by without the general
    path's per-part work; None otherwise."""
    if len(route.key) != 1 or route.key[0] in (ROW, FILE, CONTENT):
        return None
    return route.key[0]


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    with contextlib.suppress(TypeError):  # unhashable: not remembered
        cache[key] = value


def _failure(cache: dict[Any, InvalidInput], key: Any) -> InvalidInput | None:
    try:
        return cache.get(key)
    except TypeError:
        return None


def _date_from_cells(
    pair: tuple[Any, Any],
    year_col: str | None,
    month_col: str | None,
    formats: Formats,
    file: str,
) -> str | None:
    parts: dict[str, int | None] = {}
    for part, column, raw in (("year", year_col, pair[0]), ("month", month_col, pair[1])):
        try:
            parts[part] = None if raw in (None, "") else int(formats.numbers.parse(str(raw)))
        except (ValueError, OverflowError):  # "x", or a float that is infinite
            raise InvalidInput(
                f"{raw!r} is not a whole number", Location(file, None, column)
            ) from None
    return date_from_parts(
        parts["year"],
        parts["month"],
        Location(file, None, year_col),
        Location(file, None, month_col),
    )


PointSource = tuple[str | None, list[tuple[str, str]]]  # (WKT column, (x, y) column pairs)


def _point_source(route: LayerRoute, cells: dict[str, Any]) -> PointSource:
    """Where a row with these columns keeps its geometry: the route's point rule, else a WKT
    column or coordinate columns found by name (the same for every row of one header)."""
    wkt_column = route.point.get("wkt") or (None if route.point else _wkt_column(cells))
    if wkt_column:
        return wkt_column, []
    return None, [(route.point["x"], route.point["y"])] if route.point else _guess(cells)


def _point(
    source: PointSource, cells: dict[str, Any], formats: Formats, file: str, number: int
) -> BaseGeometry | tuple[float, float] | None:
    """The row's geometry from its WKT column, or its (x, y) from coordinate columns (made
    into points a batch at a time by ``RowMapper._geometries``), or None."""
    wkt_column, columns = source
    if wkt_column:
        return _wkt(cells.get(wkt_column), Location(file, number, wkt_column))
    for x_col, y_col in columns:
        x, y = cells.get(x_col), cells.get(y_col)
        if x in (None, "") and y in (None, ""):
            continue
        where = Location(file, number)
        return (_coordinate(x, x_col, formats, where), _coordinate(y, y_col, formats, where))
    return None


def _wkt_column(cells: dict[str, Any]) -> str | None:
    return next((k for k in cells if k.lower() in ("wkt", "geometry", "geom")), None)


def _wkt(text: Any, where: Location) -> BaseGeometry | None:
    if text is None or not str(text).strip():
        return None
    try:
        with np.errstate(over="raise"):  # '1e400' overflows a double: a problem, not inf
            return shapely.from_wkt(str(text))
    except shapely.errors.GEOSException as exc:
        raise InvalidInput(f"is not WKT ({exc})", where) from None
    except FloatingPointError:
        raise InvalidInput("is not WKT (a coordinate is too large for a number)", where) from None


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
