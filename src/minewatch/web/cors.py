"""CORS for reading only: other sites may fetch our public data from a browser, never write.

Starlette's ``CORSMiddleware`` answers, for ``GET`` and ``HEAD`` and for preflights that ask
for them, with the origins in ``Settings.cors_origins`` (default ``*``: the data are public).
Everything else passes by without CORS headers, so a browser on another site can neither read
the answer to a write nor send one that needs a preflight. Requests that carry credentials (a
session cookie or an ``Authorization`` header) get no CORS headers either, and
``Access-Control-Allow-Credentials`` is never sent: a logged-in user's answers stay on this
site.
"""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

READ_METHODS = ("GET", "HEAD")
# Headers a cross-site script may send (conditional requests) and read (validators, paging).
ALLOWED_HEADERS = ["Accept", "If-None-Match", "If-Modified-Since"]
EXPOSED_HEADERS = ["ETag", "Last-Modified", "Link", "Content-Disposition"]
PREFLIGHT_MAX_AGE = 86400


class ReadOnlyCORS:
    def __init__(self, app: ASGIApp, origins: list[str]) -> None:
        self.app = app
        self.cors = CORSMiddleware(
            app,
            allow_origins=origins,
            allow_methods=list(READ_METHODS),
            allow_headers=ALLOWED_HEADERS,
            expose_headers=EXPOSED_HEADERS,
            allow_credentials=False,
            max_age=PREFLIGHT_MAX_AGE,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        target = self.cors if scope["type"] == "http" and is_read(scope) else self.app
        await target(scope, receive, send)


def is_read(scope: Scope) -> bool:
    """A credential-free GET/HEAD, or a preflight asking for one."""
    headers = Headers(scope=scope)
    if "cookie" in headers or "authorization" in headers:
        return False
    if scope["method"] == "OPTIONS" and "origin" in headers:
        return headers.get("access-control-request-method", "").upper() in READ_METHODS
    return bool(scope["method"] in READ_METHODS)
