"""A small field data set for the OGC API tests: our own invented rows, a mix of public and
non-public records, in two admin areas, with what each client should read back."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import shapely

from minewatch.app import App
from minewatch.domain.field import Formats
from minewatch.imports.mapping import identity_mapping
from minewatch.services.field_import import import_files

from .helpers import ACTOR, run_import, square_wkt, write_csv
from .test_victims_and_public import _admin_areas, _victims_file

# Admin areas (test_victims_and_public._admin_areas): 05313 and 50711.
GRANADA = (-75.3, 6.0, -75.1, 6.3)
VISTAHERMOSA = (-74.0, 3.0, -73.5, 3.4)

HAZARDS = [  # reference, type, status, name, date, is_public, wkt
    ("H-1", "SHA", "open", "Campo uno", "2010-05", "yes", square_wkt(-75.25, 6.05, 0.01)),
    ("H-2", "CHA", "in_progress", "Campo dos", "2012", "no", square_wkt(-73.9, 3.1, 0.01)),
    ("H-3", "SHA", "released", "Campo tres", "2015-03-20", "yes", "POINT (-73.7 3.3)"),
    ("H-4", "CHA", "open", "Campo cuatro", "", "no", "POINT (-75.2317 6.2113)"),
]
ACTIVITIES = [  # reference, type, hazard, date, is_public, area_reduced_m2, wkt
    ("A-1", "clearance", "H-1", "2011-02-01", "yes", "", square_wkt(-75.25, 6.05, 0.005)),
    ("A-2", "technical_survey", "H-2", "2013", "no", "100", "POINT (-73.8953 3.1047)"),
]
ACCIDENTS = [  # reference, date, place, device, killed, injured, is_public, lon, lat
    ("X-1", "2006-03-14", "Vereda El Roble", "AP", "1", "2", "no", "-75.1817", "6.1433"),
    ("X-2", "2007-11", "Sitio sin nombre", "UXO", "0", "1", "yes", "-73.75", "3.12"),
]
NOT_PUBLIC = {"hazards": {"H-2", "H-4"}, "activities": {"A-2"}, "accidents": {"X-1"}}
COUNTS = {"hazards": 4, "activities": 2, "accidents": 2, "admin-areas": 2}


def _import(app: App, path: Path, layer: str) -> None:
    """Our own columns, dated by day, month or year (``2010-05``, ``2012``)."""
    formats = Formats(date_formats=("%Y-%m-%d", "%Y-%m", "%Y"))
    mapping = dataclasses.replace(identity_mapping(layer), formats=formats)
    import_files(app, [path], mapping, actor=ACTOR)


def load(app: App, tmp_path: Path) -> None:
    """Admin areas, hazards, activities, accidents and (personal, never a collection) victims."""
    run_import(app, [_admin_areas(tmp_path)], layer="admin-areas")
    hazards = write_csv(
        tmp_path / "hazards.csv",
        ["reference", "hazard_type", "status", "name", "date", "is_public", "wkt"],
        HAZARDS,
    )
    _import(app, hazards, "hazards")
    activities = write_csv(
        tmp_path / "activities.csv",
        ["reference", "activity_type", "hazard_ref", "date", "is_public", "area_reduced_m2", "wkt"],
        ACTIVITIES,
    )
    _import(app, activities, "activities")
    accidents = write_csv(
        tmp_path / "accidents.csv",
        [
            "reference",
            "date",
            "place",
            "device_type",
            "killed",
            "injured",
            "is_public",
            "lon",
            "lat",
            "iso3",
        ],
        [(*row, "COL") for row in ACCIDENTS],  # an accident needs a state (LayerSpec.needs)
    )
    _import(app, accidents, "accidents")
    run_import(app, [_victims_file(tmp_path)], preset="co-aicma-victims")


def exact_shapes() -> dict[str, dict[str, shapely.Geometry]]:
    """Per collection, reference -> the geometry as imported."""
    shapes: dict[str, dict[str, shapely.Geometry]] = {
        "hazards": {r[0]: shapely.from_wkt(r[6]) for r in HAZARDS},
        "activities": {r[0]: shapely.from_wkt(r[6]) for r in ACTIVITIES},
        "accidents": {r[0]: shapely.Point(float(r[7]), float(r[8])) for r in ACCIDENTS},
        "admin-areas": {"05313": shapely.box(*GRANADA), "50711": shapely.box(*VISTAHERMOSA)},
    }
    return shapes


def public_shapes() -> dict[str, dict[str, shapely.Geometry | None]]:
    """What the public view shows: a non-public record at its admin area's polygon."""
    area = {"granada": shapely.box(*GRANADA), "vista": shapely.box(*VISTAHERMOSA)}
    shown: dict[str, dict[str, shapely.Geometry | None]] = {
        name: dict(by_ref) for name, by_ref in exact_shapes().items()
    }
    shown["hazards"].update({"H-2": area["vista"], "H-4": area["granada"]})
    shown["activities"]["A-2"] = area["vista"]
    shown["accidents"]["X-1"] = area["granada"]
    return shown
