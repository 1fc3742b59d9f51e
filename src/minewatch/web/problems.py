"""Errors -> responses, in one place. Every error is a JSON problem (RFC 9457) with a stable
``code``; the web pages may render their own HTML for the same errors."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from minewatch.domain.errors import MinewatchError

PROBLEM_TYPE = "application/problem+json"


def problem(status: int, code: str, detail: str, **extra: Any) -> Response:
    body = {
        "type": f"/problems/{code}",
        "title": code.replace("_", " "),
        "status": status,
        "code": code,
        "detail": detail,
        **extra,
    }
    return Response(orjson.dumps(body), status_code=status, media_type=PROBLEM_TYPE)


async def _minewatch_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, MinewatchError)
    return problem(exc.status, exc.code, exc.message, **exc.details())


async def _validation_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    field = ".".join(str(p) for p in first.get("loc", ())[1:]) or None
    reason = str(first.get("msg", "invalid request"))
    return problem(
        400, "invalid_input", f"{field}: {reason}" if field else reason, field=field, reason=reason
    )


async def _http_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
    return problem(exc.status_code, code, str(exc.detail))


def install(app: FastAPI) -> None:
    app.add_exception_handler(MinewatchError, _minewatch_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
