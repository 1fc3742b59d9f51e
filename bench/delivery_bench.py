"""Benchmark: what the delivery layer (CSV, ETag/304, gzip, CORS) costs and saves.

    .venv/bin/python bench/delivery_bench.py [--runs 300]

For a few answers, in process through the ASGI app: bytes as JSON and gzipped, the median time
of a plain request, a gzipped one, a 304 revalidation and a CSV one, and the same plain request
against the app without the delivery middlewares (the peer: what every request paid before).
Then, in real headless Chromium against uvicorn: the share of requests a page reload gets back
as 304, and the bytes it moves. Results are printed as Markdown and written to bench/results/.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from fastapi.testclient import TestClient
from playwright.sync_api import Response, sync_playwright

from minewatch.app import App
from minewatch.services.reference import load_reference
from minewatch.settings import Settings
from minewatch.storage.schema import migrate
from minewatch.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
URLS = ["/api/v1/status?as_of=2026-02-03", "/api/v1/sources/1", "/states/USA.json"]
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


def median_ms(client: TestClient, url: str, headers: dict[str, str], runs: int) -> float:
    for _ in range(20):
        client.get(url, headers=headers)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        client.get(url, headers=headers)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def bare_app(app: App) -> Any:
    """The same app without user middlewares: the peer."""
    web = create_app(app)
    web.user_middleware = []
    return web


def in_process(app: App, runs: int) -> list[str]:
    full, bare = TestClient(create_app(app)), TestClient(bare_app(app))
    plain = {"Accept-Encoding": "identity"}
    lines = [
        "| answer | JSON bytes | gzip bytes | ratio | bare | plain | gzip | 304 | CSV |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for url in URLS:
        body = full.get(url, headers=plain)
        with full.stream("GET", url, headers={"Accept-Encoding": "gzip"}) as response:
            packed = b"".join(response.iter_raw())
        assert gzip.decompress(packed) == body.content
        tag = {"If-None-Match": body.headers["etag"]}
        table = "&table=policies" if "USA" in url else ""
        csv_url = url + ("&" if "?" in url else "?") + "format=csv" + table
        times = [
            median_ms(bare, url, plain, runs),
            median_ms(full, url, plain, runs),
            median_ms(full, url, {"Accept-Encoding": "gzip"}, runs),
            median_ms(full, url, tag, runs),
            median_ms(full, csv_url, plain, runs),
        ]
        ratio = len(body.content) / len(packed)
        cells = " | ".join(f"{t:.2f} ms" for t in times)
        lines.append(
            f"| `{url}` | {len(body.content):,} | {len(packed):,} | {ratio:.1f}x | {cells} |"
        )
    return lines


def serve(app: App) -> tuple[str, uvicorn.Server]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(create_app(app), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server


def body_size(response: Response) -> int:
    """Bytes of the body as it crossed the wire (compressed when it was)."""
    return int(response.request.sizes()["responseBodySize"])


def reload_counts(base: str, path: str) -> tuple[int, int, int, int]:
    """(requests, 304s, bytes first load, bytes on reload) for one page in Chromium."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        seen: list[Response] = []
        page.on("response", seen.append)
        page.goto(base + path, wait_until="networkidle")
        time.sleep(1.2)  # Last-Modified is given once its second is over
        first = sum(body_size(r) for r in seen)
        seen.clear()
        page.reload(wait_until="networkidle")
        again = sum(body_size(r) for r in seen)
        counts = (len(seen), sum(r.status == 304 for r in seen), first, again)
        browser.close()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = App.from_settings(Settings(database_url=os.path.join(folder, "bench.db")))
        migrate(app.engine)
        load_reference(app, "bench")
        lines = in_process(app, args.runs)
        base, server = serve(app)
        browser_lines = ["| page | requests on reload | 304 | bytes first load | bytes on reload |"]
        browser_lines.append("|---|---|---|---|---|")
        for path in ("/", "/states/USA", "/overview"):
            total, not_modified, first, again = reload_counts(base, path)
            browser_lines.append(f"| `{path}` | {total} | {not_modified} | {first:,} | {again:,} |")
        server.should_exit = True
        app.close()
    stamp = time.strftime("%Y-%m-%d %H:%M", time.gmtime())
    report = "\n".join(
        [
            f"# Delivery benchmark, {stamp}",
            "",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{sys.version.split()[0]}, SQLite backend. Median of {args.runs} in-process "
            "requests; bare = the same app without the delivery middlewares (the peer).",
            "",
            *lines,
            "",
            "Headless Chromium, page loaded then reloaded (body bytes on the wire):",
            "",
            *browser_lines,
        ]
    )
    print(report)
    out = ROOT / "bench" / "results" / f"delivery-{time.strftime('%Y%m%d-%H%M', time.gmtime())}.md"
    out.write_text(report + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
