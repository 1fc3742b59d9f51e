"""One error catalogue: every code is a class, each class is in docs/errors.md, and every face
renders the same error the same way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.domain import errors
from minewatch.web.app import create_app

DOC = (Path(__file__).resolve().parents[2] / "docs" / "errors.md").read_text(encoding="utf-8")
ROW = re.compile(r"^\| `(\w+)` \| (\d+) \| `(\w+)` \| (.+) \|$", re.MULTILINE)
SRC = Path(errors.__file__).resolve().parents[1]


def test_the_docs_table_lists_every_error_class_and_only_those() -> None:
    documented = {(code, int(status), name) for code, status, name, _ in ROW.findall(DOC)}
    defined = {(c.code, c.status, c.__name__) for c in errors.catalogue()}
    assert documented == defined


def test_codes_are_unique_and_each_class_says_what_it_means() -> None:
    classes = errors.catalogue()
    assert len({c.code for c in classes}) == len(classes)
    assert all(c.meaning and c.meaning != errors.MinewatchError.meaning for c in classes[1:])


def test_no_code_is_invented_outside_the_catalogue() -> None:
    """``(code)`` strings and ``"code": "..."`` literals anywhere in the package name a class."""
    known = {c.code for c in errors.catalogue()}
    pattern = re.compile(r"error \((\w+)\)|\"code\": \"(\w+)\"|code = \"(\w+)\"")
    for path in SRC.rglob("*.py"):
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            code = next(g for g in match.groups() if g)
            assert code in known or code == "code", f"{path.name} invents {code!r}"


@pytest.fixture
def client(empty_app: App) -> TestClient:
    return TestClient(create_app(empty_app), raise_server_exceptions=False)


@pytest.mark.parametrize(
    ("method", "path", "code", "status"),
    [
        ("get", "/api/v1/nowhere", "not_found", 404),
        ("delete", "/api/v1/states", "method_not_allowed", 405),
        ("get", "/api/v1/status?as_of=2026-13-01", "invalid_date", 400),
    ],
)
def test_framework_refusals_are_catalogue_problems(
    client: TestClient, method: str, path: str, code: str, status: int
) -> None:
    response = getattr(client, method)(path)
    body = response.json()
    assert response.headers["content-type"] == "application/problem+json"
    assert (response.status_code, body["code"], body["status"], body["type"]) == (
        status,
        code,
        status,
        f"/problems/{code}",
    )


def test_an_unexpected_bug_is_an_internal_error_without_a_traceback(empty_app: App) -> None:
    web = create_app(empty_app)

    @web.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    response = TestClient(web, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    assert response.json()["code"] == "internal_error"
    assert "secret internals" not in response.text and "Traceback" not in response.text
