"""The field map's data: /field and its .json twin, the window's features with the page's
filters, the public rule, simplification by zoom, and the popup's sources (both backends)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient

from bench.field_data import accidents_csv, hazards_csv
from minewatch.app import App
from minewatch.services import field_map
from minewatch.services.clock import utc_now
from minewatch.web.app import create_app

from .helpers import run_import, square_wkt, write_csv


@pytest.fixture
def client(empty_app: App, tmp_path: Path) -> Iterator[TestClient]:
    run_import(empty_app, [hazards_csv(tmp_path / "hazards.csv", 9, side=0.05)], layer="hazards")
    run_import(empty_app, [accidents_csv(tmp_path / "accidents.csv", 4)], layer="accidents")
    with TestClient(create_app(empty_app)) as test_client:
        yield test_client


def _features(client: TestClient, **params: str) -> dict[str, object]:
    response = client.get("/field/features.json", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def test_page_and_its_json_twin_count_per_status(client: TestClient) -> None:
    page = client.get("/field")
    assert page.status_code == 200
    assert 'href="/field" aria-current="page"' in page.text
    assert '<script src="/static/js/field-map.js">' in page.text
    twin = client.get("/field.json").json()
    assert twin["hazard_statuses"] == {"open": 3, "in_progress": 3, "released": 3}
    assert twin["counts"] == {"hazards": 9, "activities": 0, "accidents": 4}
    assert twin["types"]["hazards"] == ["SHA", "CHA"]
    assert twin["years"] == sorted({2000 + i for i in range(9)}, reverse=True)
    west, south, east, north = twin["extent"]
    assert west < east and south < north


def test_filters_status_type_year_and_date(client: TestClient) -> None:
    assert _features(client, layer="hazards")["numberMatched"] == 9
    assert _features(client, layer="hazards", status="released")["numberMatched"] == 3
    assert _features(client, layer="hazards", type="CHA")["numberMatched"] == 3  # rows 0, 4, 8
    assert _features(client, layer="hazards", year="2004")["numberMatched"] == 1
    # as_of keeps records dated by then: hazards are dated 2000-01-15, 2001-02-15, ...
    assert _features(client, layer="hazards", as_of="2002-02-14")["numberMatched"] == 2
    assert (
        client.get("/field.json", params={"as_of": "2002-03-20"}).json()["counts"]["hazards"] == 3
    )
    body = _features(client, layer="accidents", type="IED")
    assert body["numberMatched"] == 2
    for feature in body["features"]:  # type: ignore[attr-defined]
        popup = _popup(client, feature)
        assert popup["layer"] == "accidents" and popup["properties"]["device_type"] == "IED"


def _popup(client: TestClient, feature: dict[str, Any]) -> dict[str, Any]:
    """The popup of a drawn feature, as the map asks it on click (the version drawn)."""
    params = {"record_id": feature["properties"]["record_id"], "seq": str(feature["id"])}
    response = client.get("/field/sources.json", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_bbox_and_simplification_by_zoom(client: TestClient) -> None:
    everything = _features(client, layer="hazards", bbox="-80,0,-60,12")
    assert everything["numberReturned"] == 9
    assert _features(client, layer="hazards", bbox="10,10,11,11")["numberMatched"] == 0
    far = _features(client, layer="hazards", zoom="0")["features"][0]  # type: ignore[index]
    near = _features(client, layer="hazards", zoom="14")["features"][0]  # type: ignore[index]
    far_ring, near_ring = far["geometry"]["coordinates"][0], near["geometry"]["coordinates"][0]
    assert all(round(v, 2) == v for point in far_ring for v in point)  # 2 places at zoom 0
    assert any(round(v, 2) != v for point in near_ring for v in point) and len(near_ring) == 5
    bad = client.get("/field/features.json", params={"layer": "victims"})
    assert bad.status_code == 400 and "unknown map layer" in bad.text


def test_a_window_with_too_many_features_is_truncated_and_says_so(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(field_map, "MAX_FEATURES", 4)
    body = _features(client, layer="hazards")
    assert (body["numberReturned"], body["numberMatched"], body["truncated"]) == (4, 9, True)
    # Capped counts are kept per filter (and view): each filter counts its own rows.
    monkeypatch.setattr(field_map, "MAX_FEATURES", 2)
    for _ in range(2):  # the second time from the read cache
        for status in ("released", "open"):
            body = _features(client, layer="hazards", status=status, bbox="-80,0,-60,12")
            assert (body["numberReturned"], body["numberMatched"]) == (2, 3), status
        assert _features(client, layer="hazards", type="CHA")["numberMatched"] == 3


def test_anonymous_callers_get_the_public_rule(empty_app: App, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "private.csv",
        ["reference", "hazard_type", "status", "is_public", "wkt"],
        [["P-1", "SHA", "open", "no", square_wkt(-74.0, 4.0, 0.01)]],
    )
    run_import(empty_app, [path], layer="hazards")
    with TestClient(create_app(empty_app)) as client:
        feature = _features(client, layer="hazards")["features"][0]  # type: ignore[index]
    assert feature["properties"]["location"] == "withheld" and feature["geometry"] is None
    assert sorted(feature["properties"]) == ["location", "record_id", "status"]
    # Its popup: the public rule's fields, no more than the public API gives for it.
    with TestClient(create_app(empty_app)) as client:
        popup = _popup(client, feature)
    assert popup["properties"]["reference"] == "P-1"
    assert popup["properties"]["location"] == "withheld"
    assert "attributes" not in popup["properties"] and "geom" not in popup["properties"]


def test_the_popup_lists_the_records_sources(client: TestClient) -> None:
    features = _features(client, layer="hazards")["features"]
    feature = features[0]  # type: ignore[index]
    # A drawn feature carries what the map draws: the version drawn, the record, its colour.
    assert sorted(feature["properties"]) == ["record_id", "status"]
    body = _popup(client, feature)
    (source,) = body["sources"]
    assert source["title"].endswith("hazards.csv") or "hazards.csv" in source["title"]
    assert "row" in source["quote"]
    fields = body["properties"]
    assert fields["status"] == feature["properties"]["status"] and fields["location"] == "exact"
    assert fields["reference"].startswith("SYN-H") and fields["name"].startswith("Synthetic")
    assert fields["hazard_type"] in ("SHA", "CHA") and fields["date"].endswith("-15")
    # Without seq: the current version, as before.
    current = client.get("/field/sources.json", params={"record_id": fields["record_id"]})
    assert current.json() == body
    assert client.get("/field/sources.json", params={"record_id": "nope"}).status_code == 404
    other = features[1]["id"]  # type: ignore[index]
    wrong = {"record_id": fields["record_id"], "seq": str(other)}  # another record's version
    assert client.get("/field/sources.json", params=wrong).status_code == 404
    bad = client.get("/field/sources.json", params={**wrong, "seq": "x"})
    assert bad.status_code == 400 and "seq" in bad.text


@pytest.mark.parametrize("zoom", ["-5", "999", "nan", "x"])
def test_a_zoom_outside_the_web_map_range_is_refused_naming_it(
    client: TestClient, zoom: str
) -> None:
    answer = client.get("/field/features.json", params={"layer": "hazards", "zoom": zoom})
    assert answer.status_code == 400 and answer.json()["code"] == "invalid_input"
    assert "zoom" in answer.text


def test_the_public_summary_never_outlines_a_hidden_place_and_counts_what_it_cannot_draw(
    empty_app: App, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "mixed.csv",
        ["reference", "hazard_type", "status", "is_public", "wkt"],
        [
            ["H-PUB", "SHA", "open", "yes", square_wkt(-74.0, 4.0, 0.01)],
            ["H-HID", "SHA", "open", "no", square_wkt(-70.0, 8.0, 0.01)],
        ],
    )
    run_import(empty_app, [path], layer="hazards")
    with TestClient(create_app(empty_app)) as client:
        summary = client.get("/field.json").json()
        page = client.get("/field").text
    _west, _south, east, north = summary["extent"]
    assert east < -73.9 and north < 4.1  # the public square only: the hidden one is not outlined
    assert summary["withheld"] == {"hazards": 1, "activities": 0, "accidents": 0}
    assert "Not drawn: 1 hazards" in page
    notice = page.split('id="not-public"', 1)[1].split("</p>", 1)[0]
    assert "1 record is not public and not shown" in notice and "1 hazards" in notice
    assert "Sign in as an analyst or reviewer" in notice
    assert "nothing held here is public" not in notice  # the public square is drawn
    with empty_app.engine.connect() as connection:
        full = field_map.map_summary(connection, utc_now().date())
    assert full["extent"][2] > -70.0 and full["withheld"] == {}


def test_a_map_with_nothing_public_says_so_above_the_map(empty_app: App, tmp_path: Path) -> None:
    """README's import steps leave such a map (no record public, no admin area held): the page
    says how many records it cannot show, why, and who can see them; with nothing withheld it
    says nothing of the kind."""
    rows = [[f"H-{i}", "SHA", "open", "no", square_wkt(-70.0 + i, 8.0, 0.01)] for i in range(3)]
    header = ["reference", "hazard_type", "status", "is_public", "wkt"]
    with TestClient(create_app(empty_app)) as client:
        assert 'id="not-public"' not in client.get("/field").text  # nothing held at all
        run_import(empty_app, [write_csv(tmp_path / "h.csv", header, rows)], layer="hazards")
        page = client.get("/field").text
    notice = page.split('id="not-public"', 1)[1].split("</p>", 1)[0]
    assert "3 records are not public and not shown" in notice and "(3 hazards)" in notice
    assert "nothing held here is public, so the map draws none of it" in notice
    assert "no admin area is held" in notice and "Sign in as an analyst or reviewer" in notice
    assert page.index('id="not-public"') < page.index('id="map"')  # above the map, not aside


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"year": "abc"}, "year"),
        ({"year": "0"}, "year"),
        ({"status": "nope"}, "status"),
        ({"hxl": "abc"}, "hxl"),
    ],
)
def test_a_malformed_filter_is_refused_naming_it_never_ignored(
    client: TestClient, params: dict[str, str], field: str
) -> None:
    twin = client.get("/field.json", params=params)
    assert twin.status_code == 400 and twin.json()["field"] == field
    features = client.get("/field/features.json", params={"layer": "hazards", **params})
    assert features.status_code == 400 and features.json()["field"] == field
    browser = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
    page = client.get("/field", params=params, headers=browser)
    assert page.status_code == 400 and page.headers["content-type"].startswith("text/html")
    assert "invalid_input" in page.text and repr(field) in page.text.replace("&#39;", "'")
    good = client.get("/field", params={"year": "2004", "status": "open", "hxl": "0"})
    assert good.status_code == 200 and '<option value="2004" selected>' in good.text


def test_the_held_counts_are_what_can_be_drawn_plus_what_cannot_and_why(
    empty_app: App, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "mixed.csv",
        ["reference", "hazard_type", "status", "is_public", "wkt", "date"],
        [
            ["H-PUB", "SHA", "open", "yes", square_wkt(-74.0, 4.0, 0.01), "2020-01-01"],
            ["H-HID", "SHA", "open", "no", square_wkt(-70.0, 8.0, 0.01), "2020-01-01"],
            ["H-LATER", "SHA", "open", "no", square_wkt(-71.0, 6.0, 0.01), "2024-01-01"],
        ],
    )
    run_import(empty_app, [path], layer="hazards")
    # An operation known by its municipality only: public, but no place of its own.
    nowhere = write_csv(
        tmp_path / "ops.csv",
        ["reference", "activity_type", "is_public", "wkt", "date"],
        [["A-NOWHERE", "clearance", "yes", "", "2020-01-01"]],
    )
    run_import(empty_app, [nowhere], layer="activities")
    with TestClient(create_app(empty_app)) as client:
        summary = client.get("/field.json", params={"as_of": "2021-01-01"}).json()
        page = client.get("/field", params={"as_of": "2021-01-01"}).text
        later = client.get("/field.json", params={"as_of": "2025-01-01"}).json()
    # Two hazards held on 2021-01-01 (the later one is not yet): one drawable, one hidden with
    # no admin area; the activity has no place of its own. The parts add up to the legend's.
    assert summary["counts"]["hazards"] == 2 and summary["drawable"]["hazards"] == 1
    assert summary["withheld"]["hazards"] == 1 and summary["unlocated"]["hazards"] == 0
    assert summary["counts"]["activities"] == summary["unlocated"]["activities"] == 1
    assert summary["drawable"]["activities"] == 0
    assert "Not drawn: 1 hazards" in page and "1 activities" in page
    assert "no coordinates or shape" in page
    assert later["counts"]["hazards"] == 3 and later["withheld"]["hazards"] == 2
    for answer in (summary, later):
        for layer, held in answer["counts"].items():
            parts = answer["drawable"][layer] + answer["withheld"][layer]
            assert held == parts + answer["unlocated"][layer]
    # Signed in, nothing is withheld; the shapeless record still cannot be drawn.
    with empty_app.engine.connect() as connection:
        full = field_map.map_summary(connection, utc_now().date())
    assert full["withheld"] == {} and full["unlocated"]["activities"] == 1
    assert full["drawable"]["hazards"] == 3


def _drawn(app: App, layer: str, *, public: bool) -> int:
    """How many of ``layer``'s features the map draws (a geometry sent) for the whole world."""
    query = field_map.MapQuery(layer, as_of=utc_now().date(), zoom=3)
    with app.engine.connect() as connection:
        answer = orjson.loads(
            orjson.dumps(field_map.map_features(connection, query, public=public))
        )
    return sum(1 for f in answer["features"] if f["geometry"] is not None)


def test_the_notice_promises_a_signed_in_user_only_what_they_will_see(
    empty_app: App, tmp_path: Path
) -> None:
    """Accidents of every kind the public view cannot draw, none with an admin area held: one
    public and drawn; one hidden with a point (signing in shows it); one public and one hidden
    whose location was not safe to record (no point is held: no one sees them drawn)."""
    header = ["reference", "iso3", "date", "lon", "lat", "is_public", "safe_to_record"]
    rows = [
        ["A-SHOWN", "COL", "2020-01-01", "-74.0", "4.0", "yes", "yes"],
        ["A-HIDDEN", "COL", "2020-01-02", "-74.5", "4.5", "no", ""],
        ["A-UNSAFE-PUBLIC", "COL", "2020-01-03", "-75.0", "5.0", "yes", "no"],
        ["A-UNSAFE-HIDDEN", "COL", "2020-01-04", "-75.5", "5.5", "no", "no"],
    ]
    run_import(empty_app, [write_csv(tmp_path / "a.csv", header, rows)], layer="accidents")
    with TestClient(create_app(empty_app)) as client:
        public = client.get("/field.json").json()
        page = client.get("/field").text
    with empty_app.engine.connect() as connection:
        full = field_map.map_summary(connection, utc_now().date())
    # What the page promises a signed-in user is what the signed-in map draws.
    assert public["withheld"]["accidents"] == 1  # A-HIDDEN only, not the unsafe hidden one
    assert public["not_safe"]["accidents"] == full["not_safe"]["accidents"] == 2
    assert public["drawable"]["accidents"] == _drawn(empty_app, "accidents", public=True) == 1
    promised = public["drawable"]["accidents"] + public["withheld"]["accidents"]
    assert full["drawable"]["accidents"] == _drawn(empty_app, "accidents", public=False)
    assert promised == full["drawable"]["accidents"] == 2
    for answer in (public, full):
        parts = (answer["withheld"].get("accidents", 0), answer["unlocated"]["accidents"])
        assert (
            answer["counts"]["accidents"]
            == answer["drawable"]["accidents"] + sum(parts) + answer["not_safe"]["accidents"]
        )
    notice = page.split('id="not-public"', 1)[1].split("</p>", 1)[0]
    assert "1 record is not public and not shown" in notice and "(1 accidents)" in notice
    assert "Sign in as an analyst or reviewer to see it" in notice
    unsafe = page.split('id="not-recorded"', 1)[1].split("</p>", 1)[0]
    assert "2 records are not drawn for anyone, signed in or not" in unsafe
    assert "(2 accidents)" in unsafe and "not safe to record" in unsafe
    assert "Not drawn: 2 accidents" in page.split('id="not-safe"', 1)[1]
