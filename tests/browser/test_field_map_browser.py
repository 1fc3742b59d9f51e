"""The field map in real headless Chromium: imported hazards drawn in their status colours, a
filter changing what is drawn, a popup listing the record's source (labelled synthetic: the
seeded rows are made up), nothing leaving 127.0.0.1."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from bench.field_data import accidents_csv, hazards_csv
from minewatch.app import App
from minewatch.services.field_import import import_files, resolve_mapping
from minewatch.settings import Settings

from .dashboard_harness import Browse, Server, browse_with, serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def field_server(
    request: pytest.FixtureRequest, templates: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """The map served from each backend in turn (issue 10: the map page on both backends)."""
    workdir = tmp_path_factory.mktemp("field-map")
    url = templates[request.param].copy("empty")  # type: ignore[index]
    app = App.from_settings(Settings(database_url=url))
    for path, layer in (
        (hazards_csv(workdir / "hazards.csv", 9, side=0.05), "hazards"),
        (accidents_csv(workdir / "accidents.csv", 4), "accidents"),
    ):
        # bench's seeded rows are made up: imported as synthetic, as the CLI's --synthetic does
        mapping = resolve_mapping(layer, None, None)
        import_files(app, [path], mapping, actor="test:field-map", synthetic=True)
    yield from serve(app)
    app.close()


def test_the_map_is_served_from_the_backend_it_says(
    field_server: Server, request: pytest.FixtureRequest
) -> None:
    assert field_server.app.engine.dialect.name == request.node.callspec.params["field_server"]


@pytest.fixture
def field_tab(browser: Browser, field_server: Server) -> Iterator[Browse]:
    yield from browse_with(browser, field_server, 1280, 900)


def _ready(page: Page, after: int = 0) -> int:
    """Wait until the map has drawn a refresh later than ``after`` (the page sets
    ``data-field-ready`` on its ``idle`` event; the CSP forbids wait_for_function's eval)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        seen = int(page.get_attribute("body", "data-field-ready") or 0)
        if seen > after:
            return seen
        page.wait_for_timeout(100)
    raise AssertionError(f"the field map did not draw after refresh {after}")


def _counts(page: Page) -> dict[str, int]:
    counts: dict[str, int] = page.evaluate("window.minewatchFieldMap.renderedCounts()")
    return counts


def _asked(browse: Browse, path: str) -> list[str]:
    return [url for url in browse.requests if urlsplit(url).path == path]


def test_the_map_draws_statuses_filters_and_shows_sources(field_tab: Browse) -> None:
    page = field_tab.open("/field?as_of=2026-01-01")
    seen = _ready(page)
    # The first view is drawn from the window asked before MapLibre loaded (one request per
    # layer, the data's extent, the page's date), over the 1:110m base map; 1:50m follows.
    first = _asked(field_tab, "/field/features.json")
    assert sorted(parse_qs(urlsplit(u).query)["layer"][0] for u in first) == [
        "accidents",
        "activities",
        "hazards",
    ]
    assert all(parse_qs(urlsplit(u).query)["as_of"] == ["2026-01-01"] for u in first)
    extent = page.evaluate("window.minewatchField.summary.extent")
    bbox = [float(v) for v in parse_qs(urlsplit(first[0]).query)["bbox"][0].split(",")]
    assert bbox == pytest.approx(extent, abs=1e-6)
    assert _asked(field_tab, "/static/vendor/countries-110m.json")
    deadline = time.monotonic() + 10
    while not _asked(field_tab, "/static/vendor/countries-50m.json"):
        assert time.monotonic() < deadline, "the 1:50m base map was never asked for"
        page.wait_for_timeout(100)
    assert _counts(page) == {
        "open": 3,
        "in_progress": 3,
        "released": 3,
        "activities": 0,
        "accidents": 4,
    }
    # Each status has its own colour on the canvas (the legend's swatches use the same ones).
    colours = page.evaluate("window.minewatchFieldMap.colours")
    assert len({colours[s] for s in ("open", "in_progress", "released")}) == 3

    page.select_option("#f-status", "released")
    seen = _ready(page, seen)
    assert _counts(page)["released"] == 3
    assert _counts(page)["open"] == _counts(page)["in_progress"] == 0
    assert "status=released" in page.url and "as_of=2026-01-01" in page.url

    record = page.evaluate(
        "window.minewatchFieldMap.shown.hazards.features[0].properties.record_id"
    )
    assert page.evaluate(f"window.minewatchFieldMap.popupFor({record!r})") is True
    source = page.locator(".maplibregl-popup .popup-sources a").first
    source.wait_for(timeout=10_000)
    assert "hazards.csv" in source.inner_text()
    assert source.get_attribute("href", timeout=1000).startswith("/sources/")  # type: ignore[union-attr]
    assert "row" in page.locator(".maplibregl-popup .popup-sources li").first.inner_text()
    # The source is synthetic, and the popup says so beside its name.
    badge = page.locator(".maplibregl-popup .popup-sources li .synthetic").first
    assert badge.inner_text().lower() == "synthetic"
    assert "not real data" in (badge.get_attribute("title") or "")
    # The feature carries only what is drawn; the popup's fields came with its sources.
    drawn = page.evaluate("window.minewatchFieldMap.shown.hazards.features[0].properties")
    assert sorted(drawn) == ["record_id", "status"]
    popup = page.locator(".maplibregl-popup .field-popup")
    assert popup.locator("strong").inner_text().startswith("Synthetic hazard ")
    assert " · released" in popup.inner_text() and "dated " in popup.inner_text()

    page.fill("#as-of", "2001-06-01")
    page.dispatch_event("#as-of", "change")
    _ready(page, seen)
    # Released hazards are dated 2002, 2005, 2008; accidents 2000-01, 2001-02, 2002-03, 2003-04.
    assert _counts(page) == {
        **dict.fromkeys(("open", "in_progress", "released"), 0),
        "activities": 0,
        "accidents": 2,
    }
    assert page.locator("#as-of-label").inner_text() == "2001-06-01"
    field_tab.shot("field-map")
    field_tab.assert_clean()


# A jump of more than half the world between two points of one ring is a straight line drawn
# across the whole flat map (Russia, Fiji in world-atlas cross the antimeridian); Antarctica is
# closed along the pole, beyond Web Mercator's 85.05°, which is drawn at the map's edge.
_CROSSINGS = """() => {
  let n = 0;
  for (const f of window.minewatchFieldMap.basemap.features) {
    for (const polygon of window.minewatchBasemap.polygons(f.geometry)) {
      for (const ring of polygon) {
        for (let i = 1; i < ring.length; i++) {
          const across = Math.abs(ring[i][0] - ring[i - 1][0]) > 180;
          if (across && Math.abs(ring[i][1]) < 85.06) n++;
        }
      }
    }
  }
  return n;
}"""


def test_the_base_map_draws_no_line_across_the_world_and_counts_add_up(
    field_tab: Browse,
) -> None:
    page = field_tab.open("/field?as_of=2026-01-01")
    _ready(page)
    assert page.evaluate("window.minewatchFieldMap.basemap.features.length") > 100
    assert page.evaluate(_CROSSINGS) == 0
    # The legend's held counts = what can be drawn + what is listed as not drawn.
    drawable = page.locator("#field-drawable").inner_text()
    assert "hazards 9" in drawable and "accidents 4" in drawable
    assert page.locator("#field-shown").inner_text().startswith("In this view: hazards 9 drawn")
    # The 1:50m base map replaces the first one, unwrapped too.
    deadline = time.monotonic() + 10
    while not _asked(field_tab, "/static/vendor/countries-50m.json"):
        assert time.monotonic() < deadline, "the 1:50m base map was never asked for"
        page.wait_for_timeout(100)
    page.wait_for_timeout(500)
    assert page.evaluate(_CROSSINGS) == 0
    field_tab.assert_clean()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def profile_server(
    request: pytest.FixtureRequest, templates: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """The reference data (a profile page needs its state) plus the seeded accidents imported
    as synthetic, served from each backend in turn."""
    workdir = tmp_path_factory.mktemp("field-profile")
    url = templates[request.param].copy("loaded")  # type: ignore[index]
    app = App.from_settings(Settings(database_url=url))
    mapping = resolve_mapping("accidents", None, None)
    path = accidents_csv(workdir / "accidents.csv", 4)
    import_files(app, [path], mapping, actor="test:field-profile", synthetic=True)
    yield from serve(app)
    app.close()


def test_the_profile_chart_marks_synthetic_years_on_its_axis(
    browser: Browser, profile_server: Server
) -> None:
    """The seeded accidents (COL, 2000-2003) are synthetic: the field chart's year labels say
    so on the axis itself, not only in the table under it."""
    for tab in browse_with(browser, profile_server, 1280, 900):
        page = tab.open("/states/COL")
        page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
        chart = page.locator("[data-chart='field'] svg .role-axis-label text")
        years = [label for label in chart.all_text_contents() if re.match(r"\d{4}\b", label)]
        assert years == [f"{year} (synthetic)" for year in range(2000, 2004)], years
        assert page.locator("#field-synthetic").inner_text().lower() == "synthetic"
        tab.assert_clean()


def test_the_downloads_page_offers_the_field_layers(field_tab: Browse) -> None:
    """The downloads page lists hazardous areas and land release with their formats; a click
    on the hazards' GeoJSON downloads the public file (every seeded hazard is marked public,
    so each keeps its own polygon), nothing leaving 127.0.0.1."""
    page = field_tab.open("/downloads")
    table = page.locator("#field-downloads")
    rows = table.locator("tbody tr")
    assert rows.count() == 2
    first = rows.nth(0)
    assert "Hazardous areas" in first.inner_text() and "9" in first.inner_text()
    links = first.locator("a")
    assert [links.nth(i).inner_text() for i in range(links.count())] == [
        "GeoJSON",
        "GeoPackage",
        "CSV",
        "XLSX",
    ]
    with page.expect_download() as started:
        first.get_by_text("GeoJSON").click()
    download = started.value
    assert download.suggested_filename == "minewatch-hazards-public.geojson"
    body = json.loads(Path(download.path()).read_text(encoding="utf-8"))
    assert len(body["features"]) == 9
    assert {f["properties"]["location"] for f in body["features"]} == {"exact"}
    assert "Land release" in rows.nth(1).inner_text()
    field_tab.assert_clean()
