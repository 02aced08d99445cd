"""The streaming reader (services/exchange/reader.py) against ``json.loads`` over the whole text.

Whatever the exporter writes (and any other layout of the same JSON), read in chunks of any
size, gives the document ``json.loads`` gives; any damage to a file is refused with the very
message the whole-text reading gave before files were streamed (``_whole_text`` below is that
reading, kept here as the oracle).
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach_app.errors import ImportRejected
from coach_app.services.exchange import export, reader
from coach_app.services.exchange.document import TOP_KEYS, rejected, show

PROPERTY = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


# ---- the oracle: how a file was read before it was streamed (the whole text at once) ------


def _dup(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise rejected(f"a JSON object has the key {show(key)} twice.")
        out[key] = value
    return out


def _const(name: str) -> Any:
    raise rejected(f"the file contains {name}, which is not a number JSON allows.")


def _whole_text(raw: str | bytes) -> Any:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise rejected("the file is not UTF-8 text.") from None
    try:
        return json.loads(raw, object_pairs_hook=_dup, parse_constant=_const)
    except ImportRejected:
        raise
    except json.JSONDecodeError as exc:
        raise rejected(
            f"the file is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except (RecursionError, ValueError):
        raise rejected("the file is nested too deeply or holds a number too large.") from None


def _outcome(read: Any) -> tuple[str, Any]:
    try:
        found = read()
    except ImportRejected as exc:
        return "refused", exc.message
    # The streaming reader stands an empty list for a top level that is not an object.
    return "read", found if isinstance(found, dict) else []


def _streamed(raw: str | bytes, chunk: int, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(reader, "CHUNK", chunk)
    return reader.collect(reader.reader_of(raw))


# ---- documents ------------------------------------------------------------------------------

texts = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from('"\\\n\t/\x00é😀'),
    max_size=40,
)
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=25,
)
documents = st.dictionaries(
    st.sampled_from(TOP_KEYS) | texts,
    st.lists(st.dictionaries(texts, values, max_size=5), max_size=5) | values,
    max_size=6,
)


def _exporter_layout(doc: dict[str, Any]) -> str:
    """The document laid out as ``write_export`` lays out an export (lists one item a line)."""
    out = io.StringIO()
    out.write("{\n")
    items = list(doc.items())
    for n, (key, value) in enumerate(items):
        last = n == len(items) - 1
        if isinstance(value, list):
            # _write_list puts the key between quotes as given: give it escaped.
            export._write_list(out, json.dumps(key, ensure_ascii=False)[1:-1], value, last=last)
        else:
            out.write(f"  {json.dumps(key, ensure_ascii=False)}: {export._compact(value)}")
            out.write("\n" if last else ",\n")
    out.write("}\n")
    return out.getvalue()


def _layouts(doc: dict[str, Any]) -> list[str]:
    return [
        _exporter_layout(doc),
        json.dumps(doc),
        json.dumps(doc, ensure_ascii=False, indent=2),
        json.dumps(doc, separators=(",", ":")),
    ]


@PROPERTY
@given(doc=documents, chunk=st.integers(min_value=1, max_value=64), as_bytes=st.booleans())
def test_the_streamed_document_is_the_whole_texts(
    doc: dict[str, Any], chunk: int, as_bytes: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for text in _layouts(doc):
        raw: str | bytes = text.encode("utf-8") if as_bytes else text
        assert _streamed(raw, chunk, monkeypatch) == json.loads(text) == doc


def test_the_exporters_own_layout_is_what_write_export_writes() -> None:
    # The layout above is the exporter's: one item a line under a two-space-indented key.
    doc = {"format": "x", "coachees": [{"a": 1}, {"b": [2]}], "groups": []}
    assert _exporter_layout(doc) == (
        '{\n  "format": "x",\n  "coachees": [\n    {"a":1},\n    {"b":[2]}\n  ],\n'
        '  "groups": []\n}\n'
    )


# ---- damaged files --------------------------------------------------------------------------

_DAMAGE = [*'{}[],:"\\ x0-.eE\n\t', "\x00", "NaN", "Infinity", "tru", "1e999", "\ufeff"]


@st.composite
def damaged(draw: st.DrawFn) -> str | bytes:
    doc = draw(documents)
    raw: str = draw(st.sampled_from(_layouts(doc)))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        at = draw(st.integers(min_value=0, max_value=len(raw)))
        action = draw(st.sampled_from(["cut", "insert", "replace", "duplicate-key"]))
        if action == "cut":
            raw = raw[:at]
        elif action == "duplicate-key" and "{" in raw[at:]:
            brace = raw.index("{", at) + 1
            raw = raw[:brace] + '"twice":1,"twice":2,' + raw[brace:]
        else:
            bit = draw(st.sampled_from(_DAMAGE))
            raw = raw[:at] + bit + raw[at + (action == "replace") :]
    if draw(st.booleans()):
        data = raw.encode("utf-8")
        if draw(st.booleans()):
            at = draw(st.integers(min_value=0, max_value=len(data)))
            data = (
                data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"])) + data[at:]
            )
        if draw(st.booleans()):
            data = b"\xef\xbb\xbf" + data
        return data
    return raw


@PROPERTY
@given(raw=damaged(), chunk=st.integers(min_value=1, max_value=64))
def test_a_damaged_file_gets_the_whole_texts_answer(
    raw: str | bytes, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _outcome(lambda: _whole_text(raw))
    assert _outcome(lambda: _streamed(raw, chunk, monkeypatch)) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "{",
        "[",
        "[1,]",
        '{"a":1,}',
        '{"a" 1}',
        '{"a":1 "b":2}',
        '{"a":[1 2]}',
        "{} x",
        '{"a":}',
        '"abc',
        "tru",
        '{"a": 1, "a": 2}',
        '{"a": [{"b": 1, "b": 2}], "a": 3}',
        '{"a": 1, "a": 2, "b": [}',
        '{"a": NaN}',
        '{"a": -Infinity}',
        '{"a": [' + "9" * 5000 + "]}",
        '{"a": [' + "1" * 5000 + ".5]}",
        "[" * 5000 + "]" * 5000,
        '{"coachees": [' + "[" * 5000 + "]" * 5000 + "]}",
        '{"a": "line\nbreak"}',
        '{"a": "\\u12"}',
        "\ufeff{}",
        b"\xef\xbb\xbf{}",
        b"\xef\xbb\xbf\xef\xbb\xbf{\n}\n",  # two marks: utf-8-sig drops the first only
        b"\xff\xef\xbb\xbf{\n}\n",  # a bad byte, then a mark: the bad byte is the answer
        b'{"a": [1,] }\xff',
        b'{"a": [1,]' + b" " * 300 + b"}\xff",  # the bad byte far after the bad JSON
        b'{"a": "\xc3"}',
        b"\xff\xfe{}",
        '\n\n  {\n\n"a" : [ 1 ,\n 2 , x ] }',
        '[{"a": 1}, {"b": 2}]',
        "5",
    ],
)
@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 1 << 20])
def test_known_damage_gets_the_whole_texts_answer(
    raw: str | bytes, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _outcome(lambda: _whole_text(raw))
    assert _outcome(lambda: _streamed(raw, chunk, monkeypatch)) == expected


# ---- never the whole file -------------------------------------------------------------------


class _Parts:
    """Counts what the reader hands on, and how much it holds meanwhile."""

    def __init__(self, source: list[reader.Source]) -> None:
        self.items = 0
        self.most = 0
        self.source = source

    def key(self, name: str) -> None:
        """Nothing to keep."""

    def value(self, name: str, value: Any) -> None:
        """Nothing to keep."""

    def item(self, name: str, index: int, value: Any) -> None:
        self.items += 1
        self.most = max(self.most, len(self.source[0].buf))

    def end(self, name: str) -> None:
        """Nothing to keep."""

    def not_object(self) -> None:
        raise AssertionError("the test file is an object")


def test_a_large_file_is_read_a_chunk_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2,000 coachees of about 1 kB each: 2 MB read in 4 kB requests, holding a few kB at most.
    monkeypatch.setattr(reader, "CHUNK", 4096)
    coachee = {"id": "x", "name": "Ingrid Sørensen", "focus": "é" * 500, "sessions": [1.5, None]}
    doc = {"format": "f", "version": 2, "coachees": [coachee] * 2000, "groups": []}
    data = _exporter_layout(doc).encode("utf-8")
    stream = io.BytesIO(data)
    asked: list[int] = []

    def read(size: int) -> bytes:
        # A reader that asked for the whole file (or anything near it) is refused here.
        assert size <= 2 * 4096, size
        asked.append(size)
        return stream.read(size)

    made: list[reader.Source] = []
    real = reader.Source.__init__

    def remember(self: reader.Source, read: Any) -> None:
        real(self, read)
        made.append(self)

    monkeypatch.setattr(reader.Source, "__init__", remember)
    parts = _Parts(made)
    reader.read_document(read, parts)
    assert parts.items == 2000
    assert sum(asked) >= len(data) > 2_000_000
    assert parts.most <= 3 * 4096  # what is held: about a chunk, never the file
