"""Field victims: an index on ``accident_ref``.

Every import that writes accidents or victims asks which accidents current, accepted victims
name (``services.layers.linked_accidents``, ``relink_accidents``, ``victim_mismatches``), 500
names at a time by ``accident_ref IN (...)``, and whether any victim names one at all; without
an index each of those questions read the whole victims layer (docs/performance.md, P2 and P4).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_field_victims_accident_ref", "field_victims", ["accident_ref"])


def downgrade() -> None:
    op.drop_index("ix_field_victims_accident_ref", table_name="field_victims")
