"""How a session's text is stored: compressed when that makes it smaller.

A session's sections, notes and private reflection are most of what a vault holds (72 MB of
the 87 MB of text in the bench's 100,000-note practice). Each value is stored as SQLite TEXT
as typed, or, when DEFLATE makes it smaller, as a BLOB: one format byte, then the raw DEFLATE
stream of its UTF-8 text. The value's SQLite type says which it is, so a value stored as TEXT
reads as it always did; revision 0009 packed the ones written before revision 0008 by the
same rule, once, when a vault is upgraded.

Compressing before encrypting hides no less: SQLCipher encrypts whole pages, and a page holds
many rows. The ORM reads and writes these columns through ``coach_app.models.packed``; SQL
that reads them (the search's content view, the sign search) calls :data:`SQL_FUNCTION`,
which every connection to a vault has (``coach_app.vault.engine.key_connection``).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from typing import Any

#: The first byte of a packed value: its format (1: raw DEFLATE of the UTF-8 text).
_RAW_DEFLATE = b"\x01"
#: zlib's default level: level 9 packs these texts 0.1% smaller and takes longer.
_LEVEL = 6
#: Shorter texts are stored as typed: DEFLATE rarely shortens them, and trying costs time.
_SHORTEST = 48
#: The SQL name of :func:`unpack`, for a query that reads a packed column.
SQL_FUNCTION = "unpacked"


class PackedValueError(ValueError):
    """A stored BLOB is not a packed text this app can read."""


def pack(text: str) -> str | bytes:
    """``text`` as stored: packed bytes if DEFLATE makes it shorter, else the text itself."""
    if len(text) < _SHORTEST:
        return text
    data = text.encode()
    deflate = zlib.compressobj(_LEVEL, zlib.DEFLATED, -15)
    packed = _RAW_DEFLATE + deflate.compress(data) + deflate.flush()
    return packed if len(packed) < len(data) else text


def unpack(value: str | bytes | None) -> str | None:
    """The text of a stored value (TEXT as it is, a packed BLOB decompressed, NULL as None)."""
    if value is None or isinstance(value, str):
        return value
    if value[:1] != _RAW_DEFLATE:
        raise PackedValueError("a stored text is in a form this app does not know")
    try:
        return zlib.decompress(value[1:], -15).decode()
    except (zlib.error, UnicodeDecodeError) as exc:
        raise PackedValueError("a stored text cannot be unpacked") from exc


def sql_unpack() -> Callable[[str | bytes | None], str | None]:
    """:func:`unpack` for one connection's :data:`SQL_FUNCTION`, remembering its last value.

    The content view reads a session's sections twice per document (revision 0007's read
    of a map's values takes its JSON twice), so the second call gives the text the first one
    inflated: reading every document (a rebuild, an import, the integrity check of every
    backup) inflated 200,000 values instead of 100,000 at 100k notes. One connection runs
    one statement at a time, and the remembered text goes with the connection.
    """
    last_value: bytes | None = None
    last_text: str | None = None

    def unpacked(value: str | bytes | None) -> str | None:
        nonlocal last_value, last_text
        if not isinstance(value, bytes):
            return value  # TEXT or NULL, as it is
        if value != last_value:
            last_value, last_text = value, unpack(value)
        return last_text

    return unpacked


def json_text(value: Any) -> str:
    r"""A JSON column's value as the vault stores it: its text as typed, not ``\u`` escapes.

    ``json.dumps``'s default escapes every character beyond ASCII: "hörd" is stored as
    ``h\u00f6rd``, six bytes for one letter; the bench's practice, a mix of Dutch, Swedish,
    French and English sessions, stored 5% more than its sections' text. Values already stored
    with escapes read back the same.
    """
    return json.dumps(value, ensure_ascii=False)
