"""The evidence ledger, states, accounts and the audit log.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Server mode keeps geometry in PostGIS; later migrations add the geo layers.
        op.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    op.create_table(
        "states",
        sa.Column("iso3", sa.String(3), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("publisher", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published_on", sa.String(10)),
        sa.Column("retrieved_on", sa.String(10)),
        sa.Column("sha256", sa.String(64)),
        sa.Column("language", sa.String(8)),
        sa.Column("reliability", sa.String(20)),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.Text, nullable=False),
        sa.UniqueConstraint("sha256", name="uq_sources_sha256"),
    )
    op.create_index("ix_sources_url", "sources", ["url"])
    op.create_table(
        "records",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("record_id", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("iso3", sa.String(3)),
        sa.Column("valid_from", sa.String(10)),
        sa.Column("valid_to", sa.String(10)),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("review_status", sa.String(10), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("base_version", sa.Integer),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("record_id", "version", name="uq_records_record_id_version"),
    )
    op.create_index("ix_records_kind_iso3", "records", ["kind", "iso3"])
    op.create_index("ix_records_record_id_version", "records", ["record_id", "version"])
    op.create_table(
        "citations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "record_seq",
            sa.Integer,
            sa.ForeignKey("records.seq", name="fk_citations_record_seq_records"),
            nullable=False,
        ),
        sa.Column(
            "source_id",
            sa.Integer,
            sa.ForeignKey("sources.id", name="fk_citations_source_id_sources"),
            nullable=False,
        ),
        sa.Column("quote", sa.Text, nullable=False),
    )
    op.create_index("ix_citations_record_seq", "citations", ["record_seq"])
    op.create_index("ix_citations_source_id", "citations", ["source_id"])
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(80), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.UniqueConstraint("username", name="uq_users_username"),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("users.id", name="fk_api_tokens_user_id_users"),
            nullable=False,
        ),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("scopes", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime),
        sa.UniqueConstraint("token_hash", name="uq_api_tokens_token_hash"),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("before_hash", sa.String(64)),
        sa.Column("after_hash", sa.String(64)),
        sa.Column("prev_hash", sa.String(64)),
        sa.Column("hash", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    for table in ("audit_log", "api_tokens", "users", "citations", "records", "sources", "states"):
        op.drop_table(table)
