"""Erasing a coachee leaves none of their words behind (docs/security.md 20).

The check is the requirement's own: the bytes of the database. ``sqlcipher_export`` gives a
plain copy of every live row (the search index's segment blobs included); a plain copy says
nothing of free pages or of slack space inside pages, so every page of ``vault.db`` is also
decrypted here, page by page, with the data key (SQLCipher 4's page format, which the vault
pins with ``cipher_compatibility = 4``). The other coachee's words must be found by the very
same scans, or "nothing found" would prove nothing.
"""

from __future__ import annotations

import io
import sys
import uuid
from collections.abc import Iterable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import ForeignKey

from coach_app import app, models
from coach_app.errors import NotFound
from coach_app.services import (
    coachees,
    erasure,
    experiments,
    maintenance,
    measurements,
    search,
    sessions,
    settings,
)
from coach_app.vault.engine import raw_connect
from coach_app.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.helpers.vault_files import unpacked_texts

PAGE_SIZE = 4096  # SQLCipher 4 defaults
RESERVE = 80  # per page: a 16-byte IV, then a 64-byte HMAC-SHA512
SALT = 16  # page 1 starts with the file's salt instead of "SQLite format 3"


# ---- looking at the bytes -------------------------------------------------------------------


def decrypted_pages(db: Path, key: bytes) -> list[bytes]:
    """Every page of an SQLCipher 4 file, decrypted (free pages and slack space included)."""
    data = db.read_bytes()
    assert data and len(data) % PAGE_SIZE == 0, "not a whole number of pages"
    pages = []
    for start in range(0, len(data), PAGE_SIZE):
        page = data[start : start + PAGE_SIZE]
        skip = SALT if start == 0 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(dec.update(page[skip : PAGE_SIZE - RESERVE]) + dec.finalize())
    # Page 1 decrypted holds the rest of the SQLite header: page size 4096 at bytes 16-17.
    assert pages[0][:2] == b"\x10\x00", "the pages did not decrypt"
    return pages


def plaintext_export(db: Path, key: bytes, out: Path) -> bytes:
    """The bytes of a plain SQLite copy of ``db``, made with ``sqlcipher_export``."""
    conn = raw_connect(db, key)
    try:
        conn.execute(f"ATTACH DATABASE '{out}' AS plaintext KEY ''")
        conn.execute("SELECT sqlcipher_export('plaintext')")
        conn.execute("DETACH DATABASE plaintext")
    finally:
        conn.close()
    data = out.read_bytes()
    assert data.startswith(b"SQLite format 3\x00")
    return data


def found(data: bytes, markers: Iterable[str]) -> list[str]:
    """The markers that occur in ``data`` (UTF-8, as SQLite stores text), or packed in it."""
    markers = list(markers)
    plain = [m for m in markers if m.encode("utf-8") in data]
    rest = [m for m in markers if m not in plain]
    if not rest:
        return plain
    inflated = unpacked_texts(data)
    return [m for m in markers if m in plain or m.encode("utf-8") in inflated]


def database_bytes(vault: Vault, tmp_path: Path) -> tuple[bytes, bytes]:
    """(every decrypted page of vault.db, a plain export of it), with the vault still open."""
    pages = b"".join(decrypted_pages(vault.db_path, vault.data_key()))
    export = plaintext_export(vault.db_path, vault.data_key(), tmp_path / f"{uuid.uuid4()}.db")
    return pages, export


# ---- a coachee with a marker in every field ------------------------------------------------


def plant(vault: Vault, who: str) -> tuple[str, dict[str, str]]:
    """A coachee with a unique word in every text they have; returns their id and the words."""
    fields = [
        "name",
        "role",
        "organisation",
        "team",
        "email",
        "programme",
        "focus",
        "tag",
        "goal_title",
        "goal_description",
        "gas_m2",
        "gas_m1",
        "gas_0",
        "gas_p1",
        "gas_p2",
        "s_goal",
        "s_reality",
        "s_options",
        "s_will",
        "notes",
        "reflection",
        "s_tag",
        "first_draft",
        "second_notes",
        "e_title",
        "e_prediction",
        "e_action",
        "e_signal",
        "e_outcome",
        "e_learning",
        "score_key",
    ]
    m = {f: f"{who}{f.replace('_', '')}{uuid.uuid4().hex[:12]}" for f in fields}
    c = coachees.create_coachee(
        vault,
        name=m["name"],
        role=m["role"],
        organisation=m["organisation"],
        team=m["team"],
        email=f"{m['email']}@example.org",
        programme=m["programme"],
        focus=f"Wants to {m['focus']} more often.",
        tags=[m["tag"]],
    )
    goal = coachees.create_goal(
        vault,
        c.id,
        title=m["goal_title"],
        description=m["goal_description"],
        gas_levels={
            "-2": m["gas_m2"],
            "-1": m["gas_m1"],
            "0": m["gas_0"],
            "1": m["gas_p1"],
            "2": m["gas_p2"],
        },
    )
    first = sessions.create_session(
        vault,
        c.id,
        template="grow",
        sections={"goal": m["s_goal"], "reality": m["s_reality"]},
        notes=m["first_draft"],
        private_reflection=m["reflection"],
        tags=[m["s_tag"]],
    )
    # Autosaves, as the editor makes them: older versions of the text go through the index.
    sessions.save_session(vault, first.id, sections={"options": m["s_options"]})
    sessions.save_session(vault, first.id, sections={"will": m["s_will"]}, notes=m["notes"])
    # A long note spills into overflow pages.
    sessions.create_session(vault, c.id, notes=" ".join([m["second_notes"]] * 400))
    exp = experiments.create_experiment(
        vault,
        c.id,
        title=m["e_title"],
        prediction=m["e_prediction"],
        action=m["e_action"],
        success_signal=m["e_signal"],
        goal_id=goal.id,
        agreed_in_session_id=first.id,
    )
    # Reviewed, so it is on the learning log.
    experiments.review_experiment(
        vault, exp.id, outcome=m["e_outcome"], learning=m["e_learning"], decision="adapt"
    )
    measurements.add_measurement(
        vault, c.id, instrument="empowerment", value=4.5, scores={m["score_key"]: 4.0}
    )
    # The first notes were replaced: they must not be looked for among what should remain.
    del m["first_draft"]
    return c.id, m


@pytest.fixture
def two(vault: Vault) -> tuple[tuple[str, dict[str, str]], tuple[str, dict[str, str]]]:
    """(kept coachee, coachee to erase), both with markers, written through the log to disk."""
    kept = plant(vault, "keep")
    gone = plant(vault, "gone")
    vault.checkpoint()
    return kept, gone


# ---- point 5: nothing erased is left in the vault -------------------------------------------


def test_erase_leaves_no_word_in_pages_export_index_or_log(
    vault: Vault, two: tuple[tuple[str, dict[str, str]], ...], tmp_path: Path
) -> None:
    (_kept_id, kept), (gone_id, gone) = two
    pages, export = database_bytes(vault, tmp_path)
    assert found(pages, gone.values()) == list(gone.values()), "the scan must see the words"

    result = erasure.erase_coachee(vault, gone_id)

    assert result.rows["coachees"] == 1
    assert result.rows["sessions"] == 2
    assert result.rows["search_entries"] == 5  # profile, goal, two sessions, experiment
    assert result.log_truncated
    # Nothing in the log: its older page versions held the words.
    assert (vault.folder / "vault.db-wal").stat().st_size == 0
    pages, export = database_bytes(vault, tmp_path)
    assert found(pages, gone.values()) == []
    assert found(export, gone.values()) == []
    # The same scans find the coachee who stays, in every field.
    assert found(pages, kept.values()) == list(kept.values())
    assert found(export, kept.values()) == list(kept.values())
    assert not search.search(vault, gone["notes"])
    assert search.search(vault, kept["notes"])


def test_no_row_anywhere_still_names_the_erased_coachee(
    vault: Vault, two: tuple[tuple[str, dict[str, str]], ...]
) -> None:
    (kept_id, _kept), (gone_id, _gone) = two
    erasure.erase_coachee(vault, gone_id)
    with vault.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        holding = []
        for table in tables:
            for col in [r[1] for r in raw.execute(f'PRAGMA table_info("{table}")')]:
                query = f'SELECT count(*) FROM "{table}" WHERE CAST("{col}" AS TEXT) = ?'
                if raw.execute(query, (gone_id,)).fetchone()[0]:
                    holding.append(f"{table}.{col}")
        assert holding == ["erasures.coachee_id"]
        assert raw.execute("SELECT count(*) FROM coachees WHERE id = ?", (kept_id,)).fetchone()
    assert [c.id for c in coachees.list_coachees(vault)] == [kept_id]


def test_every_table_with_a_coachees_rows_is_erased() -> None:
    """A new table holding rows about a coachee fails here until the erasure covers it."""
    covered = {t.table for t in erasure.ERASE_TARGETS}
    covered |= {table for step in erasure.ERASE_STEPS for table in step.tables}
    # The erasure record itself; the search index is dropped by drop_coachee_documents.
    covered |= {"erasures", "search_docs"}
    about_a_coachee = set()
    for table in models.Base.metadata.sorted_tables:
        for col in table.columns:
            refers = any(
                isinstance(fk, ForeignKey) and fk.target_fullname == "coachees.id"
                for fk in col.foreign_keys
            )
            if col.name == "coachee_id" or refers:
                about_a_coachee.add(table.name)
    assert about_a_coachee - covered == set()


def test_restore_reapplies_the_erasure_and_leaves_no_word(
    vault: Vault, two: tuple[tuple[str, dict[str, str]], ...], tmp_path: Path
) -> None:
    (_kept_id, kept), (gone_id, gone) = two
    outside = maintenance.backup(vault, tmp_path)  # out of the vault folder: never purged
    erasure.erase_coachee(vault, gone_id)
    folder, key = vault.folder, vault.data_key()
    vault.close()

    result = maintenance.restore(folder, outside, PASSPHRASE)

    assert result.erasures_reapplied == 1
    wal = folder / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    pages = b"".join(decrypted_pages(folder / "vault.db", key))
    export = plaintext_export(folder / "vault.db", key, tmp_path / "restored-plain.db")
    assert found(pages, gone.values()) == []
    assert found(export, gone.values()) == []
    assert found(pages, kept.values()) == list(kept.values())


def test_reapply_erasures_scrubs_the_index(
    vault: Vault, two: tuple[tuple[str, dict[str, str]], ...], tmp_path: Path
) -> None:
    (_kept_id, kept), (gone_id, gone) = two
    # An erasure recorded while the rows are still there: what a restored older backup holds.
    with vault.write() as s:
        s.add(models.Erasure(coachee_id=gone_id))

    assert erasure.reapply_erasures(vault) == [gone_id]

    assert (vault.folder / "vault.db-wal").stat().st_size == 0
    pages, export = database_bytes(vault, tmp_path)
    assert found(pages, gone.values()) == []
    assert found(export, gone.values()) == []
    assert found(pages, kept.values()) == list(kept.values())


def test_erasing_twice_or_an_unknown_id_is_refused(
    vault: Vault, two: tuple[tuple[str, dict[str, str]], ...]
) -> None:
    (_kept_id, _kept), (gone_id, _gone) = two
    erasure.erase_coachee(vault, gone_id)
    with pytest.raises(NotFound, match="already erased"):
        erasure.erase_coachee(vault, gone_id)
    with pytest.raises(NotFound):
        erasure.erase_coachee(vault, "no-such-id")
    assert vault.counts()["erasures"] == 1


def test_the_coach_is_told_what_the_app_cannot_reach(vault: Vault, tmp_path: Path) -> None:
    c = coachees.create_coachee(vault, name="Someone Erased")
    result = erasure.erase_coachee(vault, c.id)
    text = " ".join(result.notice)
    assert "exported" in text
    assert "backups you saved" in text
    assert "Restoring an older backup into this vault erases" in text
    # A backup folder chosen in the settings is named: the erasure does not clean it.
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    settings.update_settings(vault, backup_folder=str(elsewhere))
    assert any(str(elsewhere) in line for line in erasure.unreachable_copies(vault))


def test_rows_summary_counts_in_words() -> None:
    summary = erasure.rows_summary({"search_entries": 1, "sessions": 3, "goals": 0})
    assert summary == "1 search entry, 3 sessions"


def test_the_cli_erase_reports_backups_and_what_it_cannot_reach(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gone_id, gone = plant(vault, "gone")
    backup = maintenance.backup(vault)
    folder = vault.folder
    vault.close()
    monkeypatch.setenv("COACH_APP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal, nothing to read
    capsys.readouterr()

    code = app.main(["--vault", str(folder), "erase-coachee", gone_id])

    out = capsys.readouterr().out

    assert code == 0
    assert (
        f"Erased coachee {gone_id} (5 search entries, 1 measurement, 1 experiment, 2 sessions,"
        " 1 goal, 1 profile)." in out
    )
    assert "Cleaned 1 backup:" in out
    assert str(backup) in out
    assert "exported" in out and "Restoring an older backup into this vault" in out
    assert found(out.encode(), gone.values()) == []  # the words stay out of the terminal
