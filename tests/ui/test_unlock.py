"""The unlock screen: create a vault, unlock (right and wrong), recovery key, remember."""

from __future__ import annotations

import re
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from coach_app.errors import WrongPassphrase
from coach_app.ui.clipboard import is_marked_sensitive
from coach_app.ui.recovery_key_page import RecoveryKeyPage
from coach_app.ui.unlock import UnlockScreen
from coach_app.vault.keyring_store import KeyringStore
from coach_app.vault.vault import Vault, vault_exists
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.keyrings import InMemoryKeyring
from tests.helpers.migration_probe import install_probe
from tests.ui.shell_helpers import (
    folder_hashes,
    make_window,
    wait_for_workers,
)

RECOVERY_FORMAT = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){7}$")


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    wait_for_workers()


@pytest.fixture
def existing(vault_dir: Path) -> str:
    """A closed vault with PASSPHRASE; returns its recovery key."""
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, FAST_KDF)
    vault.close()
    return recovery


def make_screen(qtbot, folder: Path, **kwargs) -> UnlockScreen:
    screen = UnlockScreen(folder, kdf=FAST_KDF, **kwargs)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_create_vault_through_the_ui(qtbot, vault_dir: Path, tmp_path: Path) -> None:
    screen = make_screen(qtbot, vault_dir)
    page = screen.create_page
    assert screen.current_page is page
    assert not page.create_button.isEnabled()

    qtbot.keyClicks(page.pair.first, PASSPHRASE)
    assert "Strength" in page.pair.hint.text()
    assert page.pair.meter.value() >= 2
    assert not page.create_button.isEnabled()  # not repeated yet
    qtbot.keyClicks(page.pair.second, PASSPHRASE[:-1])
    assert "do not match" in page.pair.match.text()
    qtbot.keyClicks(page.pair.second, PASSPHRASE[-1])
    assert "match" in page.pair.match.text()
    assert page.create_button.isEnabled()

    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert screen.busy  # key derivation runs in the background, the page waits
    qtbot.waitUntil(lambda: screen.current_page is screen.recovery_key_page, timeout=20_000)
    assert not screen.busy
    assert vault_exists(vault_dir)

    key_page = screen.recovery_key_page
    recovery = key_page.key()
    assert RECOVERY_FORMAT.match(recovery)
    assert key_page.key_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not key_page.continue_button.isEnabled()  # the confirmation is required

    qtbot.mouseClick(key_page.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == recovery
    assert is_marked_sensitive(clipboard.mimeData())

    saved = tmp_path / "key.txt"
    key_page.save_to(saved)
    assert recovery in saved.read_text("utf-8")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600

    key_page.stored.setChecked(True)
    assert key_page.continue_button.isEnabled()
    with qtbot.waitSignal(screen.vault_opened, timeout=5000) as opened:
        qtbot.mouseClick(key_page.continue_button, Qt.MouseButton.LeftButton)
    vault = opened.args[0]
    try:
        assert vault.is_open
        assert key_page.key() == ""  # off the screen once stored
    finally:
        vault.close()
    Vault.unlock_with_recovery_key(vault_dir, recovery).close()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_create_refuses_a_short_passphrase(qtbot, vault_dir: Path) -> None:
    screen = make_screen(qtbot, vault_dir)
    pair = screen.create_page.pair
    qtbot.keyClicks(pair.first, "abc")
    qtbot.keyClicks(pair.second, "abc")
    assert "too short" in pair.hint.text()
    assert not screen.create_page.create_button.isEnabled()


def test_unlock_right_passphrase_opens_the_workspace(qtbot, vault_dir: Path, existing: str) -> None:
    window = make_window(qtbot, vault_dir)
    screen = window.unlock_screen
    assert window.stack.currentWidget() is screen
    assert screen.current_page is screen.unlock_page
    assert not window.lock_action.isEnabled()

    qtbot.keyClicks(screen.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.is_unlocked, timeout=20_000)
    assert window.stack.currentWidget() is window.workspace
    assert window.lock_action.isEnabled()
    assert screen.unlock_page.passphrase.text() == ""
    window.lock_now()


def test_an_unlock_that_upgrades_the_vault_says_what_takes_the_time(
    qtbot, vault_dir: Path, existing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_probe(tmp_path, monkeypatch)
    window = make_window(qtbot, vault_dir)
    screen = window.unlock_screen
    said: list[str] = []
    shown = screen.say

    def say(text: str) -> None:
        said.append(text)
        shown(text)

    monkeypatch.setattr(screen, "say", say)
    qtbot.keyClicks(screen.unlock_page.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.unlock_page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.is_unlocked, timeout=20_000)
    assert said[0] == "Unlocking…"
    assert any("earlier version of Coach Companion" in text for text in said[1:]), said
    assert list((vault_dir / "backups").glob("*before-upgrade-*"))
    window.lock_now()


def test_wrong_passphrase_is_calm_and_changes_nothing(
    qtbot, vault_dir: Path, existing: str
) -> None:
    before = folder_hashes(vault_dir)
    window = make_window(qtbot, vault_dir)
    screen = window.unlock_screen
    field = screen.unlock_page.passphrase

    qtbot.keyClicks(field, "not the passphrase")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.busy and screen.message.isVisible(), timeout=20_000)
    assert "does not unlock" in screen.message.text()
    assert field.text() == ""
    assert screen.focusWidget() is field
    assert not window.context.is_unlocked
    assert window.stack.currentWidget() is screen
    assert folder_hashes(vault_dir) == before


def test_recovery_key_forces_a_new_passphrase(qtbot, vault_dir: Path, existing: str) -> None:
    window = make_window(qtbot, vault_dir)
    screen = window.unlock_screen
    qtbot.mouseClick(screen.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    assert screen.current_page is screen.recovery_page

    qtbot.keyClicks(screen.recovery_page.key_field, existing.lower().replace("-", " "))
    qtbot.keyClick(screen.recovery_page.key_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.current_page is screen.new_passphrase_page, timeout=20_000)
    # The vault is open but not handed over: no workspace before a new passphrase.
    assert not window.context.is_unlocked
    assert window.stack.currentWidget() is screen

    new = "a brand new passphrase for spring"
    page = screen.new_passphrase_page
    qtbot.keyClicks(page.pair.first, new)
    qtbot.keyClicks(page.pair.second, new)
    qtbot.mouseClick(page.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.is_unlocked, timeout=20_000)
    assert window.stack.currentWidget() is window.workspace
    assert not window.context.vault.must_change_passphrase
    window.lock_now()

    Vault.unlock(vault_dir, new).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_wrong_recovery_key_says_so(qtbot, vault_dir: Path, existing: str) -> None:
    screen = make_screen(qtbot, vault_dir)
    screen._show_recovery()
    qtbot.keyClicks(screen.recovery_page.key_field, "ABCDE-12345")
    qtbot.keyClick(screen.recovery_page.key_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.busy and screen.message.isVisible(), timeout=20_000)
    assert "recovery key" in screen.message.text()
    assert screen.current_page is screen.recovery_page


def test_remember_is_disabled_without_a_real_keyring(qtbot, vault_dir: Path, existing: str) -> None:
    screen = make_screen(qtbot, vault_dir)  # PYTHON_KEYRING_BACKEND is the fail backend here
    screen.check_keyring(try_remembered=True)
    box = screen.unlock_page.remember
    qtbot.waitUntil(lambda: "No system keyring" in box.toolTip(), timeout=10_000)
    assert not box.isEnabled()
    assert not box.isChecked()
    assert screen.unlock_page.remember_reason.isVisible()
    assert screen.current_page is screen.unlock_page  # nothing tried, nothing crashed


def test_remember_then_start_without_the_passphrase(qtbot, vault_dir: Path, existing: str) -> None:
    backend = InMemoryKeyring()

    def factory(folder: Path) -> KeyringStore:
        return KeyringStore(folder, backend, trusted=True)

    screen = make_screen(qtbot, vault_dir, keyring_factory=factory)
    screen.check_keyring()
    qtbot.waitUntil(screen.unlock_page.remember.isEnabled, timeout=10_000)
    screen.unlock_page.remember.setChecked(True)
    qtbot.keyClicks(screen.unlock_page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(screen.vault_opened, timeout=20_000) as opened:
        qtbot.keyClick(screen.unlock_page.passphrase, Qt.Key.Key_Return)
    with qtbot.waitSignal(screen.notice, timeout=10_000) as notice:
        pass
    assert "remembered" in notice.args[0]
    opened.args[0].close()
    assert backend.store  # the key sits in the (fake) OS keyring, nowhere else

    again = make_screen(qtbot, vault_dir, keyring_factory=factory)
    with qtbot.waitSignal(again.vault_opened, timeout=20_000) as reopened:
        again.check_keyring(try_remembered=True)
    reopened.args[0].close()


def test_second_process_holding_the_vault_is_explained(
    qtbot, vault_dir: Path, existing: str
) -> None:
    holder = Vault.unlock(vault_dir, PASSPHRASE)  # as a CLI command would
    try:
        screen = make_screen(qtbot, vault_dir)
        qtbot.keyClicks(screen.unlock_page.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.unlock_page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not screen.busy and screen.message.isVisible(), timeout=20_000)
        assert "already open" in screen.message.text()
    finally:
        holder.close()


class _RecordBreaksAfterStart(KeyringStore):
    """A store whose "is it remembered" check works at start and fails at the unlock."""

    checks = 0

    def is_remembered(self, vault_id: str) -> bool:
        type(self).checks += 1
        if type(self).checks > 1:
            raise RuntimeError("the device record cannot be read")
        return super().is_remembered(vault_id)


def test_a_failing_remembered_check_leaves_no_vault_open(
    qtbot, vault_dir: Path, existing: str
) -> None:
    def factory(folder: Path) -> KeyringStore:
        return _RecordBreaksAfterStart(folder, InMemoryKeyring(), trusted=True)

    screen = make_screen(qtbot, vault_dir, keyring_factory=factory)
    screen.check_keyring()
    qtbot.waitUntil(lambda: screen.keyring_store is not None, timeout=10_000)
    opened: list[object] = []
    screen.vault_opened.connect(opened.append)
    with qtbot.captureExceptions() as exceptions:
        qtbot.keyClicks(screen.unlock_page.passphrase, PASSPHRASE)
        qtbot.keyClick(screen.unlock_page.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not screen.busy, timeout=20_000)
    assert [kind.__name__ for kind, *_ in exceptions] == ["RuntimeError"]
    assert not opened
    Vault.unlock(vault_dir, PASSPHRASE).close()  # the lock was released: nothing holds it


def _key_page_with(qtbot, recovery: str, folder: Path) -> RecoveryKeyPage:
    page = RecoveryKeyPage(folder)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.show_key(recovery)
    return page


def test_print_puts_the_key_folder_and_purpose_on_the_sheet(
    qtbot, vault_dir: Path, tmp_path: Path
) -> None:
    recovery = "ABCDE-12345-FGHJK-67890-LMNPQ-RSTUV-WXYZ2-34567"
    page = _key_page_with(qtbot, recovery, vault_dir)
    assert page.print_button.isVisible()
    pdf = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    asked: list[object] = []

    def choose(parent: object) -> QPrinter:
        asked.append(parent)
        return printer

    page.choose_printer = choose  # the print dialog, bypassed
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert asked == [page]
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert recovery in text
    assert "Coach Companion" in text
    assert str(vault_dir.name) in text
    assert "forget your passphrase" in text
    assert recovery not in printer.docName()  # print queues show the document name
    assert "printer" in page.copy_note.text()


def test_cancelling_the_print_dialog_prints_nothing(qtbot, vault_dir: Path) -> None:
    page = _key_page_with(qtbot, "ABCDE-12345", vault_dir)
    page.choose_printer = lambda _parent: None
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert not page.copy_note.isVisible()


def test_return_on_the_checked_box_continues(qtbot, vault_dir: Path) -> None:
    page = _key_page_with(qtbot, "ABCDE-12345", vault_dir)
    confirmed: list[bool] = []
    page.confirmed.connect(lambda: confirmed.append(True))
    page.stored.setFocus()

    qtbot.keyClick(page.stored, Qt.Key.Key_Return)  # not stored yet: nothing happens
    assert not confirmed
    qtbot.keyClick(page.stored, Qt.Key.Key_Space)  # Space ticks the box
    assert page.stored.isChecked()
    qtbot.keyClick(page.stored, Qt.Key.Key_Return)
    assert confirmed == [True]
    qtbot.keyClick(page.copy_button, Qt.Key.Key_Enter)  # anywhere on the page, once checked
    assert confirmed == [True, True]


def test_only_the_page_on_display_is_built(qtbot, vault_dir: Path, existing: str) -> None:
    """The first window builds one page; the others come when first shown (issue 13)."""
    screen = make_screen(qtbot, vault_dir)
    assert screen.pages.count() == 1
    assert screen.current_page is screen.unlock_page
    screen.reset()  # clearing the fields of pages never built builds none of them
    assert screen.pages.count() == 1
    screen.set_waiting(True)  # busy without the demo's busy page: that page is not needed
    screen.set_waiting(False)
    assert screen.pages.count() == 1

    qtbot.keyClicks(screen.unlock_page.passphrase, "half typed")
    qtbot.mouseClick(screen.unlock_page.recovery_button, Qt.MouseButton.LeftButton)
    assert screen.current_page is screen.recovery_page
    assert screen.pages.count() == 2
    assert screen.unlock_page.passphrase.text() == ""  # left behind, as before
    qtbot.keyClicks(screen.recovery_page.key_field, "ABCDE")
    qtbot.mouseClick(screen.recovery_page.back_button, Qt.MouseButton.LeftButton)
    assert screen.current_page is screen.unlock_page
    assert screen.recovery_page.key_field.text() == ""  # a built page is still emptied
    assert screen.pages.count() == 2


def test_a_keyring_checked_before_the_unlock_page_exists_reaches_it(qtbot, vault_dir: Path) -> None:
    screen = make_screen(qtbot, vault_dir)  # no vault yet: the create page only
    assert screen.pages.count() == 1
    screen.check_keyring(try_remembered=True)
    qtbot.waitUntil(lambda: screen._keyring is not None, timeout=10_000)
    assert screen.pages.count() == 1
    box = screen.unlock_page.remember  # built now, after the check answered
    assert "No system keyring" in box.toolTip()
    assert not box.isEnabled()
    assert not screen.unlock_page.remember_reason.isHidden()
