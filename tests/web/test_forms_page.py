"""The field forms page and its downloads, on both backends."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.domain.forms import FORMS
from minewatch.services import forms
from minewatch.web.app import create_app


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


def test_forms_page_links_every_form(client: TestClient) -> None:
    html = client.get("/forms").text
    for form in FORMS.values():
        assert f'href="/forms/{form.name}.xlsx"' in html
        assert form.title.en in html and form.title.es in html
    assert client.get("/forms.json").json() == forms.list_forms()
    assert 'href="/forms" aria-current="page"' in html


@pytest.mark.parametrize("name", list(FORMS))
def test_each_form_downloads_as_the_shipped_file(client: TestClient, name: str) -> None:
    response = client.get(f"/forms/{name}.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"] == forms.XLSX_TYPE
    assert response.headers["content-disposition"] == f'attachment; filename="{name}.xlsx"'
    assert response.content == forms.shipped(FORMS[name])
    again = client.get(f"/forms/{name}.xlsx", headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304


def test_unknown_form_is_a_404(client: TestClient) -> None:
    missing = client.get("/forms/minefield.xlsx", headers={"Accept": "application/json"})
    assert missing.status_code == 404 and "hazard-report" in missing.json()["detail"]
    page = client.get("/forms/minefield.xlsx")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
