"""Reading and validating instrument definition files (``resources/instruments/*.json``).

A definition is checked field by field as it is read, so a typo stops the app at start-up with
a message naming the file and the field instead of mis-scoring a coachee months later. The
values it builds are the frozen dataclasses of ``coach_app.instruments.definitions``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any, get_args

from coach_app.instruments.definitions import (
    _BUILTIN_KEY,
    _TOP_LEVEL_FIELDS,
    FORMAT_VERSION,
    SCORING_RULES,
    Anchor,
    GasParameters,
    Instrument,
    InstrumentDefinitionError,
    InstrumentKind,
    ItemSlot,
    ReferenceValues,
    ResponseScale,
    Subscale,
)


class _Reader:
    """Reads fields of one JSON object and reports problems as ``file: field 'path' ...``."""

    def __init__(self, file_name: str, data: Mapping[str, Any], path: str = "") -> None:
        self.file_name = file_name
        self.data = data
        self.path = path

    def error(self, field: str, problem: str) -> InstrumentDefinitionError:
        return InstrumentDefinitionError(f"{self.file_name}: field '{self.where(field)}' {problem}")

    def where(self, field: str) -> str:
        return f"{self.path}.{field}" if self.path else field

    def child(self, field: str, value: Any) -> _Reader:
        if not isinstance(value, dict):
            raise self.error(field, "must be an object")
        return _Reader(self.file_name, value, self.where(field))

    def require_fields(
        self, expected: frozenset[str], optional: frozenset[str] = frozenset()
    ) -> None:
        missing = sorted(expected - self.data.keys())
        if missing:
            raise self.error(missing[0], "is missing")
        unknown = sorted(self.data.keys() - expected - optional)
        if unknown:
            # Unknown fields are usually typos of known ones; silently ignoring them would
            # drop the setting the author meant to make.
            raise self.error(unknown[0], "is not a known field")

    def raw(self, field: str) -> Any:
        return self.data[field]

    def string(self, field: str, *, nullable: bool = False) -> str | None:
        value = self.data.get(field)
        if value is None and nullable:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(field, "must be a non-empty string" + (" or null" if nullable else ""))
        return value

    def text(self, field: str) -> str:
        value = self.string(field)
        assert value is not None
        return value

    def integer(self, field: str, *, nullable: bool = False) -> int | None:
        value = self.data.get(field)
        if value is None and nullable:
            return None
        # bool is an int subclass; true/false in a count field is always a mistake.
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.error(field, "must be an integer" + (" or null" if nullable else ""))
        return value

    def whole(self, field: str) -> int:
        value = self.integer(field)
        assert value is not None
        return value

    def number(self, field: str, *, nullable: bool = False) -> float | None:
        value = self.data.get(field)
        if value is None and nullable:
            return None
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not math.isfinite(value)
        ):
            raise self.error(field, "must be a number" + (" or null" if nullable else ""))
        return float(value)

    def boolean(self, field: str) -> bool:
        value = self.data.get(field)
        if not isinstance(value, bool):
            raise self.error(field, "must be true or false")
        return value

    def array(self, field: str) -> list[Any]:
        value = self.data.get(field)
        if not isinstance(value, list):
            raise self.error(field, "must be a list")
        return value


def _read_response_scale(reader: _Reader) -> ResponseScale:
    scale = reader.child("response_scale", reader.raw("response_scale"))
    scale.require_fields(frozenset({"min", "max", "anchors"}))
    low = scale.whole("min")
    high = scale.whole("max")
    if low >= high:
        raise scale.error("max", f"must be greater than min ({low})")
    anchors: list[Anchor] = []
    for index, raw in enumerate(scale.array("anchors")):
        anchor = scale.child(f"anchors[{index}]", raw)
        anchor.require_fields(frozenset({"value", "label"}))
        value = anchor.whole("value")
        if not low <= value <= high:
            raise anchor.error("value", f"must lie between {low} and {high}")
        if any(existing.value == value for existing in anchors):
            raise anchor.error("value", f"repeats the anchor {value}")
        anchors.append(Anchor(value=value, label=anchor.text("label")))
    return ResponseScale(min=low, max=high, anchors=tuple(anchors))


def _read_reference(parent: _Reader, field: str, raw: Any) -> ReferenceValues:
    reader = parent.child(field, raw)
    reader.require_fields(frozenset({"sd", "reliability", "source", "note"}))
    sd = reader.number("sd", nullable=True)
    if sd is not None and sd <= 0:
        raise reader.error("sd", "must be greater than 0")
    reliability = reader.number("reliability", nullable=True)
    if reliability is not None and not 0 <= reliability < 1:
        raise reader.error("reliability", "must be at least 0 and below 1")
    source = reader.string("source", nullable=True)
    if (sd is not None or reliability is not None) and source is None:
        # A reference value without its source cannot be checked; refuse it outright.
        raise reader.error("source", "is required when sd or reliability is given")
    note = reader.raw("note")
    if not isinstance(note, str):
        raise reader.error("note", "must be a string")
    return ReferenceValues(sd=sd, reliability=reliability, source=source, note=note)


def _read_items(reader: _Reader, ship_item_text: bool) -> list[tuple[int, str | None]]:
    items: list[tuple[int, str | None]] = []
    for index, raw in enumerate(reader.array("items")):
        item = reader.child(f"items[{index}]", raw)
        item.require_fields(frozenset({"number", "text"}))
        number = item.whole("number")
        if number != index + 1:
            raise item.error("number", f"must be {index + 1} (items are numbered 1, 2, 3, ...)")
        text = item.string("text", nullable=True)
        if ship_item_text and text is None:
            raise item.error("text", "is required because ship_item_text is true")
        if not ship_item_text and text is not None:
            # The licence decides this, not the author of the file: structure-only
            # instruments must not carry wording.
            raise item.error("text", "must be null because ship_item_text is false")
        items.append((number, text))
    return items


def _read_subscales(reader: _Reader, item_count: int) -> list[Subscale]:
    subscales: list[Subscale] = []
    claimed: dict[int, str] = {}
    for index, raw in enumerate(reader.array("subscales")):
        sub = reader.child(f"subscales[{index}]", raw)
        sub.require_fields(frozenset({"key", "label", "items"}), frozenset({"reference"}))
        key = sub.text("key")
        if not _BUILTIN_KEY.fullmatch(key):
            raise sub.error("key", "must be lower-case letters, digits and underscores")
        if any(existing.key == key for existing in subscales):
            raise sub.error("key", f"repeats the subscale {key!r}")
        numbers = sub.array("items")
        if not numbers:
            raise sub.error("items", "must name at least one item")
        for position, number in enumerate(numbers):
            if not isinstance(number, int) or isinstance(number, bool):
                raise sub.error(f"items[{position}]", "must be an integer")
            if not 1 <= number <= item_count:
                raise sub.error(f"items[{position}]", f"must be an item number 1–{item_count}")
            if number in claimed:
                raise sub.error(
                    f"items[{position}]", f"item {number} is already in {claimed[number]}"
                )
            claimed[number] = key
        reference = (
            _read_reference(sub, "reference", sub.raw("reference"))
            if "reference" in sub.data
            else ReferenceValues()
        )
        subscales.append(
            Subscale(key=key, label=sub.text("label"), items=tuple(numbers), reference=reference)
        )
    if subscales and len(claimed) != item_count:
        orphan = min(set(range(1, item_count + 1)) - claimed.keys())
        raise reader.error("subscales", f"leave item {orphan} without a subscale")
    return subscales


def _read_reversed(reader: _Reader, item_count: int) -> set[int]:
    reversed_items: set[int] = set()
    for position, number in enumerate(reader.array("reversed_items")):
        if not isinstance(number, int) or isinstance(number, bool):
            raise reader.error(f"reversed_items[{position}]", "must be an integer")
        if not 1 <= number <= item_count:
            raise reader.error(f"reversed_items[{position}]", "must be an existing item number")
        if number in reversed_items:
            raise reader.error(f"reversed_items[{position}]", f"repeats item {number}")
        reversed_items.add(number)
    return reversed_items


def _read_score_range(reader: _Reader) -> tuple[float, float] | None:
    raw = reader.raw("score_range")
    if raw is None:
        return None
    score_range = reader.child("score_range", raw)
    score_range.require_fields(frozenset({"min", "max"}))
    low = score_range.number("min")
    high = score_range.number("max")
    assert low is not None and high is not None
    if low >= high:
        raise score_range.error("max", "must be greater than min")
    return (low, high)


def _read_gas(reader: _Reader, kind: str, scale: ResponseScale) -> GasParameters | None:
    raw = reader.raw("gas")
    if kind != "gas":
        if raw is not None:
            raise reader.error("gas", "must be null unless kind is 'gas'")
        return None
    gas = reader.child("gas", raw)
    gas.require_fields(
        frozenset({"rho", "weight_min", "weight_max", "usual_start_level", "reference_t"})
    )
    rho = gas.number("rho")
    assert rho is not None
    if not 0 <= rho < 1:
        raise gas.error("rho", "must be at least 0 and below 1")
    weight_min = gas.whole("weight_min")
    weight_max = gas.whole("weight_max")
    if not 1 <= weight_min <= weight_max:
        raise gas.error("weight_max", "must be at least weight_min, which must be at least 1")
    start = gas.whole("usual_start_level")
    if not scale.min <= start <= scale.max:
        raise gas.error("usual_start_level", "must lie on the response scale")
    reference_t = gas.number("reference_t")
    assert reference_t is not None
    return GasParameters(rho, weight_min, weight_max, start, reference_t)


def _read_header(reader: _Reader, expected_key: str) -> tuple[str, int, InstrumentKind, str]:
    """Read format, key, version, kind and scoring rule."""
    if reader.integer("format") != FORMAT_VERSION:
        raise reader.error("format", f"must be {FORMAT_VERSION}")
    key = reader.text("key")
    if not _BUILTIN_KEY.fullmatch(key):
        raise reader.error("key", "must be lower-case letters, digits and underscores")
    if key != expected_key:
        raise reader.error("key", f"is {key!r} but the file is named {expected_key}.json")
    version = reader.whole("version")
    if version < 1:
        raise reader.error("version", "must be 1 or more")
    kind = reader.text("kind")
    if kind not in get_args(InstrumentKind):
        raise reader.error("kind", f"must be one of {', '.join(get_args(InstrumentKind))}")
    scoring = reader.text("scoring")
    if scoring not in SCORING_RULES:
        known = ", ".join(sorted(SCORING_RULES))
        raise reader.error("scoring", f"names an unknown rule; known: {known}")
    return key, version, kind, scoring  # type: ignore[return-value]  # kind checked above


def _check_item_count(reader: _Reader, kind: str, count: int) -> None:
    if kind == "single_rating" and count != 1:
        raise reader.error("items", "must hold exactly one item for a single rating")
    if kind == "gas" and count != 0:
        raise reader.error("items", "must be empty for GAS (the coach writes each goal's levels)")
    if kind == "multi_item" and count < 2:
        raise reader.error("items", "must hold at least two items for a multi-item scale")


def _read_missing_limits(
    reader: _Reader, count: int, subscales: list[Subscale]
) -> tuple[int, int | None]:
    max_missing = reader.whole("max_missing")
    if not 0 <= max_missing < max(count, 1):
        raise reader.error("max_missing", "must be at least 0 and below the number of items")
    per_subscale = reader.integer("max_missing_per_subscale", nullable=True)
    if per_subscale is not None:
        if not subscales:
            raise reader.error("max_missing_per_subscale", "needs subscales")
        smallest = min(len(sub.items) for sub in subscales)
        if not 0 <= per_subscale < smallest:
            raise reader.error("max_missing_per_subscale", "must leave every subscale an answer")
    return max_missing, per_subscale


def _read_prompts(reader: _Reader) -> tuple[str, ...]:
    prompts = reader.array("prompts")
    for position, prompt in enumerate(prompts):
        if not isinstance(prompt, str) or not prompt.strip():
            raise reader.error(f"prompts[{position}]", "must be a non-empty string")
    return tuple(prompts)


def _read_context(reader: _Reader) -> tuple[bool, str | None]:
    context_only = reader.boolean("context_only")
    context_label = reader.string("context_label", nullable=True)
    if context_only and context_label is None:
        raise reader.error("context_label", "is required when context_only is true")
    return context_only, context_label


def _parse_instrument(file_name: str, expected_key: str, data: Any) -> Instrument:
    if not isinstance(data, dict):
        raise InstrumentDefinitionError(f"{file_name}: the file must hold one JSON object")
    reader = _Reader(file_name, data)
    reader.require_fields(_TOP_LEVEL_FIELDS)
    key, version, kind, scoring = _read_header(reader, expected_key)

    scale = _read_response_scale(reader)
    ship_item_text = reader.boolean("ship_item_text")
    raw_items = _read_items(reader, ship_item_text)
    count = len(raw_items)
    _check_item_count(reader, kind, count)
    subscales = _read_subscales(reader, count)
    reversed_items = _read_reversed(reader, count)
    subscale_of = {number: sub.key for sub in subscales for number in sub.items}
    items = tuple(
        ItemSlot(number, text, subscale_of.get(number), number in reversed_items)
        for number, text in raw_items
    )
    max_missing, per_subscale = _read_missing_limits(reader, count, subscales)
    context_only, context_label = _read_context(reader)

    return Instrument(
        key=key,
        name=reader.text("name"),
        short_name=reader.text("short_name"),
        version=version,
        kind=kind,
        scoring=scoring,
        description=reader.text("description"),
        response_scale=scale,
        items=items,
        subscales=tuple(subscales),
        max_missing=max_missing,
        max_missing_per_subscale=per_subscale,
        score_range=_read_score_range(reader),
        prompts=_read_prompts(reader),
        reference=_read_reference(reader, "reference", reader.raw("reference")),
        ship_item_text=ship_item_text,
        attribution=reader.string("attribution", nullable=True),
        licence_note=reader.text("licence_note"),
        source=reader.text("source"),
        context_only=context_only,
        context_label=context_label,
        gas=_read_gas(reader, kind, scale),
    )


def read_instrument_file(path: Path) -> Instrument:
    """Read and validate one definition file.

    Raises:
        InstrumentDefinitionError: the file is unreadable, not JSON, or breaks a rule; the
            message names the file and the field.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InstrumentDefinitionError(f"{path.name}: cannot be read ({exc.strerror})") from exc
    except json.JSONDecodeError as exc:
        raise InstrumentDefinitionError(
            f"{path.name}: is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    return _parse_instrument(path.name, path.stem, data)


def read_instrument_dir(directory: Path) -> dict[str, Instrument]:
    """Read every ``*.json`` definition in ``directory``, keyed by instrument key (uncached)."""
    return {path.stem: read_instrument_file(path) for path in sorted(directory.glob("*.json"))}
