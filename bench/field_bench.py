"""Benchmarks of the field layers (issue 10, P1 P2 P4 P5 P7), each beside its peer in the same
run, on seeded synthetic data (bench/field_data.py; labelled synthetic).

    python bench/field_bench.py [--victims N] [--points N] [--hazards N] [--only P1,P5]
    python bench/field_bench.py --only P1,P2 --backend postgresql [--victims N] [--points N]
    python bench/field_bench.py --seed-p2 DIR --points N   (then --only P2 --seeded DIR)

- P1 import of N victim rows from CSV, every row validated, into a fresh SQLite database, vs
  pandas ``read_csv().to_sql`` (validates nothing) and DuckDB ``read_csv`` into a table; each
  contender runs in its own process and reports its peak RSS (ru_maxrss, interpreter included).
- P2 assigning N accident points to 3,000 admin polygons, stored (the admin-area import places
  the points already held: its placing step and the roll-up rows that step moves), vs a bare
  shapely STRtree (polygons parsed from WKB, tree built, points made, ``query(points,
  predicate="within")``); on PostgreSQL also the same ``ST_Contains`` join in the server with
  nothing stored. ``--seeded`` copies a database of the same accidents instead of importing them.
- P4 the casualty roll-up year x state x civilian/military over the P1 victims (minewatch reads
  its write-time roll-ups) vs DuckDB ``GROUP BY`` over the same rows.
- P5 the field map of N hazard polygons served by ``minewatch serve``: in headless Chromium,
  first contentful paint and the map's first ``idle`` with the features drawn, on a first and a
  second visit; and /field/features.json p95 and server CPU per kind of window.
- P7 ``minewatch serve`` resident memory with the P1 victims held, after a round of pages.

Ratios are printed as "minewatch relative to the peer" in the direction of the goal. Timing
goals live here, never in the tests. Results go to bench/results/ (and docs/performance.md).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.field_data import (  # noqa: E402
    EAST,
    NORTH,
    SOUTH,
    WEST,
    accidents_csv,
    admin_grid,
    hazards_csv,
    victims_csv,
)
from bench.harness import Results, free_port, fresh_app, wait_for  # noqa: E402

ACTOR = "bench:synthetic"
PG_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres"  # as tests/conftest.py


# --- children: one contender per process, so peak memory is its own -------------------------
def child(kind: str, csv_path: str, target: str) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    server = ServerCpu()  # PostgreSQL: the server's CPU for this contender's connections
    server_cpu = 0.0
    if kind == "minewatch":
        from minewatch.app import App
        from minewatch.services.field_import import import_files, resolve_mapping
        from minewatch.services.reference import load_reference
        from minewatch.settings import Settings
        from minewatch.storage.schema import migrate

        if target.startswith("postgresql"):
            app = App.from_settings(Settings(database_url=target))
            migrate(app.engine)
            load_reference(app, ACTOR)
        else:
            app = fresh_app(Path(target), loaded=True)  # a real database holds the treaty data
        server.watch(app.engine)
        start, cpu = time.perf_counter(), time.process_time()  # the import alone
        import_files(app, [Path(csv_path)], resolve_mapping("victims", None, None), actor=ACTOR)
        server_cpu = server.used()
        app.close()
    elif kind == "pandas":
        import pandas as pd

        if target.startswith("postgresql"):
            from sqlalchemy import create_engine

            from minewatch.storage.engine import normalise_url

            engine = create_engine(normalise_url(target))
            server.watch(engine)
            pd.read_csv(csv_path).to_sql("victims", engine, index=False)
            server_cpu = server.used()
            engine.dispose()
        else:
            with sqlite3.connect(target) as connection:
                pd.read_csv(csv_path).to_sql("victims", connection, index=False)
    elif kind == "duckdb":
        import duckdb

        with duckdb.connect(target) as connection:
            connection.execute(f"create table victims as select * from read_csv('{csv_path}')")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu + server_cpu
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rss_mb": rss_mb}))


class ServerCpu:
    """The CPU seconds PostgreSQL's backend processes spent for one engine's connections (the
    server runs on this machine: /proc/<backend pid>/stat), counted from ``watch``: on
    PostgreSQL most of an import's work is the server's, which the client's own CPU time
    leaves out."""

    def __init__(self) -> None:
        self.pids: set[int] = set()
        self._start: dict[int, float] = {}

    def watch(self, engine: Any) -> None:
        from sqlalchemy import event

        if engine.dialect.name != "postgresql":
            return
        engine.dispose()  # connections opened from now on are seen, and counted from zero

        def opened(dbapi_connection: Any, _record: Any) -> None:
            self.pids.add(int(dbapi_connection.info.backend_pid))

        event.listen(engine, "connect", opened)

    def used(self) -> float:
        """CPU seconds of the watched backends so far (read before the engine closes them)."""
        tick = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for pid in self.pids:
            with contextlib.suppress(OSError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        return total


@contextlib.contextmanager
def pg_database(server_url: str, name: str) -> Iterator[str]:
    """A new, empty PostgreSQL database (PostGIS enabled by the migrations) on the server at
    ``server_url``, dropped afterwards; yields its URL."""
    from sqlalchemy import create_engine, text

    from minewatch.storage.engine import normalise_url

    admin = create_engine(normalise_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{server_url.rsplit('/', 1)[0]}/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run_child(kind: str, csv_path: Path, target: Path | str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(csv_path), str(target)],
        check=False,
        capture_output=True,
        text=True,
    )
    if out.returncode:
        raise RuntimeError(f"{kind} failed:\n{out.stderr[-3000:]}")
    found: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


# --- P1 ---------------------------------------------------------------------------------------
def p1(workdir: Path, n: int, results: Results, backend: str = "sqlite") -> None:
    csv_path = victims_csv(workdir / "victims.csv", n)
    (workdir / "mw").mkdir()
    if backend == "postgresql":
        server = os.environ.get("MINEWATCH_BENCH_PG_URL", PG_SERVER_URL)
        with pg_database(server, "minewatch_bench_p1") as url:
            mw = run_child("minewatch", csv_path, url)
        with pg_database(server, "minewatch_bench_p1_pandas") as url:
            pdx = run_child("pandas", csv_path, url)
    else:
        mw = run_child("minewatch", csv_path, workdir / "mw")
        pdx = run_child("pandas", csv_path, workdir / "pandas.db")
    duck = run_child("duckdb", csv_path, workdir / "victims.duckdb")
    where = (
        "PostgreSQL (minewatch and pandas; CPU = client + server backends; DuckDB into its "
        "own file)"
        if backend == "postgresql"
        else "SQLite"
    )
    results.add("", f"## P1 import of {n:,} victim rows from CSV (synthetic; {where})", "")
    results.table(
        ("contender", "seconds", "CPU seconds", "rows/s", "peak RSS MB"),
        [
            (
                name,
                f"{r['seconds']:.2f}",
                f"{r['cpu']:.2f}",
                f"{n / r['seconds']:,.0f}",
                f"{r['rss_mb']:.0f}",
            )
            for name, r in (
                ("minewatch import (every row validated, ledger, roll-ups)", mw),
                ("pandas read_csv + to_sql (validates nothing)", pdx),
                ("DuckDB read_csv into a table", duck),
            )
        ],
    )
    results.add(
        "",
        f"Speed relative to pandas: {pdx['seconds'] / mw['seconds']:.2f}x (goal >= 1.1x); "
        f"to DuckDB: {duck['seconds'] / mw['seconds']:.3f}x (goal >= 0.5x); "
        f"minewatch peak RSS {mw['rss_mb']:.0f} MB (goal < 500 MB). By CPU time (what a shared "
        f"machine distorts least): {pdx['cpu'] / mw['cpu']:.2f}x pandas, "
        f"{duck['cpu'] / mw['cpu']:.3f}x DuckDB (DuckDB may use several threads).",
    )


# --- P4 ---------------------------------------------------------------------------------------
def p4(workdir: Path, n: int, results: Results) -> None:
    import duckdb
    from sqlalchemy import func, select

    from bench.harness import timed
    from minewatch.app import App
    from minewatch.settings import Settings
    from minewatch.storage.field_tables import field_rollups as rollups

    app = App.from_settings(Settings(database_url=str(workdir / "mw" / "bench.db")))
    category = func.substr(
        rollups.c.metric, 12, func.instr(func.substr(rollups.c.metric, 12), ":") - 1
    )
    query = (
        select(rollups.c.year, rollups.c.iso3, category, func.sum(rollups.c.value))
        .where(rollups.c.metric.like("casualties:%"))
        .group_by(rollups.c.year, rollups.c.iso3, category)
    )

    def ours() -> list[Any]:
        with app.engine.connect() as connection:
            return list(connection.execute(query))

    duck = duckdb.connect(str(workdir / "victims.duckdb"), read_only=True)
    peer_sql = "select year(date) y, iso3, category, count(*) from victims group by all"

    def peer() -> list[Any]:
        found: list[Any] = duck.execute(peer_sql).fetchall()
        return found

    mine = {(int(y), i, c): int(v) for y, i, c, v in ours()}
    theirs = {(int(y), i, c): int(v) for y, i, c, v in peer()}
    assert mine == theirs, "the roll-up and DuckDB disagree"
    t_ours, t_peer = timed(ours, runs=50, warmup=3), timed(peer, runs=50, warmup=3)
    results.add("", f"## P4 casualty roll-up year x state x category over {n:,} victims", "")
    results.table(
        ("contender", "median ms", "p95 ms"),
        [
            ("minewatch (write-time roll-ups)", f"{t_ours.median_ms:.2f}", f"{t_ours.p95_ms:.2f}"),
            ("DuckDB GROUP BY over the rows", f"{t_peer.median_ms:.2f}", f"{t_peer.p95_ms:.2f}"),
        ],
    )
    results.add(
        "",
        f"{len(mine)} groups, identical in both. minewatch time / DuckDB time: "
        f"{t_ours.median_ms / t_peer.median_ms:.2f}x (goal <= 2x).",
    )
    # The same figures at a past moment (a report reproduced as published): recomputed from
    # the rows as they stood (services.field_rollups.scan_rollups), not read from the table.
    from minewatch.services.clock import utc_now
    from minewatch.services.field_rollups import rollup_report, scan_rollups

    moment = utc_now()
    with app.engine.connect() as connection:
        start = time.perf_counter()
        scanned = scan_rollups(connection, known_at=moment)
        t_all = time.perf_counter() - start
        start = time.perf_counter()
        rollup_report(connection, "COL", known_at=moment)
        t_col = time.perf_counter() - start
    kept = {k: v for k, v in scanned.items() if k[3].startswith("casualties:")}
    assert sum(kept.values()) == sum(mine.values()), "the past-moment scan disagrees"
    results.add(
        "",
        f"At a past known_at (the rows re-read as they stood, no kept table): every state "
        f"{t_all * 1000:,.0f} ms ({t_all * 1000 / t_peer.median_ms:.0f}x DuckDB's scan); "
        f"one state's report (COL, through the iso3 index) {t_col * 1000:,.0f} ms.",
    )
    _p4_sources(app, n, results)
    app.close()
    duck.close()


def _p4_sources(app: Any, n: int, results: Results) -> None:
    """The sources a profile names beside its field figures: read from the write-time
    ``field_rollup_sources`` vs found from the rows (distinct cited sources of COL's victims)."""
    from sqlalchemy import select

    from bench.harness import timed
    from minewatch.services.field_rollups import rollup_report, rollup_sources
    from minewatch.storage.field_tables import layer_tables
    from minewatch.storage.tables import citations

    victims = layer_tables["victims"]
    scan = (
        select(citations.c.source_id)
        .distinct()
        .join(victims, victims.c.seq == citations.c.record_seq)
        .where(victims.c.iso3 == "COL", victims.c.superseded_by.is_(None))
    )
    with app.engine.connect() as connection:
        kept = {s["source_id"] for v in rollup_sources(connection, "COL").values() for s in v}
        assert kept == set(connection.execute(scan).scalars()), "the kept sources disagree"
        t_kept = timed(lambda: rollup_sources(connection, "COL"), runs=200, warmup=5)
        t_report = timed(lambda: rollup_report(connection, "COL"), runs=20, warmup=2)
        t_scan = timed(lambda: list(connection.execute(scan)), runs=3, warmup=1)
    results.add(
        "",
        f"Sources of COL's figures over {n:,} victims ({len(kept)} found): from the write-time "
        f"field_rollup_sources {t_kept.median_ms:.2f} ms median (p95 {t_kept.p95_ms:.2f}); "
        f"from the rows (distinct cited sources) {t_scan.median_ms:,.0f} ms; the whole "
        f"roll-up report with its sources {t_report.median_ms:.1f} ms.",
    )


# --- P2 ---------------------------------------------------------------------------------------
def p2(
    workdir: Path,
    n: int,
    results: Results,
    backend: str = "sqlite",
    seeded: Path | None = None,
) -> None:
    """P2 on ``backend``. ``seeded``: a directory holding ``bench.db``, a SQLite database of
    these ``n`` accidents imported by this same path (``seed_p2``), copied instead of importing
    them again (the accidents' import is not P2; at 1M it takes ~5 CPU minutes)."""
    grid = admin_grid(workdir / "admin.geojson", 3000)
    points = accidents_csv(workdir / "accidents.csv", n)
    directory = workdir / "p2"
    directory.mkdir()
    if backend == "postgresql":
        server = os.environ.get("MINEWATCH_BENCH_PG_URL", PG_SERVER_URL)
        with pg_database(server, "minewatch_bench_p2") as url:
            _p2(url, grid, points, n, results, None)
    else:
        _p2(str(directory / "bench.db"), grid, points, n, results, seeded)


def seed_p2(n: int, directory: Path) -> None:
    """``directory``/bench.db: ``n`` synthetic accidents imported as P2 imports them (for
    ``--seeded``)."""
    from minewatch.services.field_import import import_files, resolve_mapping

    directory.mkdir(parents=True, exist_ok=True)
    points = accidents_csv(directory / "accidents.csv", n)
    app = fresh_app(directory, loaded=False)
    import_files(app, [points], resolve_mapping("accidents", None, None), actor=ACTOR)
    app.close()


def _p2(url: str, grid: Path, points: Path, n: int, results: Results, seeded: Path | None) -> None:
    import shutil

    import numpy as np
    import shapely
    from pyogrio.raw import read
    from sqlalchemy import text

    from minewatch.app import App
    from minewatch.services import layers
    from minewatch.services.field_import import import_files, resolve_mapping
    from minewatch.settings import Settings
    from minewatch.storage.schema import migrate

    if seeded is not None:
        shutil.copyfile(seeded / "bench.db", url)
        seed = f"copied from {seeded} (the same {n:,} accidents, imported by this path before)"
    app = App.from_settings(Settings(database_url=url))
    migrate(app.engine)
    postgresql = app.engine.dialect.name == "postgresql"
    server = ServerCpu()
    server.watch(app.engine)
    if seeded is None:
        # The accidents' own import (every row validated, ledger, roll-ups): not P2, but what
        # a 1M run must do first; its CPU and wall are reported beside P2.
        start, used, served = time.perf_counter(), time.process_time(), server.used()
        import_files(app, [points], resolve_mapping("accidents", None, None), actor=ACTOR)
        seed_wall, seed_cpu = time.perf_counter() - start, time.process_time() - used
        seed_cpu += server.used() - served
        seed = (
            f"imported first (CSV, every row validated, ledger, roll-ups; not timed in P2): "
            f"{seed_wall:.1f} s wall, {seed_cpu:.1f} s CPU ({n / seed_cpu:,.0f} rows per CPU "
            "second)"
        )
    # The admin-area import places the points already held (services.layers.place_unassigned:
    # STRtree / ST_Contains, the rows' codes stored) and moves their roll-ups (the deltas it
    # computes, written by the writer's add_to_rollups right after): time those two steps.
    if postgresql:
        from minewatch.storage.spatial.postgis import PostGISSpatial as Spatial
    else:
        from minewatch.storage.spatial.sqlite import SQLiteSpatial as Spatial  # type: ignore[assignment]

    timings: list[float] = []
    cpu: list[float] = []
    original, add = layers.place_unassigned, Spatial.add_to_rollups
    started: list[tuple[float, float]] = []

    def timed_place(connection: Any, deltas: Any) -> int:
        started.append((time.perf_counter(), time.process_time() + server.used()))
        return original(connection, deltas)

    def timed_add(self: Any, connection: Any, deltas: Any) -> None:
        add(self, connection, deltas)
        if started:  # the roll-ups of the rows just placed
            start, used = started.pop()
            timings.append(time.perf_counter() - start)
            cpu.append(time.process_time() + server.used() - used)

    layers.place_unassigned = timed_place
    Spatial.add_to_rollups = timed_add  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        summary = import_files(app, [grid], resolve_mapping("admin-areas", None, None), actor=ACTOR)
        whole = time.perf_counter() - start
    finally:
        layers.place_unassigned = original
        Spatial.add_to_rollups = add  # type: ignore[method-assign]
    # A point exactly on a shared cell edge is in no cell's interior (contains, not touches).
    placed = summary.counts.placed
    assert placed >= n * 0.999, summary.counts
    ours = sum(timings)
    native: tuple[float, float] | None = None
    if postgresql:
        # The same join in the server, nothing stored: PostGIS's own floor for this placement.
        with app.engine.connect() as connection:
            start, used = time.perf_counter(), time.process_time() + server.used()
            connection.execute(
                text(
                    "SELECT count(*) FROM (SELECT DISTINCT ON (h.seq) h.seq, a.pcode "
                    "FROM field_accidents h JOIN field_admin_areas a "
                    "ON ST_Contains(a.geom, ST_PointOnSurface(h.geom)) "
                    "WHERE h.superseded_by IS NULL AND a.superseded_by IS NULL "
                    "ORDER BY h.seq, a.level DESC NULLS LAST, a.seq) AS found"
                )
            ).scalar_one()
            native = (
                time.perf_counter() - start,
                time.process_time() + server.used() - used,
            )
    app.close()

    wkb = read(grid)[2]
    raw = np.loadtxt(points, delimiter=",", skiprows=1, usecols=(7, 8))

    def peer() -> None:
        # What any placement must do with stored polygons and coordinates already in memory:
        # parse the polygons, build the tree, make the points, query.
        tree = shapely.STRtree(shapely.from_wkb(wkb))
        tree.query(shapely.points(raw), predicate="within")

    start, used = time.perf_counter(), time.process_time()
    peer()
    t_peer, cpu_peer = time.perf_counter() - start, time.process_time() - used
    where = "PostgreSQL + PostGIS; CPU = client + server backend" if postgresql else "SQLite"
    results.add(
        "",
        f"## P2 assigning {n:,} accident points to 3,000 admin polygons ({placed:,} placed; "
        f"{where})",
        "",
    )
    rows: list[tuple[str, ...]] = [
        (
            "minewatch: placing the points held, codes stored, roll-ups moved and written",
            f"{ours:.2f}",
            f"{sum(cpu):.2f}",
        ),
        (
            "bare shapely STRtree: parse polygons, build tree, make points, query (in memory)",
            f"{t_peer:.3f}",
            f"{cpu_peer:.3f}",
        ),
    ]
    if native is not None:
        rows.append(
            (
                "bare PostGIS: the same ST_Contains join in the server, nothing stored",
                f"{native[0]:.3f}",
                f"{native[1]:.3f}",
            )
        )
    results.table(("contender", "seconds", "CPU seconds"), rows)
    results.add(
        "",
        f"(the whole admin-area import: {whole:.2f} s). minewatch / STRtree: {ours / t_peer:.1f}x "
        f"(goal <= 1.2x); by CPU time {sum(cpu) / cpu_peer:.1f}x."
        + (
            f" minewatch / bare PostGIS join: {ours / native[0]:.1f}x wall, "
            f"{sum(cpu) / native[1]:.1f}x CPU."
            if native
            else ""
        ),
        "",
        f"The {n:,} accidents: {seed}. Load average when P2 ended: "
        f"{' '.join(Path('/proc/loadavg').read_text().split()[:3])}.",
    )


# --- P5 and P7: minewatch serve ---------------------------------------------------------------
def serve(db: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    env = {**os.environ, "MINEWATCH_DATABASE_URL": str(db)}
    command = [str(ROOT / ".venv/bin/minewatch"), "serve", "--port", str(port)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for(port, "/field.json")
    return process, port


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# P7's round of pages and API calls (bench/serve_memory.py starts from the same round).
P7_PAGES = (
    "/",
    "/states",
    "/states/COL",
    "/field",
    "/api/v1/rollups/COL",
    "/api/v1/layers/victims?limit=100",
    "/field/features.json?layer=accidents",
)


def p7(workdir: Path, n: int, results: Results) -> None:
    import httpx

    process, port = serve(workdir / "mw" / "bench.db")
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for path in P7_PAGES:
                client.get(path).raise_for_status()
        resident = rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait()
    results.add("", f"## P7 minewatch serve with {n:,} victims held", "")
    results.add(
        f"Resident memory after a round of pages and API calls: {resident:.0f} MB (goal < 200 MB)."
    )


def p5(workdir: Path, n: int, results: Results) -> None:
    import httpx

    from minewatch.services.field_import import import_files, resolve_mapping

    directory = workdir / "p5"
    directory.mkdir()
    app = fresh_app(directory, loaded=False)
    start = time.perf_counter()
    import_files(
        app,
        [hazards_csv(workdir / "hazards.csv", n)],
        resolve_mapping("hazards", None, None),
        actor=ACTOR,
    )
    imported = time.perf_counter() - start
    app.close()
    # The floor: the same page with 10 hazards (MapLibre, the base map, the page), same run.
    floor_dir = workdir / "p5-floor"
    floor_dir.mkdir()
    floor_app = fresh_app(floor_dir, loaded=False)
    import_files(
        floor_app,
        [hazards_csv(workdir / "hazards-10.csv", 10)],
        resolve_mapping("hazards", None, None),
        actor=ACTOR,
    )
    floor_app.close()
    process, port = serve(floor_dir / "bench.db")
    try:
        floor = first_paint(f"http://127.0.0.1:{port}")
    finally:
        process.terminate()
        process.wait()
    process, port = serve(directory / "bench.db")
    base = f"http://127.0.0.1:{port}"
    try:
        paints = first_paint(base)
        windows = request_times(base, process.pid)
    finally:
        process.terminate()
        process.wait()
    results.add("", f"## P5 field map of {n:,} hazard polygons (import took {imported:.0f} s)", "")
    results.add(
        "First paint in headless Chromium (software WebGL), 5 first visits, seconds since "
        "navigation start (goal < 1 s):",
        "",
    )
    results.table(
        ("hazards", "first contentful paint", "hazards drawn", "drawn, second visit"),
        [
            (f"{size:,}", *(_spread(x) for x in (got.fcp, got.drawn, got.drawn_again)))
            for size, got in ((n, paints), (10, floor))
        ],
    )
    results.add(
        "",
        "Median [worst]. Hazards drawn: the map's first idle with the first window's features "
        "set (when the page marks itself ready). The 10-hazard page is the floor: the page, "
        "MapLibre, the base map and software WebGL.",
        "",
    )
    results.table(
        (
            "/field/features.json?layer=hazards window",
            "features",
            "median ms",
            "p95 ms",
            "server CPU ms/request",
        ),
        [
            (name, str(count), f"{med:.1f}", f"{p95:.1f}", f"{cpu:.1f}")
            for name, count, med, p95, cpu in windows
        ],
    )
    results.add(
        "",
        "Goal: p95 < 50 ms. Server CPU: the server process's user + system time over the "
        "measured requests, per request (what the answer costs, whatever else the machine runs).",
    )
    del httpx


# Chromium's own start-up work that is not the page's: the new headless mode preloads the
# omnibox popup's WebUI in a renderer of its own, ~2 s of CPU on the shared cores during the
# first load of every new window (seen in a trace). A user's browser has it running already.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup",
]
# When the page first sets data-field-ready (field-map.js: the map's first idle with a window's
# features set), in ms since navigation start; read with first-contentful-paint (the page's
# first text). An init script, as the page's CSP allows no evaluated script of its own.
WATCH_DRAWN = """new MutationObserver(() => {
  if (!window.__fieldDrawn && document.body && document.body.hasAttribute("data-field-ready"))
    window.__fieldDrawn = performance.now();
}).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-field-ready"] });"""
PAINT_TIMES = """() => ({
  fcp: (performance.getEntriesByName("first-contentful-paint")[0] || {}).startTime,
  drawn: window.__fieldDrawn,
})"""


@dataclass(frozen=True)
class Paints:
    """Per load, in seconds: first contentful paint and hazards drawn, on a first visit (a new
    browser context: nothing cached) and on a second visit in the same context."""

    fcp: list[float]
    drawn: list[float]
    drawn_again: list[float]


def first_paint(base: str, loads: int = 5) -> Paints:
    from playwright.sync_api import Page, sync_playwright

    def load(page: Page) -> dict[str, float]:
        page.add_init_script(WATCH_DRAWN)
        page.goto(base + "/field")
        while not page.get_attribute("body", "data-field-ready"):
            page.wait_for_timeout(10)
        found: dict[str, float] = page.evaluate(PAINT_TIMES)
        return found

    found = Paints([], [], [])
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for _ in range(loads):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            first = load(context.new_page())
            again = load(context.new_page())
            context.close()
            found.fcp.append(first["fcp"] / 1000)
            found.drawn.append(first["drawn"] / 1000)
            found.drawn_again.append(again["drawn"] / 1000)
        browser.close()
    return found


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} [{max(values):.2f}]"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (/proc/PID/stat, clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def request_times(base: str, pid: int) -> list[tuple[str, int, float, float, float]]:
    import random

    import httpx

    rng = random.Random(5)

    def window(span: float, zoom: float) -> dict[str, str]:
        x = rng.uniform(WEST, EAST - span)
        y = rng.uniform(SOUTH, NORTH - span)
        return {
            "layer": "hazards",
            "bbox": f"{x},{y},{x + span},{y + span * 0.6}",
            "zoom": str(zoom),
        }

    kinds: list[tuple[str, Callable[[], dict[str, str]]]] = [
        (
            "whole area, zoom 5 (capped at 2,000)",
            lambda: {"layer": "hazards", "bbox": f"{WEST},{SOUTH},{EAST},{NORTH}", "zoom": "5"},
        ),
        ("4 degree window, zoom 7 (capped, counted each time)", lambda: window(4.0, 7)),
        ("1 degree window, zoom 9", lambda: window(1.0, 9)),
        ("0.1 degree window, zoom 12", lambda: window(0.1, 12)),
    ]
    rows = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, params in kinds:
            samples, counts = [], []
            for i in range(60):
                if i == 10:  # after the warm-up
                    cpu_start = cpu_seconds(pid)
                start = time.perf_counter()
                response = client.get("/field/features.json", params=params())
                # Until the whole answer is in (read and un-gzipped), not the bench's own parse
                # of it (~10 ms for 700 KB, counted until 2026-11-30 15:00).
                samples.append((time.perf_counter() - start) * 1000)
                counts.append(response.json()["numberReturned"])
            cpu_ms = (cpu_seconds(pid) - cpu_start) * 1000 / 50
            samples = samples[10:]  # warm-up
            samples.sort()
            rows.append(
                (
                    name,
                    int(statistics.median(counts)),
                    statistics.median(samples),
                    samples[int(len(samples) * 0.95)],
                    cpu_ms,
                )
            )
    return rows


def versions() -> str:
    from importlib.metadata import version

    chromium = subprocess.run(
        ["/usr/bin/chromium", "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    names = ("minewatch", "pandas", "duckdb", "shapely", "sqlalchemy", "uvicorn", "playwright")
    return (
        "Versions: "
        + ", ".join(f"{n} {version(n)}" for n in names)
        + f", {chromium}; SQLite {sqlite3.sqlite_version}."
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--victims", type=int, default=1_000_000, help="P1, P4, P7 (issue: 1M; P4 asks 10M)"
    )
    parser.add_argument(
        "--points", type=int, default=1_000_000, help="P2 accident points (issue: 1M)"
    )
    parser.add_argument(
        "--hazards", type=int, default=100_000, help="P5 hazard polygons (issue: 100k)"
    )
    parser.add_argument("--only", default="P1,P2,P4,P5,P7")
    parser.add_argument(
        "--backend",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="P1 and P2: into PostgreSQL (MINEWATCH_BENCH_PG_URL, default the tests' "
        "server); P1 compares with pandas to_sql into PostgreSQL",
    )
    parser.add_argument(
        "--seeded",
        type=Path,
        help="P2 on SQLite: copy DIR/bench.db (made by --seed-p2 DIR with the same --points) "
        "instead of importing the accidents again",
    )
    parser.add_argument(
        "--seed-p2", type=Path, help="only build DIR/bench.db for a later --seeded run"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    chosen = set(args.only.upper().split(","))
    if args.backend == "postgresql" and not chosen <= {"P1", "P2"}:
        parser.error("--backend postgresql measures P1 and P2 only: add --only P1,P2")
    if args.seed_p2:
        seed_p2(args.points, args.seed_p2)
        return
    results = Results("field", backend="PostgreSQL" if args.backend == "postgresql" else "SQLite")
    results.add("", versions(), "", "All data synthetic (bench/field_data.py, seeded).")
    with tempfile.TemporaryDirectory() as tmp:
        try:
            run(Path(tmp), args, chosen, results)
        finally:
            results.write()  # what was measured, even when a later part failed


def run(workdir: Path, args: argparse.Namespace, chosen: set[str], results: Results) -> None:
    if chosen & {"P1", "P4", "P7"}:
        p1(workdir, args.victims, results, args.backend)
    if "P4" in chosen:
        p4(workdir, args.victims, results)
    if "P7" in chosen:
        p7(workdir, args.victims, results)
    if "P2" in chosen:
        p2(workdir, args.points, results, args.backend, args.seeded)
    if "P5" in chosen:
        p5(workdir, args.hazards, results)


if __name__ == "__main__":
    main()
