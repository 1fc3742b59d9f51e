"""The ``minewatch`` command against a throwaway database on each backend."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import invoke


@pytest.mark.usefixtures("database")
def test_init_and_load_are_idempotent() -> None:
    assert "already at schema" in invoke("init")[1]
    code, output, _ = invoke("load-reference")
    assert code == 0 and "197 states" in output
    code, output, _ = invoke("load-reference")
    assert code == 0 and "nothing changed" in output


@pytest.mark.usefixtures("database")
def test_status_json_contract_and_known_at() -> None:
    invoke("load-reference")
    code, output, _ = invoke("status", "--as-of", "2026-02-03", "--format", "json")
    report = json.loads(output)
    assert code == 0 and report["states_parties"] == 162 and len(report["states"]) == 197
    code, output, _ = invoke(
        "status", "--as-of", "2026-02-03", "--known-at", "2000-01-01T00:00:00", "--format", "json"
    )
    assert json.loads(output)["states_parties"] == 0  # nothing was known in 2000


@pytest.mark.usefixtures("database")
def test_bad_input_exits_2_with_a_clear_message() -> None:
    code, _, error = invoke("status", "--as-of", "2026-02-31")
    assert code == 2 and "field 'as_of'" in error and "2026-02-31" in error
    code, _, error = invoke("state", "XYZ")
    assert code == 2 and "not_found" in error and "XYZ" in error


@pytest.mark.usefixtures("database")
def test_state_prints_policy_versions_with_numbered_sources() -> None:
    invoke("load-reference")
    code, output, _ = invoke("state", "USA", "--as-of", "2026-01-01")
    assert code == 0
    assert output.index("1992-10-23") < output.index("2014-09-23") < output.index("2025-12-02")
    assert "changed stockpile_destruction" in output
    assert "[14] " in output and "dailyherald.com" in output


@pytest.mark.usefixtures("database")
def test_user_and_token_commands() -> None:
    code, output, _ = invoke(
        "user", "add", "ana", "--role", "analyst", "--password", "long enough pass"
    )
    assert code == 0 and "analyst" in output
    code, output, _ = invoke("user", "token", "ana", "--scope", "records:write")
    assert code == 0 and output.startswith("mw_")
    code, _, error = invoke("user", "token", "ana", "--scope", "admin")
    assert code == 2 and "cannot hold scope" in error
    assert "intact" in invoke("audit-verify")[1]


def test_commands_refuse_an_uninitialised_database(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", f"{tmp_path}/fresh.db")
    code, _, error = invoke("status")
    assert code == 2 and "minewatch init" in error


@pytest.mark.usefixtures("database")
def test_state_is_readable_in_80_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line fits 80 columns (a URL alone may run past), continuation lines are indented
    under their entry, and a source cited by several rows is listed once."""
    from minewatch.cli import common

    monkeypatch.setattr(common.out, "width", 80)
    invoke("load-reference")
    code, output, _ = invoke("state", "UKR", "--as-of", "2026-11-30")
    assert code == 0
    lines = output.splitlines()
    for line in lines:
        assert len(line) <= 80 or " " not in line.strip(), line
    body = lines[1:]
    headings = [line for line in body if line and not line.startswith(" ")]
    assert headings == [
        "Convention timeline:",
        "National policy versions:",
        "Treaty deadlines:",
        "Use of anti-personnel mines:",
        "Stockpiles:",
        "Casualties:",
        "Sources:",
    ]
    sources = body[body.index("Sources:") + 1 :]
    notes = [line.strip() for line in sources if line.startswith("  [")]
    assert len(notes) == len(set(notes))  # the UNTC page with the same row is one note
    # Killed and injured are shown where the source gives them (LM2009: 55 killed, 57 injured).
    assert "1999-2008: 115 (55 killed, 57 injured;" in output
    code, output, _ = invoke("state", "FIN", "--as-of", "2026-11-30")
    assert "Art. 4 due 2016-07-01: met, completed 2015-08-15 (" in " ".join(output.split())
    # Figures read like the profile page's: 1,029,763, never 1029763 beside "801,618 blast".
    assert "stockpile declared by the state: 1,029,763 antipersonnel mines" in output
    assert "retained under Art. 3 (training and research): 16,500" in " ".join(output.split())
    code, output, _ = invoke("state", "RUS")
    assert "stockpile estimated by others: 22,000,000–25,000,000 antipersonnel" in output
