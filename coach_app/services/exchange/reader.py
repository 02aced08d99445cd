"""Reading an import file as a stream: the top level by hand, each coachee with ``json``.

An export of a large vault is hundreds of megabytes, so the file is never held whole. The
top-level object is read here, key by key; a top-level list (``coachees``, ``groups``,
``development``, or any other) is read one element at a time, and each element, like every
other value, is parsed by the standard library's decoder (``JSONDecoder.raw_decode``) over a
buffer that holds the element being read and little more. So memory is bounded by the largest
single element (one coachee with their whole record), not by the file.

The rules are those of ``json.loads`` over the whole text, with the same strictness as before
the file was streamed: an object with the same key twice, ``NaN`` and ``Infinity``, invalid
UTF-8 (anywhere in the file, which wins over every other problem), nesting too deep for the
decoder and integers with too many digits are refused, and a syntax error names the same line,
column and problem as ``json.loads`` would. ``collect`` rebuilds the whole document (for a text
already in memory); ``read_document`` hands the parts to a ``Parts`` receiver.

Why retrying is safe: a value is decoded from the buffer; when decoding fails or ends near
the end of the buffer (a number may go on: ``1.`` of ``1.5``), more of the file is read and
the value decoded again. A failure well before the end of the buffer does not
depend on what follows, so it is the file's own. Each retry at least doubles what is buffered
after the value's start, so an element is decoded a bounded number of times.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Callable
from typing import Any, BinaryIO, Protocol, TextIO

from coach_app.errors import ImportRejected
from coach_app.i18n import _
from coach_app.services.exchange.document import rejected, show

#: Bytes read from the file at a time.
CHUNK = 1 << 20
#: A decoding error this close to the end of the buffer may be the buffer's end, not the
#: file's: the longest token that can be cut and still look like an error is ``-Infinity``.
_NEAR_END = 16
_WS = re.compile(r"[ \t\n\r]*")
_NUMBER_TAIL = frozenset("0123456789.eE+-")


class Parts(Protocol):
    """What ``read_document`` hands on, in file order (a duplicate key's value is not)."""

    def key(self, name: str) -> None:
        """A top-level key; its value follows as ``value`` or as ``item`` calls and ``end``."""

    def value(self, name: str, value: Any) -> None:
        """The whole value of a top-level key that is not a list."""

    def item(self, name: str, index: int, value: Any) -> None:
        """One element of a top-level list."""

    def end(self, name: str) -> None:
        """The end of a top-level list."""

    def not_object(self) -> None:
        """The file is valid JSON but its top level is not an object."""


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Built in C; only an object that lost a key to a repeat is gone through again, to name
    # the first key that comes twice.
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise duplicate_key(key)
            seen.add(key)
    return out


def duplicate_key(key: str) -> ImportRejected:
    """The refusal of an object that has ``key`` twice."""
    return rejected(_("a JSON object has the key {key} twice.").format(key=show(key)))


def _no_constants(name: str) -> Any:
    raise rejected(
        _("the file contains {name}, which is not a number JSON allows.").format(name=name)
    )


def _not_utf8() -> ImportRejected:
    return rejected(_("the file is not UTF-8 text."))


def _too_deep() -> ImportRejected:
    return rejected(_("the file is nested too deeply or holds a number too large."))


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
_Scan = Callable[[str, int], tuple[Any, int]]


def _scan_value(text: str, pos: int) -> tuple[Any, int]:
    return _DECODER.raw_decode(text, pos)


def _scan_key(text: str, pos: int) -> tuple[Any, int]:
    # ``pos`` is at the opening quote; the C scanner reads from just after it.
    found: tuple[str, int] = json.decoder.scanstring(text, pos + 1, True)  # type: ignore[attr-defined]
    return found


class Source:
    """The file's text, read in chunks: a buffer, a position in it, and where it is in the file.

    ``read`` returns bytes (decoded as UTF-8, a byte-order mark dropped) or text.
    """

    def __init__(self, read: Callable[[int], bytes | str]) -> None:
        self._read = read
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.buf = ""
        self.pos = 0
        self.eof = False
        self._first = True
        self._bytes = True
        self._line = 0  # newlines before buf[0]
        self._column = 0  # characters since the last of them, before buf[0]

    # ---- the buffer ------------------------------------------------------------------------

    def _chunk(self, size: int) -> str:
        data = self._read(size)
        if not data:
            self.eof = True
        if isinstance(data, str):
            self._bytes = False
            text = data
        else:
            try:
                text = self._decoder.decode(data, final=not data)
            except UnicodeDecodeError:
                self._first = False  # what follows a bad byte is not the start of the text
                raise _not_utf8() from None
        if self._first and text:
            self._first = False
            if text.startswith("\ufeff"):
                # json.loads refuses a text that starts with a byte-order mark: one in a text
                # given as such, or a second one in a file (utf-8-sig drops only the first).
                raise self.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
        return text

    def _fill(self, at_least: int = 0) -> None:
        """Read a chunk, or ``at_least`` more if larger (or to the end), dropping what was used."""
        if self.pos > CHUNK or (self.pos and self.pos * 2 > len(self.buf)):
            used = self.buf[: self.pos]
            newlines = used.count("\n")
            if newlines:
                self._line += newlines
                self._column = len(used) - used.rfind("\n") - 1
            else:
                self._column += len(used)
            self.buf = self.buf[self.pos :]
            self.pos = 0
        parts = [self.buf]
        wanted = max(at_least, CHUNK)
        got = 0
        while got < wanted and not self.eof:
            piece = self._chunk(wanted - got)
            parts.append(piece)
            got += len(piece)
        self.buf = "".join(parts)

    def peek(self) -> str:
        """The next character that is not white space (``""`` at the end); moves past space."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if self.eof:
                return ""
            self._fill()

    def error(self, problem: str, pos: int) -> ImportRejected:
        """``json.loads``' message for ``problem`` at ``pos`` in the buffer (line and column)."""
        newlines = self.buf.count("\n", 0, pos)
        if newlines:
            line = self._line + newlines + 1
            column = pos - self.buf.rfind("\n", 0, pos)
        else:
            line = self._line + 1
            column = self._column + pos + 1
        return rejected(
            _("the file is not valid JSON (line {line}, column {column}: {problem}).").format(
                line=line, column=column, problem=problem
            )
        )

    # ---- decoding --------------------------------------------------------------------------

    def _decode(self, scan: _Scan) -> Any:
        """Decode what starts at ``pos`` with ``scan``, reading more while the end may cut it."""
        while True:
            after = len(self.buf) - self.pos
            try:
                found, end = scan(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                cut = exc.pos >= len(self.buf) - _NEAR_END or exc.msg.startswith("Unterminated")
                if self.eof or not cut:
                    raise self.error(exc.msg, exc.pos) from None
            except RecursionError:
                raise _too_deep() from None
            except ImportRejected:
                raise
            except ValueError:
                # An integer with too many digits; it may go on if the buffer ends in it.
                if self.eof or self.buf[-1] not in _NUMBER_TAIL:
                    raise _too_deep() from None
            else:
                # A number ends where its text stops looking like one ("1." of "1.5"): near
                # the end of the buffer, the rest of the file may go on with it.
                if self.eof or end < len(self.buf) - _NEAR_END:
                    self.pos = end
                    return found
            self._fill(after + 1)

    def value(self) -> Any:
        """The next JSON value (after white space)."""
        self.peek()
        return self._decode(_scan_value)

    def key(self) -> str:
        """The object key at ``pos`` (its opening quote)."""
        found: str = self._decode(_scan_key)
        return found

    def rest_is_utf8(self) -> None:
        """Read the rest of the file: invalid UTF-8 anywhere refuses it before anything else."""
        while self._bytes and not self.eof:
            self.buf, self.pos = "", 0
            self._chunk(CHUNK)


class _Reader:
    """The top level of the document, handing its parts to ``parts``."""

    def __init__(self, source: Source, parts: Parts) -> None:
        self.src = source
        self.parts = parts

    def expect(self, problem: str) -> ImportRejected:
        return self.src.error(problem, self.src.pos)

    def document(self) -> None:
        src = self.src
        first = src.peek()
        if first != "{":
            # Not an object: read it as json.loads would (for its message), then say so.
            if first == "[":
                src.pos += 1
                self._list(None)
            else:
                src.value()
            self._end()
            self.parts.not_object()
            return
        src.pos += 1
        seen: set[str] = set()
        twice: str | None = None
        char = src.peek()
        if char != "}":
            while True:
                if char != '"':
                    raise self.expect("Expecting property name enclosed in double quotes")
                name = src.key()
                if src.peek() != ":":
                    raise self.expect("Expecting ':' delimiter")
                src.pos += 1
                target: str | None = name
                if name in seen:
                    twice, target = twice or name, None
                else:
                    seen.add(name)
                    self.parts.key(name)
                if src.peek() == "[":
                    src.pos += 1
                    self._list(target)
                else:
                    value = src.value()
                    if target is not None:
                        self.parts.value(target, value)
                char = src.peek()
                if char == "}":
                    break
                if char != ",":
                    raise self.expect("Expecting ',' delimiter")
                src.pos += 1
                char = src.peek()
        src.pos += 1
        if twice is not None:
            # json.loads' hook sees the top level's keys when the object closes.
            raise duplicate_key(twice)
        self._end()

    def _list(self, name: str | None) -> None:
        src = self.src
        index = 0
        if src.peek() != "]":
            while True:
                value = src.value()
                if name is not None:
                    self.parts.item(name, index, value)
                index += 1
                char = src.peek()
                if char == "]":
                    break
                if char != ",":
                    raise self.expect("Expecting ',' delimiter")
                src.pos += 1
        src.pos += 1
        if name is not None:
            self.parts.end(name)

    def _end(self) -> None:
        if self.src.peek():
            raise self.expect("Extra data")


def read_document(read: Callable[[int], bytes | str], parts: Parts) -> None:
    """Read a whole import file through ``read`` (bytes or text), handing its parts on.

    Raises ``ImportRejected`` for a file that is not UTF-8 or not JSON as ``json.loads`` takes
    it; whatever ``parts`` raises goes through.
    """
    source = Source(read)
    try:
        _Reader(source, parts).document()
    except ImportRejected:
        source.rest_is_utf8()  # invalid UTF-8 later in the file is the first thing to say
        raise


class _Collect:
    """``Parts`` that rebuild the whole document (a text already in memory)."""

    def __init__(self) -> None:
        self.doc: dict[str, Any] = {}
        self.top: Any = None

    def key(self, name: str) -> None:
        self.doc[name] = []

    def value(self, name: str, value: Any) -> None:
        self.doc[name] = value

    def item(self, name: str, index: int, value: Any) -> None:
        self.doc[name].append(value)

    def end(self, name: str) -> None:
        """Nothing to do: the list is complete."""

    def not_object(self) -> None:
        self.top = _NOT_OBJECT


_NOT_OBJECT: list[Any] = []


def collect(read: Callable[[int], bytes | str]) -> Any:
    """The whole document, as ``json.loads`` gives it (a top level that is not an object: [])."""
    found = _Collect()
    read_document(read, found)
    return found.doc if found.top is None else []


def reader_of(raw: str | bytes | BinaryIO | TextIO) -> Callable[[int], bytes | str]:
    """A ``read(size)`` over a text, bytes or an open file."""
    if isinstance(raw, bytes):
        return io.BytesIO(raw).read
    if isinstance(raw, str):
        return io.StringIO(raw).read
    return raw.read
