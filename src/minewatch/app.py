"""The one application object: settings plus the database, built once and handed to the CLI,
the web app and the tests. Nothing else holds global state."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from minewatch.settings import Settings
from minewatch.storage.cache import ReadCache
from minewatch.storage.engine import make_engine


@dataclass
class App:
    settings: Settings
    engine: Engine
    # Read views, each keyed by the record kinds it reads (storage/cache.py): a write to a kind,
    # from any process, rebuilds only the views that read it.
    read_cache: ReadCache = field(default_factory=ReadCache)
    # Small per-process values that are costly to derive (e.g. the session signing key).
    caches: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> App:
        settings = settings or Settings()
        return cls(settings=settings, engine=make_engine(settings.database_url))

    def close(self) -> None:
        self.engine.dispose()
