"""Peak memory of a victims import at several sizes (issue 10: imports in bounded memory).

    python bench/import_memory.py [--sizes 1000000,3000000] [--postgres URL]

For each size, one synthetic victims CSV (bench/field_data.py) is imported by the real import
(``field_import.import_files``) in its own process (``field_bench``'s child), into a fresh SQLite
database, or with ``--postgres`` into a fresh PostgreSQL database (then the figure is the
client's memory; the server's is its own buffers). Prints, per size, the process's peak RSS
(ru_maxrss, interpreter included) and CPU seconds, then the largest peak over the smallest:
memory that does not grow with the rows keeps it near 1 (the goal: within 10%, and under
500 MB). Writes a report under bench/results/. Exits 1 if the spread is over 10%.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.field_bench import pg_database, run_child  # noqa: E402
from bench.field_data import victims_csv  # noqa: E402
from bench.harness import Results  # noqa: E402

SPREAD = 1.10  # the largest peak over the smallest that still counts as bounded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000000,3000000", help="victims per run, commas")
    parser.add_argument("--postgres", help="a PostgreSQL server URL (its postgres database)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    backend = "PostgreSQL (client side)" if args.postgres else "SQLite"
    results = Results("import-memory", backend=backend)
    rows: list[tuple[str, ...]] = []
    peaks: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            work = Path(tmp) / str(n)
            work.mkdir()
            csv_path = victims_csv(work / "victims.csv", n)
            if args.postgres:
                with pg_database(args.postgres, f"mw_import_memory_{n}") as url:
                    found = run_child("minewatch", csv_path, url)
            else:
                (work / "db").mkdir()
                found = run_child("minewatch", csv_path, work / "db")
            csv_path.unlink()
            peaks.append(found["rss_mb"])
            rows.append((f"{n:,}", f"{found['rss_mb']:.0f}", f"{found['cpu']:.1f}"))
            print(f"{n:,} victims: peak RSS {found['rss_mb']:.0f} MB, {found['cpu']:.1f} s CPU")
    spread = max(peaks) / min(peaks)
    results.table(("victims", "peak RSS MB", "CPU s"), rows)
    verdict = "bounded" if spread <= SPREAD else "GROWS with the rows"
    results.add("", f"Largest peak / smallest: {spread:.3f} ({verdict}; goal <= {SPREAD}).")
    print(f"largest / smallest peak: {spread:.3f} ({verdict})")
    results.write()
    if spread > SPREAD:
        sys.exit(1)


if __name__ == "__main__":
    main()
