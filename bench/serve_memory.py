"""P7 with the map warm: ``minewatch serve``'s resident memory after the round of pages of
``field_bench.p7``, then after random anonymous map windows of several sizes for each map layer.

    python bench/serve_memory.py [DATABASE] [--code SRC] [--victims N --hazards N]

DATABASE is a SQLite file already loaded (for the issue's P7: 1M victims, with the P5 hazards
imported so the map has something to keep); without it, one is built of ``--victims``
synthetic victims and ``--hazards`` synthetic hazards (issue sizes by default: 1M, 100k), as
``make bench`` runs it. ``--code SRC`` serves another checkout's
``src`` through ``PYTHONPATH`` (a "before" beside the "after", on a copy of the same file).
Prints one JSON line: RSS in MB at start, after the pages, and after each step of windows
(``[span in degrees, zoom, windows, MB]``). Seeded: the same windows every run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.field_bench import P7_PAGES, rss_mb  # noqa: E402
from bench.field_data import EAST, NORTH, SOUTH, WEST  # noqa: E402
from bench.harness import free_port, wait_for  # noqa: E402

# (span in degrees, zoom, windows): the whole area, then panning at several zooms.
STEPS: tuple[tuple[float, float, int], ...] = (
    (40.0, 5.0, 5),
    (4.0, 7.0, 100),
    (1.0, 9.0, 100),
    (0.1, 12.0, 50),
    (4.0, 7.5, 100),
    (2.0, 8.0, 100),
)
LAYERS = ("hazards", "activities", "accidents")


def measure(database: Path, code: Path | None) -> dict[str, Any]:
    import httpx

    port = free_port()
    env = {**os.environ, "MINEWATCH_DATABASE_URL": str(database)}
    if code is not None:
        env["PYTHONPATH"] = str(code)
    command = [str(ROOT / ".venv/bin/minewatch"), "serve", "--port", str(port)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    rng = random.Random(3)
    found: dict[str, Any] = {"code": str(code or ROOT / "src")}
    try:
        wait_for(port, "/field.json", timeout=120)
        found["start"] = round(rss_mb(process.pid))
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as client:
            for path in P7_PAGES:
                client.get(path).raise_for_status()
            found["pages"] = round(rss_mb(process.pid))
            steps = []
            for span, zoom, count in STEPS:
                width, height = min(span, EAST - WEST), min(span * 0.6, NORTH - SOUTH)
                for _ in range(count):
                    x = rng.uniform(WEST, EAST - width)
                    y = rng.uniform(SOUTH, NORTH - height)
                    box = f"{x},{y},{x + width},{y + height}"
                    for layer in LAYERS:
                        params = {"layer": layer, "bbox": box, "zoom": str(zoom)}
                        client.get("/field/features.json", params=params).raise_for_status()
                steps.append((span, zoom, count, round(rss_mb(process.pid))))
            found["windows"] = steps
    finally:
        process.terminate()
        process.wait()
    return found


def build(directory: Path, victims: int, hazards: int) -> Path:
    """A fresh SQLite database in ``directory`` holding the reference data, ``victims``
    synthetic victims and ``hazards`` synthetic hazard polygons (``bench/field_data.py``),
    imported through the real import path; returns its path."""
    from bench.field_bench import ACTOR
    from bench.field_data import hazards_csv, victims_csv
    from bench.harness import fresh_app
    from minewatch.services.field_import import import_files, resolve_mapping

    app = fresh_app(directory, loaded=True)
    for layer, path in (
        ("victims", victims_csv(directory / "victims.csv", victims)),
        ("hazards", hazards_csv(directory / "hazards.csv", hazards)),
    ):
        import_files(app, [path], resolve_mapping(layer, None, None), actor=ACTOR)
    app.close()
    return directory / "bench.db"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("database", type=Path, nargs="?", help="default: build one (synthetic)")
    parser.add_argument("--code", type=Path, help="another checkout's src, served instead")
    parser.add_argument("--victims", type=int, default=1_000_000, help="when building")
    parser.add_argument("--hazards", type=int, default=100_000, help="when building")
    args = parser.parse_args()
    if args.database is not None:
        print(json.dumps(measure(args.database, args.code)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        database = build(Path(tmp), args.victims, args.hazards)
        print(json.dumps(measure(database, args.code)))


if __name__ == "__main__":
    main()
