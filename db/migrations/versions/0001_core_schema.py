"""Core schema: offices, users, persons, requests, documents, history, numbering,
audit log (append-only, hash-chained) and the sync outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 01:30:04.760047
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=60), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "number_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=True),
        sa.Column("next_no", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("lease_id", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("number_blocks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_number_blocks_year"), ["year"], unique=False)

    op.create_table(
        "offices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("county_code", sa.String(length=2), nullable=False),
        sa.Column("office_code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("county_code", "office_code"),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=60), nullable=False),
        sa.Column("operation", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("batch_id", sa.String(length=40), nullable=True),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_pending", ["synced_at", "id"], unique=False)

    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cnp", sa.String(length=13), nullable=False),
        sa.Column("surname", sa.String(length=100), nullable=False),
        sa.Column("given_names", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("father_name", sa.String(length=100), nullable=False),
        sa.Column("mother_name", sa.String(length=100), nullable=False),
        sa.Column("birth_place", sa.String(length=150), nullable=False),
        sa.Column("locality", sa.String(length=100), nullable=False),
        sa.Column("street", sa.String(length=150), nullable=False),
        sa.Column("street_no", sa.String(length=20), nullable=False),
        sa.Column("block", sa.String(length=20), nullable=False),
        sa.Column("staircase", sa.String(length=20), nullable=False),
        sa.Column("floor", sa.String(length=20), nullable=False),
        sa.Column("apartment", sa.String(length=20), nullable=False),
        sa.Column("county", sa.String(length=60), nullable=False),
        sa.Column("id_type", sa.String(length=40), nullable=False),
        sa.Column("id_series", sa.String(length=10), nullable=False),
        sa.Column("id_number", sa.String(length=20), nullable=False),
        sa.Column("id_issuer", sa.String(length=120), nullable=False),
        sa.Column("id_issued_on", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("cnp"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "voided_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("voided_by", sa.String(length=60), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("year", "number"),
    )
    op.create_table(
        "requests",
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("annex_id", sa.String(length=8), nullable=False),
        sa.Column("spec_version", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("office_id", sa.Integer(), nullable=False),
        sa.Column("applicant_cnp", sa.String(length=13), nullable=False),
        sa.Column("applicant_name", sa.String(length=250), nullable=False),
        sa.Column("registration_year", sa.Integer(), nullable=True),
        sa.Column("registration_no", sa.Integer(), nullable=True),
        sa.Column("registration_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=60), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"],
            ["offices.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
        ),
        sa.PrimaryKeyConstraint("row_id"),
        sa.UniqueConstraint("id"),
        sa.UniqueConstraint("registration_year", "registration_no", name="uq_registration"),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.create_index("ix_requests_applicant_cnp", ["applicant_cnp"], unique=False)
        batch_op.create_index("ix_requests_registration_date", ["registration_date"], unique=False)
        batch_op.create_index("ix_requests_status_deadline", ["status", "deadline"], unique=False)

    op.create_table(
        "request_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_row_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("series", sa.String(length=20), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["request_row_id"], ["requests.row_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("request_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_request_documents_request_row_id"), ["request_row_id"], unique=False
        )

    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_row_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=60), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["request_row_id"], ["requests.row_id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_status_changes_request_row_id"), ["request_row_id"], unique=False
        )
    # The audit log is append-only: the database itself refuses edits.
    op.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    with op.batch_alter_table("status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_status_changes_request_row_id"))

    op.drop_table("status_changes")
    with op.batch_alter_table("request_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_documents_request_row_id"))

    op.drop_table("request_documents")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index("ix_requests_status_deadline")
        batch_op.drop_index("ix_requests_registration_date")
        batch_op.drop_index("ix_requests_applicant_cnp")

    op.drop_table("requests")
    op.drop_table("voided_numbers")
    op.drop_table("users")
    op.drop_table("settings")
    op.drop_table("persons")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_pending")

    op.drop_table("outbox")
    op.drop_table("offices")
    with op.batch_alter_table("number_blocks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_number_blocks_year"))

    op.drop_table("number_blocks")
    op.drop_table("audit_log")
