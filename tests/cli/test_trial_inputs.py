"""What a new user's trial found (reliability finding F13, the trial of November 2026), on
both backends: bad names and options refused in one line, documents in other encodings read,
empty or binary documents refused without becoming sources, broken files reported as one
``error (code): file: why`` line and exit 2, summaries counted in words, paths and the audit head
printed whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from minewatch.app import App
from minewatch.storage.tables import sources, users
from tests.support.cli import invoke

PASSWORD = "abcdefghijklmnop"
STORY = "Finland announced its withdrawal from the Ottawa Convention in July 2024."


def _count(app: App, table: object) -> int:
    with app.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("", "must not be blank"),
        ("   ", "must not be blank"),
        (" ana", "must not begin or end with a space"),
        ("ana\tb", "control character"),
        ("a" * 1000, "longer than 80 characters"),
    ],
)
def test_user_add_refuses_a_name_no_one_can_log_in_with(database: App, name: str, why: str) -> None:
    code, output, error = invoke("user", "add", name, "--role", "viewer", "--password", PASSWORD)
    assert code == 2 and output == ""
    assert error.strip().startswith("error (invalid_input): field 'username': ") and why in error
    assert len(error.strip().splitlines()) == 1
    assert _count(database, users) == 0


def test_user_add_still_takes_a_plain_name(database: App) -> None:
    code, output, _ = invoke("user", "add", "ana", "--role", "viewer", "--password", PASSWORD)
    assert code == 0 and "ana" in output and _count(database, users) == 1


@pytest.mark.parametrize(
    ("taken", "lookalike"),
    [
        ("admin", "\uff41dmin"),  # a full-width "a"
        ("admin", "Admin"),
        ("\u00e9lise", "e\u0301lise"),  # é precomposed, then e + combining acute
        ("Stra\u00dfe", "STRASSE"),  # ß folds to ss
    ],
)
def test_user_add_refuses_a_name_that_looks_like_one_taken(
    database: App, taken: str, lookalike: str
) -> None:
    """Two accounts whose names look alike on a screen would be confused in the audit log and
    at login: NFKC, then case folding, decide; the name already stored is not rewritten."""
    assert invoke("user", "add", taken, "--password", PASSWORD)[0] == 0
    code, output, error = invoke("user", "add", lookalike, "--password", PASSWORD)
    assert code == 2 and output == ""
    assert error.strip() == (
        f"error (invalid_input): field 'username': user {lookalike!r} looks the same as the "
        f"existing user {taken!r} (names are compared ignoring case and Unicode forms): "
        "choose another name"
    )
    with database.engine.connect() as connection:
        assert connection.execute(select(users.c.username)).scalars().all() == [taken]
    # a name that only shares letters with it is still a name of its own
    assert invoke("user", "add", f"{taken}2", "--password", PASSWORD)[0] == 0


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["state", "COL"],
        ["ingest", "FILE"],
        ["extract", "FILE"],
        ["contradictions"],
        ["review", "list"],
        ["import", "--list-presets"],
        ["rollup", "--iso3", "COL"],
        ["export", "--layer", "hazards", "-o", "OUT"],
        ["forms", "list"],
    ],
)
def test_every_format_option_refuses_an_unknown_format(
    database: App, tmp_path: Path, command: list[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    filled = [
        str(story) if a == "FILE" else str(tmp_path / "out.csv") if a == "OUT" else a
        for a in command
    ]
    code, output, error = invoke(*filled, "--format", "bogus")
    assert code == 2 and output == ""
    assert error.startswith("error (invalid_input): ") and "bogus" in error
    assert _count(database, sources) == 0  # ingest stored nothing


def test_base_version_zero_is_not_taken_for_no_base(database: App) -> None:
    code, _, error = invoke("review", "accept", "1", "--base-version", "0")
    assert code == 2 and "--base-version" in error


def _latin1_html() -> bytes:
    markup = (
        '<html><head><meta charset="iso-8859-1"><title>Desminado</title></head><body>'
        "<article><p>Colombia destruy\xf3 su arsenal. " + STORY + "</p></article></body></html>"
    )
    return markup.encode("latin-1")


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("latin1.html", _latin1_html(), "destruyó"),
        ("utf16.txt", STORY.encode("utf-16"), "withdrawal"),
        ("utf16.html", f"<html><body><p>{STORY}</p></body></html>".encode("utf-16"), "July"),
        ("bom.txt", STORY.encode("utf-8-sig"), "Finland announced"),
    ],
)
def test_documents_in_other_encodings_are_read(
    database: App, tmp_path: Path, name: str, data: bytes, expected: str
) -> None:
    from minewatch.extract.documents import read_document

    path = tmp_path / name
    path.write_bytes(data)
    assert expected in read_document(path).text
    code, output, error = invoke("ingest", str(path))
    assert code == 0 and error == "" and "1 new source," in output


@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.html", b"  \n\t\n", "is empty"),
        ("nul.txt", b"Mines\x00 in Colombia\n", "NUL"),
        ("fake.pdf", b"this is not a PDF\n", "is not a readable PDF (invalid pdf header"),
        ("empty.pdf", b"", "is empty"),
    ],
)
def test_an_unreadable_document_is_one_error_line_and_no_source(
    database: App,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    name: str,
    data: bytes,
    why: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    for command in ("ingest", "extract"):
        code, output, error = invoke(command, str(path))
        assert code == 2
        lines = error.strip().splitlines()
        assert lines == [f"error (invalid_input): {name}: {lines[0].split(': ', 2)[2]}"]
        assert why in lines[0]
        assert "InvalidInput" not in error and "codec" not in error
        if command == "extract":
            assert output == ""  # not "0 candidates" for a file that could not be read
    assert _count(database, sources) == 0
    assert "EOF marker" not in capfd.readouterr().err  # pypdf's own warnings stay quiet


def test_summaries_are_counted_in_words(
    database: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minewatch.cli import common

    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    monkeypatch.setattr(common.out, "width", 80)
    code, output, _ = invoke("ingest", str(story))
    assert code == 0
    assert output.splitlines() == [
        "1 file: 1 new source, 0 duplicates, 1 new candidate (0 already held), 0 failed."
    ]
    code, output, _ = invoke("extract", str(story))
    assert output.splitlines()[0] == "1 candidate"


def test_extract_labels_a_synthetic_documents_candidates(
    database: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document whose header says SOURCE: synthetic is labelled synthetic in the preview as
    in ``review list`` once ingested: each candidate's head line, and ``synthetic`` in JSON;
    a real document's candidates carry neither."""
    import json

    from minewatch.cli import common

    monkeypatch.setattr(common.out, "width", 80)
    made_up = tmp_path / "made-up.txt"
    made_up.write_text(f"SOURCE: synthetic\nDATE: 2025-01-02\n\n{STORY}\n", encoding="utf-8")
    real = tmp_path / "real.txt"
    real.write_text(
        f"SOURCE: https://example.org/a\nDATE: 2025-01-02\n\n{STORY}\n", encoding="utf-8"
    )
    code, output, _ = invoke("extract", str(made_up), str(real))
    assert code == 0
    heads = [line for line in output.splitlines() if " · " in line]
    assert len(heads) == 2, output
    assert "SYNTHETIC" in heads[0] and heads[0].startswith("made-up")
    assert "SYNTHETIC" not in heads[1] and heads[1].startswith("real")
    code, output, _ = invoke("extract", str(made_up), str(real), "--format", "jsonl")
    lines = [json.loads(line) for line in output.splitlines()]
    assert [line.get("synthetic", False) for line in lines] == [True, False]


def test_backup_prints_the_audit_head_and_path_unbroken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from minewatch.cli import common

    deep = tmp_path / ("a-rather-long-folder-name-" * 3)
    deep.mkdir()
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setattr(common.out, "width", 40)
    assert invoke("init")[0] == 0
    assert invoke("user", "add", "ana", "--role", "viewer", "--password", PASSWORD)[0] == 0
    target = deep / "minewatch-backup.sqlite"
    code, output, _ = invoke("backup", str(target))
    assert code == 0
    lines = output.splitlines()
    # longer than a line, each is printed whole on a line of its own
    assert lines[:2] == ["Backup written to", str(target)]
    assert lines[2].startswith("and verified: audit chain intact,")
    head = lines[lines.index("Audit head (keep it):") + 1]
    assert len(head) == 64 and set(head) <= set("0123456789abcdef")  # the whole sha256
