"""Throwaway databases on both backends.

Every storage, service and API test takes ``backend`` and so runs twice: on an embedded SQLite
file and on PostgreSQL + PostGIS (``MINEWATCH_TEST_PG_URL``, default the local server on
127.0.0.1:5432). Each test gets its own copy: a copied file for SQLite, a database cloned from a
template for PostgreSQL, so tests never see each other's writes and never touch real data.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from minewatch.app import App
from minewatch.services.reference import load_reference
from minewatch.settings import Settings
from minewatch.storage.engine import normalise_url
from minewatch.storage.schema import migrate

PG_SERVER_URL = os.environ.get(
    "MINEWATCH_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
BACKENDS = ["sqlite", "postgresql"]
TEST_ACTOR = "test:suite"


def _pg_admin() -> Engine:
    return create_engine(normalise_url(PG_SERVER_URL), isolation_level="AUTOCOMMIT")


def _pg_url(database: str) -> str:
    base = normalise_url(PG_SERVER_URL).rsplit("/", 1)[0]
    return f"{base}/{database}"


@dataclass
class Templates:
    """Prepared databases to copy from: empty (migrated) and loaded (with reference data)."""

    backend: str
    empty: str
    loaded: str
    workdir: Path
    created: list[str]

    def copy(self, which: str) -> str:
        name = f"mwt_{uuid.uuid4().hex[:12]}"
        source = self.empty if which == "empty" else self.loaded
        if self.backend == "sqlite":
            target = self.workdir / f"{name}.db"
            shutil.copy(source, target)
            return str(target)
        engine = _pg_admin()
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{source}"'))
        engine.dispose()
        self.created.append(name)
        return _pg_url(name)


def _prepare(backend: str, workdir: Path) -> Templates:
    suffix = uuid.uuid4().hex[:8]
    if backend == "sqlite":
        empty, loaded = str(workdir / "empty.db"), str(workdir / "loaded.db")
        urls = {"empty": empty, "loaded": loaded}
    else:
        empty, loaded = f"mwt_empty_{suffix}", f"mwt_loaded_{suffix}"
        engine = _pg_admin()
        with engine.connect() as connection:
            for name in (empty, loaded):
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        urls = {"empty": _pg_url(empty), "loaded": _pg_url(loaded)}
    for which, url in urls.items():
        app = App.from_settings(Settings(database_url=url))
        migrate(app.engine)
        if which == "loaded":
            load_reference(app, TEST_ACTOR)
        app.close()
    return Templates(
        backend, empty, loaded, workdir, [] if backend == "sqlite" else [empty, loaded]
    )


class TemplateCache:
    """Builds a backend's templates on first use, so a SQLite-only run never needs PostgreSQL."""

    def __init__(self, workdirs: pytest.TempPathFactory) -> None:
        self._workdirs = workdirs
        self.prepared: dict[str, Templates] = {}

    def __getitem__(self, backend: str) -> Templates:
        if backend not in self.prepared:
            self.prepared[backend] = _prepare(backend, self._workdirs.mktemp(backend))
        return self.prepared[backend]


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TemplateCache]:
    cache = TemplateCache(tmp_path_factory)
    yield cache
    _drop_pg_databases([n for t in cache.prepared.values() for n in t.created])


def _drop_pg_databases(names: list[str]) -> None:
    if not names:
        return
    engine = _pg_admin()
    with engine.connect() as connection:
        for name in names:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _app_from(templates: TemplateCache, backend: str, which: str) -> Iterator[App]:
    url = templates[backend].copy(which)
    app = App.from_settings(Settings(database_url=url))
    try:
        yield app
    finally:
        app.close()


@pytest.fixture
def empty_app(templates: TemplateCache, backend: str) -> Iterator[App]:
    """A migrated database with nothing in it."""
    yield from _app_from(templates, backend, "empty")


@pytest.fixture
def loaded_app(templates: TemplateCache, backend: str) -> Iterator[App]:
    """A database with the shipped reference data loaded, private to this test."""
    yield from _app_from(templates, backend, "loaded")


@pytest.fixture(scope="session")
def sqlite_reference_url(templates: TemplateCache) -> str:
    """A SQLite copy with the reference data, shared read-only by a whole session
    (browser tests serve it)."""
    return templates["sqlite"].copy("loaded")


# Property-based tests (hypothesis, and schemathesis on top of it): derandomized so `make test`
# is repeatable and quick; `make soak` runs the `soak` profile (HYPOTHESIS_PROFILE=soak), which
# takes the case counts in docs/reliability.md. No example database: nothing is written to disk.
def _hypothesis_profiles() -> None:
    # A venv made before hypothesis joined the dev extras lacks it: pip install -e ".[dev]".
    try:
        from hypothesis import HealthCheck, Phase, settings
    except ImportError:
        return
    settings.register_profile(
        "fast",
        max_examples=12,
        derandomize=True,
        database=None,
        deadline=None,
        print_blob=True,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is reported at once
    )
    soak = int(os.environ.get("HYPOTHESIS_EXAMPLES", "700"))  # per property; see Makefile
    # No shrinking (a failure is reported at once, with its reproducer) and no health checks (they
    # re-generate the first examples to time them): a soak's CPU goes to distinct cases.
    settings.register_profile(
        "soak",
        max_examples=soak,
        derandomize=False,
        database=None,
        deadline=None,
        print_blob=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))


_hypothesis_profiles()


@pytest.fixture(scope="session")
def postgresql_reference_url(templates: TemplateCache) -> str:
    """A PostgreSQL copy with the reference data, shared read-only by a whole session (the
    profile browser tests serve it as well as the SQLite one); dropped with the templates."""
    return templates["postgresql"].copy("loaded")
