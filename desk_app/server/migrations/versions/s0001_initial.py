"""County server: workstations, enrolment codes, batches, change feed,
requests and their versions, conflicts, number leases, audit.

Revision ID: s0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "workstations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(60), nullable=False, unique=True),
        sa.Column("county", sa.String(2), nullable=False, server_default=""),
        sa.Column("office_code", sa.String(20), nullable=False, server_default=""),
        sa.Column("office_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("token_hash", sa.String(64), nullable=True, unique=True),
        sa.Column("enrolled_at", TS, nullable=True),
        sa.Column("revoked_at", TS, nullable=True),
        sa.Column("last_seen_at", TS, nullable=True),
    )
    op.create_table(
        "enrolment_codes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("workstation", sa.String(60), nullable=False),
        sa.Column("county", sa.String(2), nullable=False, server_default=""),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("used_at", TS, nullable=True),
    )
    op.create_table(
        "batches",
        sa.Column("batch_id", sa.String(40), primary_key=True),
        sa.Column("workstation_id", sa.Integer(), sa.ForeignKey("workstations.id"),
                  nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "changes",
        sa.Column("seq", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column("county", sa.String(2), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(60), nullable=False),
        sa.Column("origin_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
    )
    op.create_index("ix_changes_county_seq", "changes", ["county", "seq"])
    op.create_table(
        "requests",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("county", sa.String(2), nullable=False),
        sa.Column("annex_id", sa.String(8), nullable=False),
        sa.Column("registration_year", sa.Integer(), nullable=True),
        sa.Column("registration_no", sa.Integer(), nullable=True),
        sa.Column("applicant_cnp", sa.String(13), nullable=False, server_default=""),
        sa.Column("deceased_cnp", sa.String(13), nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("origin_id", sa.Integer(), nullable=False),
        sa.Column("last_writer_id", sa.Integer(), nullable=False),
        sa.Column("last_writer_seq", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_srv_requests_number", "requests",
                    ["county", "registration_year", "registration_no"])
    op.create_index("ix_srv_requests_applicant", "requests", ["county", "applicant_cnp"])
    op.create_index("ix_srv_requests_deceased", "requests", ["county", "deceased_cnp"])
    op.create_table(
        "request_versions",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("workstation_id", sa.Integer(), nullable=False),
        sa.Column("client_seq", sa.BigInteger(), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.String(40), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.UniqueConstraint("workstation_id", "client_seq", name="uq_version_origin"),
    )
    op.create_index("ix_request_versions_request_id", "request_versions", ["request_id"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("county", sa.String(2), nullable=False),
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("kept_data", sa.Text(), nullable=False),
        sa.Column("other_data", sa.Text(), nullable=False),
        sa.Column("kept_workstation", sa.String(60), nullable=False),
        sa.Column("other_workstation", sa.String(60), nullable=False),
        sa.Column("rule", sa.String(300), nullable=False),
        sa.Column("detected_at", TS, nullable=False),
        sa.Column("resolved_at", TS, nullable=True),
        sa.Column("resolved_by", sa.String(120), nullable=False, server_default=""),
        sa.Column("choice", sa.String(10), nullable=False, server_default=""),
    )
    op.create_index("ix_conflicts_request_id", "conflicts", ["request_id"])
    op.create_table(
        "number_leases",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("lease_id", sa.String(40), nullable=False, unique=True),
        sa.Column("county", sa.String(2), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("workstation_id", sa.Integer(), sa.ForeignKey("workstations.id"),
                  nullable=False),
        sa.Column("leased_at", TS, nullable=False),
        sa.UniqueConstraint("county", "year", "first", name="uq_lease_range"),
    )
    op.create_table(
        "server_audit",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("action", sa.String(60), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("server_audit", "number_leases", "conflicts", "request_versions", "requests",
                  "changes", "batches", "enrolment_codes", "workstations"):
        op.drop_table(table)
