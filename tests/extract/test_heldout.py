"""The team-written held-out passages (``data/heldout.jsonl``), one test per passage.

Each batch was annotated before the extractor was first run on it; its first-run score is the
held-out figure in docs/extraction.md, and the fixes that followed made the passages tests.
A passage passes as the project scorer (``../shared/eval-dev/score.py``) would give it full
marks: every required event is matched by a candidate of the same type, state and treaty step
whose date agrees at the gold's granularity, and every other candidate matches an event of
the passage (an optional one included). Passages still failing are listed in ``KNOWN_GAPS``
with the reason, as strict expected failures: one that starts passing fails the run, so the
list cannot go stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minewatch.extract import extract, parse_text

DATA = Path(__file__).resolve().parent / "data" / "heldout.jsonl"
KNOWN_GAPS = {
    "h27": "use by a state's forces and by armed groups in the same state (Myanmar) are two "
    "claims on purpose (the reference data, apm_use.csv, keeps a state's use and armed groups' "
    "use apart by actor_kind); the gold, written before the run, lists one",
    # Batch 7, measured on its first run (docs/extraction.md) and not fixed; gold frozen first.
    "h113": "'Baku blames the mines on Armenian forces, who it says laid them before withdrawing"
    " from the area in 2020' is read as use by Armenia, dated 2020: a date after 'before "
    "withdrawing' bounds the laying (h54's gold dates 'planted mines ... before withdrawing last "
    "week' so); this gold leaves it undated",
    # Batch 8, sealed until the end of the session of 30 November 2026: its two gaps (h152,
    # h155: clearance of "items of unexploded ordnance" and in present-tense headlines) were
    # closed by whole-kind fixes after the seal was lifted (docs/extraction.md).
    # Batch 9, written blind and sealed until the end of the session of 30 November 2026 (second
    # session); first run at 3463eba: F1 0.636, date 0.844; after the session's general fixes
    # (b79715b): 0.664 / 0.863 (docs/extraction.md).
    "h184": "Russian: the ВСУ use ('отступающие подразделения ВСУ массово применяли "
    "противопехотные мины') is read undated, where the gold dates it the report month",
    "h187": "Spanish: the new laying blamed on three armed groups ('al ELN, a las disidencias de "
    "las FARC ... y al Clan del Golfo') is read as one use_allegation COL, not three",
    # Batch 10, written blind and sealed until the end of the session of 30 November 2026
    # (third session); first run at 14a5435: F1 0.697, date 0.794; after the session's general
    # fixes (9a8250a): 0.754 / 0.756 (docs/extraction.md). Reasons as the run gave them
    # (type, state, treaty step, date: gold missed, gold matched but misdated, extra candidates).
    "h211": "extra: other CHL 2001 (the extension 'had been granted an extension of its "
    "clearance deadline', which this gold does not list, dated by the join's year before it)",
    "h230": "misdated: clearance_progress NIC 2010 dated 2020-06",
    "h232": "missed: use_allegation BFA None | misdated: casualty_incident BFA 2022-04 dated None",
    "h235": "missed: use_allegation UKR 2024-07-06; casualty_incident UKR 2024-07",
    "h236": "missed: use_allegation ARM None | extra: use_allegation AZE None",
    "h238": "missed: other UKR 2024-09-16; casualty_incident UKR 2024-09-15",
    "h239": "missed: treaty_action UKR announce_intent_to_withdraw 2025-06-29 (the NSDC "
    "decision 'від 29 червня' named as the law's basis, with no withdrawal word)",
    # Batch 11, written blind by the team (fourth session of 30 November 2026) and released
    # after its first run: F1 0.763, date 0.848 at 7d88463 (docs/extraction.md). Reasons as
    # the run gave them (gold missed, gold matched but misdated, extra candidates).
    "h246": "missed: use_allegation COL None",
    "h248": "extra: use_allegation TCD 1980; other TCD 2024-04",
    "h251": "missed: policy_change ITA 1997-10-29; stockpile_destruction ITA 2002-11; "
    "use_allegation RUS None",
    "h273": "misdated: policy_change USA 2022-06-21 dated 2020",
    "h279": "misdated: clearance_progress KHM None dated 1996-06; clearance_progress KHM None"
    " dated 1996-06",
    # Batch 12, written blind and sealed until the end of the session of 30 November 2026 (fourth
    # session); first run at 04ddf26 (session start): F1 0.677, date 0.776; at the session's end
    # (cd5e2b4), unseen by anyone fixing: 0.726 / 0.792 (docs/extraction.md). Reasons as the run
    # gave them (type, state, treaty step, date: gold missed, gold matched but misdated, extra
    # candidates).
    "h285": "misdated: clearance_progress UKR 2024-06 dated 2024-05; clearance_progress UKR "
    "2024-06 dated 2024-05 ('протягом минулого тижня' read as the week before publication)",
    "h289": "French: the Myanmar armed groups' use ('en ont également posé ... au Myanmar') merges "
    "with the Myanmar army's of the sentence before (same state and date); the gold keeps "
    "both, as h27",
    "h290": "extra: clearance_progress YEM 2022-03 (the devices of a breakdown counted)",
    "h292": "missed: policy_change ITA 1997-10-29",
    "h302": "extra: clearance_progress THA 2025-09",
    "h317": "misdated: policy_change USA 2024-11 dated 2024-12",
    "h318": "extra: stockpile_destruction KOR 2024-06; policy_change KOR 2018-10",
}


def _passages() -> list[Any]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    return [
        pytest.param(
            row, id=row["id"], marks=pytest.mark.xfail(reason=KNOWN_GAPS[row["id"]], strict=True)
        )
        if row["id"] in KNOWN_GAPS
        else pytest.param(row, id=row["id"])
        for row in rows
    ]


def _same(candidate: dict[str, Any], gold: dict[str, Any]) -> bool:
    if (candidate["type"], candidate["actor_iso3"]) != (gold["type"], gold["actor_iso3"]):
        return False
    # as the project scorer: a treaty step must be the same step where the gold names one
    action = gold.get("action") if gold["type"] == "treaty_action" else None
    return action is None or candidate.get("action") == action


def _date_ok(predicted: str | None, gold: str | None) -> bool:
    if gold is None:
        return predicted is None
    return predicted is not None and predicted.startswith(gold)


@pytest.mark.parametrize("passage", _passages())
def test_heldout_passage(passage: dict[str, Any]) -> None:
    raw = f"SOURCE: synthetic\nDATE: {passage['date']}\n{passage['text']}"
    found = [c.to_json() for c in extract(parse_text(passage["id"], raw))]
    unused = list(range(len(found)))
    for gold in sorted(passage["gold"], key=lambda g: bool(g.get("optional"))):
        hits = [i for i in unused if _same(found[i], gold)]
        dated = [i for i in hits if _date_ok(found[i]["date"], gold["date"])]
        if gold.get("optional"):
            hit = (dated or hits or [None])[0]
        else:
            assert dated, f"missing {gold}\n got {found}"
            hit = dated[0]
        if hit is not None:
            unused.remove(hit)
    assert not unused, f"unexpected {[found[i] for i in unused]}"


def test_every_passage_has_its_header_fields_and_verbatim_evidence() -> None:
    for line in DATA.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert {"id", "batch", "date", "text", "gold"} <= set(row)
        for gold in row["gold"]:
            assert gold["evidence"] in row["text"], (row["id"], gold["evidence"])
