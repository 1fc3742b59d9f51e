"""What every web handler needs: the App behind the request, and a JSON response."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson
from fastapi import Request
from fastapi.responses import Response

from minewatch.app import App
from minewatch.web.paging import link_header


def get_app(request: Request) -> App:
    """The one App the web app was built with (``create_app`` puts it on the state)."""
    app: App = request.app.state.minewatch
    return app


def to_json(data: Any) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS)


def json_response(
    data: Any, status_code: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """``data`` as JSON; a paged answer also gets its ``Link: rel="next"`` header."""
    return Response(
        to_json(data),
        status_code=status_code,
        media_type="application/json",
        headers={**(headers or {}), **link_header(data)},
    )
