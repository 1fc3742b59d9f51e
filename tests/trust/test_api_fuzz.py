"""F14: schemathesis against ``/openapi.json``, in process, on both backends.

Every operation of the document gets schema-valid (positive) and schema-breaking (negative)
requests, sent with an admin token holding every scope so the write and review routes run. Each
answer must pass schemathesis' ``not_a_server_error``, ``status_code_conformance``,
``content_type_conformance`` and ``response_schema_conformance``; around every case that got a
4xx, the row count of every table must be unchanged (no partial write). The number of cases per
operation and mode is the hypothesis profile's ``max_examples`` (tests/conftest.py: ``fast`` in
``make test``, ``soak`` in ``make soak``). Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import contextlib
import weakref
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.failures import Failure, FailureGroup
from schemathesis.core.result import Err
from schemathesis.generation import GenerationMode
from schemathesis.python.asgi import get_client
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import Engine, MetaData, Table, func, select

from minewatch.app import App
from minewatch.services.accounts import Role
from minewatch.web.app import create_app
from tests.evidence.helpers import FINLAND, add_claim, token_for
from tests.support.soak_report import append_fuzz_report

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def every_table(engine: Engine) -> list[Table]:
    """Every table of the database, reflected (so a new table is counted too), but PostGIS's
    reference table, which nothing writes."""
    tables = MetaData()
    tables.reflect(engine)
    return [t for name, t in sorted(tables.tables.items()) if name != "spatial_ref_sys"]


@dataclass(frozen=True)
class RowCounter:
    """Rows per table of one database, in one query. The tables are reflected and the query is
    compiled once, when the counter is made: a fuzz case then costs one round trip, where
    reflecting and compiling per case cost more than many a case's request."""

    engine: Engine
    names: tuple[str, ...]
    sql: str

    def __call__(self) -> dict[str, int]:
        """``{table name: rows}`` for every table, now."""
        with self.engine.connect() as connection:
            row = connection.exec_driver_sql(self.sql).one()
        return {name: int(n) for name, n in zip(self.names, row, strict=True)}


_COUNTERS: weakref.WeakKeyDictionary[Engine, RowCounter] = weakref.WeakKeyDictionary()


def row_counter(engine: Engine) -> RowCounter:
    """The counter of ``engine``'s tables (``every_table``), made on first use. The schema does
    not change under a test (migrations run when its database is made), so one per engine."""
    if engine not in _COUNTERS:
        tables = every_table(engine)
        query = select(*(select(func.count()).select_from(t).scalar_subquery() for t in tables))
        sql = str(query.compile(engine, compile_kwargs={"literal_binds": True}))
        _COUNTERS[engine] = RowCounter(engine, tuple(t.name for t in tables), sql)
    return _COUNTERS[engine]


@dataclass
class Tally:
    cases: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    server_errors: int = 0
    partial_writes: list[str] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)


# Seconds one in-process request may take before the case fails as a hang. schemathesis' default
# (10 s) failed a soak on the shared box: `GET /api/v1/states?limit=2000&hxl=true` took longer
# while the test process had about 5% of a core, and passed when hypothesis re-ran it.
PATIENCE = 120


def fuzz(app: App, examples: int) -> Tally:
    """Run every operation of the app's document, ``examples`` cases per generation mode."""
    add_claim(app, FINLAND)
    scopes = ["records:write", "review:write", "admin"]
    headers = {"Authorization": f"Bearer {token_for(app, 'fuzzer', Role.ADMIN, scopes)}"}
    web = create_app(app)

    async def server(scope: Any, receive: Any, send: Any) -> None:
        """As uvicorn does: a bug has already been answered 500 by Starlette; swallow the
        re-raised exception so the check sees the 500."""
        with contextlib.suppress(Exception):
            await web(scope, receive, send)

    schema = schemathesis.openapi.from_asgi("/openapi.json", server)
    # One in-process client for every case (schemathesis makes one per call otherwise); its
    # cookies are cleared before each case, so no case sees a session another one logged into.
    client = get_client(server).__enter__()
    tally = Tally()
    counts = row_counter(app.engine)
    counted = {"tables": counts()}
    for result in schema.get_all_operations():
        if isinstance(result, Err):
            raise result.err()  # an operation of the document schemathesis cannot read
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=examples,
                phases=[Phase.generate],  # no shrinking: the first 5xx stops the run
                suppress_health_check=list(HealthCheck),
                deadline=None,
            )
            def one(case: Any) -> None:
                tally.cases += 1
                client.cookies.clear()
                response = case.call(headers=headers, session=client, timeout=PATIENCE)
                tally.statuses[response.status_code] += 1
                if response.status_code >= 500:  # the first one stops the run: its reproducer
                    tally.server_errors += 1
                    raise AssertionError(
                        f"server error {response.status_code} from {case.operation.label}:\n"
                        f"{response.text[:2000]}\n{case.as_curl_command()}"
                    )
                after = counts()
                if 400 <= response.status_code < 500 and after != counted["tables"]:
                    tally.partial_writes.append(case.as_curl_command())
                counted["tables"] = after
                try:
                    case.validate_response(response, checks=CHECKS)
                except (Failure, FailureGroup) as failure:  # each distinct failure is kept
                    key = f"{case.operation.label} {response.status_code}"
                    tally.failures.setdefault(key, f"{failure}\n{case.as_curl_command()}")

            one()
            print(
                f"\nschemathesis: {operation.label} {mode.value}: {tally.cases} cases so far, "
                f"statuses {dict(sorted(tally.statuses.items()))}",
                flush=True,
            )
            append_fuzz_report(
                "schemathesis",
                backend=app.engine.dialect.name,
                operation=operation.label,
                mode=mode.value,
                cases=tally.cases,
                server_errors=tally.server_errors,
                partial_writes=len(tally.partial_writes),
                failures=len(tally.failures),
            )
    client.__exit__(None, None, None)
    return tally


# Per operation and mode: the profile's count, at most 1,000 (37 operations, HEAD included, on
# 30 November: 37 x 2 modes x 1,000 = 74,000 cases per backend in `make soak`; ~25 ms of CPU a
# case, about half an hour of a core per backend).
MOST = 1000


def test_the_api_holds_to_its_document_under_fuzzing(loaded_app: App, backend: str) -> None:
    examples = min(settings().max_examples, MOST)
    tally = fuzz(loaded_app, examples)
    print(
        f"\nschemathesis {backend}: {tally.cases} cases ({examples} per operation and mode), "
        f"{tally.server_errors} server errors, {len(tally.partial_writes)} partial writes, "
        f"statuses {dict(sorted(tally.statuses.items()))}"
    )
    assert tally.cases >= 20 * examples
    assert not tally.failures, "\n\n".join(f"{k}: {v}" for k, v in tally.failures.items())
    assert tally.server_errors == 0
    assert tally.partial_writes == []
    assert tally.statuses[201] + tally.statuses[200] > 0
