"""A small read-only value class without ``dataclasses``, for the way of ``coach-app search``.

``coach-app search`` must cost no more than its key derivation plus 150 ms (issue 13). Importing
``dataclasses`` loads ``inspect`` (and with it ``ast``, ``dis`` and ``tokenize``), and each
dataclass compiles its methods when its module is imported, the process's first ``compile()``:
some 9 ms together, for the five value classes the search needs before it reads a row (the key
header, its key-derivation settings, a vault switch's journal, the log's records). Those
classes derive from :class:`Record` instead: fields named in ``__slots__``, set once in
``__init__``, then read-only, equal and hashed by their fields, shown by them in ``repr``.

Everything else in the app keeps using frozen dataclasses (the services' records): this is
for the modules the search command imports, which a test lists (tests/core/test_cli_search.py).
"""

from __future__ import annotations

from typing import Any, Self

__all__ = ["Record"]


class Record:
    """Read-only fields named in ``__slots__``; equality, hash and ``repr`` by them.

    A subclass lists its fields in ``__slots__`` and sets each in ``__init__`` with
    :meth:`_set`. Setting or deleting a field afterwards raises ``AttributeError``, as a frozen
    dataclass does.
    """

    __slots__: tuple[str, ...] = ()

    def _set(self, **values: Any) -> None:
        """Set fields from ``__init__`` (the only place they are ever set)."""
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({shown})"

    def replaced(self, **changes: Any) -> Self:
        """A copy with ``changes`` (field name → value), as ``dataclasses.replace`` makes.

        Raises:
            TypeError: a name that is not a field.
        """
        unknown = set(changes) - set(self.__slots__)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        copy = object.__new__(type(self))
        for name in self.__slots__:
            object.__setattr__(copy, name, changes.get(name, getattr(self, name)))
        return copy
