"""Hostile imports (docs/security.md 23): whatever the file holds, the importer either imports it
whole or raises ``ImportRejected``, and a rejected import leaves the vault exactly as it was.

The mutation test imports into the vault the valid export came from, so a mutation that stays
valid still collides on its ids and must be refused as a whole: that vault never changes.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach_app.errors import ImportRejected
from coach_app.services import exchange
from coach_app.vault.vault import Vault
from tests.core.services.exchange.test_exchange import fingerprint, populate

FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,  # no .hypothesis folder in the checkout
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(
        [
            "",
            "2025-03-31",
            "2025-02-30",
            "2025-03-31T14:00:00",
            "grow",
            "free",
            "active",
            "adopt",
            "custom:x",
            "0f8fad5b-d9cb-469f-a165-70867728950e",
            "\x00",
            "é" * 300,
        ]
    )
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)
known_keys = st.sampled_from(
    sorted(
        {
            *exchange.COACHEE_KEYS,
            *exchange.GOAL_KEYS,
            *exchange.SESSION_KEYS,
            *exchange.EXPERIMENT_KEYS,
            *exchange.MEASUREMENT_KEYS,
        }
    )
)
plausible_objects = st.dictionaries(known_keys, json_values, max_size=8)
plausible_documents = st.fixed_dictionaries(
    {
        "format": st.just(exchange.FORMAT),
        "version": st.just(exchange.VERSION),
        "coachees": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "id": st.uuids().map(str),
                    "name": st.text(max_size=20),
                    "goals": st.lists(plausible_objects, max_size=2),
                    "sessions": st.lists(plausible_objects, max_size=2),
                    "experiments": st.lists(plausible_objects, max_size=2),
                    "measurements": st.lists(plausible_objects, max_size=2),
                },
            ),
            max_size=3,
        ),
    }
)


@pytest.fixture
def filled(vault: Vault) -> tuple[Vault, dict[str, Any], Any]:
    """The vault with data, its export, and its fingerprint before any import."""
    populate(vault)
    return vault, exchange.export_document(vault), fingerprint(vault)


def _attempt(vault: Vault, doc: object) -> None:
    """Import ``doc``: all of it (counts grow by exactly the summary) or none of it."""
    before = vault.counts()
    try:
        summary = exchange.import_document(vault, doc)
    except ImportRejected as exc:
        assert exc.message.startswith("Import rejected: ")
        assert "\n" not in exc.message
        assert vault.counts() == before
    else:
        added = {
            "coachees": summary.coachees,
            "goals": summary.goals,
            "sessions": summary.sessions,
            "experiments": summary.experiments,
            "measurements": summary.measurements,
        }
        after = vault.counts()
        assert {k: after[k] - before[k] for k in added} == added


@FUZZ
@given(doc=json_values | plausible_documents)
def test_random_documents(filled: tuple[Vault, dict[str, Any], Any], doc: object) -> None:
    # Plausible documents are sometimes valid (a fresh id and a name): those import whole.
    _attempt(filled[0], doc)


@FUZZ
@given(raw=st.binary(max_size=200) | st.text(max_size=200))
def test_random_bytes_and_text(filled: tuple[Vault, dict[str, Any], Any], raw: Any) -> None:
    vault, _export, before = filled
    _attempt(vault, raw)
    assert vault.counts() == before[0]


def _slots(node: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) in a JSON tree: the places a mutation can hit."""
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        yield node, key
        if isinstance(value, dict | list):
            yield from _slots(value)


def _leaves(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        for value in node.values():
            yield from _leaves(value)
    elif isinstance(node, list):
        for value in node:
            yield from _leaves(value)
    else:
        yield node


@FUZZ
@given(data=st.data())
def test_mutations_of_a_valid_export(
    filled: tuple[Vault, dict[str, Any], Any], data: st.DataObject
) -> None:
    vault, export, before = filled
    doc = copy.deepcopy(export)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3), label="mutations")):
        slots = list(_slots(doc))
        if not slots:
            break
        parent, key = data.draw(st.sampled_from(slots), label="where")
        action = data.draw(
            st.sampled_from(["delete", "replace", "swap", "add-key", "duplicate", "text"]),
            label="action",
        )
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = data.draw(json_values, label="value")
        elif action == "swap":
            # Another value from the same document: ids into references, dates into enums...
            parent[key] = data.draw(st.sampled_from(list(_leaves(export))), label="other")
        elif action == "add-key" and isinstance(parent[key], dict):
            parent[key][data.draw(st.text(max_size=12), label="key")] = data.draw(json_values)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif action == "text" and isinstance(parent[key], str):
            parent[key] = data.draw(
                st.sampled_from([parent[key].upper(), parent[key] + " ", "", parent[key] * 50])
            )
    as_text = data.draw(st.booleans(), label="as text")
    _attempt(vault, json.dumps(doc) if as_text else doc)
    assert vault.counts() == before[0]


def test_the_vault_is_unchanged_after_all_that(filled: tuple[Vault, dict[str, Any], Any]) -> None:
    # The per-example checks compare counts (cheap); this compares everything once, after a
    # burst of rejected imports of every kind.
    vault, export, before = filled
    for doc in (export, {"format": exchange.FORMAT}, "{", b"\xff", [export]):
        _attempt(vault, doc)
    assert fingerprint(vault) == before
