"""Field layers: an index on ``source_code``.

An ODK/Kobo import looks up the records holding each submission's instanceID and the ids its
edits replace (``services.layers.records_by_source_code``, ``source_code IN (…)``); without an
index that is a scan of the layer per batch of 500 ids.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

LAYERS = ("hazards", "activities", "accidents", "victims", "eore", "admin_areas")


def upgrade() -> None:
    for name in LAYERS:
        op.create_index(f"ix_field_{name}_source_code", f"field_{name}", ["source_code"])


def downgrade() -> None:
    for name in LAYERS:
        op.drop_index(f"ix_field_{name}_source_code", table_name=f"field_{name}")
