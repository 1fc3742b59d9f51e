"""A web page's main text and metadata, by trafilatura and htmldate (both offline).

    page_text(markup)      -> "Two killed by landmine in Cambodia\\nTwo farmers were killed ..."
    page_metadata(markup)  -> PageMetadata(title=..., url=..., date="2024-05-04")

trafilatura (Barbaresi, ACL 2021) finds the article body and drops navigation, asides, footers,
comments, cookie banners and "related" lists. We ask for precision (a page's furniture yields
false claims; a missed paragraph is rarer) and prune figures and their captions (a caption
describes a photo and carries its own date, not the story's). If the precise pass finds nothing,
the default pass is tried. The publication date comes from the page's markup only (htmldate with
``extensive_search`` off: meta tags such as ``article:published_time``, JSON-LD, ``<time>``, the
URL), never guessed from a date in the body text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from minewatch.domain.values import http_url

_PRUNED = ["//figure", "//figcaption", "//*[contains(@class, 'caption')]"]
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# trafilatura and htmldate log at WARNING/ERROR for ordinary odd pages ("empty HTML tree",
# "discarding data"); those are not the user's concern and would clutter the CLI.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class PageMetadata:
    """What the page says about itself; each field None where the markup does not say."""

    title: str | None = None
    url: str | None = None  # absolute http(s) only
    date: str | None = None  # YYYY-MM-DD, the original publication date


def page_text(markup: str) -> str:
    """The article's text, one paragraph or heading per line; "" where none is found."""
    for precise in (True, False):
        text = _extract(markup, favor_precision=precise)
        if text:
            return text + "\n"
    return ""


def _extract(markup: str, *, favor_precision: bool) -> str:
    import trafilatura

    text: Any = trafilatura.extract(
        markup,
        favor_precision=favor_precision,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=False,
        prune_xpath=_PRUNED,
        date_extraction_params=_DATE_PARAMS,
    )
    return str(text).strip() if text else ""


def page_metadata(markup: str) -> PageMetadata:
    """Title, canonical URL and publication date from the page's head and markup."""
    import trafilatura

    meta: Any = trafilatura.extract_metadata(markup, date_config=_DATE_PARAMS)
    if meta is None:
        return PageMetadata()
    return PageMetadata(
        title=_clean(meta.title),
        url=http_url(meta.url),  # a relative or javascript: "canonical" is no address
        date=_clean(meta.date),
    )


def _clean(value: object) -> str | None:
    text = str(value).strip() if value else ""
    return text or None
