"""Records: drop the index that duplicated the unique (record id, version) constraint.

``uq_records_record_id_version`` is itself a B-tree on exactly those columns (SQLite and
PostgreSQL both build one for a UNIQUE constraint), so every lookup by record id or by
(record id, version) already uses it; ``ix_records_record_id_version`` only cost a second
B-tree insert per version written (docs/performance.md, P1).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_records_record_id_version", table_name="records")


def downgrade() -> None:
    op.create_index("ix_records_record_id_version", "records", ["record_id", "version"])
