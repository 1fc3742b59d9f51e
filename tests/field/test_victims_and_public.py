"""The co-aicma-victims preset on a fixture we wrote with the real export's header and quirks,
and the public rule in exports: no personal fields, locations generalised to admin areas."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
import shapely
from pyogrio.raw import write

from minewatch.app import App
from minewatch.services.field_export import export_layer
from minewatch.services.field_rollups import rollup_report
from minewatch.services.layers import read_layer

from .helpers import export_rows, run_import

HEADER = (
    "departamento,codigodanedepartamento,municipio,codigodanemunicipio,tipoarea,sitio,ano,mes,"
    "rangoedad,grupoetnico,condicion,estado,genero,latitudcabecera,longitudcabecera,tipoevento,"
    "Ubicación,Actividad"
)
# Our own invented rows, written as the open data portal writes them: "2,006" and "5,313"
# with thousands separators, the sex under `estado`, killed/injured under `genero`.
ROWS = [
    [
        "ANTIOQUIA",
        "5",
        "GRANADA",
        "5,313",
        "Rural",
        "Vereda El Roble",
        "2,006",
        "3",
        "Mayor de 18 años",
        "Ninguno",
        "Civil",
        "Hombre",
        "Herido",
        "6.14",
        "-75.18",
        "Accidente por MAP",
        "(6.14, -75.18)",
        "Agricultura",
    ],
    [
        "ANTIOQUIA",
        "5",
        "GRANADA",
        "5,313",
        "Rural",
        "Vereda El Roble",
        "2,006",
        "3",
        "Menor de 18 años",
        "Ninguno",
        "Civil",
        "Mujer",
        "Muerto",
        "6.14",
        "-75.18",
        "Accidente por MAP",
        "(6.14, -75.18)",
        "Juego",
    ],
    [
        "META",
        "50",
        "VISTAHERMOSA",
        "50,711",
        "Rural",
        "Sitio sin nombre",
        "2,007",
        "11",
        "Mayor de 18 años",
        "Indígena",
        "Fuerza pública",
        "Hombre",
        "Muerto",
        "3.12",
        "-73.75",
        "Accidente por MUSE",
        "(3.12, -73.75)",
        "Erradicación",
    ],
    [
        "META",
        "50",
        "VISTAHERMOSA",
        "50,711",
        "Rural",
        "",
        "2,007",
        "12",
        "Mayor de 18 años",
        "Ninguno",
        "Fuerza pública",
        "Sin Información",
        "Herido",
        "3.12",
        "-73.75",
        "Accidente por MAP",
        "(3.12, -73.75)",
        "Patrullaje",
    ],
]
PERSONAL = {"sex", "age", "activity", "ethnicity", "place", "consent_authorities", "consent_ngos"}


def _victims_file(tmp_path: Path) -> Path:
    path = tmp_path / "Situacion_Victimas_Minas_Antipersonal_en_Colombia.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:  # with a byte-order mark
        handle.write(HEADER + "\n")
        csv.writer(handle).writerows(ROWS)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    return path


def test_victims_preset_reads_the_quirks(empty_app: App, tmp_path: Path) -> None:
    summary = run_import(empty_app, [_victims_file(tmp_path)], preset="co-aicma-victims")
    assert summary.counts.added == 4
    with empty_app.engine.connect() as connection:
        rows = list(read_layer(connection, "victims"))
        report = rollup_report(connection, "COL")
    first = rows[0]
    assert (first["sex"], first["outcome"], first["category"], first["age_band"]) == (
        "male",
        "injured",
        "civilian",
        "adult",
    )
    assert (first["admin_code"], first["date"], first["admin2"]) == ("05313", "2006-03", "GRANADA")
    assert rows[1]["age_band"] == "child" and rows[1]["sex"] == "female"
    assert rows[2]["category"] == "security_forces" and rows[2]["ethnicity"] == "Indígena"
    assert rows[3]["sex"] == "unknown" and rows[3]["admin_code"] == "50711"
    assert first["attributes"]["tipoevento"] == "Accidente por MAP"
    totals = report["totals"]
    assert (totals["killed"], totals["injured"], totals["children"]) == (2, 2, 1)
    assert (totals["civilians"], totals["security_forces"]) == (2, 2)
    assert totals["casualty_breakdown"]["civilian:female:child:killed"] == 1
    assert [(y["year"], y["casualties"]) for y in report["years"]] == [(2006, 2), (2007, 2)]


def _admin_areas(tmp_path: Path) -> Path:
    path = tmp_path / "municipios.geojson"
    shapes = [shapely.box(-75.3, 6.0, -75.1, 6.3), shapely.box(-74.0, 3.0, -73.5, 3.4)]
    write(
        path,
        np.array(shapely.to_wkb(shapes), dtype=object),
        [
            np.array(["05313", "50711"], dtype=object),
            np.array(["Granada", "Vistahermosa"], dtype=object),
            np.array([2, 2]),
        ],
        ["pcode", "name", "level"],
        driver="GeoJSON",
        crs="EPSG:4326",
        geometry_type="Polygon",
    )
    return path


def test_public_export_leaves_out_personal_fields_and_generalises(
    empty_app: App, tmp_path: Path
) -> None:
    run_import(empty_app, [_admin_areas(tmp_path)], layer="admin-areas")
    run_import(empty_app, [_victims_file(tmp_path)], preset="co-aicma-victims")
    public, full = tmp_path / "public.geojson", tmp_path / "full.geojson"
    with empty_app.engine.connect() as connection:
        export_layer(connection, "victims", "geojson", public, public=True)
        export_layer(connection, "victims", "geojson", full, public=False)
    shown = json.loads(public.read_text("utf-8"))["features"]
    kept = json.loads(full.read_text("utf-8"))["features"]
    assert len(shown) == len(kept) == 4
    for feature in shown:
        assert (
            not PERSONAL & set(feature["properties"]) and "attributes" not in feature["properties"]
        )
        assert feature["geometry"]["type"] == "Polygon"  # the municipality, not the point
        assert feature["properties"]["location"] == "admin_area"
    assert "Vereda El Roble" not in public.read_text("utf-8")
    assert kept[0]["properties"]["place"] == "Vereda El Roble"
    assert kept[0]["geometry"] == {"type": "Point", "coordinates": [-75.18, 6.14]}


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "gpkg"])
def test_public_export_in_every_format_has_no_personal_columns(
    empty_app: App, tmp_path: Path, fmt: str
) -> None:
    run_import(empty_app, [_victims_file(tmp_path)], preset="co-aicma-victims")
    path = tmp_path / f"victims.{fmt}"
    written, table = export_rows(empty_app, "victims", fmt, path, public=True)
    assert written == 4
    header = list(table[0])
    assert "age_band" in header and "outcome" in header  # sex only counted, in the roll-ups
    assert not PERSONAL & set(header) and "attributes" not in header
    assert "Vereda" not in (path.read_text("utf-8", errors="ignore") if fmt == "csv" else "")
