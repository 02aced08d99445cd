"""Settings: auto-lock, remember on this computer, session defaults, backups, and the measures.

Two tabs. General: auto-lock, remember on this computer, default template and session length,
the backup folder. Measures: the coach's custom metrics (label, min, max; the key is made from
the label once and kept, so renaming a metric never orphans what was recorded), the item
wording of the structure-only questionnaires (their own dialog, saved at once), and reference
values (SD, reliability and a required published source) per multi-item scale, without which
no chart draws a "within measurement error" band.

Everything except "remember" is stored encrypted in the vault (``services.settings`` and
``services.progress``), so a setting can never say something about a coachee outside the vault.
Save checks the measures before it writes anything: a reference value without its source keeps
the dialog open with the reason. "Remember on this computer" is the OS keyring
(``KeyringStore``); its calls run off the UI thread because a keyring can hang.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.errors import CoachAppError
from coach_app.instruments.definitions import (
    InstrumentDefinitionError,
    custom_instrument,
    custom_key,
    get_instrument,
)
from coach_app.services import progress as progress_service
from coach_app.services import settings as settings_service
from coach_app.ui.assessment_dialog import ItemWordingDialog
from coach_app.ui.context import AppContext
from coach_app.ui.labels import caption, plain_label, set_tone
from coach_app.ui.models import TEMPLATE_NAMES
from coach_app.ui.worker import run_in_background
from coach_app.vault.keyring_store import KeyringStatus, KeyringStore

log = logging.getLogger(__name__)

#: Structure-only questionnaires whose wording the coach enters once per vault.
WORDING_INSTRUMENTS = (
    ("empowerment", "Psychological empowerment (12 items)"),
    ("psych_safety", "Team psychological safety (7 items)"),
)
_SCALE_NAMES = {"gse": "General self-efficacy (GSE)", "psych_safety": "Team psychological safety"}
BAND_NOTE = (
    "A shaded “within measurement error” band appears on a chart only for a scale whose SD and "
    "reliability you enter here from a published source; leave a row empty and no band is drawn."
)


def reference_targets() -> list[tuple[str, str]]:
    """(key, name) of every multi-item scale that may have reference values, in chart order."""
    rows: list[tuple[str, str]] = []
    for key in ("gse", "empowerment", "psych_safety"):
        instrument = get_instrument(key)
        if instrument.subscales:
            rows.extend(
                (f"{key}:{sub.key}", f"{instrument.short_name}: {sub.label}")
                for sub in instrument.subscales
            )
        else:
            rows.append((key, _SCALE_NAMES.get(key, instrument.name)))
    return rows


def _number_box(maximum: float, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, maximum)
    box.setDecimals(3)  # as published; fewer would round a stored value on the next Save
    box.setSingleStep(step)
    box.setSpecialValueText("—")  # 0 = not entered: neither an SD nor a reliability is 0
    return box


class MeasuresTab(QWidget):
    """Custom metrics, questionnaire wording and reference values of this vault.

    Custom metrics and reference values are kept here until ``save()``; the wording has its own
    dialog and is stored when the coach saves it there.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        vault = context.vault
        self._stored_metrics = [
            {"key": m.key, "label": m.label, "min": m.min, "max": m.max}
            for m in progress_service.custom_metrics(vault)
        ]
        self.metrics: list[dict[str, Any]] = [dict(m) for m in self._stored_metrics]
        self._stored_references = {
            key: {"sd": ref.sd, "reliability": ref.reliability, "source": ref.source}
            for key, ref in progress_service.reference_values(vault).items()
        }

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._metrics_box())
        column.addWidget(self._wording_box())
        column.addWidget(self._references_box())
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.error_label = plain_label(tone="error")
        self.error_label.setAccessibleName("Problem with the measures")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        self._fill_metrics()
        self._update_key()

    # ---- custom metrics ------------------------------------------------------------------

    def _metrics_box(self) -> QGroupBox:
        box = QGroupBox("Custom metrics")
        self.metric_list = QTreeWidget()
        self.metric_list.setAccessibleName("Custom metrics")
        self.metric_list.setHeaderLabels(["Metric", "Range", "Key"])
        self.metric_list.setRootIsDecorated(False)
        self.metric_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.metric_list.setMaximumHeight(100)  # a few metrics; it scrolls beyond that
        self.metric_list.currentItemChanged.connect(self._metric_selected)
        self.metric_label = QLineEdit()
        self.metric_label.setAccessibleName("Metric name")
        self.metric_label.setPlaceholderText("e.g. Energy at work")
        self.metric_label.setMaxLength(80)
        self.metric_min = QDoubleSpinBox()
        self.metric_max = QDoubleSpinBox()
        for spin, name, value in ((self.metric_min, "Lowest", 0), (self.metric_max, "Highest", 10)):
            spin.setRange(-100_000, 100_000)
            spin.setDecimals(1)
            spin.setValue(value)
            spin.setAccessibleName(f"{name} value of the metric")
        self.metric_key = caption("")
        self.metric_key.setAccessibleName("Metric key")
        self.add_metric_button = QPushButton("Add metric")
        self.update_metric_button = QPushButton("Update selected")
        self.remove_metric_button = QPushButton("Remove selected")
        self.remove_metric_button.setToolTip(
            "Values already recorded stay in the vault and on the charts."
        )
        for button in (
            self.add_metric_button,
            self.update_metric_button,
            self.remove_metric_button,
        ):
            button.setAutoDefault(False)  # Enter in a field must not trigger them (or Save)
        self.add_metric_button.clicked.connect(self.add_metric)
        self.update_metric_button.clicked.connect(self.update_metric)
        self.remove_metric_button.clicked.connect(self.remove_metric)
        self.metric_label.textChanged.connect(lambda _t: self._update_key())

        fields = QHBoxLayout()
        fields.addWidget(QLabel("Name"))
        fields.addWidget(self.metric_label, 1)
        fields.addWidget(QLabel("from"))
        fields.addWidget(self.metric_min)
        fields.addWidget(QLabel("to"))
        fields.addWidget(self.metric_max)
        buttons = QHBoxLayout()
        buttons.addWidget(self.metric_key, 1)
        buttons.addWidget(self.add_metric_button)
        buttons.addWidget(self.update_metric_button)
        buttons.addWidget(self.remove_metric_button)
        layout = QVBoxLayout(box)
        layout.addWidget(
            caption(
                "Your own single ratings (e.g. energy 1–10), offered under Add assessment and "
                "charted with the other measures."
            )
        )
        layout.addWidget(self.metric_list)
        layout.addLayout(fields)
        layout.addLayout(buttons)
        return box

    def _fill_metrics(self, select: str | None = None) -> None:
        self.metric_list.clear()
        for metric in self.metrics:
            item = QTreeWidgetItem(
                [metric["label"], f"{metric['min']:g} to {metric['max']:g}", metric["key"]]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, metric["key"])
            self.metric_list.addTopLevelItem(item)
            if metric["key"] == select:
                self.metric_list.setCurrentItem(item)
        for column in range(3):
            self.metric_list.resizeColumnToContents(column)
        self._update_buttons()

    def _selected_key(self) -> str | None:
        item = self.metric_list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _metric_selected(self, *_items: object) -> None:
        key = self._selected_key()
        metric = next((m for m in self.metrics if m["key"] == key), None)
        if metric is not None:
            self.metric_label.setText(metric["label"])
            self.metric_min.setValue(metric["min"])
            self.metric_max.setValue(metric["max"])
        self._update_buttons()
        self._update_key()

    def _update_buttons(self) -> None:
        selected = self._selected_key() is not None
        self.update_metric_button.setEnabled(selected)
        self.remove_metric_button.setEnabled(selected)

    def _update_key(self) -> None:
        label = self.metric_label.text().strip()
        if not label:
            self.metric_key.setText("")
            return
        try:
            self.metric_key.setText(f"New key: {custom_key(label)}")
        except InstrumentDefinitionError as exc:
            self.metric_key.setText(str(exc))

    def _checked_metric(self, key: str | None) -> dict[str, Any] | None:
        """The form as a metric (a new key from the label unless ``key``); None if refused."""
        label = self.metric_label.text().strip()
        low, high = self.metric_min.value(), self.metric_max.value()
        try:
            key = key or custom_key(label)
            custom_instrument(key, label, low, high)
        except InstrumentDefinitionError as exc:
            self._error(str(exc), self.metric_label)
            return None
        return {"key": key, "label": label, "min": low, "max": high}

    def add_metric(self) -> bool:
        """Add the metric in the form; its key is made from the name and then kept."""
        metric = self._checked_metric(None)
        if metric is None:
            return False
        if any(m["key"] == metric["key"] for m in self.metrics):
            self._error(
                f"A metric with the key {metric['key']} exists already; choose another name "
                "or select it and press Update.",
                self.metric_label,
            )
            return False
        self.metrics.append(metric)
        self._error("")
        self._fill_metrics(select=metric["key"])
        return True

    def update_metric(self) -> bool:
        """Rename or re-range the selected metric, keeping its key (and so its values)."""
        key = self._selected_key()
        metric = self._checked_metric(key) if key else None
        if metric is None:
            return False
        self.metrics = [metric if m["key"] == key else m for m in self.metrics]
        self._error("")
        self._fill_metrics(select=key)
        return True

    def remove_metric(self) -> None:
        """Stop offering the selected metric (its recorded values stay)."""
        key = self._selected_key()
        self.metrics = [m for m in self.metrics if m["key"] != key]
        self.metric_label.clear()
        self._fill_metrics()

    # ---- wording -------------------------------------------------------------------------

    def _wording_box(self) -> QGroupBox:
        box = QGroupBox("Questionnaire wording")
        grid = QGridLayout(box)
        grid.addWidget(
            caption(
                "These questionnaires ship without their item text: enter it once from your "
                "licensed copy. It is saved when you press “Save wording”."
            ),
            0,
            0,
            1,
            3,
        )
        self.wording_status: dict[str, QLabel] = {}
        self.wording_buttons: dict[str, QPushButton] = {}
        for row, (key, name) in enumerate(WORDING_INSTRUMENTS, start=1):
            status = plain_label(wrap=False, tone="muted")
            button = QPushButton("Edit wording…")
            button.setAutoDefault(False)
            button.setAccessibleName(f"Edit the wording of {name}")
            button.clicked.connect(lambda _checked=False, k=key: self.edit_wording(k))
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(status, row, 1)
            grid.addWidget(button, row, 2)
            self.wording_status[key] = status
            self.wording_buttons[key] = button
        grid.setColumnStretch(1, 1)
        self._update_wording_status()
        return box

    def _update_wording_status(self) -> None:
        vault = self.context.vault
        for key, status in self.wording_status.items():
            entered = progress_service.item_wording(vault, key) is not None
            status.setText("entered" if entered else "not entered yet")

    def edit_wording(self, instrument_key: str) -> None:
        """The wording form of one questionnaire, in its own dialog."""
        dialog = ItemWordingDialog(self.context, instrument_key, self)
        dialog.resize(640, 560)
        dialog.exec()
        dialog.setParent(None)  # type: ignore[call-overload]  # gone with the next event loop turn
        dialog.deleteLater()
        if self.context.is_unlocked:
            self._update_wording_status()

    # ---- reference values ----------------------------------------------------------------

    def _references_box(self) -> QGroupBox:
        box = QGroupBox("Reference values (measurement-error band)")
        grid = QGridLayout(box)
        note = caption(BAND_NOTE)
        grid.addWidget(note, 0, 0, 1, 4)
        for column, title in enumerate(("Scale", "SD", "Reliability", "Published source")):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 1, column)
        self.reference_rows: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox, QLineEdit]] = {}
        self._reference_names: dict[str, str] = {}
        for row, (key, name) in enumerate(reference_targets(), start=2):
            sd = _number_box(1000, 0.1)
            reliability = _number_box(0.999, 0.01)
            source = QLineEdit()
            source.setPlaceholderText("Author (year), table or page")
            source.setMaxLength(300)
            sd.setAccessibleName(f"SD of {name}")
            reliability.setAccessibleName(f"Reliability of {name}")
            source.setAccessibleName(f"Published source of {name}")
            stored = self._stored_references.get(key)
            if stored:
                sd.setValue(stored["sd"] or 0)
                reliability.setValue(stored["reliability"] or 0)
                source.setText(stored["source"] or "")
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(sd, row, 1)
            grid.addWidget(reliability, row, 2)
            grid.addWidget(source, row, 3)
            self.reference_rows[key] = (sd, reliability, source)
            self._reference_names[key] = name
        grid.setColumnStretch(3, 1)
        return box

    def references(self) -> dict[str, dict[str, Any]] | None:
        """The rows filled in, or None (with the reason shown) when one is incomplete."""
        values: dict[str, dict[str, Any]] = {}
        for key, (sd, reliability, source) in self.reference_rows.items():
            entry = {
                "sd": sd.value() or None,
                "reliability": reliability.value() or None,
                "source": source.text().strip() or None,
            }
            if not any(entry.values()):
                continue
            name = self._reference_names[key]
            if entry["sd"] is None:
                self._error(f"Enter the SD of {name}, or clear its row.", sd)
                return None
            if entry["reliability"] is None:
                self._error(f"Enter the reliability of {name}, or clear its row.", reliability)
                return None
            if entry["source"] is None:
                # A value nobody can trace back to a manual would make the band look authoritative.
                self._error(
                    f"Name the published source of the reference values for {name}; without "
                    "it no band is drawn.",
                    source,
                )
                return None
            values[key] = entry
        return values

    # ---- saving --------------------------------------------------------------------------

    def _error(self, text: str, field: QWidget | None = None) -> None:
        self.error_label.setText(text)
        set_tone(self.error_label, "error")
        if field is not None:
            field.setFocus()

    def pending(self) -> tuple[list[dict[str, Any]] | None, dict[str, dict[str, Any]] | None]:
        """(custom metrics, reference values) to write, each None when unchanged.

        Raises:
            ValueError: a reference row is incomplete (the reason is shown already).
        """
        references = self.references()
        if references is None:
            raise ValueError("incomplete reference values")
        metrics = self.metrics if self.metrics != self._stored_metrics else None
        return metrics, (references if references != self._stored_references else None)

    def save(
        self, metrics: list[dict[str, Any]] | None, references: dict[str, dict[str, Any]] | None
    ) -> bool:
        """Write what ``pending()`` found changed; False (with the reason) when refused."""
        vault = self.context.vault
        try:
            if references is not None:
                progress_service.set_reference_values(vault, references)
                self._stored_references = references
            if metrics is not None:
                progress_service.set_custom_metrics(vault, metrics)
                self._stored_metrics = [dict(m) for m in metrics]
        except CoachAppError as exc:
            self._error(exc.message)
            return False
        self._error("")
        return True


class SettingsDialog(QDialog):
    """Edit the vault's settings; ``changed`` carries the new values after Save.

    Args:
        context: the app context (the vault must be open).
        store: the keyring wrapper for this vault folder, or None if it is not known yet.
    """

    changed = Signal(dict)
    notice = Signal(str)
    measures_changed = Signal()  # custom metrics or reference values were saved

    def __init__(
        self,
        context: AppContext,
        store: KeyringStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.store = store
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self._values = settings_service.all_settings(context.vault)
        self._was_remembered = False

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 480)
        self.auto_lock.setSuffix(" min")
        self.auto_lock.setSpecialValueText("Never")
        self.auto_lock.setValue(int(self._values.get("auto_lock_minutes") or 0))
        self.auto_lock.setToolTip("Lock the vault after this much time without a key or click.")
        self.remember = QCheckBox("Remember on this computer")
        self.remember_reason = QLabel()
        self.remember_reason.setWordWrap(True)
        self.remember_reason.hide()
        self.template = QComboBox()
        for key, label in TEMPLATE_NAMES.items():
            self.template.addItem(label, key)
        self.template.setCurrentIndex(
            max(0, self.template.findData(self._values.get("default_template")))
        )
        self.session_minutes = QSpinBox()
        self.session_minutes.setRange(5, 480)
        self.session_minutes.setSingleStep(5)
        self.session_minutes.setSuffix(" min")
        self.session_minutes.setValue(int(self._values.get("default_session_minutes") or 60))
        self.backup_folder = QLineEdit(str(self._values.get("backup_folder") or ""))
        self.backup_folder.setPlaceholderText(f"{context.folder / 'backups'} (default)")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout()
        form.addRow("Lock after idle", self.auto_lock)
        form.addRow("", self.remember)
        form.addRow("", self.remember_reason)
        form.addRow("Default template", self.template)
        form.addRow("Default session length", self.session_minutes)
        form.addRow("Backup folder", folder_row)
        for label, widget in (
            ("Lock after idle, minutes", self.auto_lock),
            ("Default template", self.template),
            ("Default session length, minutes", self.session_minutes),
            ("Backup folder", self.backup_folder),
            ("Remember on this computer", self.remember),
        ):
            widget.setAccessibleName(label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        self.measures = MeasuresTab(context)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Settings sections")
        self.tabs.addTab(general, "&General")
        self.tabs.addTab(self.measures, "&Measures")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        # Tall enough for every reference row without scrolling, where the screen allows it.
        screen = self.screen()
        room = screen.availableGeometry().height() - 80 if screen is not None else 720
        self.resize(780, max(480, min(720, room)))
        self._show_keyring(None if store is None else store.status())

    def _show_keyring(self, status: KeyringStatus | None) -> None:
        store = self.store
        if store is None or status is None or not status.available:
            reason = status.reason if status else "The system keyring has not answered yet."
            self.remember.setEnabled(False)
            self.remember.setChecked(False)
            self.remember.setToolTip(reason)
            self.remember_reason.setText(reason)
            self.remember_reason.show()
            return
        self._was_remembered = store.is_remembered(self.context.vault.vault_id)
        self.remember.setEnabled(True)
        self.remember.setChecked(self._was_remembered)
        self.remember.setToolTip(
            "Keep the vault's key in this computer's keyring; unchecking forgets it."
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Backup folder", self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def values(self) -> dict[str, Any]:
        """The encrypted settings as the form shows them."""
        return {
            "auto_lock_minutes": self.auto_lock.value(),
            "default_template": self.template.currentData(),
            "default_session_minutes": self.session_minutes.value(),
            "backup_folder": self.backup_folder.text().strip(),
        }

    def _save(self) -> None:
        vault = self.context.vault
        new = self.values()
        # The measures are checked before anything is written, so a refused reference value
        # leaves every setting as it was.
        try:
            metrics, references = self.measures.pending()
        except ValueError:
            self.tabs.setCurrentWidget(self.measures)
            return
        try:
            for key, value in new.items():
                if self._values.get(key) != value:
                    settings_service.set_setting(vault, key, value)
        except CoachAppError as exc:
            self.remember_reason.setText(exc.message)
            self.remember_reason.show()
            self.tabs.setCurrentIndex(0)
            return
        self._values.update(new)
        if not self.measures.save(metrics, references):
            self.tabs.setCurrentWidget(self.measures)
            return
        self._apply_remember()
        self.changed.emit(new)
        if metrics is not None or references is not None:
            self.measures_changed.emit()
        self.accept()

    def _apply_remember(self) -> None:
        store = self.store
        if store is None or not self.remember.isEnabled():
            return
        wanted = self.remember.isChecked()
        if wanted == self._was_remembered:
            return
        vault = self.context.vault
        vault_id = vault.vault_id
        notice = self.notice

        def failed(exc: BaseException) -> None:
            text = exc.message if isinstance(exc, CoachAppError) else type(exc).__name__
            notice.emit(f"The keyring did not do it: {text}")

        if wanted:
            key = vault.data_key()
            run_in_background(
                lambda: store.remember(vault_id, key),
                lambda _r: notice.emit("The key is remembered on this computer."),
                failed,
                self.parent() or self,
            )
        else:
            run_in_background(
                lambda: store.forget(vault_id),
                lambda _r: notice.emit("The remembered key was removed from this computer."),
                failed,
                self.parent() or self,
            )
