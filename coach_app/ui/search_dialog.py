"""Search everything (Ctrl+K): results as you type, grouped by coachee, Enter opens the hit.

The query goes to ``services.search.search`` with control-character highlight markers, which
cannot occur in stored text; ``session_models.marked_to_html`` turns them into <b> and escapes
everything else, so a note containing ``<script>`` or ``<img>`` is shown as typed.

The search runs through ``context.ops.run_query`` (off the UI thread), so a large vault never
stalls typing; an answer to an older query, or one arriving after the dialog closed or the vault
locked, is dropped, so nothing lingers in a hidden dialog.

Arrow keys in the query box move through the results; Enter opens the hit in place: a session
hit asks for the session (``open_session``), a group or round hit for the group's page
(``open_groups``), any other hit for its coachee (``open_coachee``),
then the dialog closes; Enter while a search is still running opens the best hit once it is
there. Queries are never logged.

The "Marks" box lists marks of one kind (insights, quotes, actions, experiments:
``services.search.search_marks``), all of them or those holding the words typed; typing
``mark:insight`` in the query does the same.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coach_app import marks
from coach_app.errors import CoachAppError, VaultLocked
from coach_app.services import search
from coach_app.services.records import SearchHit
from coach_app.ui import search_focus
from coach_app.ui.context import AppContext
from coach_app.ui.errors import show_error
from coach_app.ui.labels import caption, counted, set_tone
from coach_app.ui.session_models import HTML_ROLE, SearchResultsModel

DEBOUNCE_MS = 150
RESULT_LIMIT = 100
_NAVIGATION_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


class RichTextDelegate(QStyledItemDelegate):
    """Draws a row's ``HTML_ROLE`` text (escaped by the model) with the view's palette."""

    MARGIN = 5

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(self.MARGIN)
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(HTML_ROLE) or ""))
        width = option.rect.width()
        if width > 0:
            document.setTextWidth(width)
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Background and selection from the style, then the rich text on top."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = self._document(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        rect = opt.rect
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as the wrapped text."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        document = self._document(opt, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchDialog(QDialog):
    """Ctrl+K search over profiles, sessions, experiments and goals.

    Signals:
        searched: the answer to the latest query is shown (results, "no results" or a message).
    """

    searched = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0  # bumped by every search, close and lock: older answers are dropped
        self._searching = False
        self._open_when_found = False  # Enter came while the search was still running
        self.setWindowTitle(self.tr("Search"))
        self.resize(760, 560)

        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(
            self.tr("Search notes, experiments, goals and coachees…")
        )
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.textChanged.connect(self._query_changed)
        self.query_edit.installEventFilter(self)
        self.mark_combo = QComboBox()
        self.mark_combo.setAccessibleName(self.tr("Marks"))
        self.mark_combo.addItem(self.tr("Everything"), "")
        for kind in marks.KINDS:
            self.mark_combo.addItem(
                self.tr("{sign} {kind} marks").format(sign=kind.sign, kind=kind.label), kind.key
            )
        self.mark_combo.currentIndexChanged.connect(lambda _i: self.run_search())

        self.model = SearchResultsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setIndentation(16)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setItemDelegate(RichTextDelegate(self.tree))
        self.tree.activated.connect(self.open_index)
        self.tree.installEventFilter(self)

        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Search state"))
        set_tone(self.state_label, "muted")

        layout = QVBoxLayout(self)
        query_row = QHBoxLayout()
        query_row.addWidget(self.query_edit, 1)
        query_row.addWidget(self.mark_combo)
        layout.addLayout(query_row)
        layout.addWidget(self.state_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(caption(self.tr("↑ ↓ move · Enter opens · Esc closes")))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)

        context.signals.vault_locked.connect(self._on_locked)
        self._show_state(self._idle_text())
        self.query_edit.setFocus()

    @property
    def busy(self) -> bool:
        """Whether a search is due or running (its answer is not shown yet)."""
        return self._timer.isActive() or self._searching

    def _idle_text(self) -> str:
        return self.tr("Type to search everything in the vault.")

    # ---- searching --------------------------------------------------------------------------

    def _query_changed(self, _text: str) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Search for what is in the box now, in the background (the debounce timer calls this)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        query = self.query_edit.text()
        mark_kind = self.mark_combo.currentData() or None
        if mark_kind is None and not search.match_expression(query):
            self._searching = self._open_when_found = False
            self.model.clear()
            self._show_state(self._idle_text())
            self.searched.emit()
            return
        self._searching = True
        highlight = (search.HIGHLIGHT_OPEN, search.HIGHLIGHT_CLOSE)
        self._context.ops.run_query(
            lambda vault: (
                search.search_marks(
                    vault, mark_kind, query, limit=RESULT_LIMIT, highlight=highlight
                )
                if mark_kind
                else search.search(vault, query, limit=RESULT_LIMIT, highlight=highlight)
            ),
            on_success=lambda hits: self._found(generation, query, hits),
            on_failure=lambda exc: self._failed(generation, exc),
            label=self.tr("Searching"),
            parent=self,
        )

    def _found(self, generation: int, query: str, hits: list[SearchHit]) -> None:
        # An answer to an older query, or to one asked before a close or a lock: drop it.
        if generation != self._generation:
            return
        self._searching = False
        self.model.set_hits(hits)
        self.tree.expandAll()
        if hits:
            count, groups = self.model.hit_count, self.model.rowCount()
            text = self.tr("{results} for {coachees}").format(
                results=counted(self.tr("%n result(s)", "", count), count),
                coachees=counted(self.tr("%n coachee(s)", "", groups), groups),
            )
            if count >= RESULT_LIMIT:
                text += self.tr(" (showing the best ones)")
            self._show_state(text)
            self.tree.setCurrentIndex(self.model.first_hit_index())
        else:
            text = self.tr("No results for “{query}”.").format(query=query.strip())
            if search.ends_in_a_short_word(query):
                # "co" is searched as the word "co": say why "confidence" is not found yet.
                text += " " + self.tr("From three letters on, a word is also found by its start.")
            self._show_state(text)
        self.searched.emit()
        if self._open_when_found:
            self._open_when_found = False
            self.open_index(self.tree.currentIndex())

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._searching = self._open_when_found = False
        if isinstance(exc, VaultLocked):
            return  # the lock empties and closes the dialog
        self.model.clear()
        if isinstance(exc, CoachAppError):
            self._show_state(exc.message)  # e.g. a query the index cannot read
        else:
            self._show_state("")
            show_error(self, exc)
        self.searched.emit()

    def _show_state(self, text: str) -> None:
        self.state_label.setText(text)

    # ---- opening ----------------------------------------------------------------------------

    def open_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Open a hit (its session, or its coachee) or a coachee row, then close."""
        if not index.isValid():
            return
        hit = self.model.hit_at(index)
        coachee_id = self.model.coachee_id_at(index)
        if coachee_id is None:
            return
        if hit is not None and hit.kind == "session":
            # The session opens read-only with the found words highlighted (ui/search_focus).
            terms = search_focus.found_terms(hit.snippet, self.query_edit.text())
            search_focus.remember(self._context, hit.owner_id, terms)
            self._context.nav.open_session(coachee_id, hit.owner_id)
        elif hit is not None and hit.group_id:
            # A group or a round belongs to the group's page, even when a coachee brought the case.
            self._context.nav.open_groups(hit.group_id)
        else:
            self._context.nav.open_coachee(coachee_id)
        self.accept()

    def open_current(self) -> None:
        """Open the highlighted result, if there is one (once found, if a search is due)."""
        if self.busy:
            self._open_when_found = True
            if self._timer.isActive():
                self.run_search()
            return
        self.open_index(self.tree.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrows in the query box move the results; Enter anywhere opens the current one."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in (self.query_edit, self.tree):
            self.open_current()
            return True
        if watched is self.query_edit and key in _NAVIGATION_KEYS and self.model.rowCount():
            # A copy, sent to the tree: the caret stays in the box, so typing goes on.
            copy = QKeyEvent(QEvent.Type.KeyPress, key, event.modifiers())
            QCoreApplication.sendEvent(self.tree, copy)
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        """Every opening starts in the query box (the dialog may be kept and reopened)."""
        super().showEvent(event)
        self.query_edit.setFocus()
        self.query_edit.selectAll()

    # ---- privacy ----------------------------------------------------------------------------

    def _on_locked(self) -> None:
        self._forget_pending()
        self.query_edit.clear()
        self.model.clear()
        self.reject()

    def done(self, result: int) -> None:
        """Closing forgets the query and the results: nothing lingers in a hidden dialog."""
        self._forget_pending()
        super().done(result)
        self.model.clear()
        self.query_edit.blockSignals(True)
        self.query_edit.clear()
        self.query_edit.blockSignals(False)
        self._show_state(self._idle_text())

    def _forget_pending(self) -> None:
        # A search still running answers into the void: its generation is gone.
        self._timer.stop()
        self._generation += 1
        self._searching = self._open_when_found = False
