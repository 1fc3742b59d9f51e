"""Land release and devices destroyed that no activity gives are "not known", not 0.

An activity row now adds ``reported:<figure>`` = 1 for each land release figure it gives
(``area_cancelled_m2``, ``area_reduced_m2``, ``area_cleared_m2``; 0 included) and
``reported:devices`` when it gives devices destroyed (the total or any type), and
``reported:devices_<type>`` for each type it gives (``domain.rollups``),
so a year or area whose activities give no such figure reads "not known". The amounts kept
before were already the sums of the given figures (a missing one added 0, which is not stored);
this counts the activities already held the same way.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# The columns at this revision (a migration names its own, as 0003 does)
RELEASE = ("area_cancelled_m2", "area_reduced_m2", "area_cleared_m2")
DEVICES = (
    "devices_total",
    "devices_ap",
    "devices_at",
    "devices_uxo",
    "devices_ied",
    "devices_other",
)
# the roll-up key of a row (domain.rollups.key_of): its P-code (its own, else a placement's,
# storage.field_tables.admin_code_of), else name:<admin1>, else ''
CODE = "coalesce(a.admin_code, (SELECT p.admin_code FROM field_placements p WHERE p.seq = a.seq))"
AREA = (
    f"CASE WHEN coalesce({CODE}, '') <> '' THEN {CODE} "
    "WHEN coalesce(a.admin1, '') <> '' THEN 'name:' || a.admin1 ELSE '' END"
)
COUNTED = "a.superseded_by IS NULL AND a.review_status = 'accepted'"


def _reported(sign: str) -> None:
    given = {name: f"a.{name} IS NOT NULL" for name in RELEASE}
    given["devices"] = "(" + " OR ".join(f"a.{n} IS NOT NULL" for n in DEVICES) + ")"
    given.update({name: f"a.{name} IS NOT NULL" for name in DEVICES[1:]})
    for figure, condition in given.items():
        op.execute(
            "INSERT INTO field_rollups (iso3, admin_code, year, metric, value) "
            f"SELECT coalesce(a.iso3, ''), {AREA}, coalesce(a.year, 0), 'reported:{figure}', "
            f"{sign}count(*) FROM field_activities a WHERE {COUNTED} AND {condition} "
            "GROUP BY 1, 2, 3 "
            "ON CONFLICT (iso3, admin_code, year, metric) "
            "DO UPDATE SET value = field_rollups.value + excluded.value"
        )


def upgrade() -> None:
    _reported("")


def downgrade() -> None:
    _reported("-")
