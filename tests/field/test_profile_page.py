"""The country profile shows the field roll-up (table, chart data) once field data is imported."""

from __future__ import annotations

import csv
import json
from collections import Counter

from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.web.app import create_app

from .helpers import DEMINING, run_import


def test_profile_shows_field_figures_per_year(loaded_app: App) -> None:
    with TestClient(create_app(loaded_app)) as client:
        assert 'id="field-heading"' not in client.get("/states/COL").text
        run_import(loaded_app, [DEMINING], preset="co-aicma-demining")
        page = client.get("/states/COL").text
        profile = client.get("/states/COL.json").json()
    assert 'id="field-heading"' in page and 'data-chart="field"' in page
    with DEMINING.open(encoding="utf-8") as handle:
        per_year = Counter[int]()
        for row in csv.DictReader(handle):
            per_year[int(row["ano"])] += int(row["totalartefactosdestruidos"])
    shown = {y["year"]: y["devices_destroyed"] for y in profile["field"]["years"]}
    assert shown == dict(per_year)
    embedded = page.split('id="field-data">', 1)[1].split("</script>", 1)[0]
    assert [y["year"] for y in json.loads(embedded)] == sorted(per_year)
