"""The hours log page: totals of a known data set, CSV export, a target in the vault refused."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from coach_app.services import coachees, development, group_sessions, groups, hours, sessions
from coach_app.ui import file_paths
from coach_app.ui.coachee_dialogs import ProfileDialog
from coach_app.ui.context import AppContext
from coach_app.ui.hours_page import HoursPage
from tests.ui.conftest import MakeContext

TODAY = datetime(2026, 6, 30, 12, 0)


@pytest.fixture
def context(make_context: MakeContext) -> AppContext:
    ctx = make_context(now=lambda: TODAY)
    v = ctx.vault
    ana = coachees.create_coachee(v, name="Ana Silva").id
    hours.set_client_details(v, ana, log_consent=True, default_paid=True)
    ben = coachees.create_coachee(v, name="Ben Okafor").id
    hours.set_client_details(v, ben, log_consent=False, default_paid=False)
    sessions.create_session(v, ana, started_at=datetime(2025, 5, 1, 10), duration_minutes=60)
    sessions.create_session(v, ana, started_at=datetime(2026, 2, 1, 10), duration_minutes=90)
    sessions.create_session(v, ben, started_at=datetime(2026, 3, 1, 10), duration_minutes=120)
    group = groups.create_group(v, name="Set", log_consent=True, default_paid=True)
    group_sessions.create_group_session(
        v, group.id, started_at=datetime(2026, 4, 1, 9), duration_minutes=180
    )
    development.add_entry(v, kind="supervision", held_on=date(2026, 1, 5), hours=1.5)
    development.add_entry(v, kind="cpd", held_on=date(2026, 2, 5), hours=6)
    return ctx


@pytest.fixture
def page(qtbot, context: AppContext) -> HoursPage:
    widget = HoursPage(context)
    qtbot.addWidget(widget)
    return widget


def test_totals_per_period_and_client(page: HoursPage) -> None:
    page.set_period(None, date(2026, 6, 30))
    page.reload()
    assert page.log is not None
    text = page.totals.text()
    assert text.startswith("7.5 hours: 5.5 paid, 2 pro bono; 3 in groups;")
    assert "3 clients" in text
    assert [page.years.item(r, 0).text() for r in range(page.years.rowCount())] == [
        "2025",
        "2026",
    ]
    assert page.years.item(1, 1).text() == "6.5"
    names = [page.clients.item(r, 0).text() for r in range(page.clients.rowCount())]
    assert names == ["Ana Silva", "Confidential client 1", "Set"]
    assert "2 hours with 1 client who did not consent" in page.unnamed.text()
    labels = [page.progress.item(r, 0).text() for r in range(page.progress.rowCount())]
    assert any(label.startswith("ACC") for label in labels)
    assert "Check the current requirements" in page.source.text()
    assert "2026: 1.5 h supervision, 6 h CPD" in page.development.totals.text()
    assert page.development.table.rowCount() == 2


def test_the_period_filter_narrows_the_log(page: HoursPage) -> None:
    page.set_period(date(2026, 1, 1), date(2026, 3, 31))
    page.reload()
    assert page.log is not None
    assert page.log.hours == 3.5
    assert page.years.rowCount() == 1


def test_export_csv_writes_the_file(page: HoursPage, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out" / "hours"
    target.parent.mkdir()
    monkeypatch.setattr(file_paths, "ask_save_file", lambda *_a: str(target))
    page.reload()
    written = page.export("csv")
    assert written == target.with_suffix(".csv")
    text = written.read_text(encoding="utf-8-sig")
    assert "Ana Silva" in text
    assert "Ben Okafor" not in text  # no consent: numbered, never named
    assert "Confidential client 1" in text


def test_a_target_inside_the_vault_folder_is_refused(
    page: HoursPage, context: AppContext, monkeypatch
) -> None:
    target = context.folder / "hours.csv"
    warned: list[str] = []
    monkeypatch.setattr(file_paths, "ask_save_file", lambda *_a: str(target))
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, _text, *_a: warned.append(title)
    )
    page.reload()
    assert page.export("csv") is None
    assert not target.exists()
    assert warned == ["Not in the vault folder"]


def test_the_profile_dialog_sets_consent_paid_and_client_type(qtbot, context: AppContext) -> None:
    cid = next(c.id for c in coachees.list_coachees(context.vault) if c.name == "Ben Okafor")
    dialog = ProfileDialog(context, coachees.get_coachee(context.vault, cid))
    qtbot.addWidget(dialog)
    assert not dialog.client.consent.isChecked()
    assert dialog.client.paid.currentData() is False
    dialog.client.consent.setChecked(True)
    dialog.client.paid.setCurrentIndex(dialog.client.paid.findData(True))
    dialog.client.client_type.setCurrentIndex(dialog.client.client_type.findData("internal"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    details = hours.client_details(context.vault, cid)
    assert (details.log_consent, details.default_paid, details.client_type) == (
        True,
        True,
        "internal",
    )


def test_totals_per_month(page: HoursPage) -> None:
    page.set_period(None, date(2026, 6, 30))
    page.reload()
    page.period_kind.setCurrentIndex(page.period_kind.findData("month"))
    months = [page.years.item(r, 0).text() for r in range(page.years.rowCount())]
    assert months == ["2025-05", "2026-02", "2026-03", "2026-04"]


def test_a_development_entry_added_by_the_dialog(qtbot, page: HoursPage, context) -> None:
    page.reload()
    dialog = page.development.add_entry()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "development" in context.drafts.kinds()
    dialog.kind.setCurrentIndex(dialog.kind.findData("supervision"))
    dialog.hours.setValue(2)
    dialog.topic.setText("Contracting")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    topics = [e.topic for e in development.list_entries(context.vault)]
    assert "Contracting" in topics
    assert page.development.table.rowCount() == 3
    assert "2026: 3.5 h supervision, 6 h CPD" in page.development.totals.text()
