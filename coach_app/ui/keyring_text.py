"""The one sentence both the unlock screen and Settings give when "remember" is not possible.

Two screens used to explain a missing keyring in their own words, and Settings could say "has
not answered yet" about a backend that never will. Both now ask this module, so the coach reads
the same reason in both places: the reason the keyring wrapper gives (``KeyStoreStatus.reason``),
or, when the keyring could not even be asked, that it did not answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the unlock screen shows this before the services are loaded
    from coach_app.services.access import KeyStoreStatus

# The translation context "KeyringText" is written out in every call: pyside6-lupdate extracts a
# translate() call only when both its arguments are literals.


def keyring_unavailable_text(status: KeyStoreStatus | None) -> str:
    """Why "remember on this computer" is not available here (``status`` None: no answer)."""
    if status is None or not status.reason:
        reason = QCoreApplication.translate("KeyringText", "the system keyring did not answer.")
    else:
        reason = status.reason
    return QCoreApplication.translate(
        "KeyringText", "Remembering the key is not available here: {reason}"
    ).format(reason=reason)
