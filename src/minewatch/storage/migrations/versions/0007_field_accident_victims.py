"""Field layers: whether an accident's casualties are counted from its victims.

An accident with current, accepted victims naming it (their ``accident_ref`` is its reference
or record id) counts its casualties from them; one without counts its own killed / injured,
breakdown unknown (``domain.rollups``). ``field_accidents.has_victims`` keeps which, at write
time, so the roll-ups can move it like any other input. Accidents already held are marked from
the victims held, and the roll-ups get the casualties of those without victims (before, an
accident without victim rows added none).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CURRENT = "superseded_by IS NULL AND review_status = 'accepted'"
LINKED = (
    "EXISTS (SELECT 1 FROM field_victims v WHERE v.superseded_by IS NULL "
    "AND v.review_status = 'accepted' "
    "AND v.accident_ref IN (field_accidents.reference, field_accidents.record_id))"
)
# the roll-up key of a row (domain.rollups.key_of): its P-code, else name:<admin1>, else ''
AREA = (
    "CASE WHEN coalesce(admin_code, '') <> '' THEN admin_code "
    "WHEN coalesce(admin1, '') <> '' THEN 'name:' || admin1 ELSE '' END"
)


def _casualties(sign: str) -> None:
    for outcome, column in (("killed", "killed"), ("injured", "injured")):
        op.execute(
            "INSERT INTO field_rollups (iso3, admin_code, year, metric, value) "
            f"SELECT coalesce(iso3, ''), {AREA}, coalesce(year, 0), "
            f"'casualties:unknown:unknown:unknown:{outcome}', {sign}sum({column}) "
            f"FROM field_accidents WHERE {CURRENT} AND NOT coalesce(has_victims, false) "
            f"AND coalesce({column}, 0) <> 0 GROUP BY 1, 2, 3 "
            "ON CONFLICT (iso3, admin_code, year, metric) "
            "DO UPDATE SET value = field_rollups.value + excluded.value"
        )


def upgrade() -> None:
    op.add_column("field_accidents", sa.Column("has_victims", sa.Boolean()))
    op.execute(f"UPDATE field_accidents SET has_victims = {LINKED} WHERE {CURRENT}")
    _casualties("")


def downgrade() -> None:
    _casualties("-")
    op.drop_column("field_accidents", "has_victims")
