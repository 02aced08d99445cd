"""Alembic migrations of the vault schema (run programmatically, never with an .ini file)."""
