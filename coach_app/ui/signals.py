"""One change broadcast: views listen here instead of calling each other.

After a change, the code that made it emits the matching signal with the ids involved; every
view that shows that thing refreshes itself. ``source`` lets a view skip its own edits.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """Application-wide change notifications."""

    coachees_changed = Signal()  # added, archived, erased, renamed
    coachee_changed = Signal(str)  # coachee id: profile or goals changed
    sessions_changed = Signal(str)  # coachee id
    experiments_changed = Signal(str)  # coachee id
    measurements_changed = Signal(str)  # coachee id
    open_coachee = Signal(str)  # coachee id: please show this coachee
    open_session = Signal(str, str)  # coachee id, session id: please open this session
    vault_locked = Signal()
    vault_unlocked = Signal()
