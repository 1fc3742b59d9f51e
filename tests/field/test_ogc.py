"""OGC API – Features at /ogc (both backends): every endpoint and parameter, the public view,
and GDAL's OAPIF driver (through pyogrio) reading every collection from a real server."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyogrio
import pytest
import shapely
from fastapi.testclient import TestClient
from pyogrio.raw import read

from minewatch.app import App
from minewatch.domain.field import LAYERS
from minewatch.services import accounts
from minewatch.web.app import create_app
from tests.support.server import server_process

from . import ogc_data
from .helpers import run_import, square_wkt, write_csv

COLLECTIONS = ["hazards", "activities", "accidents", "admin-areas"]
GEOJSON = "application/geo+json"


@pytest.fixture
def loaded(empty_app: App, tmp_path: Path) -> App:
    ogc_data.load(empty_app, tmp_path)
    return empty_app


@pytest.fixture
def client(loaded: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded)) as test_client:
        yield test_client


def _analyst(app: App) -> dict[str, str]:
    with app.engine.begin() as connection:
        accounts.add_user(connection, "ana", "a long enough password", accounts.Role.ANALYST, "t")
        token = accounts.create_token(connection, "ana", ["records:write"], "ogc", "test")
    return {"Authorization": f"Bearer {token}"}


def _items(client: TestClient, collection: str, **params: Any) -> dict[str, Any]:
    response = client.get(f"/ogc/collections/{collection}/items", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == GEOJSON
    body: dict[str, Any] = response.json()
    return body


def _refs(body: dict[str, Any]) -> list[str]:
    return [f["properties"].get("reference") or f["properties"]["pcode"] for f in body["features"]]


def test_landing_page_links_and_the_openapi_document(client: TestClient) -> None:
    landing = client.get("/ogc")
    assert landing.status_code == 200
    links = {link["rel"]: link for link in landing.json()["links"]}
    assert set(links) == {"self", "service-desc", "conformance", "data"}
    assert links["data"]["href"] == "http://testserver/ogc/collections"
    document = client.get(links["service-desc"]["href"].replace("http://testserver", ""))
    paths = document.json()["paths"]
    for path in (
        "/ogc",
        "/ogc/conformance",
        "/ogc/collections",
        "/ogc/collections/{collectionId}",
        "/ogc/collections/{collectionId}/items",
        "/ogc/collections/{collectionId}/items/{featureId}",
    ):
        assert "get" in paths[path], path
    parameters = {
        p["name"]: p for p in paths["/ogc/collections/{collectionId}/items"]["get"]["parameters"]
    }
    assert {"bbox", "datetime", "limit", "offset"} <= set(parameters)
    assert parameters["limit"]["schema"]["maximum"] == 10000
    assert parameters["limit"]["schema"]["default"] == 100
    conformance = client.get(links["conformance"]["href"]).json()["conformsTo"]
    assert {c.rsplit("/", 1)[1] for c in conformance} == {"core", "geojson", "oas30"}


def test_collections_with_extents_in_the_public_and_the_full_view(
    client: TestClient, loaded: App
) -> None:
    body = client.get("/ogc/collections").json()
    assert [c["id"] for c in body["collections"]] == COLLECTIONS  # never victims
    hazards = client.get("/ogc/collections/hazards").json()
    assert hazards["extent"]["spatial"]["crs"].endswith("/OGC/1.3/CRS84")
    # Public: H-2 and H-4 count by their admin areas' boxes (Vistahermosa, Granada).
    assert hazards["extent"]["spatial"]["bbox"] == [[-75.3, 3.0, -73.5, 6.3]]
    # Dated 2010-05 (a month) to 2015-03-20; the undated H-4 adds nothing.
    assert hazards["extent"]["temporal"]["interval"] == [
        ["2010-05-01T00:00:00Z", "2015-03-20T23:59:59Z"]
    ]
    assert {link["rel"] for link in hazards["links"]} == {"self", "items"}
    full = client.get("/ogc/collections/hazards", headers=_analyst(loaded)).json()
    assert full["extent"]["spatial"]["bbox"] == [[-75.25, 3.1, -73.7, 6.2113]]
    areas = client.get("/ogc/collections/admin-areas").json()["extent"]
    assert areas["spatial"]["bbox"] == [[-75.3, 3.0, -73.5, 6.3]]
    assert areas["temporal"]["interval"] == [[None, None]]


def test_items_are_geojson_with_counts_time_stamp_and_ids(client: TestClient) -> None:
    for collection, count in ogc_data.COUNTS.items():
        body = _items(client, collection)
        assert body["type"] == "FeatureCollection"
        assert body["numberMatched"] == body["numberReturned"] == count
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", body["timeStamp"])
        assert body["timeStamp"] >= "2026" and body["timeStamp"] != "1970-01-01T00:00:00Z"
        assert all(f["id"] == f["properties"]["record_id"] for f in body["features"])
        rels = [link["rel"] for link in body["links"]]
        assert rels == ["self", "collection"]  # one page: no next, no prev


def test_items_keep_their_etag_until_the_data_change(
    client: TestClient, loaded: App, tmp_path: Path
) -> None:
    first = client.get("/ogc/collections/hazards/items")
    time.sleep(1.1)  # a clock in the answer would change it by now
    again = client.get(
        "/ogc/collections/hazards/items", headers={"If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    more = write_csv(
        tmp_path / "more.csv",
        ["reference", "hazard_type", "status", "is_public", "wkt"],
        [["H-5", "SHA", "open", "yes", "POINT (-73.6 3.2)"]],
    )
    run_import(loaded, [more], layer="hazards")
    changed = client.get(
        "/ogc/collections/hazards/items", headers={"If-None-Match": first.headers["etag"]}
    )
    assert changed.status_code == 200 and changed.json()["numberMatched"] == 5
    assert changed.json()["timeStamp"] > first.json()["timeStamp"]  # imported 1.1 s later


def test_public_view_generalises_non_public_records(client: TestClient, loaded: App) -> None:
    shown = {f["properties"]["reference"]: f for f in _items(client, "accidents")["features"]}
    assert shown["X-1"]["properties"]["location"] == "admin_area"
    assert shown["X-1"]["properties"]["place"] is None  # the village would say where
    assert shown["X-2"]["properties"]["place"] == "Sitio sin nombre"  # a public record keeps it
    public = ogc_data.public_shapes()
    for collection in COLLECTIONS:
        for feature in _items(client, collection)["features"]:
            props = feature["properties"]
            ref = props.get("reference") or props["pcode"]
            assert shapely.geometry.shape(feature["geometry"]).equals(public[collection][ref])
    full = _items_as(client, "accidents", _analyst(loaded))
    assert full["X-1"]["properties"]["place"] == "Vereda El Roble"
    assert full["X-1"]["geometry"] == {"type": "Point", "coordinates": [-75.1817, 6.1433]}


BBOX_ROUTES = [
    ("/ogc/collections/hazards/items", {}),
    ("/api/v1/layers/hazards", {}),
    ("/field/features.json", {"layer": "hazards"}),  # the map's window index
    # The map through SQL (a read as recorded at a time, after every write here)
    ("/field/features.json", {"layer": "hazards", "known_at": "9000-01-01T00:00:00"}),
]


@pytest.mark.parametrize(("route", "params"), BBOX_ROUTES)
def test_a_bbox_crossing_the_antimeridian_is_read_as_its_two_halves(
    client: TestClient, loaded: App, tmp_path: Path, route: str, params: dict[str, str]
) -> None:
    """OGC API - Features Part 1 §7.15.3: minLon > maxLon spans 180°. One rule
    (``geometry.parse_bbox``) for every route with a bbox: the map and the layers API refused
    such a box (west > east) while the OGC items split it."""
    header = ["reference", "hazard_type", "status", "name", "date", "is_public", "wkt"]
    rows = [
        ("F-1", "SHA", "open", "East of 180", "2020", "yes", "POINT (179.5 -17)"),
        ("F-2", "CHA", "open", "West of 180", "2020", "yes", square_wkt(-179.6, -17.1, 0.2)),
        ("F-3", "SHA", "open", "Greenwich", "2020", "yes", "POINT (0 -17)"),
    ]
    ogc_data._import(loaded, write_csv(tmp_path / "pacific.csv", header, rows), "hazards")
    analyst = _analyst(loaded)
    # The map's features carry only what it draws (record_id, status): their references come
    # from the layers API, read in full by the analyst.
    every = client.get("/api/v1/layers/hazards", params={"limit": 1000}, headers=analyst).json()
    references = {
        f["properties"]["record_id"]: f["properties"]["reference"] for f in every["features"]
    }
    for headers in ({}, analyst):
        for box, expected in (
            ("179,-18,-179,-16", ["F-1", "F-2"]),
            ("179.6,-18,-179.7,-16", []),  # between F-1 (179.5) and F-2 (-179.6..-179.4)
            ("179.6,-18,-179.5,-16", ["F-2"]),
            ("170,-18,-170,-16,0,100", ["F-1", "F-2"]),  # six numbers, heights ignored
            ("-1,-90,-2,90", ["F-1", "F-2", "F-3", "H-1", "H-2", "H-3", "H-4"]),
        ):
            response = client.get(route, params={**params, "bbox": box}, headers=headers)
            assert response.status_code == 200, response.text
            body = response.json()
            found = [
                f["properties"].get("reference") or references[f["properties"]["record_id"]]
                for f in body["features"]
            ]
            assert sorted(found) == expected, (box, headers)
            assert body["numberMatched"] == len(expected)


@pytest.mark.parametrize(("route", "params"), BBOX_ROUTES)
def test_every_route_refuses_the_same_bad_bboxes(
    client: TestClient, route: str, params: dict[str, str]
) -> None:
    for box in ("1,2,3", "a,b,c,d", "181,0,182,1", "0,-91,1,0", "0,2,1,1", "nan,0,1,1"):
        response = client.get(route, params={**params, "bbox": box})
        assert response.status_code == 400, (route, box, response.text)
        problem = response.json()
        assert problem["code"] == "invalid_input" and "bbox" in problem["detail"], problem


def _items_as(client: TestClient, collection: str, headers: dict[str, str]) -> dict[str, Any]:
    response = client.get(f"/ogc/collections/{collection}/items", headers=headers)
    assert response.status_code == 200
    return {f["properties"]["reference"]: f for f in response.json()["features"]}


def test_bbox_finds_a_non_public_record_only_by_its_admin_area(
    client: TestClient, loaded: App
) -> None:
    assert _refs(_items(client, "hazards", bbox="-75.26,6.04,-75.239,6.061")) == ["H-1", "H-4"]
    near_h2 = "-73.905,3.095,-73.885,3.115"  # around H-2's own square
    elsewhere = "-73.6,3.35,-73.59,3.36"  # same admin area, far from H-2
    assert _refs(_items(client, "hazards", bbox=near_h2)) == ["H-2"]
    assert _refs(_items(client, "hazards", bbox=elsewhere)) == ["H-2"]  # no probing
    analyst = _analyst(loaded)
    found = client.get("/ogc/collections/hazards/items", params={"bbox": near_h2}, headers=analyst)
    assert [f["id"] for f in found.json()["features"]] == ["hazards:file:H-2"]
    none = client.get("/ogc/collections/hazards/items", params={"bbox": elsewhere}, headers=analyst)
    assert none.json()["numberMatched"] == 0
    assert _items(client, "hazards", bbox="10,10,11,11")["numberMatched"] == 0
    six = _items(client, "admin-areas", bbox="-75.5,5.9,0,-75.0,6.5,100")
    assert _refs(six) == ["05313"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2010-05-15", ["H-1"]),  # an instant inside H-1's month
        ("2012-06-01T10:00:00Z", ["H-2"]),  # inside H-2's year
        ("2015-03-20", ["H-3"]),
        ("2010-01-01/2012-12-31", ["H-1", "H-2"]),
        ("../2011-01-01", ["H-1"]),
        ("2013-01-01/..", ["H-3"]),
        ("2012-12-31/", ["H-2", "H-3"]),
        ("2010-06-01/2011-12-31", []),  # after H-1's month, before H-2's year
        ("2015-03-21T00:30:00+01:00", ["H-3"]),  # 23:30 UTC the day before
    ],
)
def test_datetime_instants_and_intervals(
    client: TestClient, value: str, expected: list[str]
) -> None:
    body = _items(client, "hazards", datetime=value)
    assert _refs(body) == expected and body["numberMatched"] == len(expected)


def test_limit_offset_and_next_prev_links(client: TestClient) -> None:
    seen: list[str] = []
    url: str | None = "/ogc/collections/hazards/items?limit=1"
    pages = 0
    while url:
        body = client.get(url).json()
        pages += 1
        assert body["numberReturned"] == 1 and body["numberMatched"] == 4
        seen += _refs(body)
        links = {link["rel"]: link["href"] for link in body["links"]}
        assert ("prev" in links) == (pages > 1)
        url = links.get("next")
    assert seen == ["H-1", "H-2", "H-3", "H-4"] and pages == 4
    middle = _items(client, "hazards", limit=2, offset=1)
    assert _refs(middle) == ["H-2", "H-3"]
    prev = next(link["href"] for link in middle["links"] if link["rel"] == "prev")
    assert "offset=0" in prev and "limit=2" in prev
    assert _items(client, "hazards", offset=10)["numberReturned"] == 0


def test_items_as_csv_with_wkt_and_hxl(client: TestClient) -> None:
    response = client.get("/ogc/collections/hazards/items", params={"format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    header, *rows = list(csv.reader(io.StringIO(response.text)))
    assert header[:2] == ["id", "record_id"] and "wkt" in header
    public = ogc_data.public_shapes()["hazards"]
    by_ref = {row[header.index("reference")]: row for row in rows}
    assert sorted(by_ref) == ["H-1", "H-2", "H-3", "H-4"]
    for ref, row in by_ref.items():
        assert shapely.from_wkt(row[header.index("wkt")]).equals(public[ref])
    one = client.get("/ogc/collections/hazards/items/hazards:file:H-3", params={"format": "csv"})
    assert one.text.splitlines()[1].startswith("hazards:file:H-3")  # one feature: one row
    accepted = client.get("/ogc/collections/accidents/items", headers={"Accept": "text/csv"})
    assert accepted.text.splitlines()[0].startswith("id,record_id")
    tagged = client.get("/ogc/collections/accidents/items", params={"format": "csv", "hxl": "1"})
    header, tags, *_ = list(csv.reader(io.StringIO(tagged.text)))
    assert tags[header.index("killed")] == "#affected+killed"


def test_one_feature_by_its_id(client: TestClient, loaded: App) -> None:
    one = client.get("/ogc/collections/hazards/items/hazards:file:H-1")
    assert one.status_code == 200 and one.headers["content-type"] == GEOJSON
    feature = one.json()
    assert feature["id"] == "hazards:file:H-1" and feature["geometry"]["type"] == "Polygon"
    assert {link["rel"] for link in feature["links"]} == {"self", "collection"}
    hidden = client.get("/ogc/collections/hazards/items/hazards:file:H-4").json()
    assert hidden["properties"]["location"] == "admin_area" and hidden["properties"]["name"] is None
    assert hidden["geometry"]["type"] == "Polygon"  # Granada, not the point
    full = client.get("/ogc/collections/hazards/items/hazards:file:H-4", headers=_analyst(loaded))
    assert full.json()["geometry"] == {"type": "Point", "coordinates": [-75.2317, 6.2113]}


@pytest.mark.parametrize(
    "url",
    [
        "/ogc/collections/victims",
        "/ogc/collections/victims/items",
        "/ogc/collections/nope/items/x",
        "/ogc/collections/hazards/items/nope",
        "/ogc/collections/accidents/items/hazards:file:H-1",  # another collection's feature
    ],
)
def test_unknown_collections_and_features_are_404_problems(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("bbox", "1,2,3"),
        ("bbox", "a,b,c,d"),
        ("bbox", "0,0,1,100"),
        ("bbox", "0,5,1,4"),
        ("bbox", "nan,0,1,1"),
        ("datetime", "yesterday"),
        ("datetime", "2012-01-01/2010-01-01"),
        ("datetime", "../.."),
        ("datetime", "2010/2011/2012"),
        ("datetime", "2010-13-01"),
        ("limit", "0"),
        ("limit", "10001"),
        ("limit", "ten"),
        ("offset", "-1"),
    ],
)
def test_bad_parameters_are_400_problems(client: TestClient, name: str, value: str) -> None:
    response = client.get("/ogc/collections/hazards/items", params={name: value})
    assert response.status_code == 400, response.text
    problem = response.json()
    assert problem["code"] == "invalid_input" and problem.get("field") == name


def test_a_token_that_is_not_live_is_refused(client: TestClient) -> None:
    refused = client.get("/ogc/collections/hazards/items", headers={"Authorization": "Bearer x"})
    assert refused.status_code == 401


# Privacy: scan every anonymous /ogc answer.

PERSONAL_KEYS = {f for spec in LAYERS.values() for f in spec.personal_fields} - {"place"}


def _every_answer(client: TestClient) -> list[tuple[str, str]]:
    urls = ["/ogc", "/ogc/conformance", "/ogc/collections"]
    for collection in COLLECTIONS:
        urls += [f"/ogc/collections/{collection}", f"/ogc/collections/{collection}/items"]
        urls += [f"/ogc/collections/{collection}/items?limit=1&offset={n}" for n in range(4)]
        urls += [
            f"/ogc/collections/{collection}/items?format=csv",
            f"/ogc/collections/{collection}/items?bbox=-75.26,6.04,-75.239,6.061",
            f"/ogc/collections/{collection}/items?datetime=2000-01-01/2020-12-31",
        ]
        body = client.get(f"/ogc/collections/{collection}/items").json()
        urls += [f"/ogc/collections/{collection}/items/{f['id']}" for f in body["features"]]
    answers = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        answers.append((url, response.text))
    return answers


def _numbers(text: str) -> set[float]:
    return {round(float(n), 6) for n in re.findall(r"-?\d+\.\d+", text)}


def test_no_public_answer_holds_personal_data_or_an_exact_hidden_place(
    client: TestClient,
) -> None:
    exact = ogc_data.exact_shapes()
    hidden_coordinates = {
        round(value, 6)
        for collection, refs in ogc_data.NOT_PUBLIC.items()
        for ref in refs
        for point in shapely.get_coordinates(exact[collection][ref])
        for value in point
    }
    hidden_places = {"Vereda El Roble", "Campo dos", "Campo cuatro"}
    victim_values = {"Indígena", "Agricultura", "Erradicación", "Patrullaje"}
    answers = _every_answer(client)
    found: list[str] = []
    for url, text in answers:
        csv_header = url.endswith("format=csv")
        keys = set(text.splitlines()[0].split(",")) if csv_header else _keys(json.loads(text))
        found += [f"{url}: key {k}" for k in PERSONAL_KEYS & keys]
        found += [f"{url}: {v}" for v in hidden_coordinates & _numbers(text)]
        found += [f"{url}: {p}" for p in (hidden_places | victim_values) if p in text]
        if "victims" in text:
            found.append(f"{url}: victims")
    assert len(answers) > 40
    assert found == []


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_the_scan_would_see_an_exact_place(client: TestClient, loaded: App) -> None:
    """The scan's own check: the full view does hold the hidden places it looks for."""
    full = client.get("/ogc/collections/accidents/items", headers=_analyst(loaded)).text
    assert -75.1817 in _numbers(full) and "Vereda El Roble" in full


# An independent client: GDAL's OGC API – Features driver, through pyogrio, on a real server.


def test_gdal_reads_every_collection_from_a_real_server(loaded: App) -> None:
    assert pyogrio.list_drivers().get("OAPIF") == "r"
    public = ogc_data.public_shapes()
    with server_process(loaded.settings.database_url) as base:
        source = f"OAPIF:{base}/ogc"
        layers = [str(name) for name, _ in pyogrio.list_layers(source)]
        assert layers == COLLECTIONS
        for collection in COLLECTIONS:
            # PAGE_SIZE=1: GDAL follows our `next` links one feature at a time.
            meta, _, geometries, columns = read(source, layer=collection, PAGE_SIZE="1")
            assert meta["crs"] == "EPSG:4326"
            names = list(meta["fields"])
            key = "pcode" if collection == "admin-areas" else "reference"
            refs = [str(v) for v in columns[names.index(key)]]
            assert len(refs) == ogc_data.COUNTS[collection], collection
            assert sorted(refs) == sorted(public[collection]), collection
            for ref, wkb in zip(refs, geometries, strict=True):
                assert shapely.from_wkb(wkb).equals(public[collection][ref]), (collection, ref)
            assert not PERSONAL_KEYS & set(names)
