"""Benchmark: Convention status of all states, in process and over HTTP, beside Datasette.

    .venv/bin/python bench/status_bench.py [--seconds 10] [--connections 20]

Goals (issue 2): status of all states as of a date in under 2 ms in process once warm, and
``/api/v1/status`` at >= 1,000 requests/s under 20 concurrent clients on loopback. The peer is
Datasette serving the same 197 rows as JSON from SQLite, measured in the same run with the same
load generator (wrk, from Debian's packages; install it with apt). Results are printed as a
Markdown table and written to bench/results/.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import ROOT, Results, free_port, fresh_app, timed, wait_for
from minewatch.analysis.status import status_on
from minewatch.app import App
from minewatch.services import queries
from minewatch.services.views import read_view

AS_OF = date(2026, 2, 3)


def wrk(port: int, path: str, seconds: int, connections: int) -> float:
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if match is None or errors is not None:
        raise RuntimeError(f"wrk failed or saw errors:\n{output}")
    return float(match.group(1))


def serve(command: list[str], env: dict[str, str], port: int, path: str) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for(port, path)
    return process


def in_process(app: App) -> list[tuple[str, str, str]]:
    snapshot = read_view(app).snapshot
    measured = [
        ("status_on: all 197 states (pure computation)", timed(lambda: status_on(snapshot, AS_OF))),
        (
            "queries.status_report: freshness check + counts + dict",
            timed(lambda: queries.status_report(app, AS_OF)),
        ),
    ]
    return [(n, f"{t.median_ms:.3f} ms", f"{t.p95_ms:.3f} ms") for n, t in measured]


def http_minewatch(db: Path, seconds: int, connections: int, workers: int) -> float:
    port = free_port()
    env = {**os.environ, "MINEWATCH_DATABASE_URL": str(db)}
    path = f"/api/v1/status?as_of={AS_OF.isoformat()}"
    command = [
        str(ROOT / ".venv/bin/minewatch"),
        "serve",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    process = serve(command, env, port, path)
    try:
        return wrk(port, path, seconds, connections)
    finally:
        process.terminate()
        process.wait()


def http_datasette(
    app: App, workdir: Path, seconds: int, connections: int, settings: tuple[str, ...] = ()
) -> float | None:
    """Datasette serving the same rows; ``settings`` are extra ``--setting NAME VALUE`` pairs."""
    datasette = ROOT / ".venv/bin/datasette"
    if not datasette.exists():
        return None
    peer = workdir / "peer.db"
    peer.unlink(missing_ok=True)
    report = queries.status_report(app, AS_OF)
    with sqlite3.connect(peer) as connection:
        connection.execute(
            "create table status (iso3 text primary key, name text, status text,"
            " in_force integer, sources text)"
        )
        connection.executemany(
            "insert into status values (?, ?, ?, ?, ?)",
            [
                (s["iso3"], s["name"], s["status"], s["in_force"], " ".join(s["sources"]))
                for s in report["states"]
            ],
        )
    port = free_port()
    path = "/peer/status.json?_shape=array&_size=max"
    process = serve(
        [str(datasette), "serve", str(peer), "--port", str(port), *settings],
        dict(os.environ),
        port,
        path,
    )
    try:
        return wrk(port, path, seconds, connections)
    finally:
        process.terminate()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=20)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed for the HTTP part: apt-get install wrk")
    results = Results("status")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        app = fresh_app(workdir)
        db = workdir / "bench.db"
        results.table(("measurement", "median", "p95"), in_process(app))
        one = http_minewatch(db, args.seconds, args.connections, workers=1)
        two = http_minewatch(db, args.seconds, args.connections, workers=2)
        peer = http_datasette(app, workdir, args.seconds, args.connections)
        # Datasette at its fastest: SQL on the event loop, no thread pool (issue 10, P3).
        fastest = http_datasette(
            app, workdir, args.seconds, args.connections, ("--setting", "num_sql_threads", "0")
        )
        rows = [
            ("minewatch /api/v1/status (1 worker)", f"{one:,.0f}"),
            ("minewatch /api/v1/status (2 workers)", f"{two:,.0f}"),
        ]
        if peer is not None:
            rows.append(("Datasette 197-row table as JSON (peer, default)", f"{peer:,.0f}"))
        if fastest is not None:
            rows.append(("Datasette, --setting num_sql_threads 0", f"{fastest:,.0f}"))
        results.add("", f"HTTP, wrk -t2 -c{args.connections} -d{args.seconds}s on loopback:")
        results.table(("server", "requests/s"), rows)
        if peer is not None:
            results.add(
                "",
                f"Ratio minewatch (1 worker) / Datasette: {one / peer:.2f}x; "
                f"(2 workers): {two / peer:.2f}x.",
            )
        if fastest is not None:
            results.add(
                f"Against Datasette at num_sql_threads 0: 1 worker {one / fastest:.2f}x; "
                f"2 workers {two / fastest:.2f}x.",
            )
        app.close()
    results.write()


if __name__ == "__main__":
    main()
