"""The Measures tab of the settings: custom metrics, questionnaire wording, reference values.

Custom metrics have a label, a lowest and a highest value; the key is made from the label once
and kept, so renaming a metric never orphans what was recorded. The structure-only
questionnaires get their item wording in their own dialog, saved there at once. Reference values
(SD, reliability and a required published source) per multi-item scale are what a chart needs
to draw a "within measurement error" band; without them no band is drawn.

The tab keeps metrics and reference values until the settings dialog saves: ``pending()`` checks
them (showing the reason when refused) and ``write(vault, ...)`` stores them inside the
dialog's one change. Everything is stored encrypted in the vault
(``services.instrument_settings``). ``draft_state()`` / ``restore_draft()`` keep what was
typed and not saved through a lock (``ui/drafts.py``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach_app.instruments.definitions import (
    InstrumentDefinitionError,
    custom_instrument,
    custom_key,
    get_instrument,
)
from coach_app.services import instrument_settings
from coach_app.services.access import OpenVault
from coach_app.ui.assessment_dialog import ItemWordingDialog
from coach_app.ui.context import AppContext
from coach_app.ui.labels import caption, plain_label, set_tone

Metric = dict[str, Any]  # {"key", "label", "min", "max"}
Reference = dict[str, Any]  # {"sd", "reliability", "source"}


def wording_instruments() -> tuple[tuple[str, str], ...]:
    """(key, name) of the structure-only questionnaires whose wording the coach enters once."""
    return (
        (
            "empowerment",
            QCoreApplication.translate("MeasuresTab", "Psychological empowerment (12 items)"),
        ),
        (
            "psych_safety",
            QCoreApplication.translate("MeasuresTab", "Team psychological safety (7 items)"),
        ),
    )


def reference_targets() -> list[tuple[str, str]]:
    """(key, name) of every multi-item scale that may have reference values, in chart order."""
    scale_names = {
        "gse": QCoreApplication.translate("MeasuresTab", "General self-efficacy (GSE)"),
        "psych_safety": QCoreApplication.translate("MeasuresTab", "Team psychological safety"),
    }
    rows: list[tuple[str, str]] = []
    for key in ("gse", "empowerment", "psych_safety"):
        instrument = get_instrument(key)
        if instrument.subscales:
            rows.extend(
                (f"{key}:{sub.key}", f"{instrument.short_name}: {sub.label}")
                for sub in instrument.subscales
            )
        else:
            rows.append((key, scale_names.get(key, instrument.name)))
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

    Custom metrics and reference values are kept here until the dialog saves; the wording has
    its own dialog and is stored when the coach saves it there.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        vault = context.vault
        self._stored_metrics: list[Metric] = [
            {"key": m.key, "label": m.label, "min": m.min, "max": m.max}
            for m in instrument_settings.custom_metrics(vault)
        ]
        self.metrics: list[Metric] = [dict(m) for m in self._stored_metrics]
        self._stored_references: dict[str, Reference] = {
            key: {"sd": ref.sd, "reliability": ref.reliability, "source": ref.source}
            for key, ref in instrument_settings.reference_values(vault).items()
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
        self.error_label.setAccessibleName(self.tr("Problem with the measures"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        self._fill_metrics()
        self._update_key()

    # ---- custom metrics ------------------------------------------------------------------

    def _metrics_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Custom metrics"))
        self.metric_list = QTreeWidget()
        self.metric_list.setAccessibleName(self.tr("Custom metrics"))
        self.metric_list.setHeaderLabels([self.tr("Metric"), self.tr("Range"), self.tr("Key")])
        self.metric_list.setRootIsDecorated(False)
        self.metric_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.metric_list.setMaximumHeight(100)  # a few metrics; it scrolls beyond that
        self.metric_list.currentItemChanged.connect(self._metric_selected)
        self.metric_label = QLineEdit()
        self.metric_label.setAccessibleName(self.tr("Metric name"))
        self.metric_label.setPlaceholderText(self.tr("e.g. Energy at work"))
        self.metric_label.setMaxLength(80)
        self.metric_min = QDoubleSpinBox()
        self.metric_max = QDoubleSpinBox()
        for spin, name, value in (
            (self.metric_min, self.tr("Lowest value of the metric"), 0),
            (self.metric_max, self.tr("Highest value of the metric"), 10),
        ):
            spin.setRange(-100_000, 100_000)
            spin.setDecimals(1)
            spin.setValue(value)
            spin.setAccessibleName(name)
        self.metric_key = caption("")
        self.metric_key.setAccessibleName(self.tr("Metric key"))
        self.add_metric_button = QPushButton(self.tr("Add metric"))
        self.update_metric_button = QPushButton(self.tr("Update selected"))
        self.remove_metric_button = QPushButton(self.tr("Remove selected"))
        self.remove_metric_button.setToolTip(
            self.tr("Values already recorded stay in the vault and on the charts.")
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
        fields.addWidget(QLabel(self.tr("Name")))
        fields.addWidget(self.metric_label, 1)
        fields.addWidget(QLabel(self.tr("from")))
        fields.addWidget(self.metric_min)
        fields.addWidget(QLabel(self.tr("to")))
        fields.addWidget(self.metric_max)
        buttons = QHBoxLayout()
        buttons.addWidget(self.metric_key, 1)
        buttons.addWidget(self.add_metric_button)
        buttons.addWidget(self.update_metric_button)
        buttons.addWidget(self.remove_metric_button)
        layout = QVBoxLayout(box)
        layout.addWidget(
            caption(
                self.tr(
                    "Your own single ratings (e.g. energy 1–10), offered under Add assessment "
                    "and charted with the other measures."
                )
            )
        )
        layout.addWidget(self.metric_list)
        layout.addLayout(fields)
        layout.addLayout(buttons)
        return box

    def _fill_metrics(self, select: str | None = None) -> None:
        self.metric_list.clear()
        for metric in self.metrics:
            span = self.tr("{low} to {high}").format(
                low=format(metric["min"], "g"), high=format(metric["max"], "g")
            )
            item = QTreeWidgetItem([metric["label"], span, metric["key"]])
            item.setData(0, Qt.ItemDataRole.UserRole, metric["key"])
            self.metric_list.addTopLevelItem(item)
            if metric["key"] == select:
                self.metric_list.setCurrentItem(item)
        for column in range(3):
            self.metric_list.resizeColumnToContents(column)
        self._update_buttons()

    def _selected_key(self) -> str | None:
        item = self.metric_list.currentItem()
        if item is None:
            return None
        key = item.data(0, Qt.ItemDataRole.UserRole)
        return key if isinstance(key, str) else None

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
            self.metric_key.setText(self.tr("New key: {key}").format(key=custom_key(label)))
        except InstrumentDefinitionError as exc:
            self.metric_key.setText(str(exc))

    def _checked_metric(self, key: str | None) -> Metric | None:
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
                self.tr(
                    "A metric with the key {key} exists already; choose another name or select "
                    "it and press Update."
                ).format(key=metric["key"]),
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
        box = QGroupBox(self.tr("Questionnaire wording"))
        grid = QGridLayout(box)
        grid.addWidget(
            caption(
                self.tr(
                    "These questionnaires ship without their item text: enter it once from your "
                    "licensed copy. It is saved when you press “Save wording”."
                )
            ),
            0,
            0,
            1,
            3,
        )
        self.wording_status: dict[str, QLabel] = {}
        self.wording_buttons: dict[str, QPushButton] = {}
        for row, (key, name) in enumerate(wording_instruments(), start=1):
            status = plain_label(wrap=False, tone="muted")
            button = QPushButton(self.tr("Edit wording…"))
            button.setAutoDefault(False)
            button.setAccessibleName(self.tr("Edit the wording of {name}").format(name=name))
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
            entered = instrument_settings.item_wording(vault, key) is not None
            status.setText(self.tr("entered") if entered else self.tr("not entered yet"))

    def edit_wording(self, instrument_key: str) -> None:
        """The wording form of one questionnaire, in its own dialog."""
        dialog = ItemWordingDialog(self.context, instrument_key, self)
        dialog.resize(640, 560)
        dialog.exec()
        dialog.setParent(None)  # gone with the next event loop turn
        dialog.deleteLater()
        if self.context.is_unlocked:
            self._update_wording_status()

    # ---- reference values ----------------------------------------------------------------

    def _references_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reference values (measurement-error band)"))
        grid = QGridLayout(box)
        note = caption(
            self.tr(
                "A shaded “within measurement error” band appears on a chart only for a scale "
                "whose SD and reliability you enter here from a published source; leave a row "
                "empty and no band is drawn."
            )
        )
        grid.addWidget(note, 0, 0, 1, 4)
        titles = (
            self.tr("Scale"),
            self.tr("SD"),
            self.tr("Reliability"),
            self.tr("Published source"),
        )
        for column, title in enumerate(titles):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 1, column)
        self.reference_rows: dict[str, tuple[QDoubleSpinBox, QDoubleSpinBox, QLineEdit]] = {}
        self._reference_names: dict[str, str] = {}
        for row, (key, name) in enumerate(reference_targets(), start=2):
            sd = _number_box(1000, 0.1)
            reliability = _number_box(0.999, 0.01)
            source = QLineEdit()
            source.setPlaceholderText(self.tr("Author (year), table or page"))
            source.setMaxLength(300)
            sd.setAccessibleName(self.tr("SD of {name}").format(name=name))
            reliability.setAccessibleName(self.tr("Reliability of {name}").format(name=name))
            source.setAccessibleName(self.tr("Published source of {name}").format(name=name))
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

    def references(self) -> dict[str, Reference] | None:
        """The rows filled in, or None (with the reason shown) when one is incomplete."""
        values: dict[str, Reference] = {}
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
                self._error(
                    self.tr("Enter the SD of {name}, or clear its row.").format(name=name), sd
                )
                return None
            if entry["reliability"] is None:
                self._error(
                    self.tr("Enter the reliability of {name}, or clear its row.").format(name=name),
                    reliability,
                )
                return None
            if entry["source"] is None:
                # A value nobody can trace back to a manual would make the band look authoritative.
                self._error(
                    self.tr(
                        "Name the published source of the reference values for {name}; without "
                        "it no band is drawn."
                    ).format(name=name),
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

    def show_error(self, text: str) -> None:
        """Say why the measures were not stored (empty clears it)."""
        self._error(text)

    def pending(self) -> tuple[list[Metric] | None, dict[str, Reference] | None]:
        """(custom metrics, reference values) to write, each None when unchanged.

        Raises:
            ValueError: a reference row is incomplete (the reason is shown already).
        """
        references = self.references()
        if references is None:
            raise ValueError("incomplete reference values")
        metrics = self.metrics if self.metrics != self._stored_metrics else None
        return metrics, (references if references != self._stored_references else None)

    def write(
        self,
        vault: OpenVault,
        metrics: list[Metric] | None,
        references: dict[str, Reference] | None,
    ) -> None:
        """Store what ``pending()`` found changed (inside the dialog's change; no widget use)."""
        if references is not None:
            instrument_settings.set_reference_values(vault, references)
        if metrics is not None:
            instrument_settings.set_custom_metrics(vault, metrics)

    # ---- through a lock ------------------------------------------------------------------

    def draft_state(self) -> dict[str, object]:
        """Metrics, the metric form and the reference rows as they are now, JSON-able."""
        return {
            "metrics": [dict(m) for m in self.metrics],
            "selected": self._selected_key(),
            "metric_label": self.metric_label.text(),
            "metric_min": self.metric_min.value(),
            "metric_max": self.metric_max.value(),
            "references": {
                key: [sd.value(), reliability.value(), source.text()]
                for key, (sd, reliability, source) in self.reference_rows.items()
            },
        }

    def restore_draft(self, state: dict[str, object]) -> None:
        """Show what ``draft_state`` kept."""
        metrics = state.get("metrics")
        if isinstance(metrics, list):
            self.metrics = [dict(m) for m in metrics if isinstance(m, dict)]
        selected = state.get("selected")
        self._fill_metrics(select=selected if isinstance(selected, str) else None)
        label = state.get("metric_label")
        self.metric_label.setText(label if isinstance(label, str) else "")
        for spin, name in ((self.metric_min, "metric_min"), (self.metric_max, "metric_max")):
            value = state.get(name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                spin.setValue(float(value))
        references = state.get("references")
        rows = references if isinstance(references, dict) else {}
        for key, (sd, reliability, source) in self.reference_rows.items():
            row = rows.get(key)
            if not (isinstance(row, list) and len(row) == 3):
                continue
            sd.setValue(float(row[0]) if isinstance(row[0], int | float) else 0.0)
            reliability.setValue(float(row[1]) if isinstance(row[1], int | float) else 0.0)
            source.setText(row[2] if isinstance(row[2], str) else "")

    def mark_stored(
        self, metrics: list[Metric] | None, references: dict[str, Reference] | None
    ) -> None:
        """Remember what was written, so the next Save only writes what changes after it."""
        if references is not None:
            self._stored_references = references
        if metrics is not None:
            self._stored_metrics = [dict(m) for m in metrics]
        self._error("")
