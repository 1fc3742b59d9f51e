"""F14: ``/openapi.json`` tells the truth. Every operation lists the answers the app really gives
(problems as ``application/problem+json`` of the ``Problem`` schema, never FastAPI's unused 422;
``304`` where an ETag applies), request bodies carry their limits and formats, integers are
``int64`` with exact bounds, and a wrong method answers 405 with an ``Allow`` header naming the
documented methods. Each claim of the document is asked of the app here, on both backends."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.domain.values import MAX_ID, MAX_INT, MIN_INT
from minewatch.services.accounts import Role
from minewatch.web import limits
from minewatch.web.app import create_app
from minewatch.web.delivery import file_name
from tests.evidence.helpers import FINLAND, add_claim, token_for

from .faults import counts

SAMPLES = {
    "iso3": "FIN",
    "source_id": "1",
    "record_id": "treaty:FIN:withdrawal_effective",
    "layer": "hazards",
    "collectionId": "hazards",
    "featureId": "hazards:file:1",
}
MISSING = {
    "iso3": "XXX",
    "source_id": "999999",
    "record_id": "nothing:here",
    "layer": "no-such-layer",
    "collectionId": "no-such-collection",
    "featureId": "nothing:here",
}
OTHER_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


class Api:
    def __init__(self, client: TestClient, app: App) -> None:
        self.client = client
        self.app = app
        self.doc: dict[str, Any] = client.get("/openapi.json").json()
        self.claim = add_claim(app, FINLAND)
        self.admin = token_for(app, "fuzz-admin", Role.ADMIN, ["records:write", "review:write"])
        # each lacks the other's scope, so every scoped operation refuses one of them
        self.analyst = token_for(app, "fuzz-analyst", Role.ANALYST, ["records:write"])
        self.reviewer = token_for(app, "fuzz-reviewer", Role.REVIEWER, ["review:write"])

    def url(self, path: str, values: dict[str, str]) -> str:
        given = {**values}
        if path.startswith("/api/v1/review/candidates/") and values is SAMPLES:
            given["record_id"] = self.claim
        return path.format(**given)

    def operations(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for path, operations in self.doc["paths"].items():
            for method, operation in operations.items():
                yield path, method.upper(), operation

    def problem_ok(self, response: Any, status: int) -> None:
        assert response.status_code == status, (response.request.url, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
        schema = {**self.doc["components"]["schemas"]["Problem"], "components": self.doc}
        jsonschema.validate(response.json(), schema)


@pytest.fixture
def api(loaded_app: App) -> Iterator[Api]:
    with TestClient(create_app(loaded_app), raise_server_exceptions=False) as client:
        yield Api(client, loaded_app)


def test_every_error_is_a_problem_document_and_422_is_gone(api: Api) -> None:
    seen = 0
    for path, method, operation in api.operations():
        responses = operation["responses"]
        assert "422" not in responses, (method, path)
        assert "400" in responses and "503" in responses, (method, path)
        if method in ("GET", "HEAD"):
            assert "304" in responses, (method, path)
        for status, response in responses.items():
            if int(status) < 400 or method == "HEAD":
                continue
            content = response["content"]
            assert list(content) == ["application/problem+json"], (method, path, status)
            assert content["application/problem+json"]["schema"]["$ref"].endswith("/Problem")
            seen += 1
    assert seen >= 50  # 15 operations besides HEAD, 2 to 8 errors each
    assert "HTTPValidationError" not in api.doc["components"]["schemas"]


def _integers(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if node.get("type") == "integer":
            yield node
        for value in node.values():
            yield from _integers(value)
    elif isinstance(node, list):
        for item in node:
            yield from _integers(item)


def test_every_integer_is_int64_with_exact_bounds(api: Api) -> None:
    found = list(_integers(api.doc["paths"])) + list(_integers(api.doc["components"]))
    assert len(found) > 20
    for schema in found:
        assert schema["format"] == "int64", schema
        assert type(schema["minimum"]) is int and type(schema["maximum"]) is int, schema
        assert MIN_INT <= schema["minimum"] <= schema["maximum"] <= MAX_INT, schema
    # the app refuses what the document excludes: one past the bound of a path id and a page
    beyond = MAX_INT + 1
    assert api.client.get(f"/api/v1/sources/{beyond}").status_code in (400, 404)
    api.problem_ok(api.client.get(f"/api/v1/states?offset={beyond}"), 400)  # was a 500
    # source ids live in a 32-bit column: one past it was a 500 on PostgreSQL
    api.problem_ok(api.client.get(f"/api/v1/sources/{MAX_ID + 1}"), 400)
    assert api.client.get(f"/api/v1/sources/{MAX_ID}").status_code == 404


def test_request_bodies_carry_their_limits_and_formats(api: Api) -> None:
    schemas = api.doc["components"]["schemas"]
    version = schemas["VersionIn"]["properties"]
    assert version["reason"]["maxLength"] == 2000
    assert version["kind"]["maxLength"] == 40 and "stockpile_figure" in version["kind"]["enum"]
    assert version["valid_from"]["pattern"] == "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
    assert schemas["CitationIn"]["properties"]["quote"]["maxLength"] == 10_000
    assert schemas["ReviewIn"]["properties"]["reason"]["maxLength"] == 2000
    status = api.doc["paths"]["/api/v1/status"]["get"]["parameters"]
    formats = {p["name"]: p["schema"].get("format") for p in status}
    assert formats["as_of"] == "date" and formats["known_at"] == "date-time"
    record = api.doc["paths"]["/api/v1/records/{record_id}"]["get"]["parameters"]
    assert next(p for p in record if p["name"] == "record_id")["schema"]["maxLength"] == 200
    # and the app holds to them
    headers = {"Authorization": f"Bearer {api.admin}"}
    long_reason = {"decision": "reject", "base_version": 1, "reason": "x" * 2001}
    url = f"/api/v1/review/candidates/{api.claim}"
    api.problem_ok(api.client.post(url, json=long_reason, headers=headers), 400)
    api.problem_ok(api.client.get("/api/v1/records/" + "x" * 201), 400)
    api.problem_ok(api.client.get("/api/v1/status?as_of=2025-02-30"), 400)
    api.problem_ok(api.client.get("/api/v1/status?known_at=yesterday"), 400)


def test_each_documented_error_status_is_what_the_app_answers(api: Api) -> None:
    """For every operation, each error status it lists is provoked and checked: 400 (a bad
    format or body), 401 (no token), 403 (a viewer's token), 404 (a missing id), 409 (a stale
    base version), 413 (a body over the limit); nothing is written by any of them."""
    before = counts(api.app.engine)
    checked = 0
    admin = {"Authorization": f"Bearer {api.admin}"}
    narrow = [{"Authorization": f"Bearer {t}"} for t in (api.analyst, api.reviewer)]
    for path, method, operation in api.operations():
        if method == "HEAD":
            continue
        statuses = set(operation["responses"])
        url = api.url(path, SAMPLES)
        ask = partial(api.client.request, method)
        if method == "GET":
            api.problem_ok(ask(url + "?format=xml", headers=admin), 400)
        else:
            api.problem_ok(ask(url, json=[], headers=admin), 400)
        checked += 1
        if "401" in statuses:
            bad = {"Authorization": "Bearer not-a-token"}
            api.problem_ok(ask(url, headers=bad, **_body(method, path)), 401)
            checked += 1
        if "403" in statuses:
            refused = [
                r
                for h in narrow
                if (r := ask(url, headers=h, **_body(method, path))).status_code == 403
            ]
            assert len(refused) == 1, (method, path)
            api.problem_ok(refused[0], 403)
            checked += 1
        if "404" in statuses and method == "GET":
            missing = ask(api.url(path, MISSING), headers=admin)
            api.problem_ok(missing, 400 if "{layer}" in path else 404)  # a layer name is a choice
            checked += 1
        if "413" in statuses:
            big = b"[" + b" " * limits.MAX_JSON_BODY + b"]"
            response = api.client.post(
                url, content=big, headers={**admin, "Content-Type": "application/json"}
            )
            api.problem_ok(response, 413)
            checked += 1
    assert counts(api.app.engine) == before
    assert checked >= 30
    stale = {"decision": "reject", "base_version": 7, "reason": "stale"}
    url = f"/api/v1/review/candidates/{api.claim}"
    api.problem_ok(api.client.post(url, json=stale, headers=admin), 409)
    assert counts(api.app.engine) == before


# Well-formed bodies that an allowed caller still cannot write with (a stale base version, a
# document without candidates), so that only the credential decides the answer.
BODIES = {
    "/api/v1/records/{record_id}/versions": {
        "base_version": 999,
        "kind": "treaty_event",
        "data": {},
        "citations": [{"source_id": 1, "quote": "q"}],
        "reason": "probe",
    },
    "/api/v1/review/candidates/{record_id}": {
        "decision": "reject",
        "base_version": 7,
        "reason": "probe",
    },
    "/api/v1/review/documents/{source_id}": {"decision": "reject", "reason": "probe"},
}


def _body(method: str, path: str) -> dict[str, Any]:
    return {} if method == "GET" else {"json": BODIES[path]}


def test_a_wrong_method_is_405_with_allow_naming_the_documented_methods(api: Api) -> None:
    asked = 0
    for path, operations in api.doc["paths"].items():
        documented = {m.upper() for m in operations}
        url = api.url(path, SAMPLES)
        for method in OTHER_METHODS:
            if method in documented:
                continue
            response = api.client.request(method, url)
            api.problem_ok(response, 405)
            allowed = set(re.split(r",\s*", response.headers["allow"]))
            assert allowed == documented, (method, path, allowed)
            asked += 1
    assert asked >= 50


def test_a_csv_of_a_path_with_any_characters_is_named_safely(api: Api) -> None:
    """Found by schemathesis: the CSV file name came from the path, and a header holds only
    Latin-1, so ``/api/v1/rollups/<U+F8C0E>?format=csv`` was a 500."""
    response = api.client.get("/api/v1/rollups/%F3%B8%B0%8E?by=admin&format=csv")
    api.problem_ok(response, 404)  # no such state: a problem, never a 500
    assert file_name("\U000f8c0e-admin_areas") == "_-admin_areas"
    named = api.client.get("/api/v1/rollups/col?by=admin&format=csv")
    assert named.headers["content-disposition"] == 'attachment; filename="col-admin_areas.csv"'


def test_an_answer_of_one_table_and_its_sources_writes_that_table(api: Api) -> None:
    """The roll-ups carry their citations as a ``sources`` list beside their one table (since
    ecdfa89): a CSV without ``?table=`` writes the table, and the sources only when named."""
    by_year = api.client.get("/api/v1/rollups/col?format=csv")
    assert by_year.status_code == 200
    assert by_year.headers["content-disposition"] == 'attachment; filename="col-years.csv"'
    cited = api.client.get("/api/v1/rollups/col?format=csv&table=sources")
    assert cited.headers["content-disposition"] == 'attachment; filename="col-sources.csv"'


def test_format_names_json_or_csv_and_refuses_others(api: Api) -> None:
    response = api.client.get("/api/v1/status?format=xml")
    api.problem_ok(response, 400)
    assert response.json()["field"] == "format" and "xml" in response.json()["detail"]
    for value in ("abc", "2", "maybe"):  # hxl is a yes or a no, never silently a no
        refused = api.client.get(f"/api/v1/status?format=csv&hxl={value}")
        api.problem_ok(refused, 400)
        assert refused.json()["field"] == "hxl" and value in refused.json()["detail"]
    for value in ("1", "true", "0", "off", ""):
        assert api.client.get(f"/api/v1/status?format=csv&hxl={value}").status_code == 200
    assert api.client.get("/api/v1/status?format=json").status_code == 200
    assert (
        api.client.get("/api/v1/status?format=csv").headers["content-type"].startswith("text/csv")
    )
