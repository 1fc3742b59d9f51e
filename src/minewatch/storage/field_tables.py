"""The field layers' typed tables, one per layer, and the roll-up table kept current at write time.

Each layer row is one version of one ledger record: ``seq`` is the ``records.seq`` of that
version, so the generic ledger keeps the envelope (record id, version, record time, who, why,
review status, citations) and the typed table keeps the indexable columns. Rows are only ever
inserted, except for ``superseded_by``, which the write path sets on a record's previous row
when it writes a new one: the current row of a record is its row with ``superseded_by`` NULL
(which is its highest ``seq``), an indexed lookup; ``known_at`` reads pick the highest ``seq``
recorded by then.

Geometry is WGS 84: WKB in SQLite (with bbox columns under an R*Tree), PostGIS ``geometry`` with a
GiST index in PostgreSQL; both read and write WKB through ``Geometry``. The bbox columns exist on
both backends (the map's tile queries can use them anywhere).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    delete,
    func,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import base as postgresql_types
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.expression import FromClause
from sqlalchemy.types import TypeEngine, UserDefinedType

from minewatch.domain.field import LAYERS, FieldSpec, FieldType
from minewatch.storage.tables import metadata


class PostGISGeometry(UserDefinedType[bytes]):
    """PostGIS ``geometry(Geometry, 4326)`` that takes and gives WKB, like the SQLite column."""

    cache_ok = True

    def __init__(self, *_reflected: Any) -> None:
        """Reflection passes the column's (geometry type, SRID); we always mean (any, 4326)."""

    def get_col_spec(self, **_kw: Any) -> str:
        return "geometry(Geometry,4326)"

    def bind_expression(self, bindvalue: Any) -> Any:
        from sqlalchemy import func

        return func.ST_GeomFromWKB(bindvalue, 4326)

    def column_expression(self, col: Any) -> Any:
        from sqlalchemy import func

        return func.ST_AsBinary(col, type_=LargeBinary)


Geometry: TypeEngine[bytes] = LargeBinary().with_variant(PostGISGeometry(), "postgresql")
# Reflection (alembic's drift check) then reads a PostGIS column back as this same type.
postgresql_types.ischema_names["geometry"] = PostGISGeometry

_TYPES: dict[FieldType, Any] = {
    FieldType.TEXT: Text,
    FieldType.INT: Integer,
    FieldType.FLOAT: Float,
    FieldType.BOOL: Boolean,
    FieldType.CHOICE: lambda: String(40),
}


def _column(spec: FieldSpec) -> Column[Any]:
    return Column(spec.name, _TYPES[spec.type]())


def _common_columns() -> list[Any]:
    return [
        Column("seq", Integer, ForeignKey("records.seq"), primary_key=True, autoincrement=False),
        Column("record_id", String(200), nullable=False),
        Column("version", Integer, nullable=False),
        Column("iso3", String(3)),
        Column("admin_code", String(40)),
        Column("admin1", Text),
        Column("admin2", Text),
        Column("year", Integer),
        Column("date", String(10)),
        Column("reference", String(200)),
        Column("source_code", String(40)),
        Column("is_public", Boolean, nullable=False),
        Column("attributes", JSON, nullable=False),
        Column("geom", Geometry),
        Column("minx", Float),
        Column("miny", Float),
        Column("maxx", Float),
        Column("maxy", Float),
        Column("area_m2", Float),
        Column("geometry_issues", JSON, nullable=False),
        # The seq of the version that replaced this one; NULL while it is the current version.
        Column("superseded_by", Integer),
        # The version's review status, copied from its ``records`` row (which never changes).
        Column("review_status", String(10)),
    ]


def _derived_columns(layer: str) -> list[Any]:
    """Columns the write path keeps, as it keeps ``superseded_by``; no file fills them."""
    if layer != "accidents":
        return []
    # Whether current, accepted victims name this accident (its reference or record id): its
    # casualties are then counted from them, else from its own killed / injured
    # (``domain.rollups``; kept by ``services.victim_links``). NULL: not yet looked at, no.
    return [Column("has_victims", Boolean)]


def _layer_table(name: str) -> Table:
    spec = LAYERS[name]
    table = Table(
        f"field_{name}",
        metadata,
        *_common_columns(),
        *[_column(f) for f in spec.fields],
        *_derived_columns(name),
    )
    Index(f"ix_field_{name}_record_id", table.c.record_id, table.c.seq)
    Index(f"ix_field_{name}_iso3_year", table.c.iso3, table.c.year)
    Index(f"ix_field_{name}_admin_code", table.c.admin_code)
    # An edited submission finds its record by the instanceID it replaces (``source_code``).
    Index(f"ix_field_{name}_source_code", table.c.source_code)
    Index(f"ix_field_{name}_bbox", table.c.minx, table.c.maxx, table.c.miny, table.c.maxy)
    if name == "victims":  # which accidents victims name (services.layers, migration 0009)
        Index("ix_field_victims_accident_ref", table.c.accident_ref)
        # victims whose location is not safe to record (migration 0014)
        Index("ix_field_victims_safe_to_record", table.c.safe_to_record)
    # "Current, accepted, dated by D, in this box (public: or in these admin areas)": one index
    # range, read without the table.
    Index(
        f"ix_field_{name}_current",
        table.c.superseded_by,
        table.c.review_status,
        table.c.date,
        table.c.minx,
        table.c.maxx,
        table.c.miny,
        table.c.maxy,
        table.c.is_public,
        table.c.admin_code,
    )
    return table


layer_tables: dict[str, Table] = {name: _layer_table(name) for name in LAYERS}

# Totals per state, admin area (P-code, '' when unknown), year (0 when unknown) and metric,
# updated in the same transaction as the layer rows they sum.
field_rollups = Table(
    "field_rollups",
    metadata,
    Column("iso3", String(3), nullable=False),
    Column("admin_code", String(40), nullable=False),
    Column("year", Integer, nullable=False),
    Column("metric", String(80), nullable=False),
    Column("value", Float, nullable=False),
    PrimaryKeyConstraint("iso3", "admin_code", "year", "metric"),
)


# Admin areas given after the fact: a row written without a code and later found inside an
# admin area (``services.layers.place_unassigned``: areas imported after the points) gets its
# code here, one narrow row per placed layer row (``seq``: the layer row's, unique across
# layers), instead of its wide layer row being rewritten with every index holding its code
# (docs/performance.md, P2). A layer row's admin area is its own ``admin_code`` else its
# placement's: ``admin_code_of``. Rows are only ever inserted, as the layer rows they place.
field_placements = Table(
    "field_placements",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("layer", String(20), nullable=False),
    Column("admin_code", String(40), nullable=False),
)
Index(
    "ix_field_placements_layer_admin_code", field_placements.c.layer, field_placements.c.admin_code
)


def admin_code_of(table: FromClause) -> ColumnElement[str]:
    """The admin area (P-code) of each row of ``table`` (a layer table or an alias of one): the
    row's own ``admin_code`` (its source's, or found when it was written), else the one a
    later placement stored in ``field_placements``, else NULL. Both backends evaluate COALESCE
    lazily: a row with its own code costs no lookup; one without, one primary-key probe."""
    placed = (
        select(field_placements.c.admin_code)
        .where(field_placements.c.seq == table.c.seq)
        .correlate(table)
        .scalar_subquery()
    )
    return func.coalesce(table.c.admin_code, placed, type_=String(40))


def row_columns(table: FromClause) -> list[Any]:
    """Every column of a layer table, ``admin_code`` as ``admin_code_of`` gives it (labelled
    ``admin_code``): what ``select(table)`` gives, with placed rows' codes filled in."""
    return [
        admin_code_of(table).label("admin_code") if c.name == "admin_code" else c for c in table.c
    ]


def rtree_name(layer: str) -> str:
    """The SQLite R*Tree virtual table beside a layer table (id = seq)."""
    return f"field_{layer}_rtree"


def is_spatial_index(name: str) -> bool:
    """A dialect's own spatial index, created by the migration and not in ``metadata``: an
    SQLite R*Tree virtual table or one of its shadow tables (``_node``, ``_parent``,
    ``_rowid``), or a PostGIS GiST index ``ix_field_<layer>_geom``."""
    return any(
        name.startswith(rtree_name(layer)) or name == f"ix_field_{layer}_geom" for layer in LAYERS
    )


# Which sources the roll-up figures are computed from, kept at two grains:
# ``field_rollup_area_sources`` per (state, admin area, year, layer, source) and
# ``field_rollup_sources`` per (state, year, layer, source), each with ``counted`` = how many
# current, accepted rows citing the source count under that key (admin area and year as in
# ``field_rollups``: ``rollups.key_of``). The import and review write paths move the counts
# with the roll-up deltas, in the same transaction (a new accepted version adds 1 per source
# it cites, the version it replaces takes 1 away, an admin-area import moves the rows it
# places between areas), and a key whose count reaches 0 is deleted, so a source is named
# exactly while rows of it count (migration 0017; 0016 kept only ever-seen pairs per state and
# year). A profile names its sources with one index range of the state grain (a handful of
# rows per state and year, however many admin areas), the roll-ups by admin area with one of
# the area grain; never by scanning the layer rows.
_SOURCE_COLUMNS = ("iso3", "admin_code", "year", "layer", "source_id", "counted")


def _sources_table(name: str, by_area: bool) -> Table:
    return Table(
        name,
        metadata,
        Column("iso3", String(3), nullable=False),
        *([Column("admin_code", String(40), nullable=False)] if by_area else []),  # '' unknown
        Column("year", Integer, nullable=False),  # 0: rows without a date
        Column("layer", String(20), nullable=False),
        Column("source_id", Integer, ForeignKey("sources.id"), nullable=False),
        Column("counted", Integer, nullable=False),
        PrimaryKeyConstraint(
            "iso3", *(["admin_code"] if by_area else []), "year", "layer", "source_id"
        ),
    )


field_rollup_sources = _sources_table("field_rollup_sources", by_area=False)
field_rollup_area_sources = _sources_table("field_rollup_area_sources", by_area=True)

SourceKey = tuple[str, str, int, str, int]  # iso3, admin area, year, layer, source id


def move_rollup_sources(connection: Connection, changes: Mapping[SourceKey, int]) -> None:
    """Add ``changes`` (key -> rows that start counting, negative for rows that stop) to
    ``field_rollup_area_sources``, and their sums over admin areas to ``field_rollup_sources``;
    delete the keys of the states touched whose count reaches 0 (both backends take ON
    CONFLICT ... DO UPDATE). Keys without a state are not kept (no state's roll-up shows
    them)."""
    by_area = {key: amount for key, amount in changes.items() if amount and key[0]}
    by_state: dict[tuple[str, int, str, int], int] = {}
    for (iso3, _area, year, layer, source), amount in by_area.items():
        state_key = (iso3, year, layer, source)
        by_state[state_key] = by_state.get(state_key, 0) + amount
    for table, moves in (
        (field_rollup_area_sources, by_area),
        (field_rollup_sources, {k: v for k, v in by_state.items() if v}),
    ):
        names = [c for c in _SOURCE_COLUMNS if c in table.c]
        rows = [
            dict(zip(names, (*key, amount), strict=True)) for key, amount in sorted(moves.items())
        ]
        if not rows:
            continue
        keys = ", ".join(names[:-1])
        connection.execute(
            text(
                f"INSERT INTO {table.name} ({', '.join(names)}) "
                f"VALUES ({', '.join(':' + n for n in names)}) ON CONFLICT ({keys}) "
                f"DO UPDATE SET counted = {table.name}.counted + excluded.counted"
            ),
            rows,
        )
        states = sorted({str(row["iso3"]) for row in rows if int(row["counted"]) < 0})
        if states:
            connection.execute(delete(table).where(table.c.iso3.in_(states), table.c.counted <= 0))
