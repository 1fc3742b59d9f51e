"""Rendering for the dashboard pages: one dict, two faces (HTML through Jinja2, or JSON).

A page handler loads its dict from ``minewatch.services.queries`` and hands it to ``respond``;
whether the client gets HTML or JSON depends only on the path (``.json``) or the ``Accept``
header. Footnotes are numbered here, in reading order, so a template only says which citations
support a figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from minewatch.domain.errors import MinewatchError
from minewatch.domain.kinds import POLICY_FIELDS, TREATY_ACTIONS
from minewatch.domain.obligations import DEADLINE_STATUS_LABELS
from minewatch.domain.words import figure_text, stockpile_figure
from minewatch.web.deps import json_response, to_json
from minewatch.web.paging import link_header
from minewatch.web.security import http_url

TEMPLATES = Path(__file__).with_name("templates")
# One URL serves HTML, JSON and (for htmx) a fragment: caches must key on these headers.
_VARY = {"Vary": "Accept, HX-Request"}

STATUS_LABELS: dict[str, str] = {
    "party": "State party",
    "signatory": "Signatory (not ratified)",
    "non_signatory": "Not signed",
    "withdrawal_pending": "Withdrawal pending",
    "withdrawn": "Withdrawn",
}


INDICATOR_LABELS: dict[str, str] = {
    "casualties_total": "Casualties (killed or injured)",
    "casualties_killed": "People killed",
    "casualties_injured": "People injured",
    "civilian_share": "Civilian share of casualties",
    "child_share": "Child share of casualties",
    "child_share_of_civilian_casualties": "Child share of civilian casualties",
    "child_share_of_all_casualties": "Child share of all casualties",
    "stockpiled_apm_destroyed_in_year": "Stockpiled mines destroyed in the year",
    "stockpiled_apm_destroyed_cumulative": "Stockpiled mines destroyed since 1999",
    "apm_cleared_and_destroyed": "Mines cleared and destroyed",
    "land_cleared": "Land cleared",
    "land_released": "Land released",
}


def wants_json(request: Request) -> bool:
    """True for ``….json`` paths and for clients that ask for JSON before HTML."""
    if request.url.path.endswith(".json"):
        return True
    return first_accepted(request) == "application/json"


def first_accepted(request: Request) -> str:
    """The first media type in Accept, lower-cased without parameters ("" when none)."""
    return request.headers.get("accept", "").split(",")[0].split(";")[0].strip().lower()


# What browsers put first in Accept when they navigate (WHATWG Fetch, "navigate" requests);
# API clients send */* (curl, httpx) or application/json.
BROWSER_TYPES = ("text/html", "application/xhtml+xml")


def wants_html(request: Request) -> bool:
    """True for a browser navigating (Accept starting with HTML) to a path that is not a
    ``….json`` twin: an error outside the page routes is then a page, not a JSON problem."""
    if request.url.path.endswith(".json"):
        return False
    return first_accepted(request) in BROWSER_TYPES


SYNTHETIC_NOTE = ", synthetic: not real data"
SYNTHETIC_BADGE = (
    ' <span class="synthetic" title="From a synthetic source: not real data">synthetic</span>'
)


@dataclass
class Footnote:
    number: int
    source_id: int | None
    url: str | None
    title: str
    quote: str
    record: str | None
    curated: bool = False  # the quote is our curators' wording (``queries.cited``)
    synthetic: bool = False  # the source is synthetic (``evidence.is_synthetic``)


@dataclass
class Footnotes:
    """Numbers citations in the order a template asks for them; one number per source+record."""

    entries: list[Footnote] = field(default_factory=list)
    _index: dict[tuple[Any, ...], int] = field(default_factory=dict)

    def number(self, citation: Mapping[str, Any], record: str | None = None) -> int:
        key = (record, citation.get("source_id"), citation.get("url"))
        if key not in self._index:
            n = len(self.entries) + 1
            self._index[key] = n
            self.entries.append(_footnote(n, citation, record))
        return self._index[key]

    def __call__(self, citations: Iterable[Mapping[str, Any]], record: str | None = None) -> Markup:
        """Superscript links for the citations behind one figure; one to a synthetic source
        says so beside its number (``evidence.is_synthetic``)."""
        refs = [
            f'<a href="#fn-{n}" id="ref-{n}-{escape(record or "")}" class="fn-ref" '
            f'aria-label="Source {n}{SYNTHETIC_NOTE if synthetic else ""}">{n}</a>'
            + (SYNTHETIC_BADGE if synthetic else "")
            for n, synthetic in sorted(
                {(self.number(c, record), bool(c.get("synthetic"))) for c in citations}
            )
        ]
        if not refs:
            return Markup("")
        return Markup('<sup class="fn">[' + ", ".join(refs) + "]</sup>")


def _footnote(n: int, citation: Mapping[str, Any], record: str | None) -> Footnote:
    source_id = citation.get("source_id")
    return Footnote(
        number=n,
        source_id=int(source_id) if source_id is not None else None,
        url=citation.get("url"),
        title=str(citation.get("title") or citation.get("url") or "source"),
        quote=str(citation.get("quote") or ""),
        record=record,
        curated=bool(citation.get("curated")),
        synthetic=bool(citation.get("synthetic")),
    )


def _label(value: object) -> str:
    return STATUS_LABELS.get(str(value), str(value).replace("_", " "))


def _isodate(value: object) -> str:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return "" if value is None else str(value)


def _number(value: object) -> str:
    """A figure for display; anything that is not a finite number shows as itself or "–", so
    one odd stored value cannot break a page."""
    if value is None or value == "" or isinstance(value, bool):
        return "–"
    try:
        number = value if isinstance(value, int | float) else float(str(value))
    except (ValueError, OverflowError):
        return str(value)
    if isinstance(number, float) and not math.isfinite(number):
        return "–"
    if isinstance(number, float) and not number.is_integer():
        return f"{number:,.2f}".rstrip("0").rstrip(".")
    return f"{int(number):,}"


def _chronology(profile: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Convention events and policy versions on one time line, oldest first (stable on ties).
    Policy versions keep their number in the profile's own order (1 = the oldest)."""
    items = [
        {"kind": "event", "date": _isodate(e.get("date")), "item": e, "number": None}
        for e in profile["timeline"]
    ]
    items += [
        {"kind": "policy", "date": _isodate(p.get("date")), "item": p, "number": n}
        for n, p in enumerate(profile["policies"], start=1)
    ]
    return sorted(items, key=lambda i: str(i["date"] or "9999"))


def _indicator_label(name: object) -> str:
    text = str(name)
    return INDICATOR_LABELS.get(text, text.replace("_", " ").capitalize())


def _by_report_year(rows: Iterable[Mapping[str, Any]]) -> list[tuple[Any, list[Mapping[str, Any]]]]:
    """Indicator rows grouped by report year, newest first; rows with no report year last."""
    groups: dict[Any, list[Mapping[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row.get("report_year"), []).append(row)
    years = sorted((y for y in groups if y is not None), reverse=True)
    return [(y, groups[y]) for y in years] + ([(None, groups[None])] if None in groups else [])


def _highlight(text: object, spans: Iterable[Sequence[int]]) -> Markup:
    """The sentence with its figures (``[start, end)`` spans) marked, everything else escaped."""
    plain = str(text or "")
    parts, at = [], 0
    for start, end in sorted((int(a), int(b)) for a, b in spans):
        if start < at or end > len(plain):
            continue
        figure = escape(plain[start:end])
        parts += [str(escape(plain[at:start])), f'<mark class="figure">{figure}</mark>']
        at = end
    parts.append(str(escape(plain[at:])))
    return Markup("".join(parts))


def _script_json(data: Any) -> Markup:
    """JSON safe to place inside ``<script type="application/json">``."""
    text = to_json(data).decode().replace("<", "\\u003c").replace(">", "\\u003e")
    return Markup(text.replace("&", "\\u0026"))


_DATA_FILE = re.compile(r"\b[\w-]+\.csv\b")
_FILE_ROW = re.compile(r"^([\w-]+)\.csv row (\d+): ")
_ASIDE = re.compile(r"\s*\([^()]*\b[\w-]+\.csv\b[^()]*\)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def curated(text: object) -> str:
    """A curator's note as the public pages show it, without our curators' references to our
    own data files, which say where a fact is kept, not what it is ("US side of this decision
    is in us_apm_policy.csv.", "(see apm_use.csv)", "; see ottawa_withdrawals.csv;").
    A parenthesis, ``;`` clause or sentence naming a ``*.csv`` file is left out; a row
    reference ("ottawa_status.csv row 186: iso3=UKR, ...") reads "ottawa_status, row 186:
    ...". For note fields (``notes``, ``note``, a policy's ``summary``) and the quotes our
    reference load wrote (a citation marked ``curated``: a row of our files or its
    ``quote_or_note``, our curators' wording), never a source's words: any other evidence
    quote is shown exactly as stored. The stored text is unchanged (the JSON twins and the
    API give it whole)."""
    value = "" if text is None else str(text)
    value = _FILE_ROW.sub(r"\1, row \2: ", value)
    if not _DATA_FILE.search(value):
        return value
    value = _ASIDE.sub("", value)
    clauses = [c for c in value.split(";") if not _DATA_FILE.search(c)]
    value = ";".join(clauses).strip(" ;")
    sentences = [s for s in _SENTENCE.split(value) if not _DATA_FILE.search(s)]
    return " ".join(sentences).strip()


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        status_label=_label,
        isodate=_isodate,
        number=_number,
        script_json=_script_json,
        chronology=_chronology,
        indicator_label=_indicator_label,
        by_report_year=_by_report_year,
        http_url=http_url,
        highlight=_highlight,
        curated=curated,
        stockpile_figure=stockpile_figure,
        figure=figure_text,
    )
    env.globals["status_labels"] = STATUS_LABELS
    env.globals["deadline_status_labels"] = DEADLINE_STATUS_LABELS
    env.globals["indicator_labels"] = INDICATOR_LABELS
    env.globals["policy_fields"] = POLICY_FIELDS
    env.globals["treaty_action_labels"] = {a.name: a.label for a in TREATY_ACTIONS}
    return env


def render(
    request: Request, template: str, data: Mapping[str, Any], status_code: int = 200
) -> Response:
    """HTML for ``template`` with the page's dict as ``data``, or that dict as JSON."""
    if wants_json(request):
        return json_response(data, status_code, headers=_VARY)
    html = _page(request, template, data)
    return HTMLResponse(html, status_code=status_code, headers={**_VARY, **link_header(data)})


def render_error(request: Request, error: MinewatchError) -> Response:
    """An HTML page for a domain error (the JSON problem is the app's own business)."""
    data = {"code": error.code, "status": error.status, "message": error.message}
    return HTMLResponse(_page(request, "error.html", data), status_code=error.status)


def json_href(request: Request) -> str:
    """The JSON twin of this page's URL: ``/states/FIN?as_of=…`` -> ``/states/FIN.json?as_of=…``."""
    path = request.url.path.rstrip("/") or "/index"
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{path}.json{query}"


def _page(request: Request, template: str, data: Mapping[str, Any]) -> str:
    return (
        environment()
        .get_template(template)
        .render(
            data=data,
            request=request,
            fn=Footnotes(),
            path=request.url.path,
            json_href=json_href(request),
        )
    )
