"""The first schema: coachees, goals, sessions, experiments, measurements, search index.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The search table as this revision created it, written out here: a migration must go on
# creating what it always did, whatever the models say today (revision 0003 replaces it with
# the external-content table over the ``search_content`` view).
_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "coachees",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("team", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("programme", sa.String(200), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("focus", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("consent_recorded_on", sa.Date(), nullable=True),
        *_stamps(),
    )
    op.create_table(
        "goals",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "coachee_id",
            sa.String(36),
            sa.ForeignKey("coachees.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("gas_levels", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_goals_coachee", "goals", ["coachee_id"])
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "coachee_id",
            sa.String(36),
            sa.ForeignKey("coachees.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("template", sa.String(30), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("private_reflection", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        *_stamps(),
    )
    op.create_index("ix_sessions_coachee_started", "sessions", ["coachee_id", "started_at"])
    op.create_table(
        "experiments",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "coachee_id",
            sa.String(36),
            sa.ForeignKey("coachees.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "goal_id", sa.String(36), sa.ForeignKey("goals.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("prediction", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("success_signal", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("learning", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(20), nullable=True),
        sa.Column(
            "agreed_in_session_id",
            sa.String(36),
            sa.ForeignKey("sessions.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "reviewed_in_session_id",
            sa.String(36),
            sa.ForeignKey("sessions.id", ondelete="SET NULL"),
            nullable=True,
        ),
        *_stamps(),
    )
    op.create_index("ix_experiments_coachee_status", "experiments", ["coachee_id", "status"])
    op.create_index("ix_experiments_status_due", "experiments", ["status", "due_on"])
    op.create_table(
        "measurements",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "coachee_id",
            sa.String(36),
            sa.ForeignKey("coachees.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "session_id",
            sa.String(36),
            sa.ForeignKey("sessions.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column(
            "goal_id", sa.String(36), sa.ForeignKey("goals.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("instrument", sa.String(80), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "ix_measurements_coachee_instrument",
        "measurements",
        ["coachee_id", "instrument", "taken_on"],
    )
    op.create_table(
        "erasures",
        sa.Column("coachee_id", sa.String(36), primary_key=True),
        sa.Column("erased_on", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.JSON(), nullable=True),
    )
    op.create_table(
        "search_docs",
        sa.Column("rowid", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("owner_id", sa.String(36), nullable=False, unique=True),
        sa.Column("coachee_id", sa.String(36), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_search_docs_coachee_id", "search_docs", ["coachee_id"])
    op.execute(_FTS_DDL)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    for table in (
        "search_docs",
        "settings",
        "erasures",
        "measurements",
        "experiments",
        "sessions",
        "goals",
        "coachees",
    ):
        op.drop_table(table)
