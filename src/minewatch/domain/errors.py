"""The one tree of errors minewatch raises.

    MinewatchError (500, internal_error)
    ├── InvalidInput (400, invalid_input)       bad file/row/field/value, with its location
    │   └── InvalidDate (400, invalid_date)
    ├── Unauthenticated (401, unauthenticated)
    ├── PermissionDenied (403, permission_denied)
    ├── NotFound (404, not_found)
    └── VersionConflict (409, version_conflict)  an edit whose base version is stale

Each class carries its stable code and HTTP status so the web layer can turn any of them into a
JSON problem in one place; the CLI prints ``message`` and exits non-zero.
"""

from __future__ import annotations

from dataclasses import dataclass


class MinewatchError(Exception):
    code = "internal_error"
    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def details(self) -> dict[str, object]:
        return {}


@dataclass(frozen=True)
class Location:
    """Where in an input a problem sits; every part is optional."""

    file: str | None = None
    row: int | None = None
    field: str | None = None

    def describe(self) -> str:
        parts = []
        if self.file is not None:
            parts.append(self.file)
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.field is not None:
            parts.append(f"field {self.field!r}")
        return ", ".join(parts)


class InvalidInput(MinewatchError):
    code = "invalid_input"
    status = 400

    def __init__(self, reason: str, where: Location | None = None) -> None:
        self.reason = reason
        self.where = where or Location()
        prefix = self.where.describe()
        super().__init__(f"{prefix}: {reason}" if prefix else reason)

    def at(self, *, file: str | None = None, row: int | None = None) -> InvalidInput:
        """The same error, located more precisely by an outer layer (a loader knows the file)."""
        where = Location(
            file=file or self.where.file,
            row=row if row is not None else self.where.row,
            field=self.where.field,
        )
        return type(self)(self.reason, where)

    def details(self) -> dict[str, object]:
        return {
            "file": self.where.file,
            "row": self.where.row,
            "field": self.where.field,
            "reason": self.reason,
        }


class InvalidDate(InvalidInput):
    code = "invalid_date"


class Unauthenticated(MinewatchError):
    code = "unauthenticated"
    status = 401


class PermissionDenied(MinewatchError):
    code = "permission_denied"
    status = 403


class NotFound(MinewatchError):
    code = "not_found"
    status = 404


class VersionConflict(MinewatchError):
    code = "version_conflict"
    status = 409

    def __init__(self, record_id: str, base_version: int | None, current_version: int) -> None:
        self.record_id = record_id
        self.base_version = base_version
        self.current_version = current_version
        super().__init__(
            f"record {record_id!r} is at version {current_version}; "
            f"this edit was based on version {base_version}: reload and reapply"
        )

    def details(self) -> dict[str, object]:
        return {
            "record": self.record_id,
            "base_version": self.base_version,
            "current_version": self.current_version,
        }
