"""Field columns the audit of issue 10 found missing: "safe to record the location" on accidents
and victims (``safe_to_record``, NULL when not asked), and devices found by type on land release
activities (``devices_found_ap`` … ``devices_found_other``, beside the destroyed counts).

Rows already held keep NULL in the new columns: their sources did not say. An index on
``field_victims.safe_to_record``: the victims withheld from view are looked up by it.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# The columns at this revision (a migration names its own, as 0003 does)
FOUND = (
    "devices_found_ap",
    "devices_found_at",
    "devices_found_uxo",
    "devices_found_ied",
    "devices_found_other",
)


def upgrade() -> None:
    for table in ("field_accidents", "field_victims"):
        op.add_column(table, sa.Column("safe_to_record", sa.Boolean(), nullable=True))
    op.create_index("ix_field_victims_safe_to_record", "field_victims", ["safe_to_record"])
    for name in FOUND:
        op.add_column("field_activities", sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("field_activities") as batch:
        for name in FOUND:
            batch.drop_column(name)
    op.drop_index("ix_field_victims_safe_to_record", table_name="field_victims")
    for table in ("field_accidents", "field_victims"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("safe_to_record")
