"""Writing one coachee's batch: Core ``executemany`` inserts and their search documents.

Going through the ORM (one object per row, and the flush hook indexing them) halves the demo
build's throughput, so rows go in with Core in one transaction per coachee, and the search
documents in the same transaction through ``search_index.bulk_index``, the function the ORM's
flush hook uses for new objects: the index holds exactly what an ORM save would have put there.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import insert

from coach_app.models import Coachee, CoachingSession, Experiment, Goal, Measurement
from coach_app.models.search_index import Indexed, bulk_index
from coach_app.services.demo.builder import Batch
from coach_app.vault.vault import Vault

# Insert order: parents before the rows that point at them (foreign keys are enforced).
_TABLES: tuple[tuple[str, type[Coachee | Goal | CoachingSession | Experiment | Measurement]], ...]
_TABLES = (
    ("coachees", Coachee),
    ("goals", Goal),
    ("sessions", CoachingSession),
    ("experiments", Experiment),
    ("measurements", Measurement),
)
_INDEXED: tuple[tuple[str, type[Indexed]], ...] = (
    ("coachees", Coachee),
    ("goals", Goal),
    ("sessions", CoachingSession),
    ("experiments", Experiment),
)


def _indexed_objects(batch: Batch) -> Iterator[Indexed]:
    # Transient objects, never added to a session: they only carry the row's values to the
    # function that turns an object into its search document.
    for attr, model in _INDEXED:
        for row in getattr(batch, attr):
            yield model(**row)


def write(vault: Vault, batch: Batch) -> int:
    """Insert the batch's rows and their search documents in one transaction.

    Returns:
        How many search documents were written.
    """
    with vault.write() as session:
        conn = session.connection()
        for attr, model in _TABLES:
            rows = getattr(batch, attr)
            if rows:
                conn.execute(insert(model), rows)
        return bulk_index(conn, _indexed_objects(batch))
