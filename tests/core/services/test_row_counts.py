"""Row counts in words: the language's singular and plural, and only the tables asked for."""

from __future__ import annotations

from coach_app.services.row_counts import count_phrase, counts_summary


def test_one_is_singular_and_two_plural() -> None:
    assert count_phrase("coachees", 1) == "1 coachee"
    assert count_phrase("coachees", 2) == "2 coachees"
    assert count_phrase("development_entries", 1) == "1 supervision or development entry"


def test_the_summary_leaves_out_hidden_tables() -> None:
    counts = {"coachees": 1, "sessions": 3, "erasures": 2}
    assert counts_summary(counts, hidden=("erasures",)) == "1 coachee, 3 sessions"


def test_every_table_the_vault_counts_has_its_own_words() -> None:
    from coach_app.vault.backup import COUNTED_TABLES  # noqa: PLC0415 - the names only

    assert "coachees" in COUNTED_TABLES and "development_entries" in COUNTED_TABLES
    for table in COUNTED_TABLES:
        assert "×" not in count_phrase(table, 2), table
