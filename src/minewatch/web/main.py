"""The module uvicorn imports (``minewatch.web.main:web``): builds the App from the
environment once per worker process."""

from __future__ import annotations

from minewatch.app import App
from minewatch.web.app import create_app

web = create_app(App.from_settings())
