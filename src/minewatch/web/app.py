"""The ASGI app: one factory, handed the App object (settings + database)."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from minewatch import __version__
from minewatch.app import App
from minewatch.web import api, downloads, field_map, layers, ogc, openapi, problems, review
from minewatch.web.answers import AnswerCache
from minewatch.web.cors import ReadOnlyCORS
from minewatch.web.delivery import Delivery
from minewatch.web.limits import BodyLimit
from minewatch.web.pages import router as pages_router
from minewatch.web.security import SecurityHeaders
from minewatch.web.static_files import CompressedStatic

STATIC_DIR = Path(__file__).parent / "static"


def create_app(app: App) -> FastAPI:
    web = FastAPI(
        title="minewatch",
        version=__version__,
        description="Anti-personnel mines: Convention status, policies and evidence, with sources.",
        openapi_url="/openapi.json",
        docs_url=None,  # served by pages.api_docs from local assets, not FastAPI's CDN page
        redoc_url=None,
    )
    web.state.minewatch = app
    problems.install(web)
    web.include_router(api.router)
    web.include_router(layers.router)
    web.include_router(field_map.router)
    web.include_router(ogc.router)
    web.include_router(pages_router)
    web.include_router(review.router)
    web.include_router(downloads.router)
    # Outermost last: CORS answers preflights before anything else runs; Delivery (CSV, HEAD,
    # ETag/304, gzip) sees every GET's finished answer.
    # Public answers kept until a write they read (web/answers.py); on web.state for the tests.
    web.state.answers = AnswerCache(app)
    web.add_middleware(Delivery, minewatch=app, answers=web.state.answers)
    web.add_middleware(ReadOnlyCORS, origins=app.settings.cors_origins)
    web.add_middleware(SecurityHeaders)
    web.add_middleware(BodyLimit)  # outermost: an over-limit body is refused before anything
    openapi.install(web)
    STATIC_DIR.mkdir(exist_ok=True)
    # The map's first load (MapLibre + base map) is 2.2 MiB raw, ~0.6 MiB compressed: that matters
    # on a field office's link. Static files keep their own gzip (compressed once per file
    # version) and validators; Delivery does the same for every other GET.
    web.mount("/static", CompressedStatic(STATIC_DIR), name="static")
    return web
