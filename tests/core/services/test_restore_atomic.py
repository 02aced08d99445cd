"""A restore is one atomic switch: killed at any moment, the next open finds the old vault or the
restored one, complete, and no leftover of the restore.

A child Python runs ``maintenance.restore`` with ``os.replace``, ``os.rename``, ``os.unlink`` and
``os.rmdir`` wrapped so that it SIGKILLs itself just before the Nth of those calls; N goes over
every call a full restore makes (and one past the last). After each kill the parent opens the
vault the way the app does and checks that it holds exactly the old content or exactly the
backup's (names, row counts and a marker word in a note), never a mix, never unopenable, that the
open left no temporary path behind, and that once a kill point lands on the restored vault every
later one does too (the switch has one commit point).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path

import pytest

from coach_app.errors import StorageError, VaultNotFound
from coach_app.services import coachees, maintenance, search, sessions
from coach_app.vault import switch
from coach_app.vault.engine import DB_NAME
from coach_app.vault.header import HEADER_NAME
from coach_app.vault.leftovers import clean_leftovers, find_leftovers
from coach_app.vault.vault import Vault, vault_exists
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.helpers.vault_files import run_python

CHILD = r"""
import hashlib
import json
import os
import signal
import sys
from pathlib import Path

from coach_app.services import maintenance

folder, backup, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
kill_at = int(sys.argv[4])
calls = 0


def arm(name):
    real = getattr(os, name)

    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        if calls == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(os, name, wrapper)


for name in ("replace", "rename", "unlink", "rmdir"):
    arm(name)
maintenance.restore(folder, backup, passphrase)
print("calls", calls, flush=True)
"""

OLD_MARKER = "oldkingfisher"
NEW_MARKER = "newheron"


@dataclass(frozen=True)
class Content:
    """What a test can tell two vaults apart by."""

    names: frozenset[str]
    counts: tuple[tuple[str, int], ...]
    markers: frozenset[str]


def _fill(vault: Vault, names: list[str], marker: str) -> None:
    ids = [coachees.create_coachee(vault, name=n).id for n in names]
    sessions.create_session(vault, ids[0], template="grow", notes=f"we spoke of {marker}")


def _content(vault: Vault) -> Content:
    return Content(
        names=frozenset(c.name for c in coachees.list_coachees(vault)),
        counts=tuple(sorted(vault.counts().items())),
        markers=frozenset(m for m in (OLD_MARKER, NEW_MARKER) if search.search(vault, m)),
    )


def _open_content(folder: Path) -> Content:
    with Vault.unlock(folder, PASSPHRASE) as opened:
        assert opened.integrity_problems() == []
        return _content(opened)


@dataclass(frozen=True)
class Setup:
    template: Path | None  # the folder before the restore (None: it does not exist)
    backup: Path
    old: Content | None
    new: Content


def _another_vault(tmp: Path) -> Setup:
    """The folder holds one vault, the backup is of another (another data key, same passphrase)."""
    other, _ = Vault.create(tmp / "other", PASSPHRASE, FAST_KDF)
    _fill(other, ["Xena Nova", "Yuri Nova"], NEW_MARKER)
    new = _content(other)
    backup = maintenance.backup(other, tmp)
    other.close()
    current, _ = Vault.create(tmp / "template", PASSPHRASE, FAST_KDF)
    _fill(current, ["Ada Olde", "Ben Olde", "Cyd Olde"], OLD_MARKER)
    old = _content(current)
    current.close()
    return Setup(tmp / "template", backup, old, new)


def _same_vault(tmp: Path) -> Setup:
    """The backup is of this vault, earlier: both key headers are the same bytes."""
    current, _ = Vault.create(tmp / "template", PASSPHRASE, FAST_KDF)
    _fill(current, ["Ada Olde", "Ben Olde"], NEW_MARKER)
    new = _content(current)
    backup = maintenance.backup(current, tmp)
    _fill(current, ["Cyd Later"], OLD_MARKER)
    old = _content(current)
    current.close()
    return Setup(tmp / "template", backup, old, new)


def _empty_folder(tmp: Path) -> Setup:
    """Restoring into a folder with no vault yet."""
    other, _ = Vault.create(tmp / "other", PASSPHRASE, FAST_KDF)
    _fill(other, ["Xena Nova", "Yuri Nova"], NEW_MARKER)
    new = _content(other)
    backup = maintenance.backup(other, tmp)
    other.close()
    return Setup(None, backup, None, new)


def _restore_killed_at(setup: Setup, folder: Path, kill_at: int) -> int | None:
    """Run the restore in a child killed before call ``kill_at``; its call count if it finished."""
    if setup.template is not None:
        shutil.copytree(setup.template, folder)
    proc = run_python(CHILD, str(folder), str(setup.backup), PASSPHRASE, str(kill_at))
    if proc.returncode == -signal.SIGKILL:
        return None
    assert proc.returncode == 0, proc.stderr[-3000:]
    return int(proc.stdout.split()[-1])


def _outcome(setup: Setup, folder: Path, context: str) -> str:
    """Open the folder after a kill: "old", "new" or "none" (an empty folder stayed empty)."""
    if setup.old is None and not vault_exists(folder):
        # Nothing was there before, so "nothing" is the old state: but no half vault either.
        assert not (folder / DB_NAME).exists(), context
        with pytest.raises(VaultNotFound):
            Vault.unlock(folder, PASSPHRASE)
        clean_leftovers(folder)  # what the next restore into it does first
        assert find_leftovers(folder) == [], context
        return "none"
    found = _open_content(folder)
    assert find_leftovers(folder) == [], context
    assert not list(folder.glob(".restore-*")), context
    if found == setup.new:
        return "new"
    assert found == setup.old, f"{context}: neither the old nor the restored vault: {found}"
    return "old"


@pytest.mark.slow
@pytest.mark.parametrize("make", [_another_vault, _same_vault, _empty_folder])
def test_a_restore_killed_at_any_step_leaves_the_old_or_the_new_vault(
    make: object, tmp_path: Path
) -> None:
    assert callable(make)
    setup: Setup = make(tmp_path)
    total = _restore_killed_at(setup, tmp_path / "dry run", 0)
    assert total is not None and total > 5
    assert _outcome(setup, tmp_path / "dry run", "no kill") == "new"

    outcomes: list[str] = []
    for kill_at in range(1, total + 2):
        folder = tmp_path / f"killed at {kill_at}"
        ran_out = _restore_killed_at(setup, folder, kill_at)
        assert (ran_out is None) == (kill_at <= total), kill_at
        outcomes.append(_outcome(setup, folder, f"killed before call {kill_at} of {total}"))
        shutil.rmtree(folder)

    # One commit point: the old state up to it, the restored vault from it on.
    first_new = outcomes.index("new")
    before = "none" if setup.old is None else "old"
    assert outcomes == [before] * first_new + ["new"] * (len(outcomes) - first_new), outcomes
    assert first_new > 0, outcomes


# ---- a step of the switch that fails (disk error) rolls back in the restoring process itself --


@pytest.mark.parametrize("failing", [1, 2, 3])
def test_a_switch_step_that_fails_rolls_back_at_once(
    failing: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = _another_vault(tmp_path)
    assert setup.template is not None
    folder = tmp_path / "vault"
    shutil.copytree(setup.template, folder)
    real_switch = switch.switch
    real_replace = os.replace

    def failing_switch(live: Path, stage: Path) -> None:
        seen = 0

        def replace(src: object, dst: object) -> None:
            nonlocal seen
            # Only the moves of the vault's files count, not the journal's atomic write.
            if Path(str(dst)).name in (*switch.DB_FILES, HEADER_NAME):
                seen += 1
                if seen == failing:
                    raise OSError(5, "Input/output error")
            real_replace(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "replace", replace)
        try:
            real_switch(live, stage)
        finally:
            monkeypatch.setattr(os, "replace", real_replace)

    monkeypatch.setattr(switch, "switch", failing_switch)
    with pytest.raises(StorageError):
        maintenance.restore(folder, setup.backup, PASSPHRASE)
    assert not list(folder.glob(".restore-*"))  # undone and cleaned by the restore itself
    assert _open_content(folder) == setup.old


def test_a_cleanup_cut_short_never_carries_the_live_database_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed while deleting a rolled-back staging folder, the next open settles it again."""
    setup = _another_vault(tmp_path)
    assert setup.template is not None
    folder = tmp_path / "vault"
    shutil.copytree(setup.template, folder)
    stage = folder / ".restore-cut"
    stage.mkdir(mode=0o700)
    shutil.copy2(tmp_path / "other" / DB_NAME, stage / DB_NAME)
    shutil.copy2(tmp_path / "other" / HEADER_NAME, stage / HEADER_NAME)

    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    journal = {"old": digest(folder / HEADER_NAME), "new": digest(stage / HEADER_NAME)}
    (stage / switch.JOURNAL_NAME).write_text(json.dumps(journal))
    real_rmtree = shutil.rmtree

    def killed_rmtree(path: Path, *args: object, **kwargs: object) -> None:
        (Path(path) / DB_NAME).unlink()  # the staged database happened to go first
        raise KeyboardInterrupt  # stands for the kill

    monkeypatch.setattr(shutil, "rmtree", killed_rmtree)
    with pytest.raises(KeyboardInterrupt):
        switch.settle(folder, stage)  # nothing had moved: a roll back, then the cut cleanup
    monkeypatch.setattr(shutil, "rmtree", real_rmtree)

    assert _open_content(folder) == setup.old
    assert not stage.exists()
