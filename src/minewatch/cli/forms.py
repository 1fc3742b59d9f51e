"""The XLSForms we publish for field teams (ODK Collect, KoboCollect).

minewatch forms list [--format ...]
minewatch forms get NAME -o PATH.xlsx
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from minewatch.cli.common import Format, OutputFormat, emit, out, run, say, write_output

forms_cli = typer.Typer(
    help="The XLSForms for field teams: list them, or save one to load into ODK or Kobo.",
    no_args_is_help=True,
)


@forms_cli.command("list")
def forms_list(output: Format = OutputFormat.TABLE) -> None:
    """Every published form: name, title, version, the layer it fills."""
    from minewatch.services import forms

    body = forms.list_forms()
    if emit(output, body, "forms"):
        return
    table = Table()
    table.add_column("name", no_wrap=True)
    for column in ("title", "version", "layers", "questions"):
        table.add_column(column)
    for f in body["forms"]:
        layers = ", ".join(f["layers"])
        table.add_row(f["name"], f["title"], f["version"], layers, str(f["questions"]))
    out.print(table)


@forms_cli.command("get")
def forms_get(
    name: str,
    output_path: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the .xlsx", dir_okay=False)
    ],
) -> None:
    """Save the form NAME (from `forms list`) as an XLSForm .xlsx file."""
    from minewatch.services import forms

    form = run(lambda: forms.form_named(name))
    content = forms.shipped(form)
    run(lambda: write_output(output_path, lambda path: path.write_bytes(content)))
    say(f"Wrote {form.name} version {form.version} to {output_path}")


def register(cli: typer.Typer) -> None:
    cli.add_typer(forms_cli, name="forms")
