"""Every user-visible literal goes through a translation function (read from the source).

In ``coach_app/ui/`` a string literal (or f-string) handed straight to a Qt call that shows
text — ``setText``, ``setWindowTitle``, ``QLabel(...)``, ``QMessageBox.warning(...)``,
``addAction``... — fails: it must be ``self.tr(...)`` or ``QCoreApplication.translate(...)``.
Outside ``ui/`` a literal message given to one of our typed errors (``raise NotFound("...")``)
or printed by the CLI (``_out("...")``) fails: it must be ``_("...")`` (``coach_app.i18n``).

Literals without a letter (``"—"``, ``"%"``, ``" "``) and format-only strings (``"{0} – {1}"``)
are not text and pass.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import coach_app
from coach_app import errors

ROOT = Path(coach_app.__file__).resolve().parent

# Qt methods whose string arguments are shown to people (by position; None: every argument).
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setPlaceholderText": (0,),
    "setStatusTip": (0,), "setWhatsThis": (0,), "setTitle": (0,), "setLabelText": (0,),
    "setInformativeText": (0,), "setDetailedText": (0,), "showMessage": (0,),
    "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setSuffix": (0,),
    "setPrefix": (0,), "setSpecialValueText": (0,), "setTabText": (1,), "addTab": (1,),
    "addAction": (0,), "addMenu": (0,), "addRow": (0,), "addItem": (0,), "addItems": None,
    "setHeaderLabels": None, "setHorizontalHeaderLabels": None, "insertItem": (1,),
    "setDefaultSuffix": (), "setNameFilter": (0,), "setWindowIconText": (0,),
    "warning": (1, 2), "information": (1, 2), "question": (1, 2), "critical": (1, 2),
    "getSaveFileName": (1,), "getOpenFileName": (1,), "getExistingDirectory": (1,),
    "getText": (1, 2), "getItem": (1, 2), "addButton": (0,),
}  # fmt: skip
# Widgets whose first string argument is shown.
TEXT_CLASSES = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
    "QToolButton", "QListWidgetItem", "QTreeWidgetItem", "QCommandLinkButton",
}  # fmt: skip
CLI_PRINTERS = {"_out", "_err"}
TRANSLATORS = {"tr", "translate", "_", "ngettext", "N_"}
ERROR_NAMES = {
    name for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, errors.CoachAppError)
}  # fmt: skip


def _is_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        stripped = re.sub(r"\{[^}]*\}|%\w|<[^>]+>|&", "", node.value)
        return bool(re.search(r"[A-Za-z]{2,}", stripped))
    if isinstance(node, ast.JoinedStr):
        return any(_is_text(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):  # "a" + "b", "text %s" % x
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_text(e) for e in node.elts)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _unwrapped_in_call(call: ast.Call, positions: tuple[int, ...] | None) -> list[ast.expr]:
    args = list(call.args)
    chosen = args if positions is None else [args[i] for i in positions if i < len(args)]
    return [a for a in chosen if _is_text(a)]


def ui_violations(path: Path) -> list[str]:
    """``file:line`` of each literal shown by Qt without ``tr``."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TEXT_METHODS:
            bad = _unwrapped_in_call(node, TEXT_METHODS[name])
        elif name in TEXT_CLASSES:
            bad = _unwrapped_in_call(node, (0,))
        else:
            continue
        found.extend(f"{path.relative_to(ROOT.parent)}:{b.lineno}" for b in bad)
    return found


def core_violations(path: Path) -> list[str]:
    """``file:line`` of each typed error built from a bare literal."""
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        # typed errors and the CLI's printers take the text first; storage_error(exc, what)
        # the words after the exception
        position = (
            0 if name in ERROR_NAMES or name in CLI_PRINTERS
            else 1 if name == "storage_error" else None
        )  # fmt: skip
        if position is not None and len(node.args) > position and _is_text(node.args[position]):
            found.append(f"{path.relative_to(ROOT.parent)}:{node.args[position].lineno}")
    return found


def _sources(under: str | None = None, skip: str | None = None) -> list[Path]:
    paths = sorted((ROOT / under if under else ROOT).rglob("*.py"))
    return [
        p for p in paths
        if "migrations" not in p.parts and (skip is None or skip not in p.relative_to(ROOT).parts)
    ]  # fmt: skip


def test_every_literal_the_ui_shows_is_translatable() -> None:
    assert [v for p in _sources("ui") for v in ui_violations(p)] == []


def test_every_error_message_of_the_core_is_translatable() -> None:
    assert [v for p in _sources(skip="ui") for v in core_violations(p)] == []


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    probe = ROOT / "ui" / "_i18n_probe.py"
    probe.write_text(
        "def f(w, box):\n"
        "    w.setText('Saved')\n"
        "    w.setText(w.tr('Saved'))\n"
        "    box.warning(w, 'Title', f'Could not save {w}')\n"
        "    QLabel('—')\n"
        "    raise NotFound('There is no such coachee.')\n",
        "utf-8",
    )
    try:
        assert ui_violations(probe) == [
            "coach_app/ui/_i18n_probe.py:2",
            "coach_app/ui/_i18n_probe.py:4",
            "coach_app/ui/_i18n_probe.py:4",
        ]
        assert core_violations(probe) == ["coach_app/ui/_i18n_probe.py:6"]
    finally:
        probe.unlink()
