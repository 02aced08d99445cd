"""What every window and widget needs: the open vault (or none), the change hub, the clock.

Views ask ``context.vault`` each time they act instead of keeping the vault: after a lock it
raises ``VaultLocked``, so a stray timer can never write to a closed vault.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from coach_app.errors import VaultLocked
from coach_app.ui.signals import AppSignals
from coach_app.vault.vault import Vault


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
        self._vault: Vault | None = None
        self.demo = False

    @property
    def vault(self) -> Vault:
        """The open vault; ``VaultLocked`` if there is none."""
        if self._vault is None or not self._vault.is_open:
            raise VaultLocked("The vault is locked. Unlock it to go on.")
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        """Whether a vault is open."""
        return self._vault is not None and self._vault.is_open

    def today(self) -> date:
        """Today by the context's clock."""
        return self.now().date()

    def set_vault(self, vault: Vault) -> None:
        """Take an unlocked vault and tell every view."""
        self._vault = vault
        self.signals.vault_unlocked.emit()

    def lock(self) -> None:
        """Save drafts (``about_to_lock``), close the vault, tell every view to empty itself."""
        if self._vault is None:
            return
        self.about_to_lock.emit()
        vault, self._vault = self._vault, None
        vault.close()
        self.signals.vault_locked.emit()
