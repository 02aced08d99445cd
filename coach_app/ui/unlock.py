"""The unlock screen: create a vault, unlock it, or get back in with the recovery key.

``UnlockScreen`` is one widget with a small stack of pages (``ui/unlock_pages.py``), so the main
window can show it in its own stack and a lock brings the coach back to it in the same window.
This module is the flow: it reacts to the pages' requests, runs the slow part through
``services.access`` and switches pages:

- create: passphrase twice -> the vault is created -> the recovery key, shown once -> handed on;
- unlock: passphrase (maybe remembering or forgetting the key on this computer) -> handed on;
- recovery: the recovery key -> a new passphrase, twice -> handed on.

Key derivation (Argon2id) and keyring calls run off the UI thread. No vault is open yet, so the
app's ``context.ops`` (which works on the open vault) does not fit: ``run_in_background`` does
this pre-unlock work. While it runs the page is disabled and a busy bar shows. A vault opened
here is only handed on (``vault_opened``) once its flow is complete.

This screen is the app's first window (``ui/start_window.py``), painted before the services are
loaded: ``services.access`` and ``services.keyring_check`` (SQLAlchemy, the keyring) are
imported inside the work that runs off the UI thread, or once a vault is open; whether the
folder holds a vault is asked of ``ui/vault_probe.py``.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError, KeyringUnavailable
from coach_app.ui import vault_probe
from coach_app.ui.labels import muted_label
from coach_app.ui.unlock_pages import (
    BusyPage,
    CreatePage,
    NewPassphrasePage,
    PageStack,
    RecoveryPage,
    UnlockPage,
    note,
)
from coach_app.ui.worker import run_in_background

if TYPE_CHECKING:
    from coach_app.services.access import KeyDerivation, KeyStore, KeyStoreStatus, OpenVault
    from coach_app.services.keyring_check import KeyringCheck
    from coach_app.ui.recovery_key_page import RecoveryKeyPage

log = logging.getLogger(__name__)

T = TypeVar("T")
P = TypeVar("P", bound=QWidget)

# The name the main window knows the keyring factory by (``services.access.KeyStoreFactory``).
KeyringFactory = Callable[[Path], "KeyStore"]

__all__ = [
    "BusyPage",
    "CreatePage",
    "KeyringFactory",
    "NewPassphrasePage",
    "PageStack",
    "RecoveryPage",
    "UnlockPage",
    "UnlockScreen",
]


@runtime_checkable
class _Page(Protocol):
    def focus_first(self) -> None: ...


def _focus_first(page: QWidget) -> None:
    if isinstance(page, _Page):
        page.focus_first()


def _os_keyring(folder: Path) -> KeyStore:
    """The OS keyring wrapper for ``folder`` (built off the UI thread, in ``check_keyring``)."""
    from coach_app.services.access import KeyStore  # noqa: PLC0415 - not before the first paint

    return KeyStore(folder)


class UnlockScreen(QWidget):
    """Create, unlock or recover the vault in ``folder``; emits ``vault_opened(OpenVault)``.

    Args:
        folder: the vault folder.
        kdf: key derivation for a new vault; None calibrates (~0.5 s). Tests pass the minimum.
        keyring_factory: builds the ``KeyStore`` for the folder (tests inject a double).
    """

    vault_opened = Signal(object)
    notice = Signal(str)  # something the main window should say in its status bar
    # Emitted from the unlocking worker when the vault needs its schema upgraded; delivered
    # on the UI thread (queued), where it replaces "Unlocking…" with what takes the time.
    _upgrading = Signal()

    def __init__(
        self,
        folder: Path,
        *,
        kdf: KeyDerivation | None = None,
        keyring_factory: KeyringFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self._kdf = kdf
        self._keyring_factory: KeyringFactory = keyring_factory or _os_keyring
        self._store: KeyStore | None = None
        self._pending: OpenVault | None = None
        self._busy = False
        self.setAccessibleName(self.tr("Unlock screen"))

        # Each page is built the first time it is asked for (the properties below): the first
        # window shows one of them, and building all six cost a good part of its first paint
        # (issue 13). Built once, a page stays, with what was typed in it.
        self._create_page: CreatePage | None = None
        self._recovery_key_page: RecoveryKeyPage | None = None
        self._unlock_page: UnlockPage | None = None
        self._recovery_page: RecoveryPage | None = None
        self._new_passphrase_page: NewPassphrasePage | None = None
        self._busy_page: BusyPage | None = None
        self._keyring: tuple[KeyStoreStatus | None, bool] | None = None  # for the unlock page
        self.pages = PageStack()

        self.message = note()
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(self.tr("Working"))
        # Keep the space so the card does not jump when the bar appears.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self._lay_out()
        self._upgrading.connect(self._say_upgrading)
        self.reset()

    # ---- the pages, each built on first use ------------------------------------------------

    def _add(self, page: P) -> P:
        layout = page.layout()
        assert layout is not None  # every page lays itself out in its constructor
        layout.setContentsMargins(0, 8, 0, 0)
        self.pages.addWidget(page)
        return page

    @property
    def create_page(self) -> CreatePage:
        """First start: choose the passphrase."""
        if self._create_page is None:
            self._create_page = self._add(CreatePage(self.folder))
            self._create_page.create_requested.connect(self._create)
        return self._create_page

    @property
    def recovery_key_page(self) -> RecoveryKeyPage:
        """The recovery key of a vault just created, shown once."""
        if self._recovery_key_page is None:
            from coach_app.ui.recovery_key_page import RecoveryKeyPage  # noqa: PLC0415

            self._recovery_key_page = self._add(RecoveryKeyPage(self.folder))
            self._recovery_key_page.confirmed.connect(self._recovery_key_stored)
        return self._recovery_key_page

    @property
    def unlock_page(self) -> UnlockPage:
        """Everyday start: the passphrase."""
        if self._unlock_page is None:
            self._unlock_page = self._add(UnlockPage(self.folder))
            self._unlock_page.unlock_requested.connect(self._unlock)
            self._unlock_page.recovery_requested.connect(self._show_recovery)
            if self._keyring is not None:  # the keyring was checked before the page existed
                self._unlock_page.set_keyring_status(*self._keyring)
        return self._unlock_page

    @property
    def recovery_page(self) -> RecoveryPage:
        """Unlock with the recovery key."""
        if self._recovery_page is None:
            self._recovery_page = self._add(RecoveryPage())
            self._recovery_page.back.connect(lambda: self.reset())  # noqa: PLW0108 - no arg
            self._recovery_page.recovery_submitted.connect(self._unlock_with_recovery)
        return self._recovery_page

    @property
    def new_passphrase_page(self) -> NewPassphrasePage:
        """The new passphrase that follows the recovery key."""
        if self._new_passphrase_page is None:
            self._new_passphrase_page = self._add(NewPassphrasePage())
            self._new_passphrase_page.new_passphrase.connect(self._set_new_passphrase)
        return self._new_passphrase_page

    @property
    def busy_page(self) -> BusyPage:
        """Only says what is being prepared (the demo vault)."""
        if self._busy_page is None:
            self._busy_page = self._add(BusyPage())
        return self._busy_page

    def _lay_out(self) -> None:
        card = QFrame()
        card.setObjectName("unlockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(640)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.addWidget(muted_label(self.tr("Coach Companion")))
        inner.addWidget(self.pages)
        inner.addWidget(self.message)
        inner.addWidget(self.progress)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    # ---- state -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether key derivation or a keyring call is under way."""
        return self._busy

    @property
    def keyring_store(self) -> KeyStore | None:
        """The keyring wrapper, once the background check has built it."""
        return self._store

    @property
    def current_page(self) -> QWidget:
        """The page on display."""
        return self.pages.currentWidget()

    def reset(self, message: str = "") -> None:
        """Back to the start: unlock if a vault exists here, else create; fields emptied."""
        self.discard_pending()
        # Only pages already built can hold anything typed (or a recovery key) to clear.
        if self._unlock_page is not None:
            self._unlock_page.passphrase.clear()
        if self._recovery_page is not None:
            self._recovery_page.key_field.clear()
        if self._create_page is not None:
            self._create_page.pair.clear()
        if self._new_passphrase_page is not None:
            self._new_passphrase_page.pair.clear()
        if self._recovery_key_page is not None:
            self._recovery_key_page.forget()
        self._show(self.unlock_page if vault_probe.has_vault(self.folder) else self.create_page)
        self.say(message)

    def discard_pending(self) -> None:
        """Close a vault opened here but not handed on yet (the flow was abandoned)."""
        vault, self._pending = self._pending, None
        if vault is not None and vault.is_open:
            from coach_app.services import access  # noqa: PLC0415 - loaded: a vault is open

            access.lock(vault)

    def show_busy(self, text: str) -> None:
        """Show only ``text`` and the busy bar (the demo vault is being filled)."""
        self.busy_page.label.setText(text)
        self._show(self.busy_page)
        self._set_busy(True)

    def say(self, text: str) -> None:
        """Show a calm message under the page (empty hides it)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.say("")
        if self.isVisible():
            _focus_first(page)

    def showEvent(self, event: QShowEvent) -> None:
        """Put the cursor where the coach types first."""
        super().showEvent(event)
        _focus_first(self.current_page)

    def set_waiting(self, waiting: bool) -> None:
        """Keep the busy state on while the window gets ready to take an opened vault."""
        self._set_busy(waiting)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        # The busy page only says what is happening; greying it out would make it unreadable.
        on_busy_page = self._busy_page is not None and self.current_page is self._busy_page
        self.pages.setEnabled(not busy or on_busy_page)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _run(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_error: Callable[[CoachAppError], None],
    ) -> None:
        """Run ``fn`` off the UI thread with the page disabled; a bug goes to the excepthook."""
        self._set_busy(True)

        def ok(result: Any) -> None:
            self._set_busy(False)
            on_success(result)

        def fail(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, CoachAppError):
                on_error(exc)
            else:
                sys.excepthook(type(exc), exc, exc.__traceback__)

        run_in_background(fn, ok, fail, self)

    # ---- keyring -----------------------------------------------------------------------------

    def check_keyring(self, try_remembered: bool = False) -> None:
        """Find out (off the UI thread) whether "remember" is possible; maybe use the key.

        With ``try_remembered`` (at start only, never after a lock) a remembered key is tried
        first; if it does not work the passphrase is asked for, and nothing is touched.
        """
        folder, factory = self.folder, self._keyring_factory

        def probe() -> KeyringCheck:
            from coach_app.services.keyring_check import check_keyring  # noqa: PLC0415

            return check_keyring(folder, factory)

        def probed(result: KeyringCheck) -> None:
            self._store = result.store
            self._set_keyring_status(result.status, result.remembered)
            if try_remembered and result.remembered and self.current_page is self.unlock_page:
                self._unlock_remembered(result.store, result.vault_id)

        def failed(exc: BaseException) -> None:
            log.info("keyring check failed: %s", type(exc).__name__)
            self._set_keyring_status(None, False)

        # Probing may touch D-Bus, which can hang; it must not hold the unlock screen busy.
        run_in_background(probe, probed, failed, self)

    def _set_keyring_status(self, status: KeyStoreStatus | None, remembered: bool) -> None:
        # Kept for an unlock page not built yet (a new vault's first start shows the create
        # page); one already there shows it at once.
        self._keyring = (status, remembered)
        if self._unlock_page is not None:
            self._unlock_page.set_keyring_status(status, remembered)

    def _unlock_remembered(self, store: KeyStore, vault_id: str) -> None:
        folder = self.folder

        def done(vault: OpenVault | None) -> None:
            if vault is None:
                self.say(self.tr("The remembered key was not found; enter your passphrase."))
                self.unlock_page.focus_first()
                return
            self._hand_over(vault)

        def failed(exc: CoachAppError) -> None:
            self.say(self.tr("{problem} Enter your passphrase.").format(problem=exc.message))
            self.unlock_page.focus_first()

        upgrading = self._upgrade_notice()

        def work() -> OpenVault | None:
            from coach_app.services import access  # noqa: PLC0415 - off the UI thread

            return access.unlock_remembered(folder, store, vault_id, on_upgrade=upgrading)

        self.say(self.tr("Unlocking with the key remembered on this computer…"))
        self._run(work, done, failed)

    def _remember(self, store: KeyStore, vault: OpenVault) -> None:
        def failed(exc: BaseException) -> None:
            text = (
                exc.message if isinstance(exc, CoachAppError) else self.tr("The keyring refused.")
            )
            self.notice.emit(
                self.tr("Could not remember the key on this computer: {reason}").format(reason=text)
            )

        def work() -> None:
            from coach_app.services import access  # noqa: PLC0415 - off the UI thread

            access.remember_key(store, vault)

        run_in_background(
            work,
            lambda _r: self.notice.emit(self.tr("The key is remembered on this computer.")),
            failed,
            self,
        )

    def _forget(self, store: KeyStore, vault_id: str) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, KeyringUnavailable):
                self.notice.emit(
                    self.tr("Could not forget the remembered key: {reason}").format(
                        reason=exc.message
                    )
                )

        def work() -> None:
            from coach_app.services import access  # noqa: PLC0415 - off the UI thread

            access.forget_key(store, vault_id)

        run_in_background(work, lambda _r: None, failed, self)

    # ---- flows -------------------------------------------------------------------------------

    def _create(self, passphrase: str) -> None:
        folder, kdf = self.folder, self._kdf

        def done(result: tuple[OpenVault, str]) -> None:
            vault, recovery = result
            self._pending = vault
            self.create_page.pair.clear()
            self.recovery_key_page.show_key(recovery)
            self._show(self.recovery_key_page)

        def failed(exc: CoachAppError) -> None:
            self.say(str(exc))
            self.create_page.focus_first()

        def work() -> tuple[OpenVault, str]:
            from coach_app.services import access  # noqa: PLC0415 - off the UI thread

            return access.create_vault(folder, passphrase, kdf)

        self.say(self.tr("Creating your vault…"))
        self._run(work, done, failed)

    def _recovery_key_stored(self) -> None:
        vault, self._pending = self._pending, None
        self.recovery_key_page.forget()
        if vault is not None:
            self._hand_over(vault)

    def _unlock(self, passphrase: str) -> None:
        folder, store = self.folder, self._store
        remember = self.unlock_page.wants_remember()
        may_forget = self.unlock_page.remember.isEnabled()

        upgrading = self._upgrade_notice()

        def work() -> tuple[OpenVault, bool]:
            from coach_app.services import access  # noqa: PLC0415 - off the UI thread
            from coach_app.services.keyring_check import is_remembered  # noqa: PLC0415

            vault = access.unlock(folder, passphrase, on_upgrade=upgrading)
            try:
                # Whether a key is remembered now (the settings may have changed it since start).
                return vault, store is not None and is_remembered(store, vault.vault_id)
            except BaseException:
                access.lock(vault)  # nobody else would ever close it
                raise

        def done(result: tuple[OpenVault, bool]) -> None:
            vault, was_remembered = result
            self.unlock_page.passphrase.clear()
            if store is not None and remember:
                self._remember(store, vault)
            elif store is not None and was_remembered and may_forget:
                self._forget(store, vault.vault_id)
            self._hand_over(vault)

        def failed(exc: CoachAppError) -> None:
            page = self.unlock_page
            page.passphrase.clear()
            self.say(str(exc))
            page.focus_first()

        self.say(self.tr("Unlocking…"))
        self._run(work, done, failed)

    def _upgrade_notice(self) -> Callable[[], None]:
        """What an unlocking worker calls when the vault must be upgraded first."""

        def upgrading() -> None:
            # The screen may be gone by then (the app quitting): nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                self._upgrading.emit()

        return upgrading

    def _say_upgrading(self) -> None:
        if self._busy:
            self.say(
                self.tr(
                    "This vault was made by an earlier version of Coach Companion. Making a "
                    "verified backup of it, then bringing it up to date: this happens once, "
                    "and can take a minute for a large vault."
                )
            )

    def _show_recovery(self) -> None:
        self.unlock_page.passphrase.clear()
        self._show(self.recovery_page)

    def _unlock_with_recovery(self, key: str) -> None:
        folder = self.folder

        def done(vault: OpenVault) -> None:
            self.recovery_page.key_field.clear()
            self._pending = vault
            self._show(self.new_passphrase_page)
            self.say(self.tr("Recovery key accepted. Now choose a new passphrase."))

        def failed(exc: CoachAppError) -> None:
            self.recovery_page.key_field.clear()
            self.say(str(exc))
            self.recovery_page.focus_first()

        upgrading = self._upgrade_notice()

        def work() -> OpenVault:
            from coach_app.services import access  # noqa: PLC0415 - off the UI thread

            return access.unlock_with_recovery_key(folder, key, on_upgrade=upgrading)

        self.say(self.tr("Checking the recovery key…"))
        self._run(work, done, failed)

    def _set_new_passphrase(self, passphrase: str) -> None:
        vault = self._pending
        if vault is None:
            self.reset()
            return

        def done(_result: object) -> None:
            self.new_passphrase_page.pair.clear()
            self._pending = None
            self.notice.emit(self.tr("New passphrase set. Your recovery key still works."))
            self._hand_over(vault)

        def failed(exc: CoachAppError) -> None:
            self.say(str(exc))
            self.new_passphrase_page.focus_first()

        def work() -> str | None:
            from coach_app.services import access  # noqa: PLC0415 - loaded: a vault is open

            return access.change_passphrase(vault, passphrase)

        self.say(self.tr("Setting the new passphrase…"))
        self._run(work, done, failed)

    def _hand_over(self, vault: OpenVault) -> None:
        if vault.must_change_passphrase:
            # Only the recovery flow sets this, and it ends in a new passphrase; never skip it.
            self._pending = vault
            self._show(self.new_passphrase_page)
            return
        self.say("")
        self.vault_opened.emit(vault)
