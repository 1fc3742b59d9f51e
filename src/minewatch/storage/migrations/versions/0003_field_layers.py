"""Field layers: one typed table per layer (rows keyed by the ledger version's seq), their
spatial indexes (SQLite R*Tree, PostGIS GiST) and the roll-up table kept current at write time.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LAYERS: dict[str, list[tuple[str, Any]]] = {
    "hazards": [
        ("hazard_type", sa.String(40)),
        ("status", sa.String(40)),
        ("name", sa.Text()),
        ("evidence", sa.Text()),
        ("device_types", sa.Text()),
        ("blockages", sa.Text()),
        ("priority", sa.Text()),
    ],
    "activities": [
        ("activity_type", sa.String(40)),
        ("hazard_ref", sa.Text()),
        ("operator", sa.Text()),
        ("method", sa.Text()),
        ("area_cancelled_m2", sa.Float()),
        ("area_reduced_m2", sa.Float()),
        ("area_cleared_m2", sa.Float()),
        ("devices_ap", sa.Integer()),
        ("devices_at", sa.Integer()),
        ("devices_uxo", sa.Integer()),
        ("devices_ied", sa.Integer()),
        ("devices_other", sa.Integer()),
        ("devices_total", sa.Integer()),
    ],
    "accidents": [
        ("place", sa.Text()),
        ("area_type", sa.Text()),
        ("device_type", sa.Text()),
        ("killed", sa.Integer()),
        ("injured", sa.Integer()),
        ("location_accuracy_m", sa.Float()),
    ],
    "victims": [
        ("accident_ref", sa.Text()),
        ("sex", sa.String(40)),
        ("age", sa.Integer()),
        ("age_band", sa.String(40)),
        ("category", sa.String(40)),
        ("outcome", sa.String(40)),
        ("activity", sa.Text()),
        ("ethnicity", sa.Text()),
        ("place", sa.Text()),
        ("consent_authorities", sa.Boolean()),
        ("consent_ngos", sa.Boolean()),
    ],
    "eore": [
        ("operator", sa.Text()),
        ("topic", sa.Text()),
        *[
            (f"audience_{sex}_{band}", sa.Integer())
            for sex in ("female", "male")
            for band in ("5_12", "13_17", "18plus")
        ],
    ],
    "admin_areas": [
        ("pcode", sa.Text()),
        ("name", sa.Text()),
        ("level", sa.Integer()),
        ("parent_pcode", sa.Text()),
    ],
}


def _common(name: str, sqlite: bool) -> list[sa.Column[Any]]:
    columns: list[sa.Column[Any]] = [
        sa.Column(
            "seq",
            sa.Integer(),
            sa.ForeignKey("records.seq", name=f"fk_field_{name}_seq_records"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("record_id", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("iso3", sa.String(3)),
        sa.Column("admin_code", sa.String(40)),
        sa.Column("admin1", sa.Text()),
        sa.Column("admin2", sa.Text()),
        sa.Column("year", sa.Integer()),
        sa.Column("date", sa.String(10)),
        sa.Column("reference", sa.String(200)),
        sa.Column("source_code", sa.String(40)),
        sa.Column("is_public", sa.Boolean(), nullable=False),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("minx", sa.Float()),
        sa.Column("miny", sa.Float()),
        sa.Column("maxx", sa.Float()),
        sa.Column("maxy", sa.Float()),
        sa.Column("area_m2", sa.Float()),
        sa.Column("geometry_issues", sa.JSON(), nullable=False),
    ]
    if sqlite:
        columns.append(sa.Column("geom", sa.LargeBinary()))
    return columns


def _create_layer(name: str, own: list[tuple[str, Any]]) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    table = f"field_{name}"
    op.create_table(
        table,
        *_common(name, sqlite),
        *[sa.Column(column, kind) for column, kind in own],
        sa.PrimaryKeyConstraint("seq", name=f"pk_{table}"),
    )
    op.create_index(f"ix_{table}_record_id", table, ["record_id", "seq"])
    op.create_index(f"ix_{table}_iso3_year", table, ["iso3", "year"])
    op.create_index(f"ix_{table}_admin_code", table, ["admin_code"])
    op.create_index(f"ix_{table}_bbox", table, ["minx", "maxx", "miny", "maxy"])
    if sqlite:
        op.execute(f"CREATE VIRTUAL TABLE {table}_rtree USING rtree(id, minx, maxx, miny, maxy)")
    else:
        op.execute(f"ALTER TABLE {table} ADD COLUMN geom geometry(Geometry,4326)")
        op.execute(f"CREATE INDEX ix_{table}_geom ON {table} USING gist (geom)")


def upgrade() -> None:
    for name, own in LAYERS.items():
        _create_layer(name, own)
    op.create_table(
        "field_rollups",
        sa.Column("iso3", sa.String(3), nullable=False),
        sa.Column("admin_code", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("metric", sa.String(80), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("iso3", "admin_code", "year", "metric", name="pk_field_rollups"),
    )


def downgrade() -> None:
    op.drop_table("field_rollups")
    for name in LAYERS:
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"DROP TABLE IF EXISTS field_{name}_rtree")
        op.drop_table(f"field_{name}")
