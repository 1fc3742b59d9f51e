"""Field data commands: import layers, export them, and read the roll-ups.

    minewatch import PATH... --layer hazards|activities|accidents|victims|eore|admin-areas
                             [--preset NAME | --mapping FILE] [--crs EPSG:N]
    minewatch import --list-presets [--format table|json|jsonl]
    minewatch import PATH... --layer LAYER --format odk [--accept --user NAME]
    minewatch export --layer NAME --format geojson|gpkg|csv|xlsx [--public] -o PATH
    minewatch rollup --iso3 COL [--year Y] --format json|csv [--known-at T]

``import`` prints a summary (rows read, added, new versions, unchanged) and exits 0; on
any problem it prints every problem as ``file, row N, field 'x': why`` and exits 2, having
written nothing.

``--format odk`` reads ODK Central (CSV zip or OData JSON) and KoboToolbox (JSON, CSV, XLSX)
exports of the forms we publish; the submissions arrive as candidates for review, or accepted with
``--accept`` when ``--user`` names a reviewer (password from MINEWATCH_PASSWORD or asked).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from minewatch.cli.common import (
    SYNTHETIC_LABEL,
    OutputFormat,
    ask_password,
    cli_actor,
    emit,
    err,
    fail,
    parse_choice,
    parse_format,
    ready_app,
    run,
    say,
    write_json,
    write_output,
)
from minewatch.domain.cells import safe_row
from minewatch.domain.errors import ImportRefused, InvalidInput, Location, MinewatchError
from minewatch.domain.exports import EXPORT_FORMATS
from minewatch.services.params import known_at_param

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
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="table (files of rows) or odk (form submissions); "
            "with --list-presets: table, json or jsonl",
        ),
    ] = "table",
    accept: Annotated[
        bool, typer.Option("--accept", help="odk: write accepted, not candidates (reviewers)")
    ] = False,
    user: Annotated[
        str | None, typer.Option(help="The account importing (a reviewer, for --accept)")
    ] = None,
    password: Annotated[
        str | None, typer.Option(help="Omit to be asked", envvar="MINEWATCH_PASSWORD")
    ] = None,
    synthetic: Annotated[
        bool,
        typer.Option(
            "--synthetic", help="Made-up data: its source and all it counts are labelled synthetic"
        ),
    ] = False,
) -> None:
    """Import field data (all or nothing; the same file again adds nothing)."""
    if list_presets:
        _list_presets(run(lambda: parse_format(fmt)))
        return
    if not paths:
        fail(InvalidInput("give at least one file to import", Location(field="PATH")))
    if fmt not in ("table", "odk"):
        fail(
            InvalidInput(f"--format must be table or odk, not {fmt!r}", Location(field="--format"))
        )
    if fmt == "odk":
        _import_odk(paths, layer, preset or mapping or crs, accept, (user, password), synthetic)
        return
    if accept:
        fail(InvalidInput("--accept goes with --format odk", Location(field="--accept")))
    from minewatch.services.field_import import import_files, resolve_mapping

    chosen = run(lambda: resolve_mapping(layer, preset, mapping))
    with ready_app() as app, _progress() as progress:
        task = progress.add_task("Importing", total=None)

        def advance(done: int, expected: int | None) -> None:
            progress.update(task, completed=done, total=expected)

        try:
            summary = import_files(
                app,
                paths,
                chosen,
                actor=cli_actor(),
                crs=crs,
                progress=advance,
                synthetic=synthetic,
            )
        except ImportRefused as refused:
            progress.stop()
            _print_problems(refused)
            fail(refused)
        except InvalidInput as exc:
            progress.stop()
            fail(exc)
    say(summary.describe())


def _list_presets(output: OutputFormat) -> None:
    """The shipped mappings: ``name  (layers)  title`` a line, or JSON (``{"presets": [{name,
    title, layers}]}``, or one preset a line with ``jsonl``)."""
    from minewatch.imports.mapping import describe_presets

    presets = [
        {"name": name, "title": title, "layers": list(layers)}
        for name, title, layers in describe_presets()
    ]
    if not emit(output, {"presets": presets}, "presets"):
        for preset in presets:
            layers = ", ".join(preset["layers"])
            # wrapped to the terminal (80 columns and up), the rest of a line indented
            say(f"{preset['name']}  ({layers})  {preset['title']}", "", "    ")


def _import_odk(
    paths: list[Path],
    layer: str | None,
    mapping_given: object,
    accept: bool,
    account: tuple[str | None, str | None],
    synthetic: bool,
) -> None:
    """Submissions of a published form: candidates, or accepted by a reviewer (--accept);
    ``account``: the user and password given."""
    user, password = account
    from minewatch.services import accounts
    from minewatch.services.odk_import import check_may_accept, form_for_layer, import_submissions

    if mapping_given:
        fail(
            InvalidInput(
                "--format odk reads the form's own questions: no --preset, --mapping or --crs",
                Location(field="--format"),
            )
        )
    if layer is None:
        fail(
            InvalidInput(
                "say which layer the submissions fill (--layer)", Location(field="--layer")
            )
        )
    run(lambda: form_for_layer(layer))
    if accept and user is None:
        run(lambda: check_may_accept(None))
    if user is not None and password is None:
        password = ask_password()
    with ready_app() as app:
        principal = None
        if user is not None:
            with app.engine.connect() as connection:
                principal = run(lambda: accounts.authenticate(connection, user, password or ""))
        actor = principal.username if principal else cli_actor()
        try:
            summary = import_submissions(
                app,
                paths,
                layer,
                actor=actor,
                accept=accept,
                principal=principal,
                synthetic=synthetic,
            )
        except ImportRefused as refused:
            _print_problems(refused)
            fail(refused)
        except MinewatchError as exc:
            fail(exc)
    status = "accepted" if accept else "candidates for review"
    say(f"{summary.describe()}; {status}")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,  # in a log, stopping it left a blank line on stderr
    )


def _print_problems(refused: ImportRefused) -> None:
    for problem in refused.problems:  # one line each (file, row, field: why), never folded
        err.print(f"  {problem.message}", highlight=False, markup=False, soft_wrap=True)
    if refused.more:
        err.print(f"  … and {refused.more} more", highlight=False)


def export_cmd(
    layer: Annotated[str, typer.Option(help=LAYER_HELP)],
    output: Annotated[Path, typer.Option("-o", "--output", help="The file to write")],
    fmt: Annotated[str, typer.Option("--format", help=" | ".join(EXPORT_FORMATS))] = "geojson",
    public: Annotated[
        bool, typer.Option("--public", help="No personal fields; locations generalised")
    ] = False,
) -> None:
    """Export a layer's current records (with area_m2 and reference) to a file."""
    from minewatch.services.field_export import export_layer

    with ready_app() as app, app.engine.connect() as connection:
        count = run(
            lambda: write_output(
                output, lambda path: export_layer(connection, layer, fmt, path, public=public)
            )
        )
    say(f"Wrote {count} {layer} features to {output}.")


ROLLUP = ("json", "csv")  # issue 10's contract: one JSON document, or a CSV table


def rollup_cmd(
    iso3: Annotated[str, typer.Option("--iso3", help="The state, e.g. COL")],
    year: Annotated[int | None, typer.Option(help="One year only", min=1, max=9999)] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="json or csv", metavar="[" + "|".join(ROLLUP) + "]")
    ] = "json",
    known_at: Annotated[
        str | None, typer.Option("--known-at", help="As the database stood at this timestamp")
    ] = None,
) -> None:
    """Totals per state: casualties, devices destroyed, land cancelled / reduced / cleared (m²),
    over all years then per year (or one year with --year); --known-at: as recorded then."""
    from minewatch.services.field_rollups import rollup_report

    run(lambda: parse_choice(fmt, ROLLUP))
    moment = run(lambda: known_at_param(known_at))
    with ready_app() as app, app.engine.connect() as connection:
        report = run(lambda: rollup_report(connection, iso3, year, known_at=moment))
    if fmt == "json":
        write_json(report)
        return
    rows = [
        {
            "year": year if year is not None else "all",
            "synthetic": report["synthetic"],
            "sources": report["sources"],
        }
        | report["totals"]
    ]
    rows += report.get("years", [])
    _write_rollup_csv(rows)


def _write_rollup_csv(rows: list[dict[str, Any]]) -> None:
    from minewatch.services.field_rollups import TOTAL_COLUMNS

    writer = csv.writer(sys.stdout)
    devices = (f"devices_{k}" for k in DEVICE_KINDS)
    writer.writerow(safe_row(["year", "synthetic", *TOTAL_COLUMNS, *devices, "sources"]))
    for row in rows:
        by_type = row["devices_by_type"]
        writer.writerow(
            safe_row(
                [
                    row["year"],
                    "true" if row["synthetic"] else "false",  # counts a synthetic source's rows
                    *(row[c] for c in TOTAL_COLUMNS),
                    *(by_type.get(k) for k in DEVICE_KINDS),  # blank: no activity gives it
                    source_list(row["sources"]),
                ]
            )
        )


def source_list(cited: list[dict[str, Any]]) -> str:
    """The sources a roll-up row was computed from, for one CSV cell: 'source 3: <title>'
    each (its page is /sources/3), a synthetic one labelled so, '; ' between."""
    return "; ".join(
        f"source {s['source_id']}: {s['title']}" + (f" {SYNTHETIC_LABEL}" if s["synthetic"] else "")
        for s in cited
    )


def register(cli: typer.Typer) -> None:
    cli.command("import")(import_cmd)
    cli.command("export")(export_cmd)
    cli.command("rollup")(rollup_cmd)
