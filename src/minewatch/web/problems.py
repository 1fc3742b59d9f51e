"""Errors -> JSON problems (RFC 9457), in one place. Every error the web app answers with is a
class of ``minewatch.domain.errors``: framework errors (a malformed request, an unknown path, a
wrong method) are turned into those classes first, then rendered by ``problem_response``. Pages
asked for as HTML get ``templating.render_error`` instead (see ``pages.PageRoute``), and so does
a browser's request for a path no route answers (``templating.wants_html``).
"""

from __future__ import annotations

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException as StarletteHTTPException

from minewatch.domain.errors import (
    HttpError,
    InvalidInput,
    Location,
    MethodNotAllowed,
    MinewatchError,
    NotFound,
)
from minewatch.web.templating import render_error, wants_html

PROBLEM_TYPE = "application/problem+json"


def problem_response(error: MinewatchError) -> Response:
    """``{type, title, status, code, detail, **error.details()}`` with the error's status."""
    body = {
        "type": f"/problems/{error.code}",
        "title": error.code.replace("_", " "),
        "status": error.status,
        "code": error.code,
        "detail": error.message,
        **error.details(),
    }
    return Response(orjson.dumps(body), status_code=error.status, media_type=PROBLEM_TYPE)


def from_validation(exc: RequestValidationError) -> InvalidInput:
    """FastAPI's first complaint about a request, as InvalidInput naming the field."""
    first = exc.errors()[0] if exc.errors() else {}
    field = ".".join(str(p) for p in first.get("loc", ())[1:]) or None
    return InvalidInput(str(first.get("msg", "invalid request")), Location(field=field))


def from_http(exc: StarletteHTTPException) -> MinewatchError:
    """Starlette's HTTP refusals (unknown path, wrong method, …) as catalogue errors."""
    detail = str(exc.detail)
    if exc.status_code == 404:
        return NotFound(detail)
    if exc.status_code == 405:
        return MethodNotAllowed(detail)
    return HttpError(detail, exc.status_code)


async def _minewatch_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, MinewatchError)
    return problem_response(exc)


async def _validation_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    return problem_response(from_validation(exc))


def allowed_methods(request: Request) -> str:
    """Every method some route answers at this path (``HEAD`` wherever ``GET``), for ``Allow``:
    Starlette names only the first matching route's methods, and a path may have several."""
    methods: set[str] = set()
    path = request.scope["path"]
    for route in iter_route_contexts(request.app.router.routes):
        regex = getattr(route, "path_regex", None)
        if regex is not None and route.methods and regex.match(path):
            methods |= set(route.methods)
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    error = from_http(exc)
    response = render_error(request, error) if wants_html(request) else problem_response(error)
    response.headers.update(exc.headers or {})
    if exc.status_code == 405:
        response.headers["Allow"] = allowed_methods(request)
    return response


async def _unexpected(_request: Request, _exc: Exception) -> Response:
    """A bug: answer ``internal_error`` without a traceback."""
    return problem_response(MinewatchError("an unexpected error occurred"))


def install(app: FastAPI) -> None:
    app.add_exception_handler(MinewatchError, _minewatch_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
