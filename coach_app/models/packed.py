"""Column types of a session's text, stored packed (see :mod:`coach_app.packing`).

The ORM and Core read and write these columns as before (a ``str``, a ``dict``); only the
stored value changes. In the schema they stay TEXT and JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Dialect, Text
from sqlalchemy.types import TypeDecorator

from coach_app.packing import json_text, pack, unpack


class PackedText(TypeDecorator[str]):
    """Text stored packed when that makes it smaller; any stored text reads back."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | bytes | None:
        return None if value is None else pack(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return unpack(value)


class PackedJSON(TypeDecorator[Any]):
    """A JSON map or list stored as its packed text (the text as typed: ``json_text``).

    ``bind_processor`` and ``result_processor`` replace JSON's own (which would encode the
    packed bytes as JSON again); JSON stays the impl so the schema keeps the column's type.
    A JSON null is never stored: None is SQL NULL, as for the columns' other writers.
    """

    impl = JSON
    cache_ok = True

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any]:
        def process(value: Any) -> str | bytes | None:
            return None if value is None else pack(json_text(value))

        return process

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        loads = json.loads

        def process(value: Any) -> Any:
            return None if value is None else loads(unpack(value))  # type: ignore[arg-type]

        return process
