"""Streaming readers for tabular and vector files: CSV, XLSX, and anything GDAL reads through
pyogrio (GeoJSON, GeoPackage, Shapefile, FlatGeobuf...).

Each reader yields ``SourceRow``s in batches, holding at most one batch in memory, and says how
many rows to expect (for the progress bar). Row numbers are what a person sees: in CSV and XLSX
the header is row 1, so the first data row is 2; in vector files the first feature is 1.
"""

from __future__ import annotations

import csv
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import shapely
from shapely.geometry.base import BaseGeometry

from minewatch.domain.errors import ImportRefused, InvalidInput, Location
from minewatch.imports.csvfile import not_a_file, ragged_row

BATCH = 2_000
VECTOR_SUFFIXES = {".geojson", ".json", ".gpkg", ".shp", ".fgb", ".zip", ".gml", ".kml"}


@dataclass(frozen=True)
class SourceRow:
    """One row as read. A row the reader could not split into the header's columns has no
    cells and says why in ``problem``: the mapper reports it beside every other row's."""

    number: int
    cells: dict[str, Any]
    geometry: BaseGeometry | None = None
    problem: InvalidInput | None = None


class RowReader(Protocol):
    name: str
    crs: str | None
    expected: int | None

    def batches(self) -> Iterator[list[SourceRow]]: ...


def open_table(path: Path, encoding: str = "utf-8-sig") -> RowReader:
    """The reader for this file, chosen by its suffix; InvalidInput when it cannot be read."""
    if (problem := not_a_file(path)) is not None:
        raise problem
    if path.stat().st_size == 0:  # in our words, whatever reader the suffix would choose
        raise InvalidInput("the file is empty", Location(path.name))
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        return CsvReader(path, encoding)
    if suffix in (".xlsx", ".xlsm"):
        return XlsxReader(path)
    if suffix in VECTOR_SUFFIXES:
        return VectorReader(path)
    raise InvalidInput(
        f"cannot import {suffix or 'a file without a suffix'}: use CSV, XLSX, GeoJSON, "
        "GeoPackage or Shapefile",
        Location(path.name),
    )


class CsvReader:
    def __init__(self, path: Path, encoding: str) -> None:
        self.path, self.name, self.encoding = path, path.name, encoding
        self.crs: str | None = None
        with path.open("rb") as handle:
            self.expected: int | None = max(
                sum(b.count(b"\n") for b in iter(_chunks(handle))) - 1, 0
            )

    def batches(self) -> Iterator[list[SourceRow]]:
        try:
            with self.path.open(newline="", encoding=self.encoding) as handle:
                yield from self._read(handle)
        except UnicodeDecodeError as exc:
            raise InvalidInput(
                f"is not {self.encoding} text ({exc.reason} at byte {exc.start})",
                Location(self.name),
            ) from None

    def _read(self, handle: io.TextIOWrapper) -> Iterator[list[SourceRow]]:
        sample = handle.read(65536)
        handle.seek(0)
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(handle, dialect)
        header = [h.strip() for h in next(reader, [])]
        if not header:
            raise InvalidInput("the file is empty", Location(self.name))
        batch: list[SourceRow] = []
        width = len(header)
        swallowed = 0  # lines an unclosed quote ran over, read again as rows (_unclosed_quote)
        for index, cells in enumerate(reader, start=2):
            number = index + swallowed
            if not (cells and cells[0].strip()) and not "".join(cells).strip():
                continue  # a blank line (the first cell decides for almost every row)
            # (the width compared here first: almost every row fits, and a call per row costs)
            problem = None if len(cells) == width else ragged_row(self.name, number, header, cells)
            if problem is not None:
                rows = _unclosed_quote(problem, cells, number, header, dialect)
                batch.extend(rows)
                swallowed += len(rows) - 1
            else:
                batch.append(SourceRow(number, dict(zip(header, cells, strict=True))))
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch


def _unclosed_quote(
    problem: InvalidInput, cells: list[str], number: int, header: list[str], dialect: Any
) -> list[SourceRow]:
    """A ragged row, as a problem; when one of its cells runs over several lines, a quote
    opened in it was likely never closed and swallowed the lines after it: the problem says
    so, and those lines are read again as rows of their own (numbered as the lines they are)
    so that their own problems are reported too."""
    spanning = next((c for c in cells if "\n" in c or "\r" in c), None)
    if spanning is None:
        return [SourceRow(number, {}, problem=problem)]
    lines = spanning.splitlines()[1:]
    reason = (
        f"{problem.reason}: likely an unclosed quote starting at row {number} (a quoted cell "
        f"runs over the next {len(lines)} line(s)); close it or remove the stray quote"
    )
    rows = [SourceRow(number, {}, problem=InvalidInput(reason, problem.where))]
    for offset, line in enumerate(lines, start=1):
        again = next(csv.reader([line], dialect), [])
        if not "".join(again).strip():
            continue
        found = ragged_row(problem.where.file or "", number + offset, header, again)
        if found is None:
            rows.append(SourceRow(number + offset, dict(zip(header, again, strict=True))))
    return rows


def _chunks(handle: Any) -> Iterator[bytes]:
    while chunk := handle.read(1 << 20):
        yield chunk


class XlsxReader:
    def __init__(self, path: Path) -> None:
        from openpyxl import load_workbook

        self.path, self.name = path, path.name
        self.crs: str | None = None
        try:
            self._book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a broken file
            raise InvalidInput(
                f"is not a readable XLSX workbook ({exc})", Location(path.name)
            ) from None
        sheet = self._book.worksheets[0]
        self.expected = max((sheet.max_row or 1) - 1, 0)

    def batches(self) -> Iterator[list[SourceRow]]:
        rows = self._book.worksheets[0].iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, ())]
        batch: list[SourceRow] = []
        for number, values in enumerate(rows, start=2):
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            batch.append(SourceRow(number, dict(zip(header, values, strict=False))))
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch
        self._book.close()


class VectorReader:
    def __init__(self, path: Path) -> None:
        import pyogrio

        self.path, self.name = path, path.name
        try:
            info = pyogrio.read_info(path)
        except Exception as exc:  # GDAL's errors for an unreadable file vary by driver
            raise InvalidInput(
                f"is not a readable vector file ({_gdal_words(exc, path)})", Location(path.name)
            ) from None
        self.crs: str | None = info.get("crs")
        self.expected = int(info.get("features") or 0) or None

    def batches(self) -> Iterator[list[SourceRow]]:
        from pyogrio.errors import (
            DataLayerError,
            DataSourceError,
            FeatureError,
            FieldError,
            GeometryError,
        )
        from pyogrio.raw import read

        start = 0
        while True:
            try:
                with warnings.catch_warnings(record=True) as said:
                    warnings.simplefilter("always")
                    meta, _fids, geometry, columns = read(
                        self.path, skip_features=start, max_features=BATCH
                    )
                gdal = [str(w.message) for w in said if issubclass(w.category, RuntimeWarning)]
                if gdal and geometry is not None:
                    self._refuse_unclosed_rings(start, geometry, gdal)
                _refuse_what_gdal_changed(said, Location(self.name))
            except (
                FeatureError,
                FieldError,
                GeometryError,
                DataLayerError,
                DataSourceError,
                ValueError,  # a date field GDAL guessed, holding "2025-02-30"
            ) as exc:
                # GDAL refuses a malformed feature (a Point whose coordinates are a number)
                where = Location(self.name, start + 1)
                raise InvalidInput(f"is not a readable feature ({exc})", where) from None
            if geometry is None or len(geometry) == 0:
                return
            names = [str(n) for n in meta["fields"]]
            values = [_blanks(c) for c in columns]
            try:
                shapes = shapely.from_wkb(geometry)
            except shapely.errors.GEOSException as exc:  # a one-point line, ...
                where = Location(self.name, start + 1)
                raise InvalidInput(f"has a geometry that cannot be read ({exc})", where) from None
            yield [
                SourceRow(start + i + 1, dict(zip(names, row, strict=True)), shape)
                for i, (shape, *row) in enumerate(zip(shapes, *values, strict=True))
            ]
            start += len(geometry)
            if len(geometry) < BATCH:
                return

    def _refuse_unclosed_rings(self, start: int, shapes: Any, said: list[str]) -> None:
        """Raise ImportRefused naming each feature of this batch (``shapes``: its WKB as GDAL
        read it; ``start`` features before it) whose polygon has a ring GDAL closed while
        reading (its warning names no feature): ``file, row N, field 'geometry': feature N
        (reference 'x'): a ring of its polygon is not closed ...``. Found by reading the
        batch again with GDAL's
        ``OGR_GEOMETRY_ACCEPT_UNCLOSED_RING=NO`` (then such a polygon comes back empty), on
        this error path only; returns when GDAL said nothing of rings or none is pinned (the
        caller then refuses the file with GDAL's words)."""
        if not any(_UNCLOSED in words for words in said):
            return
        import pyogrio
        from pyogrio.raw import read

        option = "OGR_GEOMETRY_ACCEPT_UNCLOSED_RING"
        before = pyogrio.get_gdal_config_option(option)
        pyogrio.set_gdal_config_options({option: "NO"})
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                meta, fids, strict, columns = read(
                    self.path, skip_features=start, max_features=len(shapes), return_fids=True
                )
        finally:
            pyogrio.set_gdal_config_options({option: before})
        names = [str(n) for n in meta["fields"]]
        cells = [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
        if not cells:
            cells = [{} for _ in shapes]
        problems = []
        # as read, such a ring stays unclosed (not a valid shape); strictly, an empty polygon
        as_read = shapely.from_wkb(shapes, on_invalid="ignore")
        for i, (read_shape, strict_wkb) in enumerate(zip(as_read, strict, strict=True)):
            if shapes[i] is None or strict_wkb is None:
                continue
            if read_shape is not None and read_shape.is_empty:
                continue  # written empty
            strict_shape = shapely.from_wkb(strict_wkb, on_invalid="ignore")
            if strict_shape is not None and not strict_shape.is_empty:
                continue
            fid = fids.tolist()[i] if fids is not None and len(fids) > i else None
            label = f"feature {start + i + 1}{_feature_id(cells[i], fid)}"
            problems.append(
                InvalidInput(
                    f"{label}: a ring of its polygon is not closed (its last point is not its "
                    "first), which GDAL would close by itself; close it in the file",
                    Location(self.name, start + i + 1, "geometry"),
                )
            )
        if problems:
            raise ImportRefused(problems[:MAX_LISTED], max(len(problems) - MAX_LISTED, 0))


_UNCLOSED = "Non closed ring"  # GDAL's warning when it closes a polygon's ring itself
MAX_LISTED = 1_000  # as an import lists its problems (services.field_import)


def _feature_id(cells: dict[str, Any], fid: Any) -> str:
    """' (reference 'x')' for a feature with a ``reference``, ``id`` or ``pcode`` property,
    else ' (id N)' from the feature id GDAL reads where the file gives one, else ''."""
    for key in ("reference", "id", "pcode"):
        value = cells.get(key)
        if value is not None and str(value).strip():
            return f" ({key} {str(value)!r})"
    return f" (id {fid})" if fid is not None else ""


def _gdal_words(exc: Exception, path: Path) -> str:
    """GDAL's reason a file cannot be opened, for the person importing it: without the file's
    full path (the problem names the file) and without GDAL's advice to prefix the path with a
    driver's name, which no option of ours does."""
    words = str(exc)
    if "not recognized as being in a supported file format" in words:
        return "GDAL recognises no format in it: not GeoJSON, GeoPackage, Shapefile or FlatGeobuf"
    words = words.split("; It might help")[0].replace(f"'{path}'", "the file")
    return words.replace(str(path), "the file")


def _blanks(column: Any) -> list[Any]:
    """A column's values, a number column's missing ones (NaN: GDAL's null, and a GeoJSON
    feature without the property) as None, the blank every other reader gives."""
    values: list[Any] = column.tolist()
    if column.dtype.kind != "f":
        return values
    return [None if value != value else value for value in values]


def _refuse_what_gdal_changed(said: list[warnings.WarningMessage], where: Location) -> None:
    """GDAL warns, and reads on, when a feature is not as written: a point with one coordinate
    becomes no geometry, an unclosed ring is closed. Nothing is silently fixed (docs/field.md):
    such a file is refused with GDAL's words, which printed on the terminal before. Only GDAL's
    own warnings (pyogrio raises them as RuntimeWarning) refuse: a library's deprecation notice
    says nothing of the file, and is passed on as it came."""
    gdal = [w for w in said if issubclass(w.category, RuntimeWarning)]
    for other in said:
        if other not in gdal:
            warnings.warn_explicit(other.message, other.category, other.filename, other.lineno)
    if gdal:
        words = "; ".join(dict.fromkeys(str(w.message) for w in gdal))
        raise InvalidInput(f"is not read as written (GDAL: {words})", where)
