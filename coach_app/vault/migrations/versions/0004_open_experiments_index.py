"""Open experiments per coachee from the index alone: the dashboard and the coachee list.

Both count each coachee's open experiments (agreed or in progress) and how many are overdue.
With the index on (status, due_on), SQLite found the open ones in it but then read each one's
row from ``experiments`` for its coachee: a page read per open experiment, which grows with the
vault (some 90 ms for the coachee list at 100,000 notes). With ``coachee_id`` in the index both
read the index alone. The index keeps its name and its leading columns, so every query that
used it still can.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_NAME = "ix_experiments_status_due"


def upgrade() -> None:
    """Widen the open-experiments index with the coachee."""
    op.drop_index(_NAME, table_name="experiments")
    op.create_index(_NAME, "experiments", ["status", "due_on", "coachee_id"])


def downgrade() -> None:
    """Back to (status, due_on)."""
    op.drop_index(_NAME, table_name="experiments")
    op.create_index(_NAME, "experiments", ["status", "due_on"])
