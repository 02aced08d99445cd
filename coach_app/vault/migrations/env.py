"""Alembic environment: runs on the already-keyed connection the vault hands over."""

from __future__ import annotations

from alembic import context

from coach_app.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
