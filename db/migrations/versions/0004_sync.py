"""Synchronisation with the county server: sync state, pending batches,
conflicts seen by supervisors; requests learn their origin workstation and
the server version they were last synchronised at.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_batches",
        sa.Column("batch_id", sa.String(40), primary_key=True),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("acked_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("request_id", sa.String(36), nullable=False, index=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("kept_json", sa.Text(), nullable=False),
        sa.Column("other_json", sa.Text(), nullable=False),
        sa.Column("kept_workstation", sa.String(60), nullable=False),
        sa.Column("other_workstation", sa.String(60), nullable=False),
        sa.Column("rule", sa.String(300), nullable=False),
        sa.Column("detected_at", sa.String(40), nullable=False),
        sa.Column("resolved_at", sa.String(40), nullable=True),
        sa.Column("resolved_by", sa.String(120), nullable=False, server_default=""),
        sa.Column("choice", sa.String(10), nullable=False, server_default=""),
    )
    # Plain ADD COLUMN (not batch mode): recreating `requests` would drop the
    # search-index triggers of migration 0002.
    op.add_column("requests", sa.Column("origin_workstation", sa.String(60), nullable=False,
                                        server_default=""))
    op.add_column("requests", sa.Column("synced_version", sa.Integer(), nullable=False,
                                        server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("requests", recreate="never") as batch_op:
        batch_op.drop_column("synced_version")
        batch_op.drop_column("origin_workstation")
    op.drop_table("sync_conflicts")
    op.drop_table("sync_batches")
    op.drop_table("sync_state")
