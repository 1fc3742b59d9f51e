"""The read side's cache: what was built from the ledger, kept until a record of a kind it read
is written.

Every entry names the record kinds it was built from. The ledger's ``seq`` grows with every
write (from any process); ``observe`` reads its maximum (one indexed lookup) and, when it moved,
which kinds were written since the last look (a range scan over the new rows only). An entry is
valid while none of its kinds was written after the generation it was built at, so a write to
one kind leaves the others' entries in place. ``observe`` also notes which states' records of
each kind were written (every state any version of a written record names, so a record moved
from one state to another counts for both): a reader that used only some states' records of a
kind (``get(..., states=...)``) depends on those (kind, state) parts, not on the whole kind.

- **Single flight.** When many readers miss the same entry at once, one builds it and the others
  wait for that build; readers of other entries never wait for it (the lock is held only for
  dictionary work, never while building or querying).
- **Refreshed, not rebuilt.** An entry given a ``refresh`` is brought up to date from its last
  value and the generation that value was built at (reading only what was written since), so
  the cost of the first read after a write follows the write, not the size of the data.
- **No personal data.** An entry built from a personal kind (``domain.kinds``) is refused:
  personal records are read per request, for the user asking, and never shared.
- **Bounded.** At most ``max_entries`` entries, least recently used first out.
- **What an answer read.** Inside ``tracking()``, every entry handed out adds its kinds to the
  ``Reads`` it yields, and any other query on a ``watch``ed engine marks it ``untracked``: a
  response cache (``web/answers.py``) then knows which writes can change an answer, or that
  any write can. Queries made while building an entry, inside ``reading(kinds)``, or while
  observing the generation, are described by kinds, so they do not count as untracked.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, event, func, select

from minewatch.domain.kinds import SPECS, Kind, Sensitivity
from minewatch.storage.tables import records

T = TypeVar("T")


# Built once: constructing a statement costs more than running it on an indexed column.
_GENERATION = select(func.coalesce(func.max(records.c.seq), 0))


def generation(connection: Connection) -> int:
    """The highest record ``seq`` written so far (0 for an empty ledger)."""
    return int(connection.execute(_GENERATION).scalar_one())


Part = tuple[str, str | None]  # (kind, ISO3 or None): the records of one kind about one state


def parts_written(connection: Connection, after: int, upto: int) -> set[Part]:
    """The (kind, state) of every version of each record written with ``after < seq <= upto``:
    the new versions' and their earlier versions', whose state a record may have left."""
    touched = select(records.c.record_id).where(records.c.seq > after, records.c.seq <= upto)
    query = select(records.c.kind, records.c.iso3).where(records.c.record_id.in_(touched))
    return {(str(k), s) for k, s in connection.execute(query.distinct())}


@dataclass
class Reads:
    """What one piece of work read: the kinds of the cache entries it was handed, and whether it
    also queried the database some other way (then only "no write at all" vouches for it)."""

    kinds: set[str] = field(default_factory=set)
    parts: set[Part] = field(default_factory=set)  # (kind, state) read, where not the whole kind
    untracked: bool = False


_reads: ContextVar[Reads | None] = ContextVar("minewatch_reads", default=None)
_described: ContextVar[bool] = ContextVar("minewatch_described", default=False)


@contextmanager
def tracking() -> Iterator[Reads]:
    """Note what the code run inside reads (threads started with a copy of this context, as
    Starlette's thread pool does, note into the same ``Reads``)."""
    reads = Reads()
    token = _reads.set(reads)
    try:
        yield reads
    finally:
        _reads.reset(token)


@contextmanager
def described() -> Iterator[None]:
    """Queries inside are accounted for by kind (an entry's build) or read no data (the
    generation): they do not make the current ``Reads`` untracked."""
    token = _described.set(True)
    try:
        yield
    finally:
        _described.reset(token)


@contextmanager
def reading(kinds: Iterable[str]) -> Iterator[None]:
    """Queries inside read only records of ``kinds`` and what is kept with them (a field layer's
    rows, its roll-ups): the current ``Reads`` then depends on those kinds, not on every write.
    A read that says less than it reads serves stale answers: name every kind."""
    _note(frozenset(str(k) for k in kinds))
    with described():
        yield


def watch(engine: Engine) -> None:
    """Let ``tracking`` see the queries run on ``engine``."""
    event.listen(engine, "before_cursor_execute", _queried)


def _queried(*_args: Any) -> None:
    reads = _reads.get()
    if reads is not None and not _described.get():
        reads.untracked = True


def _note(kinds: frozenset[str], states: Iterable[str] | None = None) -> None:
    reads = _reads.get()
    if reads is None:
        return
    if states is None:
        reads.kinds.update(kinds)
    else:
        reads.parts.update((kind, state) for kind in kinds for state in states)


class PersonalDataNotCacheable(ValueError):
    """A programming error: a shared cache entry would hold personal records."""


@dataclass
class _Entry:
    kinds: frozenset[str]
    built_at: int
    value: Any
    refreshable: bool = False  # kept when stale: the next read refreshes it from its value


@dataclass
class _Flight:
    done: threading.Event = field(default_factory=threading.Event)
    value: Any = None
    error: BaseException | None = None


class ReadCache:
    """One per App; safe to share between threads. ``builds`` counts builds per key."""

    def __init__(self, max_entries: int = 64) -> None:
        self.max_entries = max_entries
        self.builds: Counter[Hashable] = Counter()
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, _Entry] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        self._seen: int | None = None
        self._written: dict[str, int] = {}
        self._parts_written: dict[Part, int] = {}

    def observe(self, connection: Connection, now: int | None = None) -> int:
        """The ledger's generation now (or ``now``, a generation the caller just read on this
        connection); notes which kinds were written since the last look."""
        with described():
            now = generation(connection) if now is None else now
        with self._lock:
            seen = self._seen
            if seen is None or now <= seen:
                self._seen = now if seen is None else seen
                return now
        with described():
            written = parts_written(connection, seen, now)
        with self._lock:
            for part in written:
                self._parts_written[part] = max(self._parts_written.get(part, 0), now)
            for kind in {kind for kind, _ in written}:
                self._written[kind] = max(self._written.get(kind, 0), now)
            self._seen = max(self._seen or 0, now)
        return now

    def get(
        self,
        key: Hashable,
        kinds: Iterable[str],
        at: int,
        build: Callable[[], T],
        refresh: Callable[[T, int], T] | None = None,
        states: Iterable[str] | None = None,
    ) -> T:
        """The entry ``key`` if still valid, else ``build()`` once for every concurrent caller.
        ``at`` is the generation ``observe`` returned before the caller's build reads anything.
        ``refresh(value, built_at)``, where given, replaces ``build`` when a stale entry is held:
        it must return what ``build()`` would, reading only records written after ``built_at``.
        ``states``: the caller uses only these states' records from the entry, so the current
        ``Reads`` depends on those (kind, state) parts, not on the whole kinds (a caller that
        says fewer states than it uses is served stale answers).
        PersonalDataNotCacheable for a personal kind."""
        tags = _shareable(kinds)
        _note(tags, None if states is None else tuple(states))
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and self._valid(entry):
                self._entries.move_to_end(key)
                return entry.value  # type: ignore[no-any-return]
            flight = self._flights.get(key)
            leader = flight is None
            if flight is None:
                flight = self._flights[key] = _Flight()
        if not leader:
            followed: T = self._follow(flight)
            return followed
        if entry is not None and refresh is not None:
            stale, since = entry.value, entry.built_at
            return self._lead(key, tags, at, lambda: refresh(stale, since), flight, True)
        return self._lead(key, tags, at, build, flight, refresh is not None)

    def _lead(
        self,
        key: Hashable,
        tags: frozenset[str],
        at: int,
        build: Callable[[], T],
        flight: _Flight,
        refreshable: bool,
    ) -> T:
        try:
            with described():
                value = build()
        except BaseException as exc:
            flight.error = exc
            raise
        else:
            flight.value = value
            with self._lock:
                self.builds[key] += 1
                self._entries[key] = _Entry(tags, at, value, refreshable)
                self._entries.move_to_end(key)
                self._evict()
            return value
        finally:
            with self._lock:
                self._flights.pop(key, None)
            flight.done.set()

    @staticmethod
    def _follow(flight: _Flight) -> Any:
        flight.done.wait()
        if flight.error is not None:
            raise flight.error
        return flight.value

    def changed_since(self, kinds: Iterable[str], at: int, parts: Iterable[Part] = ()) -> bool:
        """Whether a record of one of ``kinds``, or of one of the (kind, state) ``parts``, was
        written after generation ``at``, as far as the last ``observe`` saw (call it first: it
        is what makes a write visible here)."""
        with self._lock:
            if any(self._written.get(str(k), 0) > at for k in kinds):
                return True
            return any(self._parts_written.get(p, 0) > at for p in parts)

    def _valid(self, entry: _Entry) -> bool:
        return all(self._written.get(k, 0) <= entry.built_at for k in entry.kinds)

    def _evict(self) -> None:
        stale = [k for k, e in self._entries.items() if not e.refreshable and not self._valid(e)]
        for key in stale:
            del self._entries[key]
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)


def _shareable(kinds: Iterable[str]) -> frozenset[str]:
    tags = frozenset(str(k) for k in kinds)
    personal = sorted(k for k in tags if SPECS[Kind(k)].sensitivity is Sensitivity.PERSONAL)
    if personal:
        raise PersonalDataNotCacheable(f"personal kinds are never cached: {', '.join(personal)}")
    return tags
