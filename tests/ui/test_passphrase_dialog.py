"""File → Change passphrase…: the plain re-wrap, and the re-encryption that ends on a new
recovery key (coach_app/ui/passphrase_dialog.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coach_app.errors import WrongPassphrase
from coach_app.services import access, coachees
from coach_app.ui.context import AppContext
from coach_app.ui.passphrase_dialog import PassphraseDialog
from coach_app.vault.keyring_store import KeyringStore
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.keyrings import InMemoryKeyring
from tests.ui.conftest import MakeContext
from tests.ui.helpers_ops import record_task_writes
from tests.ui.shell_helpers import make_window, wait_for_workers

NEW = "violet umbrella marches quietly"


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    return make_context()


def open_dialog(
    qtbot: QtBot, context: AppContext, store: KeyringStore | None = None
) -> PassphraseDialog:
    dialog = PassphraseDialog(context, store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: PassphraseDialog, current: str = PASSPHRASE, new: str = NEW) -> None:
    dialog.current.setText(current)
    dialog.pair.first.setText(new)
    dialog.pair.second.setText(new)


def test_the_plain_change_rewraps_and_closes(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = context.vault.data_key()
    started = record_task_writes(context, monkeypatch)
    dialog = open_dialog(qtbot, context)
    assert not dialog.change_button.isEnabled()
    fill(dialog)
    assert dialog.change_button.isEnabled()
    dialog.change_button.click()
    # It holds the vault for writing: quick changes meanwhile are refused at once.
    assert started == [True]
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    assert context.vault.data_key() == key  # the database was not rewritten
    access.check_passphrase(context.vault, NEW)
    with pytest.raises(WrongPassphrase):
        access.check_passphrase(context.vault, PASSPHRASE)


def test_a_wrong_current_passphrase_changes_nothing(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    fill(dialog, current="not the passphrase at all")
    dialog.re_encrypt.setChecked(True)
    key = context.vault.data_key()
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.job is None and dialog.error.isVisible(), timeout=20_000)
    assert "not the current passphrase" in dialog.error.text()
    assert dialog.isVisible() and dialog.pages.currentIndex() == 0
    assert context.vault.data_key() == key
    access.check_passphrase(context.vault, PASSPHRASE)


def test_a_weak_new_passphrase_cannot_be_submitted(qtbot: QtBot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    fill(dialog, new="Password123!")
    assert not dialog.change_button.isEnabled()
    assert dialog.pair.hint.text()  # the strength hint says why
    dialog.submit()
    assert dialog.job is None


def test_re_encryption_ends_on_a_new_recovery_key(
    qtbot: QtBot, context: AppContext, vault: Vault
) -> None:
    person = coachees.create_coachee(context.vault, name="Ana Lima")
    backend = InMemoryKeyring()
    store = KeyringStore(context.folder, backend, trusted=True)
    access.remember_key(store, context.vault)
    old_key = context.vault.data_key()

    dialog = open_dialog(qtbot, context, store)
    text = " ".join(
        (dialog.re_encrypt.text(), dialog.re_encrypt_note.text())
    )  # what the coach reads before ticking it
    assert "may have leaked" in text and "Backups made before this change keep the old key" in text
    fill(dialog)
    dialog.re_encrypt.setChecked(True)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.recovery_page, timeout=30_000)

    new_recovery = dialog.recovery_page.key()
    assert len(new_recovery.split("-")) == 8
    dialog.reject()  # Escape: the key must be confirmed as stored first
    assert dialog.isVisible()
    assert not dialog.recovery_page.continue_button.isEnabled()
    dialog.recovery_page.stored.setChecked(True)
    dialog.recovery_page.continue_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.recovery_page.key() == ""  # off the screen

    # The app goes on with the re-encrypted vault, under the new key.
    assert context.vault.data_key() != old_key
    assert coachees.get_coachee(context.vault, person.id).name == "Ana Lima"
    access.check_passphrase(context.vault, NEW)
    with pytest.raises(WrongPassphrase):
        access.check_passphrase(context.vault, PASSPHRASE)
    # The key remembered on this computer is the new one.
    qtbot.waitUntil(lambda: store.recall(context.vault.vault_id) == context.vault.data_key())
    folder = context.folder
    context.vault.close()
    Vault.unlock_with_recovery_key(folder, new_recovery).close()


def test_the_main_window_offers_it_in_the_file_menu(qtbot: QtBot, vault: Vault) -> None:
    window = make_window(qtbot, vault.folder, vault)
    try:
        assert window.passphrase_action.isEnabled()
        window.passphrase_action.trigger()
        dialog = window.findChild(PassphraseDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.reject()
    finally:
        wait_for_workers()
