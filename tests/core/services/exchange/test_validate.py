"""One rule, one place: a value the services refuse, the import refuses, and the other way round.

Each case stores the same JSON-typed value once through a service (as the GUI does) and once
through an import file; both must accept it, or both must refuse it (import: ``ImportRejected``
naming the field's place in the file, exit code 4). A JSON *type* the import refuses and a form
cannot produce (``"2"`` for a number) is the file's own rule and is not compared here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from coach_app.errors import ImportRejected, ValidationError
from coach_app.services import coachees, exchange, experiments, sessions
from coach_app.vault.vault import Vault

START = "2025-03-31T14:00"


def _new() -> str:
    return str(uuid.uuid4())


def _doc(coachee: dict[str, Any]) -> dict[str, Any]:
    return {
        "format": exchange.FORMAT,
        "version": exchange.VERSION,
        "coachees": [{"id": _new(), "name": "Ana Lima", **coachee}],
    }


def _goal(**fields: Any) -> dict[str, Any]:
    return {"goals": [{"id": _new(), "title": "A goal", **fields}]}


def _session(**fields: Any) -> dict[str, Any]:
    return {"sessions": [{"id": _new(), "started_at": START, **fields}]}


def _experiment(**fields: Any) -> dict[str, Any]:
    return {"experiments": [{"id": _new(), "title": "An experiment", **fields}]}


Service = Callable[[Vault, str, Any], object]
FileDoc = Callable[[Any], dict[str, Any]]

# name, service call, the same value in a file, where the import must say it is, values
RULES: list[tuple[str, Service, FileDoc, str, list[Any]]] = [
    (
        "goal weight",
        lambda v, c, x: coachees.create_goal(v, c, title="A goal", weight=x),
        lambda x: _doc(_goal(weight=x)),
        "coachees[0].goals[0].weight",
        [0, 1, 2, 4, 5, -1, 100],
    ),
    (
        "goal title",
        lambda v, c, x: coachees.create_goal(v, c, title=x),
        lambda x: _doc(_goal(title=x)),
        "coachees[0].goals[0].title",
        ["", "   ", "ok", "x" * 300, "x" * 301, " " + "y" * 300 + " "],
    ),
    (
        "goal levels",
        lambda v, c, x: coachees.create_goal(v, c, title="A goal", gas_levels={"2": x}),
        lambda x: _doc(_goal(gas_levels={"2": x})),
        'coachees[0].goals[0].gas_levels["2"]',
        ["", "Exceeds", "z" * 1_000_000, "z" * 1_000_001],
    ),
    (
        "experiment title",
        lambda v, c, x: experiments.create_experiment(v, c, title=x),
        lambda x: _doc(_experiment(title=x)),
        "coachees[0].experiments[0].title",
        ["", "ok", "x" * 300, "x" * 301],
    ),
    (
        "experiment decision",
        lambda v, c, x: experiments.create_experiment(v, c, title="E", decision=x),
        lambda x: _doc(_experiment(decision=x)),
        "coachees[0].experiments[0].decision",
        ["adopt", "abandon", None, "", "maybe", "Adopt"],
    ),
    (
        "experiment due date",
        lambda v, c, x: experiments.create_experiment(v, c, title="E", due_on=x),
        lambda x: _doc(_experiment(due_on=x)),
        "coachees[0].experiments[0].due_on",
        ["2025-04-08", None, "", "2025-02-30", "20250408", "08/04/2025", "2025-W15-2"],
    ),
    (
        "session length",
        lambda v, c, x: sessions.create_session(v, c, started_at=START, duration_minutes=x),
        lambda x: _doc(_session(duration_minutes=x)),
        "coachees[0].sessions[0].duration_minutes",
        [-1, 0, 45, 1440, 1441],
    ),
    (
        "session start",
        lambda v, c, x: sessions.create_session(v, c, started_at=x),
        lambda x: _doc(_session(started_at=x)),
        "coachees[0].sessions[0].started_at",
        [
            START,
            "2025-03-31T14:00:00+02:00",
            "2025-03-31T14:00:00Z",
            "2025-03-31 14:00",
            "2025-02-30T14:00",
            "20250331T1400",
            "yesterday",
        ],
    ),
    (
        "session template",
        lambda v, c, x: sessions.create_session(v, c, started_at=START, template=x),
        lambda x: _doc(_session(template=x)),
        "coachees[0].sessions[0].template",
        ["grow", "free", "action_learning", "smart", "GROW", ""],
    ),
    (
        "grow sections",
        lambda v, c, x: sessions.create_session(
            v, c, started_at=START, template="grow", sections=x
        ),
        lambda x: _doc(_session(template="grow", sections=x)),
        "coachees[0].sessions[0].sections",
        [{}, {"will": "Call Sam"}, {"plan": "x"}, {"goal": "g" * 1_000_001}],
    ),
    (
        "session kind",
        lambda v, c, x: sessions.create_session(v, c, started_at=START, kind=x),
        lambda x: _doc(_session(kind=x)),
        "coachees[0].sessions[0].kind",
        ["one_to_one", "group", "coffee"],
    ),
    (
        "coachee name",
        lambda v, _c, x: coachees.create_coachee(v, name=x),
        lambda x: _doc({"name": x}),
        "coachees[0].name",
        ["", " ", "Ana", "n" * 200, "n" * 201],
    ),
    (
        "coachee e-mail",
        lambda v, c, x: coachees.update_coachee(v, c, email=x),
        lambda x: _doc({"email": x}),
        "coachees[0].email",
        ["", "ana@example.org", "not-an-address", "ana@example", "a@b.c" + "x" * 320],
    ),
    (
        "coachee start date",
        lambda v, c, x: coachees.update_coachee(v, c, started_on=x),
        lambda x: _doc({"started_on": x}),
        "coachees[0].started_on",
        ["2025-01-15", None, "2025-13-01", "15-01-2025"],
    ),
    (
        "coachee status",
        lambda v, c, x: coachees.update_coachee(v, c, status=x),
        lambda x: _doc({"status": x}),
        "coachees[0].status",
        ["active", "archived", "sleeping"],
    ),
    (
        "tags",
        lambda v, c, x: coachees.update_coachee(v, c, tags=x),
        lambda x: _doc({"tags": x}),
        "coachees[0].tags",
        [[], ["a", "a", " b "], ["t" * 60], ["t" * 61]],
    ),
]


def _service_accepts(call: Service, vault: Vault, coachee_id: str, value: Any) -> bool:
    try:
        call(vault, coachee_id, value)
    except ValidationError:
        return False
    return True


def _import_accepts(vault: Vault, doc: dict[str, Any], where: str) -> bool:
    try:
        exchange.import_document(vault, doc)
    except ImportRejected as exc:
        assert exc.exit_code == 4
        assert where in exc.message, exc.message
        return False
    return True


@pytest.mark.parametrize(
    ("service", "file_doc", "where", "values"),
    [pytest.param(*rule[1:], id=rule[0]) for rule in RULES],
)
def test_service_and_import_accept_and_refuse_the_same_values(
    vault: Vault, service: Service, file_doc: FileDoc, where: str, values: list[Any]
) -> None:
    coachee_id = coachees.create_coachee(vault, name="Paula").id
    verdicts = {
        repr(value)[:30]: (
            _service_accepts(service, vault, coachee_id, value),
            _import_accepts(vault, file_doc(value), where),
        )
        for value in values
    }
    assert {k: s for k, (s, _i) in verdicts.items()} == {k: i for k, (_s, i) in verdicts.items()}
    # Each rule is exercised both ways, not trivially.
    assert {s for s, _i in verdicts.values()} == {True, False}


def test_a_stored_value_is_the_same_either_way(vault: Vault) -> None:
    # Not only the verdict: what is kept (trimmed, de-duplicated, offset dropped) agrees too.
    coachee_id = coachees.create_coachee(vault, name="Paula", tags=["a", "a", " b "]).id
    direct = sessions.create_session(vault, coachee_id, started_at="2025-03-31T14:00:00+02:00")
    doc = _doc({"tags": ["a", "a", " b "], **_session(started_at="2025-03-31T14:00:00+02:00")})
    exchange.import_document(vault, doc)
    imported_id = doc["coachees"][0]["id"]
    assert coachees.get_coachee(vault, imported_id).tags == ("a", "b")
    assert coachees.get_coachee(vault, coachee_id).tags == ("a", "b")
    imported = sessions.latest_session(vault, imported_id)
    assert imported is not None and imported.started_at == direct.started_at
