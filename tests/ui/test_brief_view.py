"""The brief on screen: its content, the private-reflection checkbox, PDF, print, Ctrl+B, Esc."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach_app.changes import Kind
from coach_app.ui import brief_view, file_paths
from coach_app.ui.brief_view import BriefDialog
from coach_app.ui.main_window import MainWindow
from coach_app.ui.models import ID_ROLE
from coach_app.vault.vault import Vault
from tests.core.services.test_brief import PRIVATE_MARKER, TODAY, Seeded, seed_brief
from tests.ui.conftest import MakeContext
from tests.ui.helpers_ops import announce, wait_for_ops
from tests.ui.shell_helpers import FakeClock, make_window, wait_for_workers

NOW = datetime.combine(TODAY, datetime.min.time()).replace(hour=8)


@pytest.fixture(autouse=True)
def _drain_workers() -> Iterator[None]:
    yield
    wait_for_workers()


@pytest.fixture
def seeded(vault: Vault) -> Seeded:
    return seed_brief(vault)


def shown(dialog: BriefDialog) -> str:
    return " ".join(dialog.view.toPlainText().split())


def loaded(qtbot, make_context: MakeContext, seeded: Seeded) -> BriefDialog:  # type: ignore[no-untyped-def]
    dialog = BriefDialog(make_context(now=lambda: NOW), seeded.ada)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.brief is not None)
    return dialog


def test_the_screen_shows_the_brief_without_the_reflection_until_ticked(
    qtbot, make_context: MakeContext, seeded: Seeded
) -> None:
    dialog = loaded(qtbot, make_context, seeded)
    text = shown(dialog)
    for words in (
        "Ada Lovelace",
        "↑ up from 4",
        "↓ down from 6",
        "9 days ago",
        "2 overdue experiments",
        "Qzagreement ask Sam to chair",
        "Qzinsight she owns Monday",
        "Qzquote I can let go",
    ):
        assert words in text, words
    assert text.index("Qzmost overdue") < text.index("Qzslightly overdue") < text.index("Qzundated")
    assert PRIVATE_MARKER not in text
    assert not dialog.private_check.isChecked()

    dialog.private_check.setChecked(True)
    qtbot.waitUntil(lambda: PRIVATE_MARKER in shown(dialog))
    dialog.private_check.setChecked(False)
    qtbot.waitUntil(lambda: PRIVATE_MARKER not in shown(dialog))


def test_a_change_to_this_coachee_or_the_settings_reads_the_brief_again(
    qtbot: QtBot, make_context: MakeContext, seeded: Seeded
) -> None:
    dialog = loaded(qtbot, make_context, seeded)
    reads = dialog._generation  # one more for every read started
    announce(dialog.context, Kind.SESSIONS, coachee_ids=(seeded.ben,))
    announce(dialog.context, Kind.GROUPS)
    assert dialog._generation == reads
    announce(dialog.context, Kind.GOALS, coachee_ids=(seeded.ada,))
    assert dialog._generation == reads + 1
    # Reference values (settings, no coachee's) judge the "reliable drop" flag the brief shows.
    announce(dialog.context, Kind.SETTINGS)
    assert dialog._generation == reads + 2
    qtbot.waitUntil(lambda: dialog.brief is not None and not dialog.context.ops.is_busy())
    assert "Ada Lovelace" in shown(dialog)


def test_save_as_pdf_writes_what_is_shown(
    qtbot,
    make_context: MakeContext,
    seeded: Seeded,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = loaded(qtbot, make_context, seeded)
    target = tmp_path / "brief"  # the suffix is added
    monkeypatch.setattr(file_paths, "ask_save_file", lambda *_a: str(target))
    assert dialog.save_pdf()
    qtbot.waitUntil(lambda: dialog.saved_to is not None)
    wait_for_ops(qtbot, dialog.context)
    written = tmp_path / "brief.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(written), "-"], check=True, capture_output=True, text=True
        ).stdout
        assert "Qzgoalup planning" in text and PRIVATE_MARKER not in text


def test_a_target_in_the_vault_folder_is_refused(
    qtbot,
    make_context: MakeContext,
    seeded: Seeded,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = loaded(qtbot, make_context, seeded)
    inside = vault.folder / "brief.pdf"
    monkeypatch.setattr(file_paths, "ask_save_file", lambda *_a: str(inside))
    told: list[object] = []
    monkeypatch.setattr(file_paths, "refuse_in_vault", lambda *a: told.append(a) or True)
    assert not dialog.save_pdf()
    assert told and not inside.exists()


def test_print_lays_out_the_brief(
    qtbot,
    make_context: MakeContext,
    seeded: Seeded,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = loaded(qtbot, make_context, seeded)
    assert "Qzinsight she owns Monday" in dialog.document().toPlainText()
    out = tmp_path / "printed.pdf"

    def printer(_parent: object) -> QPrinter:
        chosen = QPrinter()
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(out))
        return chosen

    monkeypatch.setattr(brief_view, "ask_printer", printer)
    assert dialog.print_brief()
    assert out.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(brief_view, "ask_printer", lambda _parent: None)
    assert not dialog.print_brief()


@pytest.fixture
def window(qtbot, vault: Vault, seeded: Seeded) -> MainWindow:
    return make_window(qtbot, vault.folder, vault, now=FakeClock(NOW))


def open_dialog(window: MainWindow) -> BriefDialog | None:
    found = [d for d in window.findChildren(BriefDialog) if d.isVisible()]
    return found[-1] if found else None


def test_ctrl_b_on_a_coachee_opens_the_brief_and_esc_gives_the_focus_back(
    qtbot, window: MainWindow, seeded: Seeded
) -> None:
    window.show_coachee(seeded.ada)
    qtbot.waitUntil(lambda: window.coachee_page.coachee_id == seeded.ada)
    window.activateWindow()
    before = QApplication.focusWidget()
    assert before is not None
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: open_dialog(window) is not None)
    dialog = open_dialog(window)
    assert dialog is not None and dialog.coachee_id == seeded.ada
    qtbot.waitUntil(lambda: dialog.brief is not None)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # The window's own focus widget: where the keys go once it is active again (offscreen,
    # no window is active after a dialog closes, so QApplication.focusWidget() is None).
    qtbot.waitUntil(lambda: window.focusWidget() is before)


def test_ctrl_b_on_the_dashboard_opens_the_selected_coachees_brief(
    qtbot, window: MainWindow, seeded: Seeded
) -> None:
    window.show_dashboard()
    table = window.home.dashboard.table
    qtbot.waitUntil(lambda: table.model().rowCount() >= 2)
    row = next(
        r
        for r in range(table.model().rowCount())
        if table.model().index(r, 0).data(ID_ROLE) == seeded.ben
    )
    table.setCurrentIndex(table.model().index(row, 0))
    window.brief_action.trigger()
    qtbot.waitUntil(lambda: open_dialog(window) is not None)
    dialog = open_dialog(window)
    assert dialog is not None and dialog.coachee_id == seeded.ben
    dialog.reject()


def test_the_help_overlay_lists_the_brief(window: MainWindow) -> None:
    keys = dict((what, keys) for keys, what in window.shortcut_list())
    assert keys["Pre-session brief"] == "Ctrl+B"
