"""The tables. Append-only where history matters: records, citations and the audit log are
only ever inserted into; an edit is a new row in ``records`` with a higher version."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

states = Table(
    "states",
    metadata,
    Column("iso3", String(3), primary_key=True),
    Column("name", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(40), nullable=False),
    Column("title", Text, nullable=False),
    Column("publisher", Text),
    Column("url", Text),
    Column("published_on", String(10)),
    Column("retrieved_on", String(10)),
    Column("sha256", String(64), unique=True),
    Column("language", String(8)),
    Column("reliability", String(20)),
    Column("recorded_at", DateTime, nullable=False),
    Column("recorded_by", Text, nullable=False),
)
Index("ix_sources_url", sources.c.url)

records = Table(
    "records",
    metadata,
    # seq orders every write ever made; (record_id, version) names one version of one fact.
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("record_id", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("iso3", String(3)),
    Column("valid_from", String(10)),
    Column("valid_to", String(10)),
    Column("data", JSON, nullable=False),
    Column("review_status", String(10), nullable=False),
    Column("recorded_at", DateTime, nullable=False),
    Column("recorded_by", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("base_version", Integer),
    Column("content_hash", String(64), nullable=False),
    # Also the index for lookups by record id (migration 0008 dropped a duplicate of it).
    UniqueConstraint("record_id", "version"),
)
Index("ix_records_kind_iso3", records.c.kind, records.c.iso3)

citations = Table(
    "citations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("record_seq", Integer, ForeignKey("records.seq"), nullable=False, index=True),
    Column("source_id", Integer, ForeignKey("sources.id"), nullable=False, index=True),
    Column("quote", Text, nullable=False),
    # the quote is our curators' wording, not a source's (services.ledger.write_version)
    Column("curated", Boolean, nullable=False, default=False, server_default=false()),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(80), nullable=False, unique=True),
    # domain.values.username_key of the name: what logins compare; unique, so no look-alikes
    Column("username_key", String(320), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("role", String(20), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
)

Index("uq_users_username_key", users.c.username_key, unique=True)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", Text, nullable=False),
    Column("scopes", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("revoked_at", DateTime),
    Column("expires_at", DateTime),  # null: never (tokens made before 0002)
)

# Web login sessions, so that logging out ends one on the server (the cookie names its id).
sessions = Table(
    "sessions",
    metadata,
    Column("id", String(64), primary_key=True),  # SHA-256 of the cookie's nonce
    Column("username", String(80), nullable=False, index=True),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("ended_at", DateTime),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("actor", Text, nullable=False),
    Column("action", String(60), nullable=False),
    Column("target", Text, nullable=False),
    Column("before_hash", String(64)),
    Column("after_hash", String(64)),
    Column("prev_hash", String(64)),
    Column("hash", String(64), nullable=False),
)
