"""A real HTTP server for tests that need one: uvicorn in a background thread on a free
127.0.0.1 port (browser tests, and independent clients such as GDAL reading /ogc)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import uvicorn

from minewatch.app import App
from minewatch.web.app import create_app


@contextmanager
def live_server(served_app: App) -> Iterator[str]:
    """``with live_server(app) as base:`` serves ``app`` at ``base`` (``http://127.0.0.1:PORT``)
    until the block ends."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(served_app), log_level="warning", lifespan="off")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def server_process(database_url: str) -> Iterator[str]:
    """uvicorn (as ``minewatch serve`` runs it) in its own process on a free 127.0.0.1 port, serving
    ``database_url``, until the block ends; yields the base URL. For clients that hold the GIL
    while they wait on the network (GDAL through pyogrio), which would starve a server thread."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    env = {**os.environ, "MINEWATCH_DATABASE_URL": database_url}
    command = [sys.executable, "-m", "uvicorn", "minewatch.web.main:web", "--port", str(port)]
    command += ["--host", "127.0.0.1", "--log-level", "warning"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/ogc/conformance", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    _, errors = process.communicate(timeout=5)
                    pytest.fail(f"the server did not start: {errors.decode()[-2000:]}")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
