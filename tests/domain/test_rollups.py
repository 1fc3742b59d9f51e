"""``rollups.placed_delta``, the bulk placement's roll-up move, against ``signature_delta`` (the
per-signature rule every other write uses) on seeded random rows of each layer."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

import pytest

from minewatch.domain import rollups


def _value(name: str, rng: random.Random) -> Any:
    if name in ("has_victims",):
        return rng.choice((None, False, True))
    if name in ("hazard_type",):
        return rng.choice(("SHA", "CHA"))
    if name in ("status",):
        return rng.choice((None, "open", "released"))
    if name in ("activity_type",):
        return rng.choice(("clearance", "technical_survey"))
    if name in ("category", "sex", "age_band", "outcome"):
        return rng.choice((None, "a", "b"))
    if name.endswith("m2"):
        return rng.choice((None, 0.0, 12.5, 1003.25))
    return rng.choice((None, 0, 1, 2, 3))


def _rows(layer: str, n: int, seed: int) -> tuple[list[str], list[tuple[Any, ...]]]:
    rng = random.Random(seed)
    codes = [rng.choice(("CO05", "CO05001", "AF01", "X")) for _ in range(n)]
    rows = [
        (
            rng.choice(("COL", "AFG", None)),
            rng.choice((None, "", "Antioquia")),
            rng.choice((None, 2019, 2020)),
            *(_value(name, rng) for name in rollups.INPUTS[layer]),
        )
        for _ in range(n)
    ]
    return codes, rows


def _by_signatures(
    layer: str, codes: list[str], rows: list[tuple[Any, ...]]
) -> dict[tuple[str, str, int, str], float]:
    arrived = Counter((row[0], code, *row[1:]) for code, row in zip(codes, rows, strict=True))
    left = Counter((row[0], None, *row[1:]) for row in rows)
    return rollups.signature_delta(layer, arrived, left)


@pytest.mark.parametrize("layer", sorted(rollups.INPUTS))
@pytest.mark.parametrize("n", [1, 7, 400])
def test_placed_delta_is_the_signature_rule(layer: str, n: int) -> None:
    codes, rows = _rows(layer, n, seed=n)
    expected = _by_signatures(layer, codes, rows)
    found = rollups.placed_delta(layer, codes, rows)
    assert set(found) == set(expected)
    for key, value in expected.items():
        assert found[key] == pytest.approx(value, rel=1e-12, abs=1e-9), key
    arrived = [key for key in found if key[1] in set(codes)]
    assert arrived == sorted(arrived)  # written in key order


def test_placed_delta_counts_exactly_and_leaves_the_uncoded_key() -> None:
    rows = [("COL", None, 2020, 2, 1, None)] * 3 + [("COL", "Meta", 2020, 0, 1, True)]
    found = rollups.placed_delta("accidents", ["CO50", "CO50", "CO05", "CO50"], rows)
    assert found[("COL", "CO50", 2020, "accidents")] == 3.0
    assert found[("COL", "CO05", 2020, "accidents")] == 1.0
    assert found[("COL", "CO50", 2020, "accident_killed")] == 4.0
    assert found[("COL", "", 2020, "accidents")] == -3.0
    assert found[("COL", "name:Meta", 2020, "accidents")] == -1.0
    # with victim rows naming it, the accident's own counts are no casualties
    assert ("COL", "CO50", 2020, rollups.UNKNOWN_CASUALTY + "injured") in found
    assert found[("COL", "CO50", 2020, rollups.UNKNOWN_CASUALTY + "injured")] == 2.0


def test_placed_delta_refuses_a_row_without_a_code() -> None:
    with pytest.raises(ValueError, match="P-code"):
        rollups.placed_delta("accidents", [""], [("COL", None, 2020, 1, 0, None)])
    with pytest.raises(ValueError, match="2 codes for 1 rows"):
        rollups.placed_delta("accidents", ["A", "B"], [("COL", None, 2020, 1, 0, None)])
    assert rollups.placed_delta("accidents", [], []) == {}
