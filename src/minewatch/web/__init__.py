"""One ASGI app: HTML pages, the JSON API and error responses."""
