"""Accidents whose source gives no casualty counts are counted as such.

An accident with neither killed nor injured and no victim rows naming it adds the roll-up
metric ``accidents:counts_unknown`` (``domain.rollups``): the casualty totals of a state whose
accidents all lack counts are "not known", not 0. Accidents already held get the metric here.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# the roll-up key of a row (domain.rollups.key_of): its P-code, else name:<admin1>, else ''
AREA = (
    "CASE WHEN coalesce(admin_code, '') <> '' THEN admin_code "
    "WHEN coalesce(admin1, '') <> '' THEN 'name:' || admin1 ELSE '' END"
)
UNCOUNTED = (
    "superseded_by IS NULL AND review_status = 'accepted' AND NOT coalesce(has_victims, false) "
    "AND killed IS NULL AND injured IS NULL"
)


def _counts_unknown(sign: str) -> None:
    op.execute(
        "INSERT INTO field_rollups (iso3, admin_code, year, metric, value) "
        f"SELECT coalesce(iso3, ''), {AREA}, coalesce(year, 0), 'accidents:counts_unknown', "
        f"{sign}count(*) FROM field_accidents WHERE {UNCOUNTED} GROUP BY 1, 2, 3 "
        "ON CONFLICT (iso3, admin_code, year, metric) "
        "DO UPDATE SET value = field_rollups.value + excluded.value"
    )


def upgrade() -> None:
    _counts_unknown("")


def downgrade() -> None:
    _counts_unknown("-")
