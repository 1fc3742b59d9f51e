"""OGC API – Features, Part 1 (Core, GeoJSON) at ``/ogc``, for QGIS, GDAL and other clients.

GET /ogc                                               landing page (links: self, service-desc,
                                                       conformance, data)
GET /ogc/conformance                                   core, geojson, oas30
GET /ogc/collections                                   hazards, activities, accidents, admin-areas
GET /ogc/collections/{collectionId}                    one collection with its extent
GET /ogc/collections/{collectionId}/items              features: bbox, datetime, limit, offset
GET /ogc/collections/{collectionId}/items/{featureId}  one feature (its record id)

Who sees what is the layers API's rule (``web.layers.caller``): anonymous callers get the public
view; a live token or session of an analyst or above, the full records; a token presented but
not live is refused (401). Unknown collections and features are ``404`` problems, bad
``bbox``/``datetime``/``limit`` ``400`` problems. The OpenAPI document (``service-desc``) is
the app's own ``/openapi.json``, which lists these paths.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from minewatch.app import App
from minewatch.domain.geometry import parse_bbox
from minewatch.domain.values import MAX_INT
from minewatch.services import accounts, ogc
from minewatch.web.deps import get_app, to_json
from minewatch.web.layers import caller, sees_all

router = APIRouter(prefix="/ogc", tags=["OGC API – Features"])

JSON = "application/json"
GEOJSON = "application/geo+json"
OPENAPI = "application/vnd.oai.openapi+json;version=3.0"


def _answer(data: Any, media_type: str = JSON) -> Response:
    return Response(to_json(data), media_type=media_type)


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/ogc"


def _link(href: str, rel: str, media_type: str, title: str) -> dict[str, str]:
    return {"href": href, "rel": rel, "type": media_type, "title": title}


@router.get("", summary="OGC API – Features landing page")
def landing(request: Request) -> Response:
    base = _base(request)
    return _answer(
        {
            "title": "minewatch field data",
            "description": "Hazardous areas, land release, accidents and administrative areas "
            "(OGC API – Features, Part 1). Anonymous callers get the public view.",
            "links": [
                _link(base, "self", JSON, "This document"),
                _link(
                    str(request.base_url).rstrip("/") + "/openapi.json",
                    "service-desc",
                    OPENAPI,
                    "The API definition (OpenAPI 3)",
                ),
                _link(base + "/conformance", "conformance", JSON, "Conformance classes"),
                _link(base + "/collections", "data", JSON, "The feature collections"),
            ],
        }
    )


@router.get("/conformance", summary="The OGC conformance classes this API implements")
def conformance() -> Response:
    return _answer({"conformsTo": list(ogc.CONFORMANCE)})


def _collection(request: Request, app: App, found: ogc.Collection, public: bool) -> dict[str, Any]:
    here = f"{_base(request)}/collections/{found.id}"
    with app.engine.connect() as connection:
        extent = ogc.extent(connection, found.layer, public=public)
    return {
        "id": found.id,
        "title": found.title,
        "description": found.description,
        "itemType": "feature",
        "crs": [ogc.CRS84],
        "extent": extent,
        "links": [
            _link(here, "self", JSON, found.title),
            _link(here + "/items", "items", GEOJSON, f"{found.title} (GeoJSON)"),
        ],
    }


@router.get("/collections", summary="The feature collections")
def collections(
    request: Request,
    who: accounts.Principal | None = Depends(caller),
    app: App = Depends(get_app),
) -> Response:
    public = not sees_all(who)
    base = _base(request)
    return _answer(
        {
            "links": [_link(base + "/collections", "self", JSON, "The feature collections")],
            "collections": [
                _collection(request, app, found, public) for found in ogc.COLLECTIONS.values()
            ],
        }
    )


@router.get("/collections/{collectionId}", summary="One feature collection and its extent")
def collection(
    request: Request,
    collectionId: str,  # noqa: N803 (the standard's name for it)
    who: accounts.Principal | None = Depends(caller),
    app: App = Depends(get_app),
) -> Response:
    found = ogc.collection_named(collectionId)
    return _answer(_collection(request, app, found, not sees_all(who)))


@router.get(
    "/collections/{collectionId}/items",
    summary="Features of a collection (GeoJSON), filtered and paged",
    responses={200: {"content": {GEOJSON: {}}}},
)
def items(
    request: Request,
    collectionId: str,  # noqa: N803
    bbox: str | None = Query(
        default=None,
        description="minLon,minLat,maxLon,maxLat in CRS84 degrees (6 numbers: heights ignored; "
        "minLon > maxLon crosses the antimeridian)",
    ),
    datetime: str | None = Query(
        default=None,
        description="An instant (2010-05-01) or an interval (2010-01-01/2010-12-31, "
        "../2020-01-01, 2019-01-01/..); records are dated by day, month or year",
    ),
    limit: int = Query(
        default=ogc.DEFAULT_LIMIT,
        ge=1,
        le=ogc.MAX_LIMIT,
        description=f"Features per page (default {ogc.DEFAULT_LIMIT}, at most {ogc.MAX_LIMIT})",
    ),
    offset: int = Query(
        default=0, ge=0, le=MAX_INT, description="Features to skip (the `next` link sets it)"
    ),
    who: accounts.Principal | None = Depends(caller),
    app: App = Depends(get_app),
) -> Response:
    found = ogc.collection_named(collectionId)
    box, during = parse_bbox(bbox), ogc.parse_datetime(datetime)
    with app.engine.connect() as connection:
        stamp = ogc.data_time(connection, found.layer)
        page, matched = ogc.item_features(
            connection,
            found,
            public=not sees_all(who),
            bbox=box,
            during=during,
            limit=limit,
            offset=offset,
        )
    url = request.url
    links = [_link(str(url), "self", GEOJSON, "This page")]
    if offset + limit < matched:
        following = url.include_query_params(offset=offset + limit, limit=limit)
        links.append(_link(str(following), "next", GEOJSON, "The next page"))
    if offset > 0:
        earlier = url.include_query_params(offset=max(0, offset - limit), limit=limit)
        links.append(_link(str(earlier), "prev", GEOJSON, "The previous page"))
    here = f"{_base(request)}/collections/{found.id}"
    links.append(_link(here, "collection", JSON, found.title))
    return _answer(
        {
            "type": "FeatureCollection",
            "features": page,
            "numberMatched": matched,
            "numberReturned": len(page),
            "timeStamp": stamp,
            "links": links,
        },
        GEOJSON,
    )


@router.get(
    "/collections/{collectionId}/items/{featureId:path}",
    summary="One feature (GeoJSON) by its record id",
    responses={200: {"content": {GEOJSON: {}}}},
)
def item(
    request: Request,
    collectionId: str,  # noqa: N803
    featureId: str,  # noqa: N803
    who: accounts.Principal | None = Depends(caller),
    app: App = Depends(get_app),
) -> Response:
    found = ogc.collection_named(collectionId)
    with app.engine.connect() as connection:
        feature = ogc.item_feature(connection, found, featureId, public=not sees_all(who))
    here = f"{_base(request)}/collections/{found.id}"
    feature["links"] = [
        _link(str(request.url), "self", GEOJSON, "This feature"),
        _link(here, "collection", JSON, found.title),
    ]
    return _answer(feature, GEOJSON)
