"""Web pages: main text without furniture; title, canonical URL and date from metadata."""

from __future__ import annotations

from pathlib import Path

from minewatch.domain.dates import PartialDate
from minewatch.extract import extract, read_document

PAGE = """<!doctype html><html lang="en"><head>
<title>Deminers clear village fields | Example Wire</title>
<link rel="canonical" href="https://wire.example/2024/06/deminers-clear-fields">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Deminers clear village fields", "datePublished": "2024-06-12T09:30:00Z"}</script>
</head><body>
<div id="cookie-banner" class="cookie-consent">This site uses cookies. Accept all</div>
<nav><a href="/">Home</a> <a href="/world">World</a> Landmines in Syria kill five</nav>
<main><article><h1>Deminers clear village fields</h1>
<p class="byline">By a staff writer</p>
<figure><img src="x.jpg">
<figcaption>A deminer at work in Yemen, 3 January 2019.</figcaption></figure>
<p>Deminers in Angola cleared 12 square kilometres of farmland in Huambo province in May 2024,
the national demining institute said on Wednesday, returning the fields to 40 families.</p>
<p>The institute said the work would continue through the rainy season and that more teams
would be trained before the end of the year to speed up the survey of the remaining land.</p>
</article></main>
<aside><h2>Most read</h2><ul>
<li><a href="/a">Myanmar army accused of laying mines in Shan State</a></li></ul></aside>
<footer>© 2024 Example Wire. All rights reserved.</footer>
</body></html>"""


def test_page_reads_like_the_article(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    document = read_document(path)
    assert document.url == "https://wire.example/2024/06/deminers-clear-fields"
    assert document.published == PartialDate(2024, 6, 12)
    assert document.title is not None and document.title.startswith("Deminers clear village fields")
    for furniture in ("cookies", "Syria", "Yemen", "Myanmar", "All rights reserved"):
        assert furniture not in document.text
    found = extract(document)
    assert [(c.type, c.actor_iso3, c.quantity, c.unit) for c in found] == [
        ("clearance_progress", "AGO", 12, "km2")
    ]


def test_a_date_in_the_body_is_not_the_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "bare.html"
    path.write_text(
        "<html><body><article><p>On 3 March 2021 a landmine injured a farmer in Cambodia, "
        "the provincial police said in a statement on the same day.</p></article></body></html>",
        encoding="utf-8",
    )
    assert read_document(path).published is None


def test_a_page_without_an_article_keeps_its_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "tiny.html"
    path.write_text("<html><body><p>Chad destroyed 2,000 stockpiled mines.</p></body></html>")
    assert "Chad destroyed 2,000 stockpiled mines." in read_document(path).text


def test_a_canonical_link_that_is_no_web_address_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "odd.html"
    path.write_text(
        '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><article>'
        "<p>A landmine injured a farmer in Cambodia on 3 March 2021, the police said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert read_document(path).url is None
