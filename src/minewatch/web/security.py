"""Security headers on every answer (pages, JSON, static files, errors).

- ``Content-Security-Policy``: scripts only from this site, never inline (pages keep data in
  ``<script type="application/json">`` blocks, which do not run); no plugins; no framing
  (``frame-ancestors 'none'``); forms post only here. MapLibre needs ``blob:`` workers and
  images. No ``'unsafe-eval'`` anywhere: the chart pages evaluate Vega's expressions with
  vega-interpreter (``ast: true``), never with ``Function``.
- ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY`` (for old browsers) and
  ``Referrer-Policy: same-origin`` (a link out does not leak the page's address and query).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minewatch.domain.values import http_url

__all__ = ["CSP", "HEADERS", "SecurityHeaders", "http_url"]

_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "worker-src": "'self' blob:",
    "child-src": "'self' blob:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
CSP = "; ".join(f"{k} {v}" for k, v in _POLICY.items())
HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
}


_ENCODED = tuple(HEADERS.items())


class SecurityHeaders:
    """ASGI middleware: adds each header of HEADERS the answer does not set itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in _ENCODED if k.encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, with_headers)
