"""Help → About Coach Companion: version, what it is, the bundled libraries' licences, GSE.

Everything shown is read where it is kept, never copied here:
- the version from the installed distribution's metadata (``importlib.metadata``), else the
  package's ``__version__`` (a checkout run without installing);
- each bundled library's name, version and licence from its own metadata: the SPDX
  ``License-Expression``, else its licence classifier, else the first line of its ``License``
  field, else the name of the licence file it ships;
- the GSE attribution, citation and licence note from the instrument definition
  (``coach_app/resources/instruments/gse.json``).

Texts are plain (``Qt.PlainText``): a licence field is someone else's text and must never be
read as markup. The app id and icon live in ``ui/app_identity.py``, light enough for the
first window.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import coach_app
from coach_app.instruments.definitions import load_instruments
from coach_app.ui.app_identity import app_icon

DISTRIBUTION = "coach-companion"
GSE_KEY = "gse"

# The libraries the app (and its bundle) carries: each entry lists the distribution names it
# may be installed under, the first one found is shown.
BUNDLED: tuple[tuple[str, ...], ...] = (
    ("PySide6-Essentials", "PySide6"),
    ("shiboken6",),
    ("SQLAlchemy",),
    ("sqlcipher3", "sqlcipher3-binary"),
    ("alembic",),
    ("matplotlib",),
    ("numpy",),
    ("reportlab",),
    ("keyring",),
    ("argon2-cffi",),
    ("cryptography",),
    ("platformdirs",),
    ("zxcvbn",),
)
_CLASSIFIER = "License :: "
_SHORT = 80  # a License field longer than this (or on several lines) is the licence's text


@dataclass(frozen=True)
class LibraryLicence:
    """One bundled library as its metadata describes it."""

    name: str
    version: str
    licence: str


def app_version() -> str:
    """The installed version, or the package's own when it is not installed."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return coach_app.__version__


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    """A metadata field's first value ("" when absent; ``meta[key]`` raises from 3.12 on)."""
    values = meta.get_all(key) or []
    return str(values[0]).strip() if values else ""


def licence_text(meta: metadata.PackageMetadata) -> str:
    """The licence a distribution's metadata states, as one short line ("" when none)."""
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    classifiers = [c for c in (meta.get_all("Classifier") or []) if c.startswith(_CLASSIFIER)]
    if classifiers:
        return "; ".join(c.rsplit(" :: ", 1)[-1] for c in classifiers)
    field = _field(meta, "License")
    if field and "\n" not in field and len(field) <= _SHORT:
        return field
    if field:
        return field.splitlines()[0].strip()
    files = meta.get_all("License-File") or []
    if files:
        return QCoreApplication.translate("AboutDialog", "see its file {name}").format(
            name=", ".join(files)
        )
    return ""


def bundled_licences() -> list[LibraryLicence]:
    """Name, version and licence of each bundled library that is installed."""
    found: list[LibraryLicence] = []
    for names in BUNDLED:
        for name in names:
            try:
                dist = metadata.distribution(name)
            except metadata.PackageNotFoundError:
                continue
            meta = dist.metadata
            licence = licence_text(meta) or QCoreApplication.translate(
                "AboutDialog", "not stated in its metadata"
            )
            found.append(LibraryLicence(_field(meta, "Name") or name, dist.version, licence))
            break
    return found


def gse_attribution() -> tuple[str, str]:
    """The GSE's citation and licence note, as its definition states them."""
    gse = load_instruments()[GSE_KEY]
    return gse.source, gse.licence_note


class AboutDialog(QDialog):
    """The About box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Coach Companion"))
        self.setObjectName("aboutDialog")
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = QVBoxLayout()
        name = self._plain(self.tr("Coach Companion"))
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        name.setFont(font)
        title.addWidget(name)
        self.version_label = self._plain(self.tr("Version {version}").format(version=app_version()))
        title.addWidget(self.version_label)
        self.description_label = self._plain(
            self.tr(
                "An encrypted, offline companion for coaches: session notes, experiments and "
                "honest progress charts. Your notes stay on this computer, encrypted with your "
                "passphrase."
            )
        )
        title.addWidget(self.description_label)
        head.addLayout(title, 1)
        layout.addLayout(head)

        libraries = QGroupBox(self.tr("Libraries it includes"))
        box = QVBoxLayout(libraries)
        box.addWidget(
            self._plain(
                self.tr(
                    "Qt is used through PySide6 under the GNU Lesser General Public License, "
                    "version 3. Each library's licence as its own package states it:"
                )
            )
        )
        self.licence_table = self._licence_table(bundled_licences())
        box.addWidget(self.licence_table)
        layout.addWidget(libraries, 1)

        gse = QGroupBox(self.tr("General Self-Efficacy Scale"))
        gse_box = QVBoxLayout(gse)
        source, note = gse_attribution()
        self.gse_source_label = self._plain(source)
        self.gse_note_label = self._plain(note)
        gse_box.addWidget(self.gse_source_label)
        gse_box.addWidget(self.gse_note_label)
        layout.addWidget(gse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 640)

    @staticmethod
    def _plain(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)  # someone else's text: never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _licence_table(self, rows: list[LibraryLicence]) -> QTableWidget:
        table = QTableWidget(len(rows), 3)
        table.setObjectName("licenceTable")
        table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for row, library in enumerate(rows):
            for column, text in enumerate((library.name, library.version, library.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setAccessibleName(self.tr("Libraries and their licences"))
        return table


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About box (window-modal, not blocking); returns it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
