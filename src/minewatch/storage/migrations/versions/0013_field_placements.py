"""Field placements: admin areas found for rows after they were written, one narrow row each.

An admin-area import places the points already held (``services.layers.place_unassigned``).
Storing each code by an UPDATE of its layer row rewrote the whole wide row and moved its entries
in the indexes holding ``admin_code`` (on PostgreSQL a new tuple in every index of the layer):
at 1M accidents ~11 of the placement's 16 CPU seconds (docs/performance.md, P2). The codes go
into ``field_placements`` instead; readers take a row's own code, else its placement's
(``storage.field_tables.admin_code_of``). Codes already stored in layer rows stay where they
are: nothing is moved.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# The layers at this revision (a migration names its own, as 0003 does)
LAYERS = ("hazards", "activities", "accidents", "victims", "eore")

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "field_placements",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("layer", sa.String(20), nullable=False),
        sa.Column("admin_code", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_field_placements"),
    )
    op.create_index(
        "ix_field_placements_layer_admin_code", "field_placements", ["layer", "admin_code"]
    )


def downgrade() -> None:
    # The placed codes go back into their layer rows, where readers found them before.
    for layer in LAYERS:
        table = f"field_{layer}"
        op.get_bind().execute(
            sa.text(
                f"UPDATE {table} SET admin_code = (SELECT p.admin_code FROM field_placements p "
                f"WHERE p.seq = {table}.seq) WHERE admin_code IS NULL AND seq IN "
                "(SELECT seq FROM field_placements WHERE layer = :layer)"
            ),
            {"layer": layer},
        )
    op.drop_index("ix_field_placements_layer_admin_code", table_name="field_placements")
    op.drop_table("field_placements")
