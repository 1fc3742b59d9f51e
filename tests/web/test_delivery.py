"""What API clients expect, on every GET route, through the ASGI app in process, on both
backends: CSV (with an HXL row read back by libhxl), HEAD, ETag / Last-Modified / 304, gzip,
CORS for reading only, stable paging with next links, and an OpenAPI document that says so."""

from __future__ import annotations

import csv
import gzip
import io
import re
import time
from collections.abc import Iterator
from typing import Any

import hxl
import orjson
import pytest
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.services import accounts
from minewatch.services.sessions import COOKIE_NAME
from minewatch.web.app import create_app
from minewatch.web.delivery import GZIP_LARGE_BYTES, GzipCache

GZIP = {"Accept-Encoding": "gzip"}
IDENTITY = {"Accept-Encoding": "identity"}
# Sample values for the path parameters of every GET route.
PATH_VALUES = {
    "iso3": "FIN",
    "source_id": "1",
    "record_id": "treaty:FIN:withdrawal_effective",
    "layer": "hazards",
    "fmt": "geojson",  # /downloads/field/{layer}.{fmt}
    "name": "hazard-report",
    "path": "reference/ottawa_status",
    "collectionId": "hazards",
    "featureId": "hazards:file:H-1",
}
ORIGIN = "https://newsroom.example"


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def get_routes(client: TestClient) -> list[str]:
    """Every GET route of the app with sample path values (static files are not routes)."""
    app: Any = client.app
    return sorted(
        {
            re.sub(r":\w+}", "}", route.path).format(**PATH_VALUES)
            for route in iter_route_contexts(app.routes)
            if route.path and "GET" in (route.methods or ())
        }
    )


# CSV and HXL


def test_status_as_csv_matches_the_json(client: TestClient, backend: str) -> None:
    url = "/api/v1/status?as_of=2026-02-03"
    states = client.get(url).json()["states"]
    by_param = client.get(url + "&format=csv")
    by_accept = client.get(url, headers={"Accept": "text/csv"})
    assert by_param.headers["content-type"] == "text/csv; charset=utf-8"
    assert by_param.text == by_accept.text
    header, *body = rows_of(by_param.text)
    assert header == ["iso3", "name", "status", "in_force", "sources"]
    assert [(r[0], r[2], r[3]) for r in body] == [
        (s["iso3"], s["status"], "true" if s["in_force"] else "false") for s in states
    ]


def test_every_page_has_a_csv_twin(client: TestClient) -> None:
    json_rows = client.get("/states.json?as_of=2026-02-03").json()["states"]
    page_csv = client.get("/states?as_of=2026-02-03&format=csv")
    assert page_csv.status_code == 200
    assert [r[0] for r in rows_of(page_csv.text)[1:]] == [s["iso3"] for s in json_rows]
    overview = rows_of(client.get("/overview", headers={"Accept": "text/csv"}).text)
    indicators = client.get("/overview.json").json()["indicators"]
    assert len(overview) == 1 + len(indicators) and "indicator" in overview[0]


def test_hxl_row_is_read_back_by_libhxl(client: TestClient) -> None:
    url = "/api/v1/status?as_of=2026-02-03"
    states = client.get(url).json()["states"]
    text = client.get(url + "&format=csv&hxl=1").text
    dataset = hxl.data(io.BytesIO(text.encode()))
    assert dataset.display_tags[:3] == ["#country+code", "#country+name", "#status"]
    read = [(row.get("#country+code"), row.get("#status")) for row in dataset]
    assert read == [(s["iso3"], s["status"]) for s in states]
    indicators = client.get("/api/v1/indicators?format=csv&hxl=1").text
    tags = hxl.data(io.BytesIO(indicators.encode())).display_tags
    assert {"#meta+id", "#indicator+name", "#indicator+num", "#date+year"} <= set(tags)


def test_csv_of_several_tables_needs_a_choice(client: TestClient) -> None:
    unclear = client.get("/api/v1/states/USA?format=csv")
    assert unclear.status_code == 400
    problem = unclear.json()
    assert problem["field"] == "table" and "policies" in problem["detail"]
    policies = client.get("/api/v1/states/USA").json()["policies"]
    chosen = rows_of(client.get("/api/v1/states/USA?format=csv&table=policies").text)
    assert [r[0] for r in chosen[1:]] == [p["record"] for p in policies]
    assert chosen[0][:3] == ["record", "version", "review_status"]
    unknown = client.get("/api/v1/states/USA?format=csv&table=nope").json()
    assert unknown["field"] == "table" and "'nope'" in unknown["detail"]


def test_csv_keeps_nested_values_whole(client: TestClient) -> None:
    policies = client.get("/api/v1/states/USA").json()["policies"]
    table = client.get("/api/v1/states/USA?format=csv&table=policies").text
    reader = csv.DictReader(io.StringIO(table))
    first = next(reader)
    assert orjson.loads(first["citations"]) == policies[0]["citations"]


def test_errors_stay_json_problems_when_csv_is_asked(client: TestClient) -> None:
    missing = client.get("/api/v1/states/XYZ?format=csv")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"


# HEAD, ETag, Last-Modified, 304, gzip, on every GET route


def test_every_get_route_answers_head_csv_and_304(client: TestClient) -> None:
    routes = get_routes(client)
    assert {"/api/v1/status", "/states/FIN", "/sources/1.json", "/overview"} <= set(routes)
    answered = 0
    for url in routes:
        got = client.get(url, headers=IDENTITY)
        if got.status_code != 200:  # login-only pages redirect; they are not public data
            continue
        answered += 1
        head = client.head(url, headers=IDENTITY)
        assert (head.status_code, head.content) == (200, b""), url
        for name in ("content-length", "content-type", "etag"):
            assert head.headers[name] == got.headers[name], (url, name)
        again = client.get(url, headers={"If-None-Match": got.headers["etag"]})
        assert (again.status_code, again.content) == (304, b""), url
        assert again.headers["etag"] == got.headers["etag"]
        if got.headers["content-type"].startswith(("application/json", "text/html")):
            as_csv = client.get(url, params={"format": "csv"})
            assert as_csv.status_code in (200, 400), url  # 400: several tables, none chosen
    assert answered >= 12


def test_etag_changes_when_the_data_change(client: TestClient, loaded_app: App) -> None:
    first = client.get("/api/v1/states/GRC")
    tag = first.headers["etag"]
    assert tag.startswith('W/"')
    assert client.get("/api/v1/states/GRC", headers={"If-None-Match": tag}).status_code == 304
    assert client.get("/api/v1/states/GRC", headers={"If-None-Match": "*"}).status_code == 304
    other = client.get("/api/v1/states/GRC", headers={"If-None-Match": 'W/"other", "x"'})
    assert other.status_code == 200
    _write_stockpile(client, loaded_app)
    changed = client.get("/api/v1/states/GRC", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["etag"] != tag
    (written,) = [s for s in changed.json()["stockpiles"] if s["record"] == "stockpile:GRC:2024"]
    assert written["held"] == 325413


def _write_stockpile(client: TestClient, app: App) -> None:
    with app.engine.begin() as connection:
        # A writer who may accept publishes at once (an analyst's direct write is a candidate).
        accounts.add_user(connection, "ana", "correct horse battery", accounts.Role.REVIEWER, "t")
        scopes = ["records:write", "review:write"]
        token = accounts.create_token(connection, "ana", scopes, "t", "t")
    body = {
        "base_version": None,
        "kind": "stockpile_figure",
        "iso3": "GRC",
        "valid_from": "2024",
        "data": {"held": 325413, "unit": "mines"},
        "citations": [{"source_id": 1, "quote": "our own test quote"}],
        "reason": "test",
    }
    response = client.post(
        "/api/v1/records/stockpile:GRC:2024/versions",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201


def _last_modified(client: TestClient, url: str) -> str:
    """Last-Modified is given once its second is over (HTTP dates have whole seconds)."""
    for _ in range(30):
        found = client.get(url).headers.get("last-modified")
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError("no Last-Modified within 3 s")


def test_if_modified_since_until_a_write(client: TestClient, loaded_app: App) -> None:
    url = "/api/v1/indicators"
    stamp = _last_modified(client, url)
    assert client.get(url, headers={"If-Modified-Since": stamp}).status_code == 304
    garbled = client.get(url, headers={"If-Modified-Since": "last tuesday"})
    assert garbled.status_code == 200
    _write_stockpile(client, loaded_app)
    after = client.get(url, headers={"If-Modified-Since": stamp})
    assert after.status_code == 200
    assert "last-modified" not in after.headers or after.headers["last-modified"] != stamp
    assert _last_modified(client, url) != stamp


def test_credentialed_answers_are_private_and_undated(client: TestClient) -> None:
    cookie = client.get("/api/v1/states", headers={"Cookie": f"{COOKIE_NAME}=x.y"})
    assert cookie.headers["cache-control"] == "private, no-cache"
    assert "last-modified" not in cookie.headers and "etag" in cookie.headers


def test_head_is_refused_where_get_is(client: TestClient) -> None:
    assert client.head("/api/v1/records/x/versions").status_code == 405
    assert client.head("/api/v1/states/XYZ").status_code == 404


def test_answers_over_1kb_are_gzipped_once(client: TestClient) -> None:
    url = "/api/v1/status?as_of=2026-02-03"
    plain = client.get(url, headers=IDENTITY)
    assert "content-encoding" not in plain.headers
    assert "Accept-Encoding" in plain.headers["vary"]
    raw = client.stream("GET", url, headers=GZIP)
    with raw as response:
        packed = b"".join(response.iter_raw())
        assert response.headers["content-encoding"] == "gzip"
    assert gzip.decompress(packed) == plain.content
    assert len(plain.content) / len(packed) > 5
    small = client.get("/api/v1/states/XYZ", headers=GZIP)  # a ~200-byte problem
    assert "content-encoding" not in small.headers
    css = client.get("/static/css/minewatch.css", headers=GZIP)
    assert css.headers["content-encoding"] == "gzip"


def test_gzip_cache_levels_by_size_and_bounds_its_bytes() -> None:
    cache = GzipCache(entries=10, max_bytes=3000, large_level=1)
    small = b'{"a": 1, "b": "text"}' * 100
    large = orjson.dumps([{"id": i, "v": f"x{i * 7919 % 10007}"} for i in range(6000)])
    assert len(small) < GZIP_LARGE_BYTES <= len(large)
    # The gzip header's XFL byte says the speed asked: 4 at level 1 (fastest), 0 at level 6.
    assert cache.compress(None, small)[8] == 0 and cache.compress(None, large)[8] == 4
    assert gzip.decompress(cache.compress(None, large)) == large
    assert GzipCache(large_level=6).compress(None, large)[8] == 0  # static files: level 6
    bodies = [
        orjson.dumps([{"n": i, "k": f"{i * j * 31 % 997}"} for j in range(300)]) for i in range(8)
    ]
    for i, body in enumerate(bodies):
        cache.compress(("body", i), body)
        assert cache.kept_bytes <= 3000
    assert 0 < len(cache) < len(bodies)  # the oldest were let go by bytes, not by count
    assert cache.kept_bytes == sum(len(gzip.compress(b, 6, mtime=0)) for b in bodies[-len(cache) :])
    assert len(cache.compress(("big", 0), large)) > 3000 and ("big", 0) not in cache._kept


def test_gzip_refused_by_q_zero(client: TestClient) -> None:
    refused = client.get("/api/v1/status", headers={"Accept-Encoding": "gzip;q=0"})
    assert "content-encoding" not in refused.headers


# CORS


def test_cors_preflight_for_reads_only(client: TestClient) -> None:
    read = client.options(
        "/api/v1/status",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"},
    )
    assert read.status_code == 200
    assert read.headers["access-control-allow-origin"] == "*"
    assert set(read.headers["access-control-allow-methods"].split(", ")) == {"GET", "HEAD"}
    assert "access-control-allow-credentials" not in read.headers
    write = client.options(
        "/api/v1/records/x/versions",
        headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in write.headers


def test_cors_on_simple_reads_never_on_writes_or_credentials(client: TestClient) -> None:
    read = client.get("/api/v1/states", headers={"Origin": ORIGIN})
    assert read.headers["access-control-allow-origin"] == "*"
    assert "ETag" in read.headers["access-control-expose-headers"]
    post = client.post("/api/v1/records/x/versions", headers={"Origin": ORIGIN}, json={})
    assert "access-control-allow-origin" not in post.headers
    token = client.get("/api/v1/states", headers={"Origin": ORIGIN, "Authorization": "Bearer x"})
    assert "access-control-allow-origin" not in token.headers
    cookie = client.get("/api/v1/states", headers={"Origin": ORIGIN, "Cookie": f"{COOKIE_NAME}=x"})
    assert "access-control-allow-origin" not in cookie.headers


def test_cors_origins_come_from_settings(loaded_app: App) -> None:
    settings = loaded_app.settings.model_copy(update={"cors_origins": [ORIGIN]})
    with TestClient(create_app(App(settings=settings, engine=loaded_app.engine))) as client:
        allowed = client.get("/api/v1/states", headers={"Origin": ORIGIN})
        assert allowed.headers["access-control-allow-origin"] == ORIGIN
        other = client.get("/api/v1/states", headers={"Origin": "https://elsewhere.example"})
        assert "access-control-allow-origin" not in other.headers


# Paging


def test_paging_follows_next_links_to_the_whole_list(client: TestClient) -> None:
    whole = client.get("/api/v1/states").json()["states"]
    url: str | None = "/api/v1/states?limit=50"
    seen: list[dict[str, Any]] = []
    while url:
        body = client.get(url).json()
        assert body["page"]["total"] == len(whole) and len(body["states"]) <= 50
        seen += body["states"]
        url = body["page"]["next"]
    assert seen == whole


def test_csv_pages_follow_the_link_header(client: TestClient) -> None:
    whole = rows_of(client.get("/api/v1/status?as_of=2026-02-03&format=csv").text)
    url: str | None = "/api/v1/status?as_of=2026-02-03&format=csv&limit=60"
    rows: list[list[str]] = []
    while url:
        response = client.get(url)
        header, *body = rows_of(response.text)
        assert header == whole[0]
        rows += body
        link = response.headers.get("link")
        url = link.split(">")[0].lstrip("<") if link else None
        assert not link or link.endswith('rel="next"')
    assert rows == whole[1:]


def test_paging_bounds_are_checked(client: TestClient) -> None:
    for bad in ("limit=0", "limit=10001", "offset=-1", "limit=ten"):
        problem = client.get(f"/api/v1/states?{bad}").json()
        assert problem["code"] == "invalid_input", bad
    beyond = client.get("/api/v1/states?offset=5000").json()
    assert beyond["states"] == [] and beyond["page"]["next"] is None


def test_every_list_route_pages(client: TestClient) -> None:
    for url in ("/api/v1/status", "/api/v1/indicators", "/api/v1/sources/1", "/states.json"):
        body = client.get(url, params={"limit": 2}).json()
        table = body["page"]["of"]
        assert len(body[table]) == 2 and body["page"]["next"], url
        following = client.get(body["page"]["next"]).json()
        assert following["page"]["offset"] == 2
        assert following[table][0] not in body[table]


# OpenAPI


def test_openapi_documents_what_every_get_answers(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path, operations in paths.items():
        if "get" not in operations:
            continue
        get = operations["get"]
        names = {p["name"] for p in get["parameters"]}
        assert {"format", "hxl", "table"} <= names, path
        assert "text/csv" in get["responses"]["200"]["content"], path
        assert "304" in get["responses"] and "ETag" in get["responses"]["200"]["headers"]
        assert operations["head"]["operationId"].endswith("_head")
    status_params = {p["name"] for p in paths["/api/v1/status"]["get"]["parameters"]}
    assert {"limit", "offset", "as_of", "known_at"} <= status_params
    assert client.get("/openapi.json").headers["content-encoding"] == "gzip"
