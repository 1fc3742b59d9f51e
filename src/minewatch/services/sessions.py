"""Web login sessions: a signed cookie naming the user, checked against the database each time.

The cookie holds the username, an expiry and a nonce, signed with HMAC-SHA256. The signing key
is ``MINEWATCH_SECRET_KEY`` when set; otherwise a random key made once and kept in a file only
its owner can read, beside the SQLite database (``minewatch.db.secret``) or, for PostgreSQL, in
the user's config folder. The user's role is read afresh on every request, so disabling a user
or lowering a role takes effect at once, not when the cookie expires.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import time
from pathlib import Path

from sqlalchemy import select

from minewatch.app import App
from minewatch.domain.errors import PermissionDenied, Unauthenticated
from minewatch.services import accounts, audit
from minewatch.storage.engine import writing
from minewatch.storage.tables import users

SESSION_SECONDS = 12 * 3600
COOKIE_NAME = "minewatch_session"


def secret_key(app: App) -> bytes:
    cached = app.caches.get("secret_key")
    if isinstance(cached, bytes):
        return cached
    configured = app.settings.secret_key
    key = configured.encode() if configured else _stored_key(key_path(app))
    app.caches["secret_key"] = key
    return key


def key_path(app: App) -> Path:
    url = app.engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        database = Path(url.database)
        return database.with_name(database.name + ".secret")
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "minewatch" / "secret_key"


def _stored_key(path: Path) -> bytes:
    """The key in ``path``, made there first if missing; two processes starting at once agree
    because the file appears complete or not at all (written aside, then hard-linked)."""
    if path.exists():
        return bytes.fromhex(path.read_text().strip())
    path.parent.mkdir(parents=True, exist_ok=True)
    aside = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    descriptor = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_bytes(32).hex())
    try:
        os.link(aside, path)
    except FileExistsError:
        pass
    finally:
        aside.unlink()
    return bytes.fromhex(path.read_text().strip())


def _sign(app: App, purpose: str, body: str) -> str:
    message = f"{purpose}:{body}".encode()
    return hmac.new(secret_key(app), message, hashlib.sha256).hexdigest()


def login(app: App, username: str, password: str, now: float | None = None) -> str:
    """Check the password and return a new session cookie's value."""
    with writing(app.engine) as connection:
        who = accounts.authenticate(connection, username, password)
        audit.append(connection, audit.AuditEntry(who.username, "session.create", "session"))
    expires = int(now if now is not None else time.time()) + SESSION_SECONDS
    payload = {"u": who.username, "exp": expires, "n": secrets.token_hex(8)}
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return f"{body}.{_sign(app, 'session', body)}"


def principal(app: App, cookie: str | None, now: float | None = None) -> accounts.Principal:
    """Who this cookie belongs to, as the database says now; Unauthenticated otherwise."""
    if not cookie:
        raise Unauthenticated("please log in")
    body, _, signature = cookie.rpartition(".")
    if not hmac.compare_digest(signature, _sign(app, "session", body)):
        raise Unauthenticated("the session is not valid: please log in again")
    try:
        payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (ValueError, binascii.Error):
        raise Unauthenticated("the session is not valid: please log in again") from None
    if int(payload["exp"]) < (now if now is not None else time.time()):
        raise Unauthenticated("the session has expired: please log in again")
    return _user(app, str(payload["u"]))


def _user(app: App, username: str) -> accounts.Principal:
    with app.engine.connect() as connection:
        row = connection.execute(
            select(users.c.role, users.c.disabled).where(users.c.username == username)
        ).first()
    if row is None or row.disabled:
        raise Unauthenticated("this account is no longer active")
    role = accounts.Role.named(row.role)
    scopes = frozenset(s for s, least in accounts.SCOPES.items() if role >= least)
    return accounts.Principal(username, role, scopes)


def csrf_token(app: App, cookie: str) -> str:
    """A per-session token that forms must send back, so another site cannot post for you."""
    return _sign(app, "csrf", cookie)[:40]


def check_csrf(app: App, cookie: str | None, token: str | None) -> None:
    if not cookie or not token or not hmac.compare_digest(token, csrf_token(app, cookie)):
        raise PermissionDenied("the form has expired: reload the page and try again")
