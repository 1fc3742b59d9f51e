"""Strict CSV reading: every problem names the file, the row and the field."""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from minewatch.domain.dates import PartialDate, parse_optional
from minewatch.domain.errors import InvalidInput, Location


@dataclass(frozen=True)
class Row:
    """One data row; ``number`` counts lines as a spreadsheet does (the header is row 1)."""

    file: str
    number: int
    cells: dict[str, str]

    def where(self, field: str | None = None) -> Location:
        return Location(self.file, self.number, field)

    def text(self, field: str) -> str:
        return self.cells[field].strip()

    def required(self, field: str) -> str:
        value = self.text(field)
        if not value:
            raise InvalidInput("is required but blank", self.where(field))
        return value

    def optional(self, field: str) -> str | None:
        return self.text(field) or None

    def date(self, field: str) -> PartialDate | None:
        return parse_optional(self.cells[field], self.where(field))

    def quote(self, fields: Sequence[str]) -> str:
        """The row as a citation quote: what in this row supports the record."""
        shown = ", ".join(f"{f}={self.text(f)}" for f in fields if self.text(f))
        return f"{self.file} row {self.number}: {shown}"


def read_rows(path: Path, required_columns: Sequence[str]) -> Iterator[Row]:
    """The data rows of a UTF-8 CSV file; InvalidInput (file, row, field) for a missing column,
    a row of the wrong width, bytes that are not UTF-8 or a NUL byte."""
    name = path.name
    try:
        yield from _rows(path, name, required_columns)
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"is not UTF-8 text ({exc.reason} at byte {exc.start})", Location(name)
        ) from None
    except csv.Error as exc:  # a NUL byte, or a field over the csv module's limit
        raise InvalidInput(f"is not a readable CSV file ({exc})", Location(name)) from None


def _rows(path: Path, name: str, required_columns: Sequence[str]) -> Iterator[Row]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None:
            raise InvalidInput("the file is empty", Location(name))
        for column in required_columns:
            if column not in header:
                raise InvalidInput("column is missing from the header", Location(name, 1, column))
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            problem = ragged_row(name, number, header, cells)
            if problem is not None:
                raise problem
            yield Row(name, number, dict(zip(header, cells, strict=True)))


def ragged_row(
    file: str, number: int, header: Sequence[str], cells: Sequence[str]
) -> InvalidInput | None:
    """The one rule for a CSV row that does not fit its header, shared by every CSV reader:
    None when the row has the header's width, else the problem (file, row, and for a short row
    the first column it lacks). A ragged row is refused, never padded or cut: the cells of a
    row with a stray or missing separator would land under the wrong columns."""
    if len(cells) == len(header):
        return None
    missing = header[len(cells)] if len(cells) < len(header) else None
    reason = f"has {len(cells)} cells where the header has {len(header)}"
    return InvalidInput(reason, Location(file, number, missing))


def not_a_file(path: Path) -> InvalidInput | None:
    """Why ``path`` names no file to read ("no such file", "is a folder, not a file"), or None:
    the one wording of every command that reads files (extract, ingest, import)."""
    if not path.exists():
        return InvalidInput("no such file", Location(str(path)))
    if path.is_dir():
        return InvalidInput("is a folder, not a file", Location(str(path)))
    return None
