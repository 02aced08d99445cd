"""What every window and widget needs: the open vault, the operations, navigation, the clock.

Views ask ``context.vault`` each time they act instead of keeping the vault: after a lock it
raises ``VaultLocked``, so a stray timer can never write to a closed vault. Changes go through
``context.ops`` (``ui/ops.py``), which broadcasts them on ``context.signals.changed``; where the
coach is lives in ``context.nav``.

Lock order (``lock()``): ``about_to_lock`` (editors and dialogs save what they can) →
``drafts.seal`` (what is left, and where the coach was, is sealed under the vault's key:
``ui/drafts.py``) → ``ops.finish_all()`` (running work finishes or is cancelled;
"Finishing…" is shown) → the vault closes (engine disposed, key wiped, lock file released) →
``vault_locked`` (every view empties itself). After the next unlock the main window takes the
sealed drafts back and reopens them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from coach_app.errors import VaultLocked
from coach_app.services import access
from coach_app.services.access import OpenVault
from coach_app.ui.drafts import DraftRegistry
from coach_app.ui.navigation import Navigator
from coach_app.ui.ops import Operations
from coach_app.ui.signals import AppSignals

log = logging.getLogger(__name__)


class AppContext(QObject):
    """Shared state of one running app.

    Args:
        folder: the vault folder this app works on.
        signals: the change hub.
        now: a clock (tests pass a fake one for idle and due-date logic).
    """

    about_to_lock = Signal()  # editors save pending text here, before the vault closes

    def __init__(
        self,
        folder: Path,
        signals: AppSignals | None = None,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.signals = signals or AppSignals(self)
        self.now = now
        self._vault: OpenVault | None = None
        self._locking = False
        self.demo = False
        self.nav = Navigator(self)
        self.drafts = DraftRegistry(self)
        self.ops = Operations(lambda: self.vault, self.signals.broadcast, self)

    @property
    def vault(self) -> OpenVault:
        """The open vault; ``VaultLocked`` if there is none."""
        if self._vault is None or not self._vault.is_open:
            raise VaultLocked(self.tr("The vault is locked. Unlock it to go on."))
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        """Whether a vault is open."""
        return self._vault is not None and self._vault.is_open

    def today(self) -> date:
        """Today by the context's clock."""
        return self.now().date()

    def set_vault(self, vault: OpenVault) -> None:
        """Take an unlocked vault and tell every view."""
        self._vault = vault
        self.signals.vault_unlocked.emit()

    def lock(self) -> None:
        """Save or seal drafts, finish running work, close the vault, tell every view.

        A second call while a lock is under way (a screen-lock signal or Ctrl+L delivered while
        ``finish_all`` waits in an event loop) does nothing: that lock is already happening.
        """
        if self._vault is None or self._locking:
            return
        self._locking = True
        try:
            self._lock()
        finally:
            self._locking = False

    def _lock(self) -> None:
        assert self._vault is not None
        self.about_to_lock.emit()
        if self._vault.is_open:
            try:
                self.drafts.seal(self._vault)
            except Exception as exc:  # the lock must happen even if sealing has a bug
                log.error("drafts not sealed at the lock: %s", type(exc).__name__)
        self.ops.finish_all()
        vault, self._vault = self._vault, None
        access.lock(vault)
        self.nav.clear()
        self.signals.vault_locked.emit()
