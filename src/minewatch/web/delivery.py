"""What HTTP clients expect, for every GET route at once: one ASGI middleware.

For each ``GET`` or ``HEAD`` (``/static`` keeps its own file handling):

- ``HEAD`` is answered wherever ``GET`` is: the route runs as ``GET`` and the body is dropped;
  the headers, ``Content-Length`` included, are the ones ``GET`` would send.
- CSV: ``?format=csv`` or ``Accept: text/csv`` turns any JSON answer into a CSV table
  (``minewatch.web.tabular``); ``&hxl=1`` adds the HXL hashtag row, ``&table=NAME`` picks one
  of several tables; ``format`` is ``json`` or ``csv`` and ``hxl`` a yes or no (``1``/``0``,
  ``true``/``false``, ``yes``/``no``, ``on``/``off``): anything else is a 400 naming it.
  Pages are asked for their JSON twin first, so every page has a CSV twin.
- Conditional requests: a ``200`` gets a weak ``ETag`` (a hash of the body and its media type)
  and, for anonymous requests, ``Last-Modified``; ``If-None-Match`` (or, without it,
  ``If-Modified-Since``) that still matches gets ``304 Not Modified`` and no body (RFC 9110
  §13). Requests with a token or a session cookie get ``Cache-Control: private``.
- Public answers are kept until a write they depend on (``minewatch.web.answers``): a request
  without credentials whose answer is kept does not run its route.
- gzip: bodies of 1,000 bytes or more in a text-like media type are compressed for clients that
  accept gzip, at level 6, or level 1 from 64 kB up (a map window: a third of its CPU at level
  6). Compressed bodies are kept in a small cache keyed by ETag (256 bodies, 8 MiB), so an
  unchanged answer is compressed once, not per request (``docs/api.md`` has the measurements).

A streamed response (more than one body message) passes through untouched except for ``HEAD``.
Routes need nothing to get all this; ``minewatch.web.openapi`` documents it for every GET.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import re
from collections import OrderedDict
from collections.abc import Hashable, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from minewatch.app import App
from minewatch.domain.errors import InvalidInput, Location
from minewatch.services import sessions
from minewatch.services.clock import utc_now
from minewatch.services.views import write_marks
from minewatch.web.answers import Answer, AnswerCache, answer_key
from minewatch.web.problems import problem_response
from minewatch.web.tabular import pick_table, to_csv
from minewatch.web.templating import first_accepted, render_error, wants_html

Message = MutableMapping[str, Any]
GZIP_MIN_BYTES = 1000
GZIP_LEVEL = 6  # zlib's default: 11x on /api/v1/status at 0.23 ms; level 9 gains 1% for 2.4x time
# Bodies from GZIP_LARGE_BYTES up are compressed at level 1: a map window of 2,000 features
# (482 kB) took 5.5 ms at level 6 (55 kB) and 1.8 ms at level 1 (69 kB), a third of what a
# request cost in all; such answers are mostly unique (a window), so the cache rarely spares it
# (docs/performance.md, P5).
GZIP_LARGE_BYTES = 64 * 1024
GZIP_LARGE_LEVEL = 1
GZIP_CACHE_ENTRIES = 256
GZIP_CACHE_BYTES = 8 * 1024 * 1024  # compressed bytes kept, at most (P7: resident memory)
CSV_TYPE = "text/csv; charset=utf-8"
TRUTHY = {"1", "true", "yes", "on"}
FALSY = {"", "0", "false", "no", "off"}
FORMATS = ("json", "csv")
MARKS_TTL = timedelta(milliseconds=500)


@dataclass(frozen=True)
class Wanted:
    """What the client asked for beyond the route's own answer."""

    csv: bool
    hxl: bool
    table: str | None
    head: bool


def wanted(request: Request) -> Wanted:
    accept = first_accepted(request)
    query = request.query_params
    return Wanted(
        csv=query.get("format") == "csv" or accept == "text/csv",
        hxl=query.get("hxl", "").lower() in TRUTHY,
        table=query.get("table") or None,
        head=request.method == "HEAD",
    )


def file_name(text: str) -> str:
    """A file name safe in a header: letters, digits, ``.``, ``_`` and ``-`` (a path segment may
    hold any character, and a header only Latin-1; ``/api/v1/rollups/ß?format=csv`` was a 500)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text) or "data"


def refused_params(request: Request) -> Buffered | None:
    """A 400 naming the parameter when ``format`` is neither ``json`` nor ``csv`` or ``hxl`` is
    neither a yes (``TRUTHY``) nor a no (``FALSY``), else None: a problem for programs, the
    error page for browsers (``templating.wants_html``)."""
    query = request.query_params
    asked, hxl = query.get("format"), query.get("hxl")
    if asked is not None and asked not in ("", *FORMATS):
        reason, field = f"{asked!r} is not a format: use json or csv", "format"
    elif hxl is not None and hxl.lower() not in TRUTHY | FALSY:
        reason, field = f"{hxl!r} is not a yes or no: use hxl=1 or hxl=0", "hxl"
    else:
        return None
    error = InvalidInput(reason, Location(field=field))
    bad = render_error(request, error) if wants_html(request) else problem_response(error)
    return buffered(bad.status_code, bad.raw_headers, bytes(bad.body))


def inner_scope(scope: Scope, want: Wanted) -> Scope:
    """The request the route sees: ``GET`` for ``HEAD``; JSON asked for when CSV is wanted."""
    inner = dict(scope)
    inner["method"] = "GET"
    if want.csv:
        kept = [(k, v) for k, v in scope["headers"] if k.lower() != b"accept"]
        inner["headers"] = [*kept, (b"accept", b"application/json")]
    return inner


@dataclass(frozen=True)
class Marks:
    """The write marks as last read, when, and when this process first saw them."""

    values: tuple[int, int]
    read_at: datetime
    first_seen: datetime


@dataclass
class Buffered:
    status: int
    headers: MutableHeaders
    body: bytes


def buffered(status: int, raw_headers: list[tuple[bytes, bytes]], body: bytes) -> Buffered:
    return Buffered(status, MutableHeaders(raw=list(raw_headers)), body)


def anonymous(request: Request) -> bool:
    """No API token and no session cookie: the answer is the same for every such caller."""
    has_cookie = request.cookies.get(sessions.COOKIE_NAME) is not None
    return "authorization" not in request.headers and not has_cookie


def add_vary(headers: MutableHeaders, *names: str) -> None:
    present = [v.strip() for v in headers.get("vary", "").split(",") if v.strip()]
    lower = {v.lower() for v in present}
    present += [n for n in names if n.lower() not in lower]
    headers["vary"] = ", ".join(present)


def etag_of(response: Buffered) -> str:
    digest = hashlib.blake2b(response.body, digest_size=16)
    digest.update(response.headers.get("content-type", "").encode())
    return f'W/"{digest.hexdigest()}"'


def _etags(value: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in value.split(",") if tag.strip()}


def not_modified(request: Request, response: Buffered) -> bool:
    """RFC 9110 §13.2.2: If-None-Match (weak comparison) first; If-Modified-Since only without
    it. Both compare against the validators this response carries."""
    none_match = request.headers.get("if-none-match")
    if none_match is not None:
        tags = _etags(none_match)
        own = response.headers.get("etag", "").removeprefix("W/")
        return "*" in tags or own in tags
    since, modified = (
        request.headers.get("if-modified-since"),
        response.headers.get("last-modified"),
    )
    if since is None or modified is None:
        return False
    try:
        return email.utils.parsedate_to_datetime(modified) <= email.utils.parsedate_to_datetime(
            since
        )
    except (TypeError, ValueError):
        return False  # an unreadable date is ignored (RFC 9110 §13.1.3)


def compressible(headers: Headers) -> bool:
    kind = headers.get("content-type", "").split(";")[0].strip().lower()
    if "content-encoding" in headers:
        return False
    return kind.startswith("text/") or any(w in kind for w in ("json", "xml", "javascript"))


def accepts_gzip(request: Request) -> bool:
    for item in request.headers.get("accept-encoding", "").split(","):
        name, _, params = item.strip().partition(";")
        if name.strip().lower() in ("gzip", "*"):
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def validators(request: Request, response: Buffered, modified: datetime | None) -> None:
    """ETag always; Last-Modified when known (anonymous callers); Cache-Control asks caches
    to revalidate, and keeps answers for credentialed callers out of shared caches."""
    headers = response.headers
    add_vary(headers, "Accept")
    headers.setdefault("etag", etag_of(response))
    if not anonymous(request):
        headers.setdefault("cache-control", "private, no-cache")
        return
    headers.setdefault("cache-control", "no-cache")
    if modified is not None:
        headers.setdefault("last-modified", email.utils.format_datetime(modified, usegmt=True))


def as_csv(request: Request, want: Wanted, response: Buffered) -> Buffered:
    """The JSON answer as CSV; a problem (400) when the table to write is unclear."""
    try:
        name, rows = pick_table(orjson.loads(response.body), want.table)
    except InvalidInput as error:
        bad = problem_response(error)
        return buffered(bad.status_code, bad.raw_headers, bytes(bad.body))
    stem = request.url.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".json") or "index"
    headers = MutableHeaders(raw=list(response.headers.raw))
    headers["content-type"] = CSV_TYPE
    headers["content-disposition"] = f'attachment; filename="{file_name(f"{stem}-{name}")}.csv"'
    return Buffered(response.status, headers, to_csv(rows, want.hxl))


class Delivery:
    """The middleware. ``minewatch`` is the App, for the data's last-modified time; ``answers``
    keeps public answers (a fresh one when not given)."""

    def __init__(self, app: ASGIApp, minewatch: App, answers: AnswerCache | None = None) -> None:
        self.app = app
        self.minewatch = minewatch
        self.gzipped = GzipCache(max_bytes=GZIP_CACHE_BYTES, large_level=GZIP_LARGE_LEVEL)
        self.answers = answers if answers is not None else AnswerCache(minewatch)
        self.marks: Marks | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or scope["path"].startswith("/static/")
        ):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        want = wanted(request)
        refused = refused_params(request)
        if refused is not None:
            await respond(send, refused, want.head)
            return
        # Read before the route runs: a write landing meanwhile can only make the time early
        # for the body sent, so the next request gets a 200, never a wrong 304.
        public = anonymous(request)
        modified = await self.last_modified(request) if public else None
        inner = inner_scope(scope, want)

        async def run() -> Answer | None:
            return await self.collect(inner, receive, send, want.head)

        answer = await (self.answers.answer(answer_key(inner), run) if public else run())
        if answer is not None:
            response = Buffered(answer.status, answer.copy_headers(), answer.body)
            self.finish(request, want, response, modified)
            await respond(send, response, want.head)

    async def collect(
        self, scope: Scope, receive: Receive, send: Send, head: bool
    ) -> Answer | None:
        """Run the route, keeping a one-message body; a streamed one is passed on as it comes
        (returns None then)."""
        start: Message = {}
        body: list[bytes] = []
        streaming = False

        async def capture(message: Message) -> None:
            nonlocal streaming
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] != "http.response.body" or streaming:
                await send(_headless(message) if head else message)
            elif message.get("more_body", False):
                streaming = True
                await send(start)
                await send(_headless(message) if head else message)
            else:
                body.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        if streaming or not start:
            return None
        return Answer(start["status"], tuple(start.get("headers", [])), b"".join(body))

    def finish(
        self, request: Request, want: Wanted, response: Buffered, modified: datetime | None
    ) -> None:
        kind = response.headers.get("content-type", "")
        tabular = kind.startswith(("application/json", "application/geo+json"))
        if want.csv and response.status == 200 and tabular:
            replaced = as_csv(request, want, response)
            response.status, response.headers = replaced.status, replaced.headers
            response.body = replaced.body
        if response.status == 200:
            validators(request, response, modified)
            if not_modified(request, response):
                response.status, response.body = 304, b""
                for name in ("content-type", "content-length", "content-disposition"):
                    if name in response.headers:
                        del response.headers[name]
                return
        self.compress(request, response)

    async def last_modified(self, request: Request) -> datetime | None:
        """When the data last changed, as far as this process can vouch for it, or None.

        The time is the moment this process first saw the current write marks (the ledger's
        and the audit log's newest sequence numbers) and never before midnight UTC (answers
        that default ``as_of`` to today change then); stored timestamps are not trusted. HTTP
        dates have whole seconds, so a time is only given once the second in which the marks
        were read is past it: any later write then falls in a later second, and every process
        gives it a later time. The marks are re-read at most every ``MARKS_TTL``, except for an
        ``If-Modified-Since`` request, which is always decided on fresh marks: a stale read can
        only make a time early (one 200 too many), never a wrong 304.
        """
        fresh = "if-modified-since" in request.headers and "if-none-match" not in request.headers
        now = utc_now()
        if fresh or self.marks is None or now - self.marks.read_at > MARKS_TTL:
            values = await run_in_threadpool(self.read_marks)
            first = self.marks.first_seen if self.marks and self.marks.values == values else now
            self.marks = Marks(values, now, first.replace(microsecond=0))
        read = self.marks.read_at
        label = max(self.marks.first_seen, read.replace(hour=0, minute=0, second=0, microsecond=0))
        return label.replace(tzinfo=UTC) if label < read.replace(microsecond=0) else None

    def read_marks(self) -> tuple[int, int]:
        with self.minewatch.engine.connect() as connection:
            return write_marks(connection)

    def compress(self, request: Request, response: Buffered) -> None:
        if response.status == 304 or not compressible(response.headers):
            return
        add_vary(response.headers, "Accept-Encoding")
        if len(response.body) < GZIP_MIN_BYTES or not accepts_gzip(request):
            return
        response.body = self.gzip(response.headers.get("etag"), response.body)
        response.headers["content-encoding"] = "gzip"

    def gzip(self, etag: str | None, body: bytes) -> bytes:
        return self.gzipped.compress(etag, body)


class GzipCache:
    """gzip bodies kept by a key that names their content (an ETag), least recently used out
    first, at most ``entries`` bodies and ``max_bytes`` compressed bytes; a body without a key is
    compressed every time. Bodies of ``GZIP_LARGE_BYTES`` or more are compressed at
    ``large_level`` (the middleware's: ``GZIP_LARGE_LEVEL``), smaller ones at ``GZIP_LEVEL``."""

    def __init__(
        self,
        entries: int = GZIP_CACHE_ENTRIES,
        max_bytes: int | None = None,
        large_level: int = GZIP_LEVEL,
    ) -> None:
        self.entries = entries
        self.max_bytes = max_bytes
        self.large_level = large_level
        self._kept: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._kept)

    @property
    def kept_bytes(self) -> int:
        """Compressed bytes kept now."""
        return self._bytes

    def level(self, size: int) -> int:
        """The gzip level a body of ``size`` bytes is compressed at."""
        return self.large_level if size >= GZIP_LARGE_BYTES else GZIP_LEVEL

    def compress(self, key: Hashable | None, body: bytes) -> bytes:
        if key is None:
            return gzip.compress(body, self.level(len(body)), mtime=0)
        found = self._kept.get(key)
        if found is None:
            found = gzip.compress(body, self.level(len(body)), mtime=0)
            if self.max_bytes is not None and len(found) > self.max_bytes:
                return found  # never kept: it would push out everything else
            self._kept[key] = found
            self._bytes += len(found)
            while len(self._kept) > self.entries or (
                self.max_bytes is not None and self._bytes > self.max_bytes
            ):
                _, dropped = self._kept.popitem(last=False)
                self._bytes -= len(dropped)
        self._kept.move_to_end(key)
        return found


def _headless(message: Message) -> Message:
    if message["type"] != "http.response.body":
        return message
    return {**message, "body": b""}


async def respond(send: Send, response: Buffered, head: bool) -> None:
    if response.status != 304:
        response.headers["content-length"] = str(len(response.body))
    await send(
        {"type": "http.response.start", "status": response.status, "headers": response.headers.raw}
    )
    await send({"type": "http.response.body", "body": b"" if head else response.body})
