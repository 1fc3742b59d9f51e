"""The review queue, as a page for logged-in reviewers and as API endpoints for token holders.

    GET  /review                                  the queue (reviewer role; else to /login)
    POST /review/{record_id}                      accept (with any edits) or reject, from a form
    GET  /api/v1/review/candidates                the queue as JSON (scope review:write)
    GET  /api/v1/review/candidates/{record_id}    one claim
    POST /api/v1/review/candidates/{record_id}    {"decision", "base_version", "reason", "edits"}
    POST /review/documents/{source_id}            accept or reject a document's claims, from a form
    POST /api/v1/review/documents/{source_id}     {"decision", "reason"}: the same, as JSON

Both faces make the same call (``services.review.decide``); nothing here decides anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from minewatch.app import App
from minewatch.domain.errors import InvalidInput, Location, Unauthenticated, VersionConflict
from minewatch.domain.evidence import ReviewStatus
from minewatch.domain.kinds import CLAIM_TYPES, TREATY_ACTION_NAMES
from minewatch.domain.values import MAX_ID, MAX_REASON
from minewatch.services import accounts, review, sessions
from minewatch.web import session
from minewatch.web.api import RecordId, SourceId, principal
from minewatch.web.deps import get_app, json_response
from minewatch.web.pages import PageRoute
from minewatch.web.paging import Page, page_params, paged
from minewatch.web.templating import render

pages = APIRouter(include_in_schema=False, route_class=PageRoute)
api = APIRouter(prefix="/api/v1/review", tags=["review"])
# The fields the page offers for correction before accepting, in display order.
FORM_FIELDS = (
    "type",
    "actor_iso3",
    "date",
    "action",
    "location",
    "killed",
    "injured",
    "quantity",
    "unit",
    "accuser_iso3",
    "accuser",
)
STATUSES = {s.value: s for s in ReviewStatus}


def _page_data(app: App, who: accounts.Principal, cookie: str, **extra: Any) -> dict[str, Any]:
    return {
        **review.queue(app),
        "user": who.username,
        "csrf": sessions.csrf_token(app, cookie),
        "fields": FORM_FIELDS,
        "types": CLAIM_TYPES,
        "actions": TREATY_ACTION_NAMES,
        "done": None,
        "error": None,
        **extra,
    }


def _reviewer(request: Request) -> tuple[accounts.Principal, str]:
    who, cookie = session.signed_in(request)
    who.require("review:write")
    return who, cookie


@pages.get("/review")
@pages.get("/review.json")
def queue_page(request: Request, done: str | None = None) -> Response:
    try:
        who, cookie = _reviewer(request)
    except Unauthenticated:
        return session.to_login(request)
    data = _page_data(get_app(request), who, cookie, done=done)
    return render(request, "review/queue.html", data)


@pages.post("/review/{record_id}")
async def decide_form(request: Request, record_id: str) -> Response:
    def decide(app: App, fields: dict[str, str], username: str) -> None:
        review.decide(app, record_id, _verdict_from_form(app, record_id, fields), username)

    return await _decide_by_form(request, record_id, record_id, decide)


@pages.post("/review/documents/{source_id}")
async def decide_document_form(request: Request, source_id: int) -> Response:
    def decide(app: App, fields: dict[str, str], username: str) -> None:
        decision = _decision_from_form(fields)
        review.decide_document(app, source_id, decision, fields.get("reason", ""), username)

    return await _decide_by_form(request, f"source {source_id}", f"source+{source_id}", decide)


async def _decide_by_form(
    request: Request, label: str, done: str, decide: Callable[[App, dict[str, str], str], None]
) -> Response:
    """The review forms' one path: a signed-in reviewer, a same-site form with its CSRF token,
    then ``decide``; a refused decision shows the queue again with the error next to ``label``."""
    try:
        who, cookie = _reviewer(request)
    except Unauthenticated:
        return session.to_login(request)
    app = get_app(request)
    session.check_origin(request)
    fields = await session.form_fields(request)
    sessions.check_csrf(app, cookie, fields.get("csrf"))
    try:
        await run_in_threadpool(decide, app, fields, who.username)
    except (InvalidInput, VersionConflict) as error:
        data = _page_data(app, who, cookie, error={"record": label, "message": error.message})
        return render(request, "review/queue.html", data, status_code=error.status)
    return RedirectResponse(f"/review?done={done}", status_code=303)


def _decision_from_form(fields: dict[str, str]) -> review.Decision:
    try:
        return review.Decision(fields.get("decision", ""))
    except ValueError:
        raise InvalidInput("the form lacks a decision", Location(field="decision")) from None


def _verdict_from_form(app: App, record_id: str, fields: dict[str, str]) -> review.Verdict:
    try:
        decision = review.Decision(fields.get("decision", ""))
        base = int(fields.get("base_version", ""))
    except ValueError:
        raise InvalidInput("the form lacks a decision or a version", Location()) from None
    edits: dict[str, Any] = {}
    if decision is review.Decision.ACCEPT:
        current = review.show(app, record_id)
        edits = {
            name: fields[name].strip()
            for name in FORM_FIELDS
            if name in fields and fields[name].strip() != _shown(current.get(name))
        }
    return review.Verdict(decision, base, fields.get("reason", ""), edits)


def _shown(value: object) -> str:
    """A field's value as the form shows it, so an untouched input is no edit."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class ReviewIn(BaseModel):
    decision: Literal["accept", "reject"]
    base_version: int = Field(ge=1, le=MAX_ID, description="The version of the claim you reviewed")
    reason: str = Field(default="", max_length=MAX_REASON)
    edits: dict[str, Any] = Field(default_factory=dict, description="Corrections, on accept")


def _can_review(who: accounts.Principal = Depends(principal)) -> accounts.Principal:
    who.require("review:write")
    return who


@api.get("/candidates", summary="Claims waiting for review, with their contradictions")
def candidates(
    status: str = Query("candidate", json_schema_extra={"enum": list(STATUSES)}),
    page: Page = Depends(page_params),
    _who: accounts.Principal = Depends(_can_review),
    app: App = Depends(get_app),
) -> Response:
    if status not in STATUSES:
        raise InvalidInput(f"must be one of {', '.join(STATUSES)}", Location(field="status"))
    return json_response(paged(review.queue(app, (STATUSES[status],)), "candidates", page))


@api.get("/candidates/{record_id}", summary="One claim, its sentence, source and review")
def candidate(
    record_id: RecordId,
    _who: accounts.Principal = Depends(_can_review),
    app: App = Depends(get_app),
) -> Response:
    return json_response(review.show(app, record_id))


@api.post("/candidates/{record_id}", summary="Accept (optionally edited) or reject a claim")
def decide(
    record_id: RecordId,
    body: ReviewIn,
    who: accounts.Principal = Depends(_can_review),
    app: App = Depends(get_app),
) -> Response:
    verdict = review.Verdict(
        review.Decision(body.decision), body.base_version, body.reason, body.edits
    )
    return json_response(review.decide(app, record_id, verdict, who.username))


class DocumentReviewIn(BaseModel):
    decision: Literal["accept", "reject"]
    reason: str = Field(default="", max_length=MAX_REASON)


@api.post(
    "/documents/{source_id}",
    summary="Accept or reject, as found, every waiting claim of a document",
)
def decide_document(
    source_id: SourceId,
    body: DocumentReviewIn,
    who: accounts.Principal = Depends(_can_review),
    app: App = Depends(get_app),
) -> Response:
    decision = review.Decision(body.decision)
    return json_response(
        review.decide_document(app, source_id, decision, body.reason, who.username)
    )


router = APIRouter()
router.include_router(session.router)
router.include_router(pages)
router.include_router(api)
