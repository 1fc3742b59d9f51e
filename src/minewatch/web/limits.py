"""Request-body limits (docs/api.md): a JSON API body may hold at most ``MAX_JSON_BODY`` bytes,
a form (login, review, logout) at most ``MAX_FORM_BODY``; more is refused with 413
``payload_too_large`` before any handler reads it. The declared ``Content-Length`` is checked
first; a body sent without one (chunked) is counted as it arrives.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from minewatch.domain.errors import InvalidInput, MinewatchError, PayloadTooLarge
from minewatch.web.problems import problem_response

MAX_JSON_BODY = 1024 * 1024
MAX_FORM_BODY = 64 * 1024
_NO_BODY = {"GET", "HEAD", "OPTIONS"}


def limit_for(path: str) -> int:
    return MAX_JSON_BODY if path.startswith("/api/") else MAX_FORM_BODY


class BodyLimit:
    """ASGI middleware: refuses over-limit bodies, then replays the (bounded) body it read."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in _NO_BODY:
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["path"])
        try:
            body = await _read(scope, receive, limit)
        except MinewatchError as error:
            await problem_response(error)(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def _read(scope: Scope, receive: Receive, limit: int) -> bytes:
    declared = dict(scope["headers"]).get(b"content-length")
    if declared is not None:
        if not declared.isdigit():
            raise InvalidInput("Content-Length is not a number")
        if int(declared) > limit:
            raise PayloadTooLarge("the request body", limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge("the request body", limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)
