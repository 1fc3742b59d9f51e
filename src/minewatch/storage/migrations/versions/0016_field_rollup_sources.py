"""The sources each roll-up was computed from: ``field_rollup_sources``.

A country profile's field figures, the roll-up JSON and its CSV name the sources behind them
(the files imported, each a ``sources`` row its layer rows cite). Finding them from the rows
would read every row of the state on every page view (a million for a large import); the write
path instead keeps one row per (state, year, layer, source) counted, beside the roll-up deltas
(``storage.field_tables.note_rollup_sources``). This fills it for the accepted current rows
already held: one pass over each layer at migration time.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# The layers counted in roll-ups at this revision (a migration names its own, as 0003 does)
LAYERS = ("hazards", "activities", "accidents", "victims", "eore")


def upgrade() -> None:
    op.create_table(
        "field_rollup_sources",
        sa.Column("iso3", sa.String(3), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("layer", sa.String(20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name="fk_field_rollup_sources_source_id_sources"
        ),
        sa.PrimaryKeyConstraint(
            "iso3", "year", "layer", "source_id", name="pk_field_rollup_sources"
        ),
    )
    for layer in LAYERS:
        op.get_bind().execute(
            sa.text(
                "INSERT INTO field_rollup_sources (iso3, year, layer, source_id) "
                f"SELECT DISTINCT a.iso3, coalesce(a.year, 0), '{layer}', c.source_id "
                f"FROM field_{layer} a JOIN citations c ON c.record_seq = a.seq "
                "WHERE a.superseded_by IS NULL AND a.review_status = 'accepted' "
                "AND a.iso3 IS NOT NULL"
            )
        )


def downgrade() -> None:
    op.drop_table("field_rollup_sources")
