"""Static files (``/static``), gzipped once per file version, not once per request.

The map's first load fetches MapLibre (1.0 MiB) and the Natural Earth base map (0.7 MiB).
Compressing them on every request (Starlette's ``GZipMiddleware``, level 9) cost 0.3 to 2 s of
a first paint on the shared 2-core machine (docs/performance.md, P5). Here ``StaticFiles``
answers as usual (path checks, validators, ranges, 304s); a whole ``200`` of a compressible
type for a client that accepts gzip is compressed at ``GZIP_LEVEL`` and kept, keyed by path and
the file's ETag (its size and modification time), so a rebuilt file is compressed afresh.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from minewatch.web.delivery import (
    GZIP_MIN_BYTES,
    GzipCache,
    accepts_gzip,
    add_vary,
    compressible,
)

CACHE_ENTRIES = 64


class CompressedStatic:
    """An ASGI app serving ``directory`` like ``StaticFiles``, with cached gzip bodies."""

    def __init__(self, directory: Path) -> None:
        self.files = StaticFiles(directory=directory)
        self.gzipped = GzipCache(CACHE_ENTRIES)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not accepts_gzip(Request(scope)):
            await self.files(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.files(scope, receive, capture)
        body = b"".join(chunks)
        headers = MutableHeaders(raw=list(start.get("headers", [])))
        if start.get("status") == 200 and compressible(headers) and len(body) >= GZIP_MIN_BYTES:
            body = self.gzipped.compress((scope["path"], headers.get("etag", "")), body)
            headers["content-encoding"] = "gzip"
            headers["content-length"] = str(len(body))
            add_vary(headers, "Accept-Encoding")
        await send({**start, "headers": headers.raw})
        await send({"type": "http.response.body", "body": body})
