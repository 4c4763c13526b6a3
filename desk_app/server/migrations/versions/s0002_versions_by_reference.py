"""Versions stored by reference while current; lz4 for the large text columns.

``request_versions.data`` becomes nullable: NULL means "the same text as the
request's current row" (the first push of a request no longer writes its
~2.4 KB payload twice). The server fills the text in before the request's row
changes (a newer version, a conflict decision), so every version received is
still kept. Rows stored before this revision keep their text.

The payload columns use lz4 TOAST compression (PostgreSQL 14+ built with lz4;
left on the default elsewhere): several times cheaper to compress than pglz.

Revision ID: s0002
Revises: s0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None

_LARGE_TEXT = (("requests", "data"), ("request_versions", "data"), ("changes", "payload"),
               ("conflicts", "kept_data"), ("conflicts", "other_data"))


def _compression(method: str) -> None:
    for table, column in _LARGE_TEXT:
        op.execute(sa.text(
            "DO $$ BEGIN "
            f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION {method}; "
            "EXCEPTION WHEN feature_not_supported OR syntax_error "
            "OR invalid_parameter_value THEN NULL; END $$"))


def upgrade() -> None:
    op.alter_column("request_versions", "data", existing_type=sa.Text(), nullable=True)
    _compression("lz4")


def downgrade() -> None:
    op.execute(sa.text("UPDATE request_versions v SET data = r.data FROM requests r "
                       "WHERE v.request_id = r.id AND v.data IS NULL"))
    op.alter_column("request_versions", "data", existing_type=sa.Text(), nullable=False)
    _compression("pglz")
