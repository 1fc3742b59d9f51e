"""Privacy scan: every public output, fetched anonymously from a database seeded with personal
data, holds no personal field and no account name.

Seeded: victims (identity mapping) with personal fields (age, place, ethnicity, activity,
consent) and a name in an extra column, some of them marked public; claims ingested, accepted
and rejected by a reviewer whose account name is an e-mail address, an analyst's direct write,
an admin. Then fetched without credentials:

- every public GET route of the app, walked from its route table (as
  ``test_access_matrix`` does) with sample values for each path parameter (every state
  with data, every source and record seeded here and the first of each reference kind, every
  layer, every form, every download, every OGC collection and feature), and each JSON answer
  again as ``?format=csv`` and ``?format=csv&hxl=1``; a public route not reached fails the test,
  so a new route is covered without editing this file (a new path parameter needs its samples
  in ``_samples``);
- the field map's windows (every map layer, several boxes and zooms) and record sources;
- every file in ``/downloads/minewatch-data.zip``;
- every field export with ``--public`` (every layer × GeoJSON, CSV, XLSX, GeoPackage);
- the reports: the roll-up report (JSON and CSV, as ``minewatch rollup`` writes it).

Searched for in each: the personal values and the names, in the text (zip, XLSX and GeoPackage
unpacked); the personal field names and per-record victim ``sex`` as keys of any JSON object
or CSV column; account names and e-mail addresses. 0 found.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.exports import EXPORT_FORMATS
from minewatch.domain.field import LAYERS
from minewatch.services import ingest, ogc, review
from minewatch.services.accounts import Role
from minewatch.services.claims import saved_claims
from minewatch.services.field_export import FORMATS, export_layer
from minewatch.services.field_import import import_files, resolve_mapping
from minewatch.services.field_map import MAP_LAYERS
from minewatch.services.field_rollups import rollup_report
from minewatch.storage.tables import records, sources, states
from minewatch.web.app import create_app
from tests.evidence.helpers import token_for
from tests.trust.test_access_matrix import PUBLIC, PUBLIC_OR_LIVE, RULES, route_table

REVIEWER = "ximena.qzxreviewer@example.org"
ANALYST = "qzxanalyst"
ADMIN = "qzxadmin"
INGESTER = "qzxingester"
IMPORTER = "qzximporter"
ACCOUNTS = [REVIEWER, ANALYST, ADMIN, INGESTER, IMPORTER, "test:suite", "example.org"]
VICTIM_NAMES = ["Qzxmaria Fernanda Qzxlopez", "Qzxjuan Qzxperez"]
INFORMANT = ["Qzxinformant Qzxgomez", "+57 300 555 0199"]
PERSONAL_VALUES = ["Vereda Qzxroble", "Qzxembera", "Qzxfarming", *VICTIM_NAMES, *INFORMANT]
# (``place`` is personal for victims only: an accident's place is published; the victims'
# place values are searched for as text.)
PERSONAL_KEYS = {"age", "activity", "ethnicity", "consent_authorities", "consent_ngos"}
PERSONAL_KEYS |= {"sex", "attributes", "informant_name", "informant_phone", "nombre"}
PERSONAL_KEYS |= {"recorded_by", "reviewer"}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


def _seed(app: App, tmp: Path) -> None:
    docs = tmp / "docs"
    docs.mkdir()
    for i, state in enumerate(["Belarus", "Ukraine", "Chad", "Angola"]):
        (docs / f"story{i}.txt").write_text(
            f"DATE: 2024-03-1{i}\n{state} news\n{state} destroyed {100 + i} stockpiled "
            f"anti-personnel mines on 3 March 2023. Two civilians were killed by a landmine "
            f"near the border in {state} on 4 May 2024.\n"
        )
    ingest.ingest(app, sorted(docs.glob("*.txt")), INGESTER)
    for role, name in ((Role.REVIEWER, REVIEWER), (Role.ANALYST, ANALYST), (Role.ADMIN, ADMIN)):
        token_for(app, name, role, ["records:write"] if role is Role.ANALYST else [])
    with app.engine.connect() as connection:
        waiting = sorted(saved_claims(connection), key=lambda r: r.record_id)
    for n, claim in enumerate(waiting):
        decision = review.Decision.ACCEPT if n % 3 else review.Decision.REJECT
        reason = "" if n % 3 else f"rejected by {REVIEWER}"
        verdict = review.Verdict(decision, claim.version, reason)
        review.decide(app, claim.record_id, verdict, REVIEWER if n % 2 else ADMIN)
    victims = tmp / "victims.csv"
    columns = "reference,iso3,date,x,y,sex,age,age_band,outcome,category,place,ethnicity,"
    columns += "activity,consent_authorities,consent_ngos,is_public,admin1,admin2,nombre"
    rows = [columns]
    for i in range(6):
        rows.append(
            f"v{i},COL,2021-0{1 + i}-15,{-75.1 - i / 10},{6.2 + i / 10},"
            f"{('male', 'female')[i % 2]},{41 + i},adult,{('killed', 'injured')[i % 2]},"
            f"civilian,{PERSONAL_VALUES[0]},{PERSONAL_VALUES[1]},{PERSONAL_VALUES[2]},"
            f"true,false,{('true', 'false')[i % 2 == 1]},ANTIOQUIA,GRANADA,"
            f"{VICTIM_NAMES[i % 2]}"
        )
    victims.write_text("\n".join(rows) + "\n")
    import_files(app, [victims], resolve_mapping("victims", None, None), actor=IMPORTER)
    hazards = tmp / "hazards.csv"
    square = "POLYGON((-75.2 6.1,-75.1 6.1,-75.1 6.2,-75.2 6.2,-75.2 6.1))"
    hazards.write_text(
        "reference,iso3,hazard_type,is_public,wkt,informant_name,informant_phone\n"
        f'h1,COL,SHA,true,"{square}",{INFORMANT[0]},{INFORMANT[1]}\n'
        f'h2,COL,CHA,false,"{square}",{INFORMANT[0]},{INFORMANT[1]}\n'
    )
    import_files(app, [hazards], resolve_mapping("hazards", None, None), actor=IMPORTER)
    accidents = tmp / "accidents.csv"
    accidents.write_text(
        "reference,iso3,date,x,y,place,killed,injured,is_public\n"
        "a1,COL,2021-02-15,-75.15,6.15,El Roble,1,1,true\n"
        "a2,COL,2021-03-15,-75.16,6.16,La Loma,0,2,false\n"
    )
    import_files(app, [accidents], resolve_mapping("accidents", None, None), actor=IMPORTER)


@pytest.fixture
def seeded(loaded_app: App, tmp_path: Path) -> Iterator[tuple[App, TestClient]]:
    _seed(loaded_app, tmp_path)
    with TestClient(create_app(loaded_app)) as client:
        yield loaded_app, client


def _samples(app: App, client: TestClient) -> dict[str, list[str]]:
    """Every value a path parameter can usefully take in the seeded database."""
    with app.engine.connect() as connection:
        # Everything seeded here, and the first few of each kind of the reference data.
        seeded = sources.c.recorded_by != "test:suite"
        source_ids = [str(i) for i in connection.execute(select(sources.c.id)).scalars()]
        source_ids = [i for n, i in enumerate(source_ids) if n < 5] + [
            str(i) for i in connection.execute(select(sources.c.id).where(seeded)).scalars()
        ]
        per_kind: dict[str, list[str]] = {}
        for record_id, kind, by in connection.execute(
            select(records.c.record_id, records.c.kind, records.c.recorded_by)
        ).all():
            held = per_kind.setdefault(kind, [])
            if record_id not in held and (by != "test:suite" or len(held) < 3):
                held.append(record_id)
        record_ids = sorted({r for held in per_kind.values() for r in held})
        field_kinds = [str(spec.kind) for spec in LAYERS.values()]
        field_ids = sorted(
            set(
                connection.execute(
                    select(records.c.record_id).where(records.c.kind.in_(field_kinds))
                ).scalars()
            )
        )
        stated = set(connection.execute(select(records.c.iso3)).scalars()) - {None}
        iso3s = sorted(stated & set(connection.execute(select(states.c.iso3)).scalars()))
    downloads = client.get("/downloads.json").json()
    paths = [d["csv"][len("/downloads/") : -len(".csv")] for d in downloads["datasets"]]
    forms = [f["file"].removesuffix(".xlsx") for f in client.get("/forms.json").json()["forms"]]
    return {
        "iso3": [*iso3s, "COL"],
        "source_id": source_ids,
        "record_id": record_ids,
        "layer": [*LAYERS, "admin-areas"],
        "fmt": list(EXPORT_FORMATS),  # /downloads/field/{layer}.{fmt}: every format of a layer
        "name": forms,
        "path": paths,
        "collectionId": list(ogc.COLLECTIONS),
        "featureId": field_ids,  # every field record, in every collection
    }


class Finder:
    """Collects every place a needle was found: (where, what)."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []
        self.scanned = 0

    def text(self, where: str, body: str) -> None:
        self.scanned += 1
        lowered = body.lower()
        for needle in [*PERSONAL_VALUES, *ACCOUNTS]:
            if needle.lower() in lowered:
                self.found.append((where, needle))
        for address in EMAIL.findall(body):
            if not address.endswith(("@example.com",)) and "qzx" in address.lower():
                self.found.append((where, address))
        self._structure(where, body)

    def _structure(self, where: str, body: str) -> None:
        stripped = body.lstrip()
        if stripped.startswith(("{", "[")):
            with contextlib.suppress(ValueError):
                self._keys(where, json.loads(body))
            return
        header = next(csv.reader(io.StringIO(body)), [])
        if len(header) > 1:
            names = {c.rsplit(".", 1)[-1] for c in header}
            for key in names & PERSONAL_KEYS:
                self.found.append((where, f"column {key}"))

    def _keys(self, where: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in PERSONAL_KEYS:
                    self.found.append((where, f"key {key}"))
                self._keys(where, inner)
        elif isinstance(value, list):
            for inner in value:
                self._keys(where, inner)

    def binary(self, where: str, content: bytes) -> None:
        if content[:2] == b"PK":  # zip: xlsx, the data package
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                for name in archive.namelist():
                    self.binary(f"{where}!{name}", archive.read(name))
            return
        if content.startswith(b"SQLite format 3\x00"):  # a GeoPackage: scan its every row
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "scanned.gpkg"
                path.write_bytes(content)
                with contextlib.closing(sqlite3.connect(path)) as database:
                    dumped = "\n".join(database.iterdump())
            self.text(where, dumped)
            return
        self.text(where, content.decode("utf-8", errors="replace"))


def _fetch(client: TestClient, finder: Finder, url: str) -> int:
    answer = client.get(url)
    assert answer.status_code < 500, (url, answer.status_code)
    if answer.status_code == 200:
        finder.binary(url, answer.content)
        kind = answer.headers.get("content-type", "")
        if kind.startswith("application/json") or kind.startswith("application/geo+json"):
            for extra in ("format=csv", "format=csv&hxl=1"):
                joined = f"{url}{'&' if '?' in url else '?'}{extra}"
                table = client.get(joined)
                assert table.status_code < 500, (joined, table.status_code)
                if table.status_code == 200:
                    finder.binary(joined, table.content)
    return answer.status_code


def _fill(path: str, samples: dict[str, list[str]]) -> list[str]:
    names = re.findall(r"\{(\w+)(?::\w+)?\}", path)
    urls = [path]
    for name in names:
        assert name in samples, f"no samples for the path parameter {name!r}: add them"
        pattern = re.compile(r"\{" + name + r"(?::\w+)?\}")
        urls = [pattern.sub(value, u) for u in urls for value in samples[name]]
    return urls


def test_no_public_output_holds_personal_data_or_account_names(
    seeded: tuple[App, TestClient], tmp_path: Path
) -> None:
    app, client = seeded
    finder = Finder()
    samples = _samples(app, client)
    public = sorted(
        path
        for method, path in route_table(client.app)
        if method == "GET" and RULES.get((method, path)) in (PUBLIC, PUBLIC_OR_LIVE)
    )
    reached: dict[str, int] = {}
    for path in public:
        for url in _fill(path, samples):
            query = ""
            if path.startswith(("/api/v1/layers/", "/api/v1/rollups/")) or path.endswith("/items"):
                query = "?limit=10000"
            if path == "/field/features.json" or path == "/field/sources.json":
                continue  # asked below with their query parameters
            if path.startswith("/search"):
                query = "?q=mines"
            ok = _fetch(client, finder, url + query) == 200
            reached[path] = reached.get(path, 0) + ok
    for layer in MAP_LAYERS:
        for box, zoom in (("-180,-85,180,85", 0), ("-76,5,-72,8", 9), ("-75.5,6,-75,6.5", 14)):
            url = f"/field/features.json?layer={layer}&bbox={box}&zoom={zoom}"
            code = _fetch(client, finder, url)
            reached["/field/features.json"] = reached.get("/field/features.json", 0) + (code == 200)
    for record_id in samples["record_id"]:
        code = _fetch(client, finder, f"/field/sources.json?record_id={record_id}")
        reached["/field/sources.json"] = reached.get("/field/sources.json", 0) + (code == 200)
    for url in ("/api/v1/rollups/COL?by=admin", "/search?q=Colombia", "/search.json?q=civilians"):
        _fetch(client, finder, url)
    missed = [p for p in public if not reached.get(p)]
    assert missed == [], f"public routes never answered 200: {missed}"
    _exports(app, tmp_path, finder)
    summary = sorted({(w.split("?")[0], what) for w, what in finder.found})
    print("\n".join(f"found {w}: {what}" for w, what in summary))
    assert finder.found == [], summary
    assert finder.scanned > 200
    print(f"\nprivacy: {finder.scanned} public outputs scanned, 0 personal values found")


def _exports(app: App, tmp: Path, finder: Finder) -> None:
    """Every field export with ``--public``, and the roll-up report as ``minewatch rollup``."""
    with app.engine.connect() as connection:
        for layer in LAYERS:
            for fmt in FORMATS:
                path = tmp / f"{layer}.{fmt}"
                export_layer(connection, layer, fmt, path, public=True)
                if fmt == "gpkg":
                    _gpkg(path, finder)
                else:
                    finder.binary(str(path.name), path.read_bytes())
        report = rollup_report(connection, "COL", None)
    finder.text("rollup COL", json.dumps(report))


def _gpkg(path: Path, finder: Finder) -> None:
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]
        for table in tables:
            cursor = db.execute(f'SELECT * FROM "{table}"')
            header = [d[0] for d in cursor.description]
            rows = [[v for v in row if not isinstance(v, bytes)] for row in cursor]
            out = io.StringIO()
            csv.writer(out).writerows([header, *rows])
            finder.text(f"{path.name}:{table}", out.getvalue())
