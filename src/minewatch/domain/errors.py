"""The one catalogue of errors minewatch raises. Every code is a class here; nothing else
invents a code.

    MinewatchError (500, internal_error)        a bug: something we did not expect
    ├── InvalidInput (400, invalid_input)       bad file/row/field/value, with its location
    │   ├── InvalidDate (400, invalid_date)
    │   ├── ImportRefused (400, import_refused)  an import's every problem, located; none written
    │   └── ReleaseExceedsHazard (400, release_exceeds_hazard)  more land released than exists
    ├── Unauthenticated (401, unauthenticated)
    ├── PermissionDenied (403, permission_denied)
    ├── NotFound (404, not_found)
    ├── MethodNotAllowed (405, method_not_allowed)
    ├── VersionConflict (409, version_conflict)  an edit whose base version is stale
    ├── NotInitialised (503, not_initialised)   the database is not at the newest schema
    ├── AuditTampered (500, audit_tampered)     the audit log's hash chain is broken
    ├── PayloadTooLarge (413, payload_too_large) a request body or document over its limit
    ├── Throttled (429, throttled)              too many failed logins: wait and retry
    ├── DatabaseUnavailable (503, database_unavailable) the database cannot be opened
    ├── BackupFailed (500, backup_failed)       a backup or restore did not verify
    ├── IntegrityFailed (500, integrity_failed) ledger rows and audit log disagree
    └── HttpError (status varies, http_error)   any other HTTP-level refusal

Each class carries its stable ``code`` and HTTP ``status`` (and a one-line ``meaning`` for the
table in docs/errors.md, which a test keeps in step). Each face renders them in one place:
``web/problems.py`` (JSON problem, RFC 9457), ``web/templating.render_error`` (HTML page) and
``cli/common.fail`` (``error (code): message``, exit 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class MinewatchError(Exception):
    code = "internal_error"
    status = 500
    meaning = "Something went wrong that we did not expect; nothing was written."

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
    meaning = "A file, row, field or parameter is not acceptable; the details say where and why."

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
    meaning = (
        "A date or timestamp is malformed or impossible (YYYY-MM-DD, YYYY-MM or YYYY expected;"
        " an ISO 8601 timestamp for `known_at`)."
    )


class ImportRefused(InvalidInput):
    """An import found problems; nothing was written. ``problems`` lists each one located
    (file, row, field, reason); ``more`` counts those beyond the listed ones."""

    code = "import_refused"
    meaning = (
        "An import found problems, each listed with file, row, field and why; nothing was written."
    )

    def __init__(self, problems: Sequence[InvalidInput], more: int = 0) -> None:
        self.problems = list(problems)
        self.more = more
        total = len(self.problems) + more
        files = ", ".join(dict.fromkeys(p.where.file for p in self.problems if p.where.file))
        super().__init__(f"{total} problem(s) found in {files or 'the input'}; nothing was written")

    def details(self) -> dict[str, object]:
        return {"problems": [p.details() for p in self.problems], "not_listed": self.more}


class ReleaseExceedsHazard(InvalidInput):
    """Cancelled + reduced + cleared would exceed the hazard's own geodesic area (IMAS 07.11)."""

    code = "release_exceeds_hazard"
    meaning = "Land released (cancelled + reduced + cleared) would exceed the hazard's area."


class Unauthenticated(MinewatchError):
    code = "unauthenticated"
    status = 401
    meaning = "No valid login or API token was given."


class PermissionDenied(MinewatchError):
    code = "permission_denied"
    status = 403
    meaning = "The login or token is valid but lacks the role or scope this needs."


class NotFound(MinewatchError):
    code = "not_found"
    status = 404
    meaning = "No such state, source, record or page."


class MethodNotAllowed(MinewatchError):
    code = "method_not_allowed"
    status = 405
    meaning = "The address exists but not for this HTTP method."


class VersionConflict(MinewatchError):
    code = "version_conflict"
    status = 409
    meaning = "The record changed since the version the edit was based on: reload and reapply."

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


class NotInitialised(MinewatchError):
    code = "not_initialised"
    status = 503
    meaning = "The database is not at the newest schema: run `minewatch init`."


class AuditTampered(MinewatchError):
    code = "audit_tampered"
    status = 500
    meaning = "The audit log's hash chain breaks: an entry was changed or removed."

    def __init__(self, entry: int) -> None:
        self.entry = entry
        super().__init__(f"the audit chain breaks at entry {entry}")

    def details(self) -> dict[str, object]:
        return {"entry": self.entry}


class PayloadTooLarge(MinewatchError):
    code = "payload_too_large"
    status = 413
    meaning = "A request body or document is over its documented size limit."

    def __init__(self, what: str, limit: int) -> None:
        self.limit = limit
        super().__init__(f"{what} is over the limit of {limit:,} bytes")

    def details(self) -> dict[str, object]:
        return {"limit": self.limit}


class Throttled(MinewatchError):
    code = "throttled"
    status = 429
    meaning = "Too many failed logins for this user or address: wait, then try again."

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(f"too many failed logins: try again in {retry_after} s")

    def details(self) -> dict[str, object]:
        return {"retry_after": self.retry_after}


class DatabaseUnavailable(MinewatchError):
    code = "database_unavailable"
    status = 503
    meaning = "The database cannot be opened: a wrong URL, a missing folder or a server down."


class BackupFailed(MinewatchError):
    code = "backup_failed"
    status = 500
    meaning = "A backup or restore could not be made, or its copy did not verify."


class IntegrityFailed(MinewatchError):
    code = "integrity_failed"
    status = 500
    meaning = (
        "The ledger and the audit log disagree: a row without its audit entry, a hash that does"
        " not match, or the kept audit anchor is missing."
    )


class HttpError(MinewatchError):
    """An HTTP-level refusal with no more specific class (its status is the one the server
    gave, e.g. 415 or 413)."""

    code = "http_error"
    status = 400
    meaning = "The HTTP request was refused before reaching minewatch (status as given)."

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def catalogue() -> list[type[MinewatchError]]:
    """Every error class, the root first, then depth-first in definition order."""
    found: list[type[MinewatchError]] = []

    def walk(cls: type[MinewatchError]) -> None:
        found.append(cls)
        for sub in cls.__subclasses__():
            walk(sub)

    walk(MinewatchError)
    return found
