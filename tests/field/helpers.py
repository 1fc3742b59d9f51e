"""Small field-data files written by the tests themselves (our own rows, never third-party)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from minewatch.app import App
from minewatch.domain.errors import ImportRefused, InvalidInput
from minewatch.imports.mapping import Mapping
from minewatch.services.field_import import ImportSummary, import_files, resolve_mapping
from minewatch.storage.tables import audit_log, records, sources

ACTOR = "test:field"
COLOMBIA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "colombia"
DEMINING = COLOMBIA / "humanitarian_demining_operations_2005_2014.csv"
EVENTS = COLOMBIA / "events"


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def run_import(
    app: App,
    paths: Sequence[Path],
    *,
    layer: str | None = None,
    preset: str | None = None,
    mapping: Path | None = None,
    crs: str | None = None,
) -> ImportSummary:
    chosen: Mapping = resolve_mapping(layer, preset, mapping)
    return import_files(app, list(paths), chosen, actor=ACTOR, crs=crs)


def square_wkt(x: float, y: float, side: float) -> str:
    """A square polygon with its south-west corner at (x, y), in the file's own units."""
    return f"POLYGON(({x} {y}, {x + side} {y}, {x + side} {y + side}, {x} {y + side}, {x} {y}))"


def ledger_counts(app: App) -> tuple[int, int, int]:
    """Records, sources and audit entries held: what a refused import leaves as it was."""
    with app.engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (records, sources, audit_log)
        )


def refused_whole(app: App, paths: Sequence[Path], **options: Any) -> list[InvalidInput]:
    """The problems of an import (``run_import``) that must be refused, having checked that it
    wrote nothing: no record, no source, no audit entry."""
    before = ledger_counts(app)
    with pytest.raises(ImportRefused) as refused:
        run_import(app, paths, **options)
    assert ledger_counts(app) == before
    return list(refused.value.problems)


def located(problems: Sequence[InvalidInput]) -> set[tuple[str | None, int | None, str | None]]:
    """Each problem's (file, row, field)."""
    return {(p.where.file, p.where.row, p.where.field) for p in problems}


def exported_table(path: Path, fmt: str) -> list[dict[str, Any]]:
    """The rows of an exported layer file (``csv``, ``xlsx``, ``geojson`` or ``gpkg``) as
    dicts by column name, with ``geometry`` where the format carries one."""
    if fmt == "csv":
        with path.open(encoding="utf-8") as handle:
            return list(csv.DictReader(handle))
    if fmt == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).worksheets[0]
        header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
        return [dict(zip([str(h) for h in header], row, strict=False)) for row in body]
    if fmt == "geojson":
        import json

        collection = json.loads(path.read_text("utf-8"))
        return [{**f["properties"], "geometry": f["geometry"]} for f in collection["features"]]
    import pyogrio.raw

    meta, _fids, geometries, data = pyogrio.raw.read(path)
    names = [str(n) for n in meta["fields"]]
    return [
        {**{n: data[k][i] for k, n in enumerate(names)}, "geometry": geometries[i]}
        for i in range(len(geometries))
    ]


def export_rows(
    app: App, layer: str, fmt: str, path: Path, *, public: bool
) -> tuple[int, list[dict[str, Any]]]:
    """Export ``layer`` to ``path`` in ``fmt`` (``field_export.export_layer``) and read the file
    back (``exported_table``): the count the export reports and the rows the file holds."""
    from minewatch.services.field_export import export_layer

    with app.engine.connect() as connection:
        written = export_layer(connection, layer, fmt, path, public=public)
    return written, exported_table(path, fmt)


def profile_rollup_row(page: str, year: int) -> list[str]:
    """The cells of ``year``'s row in a country profile's field roll-up table (``page``, its
    HTML): accidents, killed, injured, children, devices, cancelled, reduced, cleared."""
    table = page.split('id="field-rollup"', 1)[1].split("</table>", 1)[0]
    row = next(r for r in table.split("<tr>") if r.startswith(f"<td>{year}</td>"))
    return [c.split("</td>", 1)[0] for c in row.split('<td class="num">')[1:]]


def rollup_faces(
    app: App, iso3: str, year: int
) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """What the web face shows of ``iso3``'s roll-ups for ``year``: the API's entry for the
    year, the API's admin areas of that year, and the year's row of the country profile's
    table (``profile_rollup_row``)."""
    from fastapi.testclient import TestClient

    from minewatch.web.app import create_app

    with TestClient(create_app(app)) as client:
        api = client.get(f"/api/v1/rollups/{iso3}").json()
        by_area = client.get(f"/api/v1/rollups/{iso3}?by=admin&year={year}").json()
        page = client.get(f"/states/{iso3}").text
    entry = next(y for y in api["years"] if y["year"] == year)
    return entry, by_area, profile_rollup_row(page, year)


def rollup_csv(app: App, iso3: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, dict[str, str]]:
    """``minewatch rollup --format csv`` on ``app``'s database: its rows by year ("all" first)."""
    import io

    from typer.testing import CliRunner

    from minewatch.cli import cli

    url = app.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("MINEWATCH_DATABASE_URL", url)
    result = CliRunner().invoke(cli, ["rollup", "--iso3", iso3, "--format", "csv"])
    assert result.exit_code == 0, result.output
    return {row["year"]: row for row in csv.DictReader(io.StringIO(result.stdout))}


def checked_rollup(app: App, iso3: str) -> dict[str, Any]:
    """``rollup_report`` of ``iso3`` from the kept table, having checked that its totals are
    those recomputed from the layer rows (``scan_rollups``)."""
    from minewatch.domain.rollups import summarise
    from minewatch.services.field_rollups import rollup_report, scan_rollups

    with app.engine.connect() as connection:
        kept = rollup_report(connection, iso3)
        scanned = scan_rollups(connection, None, iso3)
    metrics: dict[str, float] = {}
    for (_, _, _, metric), value in scanned.items():
        metrics[metric] = metrics.get(metric, 0.0) + value
    assert summarise(sorted(metrics.items())) == kept["totals"]  # kept == recomputed
    return kept


def kept_totals(app: App, iso3: str) -> dict[str, Any]:
    """The state's totals as a report sums them (``rollups.summarise``) from the kept roll-up
    rows alone: readable at an old schema, where today's ``rollup_report`` needs tables later
    migrations add (0016's ``field_rollup_sources``)."""
    from minewatch.domain.rollups import summarise
    from minewatch.services.field_rollups import stored_rollups

    sums: dict[str, float] = {}
    with app.engine.connect() as connection:
        for (state, _area, _year, metric), value in stored_rollups(connection).items():
            if state == iso3:
                sums[metric] = sums.get(metric, 0.0) + value
    return summarise(sorted(sums.items()))
