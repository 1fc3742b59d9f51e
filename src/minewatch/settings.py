"""Settings, read once from the environment when the App is built (never at import time)."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///minewatch.db"


class Settings(BaseSettings):
    """``MINEWATCH_DATABASE_URL`` selects the database for every command: a SQLite URL or path
    (the embedded default, ``minewatch.db`` in the working directory) or a PostgreSQL URL."""

    model_config = SettingsConfigDict(env_prefix="MINEWATCH_", extra="ignore")

    database_url: str = DEFAULT_DATABASE_URL
    # Signs web login sessions. Unset: a random key is made once and kept beside the SQLite
    # file (or in the user's config folder for PostgreSQL); set it when several hosts serve.
    secret_key: str | None = None
    # Sites whose browser scripts may read the public data (GET/HEAD only, never with
    # credentials). ``MINEWATCH_CORS_ORIGINS='["https://a.example"]'``; ``[]`` turns CORS off.
    cors_origins: list[str] = ["*"]
