"""Benchmark: what the first public read right after a write costs, as the data grow.

    .venv/bin/python bench/read_after_write_bench.py [--records 2500] [--database-url URL]

Writes ``--records`` accepted stockpile figures for one state (Estonia, as the load test's
writer does) into a database holding the reference data (a new SQLite file, or a new, empty
PostgreSQL database given by ``--database-url``), then, for each public read the load test
makes, five times: one more write, then the read through the web app (kept answers on), and
the same read again with no write between. Reported: the median CPU milliseconds of this
process (time.process_time, every thread) per read, after a write and warm. CPU, not wall
time: the box is shared. Results go to bench/results/read_after_write-DATE.md.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fastapi.testclient import TestClient

from bench.harness import ACTOR, Results, fresh_app
from minewatch.app import App
from minewatch.domain.evidence import Citation, RecordDraft
from minewatch.domain.kinds import Kind
from minewatch.services import ledger
from minewatch.services.reference import load_reference
from minewatch.settings import Settings
from minewatch.storage.schema import migrate
from minewatch.web.app import create_app

READS = (
    "/states/FIN",
    "/api/v1/states/UKR",
    "/states/COL.json",
    "/api/v1/states/EST",
    "/search?q=Finland",
    "/search.json?q=stockpile",
    "/overview.json",
    "/api/v1/status",
)


def write(app: App, record_id: str, n: int) -> None:
    draft = RecordDraft(
        record_id=record_id,
        kind=Kind.STOCKPILE_FIGURE,
        data={"destroyed": n, "unit": "mines"},
        citations=(Citation(source_id=1, quote=f"bench write {n}"),),
        iso3="EST",
    )
    with app.engine.begin() as connection:
        ledger.write_version(connection, draft, base_version=None, actor=ACTOR, reason="bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=2500)
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.database_url:
            app = App.from_settings(Settings(database_url=args.database_url))
            migrate(app.engine)
            load_reference(app, ACTOR)
        else:
            app = fresh_app(Path(folder))
        for n in range(args.records):
            write(app, f"stockpile_figure:bench-{n}", n)
        backend = "PostgreSQL" if args.database_url else "SQLite"
        results = Results("read_after_write", backend=backend)
        results.add("", f"{args.records} extra stockpile figures (Estonia); median of 5.")
        rows = []
        with TestClient(create_app(app)) as client:
            for path in READS:
                client.get(path)
            extra = 0
            for path in READS:
                after, warm = [], []
                for _ in range(5):
                    extra += 1
                    write(app, f"stockpile_figure:bench-extra-{extra}", extra)
                    start = time.process_time()
                    assert client.get(path).status_code == 200, path
                    after.append(time.process_time() - start)
                    start = time.process_time()
                    client.get(path)
                    warm.append(time.process_time() - start)
                ms = [f"{statistics.median(t) * 1000:.1f}" for t in (after, warm)]
                rows.append((f"`{path}`", *ms))
        results.table(("read", "CPU ms after a write", "CPU ms, no write between"), rows)
        results.write()
        app.close()


if __name__ == "__main__":
    main()
