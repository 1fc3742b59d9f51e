"""The field map page: hazards, land release and accidents, with the dashboard's date control.

    /field                     the page (``?as_of=YYYY-MM-DD&status=&type=&year=``); ``.json`` twin
    /field/features.json       one layer's GeoJSON for the map's window (``layer``, ``bbox``,
                               ``zoom`` and the page's filters), at most ``MAX_FEATURES`` features
    /field/sources.json        a map record's popup (``record_id``, ``seq`` the version drawn):
                               its fields under the caller's view and the sources it cites

Anonymous callers get the public rule (``services.field_export``), as in the layers API.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import Response

from minewatch.app import App
from minewatch.domain.geometry import parse_bbox
from minewatch.services import accounts
from minewatch.services.field_map import (
    MapQuery,
    map_features,
    map_layer,
    map_status,
    map_summary,
    record_details,
)
from minewatch.services.params import as_of_param, known_at_param
from minewatch.web.deps import get_app, json_response
from minewatch.web.layers import caller, sees_all
from minewatch.web.pages import PageRoute
from minewatch.web.templating import render

router = APIRouter(include_in_schema=False, route_class=PageRoute)


@router.get("/field/features.json")
def field_features(
    layer: str,
    as_of: str | None = None,
    known_at: str | None = None,
    status: str | None = None,
    type: str | None = None,
    year: int | None = Query(default=None, ge=1, le=9999),
    bbox: str | None = Query(
        default=None,
        description="west,south,east,north in degrees (west > east crosses the antimeridian)",
    ),
    zoom: float = Query(default=0.0, ge=0, le=24, description="web-map zoom level, 0 to 24"),
    who: accounts.Principal | None = Depends(caller),
    app: App = Depends(get_app),
) -> Response:
    query = MapQuery(
        layer=map_layer(layer),
        as_of=as_of_param(as_of),
        status=map_status(status),
        kind=type or None,
        year=year,
        bbox=parse_bbox(bbox),
        zoom=zoom,
        known_at=known_at_param(known_at),
    )
    with app.engine.connect() as connection:
        body = map_features(connection, query, public=not sees_all(who), cache=app.read_cache)
        return json_response(body)


@router.get("/field/sources.json")
def field_sources(
    record_id: str,
    seq: int | None = Query(
        default=None, ge=1, le=2**63 - 1, description="the version drawn (a feature's id)"
    ),
    who: accounts.Principal | None = Depends(caller),
    app: App = Depends(get_app),
) -> Response:
    with app.engine.connect() as connection:
        found = record_details(connection, record_id, seq, public=not sees_all(who))
        return json_response(found)


@router.get("/field")
@router.get("/field.json")
def field_page(
    request: Request,
    as_of: str | None = None,
    known_at: str | None = None,
    status: str = "",
    type: str = "",
    year: int | None = Query(default=None, ge=1, le=9999),
    who: accounts.Principal | None = Depends(caller),
) -> Response:
    """The page; its filters are checked here (``status``, ``year``) and applied by the map's
    script, so a malformed one is a 400 naming it, never silently dropped."""
    map_status(status)
    app = get_app(request)
    with app.engine.connect() as connection:
        found = map_summary(
            connection,
            as_of_param(as_of),
            known_at_param(known_at),
            cache=app.read_cache,
            public=not sees_all(who),
        )
    summary = {**found, "filters": {}}
    summary["filters"] = {"status": status, "type": type, "year": "" if year is None else str(year)}
    return render(request, "field.html", summary)
