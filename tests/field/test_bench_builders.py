"""The seeded synthetic builders the field benchmarks and tests share (bench/field_data.py)."""

from __future__ import annotations

import csv
from pathlib import Path

import shapely
from pyogrio.raw import read

from bench.field_data import EAST, NORTH, SOUTH, WEST, admin_grid, victim_rows, victims_csv


def test_victims_are_unique_across_chunks_and_the_same_for_a_seed(tmp_path: Path) -> None:
    path = victims_csv(tmp_path / "v.csv", 50_003)
    with path.open(encoding="utf-8") as handle:
        refs = [row[0] for row in csv.reader(handle)][1:]
    assert len(refs) == len(set(refs)) == 50_003
    assert victim_rows(5, seed=3) == victim_rows(5, seed=3) != victim_rows(5, seed=4)


def test_admin_grid_has_exactly_the_cells_asked_and_covers_the_box(tmp_path: Path) -> None:
    shapes = shapely.from_wkb(read(admin_grid(tmp_path / "grid.geojson", 3000))[2])
    assert len(shapes) == 3000
    union = shapely.union_all(shapes)
    assert abs(union.area - (EAST - WEST) * (NORTH - SOUTH)) < 1e-6
