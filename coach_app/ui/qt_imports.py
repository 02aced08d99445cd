"""Keep PySide6 from reading the source of every module imported after it.

PySide6 replaces Python's ``__import__`` to offer its opt-in ``from __feature__ import ...``
(snake_case names, true properties), chosen per module. To know which modules might opt in,
it runs ``inspect.getsource`` on every module imported after it and looks for the word
"PySide6" in the text. That reads and splits the source of SQLAlchemy, matplotlib, NumPy and
the app (several hundred files) into ``linecache``, which keeps them for the life of the
process: measured here, about 40 MB of resident memory and a second of start-up on a slow
machine, for a feature this app never uses.

:func:`answer_without_reading_sources` gives PySide the same answer from the module's
namespace instead: a module that imported anything from PySide6 or shiboken6 "uses PySide".
Modules that opt into a feature are registered by PySide's own ``__feature__`` import, which
is untouched. If a later PySide has no such check, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Final

#: The module of PySide's feature machinery (embedded in shiboken6, importable once PySide6 is).
_FEATURE_MODULE: Final = "shibokensupport.feature"
#: Where the check lives in that module (PySide6 6.x).
_CHECK: Final = "_mod_uses_pyside"
_QT_PACKAGES: Final = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """Whether ``module`` imported anything from PySide6 or shiboken6 (names, not source)."""
    for value in list(vars(module).values()):
        if isinstance(value, ModuleType):
            name = value.__name__
        else:
            name = getattr(value, "__module__", None) or ""
            if not isinstance(name, str):
                continue
        if name.startswith(_QT_PACKAGES):
            return True
    return False


def answer_without_reading_sources() -> bool:
    """Replace PySide's source-reading check; whether it was found (and so replaced)."""
    import PySide6.QtCore  # noqa: F401, PLC0415 - installs the feature machinery

    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _CHECK, None)):
        return False
    setattr(feature, _CHECK, uses_pyside)
    return True
