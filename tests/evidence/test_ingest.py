"""Ingest on both backends: every event type through the extractor into the review queue,
dates, demonyms, dedup, broken files, and the seed story's three required outputs."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from minewatch.app import App
from minewatch.domain.dates import PartialDate
from minewatch.services import claims, ingest, review
from minewatch.storage.tables import records, sources

from . import texts

ACTOR = "test:ingest"
SEED = Path(__file__).resolve().parents[2].parent / "shared/eval-dev/seed-us-apm-policy.txt"


def _queued(app: App) -> list[dict[str, Any]]:
    """Every claim in the review queue: new candidates and those corroborating a record."""
    queue = review.queue(app)
    return [*queue["candidates"], *queue["corroborating"]]


def _one(found: list[dict[str, Any]], type_: str, actor: str | None = None) -> dict[str, Any]:
    matches = [
        c for c in found if c["type"] == type_ and (actor is None or c["actor_iso3"] == actor)
    ]
    assert matches, f"no {type_} for {actor} among {[(c['type'], c['actor_iso3']) for c in found]}"
    return matches[0]


def _count(app: App, table: Any) -> int:
    with app.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def test_each_event_type_reaches_the_queue_with_its_sentence(
    loaded_app: App, tmp_path: Path
) -> None:
    paths = texts.write_all(tmp_path)
    report = ingest.ingest(loaded_app, paths, ACTOR)
    assert report.failures == [] and report.new_sources == len(paths)
    found = _queued(loaded_app)
    expected = [
        ("policy_change", "USA", "policy.txt"),
        ("treaty_action", "FIN", "treaty.txt"),
        ("use_allegation", "KHM", "use.txt"),
        ("casualty_incident", "AFG", "casualty.txt"),
        ("stockpile_destruction", "BLR", "stockpile.pdf"),
        ("clearance_progress", "KHM", "clearance.html"),
    ]
    for type_, actor, name in expected:
        claim = _one(found, type_, actor)
        assert claim["doc"] == Path(name).stem
        held = (tmp_path / name).read_text(encoding="utf-8", errors="ignore")
        assert claim["evidence"] in held or name.endswith(".pdf")
        assert claim["citations"][0]["quote"] == claim["evidence"]


def test_figures_and_dates_are_resolved(loaded_app: App, tmp_path: Path) -> None:
    ingest.ingest(loaded_app, texts.write_all(tmp_path), ACTOR)
    found = _queued(loaded_app)
    casualty = _one(found, "casualty_incident", "AFG")
    # "on Sunday", published Tuesday 2024-04-02: the Sunday before.
    assert (casualty["date"], casualty["killed"], casualty["injured"]) == ("2024-03-31", 2, 3)
    stockpile = _one(found, "stockpile_destruction", "BLR")
    assert (stockpile["date"], stockpile["quantity"]) == ("2017-04-05", 78)
    clearance = _one(found, "clearance_progress", "KHM")
    assert (clearance["date"], clearance["quantity"], clearance["unit"]) == ("2020-04", 30, "km2")
    treaty = _one(found, "treaty_action", "FIN")
    assert (treaty["date"], treaty["action"]) == ("2024-03", "announce_intent_to_withdraw")


def test_demonyms_name_the_accused_and_the_accuser(loaded_app: App, tmp_path: Path) -> None:
    path = tmp_path / "use.txt"
    path.write_text(texts.USE, encoding="utf-8")
    ingest.ingest(loaded_app, [path], ACTOR)
    claim = _one(_queued(loaded_app), "use_allegation")
    assert claim["actor_iso3"] == "KHM" and claim["accuser_iso3"] == "THA"
    # "new ... mines" dates the laying to the publication month (2025-07), when the shipped
    # reference data has Thailand's allegation: the claim corroborates it, not queued as new
    assert claim["date"] == "2025-07" and claim["corroborates"]


def test_the_source_is_stored_with_its_header(loaded_app: App, tmp_path: Path) -> None:
    paths = texts.write_all(tmp_path)
    ingest.ingest(loaded_app, paths, ACTOR)
    with loaded_app.engine.connect() as connection:
        rows = {
            r.title: r
            for r in connection.execute(select(sources).where(sources.c.sha256.isnot(None)))
        }
    story = rows["Old mine kills farmers"]
    assert (story.url, story.published_on, story.kind) == (
        "https://news.example/ghazni",
        "2024-04-02",
        "news",
    )
    assert story.retrieved_on == date.today().isoformat() and len(story.sha256) == 64
    pdf = next(r for r in rows.values() if r.kind == "document")
    assert pdf.url is None and pdf.published_on is None


def test_the_command_line_fills_what_the_header_leaves_out(loaded_app: App, tmp_path: Path) -> None:
    bare = tmp_path / "bare.txt"
    bare.write_text(texts.CASUALTY_BARE, encoding="utf-8")
    report = ingest.ingest(loaded_app, [bare], ACTOR)
    assert _one(_queued(loaded_app), "casualty_incident")["date"] is None  # no anchor, no guess
    again = tmp_path / "again.txt"
    again.write_text(texts.CASUALTY_BARE + "\n", encoding="utf-8")
    overrides = ingest.Overrides(PartialDate.parse("2024-04-02"), "https://news.example/bare")
    report = ingest.ingest(loaded_app, [again], ACTOR, overrides)
    assert report.new_sources == 1
    dated = [c for c in _queued(loaded_app) if c["doc"] == "again"]
    assert _one(dated, "casualty_incident")["date"] == "2024-03-31"
    assert dated[0]["citations"][0]["url"] == "https://news.example/bare"
    # A header is not overridden.
    story = tmp_path / "story.txt"
    story.write_text(texts.CASUALTY, encoding="utf-8")
    other = ingest.Overrides(PartialDate.parse("2030-01-01"), "https://elsewhere.example")
    assert ingest.read(story, other).url == "https://news.example/ghazni"


def test_the_same_content_twice_is_one_source_and_no_new_claims(
    loaded_app: App, tmp_path: Path
) -> None:
    paths = texts.write_all(tmp_path)
    first = ingest.ingest(loaded_app, paths, ACTOR)
    counts = (_count(loaded_app, sources), _count(loaded_app, records))
    copy = tmp_path / "copy-of-policy.txt"
    copy.write_bytes(paths[0].read_bytes())
    second = ingest.ingest(loaded_app, [*paths, copy], ACTOR)
    assert (second.new_sources, second.duplicates, second.candidates) == (0, len(paths) + 1, 0)
    assert second.already_held > first.candidates  # the copy's claims were held too
    assert set(second.claim_ids) == set(first.claim_ids)
    assert (_count(loaded_app, sources), _count(loaded_app, records)) == counts


def test_a_broken_file_is_skipped_by_name_and_the_rest_ingested(
    loaded_app: App, tmp_path: Path
) -> None:
    good = texts.write_all(tmp_path)
    broken = texts.corrupt_pdf(tmp_path)
    not_text = tmp_path / "binary.txt"
    not_text.write_bytes(bytes(range(256)) * 4)
    missing = tmp_path / "missing.txt"
    before = _count(loaded_app, sources)
    report = ingest.ingest(loaded_app, [good[0], broken, not_text, missing, *good[1:]], ACTOR)
    failed = {f.file for f in report.failures}
    assert {"broken.pdf", "missing.txt"} <= failed
    assert report.new_sources == len(good) and report.files == len(good) + 3
    assert _count(loaded_app, sources) == before + len(good) + (not_text.name not in failed)
    docs = {c["doc"] for c in _queued(loaded_app)}
    assert "broken" not in docs and {"policy", "clearance", "stockpile"} <= docs


def test_preview_writes_nothing_and_lists_contradictions(loaded_app: App, tmp_path: Path) -> None:
    path = tmp_path / "treaty.txt"
    path.write_text(texts.TREATY, encoding="utf-8")
    before = _count(loaded_app, records)
    found = ingest.preview(loaded_app, [path])
    lines, failures = found.lines, found.failures
    assert failures == [] and _count(loaded_app, records) == before
    line = next(x for x in lines if x["type"] == "treaty_action")
    assert list(line)[:10] == list(claims.FIELDS[:10]) and list(line)[-1] == "contradicts"
    assert {c["record"] for c in line["contradicts"]} == {
        "treaty:FIN:withdrawal_announced",
        "treaty:FIN:withdrawal_notice",
    }
    assert all(c["source"] and "2024-03" in c["why"] for c in line["contradicts"])


def test_the_seed_story_is_beside_the_checkout() -> None:
    # CI clones the project with shared/ beside it; without it these tests would prove nothing.
    assert SEED.is_file(), f"the shared eval-dev set is missing: expected {SEED}"


def test_the_seed_story(loaded_app: App) -> None:
    found = ingest.preview(loaded_app, [SEED])
    lines, failures = found.lines, found.failures
    assert failures == []
    policy = _one(lines, "policy_change", "USA")
    # The reversal, by its headline or by the memo sentence (the gold annotation uses the latter).
    assert "Revers" in policy["evidence"] or "signed a memo" in policy["evidence"]
    finland = _one(lines, "treaty_action", "FIN")
    assert "announced its withdrawal in July 2024" in finland["evidence"]
    assert finland["date"] == "2024-07"
    notice = [c for c in finland["contradicts"] if c["record"] == "treaty:FIN:withdrawal_notice"]
    assert notice and "2025-07-10" in notice[0]["why"] and "treaties.un.org" in notice[0]["source"]
    use = _one(lines, "use_allegation", "UKR")
    assert "accused Ukraine" in use["evidence"]
    assert use.get("accuser") or use.get("accuser_iso3")
    text = SEED.read_text(encoding="utf-8")
    assert all(line["evidence"] in text for line in (policy, finland, use))


def test_the_seed_story_flags_all_three_errors_with_both_sources(loaded_app: App) -> None:
    lines = ingest.preview(loaded_app, [SEED]).lines
    # 1. Finland "announced its withdrawal in July 2024": the depositary has 2025-07-10.
    finland = _one(lines, "treaty_action", "FIN")
    assert any("treaties.un.org" in str(c["source"]) for c in finland["contradicts"])
    # 2. "the UN has accused Ukraine": the use records name who reported it, and what the UN
    #    (News) called it.
    use = _one(lines, "use_allegation", "UKR")
    whys = " ".join(c["why"] for c in use["contradicts"])
    assert "Human Rights Watch" in whys and "Landmine Monitor" in whys and "UN News" in whys
    assert any("hrw.org" in str(c["source"]) for c in use["contradicts"])
    # 3. "implementation likely to begin in early 2025": the memo is dated 2025-12-02.
    later = [c for c in lines if c["type"] == "policy_change" and c["contradicts"]]
    assert later and "early 2025" in later[0]["evidence"]
    (memo,) = later[0]["contradicts"]
    assert memo["record"] == "policy:USA:2025-12-02" and "2025-12-02" in memo["why"]
    assert memo["source"]


def test_the_seed_story_ingested_waits_for_review_with_its_contradiction(loaded_app: App) -> None:
    report = ingest.ingest(loaded_app, [SEED], ACTOR)
    assert report.new_sources == 1 and report.candidates >= 3
    found = {c.record: c for c in claims.all_contradictions(loaded_app)}
    notice = found["treaty:FIN:withdrawal_notice"]
    assert notice.claim.status == "candidate" and "July 2024" in notice.claim.evidence
    assert _one(_queued(loaded_app), "use_allegation", "UKR")["accuser"] == "UN"


def test_a_source_label_is_no_address_and_another_scheme_is_refused(
    loaded_app: App, tmp_path: Path
) -> None:
    body = (
        "DATE: 2024-03-02\nTwo deminers were injured by a landmine in Cambodia on 1 March 2024.\n"
    )
    label = tmp_path / "label.txt"
    label.write_text("SOURCE: synthetic\n" + body, encoding="utf-8")
    script = tmp_path / "script.txt"
    script.write_text("SOURCE: javascript:alert(1)\n" + body.replace("Two", "Three"), "utf-8")
    report = ingest.ingest(loaded_app, [label, script], ACTOR)
    assert report.new_sources == 1
    (failure,) = report.failures
    assert failure.file == "script.txt" and "not an http(s) address" in failure.reason
    sha = hashlib.sha256(label.read_bytes()).hexdigest()
    with loaded_app.engine.connect() as connection:
        stored = connection.execute(
            select(sources.c.url, sources.c.publisher).where(sources.c.sha256 == sha)
        ).all()
    # no address, but the label is kept: a synthetic document stays labelled synthetic
    assert [(row.url, row.publisher) for row in stored] == [(None, "synthetic")]
