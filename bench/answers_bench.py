"""Benchmark: CPU per request of the load test's reads, through the whole web app in process.

    .venv/bin/python bench/answers_bench.py [--runs 10]

Builds the load test's database (bench/load_data.py, as tests/trust/test_load.py does: reference
data, 60 ingested stories, 40 hazards) in a temporary SQLite file, then calls the ASGI app directly
(no HTTP server, no client) for each URL in the load test's ``READS``: the median CPU time
(``time.process_time``, every thread of the process) of ``--runs`` anonymous requests in a row
("warm": the kept answer, ``web/answers.py``), and of the first request after each of three new
stockpile figures ("after a write": profiles and search read that kind and are made again). CPU
time, not wall time: the box is shared. Results go to bench/results/answers-DATE.md.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import Results, fresh_app
from bench.load_data import READS, hazard_squares, stories
from minewatch.app import App
from minewatch.domain.evidence import ReviewStatus
from minewatch.services import ingest, records
from minewatch.services.field_import import import_files, resolve_mapping
from minewatch.web.app import create_app


class Caller:
    """Anonymous GETs straight into the ASGI app, on one event loop."""

    def __init__(self, app: App) -> None:
        self.web = create_app(app)
        self.loop = asyncio.new_event_loop()

    def get(self, url: str) -> int:
        return self.loop.run_until_complete(self._get(url))

    async def _get(self, url: str) -> int:
        path, _, query = url.partition("?")
        scope = {
            "type": "http",
            "method": "GET",
            "path": path,
            "raw_path": path.encode(),
            "query_string": query.encode(),
            "headers": [(b"host", b"bench"), (b"accept-encoding", b"gzip")],
            "scheme": "http",
            "server": ("bench", 80),
            "client": ("127.0.0.1", 1),
            "http_version": "1.1",
            "root_path": "",
            "asgi": {"version": "3.0"},
        }
        status = 0

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: MutableMapping[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]

        await self.web(scope, receive, send)
        return status

    def cpu_ms(self, url: str) -> float:
        start = time.process_time()
        status = self.get(url)
        used = (time.process_time() - start) * 1000
        if status != 200:
            raise SystemExit(f"{url} answered {status}")
        return used


def write_figure(app: App, n: int) -> None:
    data = {
        "kind": "stockpile_figure",
        "iso3": "EST",
        "data": {"destroyed": n, "unit": "mines"},
        "citations": [{"source_id": 1, "quote": f"bench write {n}"}],
    }
    draft = records.draft_from(f"stockpile_figure:bench-{n}", data, ReviewStatus.ACCEPTED)
    records.write(app, draft, None, "bench", "bench")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    results = Results("answers")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        app = fresh_app(folder)
        ingest.ingest(app, stories(folder / "docs", 60), "bench")
        hazards = resolve_mapping("hazards", None, None)
        import_files(app, [hazard_squares(folder)], hazards, actor="b")
        caller = Caller(app)
        for url in READS:
            caller.get(url)  # first answers, read views built
        rows, warm_all, written = [], [], 0
        for url in READS:
            warm = statistics.median(caller.cpu_ms(url) for _ in range(args.runs))
            after = []
            for _ in range(3):
                write_figure(app, written)
                written += 1
                after.append(caller.cpu_ms(url))
            warm_all.append(warm)
            rows.append((f"`{url}`", f"{warm:.2f}", f"{statistics.median(after):.2f}"))
        rows.append(("**mean, warm**", f"**{statistics.mean(warm_all):.2f}**", ""))
        results.table(("read", "warm, CPU ms", "first after a write, CPU ms"), rows)
        caller.loop.close()
        app.close()
    results.write()


if __name__ == "__main__":
    main()
