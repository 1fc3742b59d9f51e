"""The evidence commands against a throwaway database on each backend."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from minewatch.app import App
from minewatch.cli import cli
from minewatch.services import review

from . import texts
from .helpers import FINLAND, STOCKPILE, add_claim

runner = CliRunner()


@pytest.fixture
def database(loaded_app: App, monkeypatch: pytest.MonkeyPatch) -> App:
    monkeypatch.setenv(
        "MINEWATCH_DATABASE_URL", loaded_app.engine.url.render_as_string(hide_password=False)
    )
    return loaded_app


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_reports_each_broken_file_and_goes_on(database: App, tmp_path: Path) -> None:
    paths = [str(p) for p in texts.write_all(tmp_path)]
    broken = str(texts.corrupt_pdf(tmp_path))
    code, output, error = invoke("ingest", paths[0], broken, *paths[1:])
    assert code == 2
    assert "broken.pdf" in error and "policy.txt" not in error
    assert f"{len(paths) + 1} files: {len(paths)} new sources, 0 duplicates" in output
    code, output, _ = invoke("ingest", *paths, "--format", "json")
    report = json.loads(output)
    assert code == 0 and report["duplicates"] == len(paths) and report["candidates"] == 0


def test_ingest_refuses_a_malformed_published_date(database: App, tmp_path: Path) -> None:
    story = tmp_path / "x.txt"
    story.write_text("A story.\n", encoding="utf-8")
    code, _, error = invoke("ingest", str(story), "--published", "last week")
    assert code == 2 and "--published" in error


def _extract_jsonl(path: Path, text: str | None = None) -> list[dict[str, Any]]:
    """``minewatch extract PATH --format jsonl`` (``text`` written to ``path`` first, when
    given), which must succeed: its claims, one dict a line."""
    if text is not None:
        path.write_text(text, encoding="utf-8")
    code, output, _ = invoke("extract", str(path), "--format", "jsonl")
    assert code == 0, output
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_prints_the_contract_as_jsonl(database: App, tmp_path: Path) -> None:
    lines = _extract_jsonl(tmp_path / "treaty.txt", texts.TREATY)
    finland = next(line for line in lines if line["type"] == "treaty_action")
    assert finland["doc"] == "treaty" and finland["actor_iso3"] == "FIN"
    assert finland["evidence"] in texts.TREATY
    assert any(c["record"] == "treaty:FIN:withdrawal_notice" for c in finland["contradicts"])
    assert invoke("review", "list", "--format", "json")[1].count('"record"') == 0


def test_review_from_the_command_line(database: App) -> None:
    accepted = add_claim(database, STOCKPILE)
    rejected = add_claim(database, FINLAND)
    code, output, _ = invoke("review", "list", "--format", "json")
    assert code == 0 and {c["record"] for c in json.loads(output)["candidates"]} == {
        accepted,
        rejected,
    }
    code, output, _ = invoke("review")  # the queue, full ids to copy into accept / reject
    assert code == 0 and accepted in output and "2 claims" in output
    code, output, _ = invoke(
        "review", "accept", accepted, "--set", "quantity=80", "--base-version", "v1"
    )
    assert code == 0 and f"stockpile_figure:{accepted}" in output
    code, _, error = invoke(
        "review", "reject", rejected, "--reason", "dates", "--base-version", "7"
    )
    assert code == 2 and "version_conflict" in error
    code, output, _ = invoke(
        "review", "reject", rejected, "--reason", "the dates are confused", "--base-version", "1"
    )
    assert code == 0 and "rejected" in output
    shown = json.loads(invoke("review", "show", accepted)[1])
    assert shown["quantity"] == 80 and shown["review"]["before"] == {"quantity": 78}
    assert review.queue(database)["candidates"] == []
    code, _, error = invoke("review", "accept", accepted, "--set", "quantity")
    assert code == 2 and "FIELD=VALUE" in error


def test_contradictions_lists_both_sources(database: App) -> None:
    add_claim(database, FINLAND, url="https://news.example/finland")
    code, output, _ = invoke("contradictions", "--format", "json")
    found = json.loads(output)["contradictions"]
    assert code == 0 and len(found) == 2
    notice = next(c for c in found if c["record"] == "treaty:FIN:withdrawal_notice")
    assert notice["claim_source"] == "https://news.example/finland"
    assert "treaties.un.org" in notice["source"] and notice["evidence"] == FINLAND["evidence"]
    code, output, _ = invoke("contradictions")
    assert code == 0 and "2 contradictions" in output
    assert invoke("contradictions", "--format", "xml")[0] == 2


def test_a_cli_decision_needs_the_version_the_reviewer_saw(database: App) -> None:
    """Two reviewers who both saw v1: the first decides, the second gets a conflict."""
    record_id = add_claim(database, STOCKPILE)
    code, _, error = invoke("review", "accept", record_id)
    assert code == 2 and "error (invalid_input): --base-version is required" in error
    assert invoke("review", "accept", record_id, "--base-version", "one")[0] == 2
    assert review.queue(database)["candidates"][0]["version"] == 1
    assert invoke("review", "accept", record_id, "--base-version", "v1")[0] == 0
    code, _, error = invoke("review", "reject", record_id, "--reason", "no", "--base-version", "1")
    assert code == 2 and "error (version_conflict)" in error
    assert review.show(database, record_id)["review_status"] == "accepted"


SEED = Path(__file__).resolve().parents[2].parent / "shared/eval-dev/seed-us-apm-policy.txt"


UNTC = "https://treaties.un.org/"


def _seed_errors(flagged: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The story's three errors, each as the list of accepted records it contradicts."""
    by_type = {c["type"]: c for c in flagged}
    assert sorted((c["type"], c["actor_iso3"]) for c in flagged) == [
        ("policy_change", "USA"),
        ("treaty_action", "FIN"),
        ("use_allegation", "UKR"),
    ]
    assert "July 2024" in by_type["treaty_action"]["evidence"]
    assert "accused Ukraine" in by_type["use_allegation"]["evidence"]
    assert by_type["use_allegation"]["accuser"] == "UN"
    assert "early 2025" in by_type["policy_change"]["evidence"]
    return {kind: claim["contradicts"] for kind, claim in by_type.items()}


def _assert_the_three_errors(errors: dict[str, list[dict[str, Any]]]) -> None:
    finland = errors["treaty_action"]
    # Finland: the 2025-04-01 announcement and the UNTC notice of 2025-07-10, each with its source.
    assert sorted(x["record"] for x in finland) == [
        "treaty:FIN:withdrawal_announced",
        "treaty:FIN:withdrawal_notice",
    ]
    assert any(x["source"].startswith(UNTC) for x in finland)
    assert any("2025-07-10" in x["why"] for x in finland)
    # "The UN has accused Ukraine": no use record names the UN; the records that do say who
    # reported use (HRW, the Monitor) and what the UN said (UN News: "indications").
    ukraine = errors["use_allegation"]
    assert len(ukraine) == 3 and all(x["record"].startswith("use:UKR:") for x in ukraine)
    whys = " ".join(x["why"] for x in ukraine)
    assert "no use record names UN as the reporter" in whys
    assert "Human Rights Watch reporting alleged use" in whys
    assert "Landmine Monitor (ICBL-CMC) reporting confirmed use" in whys
    assert "UN News calls these 'indications'" in whys
    sources = {x["source"] for x in ukraine}
    assert "https://www.hrw.org/news/2023/01/31/ukraine-banned-landmines-harm-civilians" in sources
    assert any("the-monitor.org" in url for url in sources)
    # "Implementation likely to begin in early 2025" against the memo dated 2 December 2025.
    (memo,) = errors["policy_change"]
    assert memo["record"] == "policy:USA:2025-12-02"
    assert "2025-04" in memo["why"] and "dated 2025-12-02" in memo["why"]
    assert memo["source"].startswith("https://")


def test_extract_on_the_seed_story_flags_all_three_errors(database: App) -> None:
    assert SEED.is_file(), f"the shared eval-dev set is missing: expected {SEED}"
    flagged = [c for c in _extract_jsonl(SEED) if c["contradicts"]]
    _assert_the_three_errors(_seed_errors(flagged))


def test_the_seed_story_ingested_lists_all_three_errors_with_both_sources(database: App) -> None:
    story = "https://example.org/seed-story"
    assert invoke("ingest", str(SEED), "--url", story)[0] == 0
    code, output, _ = invoke("contradictions", "--format", "json")
    assert code == 0
    found = json.loads(output)["contradictions"]
    # Both sources on every line: the story the claim came from, and the accepted record's.
    assert found and all(c["claim_source"] == story for c in found)
    assert all(c["source"].startswith("http") and c["source"] != story for c in found)
    errors: dict[str, list[dict[str, Any]]] = {}
    for c in found:
        assert c["evidence"] in SEED.read_text(encoding="utf-8")
        errors.setdefault(c["claim_type"], []).append(c)
    assert sorted(errors) == ["policy_change", "treaty_action", "use_allegation"]
    _assert_the_three_errors(errors)


@pytest.mark.parametrize(
    "command", [("extract",), ("review",), ("review", "list"), ("contradictions",)]
)
def test_listings_fit_an_80_column_terminal(
    database: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]
) -> None:
    from minewatch.cli import common

    monkeypatch.setattr(common.out, "width", 80)
    paths = [str(p) for p in texts.write_all(tmp_path)]
    assert invoke("ingest", *paths)[0] == 0
    args = [*command, *paths] if command == ("extract",) else list(command)
    code, output, _ = invoke(*args)
    assert code == 0
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) > 5
    for line in lines:
        # Only a word that cannot be broken (a URL, a record id) may run past the edge.
        assert len(line) <= 80 or " " not in line.strip(), line
    # The sentence is wrapped as prose, not one word per line (the old table did that).
    words_per_line = [len(line.split()) for line in lines if line.startswith("  “")]
    assert words_per_line and min(words_per_line) >= 3


JOINS_AND_EXITS = (
    "SOURCE: https://example.org/joins\nDATE: 2026-02-20\n"
    "Tonga acceded to the Mine Ban Convention on 25 June 2019.\n\n"
    "South Sudan acceded to the Mine Ban Convention on 11 November 2011.\n\n"
    "Finland's withdrawal from the Convention took effect on 10 July 2025.\n\n"
    "Estonia's withdrawal from the Convention took effect on 27 December 2025.\n"
)


def test_joining_or_leaving_on_a_date_the_depositary_contradicts_is_flagged(
    database: App, tmp_path: Path
) -> None:
    found = {c["actor_iso3"]: c for c in _extract_jsonl(tmp_path / "joins.txt", JOINS_AND_EXITS)}
    assert (found["TON"]["action"], found["FIN"]["action"]) == ("join", "withdrawal_effective")
    # Tonga acceded in 2025, Finland's withdrawal took effect on 2026-01-10 (UNTC).
    assert [x["record"] for x in found["TON"]["contradicts"]] == ["treaty:TON:accession"]
    assert [x["record"] for x in found["FIN"]["contradicts"]] == ["treaty:FIN:withdrawal_effective"]
    for iso3 in ("TON", "FIN"):
        (against,) = found[iso3]["contradicts"]
        assert against["source"].startswith(UNTC)
    # The dates the depositary gives are no contradiction.
    assert found["SSD"]["contradicts"] == [] and found["EST"]["contradicts"] == []


NEVER_TAKEN = (
    "SOURCE: https://example.org/steps\nDATE: 2026-02-25\n"
    "Myanmar acceded to the Mine Ban Convention on 1 March 2025.\n\n"
    "Norway's withdrawal from the Mine Ban Convention took effect on 15 September 2025.\n\n"
    "Tonga acceded to the Mine Ban Convention on 25 June 2025.\n"
)


def test_a_step_the_depositary_never_recorded_is_flagged_against_its_listing(
    database: App, tmp_path: Path
) -> None:
    found = {c["actor_iso3"]: c for c in _extract_jsonl(tmp_path / "steps.txt", NEVER_TAKEN)}
    assert (found["MMR"]["action"], found["NOR"]["action"]) == ("join", "withdrawal_effective")
    # Myanmar is not listed as a participant; Norway is listed as a party (UNTC, 2026-02-03).
    (mmr,) = found["MMR"]["contradicts"]
    assert mmr["record"] == "listing:MMR" and mmr["source"].startswith(UNTC)
    assert "non-signatory" in mmr["why"] and "2025-03-01" in mmr["why"]
    (nor,) = found["NOR"]["contradicts"]
    assert nor["record"] == "listing:NOR" and "state party" in nor["why"]
    assert found["TON"]["contradicts"] == []  # the date the depositary gives


def _fits_80_columns(output: str) -> None:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) > 5
    for line in lines:
        assert len(line) <= 80 or " " not in line.strip(), line
    quoted = [len(line.split()) for line in lines if line.startswith("  “")]
    assert quoted and min(quoted) >= 3  # prose, not one word per line


def test_columns_80_in_a_real_terminal_keeps_extract_and_review_list_readable(
    database: App, tmp_path: Path
) -> None:
    """The commands as a user runs them, ``COLUMNS=80 minewatch ...`` in a fresh process."""
    import os
    import subprocess
    import sys

    command = Path(sys.executable).parent / "minewatch"
    env = {**os.environ, "COLUMNS": "80", "TERM": "xterm"}
    paths = [str(p) for p in texts.write_all(tmp_path)]
    for args in (["extract", str(SEED)], ["ingest", *paths], ["review", "list"]):
        done = subprocess.run(
            [str(command), *args], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        if args[0] != "ingest":
            _fits_80_columns(done.stdout)


CASES = SEED.parent.parent / "cases/documents"


@pytest.mark.parametrize("name", ["c01_progressive.txt", "c10_congo_names.txt"])
def test_a_korean_allegation_of_new_use_is_no_contradiction(database: App, name: str) -> None:
    # South Korea's 2024 allegation: the Monitor's record of use in 2014-2016 is another period,
    # and the records of 2024 name South Korea (its media and JCS) as the reporter.
    found = _extract_jsonl(CASES / name)
    (korea,) = [c for c in found if c["type"] == "use_allegation" and c["actor_iso3"] == "PRK"]
    assert korea["accuser_iso3"] == "KOR" and korea["date"].startswith("2024")
    assert korea["contradicts"] == []
