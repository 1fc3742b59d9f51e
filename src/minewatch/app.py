"""The one application object: settings plus the database, built once and handed to the CLI,
the web app and the tests. Nothing else holds global state."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from minewatch.settings import Settings
from minewatch.storage.engine import make_engine


@dataclass
class App:
    settings: Settings
    engine: Engine
    # Read caches keyed by the ledger's generation, so a write from any process invalidates them.
    caches: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> App:
        settings = settings or Settings()
        return cls(settings=settings, engine=make_engine(settings.database_url))

    def close(self) -> None:
        self.engine.dispose()
