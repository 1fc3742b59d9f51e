"""The OpenAPI document, telling the truth about what ``minewatch.web.delivery`` adds.

FastAPI writes the document from the routes; this adds, to every GET operation, what every GET
answers without the route knowing: the CSV representation and its query parameters, ``304``
with the validators, ``Link`` for paged lists, and a ``HEAD`` operation beside it.
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

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


def document(schema: dict[str, Any]) -> dict[str, Any]:
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
            web.openapi_schema = document(schema)
        return web.openapi_schema

    web.openapi = build  # type: ignore[method-assign]
