"""Use cases the GUI and the CLI call. They return plain dataclasses; no Qt here."""
