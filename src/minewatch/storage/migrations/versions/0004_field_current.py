"""Field layers: a current-version marker kept at write time.

Each typed row gets ``superseded_by``, the seq of the version of the same record that replaced
it (NULL while it is the record's current version), and ``review_status``, a copy of its
version's status in ``records`` (a ledger row never changes), under one index with the date and
the box, so "the current, accepted rows of a layer in this window" is an indexed lookup instead
of ``max(seq) group by record_id`` over every row joined to ``records``. Rows already held are
marked from their successors and their ledger rows.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

LAYERS = ("hazards", "activities", "accidents", "victims", "eore", "admin_areas")


def upgrade() -> None:
    for name in LAYERS:
        table = f"field_{name}"
        op.add_column(table, sa.Column("superseded_by", sa.Integer()))
        op.add_column(table, sa.Column("review_status", sa.String(10)))
        op.create_index(
            f"ix_{table}_current",
            table,
            ["superseded_by", "review_status", "date", "minx", "maxx", "miny", "maxy"],
        )
        op.execute(
            f"UPDATE {table} SET review_status = "
            f"(SELECT r.review_status FROM records r WHERE r.seq = {table}.seq)"
        )
        later = f"FROM {table} n WHERE n.record_id = {table}.record_id AND n.seq > {table}.seq"
        op.execute(
            f"UPDATE {table} SET superseded_by = (SELECT min(n.seq) {later}) "
            f"WHERE EXISTS (SELECT 1 {later})"
        )


def downgrade() -> None:
    for name in LAYERS:
        table = f"field_{name}"
        op.drop_index(f"ix_{table}_current", table_name=table)
        op.drop_column(table, "review_status")
        op.drop_column(table, "superseded_by")
