"""One change broadcast: views listen here instead of calling each other.

``changed(changes, initiator)`` is emitted once per operation by ``ui/ops.py`` and nowhere
else; ``changes`` is a ``coach_app.changes.Changes`` (kinds of things and coachee ids), the
initiator is whoever started the operation (a view skips its own edits by comparing it with
itself). ``vault_unlocked`` / ``vault_locked`` tell views to load or to empty themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from coach_app.changes import Changes


class AppSignals(QObject):
    """Application-wide change notifications."""

    changed = Signal(object, object)  # Changes, initiator (or None)
    vault_locked = Signal()
    vault_unlocked = Signal()

    def broadcast(self, changes: Changes, initiator: object = None) -> None:
        """Tell every view what an operation changed (called by ``ui/ops.py`` only)."""
        self.changed.emit(changes, initiator)
