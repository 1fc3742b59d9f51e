"""Roll-up sources kept exactly and per admin area: ``field_rollup_sources`` gains
``counted`` and ``field_rollup_area_sources`` keeps the same per admin area.

0016 kept one row per (state, year, layer, source) ever counted and never removed one, so a
source whose rows were all replaced (a corrected re-import) stayed named, and the roll-ups by
admin area could only name their state's sources. Now each row of ``field_rollup_sources``
(state, year, layer, source) and of the new ``field_rollup_area_sources`` (state, admin area,
year, layer, source) holds the number of current, accepted rows citing the source that count
under it (the admin area as ``field_rollups`` keeps it: ``domain.rollups.key_of``); the write
path moves the counts with the roll-up deltas and deletes a key at 0
(``storage.field_tables.move_rollup_sources``). Two grains, so that a profile still reads a
few rows per state and year however many admin areas the state has. This rebuilds both from
the rows held: one grouped pass over each layer per table at migration time.

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


def _create(name: str, by_area: bool, counted: bool = True) -> None:
    area = ["admin_code"] if by_area else []
    op.create_table(
        name,
        sa.Column("iso3", sa.String(3), nullable=False),
        *[sa.Column(n, sa.String(40), nullable=False) for n in area],
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("layer", sa.String(20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        *([sa.Column("counted", sa.Integer(), nullable=False)] if counted else []),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=f"fk_{name}_source_id_sources"),
        sa.PrimaryKeyConstraint("iso3", *area, "year", "layer", "source_id", name=f"pk_{name}"),
    )


def upgrade() -> None:
    op.drop_table("field_rollup_sources")
    _create("field_rollup_sources", by_area=False)
    _create("field_rollup_area_sources", by_area=True)
    for layer in LAYERS:
        rows = f"FROM field_{layer} a JOIN citations c ON c.record_seq = a.seq WHERE {COUNTED}"
        op.execute(
            "INSERT INTO field_rollup_area_sources "
            "(iso3, admin_code, year, layer, source_id, counted) "
            f"SELECT a.iso3, {AREA}, coalesce(a.year, 0), '{layer}', c.source_id, count(*) "
            f"{rows} GROUP BY 1, 2, 3, 5"
        )
        op.execute(
            "INSERT INTO field_rollup_sources (iso3, year, layer, source_id, counted) "
            f"SELECT a.iso3, coalesce(a.year, 0), '{layer}', c.source_id, count(*) "
            f"{rows} GROUP BY 1, 2, 4"
        )


def downgrade() -> None:
    """Back to 0016's form: the (state, year, layer, source) pairs counted now."""
    bind = op.get_bind()
    pairs = bind.execute(
        sa.text("SELECT DISTINCT iso3, year, layer, source_id FROM field_rollup_sources")
    ).all()
    op.drop_table("field_rollup_area_sources")
    op.drop_table("field_rollup_sources")
    _create("field_rollup_sources", by_area=False, counted=False)
    if pairs:
        bind.execute(
            sa.text(
                "INSERT INTO field_rollup_sources (iso3, year, layer, source_id) "
                "VALUES (:iso3, :year, :layer, :source_id)"
            ),
            [dict(r._mapping) for r in pairs],
        )
