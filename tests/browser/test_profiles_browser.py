"""Country profiles full of sourced facts, in real Chromium: use (alleged vs confirmed, who
reported it), stockpile figures, casualties by year with a chart, and deadlines with their
status, every row with its source footnote. On both backends: the module's ``server`` serves
the reference data from SQLite, then from PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from minewatch.app import App
from minewatch.services import queries
from minewatch.settings import Settings

from .dashboard_harness import Browse, Server, serve

AS_OF = date(2026, 11, 30)
STATES = ["UKR", "MMR", "RUS", "KHM", "GRC", "FIN"]


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    """This module's pages served from each backend in turn (overrides the SQLite-only one)."""
    url = request.getfixturevalue(f"{request.param}_reference_url")
    app = App.from_settings(Settings(database_url=url))
    try:
        yield from serve(app)
    finally:
        app.close()


def test_the_server_runs_on_the_backend_it_says(
    server: Server, request: pytest.FixtureRequest
) -> None:
    assert server.app.engine.dialect.name == request.node.callspec.params["server"]


def _profile(server: Server, iso3: str) -> dict[str, Any]:
    return queries.state_profile(server.app, iso3, AS_OF)


def _attrs(page: Any, selector: str, name: str) -> list[str]:
    rows = page.locator(selector)
    return [rows.nth(i).get_attribute(name) or "" for i in range(rows.count())]


@pytest.mark.parametrize("iso3", STATES)
def test_profile_shows_every_sourced_fact_with_its_footnote(
    desktop: Browse, server: Server, iso3: str
) -> None:
    profile = _profile(server, iso3)
    page = desktop.open(f"/states/{iso3}?as_of={AS_OF.isoformat()}")
    if profile["stockpiles"] or profile["casualties"]:
        page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    empty = {
        "use_events": "No use of anti-personnel mines recorded.",
        "stockpiles": "No stockpile figures recorded.",
        "casualties": "No casualty figures recorded.",
    }
    shown = page.locator("main").inner_text()
    for table, key in (
        ("#use-events", "use_events"),
        ("#stockpiles", "stockpiles"),
        ("#casualties", "casualties"),
    ):
        # Where the sourced data holds nothing, the page says so rather than showing zeros.
        assert (empty[key] in shown) is (not profile[key]), key
        rows = page.locator(f"{table} tbody tr")
        assert rows.count() == len(profile[key]), key
        for i in range(rows.count()):
            assert rows.nth(i).locator("sup.fn a").count() >= 1, f"{key} row {i} has no source"
    statuses = _attrs(page, "#deadlines tbody tr", "data-status")
    assert statuses == [d["status"] for d in profile["deadlines"]]
    assert page.locator(".footnotes li a[href^='/sources/']").count() >= 1
    desktop.shot(f"profile-{iso3}")
    desktop.assert_clean()


def test_the_six_profiles_are_not_empty(server: Server) -> None:
    """What the data holds for each of the six (the browser test checks it is all shown)."""
    found = {iso3: _profile(server, iso3) for iso3 in STATES}
    assert all(found[s]["use_events"] for s in ("UKR", "MMR", "RUS", "KHM"))
    assert all(found[s]["stockpiles"] for s in ("UKR", "RUS", "KHM", "GRC", "FIN"))
    assert all(found[s]["casualties"] for s in ("UKR", "MMR", "RUS", "KHM", "GRC"))
    assert all(found[s]["deadlines"] for s in ("UKR", "KHM", "GRC", "FIN"))
    # What no row holds, the page says so: Myanmar's stockpile (the Monitor states no figure),
    # Finnish casualties; Myanmar and Russia are not parties and have no treaty deadlines.
    assert not found["MMR"]["stockpiles"] and not found["FIN"]["casualties"]
    assert not found["MMR"]["deadlines"] and not found["RUS"]["deadlines"]
    assert all(found[s]["policies"] for s in ("UKR", "MMR", "RUS", "FIN"))


def test_ukraine_shows_alleged_and_confirmed_use_and_who_reported_it(
    desktop: Browse, server: Server
) -> None:
    page = desktop.open(f"/states/UKR?as_of={AS_OF.isoformat()}")
    levels = set(_attrs(page, "#use-events tbody tr", "data-level"))
    assert {"alleged", "confirmed"} <= levels
    roles = set(_attrs(page, "#use-events tbody tr", "data-role"))
    assert roles == {"user", "territory"}  # its own use, and Russia's on its territory
    table = page.locator("#use-events").inner_text()
    assert "Human Rights Watch" in table and "Landmine Monitor" in table
    assert "Russian armed forces" in table
    desktop.assert_clean()


def test_ukraine_deadlines_show_the_chain_of_extensions(desktop: Browse) -> None:
    page = desktop.open(f"/states/UKR?as_of={AS_OF.isoformat()}")
    row = page.locator('#deadlines tr[data-article="5"]')
    assert row.get_attribute("data-status") == "extended"
    assert "2033-12-01" in row.inner_text()
    steps = _attrs(page, "#chain-5 li", "data-step")
    assert steps == [
        "original_deadline",
        "deadline_missed",
        "extension_granted",
        "extension_requested",
        "extension_granted",
    ]
    assert page.locator("#chain-5 li sup.fn a").count() == 5
    chain = page.locator("#chain-5").inner_text()
    assert "Deadline 2016-06-01 missed" in chain and "missed 2016-06-01" not in chain
    art4 = page.locator('#deadlines tr[data-article="4"]')
    assert art4.get_attribute("data-status") == "missed"
    assert "outcome not on record" not in art4.inner_text()
    desktop.assert_clean()


def test_casualties_chart_draws_one_bar_per_year_and_report(
    desktop: Browse, server: Server
) -> None:
    profile = _profile(server, "MMR")
    bars = {
        (c["year"], c["report_edition"])
        for c in profile["casualties"]
        if c["year"] is not None and c["total"] is not None
    }
    page = desktop.open(f"/states/MMR?as_of={AS_OF.isoformat()}")
    page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    drawn = page.locator("[data-chart='casualties'] svg .mark-rect path")
    assert drawn.count() == len(bars) > 3
    desktop.assert_clean()


def test_casualty_bars_are_tall_enough_to_read(desktop: Browse, server: Server) -> None:
    """The plot keeps its height whatever the legend needs (a legend of eleven reports once
    squeezed Myanmar's bars to nothing), and the tallest bar is the largest total."""
    page = desktop.open(f"/states/MMR?as_of={AS_OF.isoformat()}")
    page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    bars = page.locator("[data-chart='casualties'] svg .mark-rect path")
    heights = [bars.nth(i).bounding_box()["height"] for i in range(bars.count())]  # type: ignore[index]
    assert max(heights) >= 150
    profile = _profile(server, "MMR")
    totals = [c["total"] for c in profile["casualties"] if c["year"] and c["total"] is not None]
    smallest = min(totals) / max(totals) * max(heights)
    assert min(heights) == pytest.approx(smallest, abs=2)
    desktop.assert_clean()


def test_a_state_with_only_multi_year_totals_gets_no_empty_chart(desktop: Browse) -> None:
    """Greece's one casualty figure spans 1999-2008: the table shows it, no blank chart does."""
    page = desktop.open(f"/states/GRC?as_of={AS_OF.isoformat()}")
    page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    assert page.locator("[data-chart='casualties']").count() == 0
    section = page.locator("section[aria-labelledby='casualties-heading']").inner_text()
    assert "1999-2008" in section and "No single-year figures to chart" in section
    desktop.assert_clean()


def _translate_x(transform: str) -> float:
    return float(transform.removeprefix("translate(").split(",")[0])


def test_stockpile_figures_are_drawn_on_a_time_axis(desktop: Browse, server: Server) -> None:
    """Points stand where their dates are: 2019 and 2019-05-24 are close, 2014-06-09 far."""
    page = desktop.open(f"/states/GRC?as_of={AS_OF.isoformat()}")
    page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    points = page.locator("[data-chart='stockpiles'] svg .mark-symbol.role-mark path")
    xs = {}
    for i in range(points.count()):
        point = points.nth(i)
        label = dict(
            part.split(": ", 1) for part in (point.get_attribute("aria-label") or "").split("; ")
        )
        xs[label["Reported as of"]] = _translate_x(point.get_attribute("transform") or "")
    assert {"2014-06-09", "2019", "2019-05-24"} <= set(xs)
    near = xs["2019-05-24"] - xs["2019"]
    far = xs["2019"] - xs["2014-06-09"]
    assert 0 < near < far / 10  # 4.7 months against 4.6 years
    desktop.assert_clean()


def test_the_stockpile_time_axis_labels_each_year_once(desktop: Browse) -> None:
    """Russia's figures span 2002-2014: the default ticks fell on quarters and each printed its
    year, so "2002 2002 2002 2002 2003 ..." ran along the axis and points sat between labels."""
    page = desktop.open(f"/states/RUS?as_of={AS_OF.isoformat()}")
    page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    labels = page.locator("[data-chart='stockpiles'] svg .role-axis-label text").all_text_contents()
    years = [label for label in labels if label.isdigit() and len(label) == 4]
    assert {"2002", "2005", "2014"} <= set(years)
    assert len(years) == len(set(years)), years
    desktop.assert_clean()


def test_every_legend_entry_is_inside_its_chart(desktop: Browse) -> None:
    """A legend laid out in rows ran past the half-width overview charts and hid entries."""
    page = desktop.open("/overview")
    page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    charts = page.locator("[data-chart]")
    assert charts.count() >= 4
    for i in range(charts.count()):
        chart = charts.nth(i)
        box = chart.bounding_box()
        assert box is not None
        labels = chart.locator(".role-legend-label text")
        assert labels.count() >= 1
        for j in range(labels.count()):
            label = labels.nth(j).bounding_box()
            assert label is not None
            assert label["x"] + label["width"] <= box["x"] + box["width"] + 1, (i, j)
    desktop.assert_clean()


@pytest.mark.parametrize("iso3", ["UKR", "GRC"])
def test_stockpile_points_stand_clear_of_the_axes(desktop: Browse, iso3: str) -> None:
    """The first figure (UKR 2005, GRC 2004-06) was drawn on the y-axis or left of it."""
    page = desktop.open(f"/states/{iso3}?as_of={AS_OF.isoformat()}")
    page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    chart = page.locator("[data-chart='stockpiles'] svg")
    points = chart.locator(".mark-symbol.role-mark path")
    assert points.count() >= 2
    xs = [
        _translate_x(points.nth(i).get_attribute("transform") or "") for i in range(points.count())
    ]
    assert min(xs) >= 12, xs  # the plot's left edge (the y-axis) is x = 0
    desktop.assert_clean()


@pytest.mark.parametrize("iso3", ["UKR", "FIN", "USA"])
def test_what_changed_between_policy_versions_is_visibly_highlighted(
    desktop: Browse, iso3: str
) -> None:
    """The page promised highlighting, but national steps (UKR, FIN) had no field grid and
    nothing was marked: a step of another kind than the one before is marked, in colour."""
    page = desktop.open(f"/states/{iso3}?as_of={AS_OF.isoformat()}")
    changed = page.locator("#policies .changed")
    assert changed.count() >= 1
    first = changed.first
    background = first.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert first.bounding_box() is not None  # drawn, not hidden
    # The first version has nothing before it to differ from.
    assert page.locator("#policy-1 .changed").count() == 0
    desktop.assert_clean()
