"""Logging in and out of the web pages (the API uses tokens instead).

GET  /login     the form (``?next=`` a local path to return to); ``/login.json`` its fields,
                as every page answers at its path plus ``.json`` (the footer links it)
POST /login     username + password -> a signed, HttpOnly, SameSite=Lax session cookie
POST /logout    ends the session (the form carries the session's CSRF token)
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from minewatch.domain.errors import PermissionDenied, Throttled, Unauthenticated
from minewatch.services import accounts, sessions
from minewatch.web.deps import get_app
from minewatch.web.pages import PageRoute
from minewatch.web.templating import render

router = APIRouter(include_in_schema=False, route_class=PageRoute)
DEFAULT_NEXT = "/review"


async def form_fields(request: Request) -> dict[str, str]:
    """An urlencoded form body as a dict (the last value wins for a repeated name)."""
    body = (await request.body()).decode("utf-8", "replace")
    return {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}


def safe_next(value: str | None) -> str:
    """Only a path on this site: never ``//evil.example`` or an absolute URL."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return DEFAULT_NEXT
    return value


def signed_in(request: Request) -> tuple[accounts.Principal, str]:
    """The logged-in user and their cookie; Unauthenticated when there is none."""
    cookie = request.cookies.get(sessions.COOKIE_NAME)
    who = sessions.principal(get_app(request), cookie)
    assert cookie is not None
    return who, cookie


def to_login(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={target}", status_code=303)


@router.get("/login")
@router.get("/login.json")
def login_page(request: Request, next: str = DEFAULT_NEXT) -> Response:
    data = {"next": safe_next(next), "error": None, "username": ""}
    return render(request, "review/login.html", data)


def check_origin(request: Request) -> None:
    """A state-changing form must come from this site: an ``Origin`` (or, lacking it, a
    ``Referer``) naming another site is refused (OWASP CSRF Cheat Sheet, "Verifying origin
    with standard headers"; defence in depth beside the CSRF token and SameSite cookie)."""
    own = f"{request.url.scheme}://{request.url.netloc}"
    origin = request.headers.get("origin")
    if origin is None:
        referer = request.headers.get("referer")
        if referer is None:
            return
        origin = "://".join(urlsplit(referer)[:2]) if "://" in referer else referer
    if origin.rstrip("/") != own:
        raise PermissionDenied("this form was sent from another site")


@router.post("/login")
async def login_submit(request: Request) -> Response:
    check_origin(request)
    fields = await form_fields(request)
    username, target = fields.get("username", ""), safe_next(fields.get("next"))
    app = get_app(request)
    address = request.client.host if request.client else "unknown"
    try:
        cookie = await run_in_threadpool(
            lambda: sessions.login(app, username, fields.get("password", ""), address=address)
        )
    except (Unauthenticated, Throttled) as error:
        data = {"next": target, "error": error.message, "username": username}
        headers = {"Retry-After": str(error.retry_after)} if isinstance(error, Throttled) else {}
        response = render(request, "review/login.html", data, status_code=error.status)
        response.headers.update(headers)
        return response
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        sessions.COOKIE_NAME,
        cookie,
        max_age=sessions.SESSION_SECONDS,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
        path="/",
    )
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    check_origin(request)
    fields = await form_fields(request)
    cookie = request.cookies.get(sessions.COOKIE_NAME)
    sessions.check_csrf(get_app(request), cookie, fields.get("csrf"))
    await run_in_threadpool(sessions.logout, get_app(request), cookie)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(sessions.COOKIE_NAME, path="/")
    return response
