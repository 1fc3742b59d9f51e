"""Every extraction fault case (KINDS.md K01-K21) and the rule cases among the document cases.

``data/faults.jsonl`` is a copy of ``../shared/cases/extraction/faults.jsonl`` (team-written
text, one passage per case). The document cases are read from ``../shared/cases/documents``
beside the repository; the tests fail (never skip) when that folder is missing, and one checks the
copy still equals the shared file.

A case passes when every expected event is matched by a distinct candidate that agrees on each
field the case states (type, state, date at the stated granularity, action, killed, injured,
quantity within 1 %, unit, accuser) and no other candidate is emitted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minewatch.extract import extract, parse_text, read_document

HERE = Path(__file__).resolve().parent
SHARED_CASES = HERE.parents[1].parent / "shared" / "cases"
DOCUMENTS = SHARED_CASES / "documents"
# c04/c05/c07/c08/c10 (languages, page furniture, PDF wraps, ligatures, names) are document
# reading cases and are tested with the document readers.
RULE_CASES = ("c01_", "c02_", "c03_", "c06_", "c09_")


def _faults() -> list[dict[str, Any]]:
    return _cases("faults.jsonl")


def _cases(name: str) -> list[dict[str, Any]]:
    lines = (HERE / "data" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _document_cases() -> list[dict[str, Any]]:
    expected = DOCUMENTS / "expected.jsonl"
    if not expected.is_file():
        return [{"file": "missing", "expected": []}]
    rows = [json.loads(line) for line in expected.read_text(encoding="utf-8").splitlines() if line]
    return [row for row in rows if row["file"].startswith(RULE_CASES)]


def _agrees(candidate: dict[str, Any], expected: dict[str, Any]) -> bool:
    for key, want in expected.items():
        got = candidate.get("accuser_iso3" if key == "accuser" else key)
        if want is None and key != "actor_iso3" and key != "date":
            continue
        if key == "quantity":
            if got is None or abs(float(got) - float(want)) > 0.01 * abs(float(want)):
                return False
        elif got != want:
            return False
    return True


def _check(candidates: list[dict[str, Any]], expected: list[dict[str, Any]]) -> None:
    shown = [{k: v for k, v in c.items() if v not in (None, [], False)} for c in candidates]
    unused = list(range(len(candidates)))
    for event in expected:
        hit = next((i for i in unused if _agrees(candidates[i], event)), None)
        assert hit is not None, f"missing {event}\n got {shown}"
        unused.remove(hit)
    assert not unused, f"unexpected {[shown[i] for i in unused]}"


@pytest.mark.parametrize("case", _faults(), ids=lambda case: str(case["id"]))
def test_fault_case(case: dict[str, Any]) -> None:
    document = parse_text(case["id"], f"SOURCE: synthetic\nDATE: {case['date']}\n{case['text']}")
    _check([c.to_json() for c in extract(document)], case["expected"])


@pytest.mark.parametrize("case", _cases("variants.jsonl"), ids=lambda case: str(case["id"]))
def test_variant_case(case: dict[str, Any]) -> None:
    """New wordings of each kind, written after the fixes to check they cover the kind, not
    the one case. V*: 28 of 29 passed when first run (the failure, "bandits" read as a ban, was
    fixed in the negation pattern); W*: 18 of 20 (a comma appositive before "were killed", a
    retained stock "stood at 250" with the unit earlier; both fixed as kinds); X*: 8 of 10 (one
    expected date was ours in error; "troops have been mining roads" was not read as laying);
    Y*: 8 of 10 ("remained to be destroyed" read as destroyed, "since January" taken as a date);
    Z*: 8 of 10 ("no mines were reported" read as mine context; a tenth, a policy stated as
    "will be allowed to use ...", is left out as a known gap, see docs/extraction-log.md); U*: 5 of
    10 (a reinstated ban, a decision reported with "would", "lost both legs", a use agent far
    from its verb, retained mines destroyed). U04 showed W12's expectation (no event for "said
    it would resume the production of mines") contradicted KINDS.md K20, under which an
    announced decision is the policy change; W12 was corrected to expect one. G*: written
    with the issue-8 generalisation pass (world totals with a state named as the largest part,
    running totals "this year", a paragraph opening on "The explosion", part-of-whole areas, a
    completion beside a figure, a victim as the object of "killed"); G08-G19: written while
    studying the second fold (d56-d85) of the dev set, 6 of 12 passed when first run (a period
    "since the fighting ... ended", a compound "X-planted mine" dated by the blast, a victim
    noun outside the list, a foot amputated after a blast with "went off", a total of
    "victims", a day before a month read as a count), each fixed as a kind. G20-G24: 3 of 5 on
    first run (a victim named by age, "ban ... from using"). G25-G26: 1 of 2 ("South Georgia"
    was read as Georgia). G27-G28: "One of them ..." refers back; a victim with a long
    appositive (origin, name, age) before "was injured"."""
    document = parse_text(case["id"], f"SOURCE: synthetic\nDATE: {case['date']}\n{case['text']}")
    _check([c.to_json() for c in extract(document)], case["expected"])


@pytest.mark.parametrize("case", _document_cases(), ids=lambda case: str(case["file"]))
def test_document_rule_case(case: dict[str, Any]) -> None:
    assert DOCUMENTS.is_dir(), f"the shared cases are missing: expected {DOCUMENTS}"
    document = read_document(DOCUMENTS / case["file"])
    _check([c.to_json() for c in extract(document)], case["expected"])


def test_the_fault_cases_are_the_shared_ones() -> None:
    """``data/faults.jsonl`` is a copy: an edit to either side that is not made to the other
    fails here (the shared folder is required, as for the document cases)."""
    shared = SHARED_CASES / "extraction" / "faults.jsonl"
    assert shared.is_file(), f"the shared cases are missing: expected {shared}"
    assert (HERE / "data" / "faults.jsonl").read_bytes() == shared.read_bytes()


def test_every_kind_has_cases() -> None:
    kinds = {case["kind"].split("-")[0] for case in _faults()}
    assert kinds == {f"K{n:02d}" for n in range(1, 22)}
    assert len(_faults()) == 70
