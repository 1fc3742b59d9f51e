"""The JSON API, version 1. Handlers read: parse -> (check permission) -> one service call."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Body, Depends, Header, Path
from fastapi.responses import Response
from pydantic import AfterValidator, BaseModel, Field
from pydantic.config import JsonDict

from minewatch.app import App
from minewatch.domain.errors import Unauthenticated
from minewatch.domain.evidence import ReviewStatus
from minewatch.domain.values import MAX_ID, MAX_REASON, MAX_RECORD_ID, MAX_TEXT
from minewatch.services import accounts, queries, records
from minewatch.services.params import as_of_param, known_at_param
from minewatch.services.views import read_view
from minewatch.web.deps import get_app, json_response
from minewatch.web.paging import Page, link_header, page_params, paged

router = APIRouter(prefix="/api/v1", tags=["api"])
# A record id in a path: at most the column's width (longer ids are a 400 naming ``record_id``).
RecordId = Annotated[str, Path(min_length=1, max_length=MAX_RECORD_ID)]
# A source id or a version: an INTEGER column (domain/values.MAX_ID); beyond it is a 400.
SourceId = Annotated[int, Path(le=MAX_ID)]
# YYYY, YYYY-MM or YYYY-MM-DD (domain/dates.PartialDate); the service says invalid_date otherwise.
PARTIAL_DATE: JsonDict = {"pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"}


@router.get("/status", summary="Convention status of every state on a date")
def status(
    as_of: str | None = None,
    known_at: str | None = None,
    page: Page = Depends(page_params),
    app: App = Depends(get_app),
) -> Response:
    day, moment = as_of_param(as_of), known_at_param(known_at)
    view = read_view(app, moment)
    key = ("status", day, page)
    cached = view.rendered.get(key)
    if cached is None:
        data = paged(queries.status_report(app, day, moment), "states", page)
        cached = view.rendered[key] = (orjson.dumps(data), link_header(data))
    body, link = cached
    return Response(body, media_type="application/json", headers=link)


@router.get("/states", summary="Every state with its names")
def states(page: Page = Depends(page_params), app: App = Depends(get_app)) -> Response:
    return json_response(paged(queries.list_states(app), "states", page))


@router.get("/states/{iso3}", summary="One state: timeline, policies, stockpiles, use, sources")
def state(
    iso3: str, as_of: str | None = None, known_at: str | None = None, app: App = Depends(get_app)
) -> Response:
    return json_response(
        queries.state_profile(app, iso3, as_of_param(as_of), known_at_param(known_at))
    )


@router.get("/sources/{source_id}", summary="A source and every record citing it")
def source(
    source_id: SourceId, page: Page = Depends(page_params), app: App = Depends(get_app)
) -> Response:
    return json_response(paged(queries.source_detail(app, source_id), "citations", page))


@router.get("/records/{record_id}", summary="Every version of one record")
def record(
    record_id: RecordId, page: Page = Depends(page_params), app: App = Depends(get_app)
) -> Response:
    return json_response(paged(queries.record_detail(app, record_id), "versions", page))


@router.get("/indicators", summary="Landmine Monitor headline indicators")
def indicators(
    known_at: str | None = None, page: Page = Depends(page_params), app: App = Depends(get_app)
) -> Response:
    return json_response(
        paged(queries.indicators(app, known_at_param(known_at)), "indicators", page)
    )


def principal(
    authorization: str | None = Header(default=None), app: App = Depends(get_app)
) -> accounts.Principal:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise Unauthenticated("this needs an API token: send 'Authorization: Bearer <token>'")
    with app.engine.connect() as connection:
        return accounts.principal_for_token(connection, authorization[7:].strip())


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain a NUL byte")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]


class CitationIn(BaseModel):
    source_id: int = Field(ge=1, le=MAX_ID)
    quote: Text = Field(min_length=1, max_length=MAX_TEXT)


class VersionIn(BaseModel):
    base_version: int | None = Field(
        default=None,
        ge=1,
        le=MAX_ID,
        description="The version this edit starts from; null (or left out) for a new record",
    )
    kind: str = Field(
        min_length=1,
        max_length=40,
        description="One of the kinds written directly (services/records.DIRECT_KINDS)",
        json_schema_extra={"enum": [str(k) for k in records.DIRECT_KINDS]},
    )
    iso3: str | None = Field(default=None, pattern="^[A-Z]{3}$")
    valid_from: str | None = Field(default=None, json_schema_extra=PARTIAL_DATE)
    valid_to: str | None = Field(default=None, json_schema_extra=PARTIAL_DATE)
    data: dict[str, Any]
    citations: list[CitationIn] = Field(min_length=1)
    reason: Text = Field(min_length=1, max_length=MAX_REASON)


# A first version of a new record, as an example in the document (schemathesis sends it too).
WRITE_EXAMPLE = {
    "kind": "stockpile_figure",
    "iso3": "EST",
    "valid_from": "2025-01-01",
    "data": {"date": "2025-01-01", "destroyed": 1},
    "citations": [{"source_id": 1, "quote": "Estonia destroyed one mine."}],
    "reason": "example",
}


@router.post("/records/{record_id}/versions", status_code=201, summary="Write a new version")
def write_version(
    record_id: Annotated[str, Path(min_length=1, max_length=MAX_RECORD_ID, examples=["stock:EST"])],
    body: Annotated[VersionIn, Body(openapi_examples={"new": {"value": WRITE_EXAMPLE}})],
    who: accounts.Principal = Depends(principal),
    app: App = Depends(get_app),
) -> Response:
    who.require("records:write")
    may_accept = who.allows("review:write")
    status = ReviewStatus.ACCEPTED if may_accept else ReviewStatus.CANDIDATE
    draft = records.draft_from(record_id, body.model_dump(), status)
    version = records.write(app, draft, body.base_version, who.username, body.reason)
    return json_response({"record": record_id, "version": version}, status_code=201)
