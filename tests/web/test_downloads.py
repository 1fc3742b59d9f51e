"""The downloads page and the data package, on both backends: ``frictionless validate`` (the
Frictionless project's own library) passes on the package we serve, and fails when a declared
type is wrong, so the check is real."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import frictionless
import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.services import downloads
from minewatch.web.app import create_app
from minewatch.web.datapackage import LIVE, infer_type

SHIPPED = sorted(
    p.name
    for p in (resources.files("minewatch") / "data" / "reference").iterdir()
    if p.name.endswith(".csv")
)


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


def unzip(client: TestClient, folder: Path) -> dict[str, object]:
    response = client.get("/downloads/minewatch-data.zip")
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    zipfile.ZipFile(io.BytesIO(response.content)).extractall(folder)
    document: dict[str, object] = json.loads((folder / "datapackage.json").read_text())
    return document


def test_frictionless_validates_the_data_package(client: TestClient, tmp_path: Path) -> None:
    document = unzip(client, tmp_path)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    resources_ = document["resources"]
    assert isinstance(resources_, list)
    paths = {r["path"] for r in resources_}
    assert paths == {f"{t.name}.csv" for t in LIVE} | {f"reference/{n}" for n in SHIPPED}
    for item in resources_:
        with open(tmp_path / item["path"], encoding="utf-8") as handle:
            header = next(csv.reader(handle))
        assert [f["name"] for f in item["schema"]["fields"]] == header
    assert document["licenses"] == [downloads.LICENCE]


def test_a_wrong_declared_type_fails_validation(client: TestClient, tmp_path: Path) -> None:
    document = unzip(client, tmp_path)
    resources_ = document["resources"]
    assert isinstance(resources_, list)
    status = next(r for r in resources_ if r["name"] == "status")
    status["schema"]["fields"][0]["type"] = "integer"  # iso3 codes are not integers
    (tmp_path / "datapackage.json").write_text(json.dumps(document))
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not report.valid
    assert {e[1] for e in report.flatten(["type", "fieldName"])} == {"iso3"}


def test_every_resource_is_served_at_its_path(client: TestClient, tmp_path: Path) -> None:
    document = unzip(client, tmp_path)
    assert client.get("/downloads/datapackage.json").json() == document
    resources_ = document["resources"]
    assert isinstance(resources_, list)
    for item in resources_:
        served = client.get(f"/downloads/{item['path']}")
        assert served.status_code == 200 and served.headers["content-type"].startswith("text/csv")
        assert served.content == (tmp_path / item["path"]).read_bytes(), item["path"]
    for name in SHIPPED:
        shipped = (resources.files("minewatch") / "data" / "reference" / name).read_bytes()
        assert client.get(f"/downloads/reference/{name}").content == shipped


def test_downloads_page_lists_every_dataset(client: TestClient) -> None:
    listing = client.get("/downloads.json").json()
    assert listing["licence"] == downloads.LICENCE_LINE
    assert len(listing["datasets"]) == len(LIVE) + len(SHIPPED)
    html = client.get("/downloads").text
    assert downloads.LICENCE_LINE.split(";")[0] in html
    assert 'href="/downloads/datapackage.json"' in html
    for dataset in listing["datasets"]:
        assert f'href="{dataset["csv"]}"' in html
        rows = list(csv.reader(io.StringIO(client.get(dataset["csv"]).text)))
        assert dataset["rows"] == len(rows) - 1 > 0
    status = next(d for d in listing["datasets"] if d["name"] == "status")
    hxl_row = list(csv.reader(io.StringIO(client.get(status["csv_hxl"]).text)))[1]
    assert hxl_row[0] == "#country+code"


def test_unknown_dataset_is_a_404(client: TestClient) -> None:
    for path in ("/downloads/nope.csv", "/downloads/reference/nope.csv"):
        assert client.get(path, headers={"Accept": "application/json"}).status_code == 404


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["1", "", "-3"], "integer"),
        (["1", "2.5"], "number"),
        (["true", "false", ""], "boolean"),
        (["2024-01-01", ""], "date"),
        (["2024-01-01", "2024"], "string"),
        (["1", "x"], "string"),
        (["", ""], "string"),
    ],
)
def test_column_types_fit_every_value(values: list[str], expected: str) -> None:
    assert infer_type(values) == expected


def test_every_dataset_says_what_it_holds_its_source_and_licence(client: TestClient) -> None:
    """A shipped file added without a description fails here: SHIPPED is read off the folder."""
    listing = client.get("/downloads.json").json()
    html = client.get("/downloads").text
    assert {d["file"] for d in listing["datasets"]} >= set(SHIPPED)
    for dataset in listing["datasets"]:
        assert dataset["description"].strip() and dataset["source"].strip(), dataset["file"]
        # the states' names are pycountry's (Debian iso-codes, LGPL); the rest is ours
        own = (
            "Lesser General Public"
            if dataset["file"] == "states.csv"
            else downloads.LICENCE["title"]
        )
        assert own in dataset["licence"], dataset["file"]
        shown = html.split(f"<code>{dataset['file']}</code>", 1)[1].split("</tr>", 1)[0]
        assert dataset["licence"] in shown
        # the description as the page escapes it (an apostrophe becomes &#39;)
        assert dataset["description"].replace("'", "&#39;") in shown, dataset["file"]
    team = [d for d in listing["datasets"] if d["file"].endswith("_team.csv")]
    assert team and all(d["by_team"] for d in team)
    assert not any(d["by_team"] for d in listing["datasets"] if d not in team)
    assert "_team" in listing["team"] and listing["team"] in html.replace("&#39;", "'")
    package = client.get("/downloads/datapackage.json").json()
    for entry in package["resources"]:
        assert " Source: " in entry["description"], entry["path"]
        assert (downloads.TEAM_MEANING in entry["description"]) == entry["path"].endswith(
            "_team.csv"
        )
        licences = [licence["name"] for licence in entry["licenses"]]
        assert licences == (
            ["LGPL-2.1-or-later"] if entry["path"] == "states.csv" else ["CC-BY-4.0"]
        )
