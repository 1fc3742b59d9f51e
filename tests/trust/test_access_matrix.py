"""F19: the whole route table × every role and credential state. Each route has a rule here;
a route added without one fails ``test_every_route_has_a_rule``. Then every (route, method)
is asked with every credential and the answer must be the rule's: public routes never refuse
(and never fail), token routes answer 401 without a live token and 403 without the scope, the
review pages send strangers to the login and refuse roles below reviewer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from sqlalchemy import update

from minewatch.app import App
from minewatch.services import accounts, sessions
from minewatch.services.accounts import Role
from minewatch.services.clock import utc_now
from minewatch.storage.tables import users
from minewatch.web.app import create_app
from tests.evidence.helpers import PASSWORD, STOCKPILE, add_claim, add_user

PUBLIC, FORM = "public", "form"
PUBLIC_OR_LIVE = "public-or-live-token"
# (method, path) -> who may: "public", "form" (login/logout: checked in test_logins), a token
# scope ("records:write"), or "session:review" (the review pages, logged-in reviewer or admin).
RULES: dict[tuple[str, str], str] = {
    **{
        ("GET", p): PUBLIC
        for p in (
            "/openapi.json",
            "/api/v1/status",
            "/api/v1/states",
            "/api/v1/states/{iso3}",
            "/api/v1/sources/{source_id}",
            "/api/v1/records/{record_id}",
            "/api/v1/indicators",
            "/",
            "/.json",
            "/index.json",
            "/states",
            "/states.json",
            "/states/{iso3}",
            "/states/{iso3}.json",
            "/sources/{source_id:int}",
            "/sources/{source_id:int}.json",
            "/search",
            "/search.json",
            "/overview",
            "/overview.json",
            "/docs",
            "/login",
            "/login.json",
            "/forms",
            "/forms.json",
            "/forms/{name}.xlsx",
            "/downloads",
            "/downloads.json",
            "/downloads/datapackage.json",
            "/downloads/minewatch-data.zip",
            "/downloads/{path:path}.csv",
        )
    },
    # The field layers: anyone reads the public view; a live token or session sees more; a
    # token that is presented but not live is refused rather than silently ignored.
    ("GET", "/api/v1/layers"): PUBLIC,
    ("GET", "/api/v1/layers/{layer}"): PUBLIC_OR_LIVE,
    ("GET", "/field/features.json"): PUBLIC_OR_LIVE,  # the map's windows: the layers' rule
    ("GET", "/field/sources.json"): PUBLIC_OR_LIVE,  # a popup's fields: the same rule
    ("GET", "/field"): PUBLIC_OR_LIVE,  # the map page: its extent and counts by the same rule
    ("GET", "/field.json"): PUBLIC_OR_LIVE,
    # a field layer as a file from the downloads page: the layers API's rule (public view
    # for anonymous callers, exact for an analyst or above; a dead token refused)
    ("GET", "/downloads/field/{layer}.{fmt}"): PUBLIC_OR_LIVE,
    ("GET", "/api/v1/rollups/{iso3}"): PUBLIC,
    # OGC API – Features: the layers API's rule (web.layers.caller) on what reads layers.
    ("GET", "/ogc"): PUBLIC,
    ("GET", "/ogc/conformance"): PUBLIC,
    ("GET", "/ogc/collections"): PUBLIC_OR_LIVE,
    ("GET", "/ogc/collections/{collectionId}"): PUBLIC_OR_LIVE,
    ("GET", "/ogc/collections/{collectionId}/items"): PUBLIC_OR_LIVE,
    ("GET", "/ogc/collections/{collectionId}/items/{featureId:path}"): PUBLIC_OR_LIVE,
    ("POST", "/login"): FORM,
    ("POST", "/logout"): FORM,
    ("POST", "/api/v1/records/{record_id}/versions"): "records:write",
    ("GET", "/api/v1/review/candidates"): "review:write",
    ("GET", "/api/v1/review/candidates/{record_id}"): "review:write",
    ("POST", "/api/v1/review/candidates/{record_id}"): "review:write",
    ("GET", "/review"): "session:review",
    ("GET", "/review.json"): "session:review",
    ("POST", "/review/{record_id}"): "session:review",
    ("POST", "/api/v1/review/documents/{source_id}"): "review:write",
    ("POST", "/review/documents/{source_id}"): "session:review",
}


def route_table(web: Any) -> set[tuple[str, str]]:
    return {
        (method, route.path)
        for route in iter_route_contexts(web.routes)
        if route.path
        for method in set(route.methods or ()) - {"HEAD"}
    }


@dataclass
class Credential:
    name: str
    role: Role | None  # the role it acts with when live; None: not a live credential
    token: str | None = None
    cookie: str | None = None


def _token(app: App, name: str, role: Role, scopes: list[str], **kw: Any) -> str:
    add_user(app, name, role)
    with app.engine.begin() as connection:
        return accounts.create_token(connection, name, scopes, "matrix", "test", **kw)


def _credentials(app: App) -> list[Credential]:
    app.settings = app.settings.model_copy(update={"secret_key": "matrix"})
    every = ["records:write", "review:write"]
    made = [
        Credential("none", None),
        Credential("wrong", None, token="mw_not_a_token", cookie="forged.cookie"),
        Credential("analyst", Role.ANALYST, token=_token(app, "ana", Role.ANALYST, every[:1])),
        Credential("reviewer", Role.REVIEWER, token=_token(app, "rev", Role.REVIEWER, every)),
        Credential("admin", Role.ADMIN, token=_token(app, "adm", Role.ADMIN, ["admin"])),
        Credential("viewer", Role.VIEWER, token=_token(app, "vic", Role.VIEWER, [])),
    ]
    expired = _token(app, "old", Role.REVIEWER, every, expires_at=utc_now() - timedelta(1))
    made.append(Credential("expired", None, token=expired))
    revoked = _token(app, "gone", Role.REVIEWER, every)
    with app.engine.begin() as connection:
        accounts.revoke_token(connection, revoked, "test")
    made.append(Credential("revoked", None, token=revoked))
    for cred in made:
        if cred.role is not None:
            cred.cookie = sessions.login(app, _username(cred), PASSWORD)
    demoted = Credential("demoted", Role.VIEWER, token=_token(app, "dem", Role.REVIEWER, every))
    demoted.cookie = sessions.login(app, "dem", PASSWORD)
    disabled = Credential("disabled", None, token=_token(app, "dis", Role.REVIEWER, every))
    disabled.cookie = sessions.login(app, "dis", PASSWORD)
    with app.engine.begin() as connection:
        connection.execute(update(users).where(users.c.username == "dem").values(role="viewer"))
        connection.execute(update(users).where(users.c.username == "dis").values(disabled=True))
    return [*made, demoted, disabled]


def _username(cred: Credential) -> str:
    return {"analyst": "ana", "reviewer": "rev", "admin": "adm", "viewer": "vic"}[cred.name]


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app), follow_redirects=False) as test_client:
        yield test_client


@pytest.mark.parametrize("backend", ["sqlite"])
def test_every_route_has_a_rule(client: TestClient) -> None:
    table = route_table(client.app)
    assert table - set(RULES) == set(), "a route without an access rule: add it to RULES"
    assert set(RULES) - table == set(), "a rule for a route that no longer exists"


def _expected(rule: str, cred: Credential) -> set[int] | str:
    if rule == PUBLIC:
        return "allowed"
    if rule == PUBLIC_OR_LIVE:
        return {401} if cred.role is None and cred.token else "allowed"
    if rule.startswith("session:"):
        if cred.role is None:
            return {303}
        return "allowed" if cred.role >= Role.REVIEWER else {403}
    if cred.role is None:
        return {401}
    least = accounts.SCOPES[rule]
    holds = cred.name in ("reviewer", "admin") or (cred.name == "analyst" and least == Role.ANALYST)
    return "allowed" if holds and cred.role >= least else {403}


def _ask(client: TestClient, method: str, path: str, cred: Credential, claim: str) -> int:
    url = re.sub(r"\{record_id\}", claim, path)
    url = url.replace("{iso3}", "FIN").replace("{layer}", "hazards").replace("{fmt}", "geojson")
    url = url.replace("{source_id:int}", "1").replace("{source_id}", "1")
    url = url.replace("{name}", "hazard-report").replace("{path:path}", "reference/ottawa_status")
    url = url.replace("{collectionId}", "hazards").replace("{featureId:path}", "hazards:f:1")
    headers = {"Authorization": f"Bearer {cred.token}"} if cred.token else {}
    client.cookies.clear()
    if cred.cookie:
        client.cookies.set(sessions.COOKIE_NAME, cred.cookie)
    if method == "GET":
        return client.get(url, headers=headers).status_code
    if "versions" in url:
        body = {
            "base_version": None,
            "kind": "stockpile_figure",
            "iso3": "EST",
            "data": {"destroyed": 1},
            "citations": [{"source_id": 1, "quote": "q"}],
            "reason": "matrix",
        }
        return client.post(
            url.replace(claim, "stockpile_figure:matrix"), json=body, headers=headers
        ).status_code
    if url.startswith("/api/"):
        decision = {"decision": "reject", "base_version": 1, "reason": "matrix"}
        return client.post(url, json=decision, headers=headers).status_code
    assert isinstance(client.app, FastAPI)
    csrf = sessions.csrf_token(client.app.state.minewatch, cred.cookie) if cred.cookie else ""
    form = {"decision": "reject", "base_version": "1", "reason": "matrix", "csrf": csrf}
    return client.post(url, data=form, headers=headers).status_code


def test_every_route_answers_every_credential_as_its_rule_says(
    client: TestClient, loaded_app: App
) -> None:
    creds = _credentials(loaded_app)
    claim = add_claim(loaded_app, STOCKPILE)
    checked = 0
    for method, path in sorted(route_table(client.app)):
        rule = RULES[(method, path)]
        if rule == FORM:
            continue
        for cred in creds:
            status = _ask(client, method, path, cred, claim)
            want = _expected(rule, cred)
            assert status < 500, (method, path, cred.name, status)
            if want == "allowed":
                assert status not in (401, 403, 303), (method, path, cred.name, status)
            else:
                assert status in want, (method, path, cred.name, status, want)
            checked += 1
    asked = [key for key in route_table(client.app) if RULES[key] != FORM]
    assert checked == len(asked) * len(creds) and len(creds) == 10
