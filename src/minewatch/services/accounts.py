"""Users, roles and scoped API tokens.

Roles are ordered: viewer < analyst < reviewer < admin; a role can do everything the roles below
it can. Passwords are hashed with Argon2id; API tokens are random, shown once, and stored only as
their SHA-256, so a leaked database does not leak usable tokens.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, RowMapping, insert, select, update
from sqlalchemy.exc import IntegrityError

from minewatch.domain.errors import InvalidInput, Location, PermissionDenied, Unauthenticated
from minewatch.domain.values import MAX_USERNAME_KEY, check_username, username_key
from minewatch.services import audit
from minewatch.services.clock import utc_now
from minewatch.storage.tables import api_tokens, users

_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 12


class Role(IntEnum):
    VIEWER = 1
    ANALYST = 2
    REVIEWER = 3
    ADMIN = 4

    @classmethod
    def named(cls, name: str) -> Role:
        try:
            return cls[name.upper()]
        except KeyError:
            choices = ", ".join(r.name.lower() for r in cls)
            raise InvalidInput(
                f"unknown role {name!r} (one of {choices})", Location(field="role")
            ) from None


# What each token scope lets a client do, and the least role a user needs to hold it.
SCOPES = {"records:write": Role.ANALYST, "review:write": Role.REVIEWER, "admin": Role.ADMIN}


@dataclass(frozen=True)
class Principal:
    """Who is acting: a user, through a password or a token with some scopes."""

    username: str
    role: Role
    scopes: frozenset[str]

    def allows(self, scope: str) -> bool:
        """Holds ``scope`` with a role high enough for it; the ``admin`` scope, held by an
        admin, allows every scope (docs/foundation.md)."""
        if "admin" in self.scopes and self.role >= Role.ADMIN:
            return True
        return scope in self.scopes and self.role >= SCOPES[scope]

    def require(self, scope: str) -> None:
        if not self.allows(scope):
            raise PermissionDenied(f"{self.username} may not do this: it needs scope {scope!r}")


def add_user(connection: Connection, username: str, password: str, role: Role, actor: str) -> int:
    """A new account; its id. InvalidInput for a name ``check_username`` refuses, a short
    password, a name already taken, or a name that only differs from one taken in case or
    Unicode form (``username_key``: "ａdmin" or "Admin" beside "admin"), which a reader of the
    audit log or a login form could not tell apart. The name is stored as given, its key beside
    it; the key's unique index refuses a look-alike even when two adds run at the same moment
    (migration 0011), so no check made beforehand can be raced."""
    check_username(username)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"must be at least {MIN_PASSWORD_LENGTH} characters", Location(field="password")
        )
    key = username_key(username)
    try:
        with connection.begin_nested():
            inserted = connection.execute(
                insert(users).values(
                    username=username,
                    username_key=key,
                    password_hash=_hasher.hash(password),
                    role=role.name.lower(),
                    created_at=utc_now(),
                    disabled=False,
                )
            ).inserted_primary_key
    except IntegrityError:
        raise _taken(connection, username, key) from None
    assert inserted is not None
    audit.append(connection, audit.AuditEntry(actor, "user.create", f"user:{username}"))
    return int(inserted[0])


def _taken(connection: Connection, username: str, key: str) -> InvalidInput:
    """Why ``username`` could not be stored: the same name, or a look-alike, is taken."""
    taken = connection.execute(select(users.c.username).where(users.c.username_key == key)).scalar()
    if taken is None or taken == username:
        return InvalidInput(f"user {username!r} already exists", Location(field="username"))
    return InvalidInput(
        f"user {username!r} looks the same as the existing user {taken!r} (names are "
        "compared ignoring case and Unicode forms): choose another name",
        Location(field="username"),
    )


def find_user(connection: Connection, username: str) -> RowMapping | None:
    """The ``users`` row whose name has the login key of ``username`` (``username_key``: "E"
    + U+0301 finds "é", "ADMIN" finds "admin"), or None. Every look-up of a user by a typed
    name goes through here: logins, sessions, tokens and the ``user`` commands."""
    key = username_key(username)
    if "\x00" in key or len(key) > MAX_USERNAME_KEY:
        return None  # no stored name has such a key (check_username), and PostgreSQL refuses NUL
    return connection.execute(select(users).where(users.c.username_key == key)).mappings().first()


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return bool(_hasher.verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


@cache
def _decoy_hash() -> str:
    """A real Argon2id hash checked for unknown or disabled users, so the answer takes as long
    as for a known user with a wrong password (no user enumeration by timing)."""
    return _hasher.hash(secrets.token_hex(16))


def authenticate(connection: Connection, username: str, password: str) -> Principal:
    """The user ``username`` names (``find_user``: any case or Unicode form of the stored name)
    if ``password`` is theirs; the Principal carries the name as stored. Unauthenticated for an
    unknown or disabled user or a wrong password, after the same Argon2 work in each case."""
    row = find_user(connection, username)
    usable = row is not None and not row["disabled"]
    stored = row["password_hash"] if row is not None and usable else _decoy_hash()
    if not (verify_password(stored, password) and usable and row is not None):
        raise Unauthenticated("unknown user or wrong password")
    role = Role.named(row["role"])
    scopes = frozenset(s for s, least in SCOPES.items() if role >= least)
    return Principal(row["username"], role, scopes)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(
    connection: Connection,
    username: str,
    scopes: list[str],
    label: str,
    actor: str,
    expires_at: datetime | None = None,
) -> str:
    """A new token, valid until ``expires_at`` (UTC; None: until revoked); the only time its
    plain text exists is in this return value. ``username`` is found by its login key
    (``find_user``); InvalidInput when no user has it."""
    user = find_user(connection, username)
    if user is None:
        raise InvalidInput(f"no user {username!r}", Location(field="username"))
    role = Role.named(user["role"])
    for scope in scopes:
        if scope not in SCOPES:
            raise InvalidInput(f"unknown scope {scope!r}", Location(field="scopes"))
        if role < SCOPES[scope]:
            raise PermissionDenied(f"role {role.name.lower()} cannot hold scope {scope!r}")
    token = "mw_" + secrets.token_urlsafe(32)
    connection.execute(
        insert(api_tokens).values(
            user_id=user["id"],
            token_hash=_token_hash(token),
            label=label,
            scopes=sorted(scopes),
            created_at=utc_now(),
            expires_at=expires_at,
        )
    )
    target = f"user:{user['username']}:{label}"
    audit.append(connection, audit.AuditEntry(actor, "token.create", target))
    return token


def principal_for_token(connection: Connection, token: str) -> Principal:
    row = (
        connection.execute(
            select(users.c.username, users.c.role, users.c.disabled, api_tokens.c.scopes)
            .add_columns(api_tokens.c.expires_at)
            .join(api_tokens, api_tokens.c.user_id == users.c.id)
            .where(api_tokens.c.token_hash == _token_hash(token), api_tokens.c.revoked_at.is_(None))
        )
        .mappings()
        .first()
    )
    if row is None or row["disabled"]:
        raise Unauthenticated("the token is unknown or revoked")
    if row["expires_at"] is not None and row["expires_at"] <= utc_now():
        raise Unauthenticated("the token has expired: ask for a new one")
    return Principal(row["username"], Role.named(row["role"]), frozenset(row["scopes"]))


def revoke_token(connection: Connection, token: str, actor: str) -> None:
    done = connection.execute(
        update(api_tokens)
        .where(api_tokens.c.token_hash == _token_hash(token), api_tokens.c.revoked_at.is_(None))
        .values(revoked_at=utc_now())
    )
    if done.rowcount == 0:
        raise InvalidInput("no such active token", Location(field="token"))
    audit.append(connection, audit.AuditEntry(actor, "token.revoke", "token"))
