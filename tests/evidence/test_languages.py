"""A source's language is stored; one we do not read is flagged, never silently empty; the
language cases we read (Spanish, French, Russian, Ukrainian) give their claims unflagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.services import ingest, review
from minewatch.services.accounts import Role
from minewatch.storage.tables import sources

from .helpers import add_user
from .test_web_review import _login

# Dutch: detected, but no reader reads it (minewatch.extract.readers)
DUTCH = (
    "SOURCE: https://news.example/senegal\nDATE: 2024-03-02\n"
    "Twee kinderen raakten gewond door een antipersoonsmijn nabij Ziguinchor in het zuiden van "
    "het land, meldde de gendarmerie zaterdag.\n"
)
SPANISH = (
    "SOURCE: https://news.example/colombia\nDATE: 2024-03-02\n"
    "Un soldado resultó herido al pisar una mina antipersonal el 1 de marzo de 2024 en el Meta.\n"
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _languages(app: App) -> dict[str, str | None]:
    with app.engine.connect() as connection:
        rows = connection.execute(select(sources.c.url, sources.c.language)).all()
    return {str(url): language for url, language in rows}


def test_language_is_stored_and_unread_sources_are_flagged(loaded_app: App, tmp_path: Path) -> None:
    paths = [_write(tmp_path, "nl.txt", DUTCH), _write(tmp_path, "es.txt", SPANISH)]
    report = ingest.ingest(loaded_app, paths, "test:languages")
    assert report.failures == []
    stored = _languages(loaded_app)
    assert stored["https://news.example/senegal"] == "nl"
    assert stored["https://news.example/colombia"] == "es"
    (notice,) = report.notices
    assert (notice.file, notice.language) == ("nl.txt", "nl")
    assert "Dutch" in notice.reason and "does not read" in notice.reason
    queued = review.queue(loaded_app)["candidates"]
    flags = [c for c in queued if c["unread_language"]]
    assert [(c["type"], c["unread_language"], c["evidence"][:10]) for c in flags] == [
        ("other", "nl", "Twee kinde")
    ]
    (read,) = [c for c in queued if not c["unread_language"]]
    assert (read["type"], read["actor_iso3"], read["injured"], read["language"]) == (
        "casualty_incident",
        "COL",
        1,
        "es",
    )


def test_the_cli_warns_about_an_unread_language(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = loaded_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    path = _write(tmp_path, "nl.txt", DUTCH)
    for command in ("extract", "ingest"):
        result = CliRunner().invoke(cli, [command, str(path)])
        assert result.exit_code == 0
        said = " ".join(result.stderr.split())
        assert "warning nl.txt: written in Dutch (nl)" in said
        assert "does not read yet: no claims extracted" in said and "review queue" in said


def test_review_list_on_the_cli_marks_an_unread_source_and_shows_figures(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI queue says what the web queue says: this source was not read, read it yourself;
    a read claim's head line carries its figures."""
    url = loaded_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    paths = [_write(tmp_path, "nl.txt", DUTCH), _write(tmp_path, "es.txt", SPANISH)]
    ingest.ingest(loaded_app, paths, "test:languages")
    result = CliRunner().invoke(cli, ["review", "list"])
    assert result.exit_code == 0
    said = " ".join(result.stdout.split())
    assert "! not read: written in Dutch (nl), which minewatch does not read" in said
    assert "casualty_incident · COL · 2024-03-01 · injured 1" in said
    assert said.count("not read:") == 1  # the Spanish source was read


def test_the_review_page_marks_an_unread_source(
    client: TestClient, loaded_app: App, tmp_path: Path
) -> None:
    ingest.ingest(loaded_app, [_write(tmp_path, "nl.txt", DUTCH)], "test:languages")
    add_user(loaded_app, "rita", Role.REVIEWER)
    _login(client, "rita")
    page = client.get("/review").text
    assert 'class="lang unread"' in page and "not read: nl" in page


CASES = Path(__file__).resolve().parents[2].parent / "shared/cases/documents"
READ = [
    ("es", "COL"),
    ("fr", "SEN"),
    ("ru", "UKR"),
    ("uk", "UKR"),
]


def _case(code: str) -> Path:
    path = CASES / f"c04_language_{code}.txt"
    assert path.is_file(), f"the shared cases are missing: expected {path}"
    return path


@pytest.mark.parametrize(("code", "iso3"), READ)
def test_each_language_case_is_read_without_a_warning(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch, code: str, iso3: str
) -> None:
    url = loaded_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    result = CliRunner().invoke(cli, ["ingest", str(_case(code))])
    assert result.exit_code == 0 and "warning" not in result.stderr
    (claim,) = review.queue(loaded_app)["candidates"]
    got = {k: claim[k] for k in ("type", "actor_iso3", "date", "killed", "language")}
    assert got == {
        "type": "casualty_incident",
        "actor_iso3": iso3,
        "date": "2024-03-01",
        "killed": 1,
        "language": code,
    }
    assert claim["unread_language"] is None
