"""Roll-up sources kept exactly and per admin area: ``field_rollup_sources`` gains
``admin_code`` and ``counted``.

0016 kept one row per (state, year, layer, source) ever counted and never removed one, so a
source whose rows were all replaced (a corrected re-import) stayed named, and the roll-ups by
admin area could only name their state's sources. Now each row is a (state, admin area, year,
layer, source) key with the number of current, accepted rows citing the source that count
under it (the admin area as ``field_rollups`` keeps it: ``domain.rollups.key_of``); the write
path moves the counts with the roll-up deltas and deletes a key at 0
(``storage.field_tables.move_rollup_sources``). This rebuilds the table from the rows held:
one grouped pass over each layer at migration time.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# The layers counted in roll-ups at this revision (a migration names its own, as 0003 does)
LAYERS = ("hazards", "activities", "accidents", "victims", "eore")
# the roll-up key of a row (domain.rollups.key_of): its P-code (its own, else a placement's,
# storage.field_tables.admin_code_of), else name:<admin1>, else '' (as 0015 writes it)
CODE = "coalesce(a.admin_code, (SELECT p.admin_code FROM field_placements p WHERE p.seq = a.seq))"
AREA = (
    f"CASE WHEN coalesce({CODE}, '') <> '' THEN {CODE} "
    "WHEN coalesce(a.admin1, '') <> '' THEN 'name:' || a.admin1 ELSE '' END"
)
COUNTED = "a.superseded_by IS NULL AND a.review_status = 'accepted' AND a.iso3 IS NOT NULL"


def _create(exact: bool) -> None:
    columns: list[sa.schema.SchemaItem] = [
        sa.Column("iso3", sa.String(3), nullable=False),
        *([sa.Column("admin_code", sa.String(40), nullable=False)] if exact else []),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("layer", sa.String(20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        *([sa.Column("counted", sa.Integer(), nullable=False)] if exact else []),
    ]
    key = ["iso3", "admin_code", "year", "layer", "source_id"] if exact else None
    op.create_table(
        "field_rollup_sources",
        *columns,
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name="fk_field_rollup_sources_source_id_sources"
        ),
        sa.PrimaryKeyConstraint(
            *(key or ["iso3", "year", "layer", "source_id"]), name="pk_field_rollup_sources"
        ),
    )


def upgrade() -> None:
    op.drop_table("field_rollup_sources")
    _create(exact=True)
    for layer in LAYERS:
        op.execute(
            "INSERT INTO field_rollup_sources (iso3, admin_code, year, layer, source_id, counted) "
            f"SELECT a.iso3, {AREA}, coalesce(a.year, 0), '{layer}', c.source_id, count(*) "
            f"FROM field_{layer} a JOIN citations c ON c.record_seq = a.seq WHERE {COUNTED} "
            "GROUP BY 1, 2, 3, 5"
        )


def downgrade() -> None:
    """Back to 0016's form: the (state, year, layer, source) pairs counted now."""
    bind = op.get_bind()
    pairs = bind.execute(
        sa.text("SELECT DISTINCT iso3, year, layer, source_id FROM field_rollup_sources")
    ).all()
    op.drop_table("field_rollup_sources")
    _create(exact=False)
    if pairs:
        bind.execute(
            sa.text(
                "INSERT INTO field_rollup_sources (iso3, year, layer, source_id) "
                "VALUES (:iso3, :year, :layer, :source_id)"
            ),
            [dict(r._mapping) for r in pairs],
        )
