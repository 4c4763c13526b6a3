"""Decisions: versioned templates, decisions with their own number series per
office and year and the communication record, death-aid payments.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decision_templates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(40), nullable=False, index=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("body_json", sa.Text(), nullable=False),
        sa.Column("note", sa.String(500), nullable=False, server_default=""),
        sa.Column("created_by", sa.String(60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("kind", "version"),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("request_row_id", sa.Integer(), sa.ForeignKey("requests.row_id"),
                  nullable=False, index=True),
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("offices.id"), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False, index=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("grant_date", sa.Date(), nullable=True),
        sa.Column("amount_lei", sa.String(20), nullable=False, server_default=""),
        sa.Column("reason_code", sa.String(40), nullable=False, server_default=""),
        sa.Column("reason_text", sa.String(2000), nullable=False, server_default=""),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("print_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("communicated_how", sa.String(20), nullable=False, server_default=""),
        sa.Column("communicated_on", sa.Date(), nullable=True),
        sa.Column("communicated_ref", sa.String(100), nullable=False, server_default=""),
        sa.Column("communicated_by", sa.String(60), nullable=False, server_default=""),
        sa.UniqueConstraint("office_id", "year", "number"),
    )
    op.create_table(
        "decision_counters",
        sa.Column("office_id", sa.Integer(), sa.ForeignKey("offices.id"), primary_key=True),
        sa.Column("year", sa.Integer(), primary_key=True),
        sa.Column("next_no", sa.Integer(), nullable=False),
    )
    op.create_table(
        "death_aid_payments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("request_row_id", sa.Integer(), sa.ForeignKey("requests.row_id"),
                  nullable=False, unique=True),
        sa.Column("method", sa.String(20), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_lei", sa.String(20), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False, server_default=""),
        sa.Column("recorded_by", sa.String(60), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in ("death_aid_payments", "decision_counters", "decisions",
                  "decision_templates"):
        op.drop_table(table)
