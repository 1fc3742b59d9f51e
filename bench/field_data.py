"""Seeded synthetic field data (labelled synthetic): hazards, accidents, victims, admin areas.

Every builder writes a file the importers read (CSV, or GeoJSON for admin areas) and gives the
same rows for the same seed, so a benchmark and a test that share a builder time and check the
same thing. Places lie in a box over Colombia; names say "synthetic".

- ``hazards_csv(path, n, seed)``: ``n`` small square polygons (WKT), SHA/CHA, status cycling
  open / in_progress / released, dated 2000-2025, all ``is_public`` (exact locations).
- ``accidents_csv(path, n, seed)``: ``n`` points with killed/injured, public.
- ``victims_csv(path, n, seed)``: ``n`` victims: sex, age band, category, outcome, year, iso3.
- ``admin_grid(path, cells, seed)``: a ``cells``-polygon grid (P-codes ``SYN0001``...) as GeoJSON.
"""

from __future__ import annotations

import csv
import math
import random
from pathlib import Path

import numpy as np
import shapely
from pyogrio.raw import write

WEST, SOUTH, EAST, NORTH = -77.0, 1.0, -70.0, 11.0  # a box over Colombia (degrees)
STATUSES = ("open", "in_progress", "released")
ISO3S = ("COL", "AFG", "KHM", "UKR", "AGO")


def _point(rng: random.Random) -> tuple[float, float]:
    return rng.uniform(WEST, EAST), rng.uniform(SOUTH, NORTH)


def hazards_csv(path: Path, n: int, seed: int = 7, side: float = 0.004) -> Path:
    """``n`` square hazard polygons of ``side`` degrees (about 440 m), statuses in turn."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(
            ["reference", "hazard_type", "status", "name", "date", "iso3", "is_public", "wkt"]
        )
        for i in range(n):
            x, y = _point(rng)
            ring = f"{x} {y}, {x + side} {y}, {x + side} {y + side}, {x} {y + side}, {x} {y}"
            out.writerow(
                [
                    f"SYN-H{i:07d}",
                    "CHA" if i % 4 == 0 else "SHA",
                    STATUSES[i % 3],
                    f"Synthetic hazard {i}",
                    f"{2000 + i % 26}-{1 + i % 12:02d}-15",
                    "COL",
                    "true",
                    f"POLYGON(({ring}))",
                ]
            )
    return path


def accidents_csv(path: Path, n: int, seed: int = 11) -> Path:
    """``n`` accident points with killed and injured counts."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(
            [
                "reference",
                "date",
                "iso3",
                "killed",
                "injured",
                "device_type",
                "is_public",
                "lon",
                "lat",
            ]
        )
        for i in range(n):
            x, y = _point(rng)
            out.writerow(
                [
                    f"SYN-A{i:07d}",
                    f"{2000 + i % 26}-{1 + i % 12:02d}-01",
                    "COL",
                    rng.randint(0, 2),
                    rng.randint(0, 3),
                    "AP mine" if i % 2 else "IED",
                    "true",
                    f"{x:.6f}",
                    f"{y:.6f}",
                ]
            )
    return path


VICTIM_HEADER = ["reference", "date", "iso3", "sex", "age_band", "category", "outcome"]


def victim_rows(n: int, seed: int = 13, start: int = 0) -> list[list[str]]:
    """``n`` victim rows (VICTIM_HEADER order), numbered from ``start``."""
    rng = random.Random(seed)
    return [
        [
            f"SYN-V{start + i:08d}",
            f"{1999 + rng.randrange(27)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}",
            ISO3S[rng.randrange(len(ISO3S))],
            rng.choice(("male", "female")),
            rng.choice(("adult", "child")),
            rng.choice(("civilian", "security_forces")),
            rng.choice(("killed", "injured")),
        ]
        for i in range(n)
    ]


def victims_csv(path: Path, n: int, seed: int = 13) -> Path:
    """``n`` synthetic victims as CSV."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(VICTIM_HEADER)
        for start in range(0, n, 50_000):
            out.writerows(victim_rows(min(50_000, n - start), seed + start, start))
    return path


def admin_grid(path: Path, cells: int = 3000) -> Path:
    """A grid of exactly ``cells`` admin polygons covering the box, as GeoJSON (P-code SYNnnnn)."""
    aspect = (EAST - WEST) / (NORTH - SOUTH)
    # exactly ``cells`` cells: the divisor pair closest to the box's aspect
    cols = min(
        (c for c in range(1, cells + 1) if cells % c == 0),
        key=lambda c: abs(math.log(c * c / cells / aspect)),
    )
    rows = cells // cols
    dx, dy = (EAST - WEST) / cols, (NORTH - SOUTH) / rows
    boxes = [
        shapely.box(WEST + c * dx, SOUTH + r * dy, WEST + (c + 1) * dx, SOUTH + (r + 1) * dy)
        for r in range(rows)
        for c in range(cols)
    ]
    write(
        path,
        np.array(shapely.to_wkb(boxes), dtype=object),
        [
            np.array([f"SYN{i:05d}" for i in range(len(boxes))], dtype=object),
            np.array([f"Synthetic area {i}" for i in range(len(boxes))], dtype=object),
            np.array([2] * len(boxes)),
            np.array(["COL"] * len(boxes), dtype=object),
        ],
        ["pcode", "name", "level", "iso3"],
        driver="GeoJSON",
        crs="EPSG:4326",
        geometry_type="Polygon",
    )
    return path
