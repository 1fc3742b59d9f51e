"""The downloads page lists the field layers a user takes away (hazardous areas and land
release, as GeoJSON, GeoPackage, CSV and XLSX); before, it listed only the data package's
tables. The files keep the public rule the API and exports apply: anonymous callers and roles
below analyst get a hazard not marked public only by its admin area's polygon, its name left
out; an analyst or above gets the precise polygon. On both backends."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shapely
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from pyogrio.raw import read

from minewatch.app import App
from minewatch.services import accounts
from minewatch.web.app import create_app

from .helpers import run_import, square_wkt, write_csv

AREA = "POLYGON((-75.3 6, -75.1 6, -75.1 6.3, -75.3 6.3, -75.3 6))"
SECRET = square_wkt(-75.2, 6.1, 0.01)  # inside the area, not public
OPEN = square_wkt(-74.5, 5.0, 0.01)  # marked public
HEADER = ["reference", "hazard_type", "status", "date", "iso3", "is_public", "name", "wkt"]
PASSWORD = "a long enough password"


@pytest.fixture
def client(empty_app: App, tmp_path: Path) -> Iterator[TestClient]:
    areas = write_csv(
        tmp_path / "areas.csv", ["pcode", "name", "level", "wkt"], [["05313", "Granada", "2", AREA]]
    )
    run_import(empty_app, [areas], layer="admin-areas")
    rows = [
        ["H-SECRET", "CHA", "open", "2023-01-01", "COL", "false", "Finca El Roble", SECRET],
        ["H-OPEN", "SHA", "open", "2023-01-02", "COL", "true", "Vereda Alta", OPEN],
    ]
    run_import(empty_app, [write_csv(tmp_path / "h.csv", HEADER, rows)], layer="hazards")
    clearance = [["A-1", "clearance", "2023-02-01", "COL", "1200", "3"]]
    header = ["reference", "activity_type", "date", "iso3", "area_cleared_m2", "devices_ap"]
    run_import(empty_app, [write_csv(tmp_path / "a.csv", header, clearance)], layer="activities")
    with empty_app.engine.begin() as connection:
        for name, role in (("ana", accounts.Role.ANALYST), ("vera", accounts.Role.VIEWER)):
            accounts.add_user(connection, name, PASSWORD, role, "test")
    with TestClient(create_app(empty_app)) as test_client:
        yield test_client


def _token(app: App, name: str, scopes: tuple[str, ...] = ("records:write",)) -> dict[str, str]:
    with app.engine.begin() as connection:
        token = accounts.create_token(connection, name, list(scopes), "api", "test")
    return {"Authorization": f"Bearer {token}"}


def _by_reference(body: bytes) -> dict[str, dict[str, Any]]:
    features = json.loads(body)["features"]
    return {
        f["properties"]["reference"]: f["properties"]
        | {"shape": shapely.geometry.shape(f["geometry"])}
        for f in features
    }


def test_the_downloads_page_lists_the_field_layers(client: TestClient) -> None:
    page = client.get("/downloads").text
    listed = page.split('id="field-downloads"', 1)[1].split("</table>", 1)[0]
    for layer in ("hazards", "activities"):
        for fmt in ("geojson", "gpkg", "csv", "xlsx"):
            assert f'href="/downloads/field/{layer}.{fmt}"' in listed
    assert "accidents" not in listed and "victims" not in listed
    assert "only a record marked public keeps" in page
    twin = client.get("/downloads.json").json()["field_layers"]
    assert {f["layer"]: f["rows"] for f in twin} == {"hazards": 2, "activities": 1}


def test_anonymous_files_generalise_a_hidden_hazard_and_an_analyst_gets_it_exact(
    client: TestClient, empty_app: App
) -> None:
    anonymous = client.get("/downloads/field/hazards.geojson")
    assert anonymous.status_code == 200
    assert "public" in anonymous.headers["content-disposition"]
    assert "private" not in anonymous.headers.get("cache-control", "")
    seen = _by_reference(anonymous.content)
    assert seen["H-SECRET"]["shape"].equals(shapely.from_wkt(AREA))  # its admin area only
    assert seen["H-SECRET"]["location"] == "admin_area" and seen["H-SECRET"]["name"] is None
    assert seen["H-OPEN"]["shape"].equals(shapely.from_wkt(OPEN))
    assert seen["H-OPEN"]["name"] == "Vereda Alta"
    # a signed-in viewer is below analyst: the public rule still
    viewer = client.get("/downloads/field/hazards.geojson", headers=_token(empty_app, "vera", ()))
    assert _by_reference(viewer.content)["H-SECRET"]["shape"].equals(shapely.from_wkt(AREA))
    assert "private" in viewer.headers["cache-control"]
    exact = client.get("/downloads/field/hazards.geojson", headers=_token(empty_app, "ana"))
    assert exact.status_code == 200 and "public" not in exact.headers["content-disposition"]
    assert "private" in exact.headers["cache-control"]
    held = _by_reference(exact.content)
    assert held["H-SECRET"]["shape"].equals(shapely.from_wkt(SECRET))
    assert held["H-SECRET"]["name"] == "Finca El Roble"
    # a token that is not live is refused, never answered as the public
    dead = client.get("/downloads/field/hazards.geojson", headers={"Authorization": "Bearer x"})
    assert dead.status_code == 401


def test_every_format_keeps_the_public_rule(client: TestClient, tmp_path: Path) -> None:
    gpkg = client.get("/downloads/field/hazards.gpkg")
    assert gpkg.status_code == 200
    assert gpkg.headers["content-type"] == "application/geopackage+sqlite3"
    path = tmp_path / "hazards.gpkg"
    path.write_bytes(gpkg.content)
    meta, _fids, shapes, columns = read(path)
    rows = dict(zip(meta["fields"].tolist(), columns, strict=True))
    got = {
        ref: shapely.from_wkb(shape)
        for ref, shape in zip(rows["reference"].tolist(), shapes, strict=True)
    }
    assert got["H-SECRET"].equals(shapely.from_wkt(AREA))
    assert "Finca El Roble" not in gpkg.content.decode("latin-1")
    csv_text = client.get("/downloads/field/hazards.csv").text
    assert "Finca El Roble" not in csv_text and "Vereda Alta" in csv_text
    assert "-75.19" not in csv_text  # none of the hidden square's own corners
    workbook = client.get("/downloads/field/activities.xlsx")
    assert workbook.status_code == 200
    sheet = load_workbook(io.BytesIO(workbook.content), read_only=True).worksheets[0]
    header, *values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert len(values) == 1 and values[0][header.index("area_cleared_m2")] == 1200
    for wrong in ("/downloads/field/victims.geojson", "/downloads/field/hazards.shp"):
        assert client.get(wrong).status_code == 404
