"""Citations: which quotes are our curators' wording, marked on the citation itself.

Until now a version's quotes counted as curated when the version's reason was the reference
load's, so a reviewer's edit of a reference record (a new version, another reason) lost the
mark, and its curators' notes ("see apm_use.csv") showed raw on the public pages. Now each
citation carries ``curated``: the reference load's citations, and those a later version of the
same record carries over unchanged (same source, same quote), are curated
(``services.ledger.write_version``). Here, the citations already held are marked by that rule:
every citation of a reference-load version, then every citation of a later version of the same
record whose source and quote equal one of those.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

LOAD_REASON = "reference data load"  # services.reference.LOAD_REASON, as of this revision


def upgrade() -> None:
    op.add_column(
        "citations",
        sa.Column("curated", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    loaded = sa.text(
        "UPDATE citations SET curated = true "
        "WHERE record_seq IN (SELECT seq FROM records WHERE reason = :load)"
    )
    op.get_bind().execute(loaded, {"load": LOAD_REASON})
    # Later versions of a record the load wrote: a citation equal to one the load wrote is
    # carried over. Only records with a load version are looked at (field imports are not).
    carried = sa.text(
        "UPDATE citations SET curated = true "
        "WHERE NOT curated AND record_seq IN ("
        "  SELECT later.seq FROM records later WHERE later.reason <> :load AND later.record_id IN "
        "  (SELECT record_id FROM records WHERE reason = :load)) "
        "AND EXISTS ("
        "  SELECT 1 FROM citations ours "
        "  JOIN records written ON written.seq = ours.record_seq "
        "  JOIN records here ON here.seq = citations.record_seq "
        "  WHERE written.reason = :load AND written.record_id = here.record_id "
        "  AND written.version < here.version "
        "  AND ours.source_id = citations.source_id AND ours.quote = citations.quote)"
    )
    op.get_bind().execute(carried, {"load": LOAD_REASON})


def downgrade() -> None:
    op.drop_column("citations", "curated")
