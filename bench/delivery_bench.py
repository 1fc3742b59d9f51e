"""Benchmark: what the delivery layer (CSV, ETag/304, gzip, CORS) costs and saves.

    .venv/bin/python bench/delivery_bench.py [--runs 300]

For a few answers, in process through the ASGI app: bytes as JSON and gzipped, the median time
of a plain request, a gzipped one, a 304 revalidation and a CSV one, and the same plain request
against the app without the delivery middlewares (the peer: what every request paid before).
Then, in real headless Chromium against uvicorn: how many requests a page reload gets back as
304, and the body bytes each load moves. Results go to bench/results/delivery-DATE.md.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path
from typing import Any

import uvicorn
from fastapi.testclient import TestClient
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import Results, free_port, fresh_app, timed, wait_for
from minewatch.app import App
from minewatch.web.app import create_app

URLS = ["/api/v1/status?as_of=2026-02-03", "/api/v1/sources/1", "/states/USA.json"]
PAGES = ["/", "/states/USA", "/overview"]
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
PLAIN = {"Accept-Encoding": "identity"}
GZIP = {"Accept-Encoding": "gzip"}


def bare_app(app: App) -> Any:
    """The same app without its middlewares: the peer."""
    web = create_app(app)
    web.user_middleware = []
    return web


def median(client: TestClient, url: str, headers: dict[str, str], runs: int) -> str:
    return f"{timed(partial(client.get, url, headers=headers), runs=runs).median_ms:.2f} ms"


def in_process(app: App, runs: int) -> list[tuple[str, ...]]:
    full, bare = TestClient(create_app(app)), TestClient(bare_app(app))
    rows: list[tuple[str, ...]] = []
    for url in URLS:
        body = full.get(url, headers=PLAIN)
        with full.stream("GET", url, headers=GZIP) as response:
            packed = b"".join(response.iter_raw())
        assert gzip.decompress(packed) == body.content
        table = "&table=policies" if "USA" in url else ""
        csv_url = url + ("&" if "?" in url else "?") + "format=csv" + table
        tag = {"If-None-Match": body.headers["etag"]}
        rows.append(
            (
                f"`{url}`",
                f"{len(body.content):,}",
                f"{len(packed):,}",
                f"{len(body.content) / len(packed):.1f}x",
                median(bare, url, PLAIN, runs),
                median(full, url, PLAIN, runs),
                median(full, url, GZIP, runs),
                median(full, url, tag, runs),
                median(full, csv_url, PLAIN, runs),
            )
        )
    return rows


class Recorder:
    """An ASGI wrapper noting each response's status and body bytes, as the server sent them."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.seen: list[list[int]] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        entry = [0, 0]
        self.seen.append(entry)

        async def note(message: Any) -> None:
            if message["type"] == "http.response.start":
                entry[0] = message["status"]
            elif message["type"] == "http.response.body":
                entry[1] += len(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, note)


def serve(app: App) -> tuple[str, uvicorn.Server, Recorder]:
    port = free_port()
    recorder = Recorder(create_app(app))
    config = uvicorn.Config(recorder, port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    wait_for(port, "/api/v1/states")
    return f"http://127.0.0.1:{port}", server, recorder


def reload_counts(base: str, path: str, recorder: Recorder) -> tuple[str, ...]:
    """A page loaded, then reloaded: requests, 304s, body bytes the server sent each time."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        recorder.seen.clear()
        page.goto(base + path, wait_until="networkidle")
        first = sum(size for _, size in recorder.seen)
        time.sleep(1.2)  # Last-Modified is given once its second is over
        recorder.seen.clear()
        page.reload(wait_until="networkidle")
        again = recorder.seen
        answer = (
            f"`{path}`",
            str(len(again)),
            str(sum(status == 304 for status, _ in again)),
            f"{first:,}",
            f"{sum(size for _, size in again):,}",
        )
        browser.close()
    return answer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    results = Results("delivery")
    with tempfile.TemporaryDirectory() as folder:
        app = fresh_app(Path(folder))
        results.add("", f"Median of {args.runs} in-process requests; bare = without middlewares.")
        header = ("answer", "JSON B", "gzip B", "ratio", "bare", "plain", "gzip", "304", "CSV")
        results.table(header, in_process(app, args.runs))
        base, server, recorder = serve(app)
        results.add(
            "", "Headless Chromium, a page loaded then reloaded (body bytes the server sent):"
        )
        reloads = ("page", "requests on reload", "304", "bytes, first load", "bytes, reload")
        results.table(reloads, [reload_counts(base, path, recorder) for path in PAGES])
        server.should_exit = True
        app.close()
    results.write()


if __name__ == "__main__":
    main()
