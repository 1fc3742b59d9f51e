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
import math
import os
import secrets
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from minewatch.app import App
from minewatch.domain.errors import PermissionDenied, Throttled, Unauthenticated
from minewatch.services import accounts, audit
from minewatch.services.clock import utc_now
from minewatch.storage.engine import writing
from minewatch.storage.tables import audit_log
from minewatch.storage.tables import sessions as sessions_table

SESSION_SECONDS = 12 * 3600
# Login throttling (OWASP Authentication Cheat Sheet: limit failed attempts per account and per
# source): this many failures within the window refuse further tries until the oldest expires.
FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_ADDRESS = 20
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


def login(
    app: App,
    username: str,
    password: str,
    now: float | None = None,
    *,
    address: str = "unknown",
    at: datetime | None = None,
) -> str:
    """Check the password and return a new session cookie's value.

    Throttled when the user, or the address, has MAX_FAILURES_PER_USER (or _PER_ADDRESS) failed
    logins within FAILURE_WINDOW (counted from the audit log, so every worker agrees); each
    failure is audited as ``session.fail`` (actor ``web:ADDRESS``, target ``user:NAME``, the
    name as stored when a user has the typed name's login key: ``_target``). The user is found
    by login key (``accounts.find_user``), and the cookie names them as stored."""
    at = at or utc_now()
    expires = int(now if now is not None else time.time()) + SESSION_SECONDS
    nonce = secrets.token_hex(16)
    who: accounts.Principal | None = None
    with writing(app.engine) as connection:
        target = _target(connection, username)
        _check_throttle(connection, target, address, at)
        try:
            who = accounts.authenticate(connection, username, password)
        except Unauthenticated:
            audit.append(connection, audit.AuditEntry(f"web:{address}", "session.fail", target), at)
        else:
            _open_session(connection, who.username, nonce, at, expires)
            audit.append(
                connection, audit.AuditEntry(who.username, "session.create", "session"), at
            )
    if who is None:
        raise Unauthenticated("unknown user or wrong password")
    payload = {"u": who.username, "exp": expires, "n": nonce}
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return f"{body}.{_sign(app, 'session', body)}"


def _open_session(
    connection: Connection, username: str, nonce: str, at: datetime, expires: int
) -> None:
    connection.execute(
        insert(sessions_table).values(
            id=_session_id(nonce),
            username=username,
            created_at=at,
            expires_at=datetime.fromtimestamp(expires, UTC).replace(tzinfo=None),
        )
    )


def _session_id(nonce: str) -> str:
    return hashlib.sha256(nonce.encode()).hexdigest()


def _target(connection: Connection, username: str) -> str:
    """The audit target of a login as ``username``: ``user:`` and the name as stored when a user
    has its login key (``accounts.find_user``), so failures typed in another case or Unicode
    form count against the same account; else the name as typed (NUL removed, 80 characters)."""
    row = accounts.find_user(connection, username)
    name = str(row["username"]) if row is not None else username.replace(chr(0), "")
    return f"user:{name[:80]}"


def _check_throttle(connection: Connection, target: str, address: str, at: datetime) -> None:
    since = at - FAILURE_WINDOW
    failed = (audit_log.c.action == "session.fail") & (audit_log.c.at > since)
    for column, value, limit in (
        (audit_log.c.target, target, MAX_FAILURES_PER_USER),
        (audit_log.c.actor, f"web:{address}", MAX_FAILURES_PER_ADDRESS),
    ):
        row = connection.execute(
            select(func.count(), func.min(audit_log.c.at)).where(failed, column == value)
        ).one()
        if int(row[0]) >= limit:
            wait = (row[1] + FAILURE_WINDOW - at).total_seconds()
            raise Throttled(max(1, math.ceil(wait)))


def logout(app: App, cookie: str | None) -> None:
    """End this cookie's session on the server: the cookie is refused from now on."""
    nonce = _payload(app, cookie).get("n")
    with writing(app.engine) as connection:
        done = connection.execute(
            update(sessions_table)
            .where(
                sessions_table.c.id == _session_id(str(nonce)), sessions_table.c.ended_at.is_(None)
            )
            .values(ended_at=utc_now())
        )
        if done.rowcount:
            user = str(_payload(app, cookie).get("u"))
            audit.append(connection, audit.AuditEntry(user, "session.end", "session"))


def principal(app: App, cookie: str | None, now: float | None = None) -> accounts.Principal:
    """Who this cookie belongs to, as the database says now; Unauthenticated otherwise."""
    payload = _payload(app, cookie)
    if int(payload["exp"]) < (now if now is not None else time.time()):
        raise Unauthenticated("the session has expired: please log in again")
    return _user(app, str(payload["u"]), str(payload.get("n")))


def _payload(app: App, cookie: str | None) -> dict[str, Any]:
    if not cookie:
        raise Unauthenticated("please log in")
    body, _, signature = cookie.rpartition(".")
    if not hmac.compare_digest(signature, _sign(app, "session", body)):
        raise Unauthenticated("the session is not valid: please log in again")
    try:
        payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (ValueError, binascii.Error):
        raise Unauthenticated("the session is not valid: please log in again") from None
    if not isinstance(payload, dict) or "exp" not in payload or "u" not in payload:
        raise Unauthenticated("the session is not valid: please log in again")
    return payload


def _user(app: App, username: str, nonce: str) -> accounts.Principal:
    with app.engine.connect() as connection:
        row = accounts.find_user(connection, username)
        live = connection.execute(
            select(sessions_table.c.id).where(
                sessions_table.c.id == _session_id(nonce),
                sessions_table.c.username == username,
                sessions_table.c.ended_at.is_(None),
            )
        ).first()
    if live is None:
        raise Unauthenticated("the session has ended: please log in again")
    if row is None or row["disabled"]:
        raise Unauthenticated("this account is no longer active")
    role = accounts.Role.named(row["role"])
    scopes = frozenset(s for s, least in accounts.SCOPES.items() if role >= least)
    return accounts.Principal(username, role, scopes)


def csrf_token(app: App, cookie: str) -> str:
    """A per-session token that forms must send back, so another site cannot post for you."""
    return _sign(app, "csrf", cookie)[:40]


def check_csrf(app: App, cookie: str | None, token: str | None) -> None:
    if not cookie or not token or not hmac.compare_digest(token, csrf_token(app, cookie)):
        raise PermissionDenied("the form has expired: reload the page and try again")
