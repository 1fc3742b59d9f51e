"""The dashboard pages through the ASGI app in process, on both backends: each page's JSON twin
(``.json`` or ``Accept: application/json``) is the service's dict; the HTML carries what the
reader needs (footnotes, labels, local assets only); errors render as pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from minewatch.app import App
from minewatch.services import queries
from minewatch.web.app import create_app

STATIC = Path(__file__).resolve().parents[2] / "src" / "minewatch" / "web" / "static"
PAGES = [  # each page and its JSON twin
    ("/?as_of=2026-02-03", "/index.json?as_of=2026-02-03"),
    ("/states?as_of=2026-02-03", "/states.json?as_of=2026-02-03"),
    ("/states/FIN?as_of=2026-02-03", "/states/FIN.json?as_of=2026-02-03"),
    ("/states/USA", "/states/USA.json"),
    ("/sources/1", "/sources/1.json"),
    ("/search?q=finland", "/search.json?q=finland"),
    ("/overview", "/overview.json"),
]


@pytest.fixture
def client(loaded_app: App) -> Iterator[TestClient]:
    with TestClient(create_app(loaded_app)) as test_client:
        yield test_client


class Tags(HTMLParser):
    """Every start tag with its attributes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def test_map_json_is_the_status_report(client: TestClient, loaded_app: App) -> None:
    expected = queries.status_report(loaded_app, date(2026, 1, 10))
    for response in (
        client.get("/index.json?as_of=2026-01-10"),
        client.get("/.json?as_of=2026-01-10"),
        client.get("/?as_of=2026-01-10", headers={"Accept": "application/json"}),
    ):
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        body = response.json()
        assert body.pop("page") == {
            "of": "states",
            "limit": 1000,
            "offset": 0,
            "total": len(expected["states"]),
            "next": None,
        }
        assert body == expected
    api = client.get("/api/v1/status?as_of=2026-01-10").json()
    assert api.pop("page")["total"] == len(expected["states"])
    assert api == expected


def test_map_page_embeds_the_report_and_counts_it_in_the_legend(client: TestClient) -> None:
    html = client.get("/?as_of=2026-01-09").text
    report = client.get("/index.json?as_of=2026-01-09").json()
    assert 'value="2026-01-09"' in html
    pending = sum(1 for s in report["states"] if s["status"] == "withdrawal_pending")
    assert pending == report["withdrawal_pending"] > 0
    legend = re.search(r'data-key="withdrawal_pending">.*?class="count">(\d+)<', html, re.S)
    assert legend is not None and int(legend.group(1)) == pending
    summary = re.search(r'data-field="states_parties">(\d+)<', html)
    assert summary is not None and int(summary.group(1)) == report["states_parties"]


def test_finland_profile_shows_its_withdrawal_with_a_source(client: TestClient) -> None:
    body = client.get("/states/FIN.json?as_of=2026-02-03").json()
    assert body["standing"] == {"status": "withdrawn", "in_force": False}
    effective = [e for e in body["timeline"] if e["kind"] == "withdrawal_effective"]
    assert [e["date"] for e in effective] == ["2026-01-10"]
    assert effective[0]["citations"][0]["url"].startswith("https://treaties.un.org/")
    html = client.get("/states/FIN?as_of=2026-02-03").text
    item = re.search(r'data-kind="withdrawal_effective".*?</li>', html, re.S)
    assert item is not None and "2026-01-10" in item.group(0)
    number = re.search(r'href="#fn-(\d+)"', item.group(0))
    assert number is not None
    note = re.search(rf'<li id="fn-{number.group(1)}".*?</li>', html, re.S)
    assert note is not None
    assert "treaty:FIN:withdrawal_effective" in note.group(0)
    assert re.search(r'href="/sources/\d+"', note.group(0))
    assert 'href="https://treaties.un.org/' in note.group(0)


def test_profile_before_the_withdrawal_shows_it_pending(client: TestClient) -> None:
    body = client.get("/states/fin.json?as_of=2025-12-01").json()
    assert body["iso3"] == "FIN"
    assert body["standing"]["status"] == "withdrawal_pending"
    assert "withdrawal_effective" not in {e["kind"] for e in body["timeline"]}


def test_us_profile_lists_policy_versions_in_date_order(client: TestClient) -> None:
    body = client.get("/states/USA.json?as_of=2026-02-03").json()
    dates = [p["date"] for p in body["policies"]]
    assert dates[0] == "1992-10-23" and dates[-1] == "2025-12-02"
    html = client.get("/states/USA?as_of=2026-02-03").text
    shown = re.findall(
        r'class="policy" id="policy-\d+" data-version="\d+" data-date="([^"]+)"', html
    )
    assert shown == dates
    assert shown == sorted(shown)
    assert html.count('class="changed"') == sum(len(p["changes"]) for p in body["policies"])


def test_every_figure_on_the_overview_has_a_numbered_footnote(client: TestClient) -> None:
    body = client.get("/overview.json").json()
    rows = body["indicators"]
    assert len(rows) >= 70
    assert {"casualties_total", "civilian_share", "stockpiled_apm_destroyed_in_year"} <= {
        r["indicator"] for r in rows
    }
    html = client.get("/overview").text
    refs = re.findall(r'<sup class="fn">\[<a href="#fn-(\d+)"', html)
    assert len(refs) == len(rows)
    notes = re.findall(r'<li id="fn-(\d+)" value="\d+">', html)
    assert sorted(set(refs), key=int) == notes


def test_source_page_lists_every_record_citing_it(client: TestClient, loaded_app: App) -> None:
    fin = queries.state_profile(loaded_app, "FIN", date(2026, 2, 3))
    effective = next(e for e in fin["timeline"] if e["kind"] == "withdrawal_effective")
    source_id = effective["citations"][0]["source_id"]
    body = client.get(f"/sources/{source_id}.json").json()
    assert body.pop("page")["of"] == "citations"
    assert body == queries.source_detail(loaded_app, source_id)
    assert "treaty:FIN:withdrawal_effective" in {c["record"] for c in body["citations"]}
    html = client.get(f"/sources/{source_id}").text
    assert (
        html.count("<code>treaty:") + html.count("<code>listing:") >= len(body["citations"]) > 100
    )


def test_search_finds_states_sources_and_records(client: TestClient) -> None:
    body = client.get("/search.json?q=finland").json()
    assert {"iso3": "FIN", "name": "Finland"} in body["states"]
    assert any(r["iso3"] == "FIN" for r in body["records"])
    page = client.get("/search?q=finland").text
    assert '<a href="/states/FIN">Finland</a>' in page and "<html" in page
    fragment = client.get("/search?q=finland", headers={"HX-Request": "true"}).text
    assert '<a href="/states/FIN">Finland</a>' in fragment and "<html" not in fragment
    assert client.get("/search.json?q=").json()["states"] == []


def test_search_pages_with_offset_and_a_next_link(client: TestClient) -> None:
    everything = client.get("/search.json", params={"q": "an", "limit": 10000}).json()
    totals = everything["totals"]
    assert totals["records"] == len(everything["records"]) > 10 and totals["states"] > 5
    assert everything["page"]["next"] is None
    seen: dict[str, list[object]] = {"states": [], "sources": [], "records": []}
    url: str | None = "/search.json?q=an&limit=5"
    while url:
        response = client.get(url)
        body = response.json()
        assert body["totals"] == totals and len(body["records"]) <= 5
        for name in seen:
            seen[name] += body[name]
        url = body["page"]["next"]
        assert ("link" in response.headers) == (url is not None)
    assert seen == {name: everything[name] for name in seen}
    html = client.get("/search", params={"q": "an", "limit": 5}).text
    assert 'rel="next">More results</a>' in html and "offset=5" in html
    as_csv = client.get("/search", params={"q": "an", "limit": 5, "format": "csv"})
    assert as_csv.text.splitlines()[0].startswith("record,kind")
    states = client.get("/search", params={"q": "an", "format": "csv", "table": "states"})
    assert states.text.splitlines()[0] == "iso3,name"
    assert client.get("/search.json", params={"q": "an", "limit": 0}).status_code == 400


def test_an_unknown_path_is_a_page_for_browsers_and_a_problem_for_programs(
    client: TestClient,
) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    for path in ("/nope", "/api/v1/nope", "/states/FIN/nope"):
        page = client.get(path, headers={"Accept": browser})
        assert page.status_code == 404, path
        assert page.headers["content-type"].startswith("text/html"), path
        assert "<h1>Not found</h1>" in page.text and "not_found" in page.text
        for accept in ("*/*", "application/json", ""):
            problem = client.get(path, headers={"Accept": accept})
            assert problem.status_code == 404, (path, accept)
            assert problem.headers["content-type"] == "application/problem+json"
            assert problem.json()["code"] == "not_found"
    twin = client.get("/nope.json", headers={"Accept": browser})
    assert twin.status_code == 404 and twin.json()["code"] == "not_found"
    wrong_method = client.delete("/states", headers={"Accept": browser})
    assert wrong_method.status_code == 405 and "GET" in wrong_method.headers["allow"]
    assert wrong_method.headers["content-type"].startswith("text/html")


def test_errors_are_pages_for_people_and_problems_for_programs(client: TestClient) -> None:
    page = client.get("/states/XXX")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "XXX" in page.text
    problem = client.get("/states/XXX.json")
    assert problem.status_code == 404 and problem.json()["code"] == "not_found"
    bad_date = client.get("/?as_of=2026-02-30")
    assert bad_date.status_code == 400 and "invalid_date" in bad_date.text
    assert client.get("/index.json?as_of=yesterday").json()["code"] == "invalid_date"


# Every page a visitor reaches from the site's menu, the login form included (the review
# queue sends a visitor there): each one's "this page as JSON" link must answer.
MENU_PAGES = ["/", "/field", "/states", "/overview", "/downloads", "/forms", "/login"]


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("path", [*MENU_PAGES, "/login?next=/review"])
def test_every_pages_json_link_answers(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200
    links = {a["href"] for t, a in tags(page.text) if t in ("a", "link") and a.get("href")}
    twins = {str(href) for href in links if ".json" in str(href)}
    assert twins, path
    for twin in twins:
        answer = client.get(twin)
        assert answer.status_code == 200, (path, twin, answer.text[:200])
        assert answer.headers["content-type"] == "application/json", (path, twin)


@pytest.mark.parametrize(("path", "twin"), PAGES)
def test_pages_load_only_local_assets_and_label_their_controls(
    client: TestClient, path: str, twin: str
) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert "Accept" in response.headers["vary"]
    found = tags(response.text)
    assets = [a.get("src") or a.get("href") for t, a in found if t in ("script", "link")]
    assert [u for u in assets if u and not u.startswith("/")] == []
    labelled = {a.get("for") for t, a in found if t == "label"}
    controls = [a for t, a in found if t in ("input", "select") and a.get("type") != "hidden"]
    assert controls and all(c.get("id") in labelled for c in controls)
    assert ("html", {"lang": "en"}) in found
    assert any(t == "a" and a.get("class") == "skip" for t, a in found)
    assert f'href="{twin.replace("&", "&amp;")}"' in response.text  # the page links its twin
    as_json = client.get(twin)
    assert as_json.status_code == 200 and as_json.headers["content-type"] == "application/json"
    negotiated = client.get(path, headers={"Accept": "application/json"})
    assert negotiated.json() == as_json.json()


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_text_colours_meet_wcag_aa_contrast() -> None:
    css = (STATIC / "css" / "minewatch.css").read_text(encoding="utf-8")
    palette = dict(re.findall(r"--([a-z_]+):\s*(#[0-9a-fA-F]{6})", css))
    for text, background in [("ink", "paper"), ("muted", "paper"), ("link", "paper"),
                             ("muted", "tint"), ("link", "tint")]:  # fmt: skip
        assert contrast(palette[text], palette[background]) >= 4.5, (text, background)
    assert contrast("#ffffff", "#12324a") >= 4.5  # header links on the header band
    # The focus ring must stand out from the page (WCAG 2.2 non-text contrast, 3:1).
    assert contrast(palette["focus"], palette["paper"]) >= 3


def test_profile_figures_and_periods_read_cleanly(client: TestClient) -> None:
    """A range the data writes as 22000000-25000000 is shown 22,000,000–25,000,000 like every
    other figure; a use period of one year (2022 to 2022) is shown once, not "2022 – 2022"."""
    page = client.get("/states/RUS").text
    stock = page.split('<table id="stockpiles"', 1)[1].split("</table>", 1)[0]
    assert "22,000,000–25,000,000" in stock and "22000000-25000000" not in stock
    page = client.get("/states/UKR").text
    use = page.split('<table id="use-events"', 1)[1].split("</table>", 1)[0]
    assert "<td>2022</td>" in use and "2022 – 2022" not in use
    assert "<td>2014-10 – 2015-10</td>" in use  # a real period keeps its end
