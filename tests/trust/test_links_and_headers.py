"""F4, F14: only http(s) addresses become links or are stored; every answer carries the
security headers; no page runs inline script; the API docs load nothing from another site."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import insert

from minewatch.app import App
from minewatch.domain.values import http_url
from minewatch.services import ingest
from minewatch.storage.tables import sources
from minewatch.web.app import create_app
from minewatch.web.templating import TEMPLATES

from .faults import counts

PAGES = [
    "/",
    "/states",
    "/states/FIN",
    "/overview",
    "/search?q=fin",
    "/login",
    "/docs",
    "/sources/1",
    "/openapi.json",
    "/api/v1/status",
    "/static/css/minewatch.css",
    "/no/such/page",
    "/review",
]


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app), follow_redirects=False) as test_client:
        yield test_client


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("path", PAGES)
def test_every_answer_has_the_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    script_src = re.search(r"script-src ([^;]+)", csp)
    assert script_src is not None and "unsafe-inline" not in script_src.group(1)
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


def test_no_template_has_inline_script_or_a_remote_asset() -> None:
    for template in Path(TEMPLATES).rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        for tag in re.findall(r"<script[^>]*>", text):
            assert "src=" in tag or 'type="application/json"' in tag, (template.name, tag)
        assert not re.search(r"(src|href)=\"(https?:)?//", text), template.name
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", text), template.name  # no onclick=…


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_api_docs_use_local_assets(client: TestClient) -> None:
    page = client.get("/docs").text
    assert "cdn" not in page.lower() and "/static/vendor/swagger-ui-bundle.js" in page
    assert client.get("/static/vendor/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_api_docs_ask_no_online_validator(client: TestClient) -> None:
    """Swagger UI draws a badge from validator.swagger.io for a spec served from any host but
    localhost or 127.0.0.1 (``make run HOST=0.0.0.0``, opened by its address): an image from
    another site, blocked by our CSP and reported as a violation. The docs page turns it off."""
    script = client.get("/static/js/api-docs.js").text
    options = re.search(r"SwaggerUIBundle\(\{(.*?)\}\)", script, re.S)
    assert options is not None
    assert re.search(r"validatorUrl:\s*null\b", options.group(1)), options.group(1)


@pytest.mark.parametrize(
    ("value", "link"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("//evil.example/", None),
        ("/relative", None),
        ("vbscript:x", None),
    ],
)
def test_only_http_addresses_are_links(value: str, link: str | None) -> None:
    assert http_url(value) == link


def test_a_javascript_source_is_refused_at_ingest(loaded_app: App, tmp_path: Path) -> None:
    story = tmp_path / "xss.txt"
    story.write_text(
        "SOURCE: javascript:alert(document.cookie)\nDATE: 2025-07-11\n"
        "Finland deposited its instrument of withdrawal on 10 July 2025.\n"
    )
    before = counts(loaded_app.engine)
    report = ingest.ingest(loaded_app, [story], "test:xss")
    assert len(report.failures) == 1 and "http(s)" in report.failures[0].reason
    assert counts(loaded_app.engine) == before


def test_a_stored_javascript_address_is_not_a_link(loaded_app: App, client: TestClient) -> None:
    with loaded_app.engine.begin() as connection:
        key = connection.execute(
            insert(sources).values(
                kind="news",
                title="old row",
                url="javascript:alert(1)",
                recorded_at=datetime(2025, 1, 1),
                recorded_by="t",
            )
        ).inserted_primary_key
    assert key is not None
    page = client.get(f"/sources/{key[0]}").text
    assert "old row" in page
    assert 'href="javascript:' not in page
