"""The field layers' read-only API: GeoJSON, the public rule for anonymous callers, roll-ups."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.services import accounts
from minewatch.services.field_import import import_files, resolve_mapping
from minewatch.web.app import create_app

from .test_victims_and_public import PERSONAL, _admin_areas, _victims_file


@pytest.fixture
def client(empty_app: App, tmp_path: Path) -> Iterator[TestClient]:
    for path, layer, preset in (
        (_admin_areas(tmp_path), "admin-areas", None),
        (_victims_file(tmp_path), None, "co-aicma-victims"),
    ):
        import_files(empty_app, [path], resolve_mapping(layer, preset, None), actor="test:api")
    with TestClient(create_app(empty_app)) as test_client:
        yield test_client


def _analyst_token(app: App) -> str:
    with app.engine.begin() as connection:
        accounts.add_user(
            connection, "ana", "a long enough password", accounts.Role.ANALYST, "test"
        )
        return accounts.create_token(connection, "ana", ["records:write"], "api", "test")


def test_anonymous_callers_get_the_public_rule(client: TestClient) -> None:
    body = client.get("/api/v1/layers/victims").json()
    assert body["type"] == "FeatureCollection" and body["public"] is True
    assert body["numberReturned"] == 4
    for feature in body["features"]:
        assert not PERSONAL & set(feature["properties"])
        assert feature["geometry"]["type"] == "Polygon"


def test_an_analyst_token_sees_the_full_records(client: TestClient, empty_app: App) -> None:
    token = _analyst_token(empty_app)
    body = client.get("/api/v1/layers/victims", headers={"Authorization": f"Bearer {token}"}).json()
    assert body["public"] is False
    assert body["features"][0]["properties"]["place"] == "Vereda El Roble"
    assert body["features"][0]["geometry"]["type"] == "Point"
    bad = client.get("/api/v1/layers/victims", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401


def test_filters_bbox_and_errors(client: TestClient) -> None:
    meta = client.get("/api/v1/layers").json()
    assert "age" in next(x for x in meta["layers"] if x["name"] == "victims")["personal_fields"]
    areas = client.get("/api/v1/layers/admin-areas", params={"bbox": "-75.5,5.9,-75.0,6.5"}).json()
    assert [f["properties"]["pcode"] for f in areas["features"]] == ["05313"]
    assert client.get("/api/v1/layers/victims", params={"year": 2007}).json()["numberReturned"] == 2
    assert client.get("/api/v1/layers/mines").status_code == 400
    assert (
        client.get("/api/v1/layers/victims", params={"bbox": "1,2,3"}).json()["code"]
        == "invalid_input"
    )


def test_rollups_per_year_and_per_admin_area(client: TestClient) -> None:
    body = client.get("/api/v1/rollups/col").json()
    assert body["totals"]["casualties"] == 4 and body["totals"]["children"] == 1
    assert [y["year"] for y in body["years"]] == [2006, 2007]
    areas = client.get("/api/v1/rollups/COL", params={"by": "admin"}).json()["admin_areas"]
    assert {a["admin_area"]: a["casualties"] for a in areas} == {"05313": 2, "50711": 2}


def test_layers_page_with_a_total_and_a_next_link(client: TestClient) -> None:
    first = client.get("/api/v1/layers/victims", params={"limit": 3})
    body = first.json()
    assert (body["numberMatched"], body["numberReturned"]) == (4, 3)
    assert body["page"]["total"] == 4 and body["page"]["next"].endswith("offset=3&limit=3")
    assert 'rel="next"' in first.headers["link"]
    rest = client.get(body["page"]["next"]).json()
    assert rest["numberReturned"] == 1 and rest["page"]["next"] is None
    seen = [f["properties"]["record_id"] for f in body["features"] + rest["features"]]
    assert len(set(seen)) == 4


@pytest.mark.parametrize("by", ["year", "admin"])
@pytest.mark.parametrize("code", ["XYZ", "ß", "CO"])
def test_rollups_of_an_unknown_state_are_not_found_whatever_the_grouping(
    client: TestClient, code: str, by: str
) -> None:
    answer = client.get(f"/api/v1/rollups/{code}", params={"by": by})
    assert answer.status_code == 404 and answer.json()["code"] == "not_found"
