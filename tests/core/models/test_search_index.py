"""The search index: one way to index new objects, whether saved through the ORM or in bulk.

The same objects are written once through an ORM session (the flush hook indexes them) and once
the way demo data writes them (Core inserts, then ``bulk_index`` on transient objects holding
the same values); both indexes must hold, per object, exactly the document it had when Python
built it (``DOCUMENTS``, written out: the view ``search_content`` must give the same text).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import insert, select, text

from coach_app.models import Coachee, CoachingSession, Experiment, Goal, search_index
from coach_app.models.search_index import Indexed, bulk_index, rebuild
from coach_app.vault.vault import Vault

Model = type[Coachee] | type[Goal] | type[CoachingSession] | type[Experiment]

COACHEE = "0d6c1c2e-0000-4000-8000-000000000001"
OTHER = "0d6c1c2e-0000-4000-8000-000000000002"
GOAL = "0d6c1c2e-0000-4000-8000-000000000011"
FIRST = "0d6c1c2e-0000-4000-8000-000000000021"
SECOND = "0d6c1c2e-0000-4000-8000-000000000022"
THIRD = "0d6c1c2e-0000-4000-8000-000000000023"
EXPERIMENT = "0d6c1c2e-0000-4000-8000-000000000031"
OPEN_EXPERIMENT = "0d6c1c2e-0000-4000-8000-000000000032"
AT = datetime(2025, 2, 3, 10, 30)

# Parents first (foreign keys are enforced); every value the index reads is given, as the
# demo's rows give them: a transient object does not get its column defaults.
ROWS: tuple[tuple[Model, dict[str, Any]], ...] = (
    (
        Coachee,
        {
            "id": COACHEE,
            "name": "Hélène Lefèvre",
            "role": "Cadre de santé",
            "organisation": "Clinique Saint-Éloi",
            "team": "Urgences",
            "email": "helene.lefevre@saint-eloi.example",
            "programme": "Parcours Managers",
            "started_on": date(2024, 9, 2),
            "status": "active",
            "focus": "Donner et demander du feedback ; une équipe où l'on ose parler.",
            "tags": ["feedback", "team-climate"],
            "consent_recorded_on": date(2024, 9, 1),
            "created_at": AT,
            "updated_at": AT,
        },
    ),
    (
        Coachee,
        {
            "id": OTHER,
            "name": "Åsa Sjöström",
            "role": "",
            "organisation": "Fjällvind Energi",
            "team": "",
            "email": "",
            "programme": "",
            "started_on": None,
            "status": "paused",
            "focus": "",
            "tags": [],
            "consent_recorded_on": None,
            "created_at": AT,
            "updated_at": AT,
        },
    ),
    (
        Goal,
        {
            "id": GOAL,
            "coachee_id": COACHEE,
            "title": "Donner un feedback rapide et précis",
            "description": "Dire ce que je vois en quelques jours.",
            "weight": 2,
            "gas_levels": {
                "-2": "Évite le feedback.",
                "-1": "Seulement quand ça dégénère.",
                "0": "Deux fois par mois.",
                "1": "Fait partie des entretiens.",
                "2": "L'équipe se le donne sans moi.",
            },
            "status": "active",
            "created_at": AT,
        },
    ),
    (
        CoachingSession,
        {
            "id": FIRST,
            "coachee_id": COACHEE,
            "started_at": AT,
            "duration_minutes": 60,
            "kind": "one_to_one",
            "template": "grow",
            "sections": {
                "goal": "Préparer la conversation avec la directrice.",
                "reality": "Sécurité de l'équipe : fragile depuis la réorganisation.",
                "options": "Demander d'abord à l'équipe.",
                "will": "Envoie l'ordre du jour d'ici jeudi.",
            },
            "notes": "Séance déplacée au mardi.",
            "private_reflection": "J'ai trop parlé.",
            "tags": ["breakthrough", "online"],
            "created_at": AT,
            "updated_at": AT,
        },
    ),
    (
        CoachingSession,
        {
            "id": SECOND,
            "coachee_id": COACHEE,
            "started_at": datetime(2025, 2, 17, 9, 0),
            "duration_minutes": 45,
            "kind": "one_to_one",
            "template": "free",
            "sections": {},
            "notes": "Retour sur « Feedback sous 48 heures ». Fait deux fois.",
            "private_reflection": "",
            "tags": [],
            "created_at": AT,
            "updated_at": AT,
        },
    ),
    (
        CoachingSession,
        {
            "id": THIRD,
            "coachee_id": OTHER,
            "started_at": datetime(2025, 1, 8, 14, 15),
            "duration_minutes": 90,
            "kind": "intervision",
            "template": "intervision",
            "sections": {"case_giver": "Ärendegivare: enhetschef på en vårdavdelning."},
            "notes": "",
            "private_reflection": "",
            "tags": ["walk-and-talk"],
            "created_at": AT,
            "updated_at": AT,
        },
    ),
    (
        Experiment,
        {
            "id": EXPERIMENT,
            "coachee_id": COACHEE,
            "goal_id": GOAL,
            "title": "Feedback sous 48 heures",
            "prediction": "L'équipe sera surprise, puis soulagée.",
            "action": "Un retour concret dans les deux jours.",
            "success_signal": "Deux retours donnés avant vendredi.",
            "due_on": date(2025, 2, 17),
            "status": "done",
            "outcome": "Fait deux fois ; mieux que prévu.",
            "learning": "Les petits pas créent la confiance.",
            "decision": "adopt",
            "agreed_in_session_id": FIRST,
            "reviewed_in_session_id": SECOND,
            "created_at": AT,
            "updated_at": AT,
        },
    ),
    (
        Experiment,
        {
            # No due date: the index dates it by its creation instead.
            "id": OPEN_EXPERIMENT,
            "coachee_id": OTHER,
            "goal_id": None,
            "title": "Säga nej en gång i veckan",
            "prediction": "",
            "action": "Tacka nej till ett möte.",
            "success_signal": "",
            "due_on": None,
            "status": "agreed",
            "outcome": "",
            "learning": "",
            "decision": None,
            "agreed_in_session_id": THIRD,
            "reviewed_in_session_id": None,
            "created_at": AT,
            "updated_at": AT,
        },
    ),
)

# kind, owner, coachee, at, title, body — everything but the rowid.
Document = tuple[str, str, str, str, str, str]


def _transient() -> list[Indexed]:
    return [model(**row) for model, row in ROWS]


def _index(vault: Vault) -> dict[str, Document]:
    with vault.engine.connect() as conn:
        docs = conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one()
        fts = conn.execute(text("SELECT count(*) FROM search_fts")).scalar_one()
        assert docs == fts, "every index row needs its full-text row, and no more"
        rows = conn.execute(
            text(
                "SELECT d.kind, d.owner_id, d.coachee_id, d.at, f.title, f.body "
                "FROM search_docs d JOIN search_fts f ON f.rowid = d.rowid"
            )
        ).all()
    index: dict[str, Document] = {
        owner: (kind, owner, coachee_id, at, title, body)
        for kind, owner, coachee_id, at, title, body in rows
    }
    assert len(index) == len(rows), "one index row per object"
    return index


# kind, coachee, at, title, body of each object in ROWS: what ``document_for`` gave before the
# view replaced it (schema revision 0003), so the search finds and shows what it did.
DOCUMENTS: dict[str, tuple[str, str, str, str, str]] = {
    COACHEE: (
        "coachee",
        COACHEE,
        "2024-09-02",
        "Hélène Lefèvre",
        "Cadre de santé\nClinique Saint-Éloi\nUrgences\nhelene.lefevre@saint-eloi.example\n"
        "Parcours Managers\nDonner et demander du feedback ; une équipe où l'on ose parler.\n"
        "feedback\nteam-climate",
    ),
    OTHER: ("coachee", OTHER, "", "Åsa Sjöström", "Fjällvind Energi"),
    GOAL: (
        "goal",
        COACHEE,
        "2025-02-03T10:30:00",
        "Donner un feedback rapide et précis",
        "Dire ce que je vois en quelques jours.\nÉvite le feedback.\n"
        "Seulement quand ça dégénère.\nDeux fois par mois.\nFait partie des entretiens.\n"
        "L'équipe se le donne sans moi.",
    ),
    FIRST: (
        "session",
        COACHEE,
        "2025-02-03T10:30:00",
        "GROW",
        "Préparer la conversation avec la directrice.\n"
        "Sécurité de l'équipe : fragile depuis la réorganisation.\n"
        "Demander d'abord à l'équipe.\nEnvoie l'ordre du jour d'ici jeudi.\n"
        "Séance déplacée au mardi.\nJ'ai trop parlé.\nbreakthrough\nonline",
    ),
    SECOND: (
        "session",
        COACHEE,
        "2025-02-17T09:00:00",
        "FREE",
        "Retour sur « Feedback sous 48 heures ». Fait deux fois.",
    ),
    THIRD: (
        "session",
        OTHER,
        "2025-01-08T14:15:00",
        "INTERVISION",
        "Ärendegivare: enhetschef på en vårdavdelning.\nwalk-and-talk",
    ),
    EXPERIMENT: (
        "experiment",
        COACHEE,
        "2025-02-17",
        "Feedback sous 48 heures",
        "L'équipe sera surprise, puis soulagée.\nUn retour concret dans les deux jours.\n"
        "Deux retours donnés avant vendredi.\nFait deux fois ; mieux que prévu.\n"
        "Les petits pas créent la confiance.",
    ),
    OPEN_EXPERIMENT: (
        "experiment",
        OTHER,
        "2025-02-03T10:30:00",
        "Säga nej en gång i veckan",
        "Tacka nej till ett möte.",
    ),
}


def _expected() -> dict[str, Document]:
    """What the index must hold: each object's own document."""
    out: dict[str, Document] = {}
    for obj in _transient():
        kind, coachee_id, at, title, body = DOCUMENTS[obj.id]
        out[obj.id] = (kind, obj.id, coachee_id, at, title, body)
    return out


def _save_through_orm(vault: Vault) -> None:
    # One flush per table: experiments point at sessions without an ORM relationship, so the
    # unit of work would not know to insert the sessions first.
    with vault.write() as session:
        for model, row in ROWS:
            session.add(model(**row))
            session.flush()


def _save_in_bulk(vault: Vault) -> int:
    with vault.write() as session:
        conn = session.connection()
        for model, row in ROWS:
            conn.execute(insert(model), [row])
        return bulk_index(conn, _transient())


def test_orm_save_and_bulk_index_write_the_same_index(vault: Vault, other_vault: Vault) -> None:
    _save_through_orm(vault)
    assert _save_in_bulk(other_vault) == len(ROWS)
    through_orm = _index(vault)
    in_bulk = _index(other_vault)
    assert through_orm == in_bulk
    # And what both hold is the object's document, field for field (not just the same loss).
    assert in_bulk == _expected()
    assert {doc[0] for doc in in_bulk.values()} == {"coachee", "goal", "session", "experiment"}


def test_bulk_index_finds_words_without_their_accents(other_vault: Vault) -> None:
    _save_in_bulk(other_vault)
    with other_vault.engine.connect() as conn:
        owners = conn.execute(
            text(
                "SELECT d.owner_id FROM search_fts "
                "JOIN search_docs d ON d.rowid = search_fts.rowid "
                "WHERE search_fts MATCH :q"
            ),
            {"q": "securite"},
        ).scalars()
        assert set(owners) == {FIRST}


def test_bulk_rows_follow_the_rows_already_there(vault: Vault) -> None:
    """A bulk write after ORM saves (and an ORM save after it) never reuses a rowid."""
    first, rest = ROWS[:1], ROWS[1:]
    with vault.write() as session:
        for model, row in first:
            session.add(model(**row))
    with vault.write() as session:
        conn = session.connection()
        for model, row in rest:
            conn.execute(insert(model), [row])
        bulk_index(conn, [model(**row) for model, row in rest])
    with vault.write() as session:
        session.add(Coachee(id="0d6c1c2e-0000-4000-8000-000000000099", name="Saga Öberg"))
    index = _index(vault)
    assert len(index) == len(ROWS) + 1
    assert {k: v for k, v in index.items() if k in _expected()} == _expected()


def test_bulk_index_of_nothing_writes_nothing(vault: Vault) -> None:
    with vault.write() as session:
        assert bulk_index(session.connection(), []) == 0
    assert _index(vault) == {}


def test_bulk_index_writes_in_chunks(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_index, "_CHUNK", 3)
    assert _save_in_bulk(vault) == len(ROWS)
    assert _index(vault) == _expected()


def test_rebuild_and_a_changed_object_keep_the_same_documents(vault: Vault) -> None:
    _save_through_orm(vault)
    with vault.write() as session:
        rebuild(session.connection())
    assert _index(vault) == _expected()
    with vault.write() as session:
        goal = session.scalars(select(Goal)).one()
        goal.description = "Binnen een week zeggen wat ik zie."
    index = _index(vault)
    assert "Binnen een week" in index[GOAL][5]
    assert index[FIRST] == _expected()[FIRST]


def test_a_batch_index_gives_fts5_the_text_by_runs_and_the_rest_at_finish(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import's ``BatchIndex``: entries with each batch, FTS5 text a run at a time."""
    monkeypatch.setattr(search_index, "_CHUNK", 2)
    with vault.write() as session:
        conn = session.connection()
        for model, row in ROWS:
            conn.execute(insert(model), [row])
        batches = search_index.BatchIndex(conn, run=3)
        written = sum(batches.add([obj]) for obj in _transient())  # one object per batch
        entries = conn.execute(text("SELECT count(*) FROM search_docs")).scalar_one()
        # What FTS5 has indexed (its own count reads the content view, which has every row).
        indexed = conn.execute(text("SELECT count(*) FROM search_fts_docsize")).scalar_one()
        batches.finish()
    assert written == entries == len(ROWS)
    # Every full run was indexed as it filled; what was left waited for finish().
    assert indexed == len(ROWS) - len(ROWS) % 3
    assert _index(vault) == _expected()


def test_a_batch_index_indexes_what_waits_before_another_writers_entries(vault: Vault) -> None:
    first, rest = ROWS[:1], ROWS[1:]
    with vault.write() as session:
        conn = session.connection()
        for model, row in ROWS:
            conn.execute(insert(model), [row])
        batches = search_index.BatchIndex(conn)
        batches.add([model(**row) for model, row in first])
        # Entries written by someone else in the same transaction take the next rowids.
        bulk_index(conn, [model(**row) for model, row in rest[:1]])
        batches.add([model(**row) for model, row in rest[1:]])
        batches.finish()
    assert _index(vault) == _expected()


def test_a_batch_index_refuses_to_finish_over_a_missing_row(vault: Vault) -> None:
    with pytest.raises(search_index.IndexOutOfStep), vault.write() as session:
        batches = search_index.BatchIndex(session.connection())
        batches.add(_transient()[:1])  # its row was never written
        batches.finish()
    assert _index(vault) == {}
