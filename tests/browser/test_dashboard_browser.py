"""The dashboard in real headless Chromium: the map, the date control, profiles, sources, search,
the overview; phone width, print style, keyboard focus; and no request leaving 127.0.0.1.

Screenshots of every page land in test-output/screenshots/ (git-ignored).
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

import pytest
from playwright.sync_api import Page

from minewatch.services import queries

from .dashboard_harness import Browse, Server

pytestmark = pytest.mark.browser

# Finland: a point well inside the country, and the day its withdrawal took effect.
FINLAND = (26.0, 63.5)
FINLAND_OUT = "2026-01-10"
MAP_DATES = ["1999-03-01", "2026-01-09", "2026-02-03"]  # before and after 2026-01-10
COLOURS = {
    "party_in_force": (0x00, 0x72, 0xB2),
    "party_not_in_force": (0x56, 0xB4, 0xE9),
    "signatory": (0x00, 0x9E, 0x73),
    "non_signatory": (0xCC, 0x79, 0xA7),
    "withdrawal_pending": (0xE6, 0x9F, 0x00),
    "withdrawn": (0xD5, 0x5E, 0x00),
}


def expected_keys(server: Server, day: str) -> Counter[str]:
    """States per map colour, from the same service the CLI's ``status --as-of`` uses."""
    report = queries.status_report(server.app, date.fromisoformat(day))
    return Counter(_key(s) for s in report["states"])


def _key(state: dict[str, Any]) -> str:
    if state["status"] == "party":
        return "party_in_force" if state["in_force"] else "party_not_in_force"
    return str(state["status"])


def open_map(browse: Browse, day: str) -> Page:
    page = browse.open(f"/?as_of={day}")
    wait_for_map(page, day)
    return page


def wait_for_map(page: Page, day: str) -> None:
    page.wait_for_selector(f'body[data-map-date="{day}"]', state="attached", timeout=30_000)


def rendered_counts(page: Page) -> dict[str, int]:
    counts: dict[str, int] = page.evaluate("window.minewatchMap.renderedCounts()")
    return {k: v for k, v in counts.items() if k != "no_data" and v}


def legend_counts(page: Page) -> dict[str, int]:
    rows = page.locator("#legend li[data-key] .count")
    keys = page.locator("#legend li[data-key]:has(.count)")
    out = {
        keys.nth(i).get_attribute("data-key") or "": int(rows.nth(i).inner_text())
        for i in range(rows.count())
    }
    return {k: v for k, v in out.items() if v}


def pixel_at(page: Page, lon: float, lat: float) -> tuple[int, int, int]:
    """The colour the map canvas shows at a place (the map keeps its drawing buffer)."""
    rgb: list[int] = page.evaluate(
        """([lon, lat]) => {
            const map = window.minewatchMap.map;
            const p = map.project([lon, lat]);
            const src = map.getCanvas();
            const ratio = src.width / src.clientWidth;
            const c = document.createElement('canvas');
            c.width = src.width; c.height = src.height;
            const ctx = c.getContext('2d');
            ctx.drawImage(src, 0, 0);
            const d = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
            return [d[0], d[1], d[2]];
        }""",
        [lon, lat],
    )
    return (rgb[0], rgb[1], rgb[2])


def close_to(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("day", MAP_DATES)
def test_map_draws_each_state_in_the_colour_of_its_status(
    desktop: Browse, server: Server, day: str
) -> None:
    page = open_map(desktop, day)
    expected = {k: v for k, v in expected_keys(server, day).items() if v}
    assert sum(expected.values()) == 197
    assert rendered_counts(page) == expected
    assert legend_counts(page) == expected
    report = queries.status_report(server.app, date.fromisoformat(day))
    for field in ("states_parties", "in_force", "withdrawn", "withdrawal_pending"):
        shown = page.locator(f'#status-summary dd[data-field="{field}"]').inner_text()
        assert int(shown) == report[field], field
    finland = next(s for s in report["states"] if s["iso3"] == "FIN")
    assert close_to(pixel_at(page, *FINLAND), COLOURS[_key(finland)])
    desktop.shot(f"map-{day}")
    desktop.assert_clean()


def test_finland_changes_colour_on_the_day_its_withdrawal_takes_effect(
    desktop: Browse, server: Server
) -> None:
    before = open_map(desktop, "2026-01-09")
    assert close_to(pixel_at(before, *FINLAND), COLOURS["withdrawal_pending"])
    after = open_map(desktop, FINLAND_OUT)
    assert close_to(pixel_at(after, *FINLAND), COLOURS["withdrawn"])
    desktop.assert_clean()


def test_date_control_changes_the_map_and_the_url(desktop: Browse, server: Server) -> None:
    page = open_map(desktop, "2026-01-09")
    withdrawn_before = rendered_counts(page)["withdrawn"]
    page.fill("#as-of", FINLAND_OUT)
    page.locator("#as-of").dispatch_event("change")
    wait_for_map(page, FINLAND_OUT)
    assert page.url.endswith(f"/?as_of={FINLAND_OUT}")
    assert rendered_counts(page)["withdrawn"] == withdrawn_before + 1
    assert page.locator("#as-of-label").inner_text() == FINLAND_OUT
    assert legend_counts(page) == {k: v for k, v in expected_keys(server, FINLAND_OUT).items() if v}
    # The slider works from the keyboard: one step left is one day back.
    page.focus("#as-of-range")
    page.keyboard.press("ArrowLeft")
    wait_for_map(page, "2026-01-09")
    assert page.url.endswith("/?as_of=2026-01-09")
    assert rendered_counts(page)["withdrawn"] == withdrawn_before
    # The shared URL opens the same view.
    desktop.open("/?as_of=2026-01-09")
    wait_for_map(page, "2026-01-09")
    assert page.input_value("#as-of") == "2026-01-09"
    desktop.assert_clean()


def test_hover_names_a_country_and_click_opens_finlands_profile(
    desktop: Browse, server: Server
) -> None:
    page = open_map(desktop, "2026-02-03")
    box = page.locator("#map canvas").bounding_box()
    assert box is not None
    xy = page.evaluate("(ll) => window.minewatchMap.map.project(ll)", list(FINLAND))
    x, y = box["x"] + xy["x"], box["y"] + xy["y"]
    page.mouse.move(x, y)
    page.wait_for_function("document.getElementById('map-info').textContent.includes('Finland')")
    assert "Withdrawn" in page.locator("#map-info").inner_text()
    page.mouse.click(x, y)
    page.wait_for_url(re.compile(r"/states/FIN\?as_of=2026-02-03$"))
    assert page.locator("h1").inner_text().startswith("Finland")
    assert "Withdrawn" in page.locator("#standing").inner_text()
    effective = page.locator('#timeline li[data-kind="withdrawal_effective"]')
    assert effective.count() == 1
    assert FINLAND_OUT in effective.inner_text()
    # Its footnote names the source record and its URL.
    ref = effective.locator("sup.fn a").first
    target = ref.get_attribute("href")
    assert target is not None and re.fullmatch(r"#fn-\d+", target)
    note = page.locator(target)
    assert "treaty:FIN:withdrawal_effective" in note.inner_text()
    assert note.locator('a[href^="https://treaties.un.org/"]').count() == 1
    desktop.shot("state-FIN")
    note.locator('a[href^="/sources/"]').click()
    page.wait_for_url(re.compile(r"/sources/\d+$"))
    citing = page.locator("#citations")
    assert "treaty:FIN:withdrawal_effective" in citing.inner_text()
    desktop.shot("source-untc")
    desktop.assert_clean()


def test_us_profile_lists_its_policy_versions_in_order(desktop: Browse, server: Server) -> None:
    profile = queries.state_profile(server.app, "USA", date(2026, 2, 3))
    page = desktop.open("/states/USA?as_of=2026-02-03")
    versions = page.locator("#policies li.policy")
    dates = [versions.nth(i).get_attribute("data-date") or "" for i in range(versions.count())]
    assert len(dates) == len(profile["policies"]) >= 14
    assert dates == sorted(dates)
    assert dates[0].startswith("1992") and dates[-1] == "2025-12-02"
    numbers = [versions.nth(i).get_attribute("data-version") for i in range(versions.count())]
    assert numbers == [str(n) for n in range(1, len(dates) + 1)]
    last = versions.last
    assert "Geographic scope" in last.inner_text()
    assert last.locator("dd.changed").count() == len(profile["policies"][-1]["changes"]) > 0
    assert last.locator("sup.fn a").count() >= 1
    # The time line interleaves them with the Convention events, oldest first.
    timeline = page.locator("#timeline > li .when").all_inner_texts()
    assert timeline == sorted(timeline)
    desktop.shot("state-USA")
    desktop.assert_clean()


def test_search_box_finds_a_state_as_you_type(desktop: Browse, server: Server) -> None:
    page = desktop.open("/overview")
    page.fill("#site-q", "Finland")
    link = page.locator('#site-q-results .found-states a[href="/states/FIN"]')
    link.wait_for(timeout=10_000)
    desktop.shot("search-popup")
    link.click()
    page.wait_for_url(re.compile(r"/states/FIN$"))
    page = desktop.open("/search?q=treaty")
    assert page.locator("#search-results .found-sources a[href^='/sources/']").count() >= 1
    desktop.shot("search")
    desktop.assert_clean()


def test_overview_draws_its_charts_with_sources(desktop: Browse, server: Server) -> None:
    page = desktop.open("/overview")
    page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    assert page.locator(".chart svg").count() == 4
    assert page.locator("#chart-casualties svg .mark-line path").count() >= 1
    rows = page.locator("table.indicators tbody tr")
    total = len(queries.indicators(server.app)["indicators"])
    assert rows.count() == total
    assert page.locator("table.indicators sup.fn").count() == total
    assert page.locator(".footnotes li a[href^='/sources/']").count() >= 1
    desktop.shot("overview")
    desktop.assert_clean()


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("map", "/?as_of=2026-02-03"),
        ("state-FIN", "/states/FIN?as_of=2026-02-03"),
        ("state-USA", "/states/USA"),
        ("states", "/states?as_of=2026-02-03"),
        ("overview", "/overview"),
        ("source", "/sources/1"),
    ],
)
def test_pages_fit_a_phone_screen(phone: Browse, name: str, path: str) -> None:
    page = phone.open(path)
    if name == "map":
        wait_for_map(page, "2026-02-03")
    if name == "overview":
        page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at phone width"
    phone.shot(f"phone-{name}")
    phone.assert_clean()


def test_print_style_hides_the_controls(desktop: Browse) -> None:
    page = desktop.open("/states/USA")
    page.emulate_media(media="print")
    for selector in ("header.site nav", "form.search", ".profile-head form"):
        display = page.eval_on_selector(selector, "e => getComputedStyle(e).display")
        assert display == "none", selector
    assert page.locator("#policies").is_visible()
    page.emulate_media(media="screen")
    assert page.eval_on_selector("header.site nav", "e => getComputedStyle(e).display") != "none"
    desktop.assert_clean()


def test_keyboard_reaches_the_content_with_a_visible_focus(desktop: Browse) -> None:
    page = desktop.open("/states/FIN")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("", "none")
    page.keyboard.press("Enter")
    # The jump to the fragment lands after the key press returns: wait for it (raises on timeout)
    page.wait_for_url(re.compile(r"/states/FIN#main$"))
    # Every form control on every page has a label.
    for path in ("/", "/states/FIN", "/search?q=fin", "/overview", "/states"):
        page = desktop.open(path)
        unlabelled = page.evaluate(
            """() => [...document.querySelectorAll('input, select, textarea')]
                .filter(e => e.type !== 'hidden' && e.labels.length === 0)
                .map(e => e.id || e.name)"""
        )
        assert unlabelled == [], path
    desktop.assert_clean()


def test_api_docs_page_draws_from_local_assets(desktop: Browse, server: Server) -> None:
    """/docs is Swagger UI from /static/vendor under the site's CSP: no CDN, no errors."""
    page = desktop.open("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30_000)
    assert page.locator(".swagger-ui .opblock").count() >= 6
    desktop.assert_clean()


@pytest.mark.parametrize("path", ["/overview", "/states/MMR", "/states/UKR"])
def test_charts_draw_under_a_csp_without_unsafe_eval(desktop: Browse, path: str) -> None:
    """Vega's expressions run in vega-interpreter: the chart pages' CSP has no 'unsafe-eval'
    and the charts draw with no CSP violation (listened for from before the page's scripts)."""
    violations = "window.__csp = []; document.addEventListener('securitypolicyviolation', "
    violations += "(e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    desktop.page.add_init_script(violations)
    answer = desktop.page.goto(desktop.base + path)
    assert answer is not None
    policy = answer.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-eval" not in policy
    desktop.page.wait_for_selector('body[data-charts="ready"]', state="attached", timeout=30_000)
    assert desktop.page.locator("[data-chart] svg").count() >= 1
    assert desktop.page.evaluate("window.__csp") == []
    desktop.assert_clean()
