"""Stable paging for every list answer: ``?limit=N&offset=M``, a ``next`` link, a total.

A list route takes ``page: Page = Depends(page_params)`` (so ``limit`` and ``offset`` appear in
the OpenAPI document) and returns ``paged(data, "states", page)``. The answer keeps its shape and
gains one key::

    "page": {"of": "states", "limit": 1000, "offset": 0, "total": 197, "next": null}

``next`` is the absolute URL of the following page (every other query parameter kept, so a CSV
or HXL request pages as CSV or HXL), or null on the last page; the same URL goes in a
``Link: <…>; rel="next"`` header, which CSV clients can follow. Pages are stable because every
list we page is sorted on a unique key by its service (states by name, citations by record and
version, indicators by record id …): the same offset gives the same rows until the data change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import Query, Request
from starlette.datastructures import URL

from minewatch.domain.values import MAX_INT

DEFAULT_LIMIT = 1000
MAX_LIMIT = 10000


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int
    url: str  # the request's own URL, to build the next page's from


def page_params(
    request: Request,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Rows per page"),
    offset: int = Query(
        0, ge=0, le=MAX_INT, description="Rows to skip (the previous page's offset + limit)"
    ),
) -> Page:
    return Page(limit, offset, str(request.url))


def _with_offset(url: str, offset: int, limit: int) -> str:
    return str(URL(url).include_query_params(offset=offset, limit=limit))


def page_info(key: str, page: Page, total: int) -> dict[str, Any]:
    """The ``page`` entry for a list the service already cut to the page (a database query
    with LIMIT/OFFSET, e.g. a field layer), given the full list's ``total``."""
    end = page.offset + page.limit
    following = _with_offset(page.url, end, page.limit) if end < total else None
    return {
        "of": key,
        "limit": page.limit,
        "offset": page.offset,
        "total": total,
        "next": following,
    }


def paged(data: Mapping[str, Any], key: str, page: Page) -> dict[str, Any]:
    """``data`` with ``data[key]`` cut to the page and a ``page`` entry describing it."""
    rows = list(data[key])
    end = page.offset + page.limit
    following = _with_offset(page.url, end, page.limit) if end < len(rows) else None
    info = {
        "of": key,
        "limit": page.limit,
        "offset": page.offset,
        "total": len(rows),
        "next": following,
    }
    return {**data, key: rows[page.offset : end], "page": info}


def link_header(data: Any) -> dict[str, str]:
    """``{"Link": '<next>; rel="next"'}`` for a paged answer that has a next page, else ``{}``."""
    page = data.get("page") if isinstance(data, Mapping) else None
    following = page.get("next") if isinstance(page, Mapping) else None
    return {"Link": f'<{following}>; rel="next"'} if following else {}
