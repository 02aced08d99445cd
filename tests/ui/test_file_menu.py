"""File → Export and Import: Documents first, never the vault folder, preview, all or nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from coach_app.services import coachees, exchange, sessions
from coach_app.services.exchange import ImportSummary
from coach_app.ui import file_export, file_import, file_paths
from coach_app.ui.file_export import ExportKind, start_export
from coach_app.ui.file_import import ImportDialog, Preview, start_import
from coach_app.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.read_ahead import read_by_child, record_children
from tests.ui.conftest import MakeContext
from tests.ui.helpers_ops import record_task_writes, wait_for_ops


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def warn(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warn)
    return said


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    seen: list[BaseException] = []
    monkeypatch.setattr(
        "coach_app.ui.task_progress.show_error", lambda _parent, exc: seen.append(exc)
    )
    return seen


def _answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    # choose_target looks ask_save_file up in file_paths when it runs
    monkeypatch.setattr(file_paths, "ask_save_file", lambda *_a: str(path))


def _counts(vault: Vault) -> int:
    return len(coachees.list_coachees(vault))


def test_dialogs_start_in_documents(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def fake(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)
    file_paths.ask_save_file(None, "t", "x.json", "*.json")
    file_paths.ask_open_file(None, "t", "*.json")
    docs = str(file_paths.documents_folder())
    assert asked == [str(Path(docs) / "x.json"), docs]


def test_export_refuses_the_vault_folder(
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    coachees.create_coachee(vault, name="Ada Lovelace")
    context = make_context()
    parent = QWidget()
    link = tmp_path / "looks-elsewhere"
    os.symlink(vault.folder, link)
    sneaky = vault.folder / ".." / vault.folder.name / "backups" / "e.json"
    for target in (vault.folder / "export.json", link / "export.json", sneaky):
        _answer_save(monkeypatch, target)
        task = start_export(
            context, ExportKind.VAULT_JSON, None, parent, dialog_answer=lambda _d: True
        )
        assert task is None
    assert len(warnings) == 3
    assert all("not encrypted" in text for text in warnings)
    assert not (vault.folder / "export.json").exists()


def test_export_writes_the_whole_vault_outside(
    qtbot: object,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coachees.create_coachee(vault, name="Ada Lovelace")
    context = make_context()
    parent = QWidget()
    _answer_save(monkeypatch, tmp_path / "out")  # the suffix is added
    shown: list[str] = []

    def look(dialog: file_export.ExportDialog) -> bool:
        label = dialog.findChild(QWidget, "notEncrypted")
        shown.append(label.text())  # type: ignore[union-attr]
        return True

    task = start_export(context, ExportKind.VAULT_JSON, None, parent, dialog_answer=look)
    assert task is not None
    wait_for_ops(qtbot, context)  # type: ignore[arg-type]
    written = tmp_path / "out.json"
    doc = json.loads(written.read_text("utf-8"))
    assert [c["name"] for c in doc["coachees"]] == ["Ada Lovelace"]
    assert written.stat().st_mode & 0o077 == 0
    assert "NOT encrypted" in shown[0]


def test_the_vault_export_is_streamed_a_coachee_at_a_time(
    qtbot: object,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("Ada Lovelace", "Grace Hopper"):
        coachees.create_coachee(vault, name=name)
    context = make_context()
    _answer_save(monkeypatch, tmp_path / "out.json")

    def whole_text(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("the GUI must not build the whole export in memory")

    monkeypatch.setattr(exchange, "export_json", whole_text)
    monkeypatch.setattr(exchange.export, "export_json", whole_text)
    task = start_export(
        context, ExportKind.VAULT_JSON, None, QWidget(), dialog_answer=lambda _d: True
    )
    assert task is not None
    fractions: list[float] = []
    task.progressed.connect(fractions.append)
    wait_for_ops(qtbot, context)  # type: ignore[arg-type]
    doc = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert sorted(c["name"] for c in doc["coachees"]) == ["Ada Lovelace", "Grace Hopper"]
    qtbot.waitUntil(lambda: bool(fractions) and fractions[-1] == 1.0)  # type: ignore[attr-defined]
    # The bar moved with each coachee, not only at the start and the end.
    assert len([f for f in fractions if 0 < f < 1]) >= 2


def _export_file(tmp_path: Path, names: list[str]) -> Path:
    """An export of another vault holding ``names`` (each with one session)."""
    other, _key = Vault.create(tmp_path / "other", PASSPHRASE, FAST_KDF)
    try:
        for name in names:
            made = coachees.create_coachee(other, name=name)
            sessions.create_session(other, made.id, template="free")
        path = tmp_path / "export.json"
        path.write_text(exchange.export_json(other), "utf-8")
    finally:
        other.close()
    return path


def _wait_for_preview(qtbot: object, dialog: ImportDialog) -> Preview:
    qtbot.waitUntil(lambda: dialog.preview is not None)  # type: ignore[attr-defined]
    assert dialog.preview is not None
    return dialog.preview


@pytest.mark.parametrize("reader", ["this process", "a child process"])
def test_import_shows_a_preview_then_imports_everything(
    reader: str,
    qtbot: object,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A large file is read by a child process, started from the task's worker thread.
    read_by_child(monkeypatch, child=reader == "a child process")
    children = record_children(monkeypatch)
    path = _export_file(tmp_path, ["Ada Lovelace", "Grace Hopper"])
    monkeypatch.setattr(file_import, "ask_open_file", lambda *_a: str(path))
    context = make_context()
    seen: list[str] = []

    def look(dialog: ImportDialog) -> bool:
        preview = _wait_for_preview(qtbot, dialog)
        seen.append(dialog.summary.text())
        assert set(preview.names) == {"Ada Lovelace", "Grace Hopper"}
        assert _counts(vault) == 0  # the preview wrote nothing
        assert dialog.import_button.isEnabled()
        return True

    started = record_task_writes(context, monkeypatch)
    task = start_import(context, QWidget(), dialog_answer=look)
    assert task is not None
    # The import holds the vault for writing: quick changes meanwhile are refused at once
    # (ops.change) instead of freezing the window for the busy timeout.
    assert started == [True]
    wait_for_ops(qtbot, context)  # type: ignore[arg-type]
    assert "2 coachees" in seen[0] and "2 sessions" in seen[0]
    assert "(s)" not in seen[0]
    assert sorted(c.name for c in coachees.list_coachees(vault)) == ["Ada Lovelace", "Grace Hopper"]
    assert children == ([path] if reader == "a child process" else [])


def test_the_message_after_an_import_counts_what_the_preview_counted(qtbot: object) -> None:
    parent = QWidget()
    file_import._imported(parent, ImportSummary(coachees=1, goals=2, sessions=3, groups=2))
    with_groups = parent.findChild(QMessageBox)
    assert with_groups is not None
    assert with_groups.text() == (
        "Imported 1 coachee, 2 goals, 3 sessions, 0 experiments, 0 measurements, 2 groups."
    )
    with_groups.close()
    other = QWidget()
    file_import._imported(other, ImportSummary(coachees=2))
    without = other.findChild(QMessageBox)
    assert without is not None
    assert "group" not in without.text()
    without.close()


def test_plurals_in_the_preview(qtbot: object, make_context: MakeContext, tmp_path: Path) -> None:
    context = make_context()
    dialog = ImportDialog(context, tmp_path / "none.json")
    wait_for_ops(qtbot, context)  # type: ignore[arg-type]
    dialog.show_preview(Preview(coachees=1, sessions=2, experiments=1))
    text = dialog.summary.text()
    assert "1 coachee," in text and "2 sessions" in text and "1 experiment," in text
    assert "1 experiments" not in text and "1 coachees" not in text


def test_a_rejected_file_cannot_be_imported(
    qtbot: object,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coachees.create_coachee(vault, name="Already Here")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "coach-companion-export", "version": 1, "coachees": [{}]}')
    monkeypatch.setattr(file_import, "ask_open_file", lambda *_a: str(bad))
    context = make_context()
    seen: list[Preview] = []

    def press_import_anyway(dialog: ImportDialog) -> bool:
        seen.append(_wait_for_preview(qtbot, dialog))
        assert not dialog.import_button.isEnabled()
        assert "Nothing was imported" in dialog.summary.text()
        return True

    assert start_import(context, QWidget(), dialog_answer=press_import_anyway) is None
    assert seen[0].rejection is not None
    assert [c.name for c in coachees.list_coachees(vault)] == ["Already Here"]


def test_an_import_refused_at_the_end_changes_nothing(
    qtbot: object,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[BaseException],
) -> None:
    """A file of this vault's own ids passes the file check but not the import: all or nothing."""
    coachees.create_coachee(vault, name="Ada Lovelace")
    path = tmp_path / "same.json"
    path.write_text(exchange.export_json(vault), "utf-8")
    monkeypatch.setattr(file_import, "ask_open_file", lambda *_a: str(path))
    context = make_context()

    def accept_if_allowed(dialog: ImportDialog) -> bool:
        _wait_for_preview(qtbot, dialog)
        return dialog.import_button.isEnabled()

    start_import(context, QWidget(), dialog_answer=accept_if_allowed)
    wait_for_ops(qtbot, context)  # type: ignore[arg-type]
    assert [c.name for c in coachees.list_coachees(vault)] == ["Ada Lovelace"]


def test_the_file_menu_offers_export_and_import(qtbot: object, vault: Vault) -> None:
    from tests.ui.shell_helpers import make_window  # noqa: PLC0415

    window = make_window(qtbot, vault.folder, vault)
    texts = [a.text().replace("&", "") for a in window.actions()]
    assert "Whole vault (JSON)…" in texts
    assert "Import (JSON)…" in texts


def test_this_coachee_json_and_pdf(
    qtbot: object,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ada = coachees.create_coachee(vault, name="Ada Lovelace")
    coachees.create_coachee(vault, name="Grace Hopper")
    context = make_context()
    _answer_save(monkeypatch, tmp_path / "ada.json")
    start_export(context, ExportKind.COACHEE_JSON, ada.id, QWidget(), dialog_answer=lambda _d: True)
    wait_for_ops(qtbot, context)  # type: ignore[arg-type]
    text = (tmp_path / "ada.json").read_text("utf-8")
    assert "Ada Lovelace" in text and "Grace Hopper" not in text

    _answer_save(monkeypatch, tmp_path / "ada.pdf")
    start_export(context, ExportKind.COACHEE_PDF, ada.id, QWidget(), dialog_answer=lambda _d: True)
    wait_for_ops(qtbot, context, timeout=30_000)  # type: ignore[arg-type]
    assert (tmp_path / "ada.pdf").read_bytes().startswith(b"%PDF")


def test_markdown_refuses_the_vault_folder_and_writes_elsewhere(
    qtbot: object,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    warnings: list[str],
) -> None:
    ada = coachees.create_coachee(vault, name="Ada Lovelace")
    sessions.create_session(vault, ada.id, template="free", notes="hello")
    context = make_context()
    monkeypatch.setattr(file_export, "ask_folder", lambda *_a: str(vault.folder))
    assert (
        start_export(context, ExportKind.MARKDOWN, None, QWidget(), dialog_answer=lambda _d: True)
        is None
    )
    assert len(warnings) == 1
    out = tmp_path / "notes"
    out.mkdir()
    monkeypatch.setattr(file_export, "ask_folder", lambda *_a: str(out))
    start_export(context, ExportKind.MARKDOWN, None, QWidget(), dialog_answer=lambda _d: True)
    wait_for_ops(qtbot, context)  # type: ignore[arg-type]
    assert any(path.suffix == ".md" for path in out.rglob("*"))


def test_coachee_copy_with_the_chosen_sections(
    qtbot: object,
    make_context: MakeContext,
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coach_app.ui import coachee_copy_action  # noqa: PLC0415

    ada = coachees.create_coachee(vault, name="Ada Lovelace")
    context = make_context()
    chosen: list[frozenset[str]] = []

    def write(*args: object, **kwargs: object) -> Path:
        chosen.append(kwargs["include"])  # type: ignore[arg-type]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    real = coachee_copy_action.coachee_copy.write_coachee_copy
    monkeypatch.setattr(coachee_copy_action.coachee_copy, "write_coachee_copy", write)
    monkeypatch.setattr(
        coachee_copy_action, "ask_sections", lambda *_a: (frozenset({"session_notes"}), False)
    )
    _answer_save(monkeypatch, tmp_path / "copy")
    assert coachee_copy_action.start_coachee_copy(context, ada.id, QWidget()) is not None
    wait_for_ops(qtbot, context, timeout=30_000)  # type: ignore[arg-type]
    assert (tmp_path / "copy.pdf").read_bytes().startswith(b"%PDF")
    assert chosen == [frozenset({"session_notes"})]


def test_the_subject_access_dialogs_explain_the_private_reflections(qtbot: object) -> None:
    """The PDF offers the choice and says what it means; the JSON says they are in it."""
    pdf = file_export.ExportDialog(ExportKind.COACHEE_PDF, "Ada Lovelace")
    json_dialog = file_export.ExportDialog(ExportKind.COACHEE_JSON, "Ada Lovelace")
    markdown = file_export.ExportDialog(ExportKind.MARKDOWN, "Ada Lovelace")
    notes = {
        kind: [label.text() for label in dialog.findChildren(QLabel, "exportNote")]
        for kind, dialog in (("pdf", pdf), ("json", json_dialog), ("md", markdown))
    }
    assert not pdf.include_private.isChecked() and pdf.include_private.parent() is pdf
    assert len(notes["pdf"]) == 1 and "left out" in notes["pdf"][0]
    assert len(notes["json"]) == 1 and "private reflections included" in notes["json"][0]
    assert "Ada Lovelace" in notes["json"][0]
    assert notes["md"] == []


_MENU_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from coach_app.ui.context import AppContext
from coach_app.ui.main_window import MainWindow
app = QApplication(["probe"])
window = MainWindow(AppContext(sys.argv[1]), restore_geometry=False, auto_backup=False)
actions = [a.text() for a in window.menuBar().actions()]
print("reportlab" in sys.modules, len(actions))
"""


def test_the_file_menu_loads_no_pdf_library(tmp_path: Path) -> None:
    # Every export is offered, and none of the exporters is imported to offer it: the PDF's
    # reportlab (some 10 MB) loads when the coach exports, not with the window.
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _MENU_PROBE, str(tmp_path)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded, menus = done.stdout.split()[-2:]
    assert int(menus) > 0
    assert loaded == "False"
    assert all(file_export.available(kind) for kind in ExportKind)
