"""``minewatch forms list|get``: no database needed, the forms ship with the package."""

from __future__ import annotations

import io
import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from minewatch.cli import cli
from minewatch.domain.forms import FORMS
from minewatch.services import forms

runner = CliRunner()


def test_forms_list_names_every_form() -> None:
    result = runner.invoke(cli, ["forms", "list", "--format", "json"])
    assert result.exit_code == 0
    listed = json.loads(result.stdout)["forms"]
    assert [f["name"] for f in listed] == list(FORMS)
    table = runner.invoke(cli, ["forms", "list"]).stdout
    assert all(name in table for name in FORMS)


def test_forms_get_writes_the_xlsx(tmp_path: Path) -> None:
    target = tmp_path / "hazard.xlsx"
    result = runner.invoke(cli, ["forms", "get", "hazard-report", "-o", str(target)])
    assert result.exit_code == 0 and "hazard-report" in result.stdout
    assert target.read_bytes() == forms.shipped(FORMS["hazard-report"])
    book = load_workbook(io.BytesIO(target.read_bytes()))
    assert book.sheetnames == ["survey", "choices", "settings"]


def test_forms_get_errors_are_one_line(tmp_path: Path) -> None:
    unknown = runner.invoke(cli, ["forms", "get", "minefield", "-o", str(tmp_path / "x.xlsx")])
    assert unknown.exit_code == 2
    assert unknown.stderr.startswith("error (not_found): no form 'minefield'")
    nowhere = tmp_path / "missing" / "x.xlsx"
    bad = runner.invoke(cli, ["forms", "get", "hazard-report", "-o", str(nowhere)])
    assert bad.exit_code == 2 and bad.stderr.startswith("error (invalid_input): ")
    assert "Traceback" not in bad.stderr + bad.stdout
