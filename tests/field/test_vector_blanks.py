"""A vector file's feature without one of the file's properties leaves that field blank. GDAL
hands a number column's missing value over as NaN; before, it reached the field checks as a
number, so a valid GeoJSON whose features do not all carry the same properties was refused
('location_accuracy_m': nan is not a non-negative number)."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from minewatch.app import App
from minewatch.domain.errors import InvalidInput, Location
from minewatch.imports import tables
from minewatch.services.layers import read_layer

from .helpers import ledger_counts, run_import


def _feature(x: float, **properties: object) -> dict[str, object]:
    point = {"type": "Point", "coordinates": [x, 5.0]}
    return {"type": "Feature", "properties": properties, "geometry": point}


def test_a_property_some_features_lack_is_blank_there(empty_app: App, tmp_path: Path) -> None:
    features = [
        _feature(-75.0, reference="A-1", date="2024-01-01", iso3="COL", place="A", killed=1),
        _feature(-75.1, reference="A-2", date="2024-01-02", iso3="COL", location_accuracy_m=30),
        _feature(-75.2, reference="A-3", date="2024-01-03", iso3="COL", injured=2),
    ]
    path = tmp_path / "accidents.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    assert run_import(empty_app, [path], layer="accidents").counts.added == 3
    with empty_app.engine.connect() as connection:
        rows = {row["reference"]: row for row in read_layer(connection, "accidents")}
    got = {
        ref: (row["killed"], row["injured"], row["location_accuracy_m"])
        for ref, row in rows.items()
    }
    assert got == {"A-1": (1, None, None), "A-2": (None, None, 30.0), "A-3": (None, 2, None)}


def test_a_feature_gdal_reads_otherwise_than_written_refuses_the_file(
    empty_app: App, tmp_path: Path
) -> None:
    """A point with one coordinate: GDAL warned on the terminal and read the feature with no
    geometry, so the accident was stored without the point its file gave."""
    good = _feature(-75.0, reference="A-1", date="2024-01-01", iso3="COL", place="A")
    bad = {**_feature(0, reference="A-2", date="2024-01-02", iso3="COL", place="B")}
    bad["geometry"] = {"type": "Point", "coordinates": [-75.0]}
    path = tmp_path / "accidents.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [good, bad]}))
    before = ledger_counts(empty_app)
    with pytest.raises(InvalidInput) as refused:
        run_import(empty_app, [path], layer="accidents")
    assert ledger_counts(empty_app) == before
    assert refused.value.where.file == "accidents.geojson"
    assert "is not read as written" in refused.value.reason
    assert "dimension" in refused.value.reason


def test_only_gdals_own_warnings_refuse_a_file() -> None:
    """A library's deprecation notice says nothing of the file: it is passed on, not a refusal;
    GDAL's RuntimeWarning (as pyogrio raises it) still refuses."""
    where = Location("accidents.geojson")
    with warnings.catch_warnings(record=True) as notices:
        warnings.simplefilter("always")
        warnings.warn("an old keyword", DeprecationWarning, stacklevel=1)
    with pytest.warns(DeprecationWarning, match="an old keyword"):
        tables._refuse_what_gdal_changed(notices, where)  # no refusal
    with warnings.catch_warnings(record=True) as gdal:
        warnings.simplefilter("always")
        warnings.warn("Invalid coord dimension", RuntimeWarning, stacklevel=1)
    with pytest.raises(InvalidInput, match="Invalid coord dimension"):
        tables._refuse_what_gdal_changed(gdal, where)
