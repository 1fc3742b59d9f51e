"""A source's language is stored; one we do not read is flagged, never silently empty."""

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

FRENCH = (
    "SOURCE: https://news.example/senegal\nDATE: 2024-03-02\n"
    "Deux enfants ont été blessés par une mine antipersonnel près de Ziguinchor, "
    "dans le sud du pays, a indiqué la gendarmerie samedi.\n"
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
    paths = [_write(tmp_path, "fr.txt", FRENCH), _write(tmp_path, "es.txt", SPANISH)]
    report = ingest.ingest(loaded_app, paths, "test:languages")
    assert report.failures == []
    stored = _languages(loaded_app)
    assert stored["https://news.example/senegal"] == "fr"
    assert stored["https://news.example/colombia"] == "es"
    (notice,) = report.notices
    assert (notice.file, notice.language) == ("fr.txt", "fr")
    assert "French" in notice.reason and "does not read" in notice.reason
    queued = review.queue(loaded_app)["candidates"]
    flags = [c for c in queued if c["unread_language"]]
    assert [(c["type"], c["unread_language"], c["evidence"][:10]) for c in flags] == [
        ("other", "fr", "Deux enfan")
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
    path = _write(tmp_path, "fr.txt", FRENCH)
    for command in ("extract", "ingest"):
        result = CliRunner().invoke(cli, [command, str(path)])
        assert result.exit_code == 0
        assert "warning" in result.stderr and "French (fr)" in result.stderr


def test_review_list_on_the_cli_marks_an_unread_source_and_shows_figures(
    loaded_app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI queue says what the web queue says: this source was not read, read it yourself;
    a read claim's head line carries its figures."""
    url = loaded_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    paths = [_write(tmp_path, "fr.txt", FRENCH), _write(tmp_path, "es.txt", SPANISH)]
    ingest.ingest(loaded_app, paths, "test:languages")
    result = CliRunner().invoke(cli, ["review", "list"])
    assert result.exit_code == 0
    said = " ".join(result.stdout.split())
    assert "! not read: written in French (fr), which minewatch does not read" in said
    assert "casualty_incident · COL · 2024-03-01 · injured 1" in said
    assert said.count("not read:") == 1  # the Spanish source was read


def test_the_review_page_marks_an_unread_source(
    client: TestClient, loaded_app: App, tmp_path: Path
) -> None:
    ingest.ingest(loaded_app, [_write(tmp_path, "fr.txt", FRENCH)], "test:languages")
    add_user(loaded_app, "rita", Role.REVIEWER)
    _login(client, "rita")
    page = client.get("/review").text
    assert 'class="lang unread"' in page and "not read: fr" in page


CASES = Path(__file__).resolve().parents[2].parent / "shared/cases/documents"
UNREAD = [("fr", "French"), ("ru", "Russian"), ("uk", "Ukrainian")]


def _case(code: str) -> Path:
    path = CASES / f"c04_language_{code}.txt"
    assert path.is_file(), f"the shared cases are missing: expected {path}"
    return path


@pytest.mark.parametrize(("code", "name"), UNREAD)
def test_each_unread_case_warns_on_the_cli_and_is_flagged_in_the_queue(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch, code: str, name: str
) -> None:
    """The c04 cases we do not read: never a silent empty result."""
    url = loaded_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    path = _case(code)
    for command in ("extract", "ingest"):
        result = CliRunner().invoke(cli, [command, str(path)])
        assert result.exit_code == 0, result.stdout
        said = " ".join(result.stderr.split())
        assert f"warning {path.name}: written in {name} ({code})" in said
        assert "does not read yet: no claims extracted" in said and "review queue" in said
    (flag,) = review.queue(loaded_app)["candidates"]
    assert (flag["type"], flag["unread_language"]) == ("other", code)
    assert flag["evidence"] and flag["evidence"] in path.read_text(encoding="utf-8")
    with loaded_app.engine.connect() as connection:
        stored = connection.execute(select(sources.c.language)).scalars().all()
    assert code in stored


def test_the_spanish_case_is_read_without_a_warning(
    loaded_app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = loaded_app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    result = CliRunner().invoke(cli, ["ingest", str(_case("es"))])
    assert result.exit_code == 0 and "warning" not in result.stderr
    (claim,) = review.queue(loaded_app)["candidates"]
    got = {k: claim[k] for k in ("type", "actor_iso3", "date", "killed", "language")}
    assert got == {
        "type": "casualty_incident",
        "actor_iso3": "COL",
        "date": "2024-03-01",
        "killed": 1,
        "language": "es",
    }
    assert claim["unread_language"] is None
