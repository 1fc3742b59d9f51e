"""The OpenAPI document, telling the truth about what the app answers.

FastAPI writes the document from the routes; this adds what every operation answers without the
route knowing, so that a client (and ``tests/trust/test_openapi_truth.py``, which checks each
claim against the app, and schemathesis in ``tests/trust/test_api_fuzz.py``) can rely on it:

- to every GET, what ``minewatch.web.delivery`` adds: the CSV representation and its query
  parameters (``format`` is ``json`` or ``csv``, anything else is a 400), ``304`` with the
  validators, ``Link`` for paged lists, and a ``HEAD`` operation beside it;
- the errors (``web/problems.py``), each an ``application/problem+json`` document of the
  ``Problem`` schema: ``400`` for every operation (FastAPI's ``422`` is never sent), ``404`` where
  the path names something, ``401`` where a token is read, ``403`` where a scope is needed,
  ``409`` and ``413`` for every write (a body over ``web/limits``), ``503`` everywhere (the
  database is not initialised or cannot be reached);
- the formats and limits the app checks: every integer is ``int64`` with its bounds written as
  exact integers (``domain/values.MAX_INT``), ``as_of`` is a ``date``, ``known_at`` a
  ``date-time``.
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.openapi.utils import get_openapi
from fastapi.routing import RouteContext, iter_route_contexts

from minewatch.domain.errors import catalogue
from minewatch.domain.values import MAX_INT, MIN_INT
from minewatch.web.api import principal
from minewatch.web.layers import caller

CONVENTIONS = """

Every GET also answers `HEAD`, `?format=csv` (or `Accept: text/csv`; `&hxl=1` adds the HXL
hashtag row, `&table=NAME` picks one of several tables), conditional requests (`ETag`,
`Last-Modified`, `304 Not Modified`), gzip for bodies of 1 kB or more, and CORS for reading
(never with credentials). Lists page with `limit` and `offset` and give the next page's URL in
`page.next` and a `Link: rel="next"` header."""

CSV_PARAMETERS: list[dict[str, Any]] = [
    {
        "name": "format",
        "in": "query",
        "required": False,
        "description": "`csv` for a CSV table instead of JSON (same as `Accept: text/csv`)",
        "schema": {"type": "string", "enum": ["json", "csv"]},
    },
    {
        "name": "hxl",
        "in": "query",
        "required": False,
        "description": "With CSV: `1` adds an HXL hashtag row under the header",
        "schema": {"type": "boolean", "default": False},
    },
    {
        "name": "table",
        "in": "query",
        "required": False,
        "description": "With CSV: which list of the answer to write, when it has several",
        "schema": {"type": "string"},
    },
]
VALIDATORS = {
    "ETag": {"description": "Weak validator of this answer", "schema": {"type": "string"}},
    "Last-Modified": {
        "description": "When the data last changed (anonymous requests)",
        "schema": {"type": "string"},
    },
    "Link": {"description": 'The next page: `<URL>; rel="next"`', "schema": {"type": "string"}},
}
NOT_MODIFIED = {"description": "Not Modified: the copy named by If-None-Match is current"}


def document_get(operation: dict[str, Any]) -> None:
    """Add the CSV parameters, the CSV media type, the validators and 304 to one GET."""
    names = {p.get("name") for p in operation.get("parameters", [])}
    operation.setdefault("parameters", []).extend(
        p for p in CSV_PARAMETERS if p["name"] not in names
    )
    ok = operation.setdefault("responses", {}).setdefault("200", {"description": "OK"})
    ok.setdefault("content", {}).setdefault("text/csv", {"schema": {"type": "string"}})
    ok.setdefault("headers", {}).update(VALIDATORS)
    operation["responses"].setdefault("304", NOT_MODIFIED)


def head_of(operation: dict[str, Any]) -> dict[str, Any]:
    """The HEAD twin of a GET: same parameters and headers, no body."""
    head = copy.deepcopy(operation)
    head["operationId"] = f"{operation.get('operationId', 'get')}_head"
    head["summary"] = f"{operation.get('summary', '')} (headers only)".strip()
    for response in head.get("responses", {}).values():
        response.pop("content", None)
    return head


PROBLEM_REF = "#/components/schemas/Problem"
PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "description": "An error (RFC 9457); `code` is one of docs/errors.md, `field` names the input",
    "type": "object",
    "required": ["type", "title", "status", "code", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "code": {"type": "string", "enum": sorted({cls.code for cls in catalogue()})},
        "detail": {"type": "string"},
        "file": {"type": ["string", "null"]},
        "row": {"type": ["integer", "null"]},
        "field": {"type": ["string", "null"]},
        "reason": {"type": "string"},
        "record": {"type": "string"},
        "base_version": {"type": ["integer", "null"]},
        "current_version": {"type": "integer"},
        "limit": {"type": "integer"},
        "retry_after": {"type": "integer"},
    },
}
ERRORS: dict[str, str] = {
    "400": "`invalid_input` or `invalid_date`: a parameter or the body is not acceptable",
    "401": "`unauthenticated`: no valid API token (`Authorization: Bearer <token>`)",
    "403": "`permission_denied`: the token lacks the role or scope this needs",
    "404": "`not_found`: nothing by that name or id",
    "409": "`version_conflict`: the record changed since `base_version`: reload and reapply",
    "413": "`payload_too_large`: the body is over the limit (docs/api.md, Limits)",
    "503": "`not_initialised` or `database_unavailable`",
}
PARAMETER_FORMATS: dict[str, dict[str, Any]] = {
    "as_of": {"type": "string", "format": "date"},
    "known_at": {"type": "string", "format": "date-time"},
}


def _problem(status: str) -> dict[str, Any]:
    return {
        "description": ERRORS[status],
        "content": {"application/problem+json": {"schema": {"$ref": PROBLEM_REF}}},
    }


def _calls(dependant: Dependant) -> set[Any]:
    found = {dependant.call}
    for sub in dependant.dependencies:
        found |= _calls(sub)
    return found


def error_statuses(route: RouteContext, method: str) -> list[str]:
    """The error statuses ``route`` can answer for ``method``, from what it depends on."""
    calls = _calls(route.dependant)
    statuses = ["400", "503"]
    if route.dependant.path_params:
        statuses.append("404")
    if principal in calls or caller in calls:
        statuses.append("401")
    if principal in calls:
        statuses.append("403")
    if method not in ("get", "head"):
        statuses += ["409", "413"]
    return sorted(statuses)


def int64(node: Any) -> None:
    """Every integer schema under ``node``: ``format: int64`` and exact integer bounds."""
    if isinstance(node, list):
        for item in node:
            int64(item)
        return
    if not isinstance(node, dict):
        return
    if node.get("type") == "integer":
        node.setdefault("format", "int64")
        low, high = node.get("minimum", MIN_INT), node.get("maximum", MAX_INT)
        node["minimum"] = MIN_INT if low <= MIN_INT else int(low)
        node["maximum"] = MAX_INT if high >= MAX_INT else int(high)
    for value in node.values():
        int64(value)


def document_errors(schema: dict[str, Any], routes: list[Any]) -> None:
    """Replace FastAPI's 422 with the problems each operation really answers."""
    schema.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    schema["components"]["schemas"].pop("HTTPValidationError", None)
    schema["components"]["schemas"].pop("ValidationError", None)
    for route in iter_route_contexts(routes):
        if not getattr(route, "include_in_schema", False) or route.path_format is None:
            continue
        operations = schema["paths"].get(route.path_format, {})
        for method in route.methods or ():
            operation = operations.get(method.lower())
            if operation is None:
                continue
            responses = operation.setdefault("responses", {})
            responses.pop("422", None)
            for status in error_statuses(route, method.lower()):
                responses[status] = _problem(status)
            for parameter in operation.get("parameters", []):
                if parameter["name"] in PARAMETER_FORMATS:
                    parameter["schema"] = {**PARAMETER_FORMATS[parameter["name"]]}


def document(schema: dict[str, Any], routes: list[Any] | None = None) -> dict[str, Any]:
    document_errors(schema, routes or [])
    int64(schema)
    for operations in schema.get("paths", {}).values():
        get = operations.get("get")
        if get is not None:
            document_get(get)
            operations.setdefault("head", head_of(get))
    schema.setdefault("info", {})["description"] = (
        schema["info"].get("description", "") + CONVENTIONS
    )
    return schema


def install(web: FastAPI) -> None:
    """Make ``web.openapi()`` (and ``/openapi.json``) return the completed document."""

    def build() -> dict[str, Any]:
        if web.openapi_schema is None:
            schema = get_openapi(
                title=web.title,
                version=web.version,
                description=web.description,
                routes=web.routes,
            )
            web.openapi_schema = document(schema, web.routes)
        return web.openapi_schema

    web.openapi = build  # type: ignore[method-assign]
