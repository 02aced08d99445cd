"""The settings dialog on its own: one checked change, errors where they belong, the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QToolButton

from coach_app import language_pref
from coach_app.changes import Kind
from coach_app.services import instrument_settings
from coach_app.services import settings as settings_service
from coach_app.ui.context import AppContext
from coach_app.ui.settings_dialog import SettingsDialog
from coach_app.ui.unlock_pages import UnlockPage
from coach_app.vault.keyring_store import KeyringStore
from tests.helpers.keyrings import InMemoryKeyring
from tests.ui.conftest import MakeContext
from tests.ui.helpers_ops import wait_for_ops


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    return make_context()


def open_dialog(qtbot, context: AppContext, store: KeyringStore | None = None) -> SettingsDialog:
    dialog = SettingsDialog(context, store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(dialog: SettingsDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_save_is_one_change_heard_as_settings(qtbot, context: AppContext) -> None:
    heard: list[tuple[object, object]] = []
    context.signals.changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    dialog = open_dialog(qtbot, context)
    dialog.auto_lock.setValue(25)
    dialog.measures.metric_label.setText("Energy at work")
    assert dialog.measures.add_metric()
    save(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = settings_service.load_settings(context.vault)
    assert stored.auto_lock_minutes == 25
    assert [m.key for m in instrument_settings.custom_metrics(context.vault)] == [
        "custom:energy-at-work"
    ]
    assert len(heard) == 1  # settings and measures arrive as one broadcast, from the dialog
    changes, initiator = heard[0]
    assert changes.touches(Kind.SETTINGS)
    assert initiator is dialog


def test_a_refused_setting_is_shown_on_the_general_tab_and_nothing_is_written(
    qtbot, context: AppContext
) -> None:
    dialog = open_dialog(qtbot, context)
    dialog.measures.metric_label.setText("Energy at work")
    assert dialog.measures.add_metric()
    dialog.tabs.setCurrentWidget(dialog.measures)
    dialog.auto_lock.setValue(3)
    dialog.backup_folder.setText("relative/backups")  # a folder must be a full path
    save(dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.general_error.isVisibleTo(dialog)
    assert "Backup folder" in dialog.general_error.text()
    assert dialog.tabs.currentIndex() == 0
    assert settings_service.load_settings(context.vault).auto_lock_minutes == 10
    assert instrument_settings.custom_metrics(context.vault) == []

    dialog.backup_folder.setText(str(Path.home() / "backups"))
    save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings_service.load_settings(context.vault).auto_lock_minutes == 3
    assert len(instrument_settings.custom_metrics(context.vault)) == 1


def test_remember_and_forget_run_through_the_operations(qtbot, context: AppContext) -> None:
    backend = InMemoryKeyring()
    store = KeyringStore(context.folder, backend, trusted=True)
    vault_id = context.vault.vault_id

    dialog = open_dialog(qtbot, context, store)
    assert dialog.remember.isEnabled()
    assert not dialog.remember.isChecked()
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.notice, timeout=10_000) as notice:
        save(dialog)
    assert "remembered" in notice.args[0]
    assert store.recall(vault_id) is not None

    again = open_dialog(qtbot, context, store)
    assert again.remember.isChecked()
    again.remember.setChecked(False)
    with qtbot.waitSignal(again.notice, timeout=10_000) as notice:
        save(again)
    assert "removed" in notice.args[0]
    wait_for_ops(qtbot, context)
    assert not store.is_remembered(vault_id)
    assert not backend.store


def test_nothing_is_remembered_when_the_box_did_not_change(qtbot, context: AppContext) -> None:
    backend = InMemoryKeyring()
    store = KeyringStore(context.folder, backend, trusted=True)
    dialog = open_dialog(qtbot, context, store)
    save(dialog)
    assert not context.ops.is_busy()  # no keyring call was started
    assert not backend.store


@pytest.mark.parametrize("answers", [True, False], ids=["fail-backend", "no-answer"])
def test_settings_and_the_unlock_screen_give_the_same_keyring_reason(
    qtbot, context: AppContext, answers: bool
) -> None:
    # The fail backend answers "no real store"; without a store the keyring never answered.
    store = KeyringStore(context.folder, FailKeyring()) if answers else None
    page = UnlockPage(context.folder)
    qtbot.addWidget(page)
    page.set_keyring_status(None if store is None else store.status(), False)
    dialog = open_dialog(qtbot, context, store)

    assert not dialog.remember.isEnabled()
    assert dialog.remember_reason.text() == page.remember_reason.text()
    assert dialog.remember.toolTip() == page.remember.toolTip()
    assert "not available here" in dialog.remember_reason.text()
    assert "not answered yet" not in dialog.remember_reason.text()
    if store is not None:
        assert store.status().reason in dialog.remember_reason.text()


def test_the_session_clock_sound_is_off_until_turned_on(qtbot, context: AppContext) -> None:
    dialog = open_dialog(qtbot, context)
    assert not dialog.cue_sound.isChecked()
    dialog.cue_sound.setChecked(True)
    dialog.session_minutes.setValue(50)
    save(dialog)

    stored = settings_service.load_settings(context.vault)
    assert stored.cue_sound is True
    assert stored.default_session_minutes == 50
    again = open_dialog(qtbot, context)
    assert again.cue_sound.isChecked()
    state = again.draft_state()
    assert state is not None
    again.cue_sound.setChecked(False)
    again.restore_draft(state)  # a lock keeps the box as it was
    assert again.cue_sound.isChecked()


def test_the_language_is_chosen_for_the_next_start_outside_the_vault(
    qtbot, context: AppContext
) -> None:
    dialog = open_dialog(qtbot, context)
    assert dialog.language.currentData() == language_pref.SYSTEM
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Nederlands", "Svenska", "Français"]
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert language_pref.chosen() == "nl"
    again = open_dialog(qtbot, context)
    assert again.language.currentData() == "nl"
    again.language.setCurrentIndex(again.language.findData(language_pref.SYSTEM))
    save(again)
    assert language_pref.chosen() == language_pref.SYSTEM


def test_the_tabs_scroll_arrows_are_not_a_tab_stop(qtbot, context: AppContext) -> None:
    # At 200% on a laptop screen the tabs do not fit; Tab must go from the bar into the page.
    arrows = open_dialog(qtbot, context).tabs.tabBar().findChildren(QToolButton)
    assert arrows
    assert all(a.focusPolicy() == Qt.FocusPolicy.NoFocus for a in arrows)
