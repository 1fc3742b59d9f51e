"""The dashboard's HTML pages. Each also answers as JSON at the same path plus ``.json`` (or
with ``Accept: application/json``): the dict from ``minewatch.services.queries`` as it is.

    /                     world map of Convention status (``?as_of=YYYY-MM-DD``)
    /states               every state and its status on a date
    /states/{iso3}        country profile: timeline, policy versions, figures, deadlines
    /sources/{id}         one source, its quotes and every record citing it
    /search?q=            states, sources and records
    /overview             Landmine Monitor headline indicators by report year

Handlers are thin: read the query string, make one call, render. Errors are raised as
``MinewatchError`` subclasses; the app turns them into responses (``render_error`` for HTML).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from starlette.responses import Response

from minewatch.domain.errors import MinewatchError
from minewatch.domain.values import MAX_INT
from minewatch.services import queries
from minewatch.services.params import as_of_param, known_at_param
from minewatch.web.deps import get_app
from minewatch.web.paging import MAX_LIMIT, Page, page_info, page_params, paged
from minewatch.web.problems import from_validation
from minewatch.web.templating import render, render_error, wants_json


class PageRoute(APIRoute):
    """A page route: a domain error, or a malformed query parameter (``?year=abc``), asked for
    as HTML becomes an HTML page with the error's status; asked for as JSON it goes on to the
    app's one JSON-problem handler."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def page_handler(request: Request) -> Response:
            try:
                return await handler(request)
            except (MinewatchError, RequestValidationError) as error:
                if wants_json(request):
                    raise
                if isinstance(error, RequestValidationError):
                    return render_error(request, from_validation(error))
                return render_error(request, error)

        return page_handler


router = APIRouter(include_in_schema=False, route_class=PageRoute)
# Decorators apply bottom-up: each ``.json`` route is listed last so that it is registered first
# and ``/states/{iso3}`` never swallows ``/states/FIN.json``.


@router.get("/")
@router.get("/index.json")
@router.get("/.json")
def world_map(
    request: Request,
    as_of: str | None = None,
    known_at: str | None = None,
    page: Page = Depends(page_params),
) -> Response:
    report = queries.status_report(get_app(request), as_of_param(as_of), known_at_param(known_at))
    return render(request, "map.html", paged(report, "states", page))


@router.get("/states")
@router.get("/states.json")
def states(
    request: Request,
    as_of: str | None = None,
    known_at: str | None = None,
    page: Page = Depends(page_params),
) -> Response:
    report = queries.status_report(get_app(request), as_of_param(as_of), known_at_param(known_at))
    return render(request, "states.html", paged(report, "states", page))


@router.get("/states/{iso3}")
@router.get("/states/{iso3}.json")
def state_profile(
    request: Request, iso3: str, as_of: str | None = None, known_at: str | None = None
) -> Response:
    app = get_app(request)
    profile = queries.state_profile(app, iso3, as_of_param(as_of), known_at_param(known_at))
    return render(request, "state.html", profile)


@router.get("/sources/{source_id:int}")
@router.get("/sources/{source_id:int}.json")
def source(request: Request, source_id: int, page: Page = Depends(page_params)) -> Response:
    detail = queries.source_detail(get_app(request), source_id)
    return render(request, "source.html", paged(detail, "citations", page))


SEARCH_LIMIT = 20  # rows of each list per page


@router.get("/search")
@router.get("/search.json")
def search(
    request: Request,
    q: str = "",
    limit: int = Query(SEARCH_LIMIT, ge=1, le=MAX_LIMIT, description="Rows per list per page"),
    offset: int = Query(0, ge=0, le=MAX_INT, description="Rows of each list to skip"),
) -> Response:
    """Three lists (states, sources, records), paged together: ``page.next`` (and ``Link``)
    while any list has more; ``totals`` says how many each holds; CSV writes ``records`` unless
    ``?table=states`` or ``sources``."""
    results = queries.search(get_app(request), q, limit, offset)
    page = Page(limit, offset, str(request.url))
    results["page"] = page_info("records", page, max(results["totals"].values()))
    partial = request.headers.get("hx-request") == "true" and not wants_json(request)
    return render(request, "search_results.html" if partial else "search.html", results)


@router.get("/overview")
@router.get("/overview.json")
def overview(
    request: Request, known_at: str | None = None, page: Page = Depends(page_params)
) -> Response:
    found = queries.indicators(get_app(request), known_at_param(known_at))
    return render(request, "overview.html", paged(found, "indicators", page))


@router.get("/docs")
def api_docs(request: Request) -> Response:
    """The API's interactive docs (Swagger UI from /static/vendor, reading /openapi.json)."""
    return render(request, "api_docs.html", {})
