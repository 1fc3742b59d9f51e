"""Naming the sources of field roll-ups, kept exactly (``field_rollup_sources`` per state and
year, ``field_rollup_area_sources`` per admin area, each with the rows counted), over N
seeded accidents spread over ~1,100 admin areas and 26 years, from two files (the second a
corrected re-import of a tenth of the first's rows: counts move, a key empties).

    python bench/rollup_sources_bench.py [--accidents N]

Times, medians of repeated calls: the state's sources (the profile's read), the sources per
admin area (``?by=admin``), the same found from the rows (``scan_sources``, what a past
``known_at`` costs), and the share of each import spent moving the kept counts
(``move_rollup_sources``). Timing goals live here, never in the tests.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.harness import Results, fresh_app, timed  # noqa: E402

HEADER = ["reference", "date", "iso3", "admin_code", "place", "killed", "injured"]


def _accidents(path: Path, n: int, seed: int, killed: int) -> Path:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for i in range(n):
            code = f"{rng.randrange(5000, 6100):05d}"  # ~1,100 municipality-like codes
            year = 2000 + rng.randrange(26)
            out.writerow([f"SYN-A{i:07d}", f"{year}-06-01", "COL", code, "x", killed, 1])
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accidents", type=int, default=100_000)
    n = parser.parse_args().accidents

    from minewatch.services import field_import, layers
    from minewatch.services.field_rollups import by_admin_area, rollup_sources, scan_sources
    from minewatch.storage import field_tables

    moving = [0.0]
    kept_move = field_tables.move_rollup_sources

    def counted_move(*args: object) -> None:
        began = time.perf_counter()  # bench.harness has no span timer; this one is its peer
        kept_move(*args)  # type: ignore[arg-type]
        moving[0] += time.perf_counter() - began

    setattr(layers, "move_rollup_sources", counted_move)  # noqa: B010 (a module global)
    results = Results("rollup-sources")
    with tempfile.TemporaryDirectory() as work:
        workdir = Path(work)
        app = fresh_app(workdir, loaded=True)
        mapping = field_import.resolve_mapping("accidents", None, None)
        # the fix: the first tenth of the same accidents (same references), another figure
        for name, rows, killed in (("first.csv", n, 1), ("fix.csv", n // 10, 2)):
            path = _accidents(workdir / name, rows, 1, killed)
            moving[0] = 0.0
            began = time.perf_counter()
            field_import.import_files(app, [path], mapping, actor="bench:synthetic", synthetic=True)
            took = time.perf_counter() - began
            results.add(
                f"- import {name} ({rows:,} accidents): {took:.1f} s, of which moving the kept "
                f"source counts {moving[0] * 1000:.0f} ms ({moving[0] / took:.1%})"
            )
        with app.engine.connect() as connection:
            areas = len(by_admin_area(connection, "COL"))
            state = timed(lambda: rollup_sources(connection, "COL"), runs=200, warmup=5)
            area = timed(lambda: rollup_sources(connection, "COL", by_area=True), runs=50, warmup=2)
            scan = timed(lambda: scan_sources(connection, "COL"), runs=3, warmup=1)
            kept = {
                (y, e["admin_area"], e["layer"], e["source_id"])
                for y, found in rollup_sources(connection, "COL", by_area=True).items()
                for e in found
            }
            assert sorted(kept) == scan_sources(connection, "COL"), "kept != found from rows"
        results.add(
            "",
            f"COL over {n:,} accidents, {areas:,} admin areas, {len(kept):,} area keys: "
            f"the state's sources {state.median_ms:.2f} ms median (p95 {state.p95_ms:.2f}); "
            f"per admin area {area.median_ms:.1f} ms (p95 {area.p95_ms:.1f}); found from the "
            f"rows {scan.median_ms:,.0f} ms.",
        )
        app.close()
    results.write()


if __name__ == "__main__":
    main()
