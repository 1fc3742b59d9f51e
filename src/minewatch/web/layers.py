"""Read-only JSON API for the field layers and their roll-ups.

GET /api/v1/layers                    the layers, their fields and which are personal
GET /api/v1/layers/{layer}            a GeoJSON FeatureCollection (iso3, year, bbox, known_at,
                                      paged by limit/offset); anonymous callers get the public rule
GET /api/v1/rollups/{iso3}            totals over all years then per year (``year``), or per
                                      admin area (``by=admin``); ``known_at``: as they stood then

The public rule (services.field_export) applies unless the caller is signed in (a session
cookie) or sends an API token, as an analyst or above.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import Response

from minewatch.app import App
from minewatch.domain.errors import InvalidInput, Location, Unauthenticated
from minewatch.domain.field import LAYER_ALIASES, LAYERS, layer_named
from minewatch.domain.geometry import parse_bbox
from minewatch.services import accounts, sessions
from minewatch.services.field_export import layer_collection
from minewatch.services.field_rollups import by_admin_area, rollup_report, sources_of
from minewatch.services.layers import LayerFilter
from minewatch.services.params import known_at_param
from minewatch.web.deps import get_app, json_response
from minewatch.web.paging import Page, page_info, page_params

router = APIRouter(prefix="/api/v1", tags=["field"])


def caller(
    request: Request,
    authorization: str | None = Header(default=None),
    app: App = Depends(get_app),
) -> accounts.Principal | None:
    """Who asks: a token's user (a bad token is refused), a signed-in user, or None."""
    with app.engine.connect() as connection:
        if authorization and authorization.lower().startswith("bearer "):
            return accounts.principal_for_token(connection, authorization[7:].strip())
    try:
        return sessions.principal(app, request.cookies.get(sessions.COOKIE_NAME))
    except Unauthenticated:
        return None


def sees_all(who: accounts.Principal | None) -> bool:
    return who is not None and who.role >= accounts.Role.ANALYST


@router.get("/layers", summary="The field layers and their fields")
def layers() -> Response:
    return json_response(
        {
            "layers": [
                {
                    "name": spec.name,
                    "kind": spec.kind,
                    "fields": [f.name for f in spec.fields],
                    "personal_fields": list(spec.personal_fields),
                }
                for spec in LAYERS.values()
            ]
        }
    )


@router.get("/layers/{layer}", summary="One layer as GeoJSON (public rule for anonymous callers)")
def layer_features(
    layer: str = Path(json_schema_extra={"enum": sorted({*LAYERS, *LAYER_ALIASES})}),
    iso3: str | None = None,
    year: int | None = Query(default=None, ge=1, le=9999),
    bbox: str | None = Query(
        default=None,
        description="west,south,east,north in degrees (west > east crosses the antimeridian)",
    ),
    known_at: str | None = None,
    page: Page = Depends(page_params),
    who: accounts.Principal | None = Depends(caller),
    app: App = Depends(get_app),
) -> Response:
    name = layer_named(layer).name
    with app.engine.connect() as connection:
        where = LayerFilter(
            iso3=iso3, year=year, bbox=parse_bbox(bbox), known_at=known_at_param(known_at)
        )
        body = layer_collection(
            connection,
            name,
            where,
            public=not sees_all(who),
            limit=page.limit,
            offset=page.offset,
        )
    body["page"] = page_info("features", page, body["numberMatched"])
    return json_response(body)


@router.get("/rollups/{iso3}", summary="Casualties, devices and land released, per year")
def rollups(
    iso3: str,
    year: int | None = Query(default=None, ge=1, le=9999),
    by: str = Query("year", json_schema_extra={"enum": ["year", "admin"]}),
    known_at: str | None = None,
    app: App = Depends(get_app),
) -> Response:
    if by not in ("year", "admin"):
        raise InvalidInput("by must be year or admin", Location(field="by"))
    moment = known_at_param(known_at)
    with app.engine.connect() as connection:
        if by == "admin":
            areas = by_admin_area(connection, iso3, year, known_at=moment)
            cited = sources_of(connection, iso3, year, known_at=moment)
            return json_response({"iso3": iso3.upper(), "sources": cited, "admin_areas": areas})
        return json_response(rollup_report(connection, iso3, year, known_at=moment))
