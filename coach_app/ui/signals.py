"""One change broadcast: views listen here instead of calling each other.

``changed(changes, initiator)`` is emitted once per operation by ``ui/ops.py`` and nowhere
else; ``changes`` is a ``coach_app.changes.Changes`` (kinds of things and coachee ids), the
initiator is whoever started the operation (a view skips its own edits by comparing it with
itself). ``vault_unlocked`` / ``vault_locked`` tell views to load or to empty themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from coach_app.changes import Changes, Kind


class AppSignals(QObject):
    """Application-wide change notifications."""

    changed = Signal(object, object)  # Changes, initiator (or None)
    vault_locked = Signal()
    vault_unlocked = Signal()

    # Transitional per-kind signals, derived from ``changed`` in ``broadcast`` only; views are
    # moving to ``changed`` and these go once none listens.
    coachees_changed = Signal()
    coachee_changed = Signal(str)
    sessions_changed = Signal(str)
    experiments_changed = Signal(str)
    measurements_changed = Signal(str)

    def broadcast(self, changes: Changes, initiator: object = None) -> None:
        """Tell every view what an operation changed (called by ``ui/ops.py`` only)."""
        self.changed.emit(changes, initiator)
        ids = sorted(changes.coachee_ids)
        if changes.touches(Kind.COACHEES):
            self.coachees_changed.emit()
        per_coachee = (
            (Kind.PROFILE, self.coachee_changed),
            (Kind.GOALS, self.coachee_changed),
            (Kind.SESSIONS, self.sessions_changed),
            (Kind.EXPERIMENTS, self.experiments_changed),
            (Kind.MEASUREMENTS, self.measurements_changed),
        )
        emitted: set[tuple[int, str]] = set()
        for kind, signal in per_coachee:
            if changes.touches(kind):
                for cid in ids:
                    if (id(signal), cid) not in emitted:
                        emitted.add((id(signal), cid))
                        signal.emit(cid)
