"""Public answers kept until a write they depend on: the route runs once per change, not once
per reader.

Only anonymous ``GET``/``HEAD`` requests (no API token, no session cookie: the answer is the
same for every such caller) read and fill this cache; a request with credentials always runs
its route and its answer is never kept, so a public caller can never be handed an answer made
for a signed-in one, nor the reverse.

- **Key**: the request as the route sees it (scheme, host, path, query string, ``Accept``,
  ``HX-Request``) and today's date (answers default ``as_of`` to today).
- **Valid while**: the route's reads are tracked (``storage/cache.tracking``). An answer built
  only from read-view entries is kept until a record of one of their kinds is written (of one
  of the states it read, where it read only some states' records of a kind: a write to
  Estonia's stockpile figures keeps Finland's profile); an answer that also queried the
  database directly is kept until anything is written (the ledger's or
  the audit log's newest sequence number moves). Validity is checked against the database on
  every request, before the answer is used: a write acknowledged to anyone, by any process, is
  in the next answer (no stale read after an acknowledged write).
- **Once**: concurrent misses of one key at the same write marks share one run of the route.
- **Kept**: ``200`` answers without ``Set-Cookie`` or ``Cache-Control: private``/``no-store``;
  at most ``MAX_ENTRIES`` answers and ``MAX_BYTES`` bytes, least recently used out first.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import Scope

from minewatch.app import App
from minewatch.services.clock import utc_now
from minewatch.services.views import write_marks
from minewatch.storage.cache import Part, described, tracking

MAX_ENTRIES = 1024
MAX_BYTES = 16 * 1024 * 1024  # was 64 MiB: map windows filled it (P7, docs/performance.md)
# Request headers a route's answer may depend on (besides the URL); see the module docstring.
KEYED_HEADERS = ("accept", "hx-request")


@dataclass(frozen=True)
class Answer:
    """A route's answer as it left the route: status, raw headers, body."""

    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes

    def copy_headers(self) -> MutableHeaders:
        return MutableHeaders(raw=list(self.headers))


@dataclass(frozen=True)
class _Kept:
    answer: Answer
    kinds: frozenset[str] | None  # None: any write changes it
    parts: frozenset[Part]  # (kind, state) it read, where it did not read the whole kind
    marks: tuple[int, int]  # (ledger generation, audit head) read before the route ran


def answer_key(scope: Scope) -> Hashable:
    """What the route's answer depends on in the request, plus today's date."""
    headers = Headers(scope=scope)
    return (
        scope.get("scheme", "http"),
        headers.get("host", ""),
        scope["path"],
        scope.get("query_string", b""),
        *(headers.get(name, "") for name in KEYED_HEADERS),
        utc_now().date(),
    )


def keepable(answer: Answer) -> bool:
    if answer.status != 200:
        return False
    headers = Headers(raw=list(answer.headers))
    control = headers.get("cache-control", "").lower()
    return "set-cookie" not in headers and "private" not in control and "no-store" not in control


class AnswerCache:
    """One per web app. ``runs`` counts the route runs made through it (a test's witness)."""

    def __init__(self, minewatch: App) -> None:
        self.minewatch = minewatch
        self.runs = 0
        self._kept: OrderedDict[Hashable, _Kept] = OrderedDict()
        self._bytes = 0
        self._flights: dict[tuple[Hashable, tuple[int, int]], asyncio.Future[Answer | None]] = {}

    def __len__(self) -> int:
        return len(self._kept)

    async def answer(
        self, key: Hashable, run: Callable[[], Awaitable[Answer | None]]
    ) -> Answer | None:
        """The kept answer for ``key`` if no write it depends on happened, else ``run()`` (shared
        by concurrent callers at the same marks). None: the route streamed its answer."""
        marks = await run_in_threadpool(self._observe)
        kept = self._kept.get(key)
        if kept is not None and self._valid(kept, marks):
            self._kept.move_to_end(key)
            return kept.answer
        flight = self._flights.get((key, marks))
        if flight is not None:
            shared = await asyncio.shield(flight)
            # None: the route streamed (a stream cannot be shared) or its request was cancelled.
            return shared if shared is not None else await run()
        flight = self._flights[(key, marks)] = asyncio.get_running_loop().create_future()
        try:
            with tracking() as reads:
                self.runs += 1
                answer = await run()
        except asyncio.CancelledError:
            flight.set_result(None)  # this request was cancelled, not theirs: they run it
            raise
        except BaseException as error:
            flight.set_exception(error)
            flight.exception()  # retrieved: followers re-raise it, nobody else must
            raise
        else:
            flight.set_result(answer)
            if answer is not None and keepable(answer):
                kinds = None if reads.untracked else frozenset(reads.kinds)
                self._keep(key, _Kept(answer, kinds, frozenset(reads.parts), marks))
            return answer
        finally:
            del self._flights[(key, marks)]

    def _observe(self) -> tuple[int, int]:
        with self.minewatch.engine.connect() as connection, described():
            marks = write_marks(connection)
            self.minewatch.read_cache.observe(connection, marks[0])
            return marks

    def _valid(self, kept: _Kept, marks: tuple[int, int]) -> bool:
        if kept.kinds is None:
            return kept.marks == marks
        return not self.minewatch.read_cache.changed_since(kept.kinds, kept.marks[0], kept.parts)

    def _keep(self, key: Hashable, kept: _Kept) -> None:
        old = self._kept.pop(key, None)
        if old is not None:
            self._bytes -= len(old.answer.body)
        size = len(kept.answer.body)
        if size > MAX_BYTES // 8:
            return  # one answer may not push out most of the others
        self._kept[key] = kept
        self._bytes += size
        while len(self._kept) > MAX_ENTRIES or self._bytes > MAX_BYTES:
            _, out = self._kept.popitem(last=False)
            self._bytes -= len(out.answer.body)
