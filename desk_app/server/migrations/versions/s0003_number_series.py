"""Number leases per series: registration numbers of the county ("request") and
each office's decision numbers ("decision:<office code>"), so two workstations
of one office never issue the same decision number offline.

Revision ID: s0003
Revises: s0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("number_leases", sa.Column("series", sa.String(60), nullable=False,
                                             server_default="request"))
    op.drop_constraint("uq_lease_range", "number_leases", type_="unique")
    op.create_unique_constraint("uq_lease_range", "number_leases",
                                ["county", "series", "year", "first"])


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM number_leases WHERE series <> 'request'"))
    op.drop_constraint("uq_lease_range", "number_leases", type_="unique")
    op.create_unique_constraint("uq_lease_range", "number_leases", ["county", "year", "first"])
    op.drop_column("number_leases", "series")
