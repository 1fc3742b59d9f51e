"""What the commands print stays readable in an 80-column terminal and in a log file: every line
of a summary or a message is at most 80 columns, broken between words with no space left at the
end of a line, and the words that must be copied whole (a path, the audit head) stay whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from minewatch.app import App
from minewatch.cli import common
from tests.field.odk_exports import export
from tests.field.test_odk_import import accident
from tests.support.cli import invoke

COLOMBIA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "colombia"
STORY = "{state} announced its withdrawal from the Ottawa Convention in July 2024."
STATES = ("Finland", "Estonia", "Latvia", "Lithuania", "Poland", "Ukraine", "Armenia", "Serbia")


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common.out, "width", 80)


def _readable(output: str) -> list[str]:
    """``output``'s lines, once checked: none wider than 80 columns or ending in a space."""
    lines = output.splitlines()
    assert lines, "nothing printed"
    for line in lines:
        assert len(line) <= 80, f"{len(line)} columns: {line!r}"
        assert line == line.rstrip(), f"a space at the end: {line!r}"
    return lines


def _words(output: str) -> str:
    return " ".join(output.split())


def test_backup_and_restore_summaries(
    database: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a path that fits a line (a longer one keeps a line of its own)
    target = Path("backups") / "minewatch-backup.sqlite"
    target.parent.mkdir()
    code, output, _ = invoke("load-reference")
    assert code == 0
    code, output, _ = invoke("backup", str(target))
    assert code == 0, output
    lines = _readable(output)
    assert len(_words(output)) > 80  # the summary had to be wrapped
    assert _words(output).startswith(f"Backup written to {target} and verified: audit chain")
    head = lines[lines.index("Audit head (keep it):") + 1]
    assert len(head) == 64 and set(head) <= set("0123456789abcdef")  # the whole sha256
    code, output, _ = invoke("restore", str(target), "--replace")
    assert code == 0, output
    _readable(output)
    assert _words(output).startswith(f"Restored from {target} and verified: audit chain intact")
    assert head in output.splitlines()


def test_load_reference_summary(database: App) -> None:
    code, output, _ = invoke("load-reference")
    assert code == 0
    _readable(output)
    summary = _words(output)
    assert summary.startswith("Loaded reference data: ") and summary.endswith(" 0 unchanged.")
    assert len(summary) > 80


def test_ingest_summary(database: App, tmp_path: Path) -> None:
    paths = []
    for state in STATES:
        path = tmp_path / f"{state}.txt"
        path.write_text(STORY.format(state=state), encoding="utf-8")
        paths.append(str(path))
    code, output, errors = invoke("ingest", *paths)
    assert code == 0
    _readable(output)
    # in a log (no terminal) the progress bar is off: it left a blank line on standard error
    assert errors == ""
    summary = _words(output)
    assert summary.startswith(f"{len(STATES)} files: {len(STATES)} new sources, 0 duplicates, ")
    assert summary.endswith(" 0 failed.") and len(summary) > 80


def test_import_summaries(database: App, tmp_path: Path) -> None:
    events = [str(p) for p in sorted((COLOMBIA / "events").glob("*.json"))]
    code, output, errors = invoke("import", *events, "--preset", "co-aicma-events")
    assert code == 0, output
    _readable(output)
    assert len(_words(output)) > 80
    assert errors == ""  # no terminal, no progress bar: it left a blank line on standard error
    odk = export("central-csv", tmp_path, "accidents", [accident()])
    code, output, _ = invoke("import", str(odk), "--layer", "accidents", "--format", "odk")
    assert code == 0, output
    _readable(output)
    assert _words(output).endswith("; candidates for review") and len(_words(output)) > 80


def test_serve_message(database: App, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    served: list[str] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.append(app))
    code, output, _ = invoke("serve", "--host", "127.0.0.1", "--port", "8000")
    assert code == 0 and served == ["minewatch.web.main:web"]
    _readable(output)
    message = _words(output)
    assert message.startswith("minewatch on http://127.0.0.1:8000/ (API docs at /docs,")
    assert len(message) > 80


def test_written_file_messages(
    database: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a path that fits a line, in a message that does not
    folder = Path("for-the-survey-teams") / "district-office"
    folder.mkdir(parents=True)
    form = folder / "hazard-report-form.xlsx"
    code, output, _ = invoke("forms", "get", "hazard-report", "-o", str(form))
    assert code == 0, output
    lines = _readable(output)
    assert len(lines) > 1 and lines[-1].endswith(str(form))  # wrapped, the path whole
    assert _words(output).startswith("Wrote hazard-report version ")
    hazards = folder / "hazards-on-the-day.geojson"
    code, output, _ = invoke("export", "--layer", "hazards", "-o", str(hazards))
    assert code == 0, output
    lines = _readable(output)
    assert len(lines) > 1 and lines[-1].endswith(f"{hazards}.")
    assert _words(output) == f"Wrote 0 hazards features to {hazards}."
