"""Field data commands: import layers, export them, and read the roll-ups.

    minewatch import PATH... --layer hazards|activities|accidents|victims|eore|admin-areas
                             [--preset NAME | --mapping FILE] [--crs EPSG:N]
    minewatch import --list-presets
    minewatch export --layer NAME --format geojson|gpkg|csv|xlsx [--public] -o PATH
    minewatch rollup --iso3 COL [--year Y] --format json|csv

``import`` prints one summary line (rows read, added, new versions, unchanged) and exits 0; on
any problem it prints every problem as ``file, row N, field 'x': why`` and exits 2, having
written nothing.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from minewatch.cli.common import cli_actor, err, fail, ready_app, run, write_json
from minewatch.domain.cells import safe_row
from minewatch.domain.errors import ImportRefused, InvalidInput, Location
from minewatch.imports.mapping import describe_presets
from minewatch.services.field_export import FORMATS, export_layer
from minewatch.services.field_import import import_files, resolve_mapping
from minewatch.services.field_rollups import TOTAL_COLUMNS, rollup_report

LAYER_HELP = "hazards, activities, accidents, victims, eore or admin-areas"
DEVICE_KINDS = ("ap", "at", "uxo", "ied", "other")


def import_cmd(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files to import")] = None,
    layer: Annotated[str | None, typer.Option(help=LAYER_HELP)] = None,
    preset: Annotated[
        str | None, typer.Option(help="A shipped mapping (see --list-presets)")
    ] = None,
    mapping: Annotated[Path | None, typer.Option(help="Your own mapping file (TOML)")] = None,
    crs: Annotated[str | None, typer.Option(help="The files' CRS, e.g. EPSG:32618")] = None,
    list_presets: Annotated[bool, typer.Option("--list-presets", help="List presets")] = False,
) -> None:
    """Import field data (all or nothing; the same file again adds nothing)."""
    if list_presets:
        for name, title, layers in describe_presets():
            sys.stdout.write(f"{name}  ({', '.join(layers)})  {title}\n")
        return
    if not paths:
        fail(InvalidInput("give at least one file to import", Location(field="PATH")))
    chosen = run(lambda: resolve_mapping(layer, preset, mapping))
    with ready_app() as app, _progress() as progress:
        task = progress.add_task("Importing", total=None)

        def advance(done: int, expected: int | None) -> None:
            progress.update(task, completed=done, total=expected)

        try:
            summary = import_files(app, paths, chosen, actor=cli_actor(), crs=crs, progress=advance)
        except ImportRefused as refused:
            progress.stop()
            _print_problems(refused)
            fail(refused)
        except InvalidInput as exc:
            progress.stop()
            fail(exc)
    sys.stdout.write(summary.describe() + "\n")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def _print_problems(refused: ImportRefused) -> None:
    for problem in refused.problems:
        err.print(f"  {problem.message}", highlight=False, markup=False)
    if refused.more:
        err.print(f"  … and {refused.more} more", highlight=False)


def export_cmd(
    layer: Annotated[str, typer.Option(help=LAYER_HELP)],
    output: Annotated[Path, typer.Option("-o", "--output", help="The file to write")],
    fmt: Annotated[str, typer.Option("--format", help=" | ".join(FORMATS))] = "geojson",
    public: Annotated[
        bool, typer.Option("--public", help="No personal fields; locations generalised")
    ] = False,
) -> None:
    """Export a layer's current records (with area_m2 and reference) to a file."""
    with ready_app() as app, app.engine.connect() as connection:
        count = run(lambda: export_layer(connection, layer, fmt, output, public=public))
    sys.stdout.write(f"Wrote {count} {layer} features to {output}.\n")


def rollup_cmd(
    iso3: Annotated[str, typer.Option("--iso3", help="The state, e.g. COL")],
    year: Annotated[int | None, typer.Option(help="One year only")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json or csv")] = "json",
) -> None:
    """Totals per state: casualties, devices destroyed, land cancelled / reduced / cleared (m²),
    over all years then per year (or one year with --year)."""
    if fmt not in ("json", "csv"):
        fail(InvalidInput(f"--format must be json or csv, not {fmt!r}", Location(field="format")))
    with ready_app() as app, app.engine.connect() as connection:
        report = run(lambda: rollup_report(connection, iso3, year))
    if fmt == "json":
        write_json(report)
        return
    rows = [{"year": year if year is not None else "all", **report["totals"]}]
    rows += report.get("years", [])
    _write_rollup_csv(rows)


def _write_rollup_csv(rows: list[dict[str, Any]]) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(safe_row(["year", *TOTAL_COLUMNS, *(f"devices_{k}" for k in DEVICE_KINDS)]))
    for row in rows:
        by_type = row["devices_by_type"]
        writer.writerow(
            safe_row(
                [
                    row["year"],
                    *(row[c] for c in TOTAL_COLUMNS),
                    *(by_type.get(k, 0) for k in DEVICE_KINDS),
                ]
            )
        )


def register(cli: typer.Typer) -> None:
    cli.command("import")(import_cmd)
    cli.command("export")(export_cmd)
    cli.command("rollup")(rollup_cmd)
