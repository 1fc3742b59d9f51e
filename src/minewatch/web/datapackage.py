"""Every dataset as one Frictionless data package (https://datapackage.org): a
``datapackage.json`` that describes each CSV (title, path, media type, a table schema with each
column's name and type) and the licence, and a zip holding it with all the CSVs.

Column types are read off the values (``infer_fields``): ``boolean`` (true/false), ``integer``,
``number``, ``date`` (YYYY-MM-DD), else ``string``; an empty cell is a missing value. A test runs
``frictionless validate`` on the package, so a type that does not fit every row fails there.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from minewatch.app import App
from minewatch.domain.errors import NotFound
from minewatch.services import downloads, queries
from minewatch.services.clock import utc_now
from minewatch.web.tabular import to_csv

TYPES = (
    ("boolean", re.compile(r"^(true|false)$")),
    ("integer", re.compile(r"^-?\d+$")),
    ("number", re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")),
    ("date", re.compile(r"^\d{4}-\d{2}-\d{2}$")),
)
ZIP_TIME = (2026, 1, 1, 0, 0, 0)  # fixed, so the same data always make the same zip (and ETag)


@dataclass(frozen=True)
class Live:
    """A table computed from the database: its title, the API URL it also answers at, rows."""

    name: str
    title: str
    api: str
    rows: Callable[[App], list[dict[str, Any]]]
    description: str = ""
    source: str = ""
    # the table's own terms where they are not the compilation's (downloads.LICENCE)
    licence: dict[str, str] | None = None


LIVE = (
    Live(
        "status",
        "Mine Ban Convention status of every state today, with sources",
        "/api/v1/status",
        lambda app: queries.status_report(app, utc_now().date())["states"],
        "Each state's status under the Convention today, computed from the records held.",
        "This database: the depositary's dates (ottawa_status, ottawa_withdrawals) and the "
        "claims accepted in review",
    ),
    Live(
        "states",
        "States and the other names they are known by",
        "/api/v1/states",
        lambda app: queries.list_states(app)["states"],
        "Every state's ISO 3166 code, name and the other names extraction knows it by.",
        "ISO 3166-1 (pycountry) and the project's own gazetteer",
        # pycountry's names are Debian's iso-codes data, under the LGPL 2.1 or later
        {
            "name": "LGPL-2.1-or-later",
            "title": "GNU Lesser General Public License 2.1 or later (names from Debian "
            "iso-codes, via pycountry)",
            "path": "https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html",
        },
    ),
    Live(
        "indicators",
        "Landmine Monitor headline indicators as recorded, with citations",
        "/api/v1/indicators",
        lambda app: queries.indicators(app)["indicators"],
        "Landmine Monitor headline indicators as this database holds them, each with its citation.",
        "Landmine Monitor reports (landmine_monitor_headlines), as loaded and reviewed",
    ),
)


def infer_type(values: list[str]) -> str:
    present = [v for v in values if v != ""]
    for name, pattern in TYPES:
        if present and all(pattern.match(v) for v in present):
            return name
    return "string"


def infer_fields(content: bytes) -> list[dict[str, str]]:
    """A table schema's fields for a CSV: each header with the type all its values fit."""
    header, *rows = list(csv.reader(io.StringIO(content.decode("utf-8"))))
    columns = [[row[i] if i < len(row) else "" for row in rows] for i in range(len(header))]
    return [{"name": n, "type": infer_type(c)} for n, c in zip(header, columns, strict=True)]


def count_rows(content: bytes) -> int:
    return max(len(list(csv.reader(io.StringIO(content.decode("utf-8"))))) - 1, 0)


def tables(app: App) -> list[tuple[str, str, str, bytes]]:
    """(resource name, path in the package, title, CSV) for every dataset."""
    found = [(t.name, f"{t.name}.csv", t.title, to_csv(t.rows(app))) for t in LIVE]
    found += [
        (f"reference-{r.name.replace('_', '-')}", f"reference/{r.file}", r.title, r.content)
        for r in downloads.reference_files()
    ]
    return found


def _live(path: str) -> Live | None:
    return next((t for t in LIVE if path == f"{t.name}.csv"), None)


def licence_of(path: str) -> dict[str, str]:
    """The terms a dataset (by its path in the package) comes under: its own, else the
    compilation's (downloads.LICENCE)."""
    live = _live(path)
    return live.licence if live and live.licence else downloads.LICENCE


def resource(name: str, path: str, title: str, content: bytes) -> dict[str, Any]:
    return {
        "name": name,
        "path": path,
        "title": title,
        "description": describe(path),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": infer_fields(content), "missingValues": [""]},
        "licenses": [licence_of(path)],
    }


def describe(path: str) -> str:
    """The one line on a dataset (by its path in the package) and where it comes from."""
    live = _live(path)
    if live:
        return f"{live.description} Source: {live.source}."
    item = downloads.reference_file(path.removeprefix("reference/"))
    team = f" {downloads.TEAM_MEANING}" if item.by_team else ""
    return f"{item.description} Source: {item.source}.{team}"


def package(app: App) -> dict[str, Any]:
    """The ``datapackage.json`` document; resource paths are relative to it."""
    return package_of(tables(app))


def package_of(found: list[tuple[str, str, str, bytes]]) -> dict[str, Any]:
    return {
        "name": "minewatch",
        "title": "minewatch open data: the anti-personnel mine ban and mine action",
        "description": downloads.LICENCE_LINE,
        "licenses": [downloads.LICENCE],
        "resources": [resource(*table) for table in found],
    }


def zipped(app: App) -> bytes:
    """``datapackage.json`` and every CSV at the paths it names, in one zip."""
    out = io.BytesIO()
    found = tables(app)
    document = package_of(found)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        entries = [("datapackage.json", orjson.dumps(document, option=orjson.OPT_INDENT_2))]
        entries += [(path, content) for _, path, _, content in found]
        for path, content in entries:
            archive.writestr(zipfile.ZipInfo(path, ZIP_TIME), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def table_file(app: App, path: str) -> bytes:
    """One CSV of the package by its path (``status.csv``, ``reference/ottawa_status.csv``)."""
    if path.startswith("reference/"):
        return downloads.reference_file(path.removeprefix("reference/")).content
    for live in LIVE:
        if path == f"{live.name}.csv":
            return to_csv(live.rows(app))
    raise NotFound(f"no dataset {path!r}")


def listing(app: App) -> dict[str, Any]:
    """The downloads page's dict: every dataset with its formats and size, and the terms."""
    datasets = []
    shipped = {f"reference/{r.file}": r for r in downloads.reference_files()}
    for name, path, title, content in tables(app):
        live = next((t for t in LIVE if t.name == name), None)
        formats = {"csv": f"/downloads/{path}"}
        about: dict[str, Any] = {"file": path.rsplit("/", 1)[-1], "by_team": False}
        about["rows_cite"] = live is None  # a shipped file's every row has its source_url
        if live:
            formats |= {"json": live.api, "csv_hxl": f"{live.api}?format=csv&hxl=1"}
            about |= {"description": live.description, "source": live.source}
        else:
            item = shipped[path]
            about |= {"description": item.description, "source": item.source}
            about["by_team"] = item.by_team
        about["licence"] = licence_of(path)["title"]
        datasets.append(
            {"name": name, "title": title, "rows": count_rows(content), **about, **formats}
        )
    return {
        "licence": downloads.LICENCE_LINE,
        "team": downloads.TEAM_MEANING,
        "licence_url": downloads.LICENCE["path"],
        "datapackage": "/downloads/datapackage.json",
        "zip": "/downloads/minewatch-data.zip",
        "forms": "/forms",
        "datasets": datasets,
    }
