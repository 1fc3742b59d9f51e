"""Field layers: the current-row index also covers the public view's columns.

A public answer keeps a record not marked public where the public sees it, at its admin area
(``services.layers._in_box``): counting a wide window then tests ``is_public`` and
``admin_code`` on every current row. With both in ``ix_field_<layer>_current`` that count reads
the index alone, as the non-public count already did.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LAYERS = ("hazards", "activities", "accidents", "victims", "eore", "admin_areas")
BASE = ["superseded_by", "review_status", "date", "minx", "maxx", "miny", "maxy"]


def _rebuild(columns: list[str]) -> None:
    for name in LAYERS:
        table = f"field_{name}"
        op.drop_index(f"ix_{table}_current", table_name=table)
        op.create_index(f"ix_{table}_current", table, columns)


def upgrade() -> None:
    _rebuild([*BASE, "is_public", "admin_code"])


def downgrade() -> None:
    _rebuild(BASE)
