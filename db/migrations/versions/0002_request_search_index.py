"""Full-text search index over applicants' names, without diacritics.

"stefan" finds "Ștefan": FTS5 with ``remove_diacritics 2`` and prefix indexes
of 2–4 characters keeps name-prefix search fast with a million requests.
Existing requests are indexed during the upgrade.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE request_search USING fts5("
        "applicant_name, content='requests', content_rowid='row_id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
    )
    # External-content index kept in step with the requests table by triggers.
    op.execute(
        "CREATE TRIGGER requests_search_ai AFTER INSERT ON requests BEGIN "
        "INSERT INTO request_search(rowid, applicant_name) "
        "VALUES (new.row_id, new.applicant_name); END"
    )
    op.execute(
        "CREATE TRIGGER requests_search_ad AFTER DELETE ON requests BEGIN "
        "INSERT INTO request_search(request_search, rowid, applicant_name) "
        "VALUES ('delete', old.row_id, old.applicant_name); END"
    )
    op.execute(
        "CREATE TRIGGER requests_search_au AFTER UPDATE OF applicant_name ON requests BEGIN "
        "INSERT INTO request_search(request_search, rowid, applicant_name) "
        "VALUES ('delete', old.row_id, old.applicant_name); "
        "INSERT INTO request_search(rowid, applicant_name) "
        "VALUES (new.row_id, new.applicant_name); END"
    )
    op.execute("INSERT INTO request_search(request_search) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("requests_search_ai", "requests_search_ad", "requests_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS request_search")
