"""Whether a folder holds a vault, answered without loading the vault's code.

The unlock screen picks its first page (unlock, or create a vault) before it is first painted,
when nothing of the vault layer is loaded yet: ``services.access.has_vault`` would bring in
SQLAlchemy and SQLCipher just to look for one file, and the issue-13 start-up target keeps them
off the way to the first window. The name is the vault's own key header
(``vault/header.py``, ``HEADER_NAME``); ``tests/ui/test_vault_probe.py`` checks that this
answer and the service's agree, so a renamed header cannot slip past.
"""

from __future__ import annotations

from pathlib import Path

#: The key header every vault folder holds (the vault layer's ``HEADER_NAME``).
HEADER_FILE = "vault.json"


def has_vault(folder: Path) -> bool:
    """Whether ``folder`` holds a vault (its key header), like ``services.access.has_vault``."""
    return (folder / HEADER_FILE).exists()
