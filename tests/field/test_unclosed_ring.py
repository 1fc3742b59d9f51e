"""A vector file whose polygon has an unclosed ring: GDAL closes it while reading and warns
without naming the feature, so the refusal said only 'is not read as written (GDAL: Non closed
ring detected ...)'. Now each such feature is named: file, feature number, its id, the
geometry field and why; nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minewatch.app import App
from minewatch.domain.errors import ImportRefused

from .helpers import ledger_counts, run_import


def _hazard(reference: str | None, ring: list[list[float]]) -> dict[str, object]:
    properties: dict[str, object] = {"hazard_type": "SHA", "iso3": "COL"}
    if reference is not None:
        properties["reference"] = reference
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


CLOSED = [[-75.0, 6.0], [-75.0, 6.01], [-74.99, 6.01], [-75.0, 6.0]]
OPEN = [[-74.0, 6.0], [-74.0, 6.01], [-73.99, 6.01], [-73.99, 6.0]]


def test_an_unclosed_ring_names_its_feature_and_writes_nothing(
    empty_app: App, tmp_path: Path
) -> None:
    features = [_hazard("HA-1", CLOSED), _hazard("HA-2", CLOSED), _hazard("HA-3", OPEN)]
    path = tmp_path / "hazards.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    before = ledger_counts(empty_app)
    with pytest.raises(ImportRefused) as refused:
        run_import(empty_app, [path], layer="hazards")
    assert ledger_counts(empty_app) == before
    [problem] = refused.value.problems
    where = problem.where
    assert (where.file, where.row, where.field) == ("hazards.geojson", 3, "geometry")
    assert problem.reason.startswith("feature 3 (reference 'HA-3'): ")
    assert "ring of its polygon is not closed" in problem.reason
    assert str(problem).startswith("hazards.geojson, row 3, field 'geometry': feature 3")


def test_every_unclosed_ring_is_listed_and_a_feature_without_reference_by_its_id(
    empty_app: App, tmp_path: Path
) -> None:
    first = _hazard(None, OPEN)
    first["id"] = 41
    features = [first, _hazard("HA-2", CLOSED), _hazard("HA-3", OPEN)]
    path = tmp_path / "hazards.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    with pytest.raises(ImportRefused) as refused:
        run_import(empty_app, [path], layer="hazards")
    got = [(p.where.row, p.reason.split(":")[0]) for p in refused.value.problems]
    assert got == [(1, "feature 1 (id 41)"), (3, "feature 3 (reference 'HA-3')")]
