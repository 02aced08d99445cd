"""Instrument definitions: the data files in ``resources/instruments`` as frozen dataclasses.

Every built-in measure (confidence ruler, Goal Attainment Scaling, GSE, psychological
empowerment, team psychological safety) is described by one JSON file: its items or item slots,
response scale, subscales, reversed items, scoring rule, missing-answer limits, reference SD and
reliability (only where known, each with its source), licence note and citation. Keeping this as
data means a licence or wording question is answered by reading one file, and the scoring code
stays free of item lists.

The files are validated when read, so a typo in a definition stops the app at start-up with a
message naming the file and the field, rather than mis-scoring a coachee months later.

Coach-defined metrics are not files: :func:`custom_instrument` builds one in memory from what the
coach typed (a key of the form ``custom:<slug>``, a label and a min–max range).

Nothing here touches the database or Qt.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final, Literal, get_args

from coach_app.i18n import _

InstrumentKind = Literal["single_rating", "gas", "multi_item"]

#: Format of the definition files; bump it when a field changes meaning.
FORMAT_VERSION: Final = 1

#: Scoring rules a definition may name; ``coach_app.instruments.scoring`` implements each one.
SCORING_RULES: Final = frozenset(
    {"number", "gas_t_score", "gse_sum", "empowerment_subscale_means", "psych_safety_mean"}
)

#: The measures the app ships; the app refuses to start if one of them is missing.
BUILTIN_KEYS: Final = ("confidence", "gas", "gse", "empowerment", "psych_safety")

CUSTOM_PREFIX: Final = "custom:"

_CUSTOM_KEY = re.compile(r"custom:[a-z0-9]+(?:-[a-z0-9]+)*")
_BUILTIN_KEY = re.compile(r"[a-z][a-z0-9_]*")

_TOP_LEVEL_FIELDS: Final = frozenset(
    {
        "format",
        "key",
        "name",
        "short_name",
        "version",
        "kind",
        "scoring",
        "description",
        "response_scale",
        "items",
        "subscales",
        "reversed_items",
        "max_missing",
        "max_missing_per_subscale",
        "score_range",
        "prompts",
        "reference",
        "ship_item_text",
        "attribution",
        "licence_note",
        "source",
        "context_only",
        "context_label",
        "gas",
    }
)


class InstrumentDefinitionError(ValueError):
    """An instrument definition (a data file or a custom metric) is not valid.

    The message names the file and the field where there is one, so it can be shown as is.
    """


@dataclass(frozen=True)
class Anchor:
    """A labelled point of a response scale, e.g. 1 = "Not at all true"."""

    value: int
    label: str


@dataclass(frozen=True)
class ResponseScale:
    """The range an answer may take, and the labels of some (or all) of its points."""

    min: float
    max: float
    anchors: tuple[Anchor, ...] = ()

    def label_for(self, value: float) -> str | None:
        """Return the anchor label of ``value``, or None when that point is unlabelled."""
        for anchor in self.anchors:
            if anchor.value == value:
                return anchor.label
        return None


@dataclass(frozen=True)
class ReferenceValues:
    """Published reference SD and reliability used for the measurement-error band.

    Both stay None unless a value has been checked against its source; the chart then draws no
    band, which is the honest default.
    """

    sd: float | None = None
    reliability: float | None = None
    source: str | None = None
    note: str = ""

    @property
    def complete(self) -> bool:
        """True when both the SD and the reliability are known."""
        return self.sd is not None and self.reliability is not None


@dataclass(frozen=True)
class ItemSlot:
    """One item of an instrument.

    ``text`` is None for a slot whose wording the app does not ship; the coach enters it once
    per vault (see :func:`with_item_wording`).
    """

    number: int
    text: str | None
    subscale: str | None = None
    reversed: bool = False


@dataclass(frozen=True)
class Subscale:
    """A named group of items scored together (e.g. empowerment's "meaning", items 1–3)."""

    key: str
    label: str
    items: tuple[int, ...]
    reference: ReferenceValues = ReferenceValues()


@dataclass(frozen=True)
class GasParameters:
    """The constants of Goal Attainment Scaling as the app applies them."""

    rho: float
    weight_min: int
    weight_max: int
    usual_start_level: int
    reference_t: float


@dataclass(frozen=True)
class Instrument:
    """A measure the coach can record: definition, licence and citation in one value."""

    key: str
    name: str
    short_name: str
    version: int
    kind: InstrumentKind
    scoring: str
    description: str
    response_scale: ResponseScale
    items: tuple[ItemSlot, ...]
    subscales: tuple[Subscale, ...]
    max_missing: int
    max_missing_per_subscale: int | None
    score_range: tuple[float, float] | None
    prompts: tuple[str, ...]
    reference: ReferenceValues
    ship_item_text: bool
    attribution: str | None
    licence_note: str
    source: str
    context_only: bool = False
    context_label: str | None = None
    gas: GasParameters | None = None

    @property
    def is_custom(self) -> bool:
        """True for a coach-defined metric."""
        return self.key.startswith(CUSTOM_PREFIX)

    @property
    def reversed_items(self) -> tuple[int, ...]:
        """Numbers of the items scored in reverse."""
        return tuple(item.number for item in self.items if item.reversed)

    @property
    def needs_item_wording(self) -> bool:
        """True while some item slot has no wording (the coach has not entered it yet)."""
        return any(item.text is None for item in self.items)

    def subscale(self, key: str) -> Subscale:
        """Return the subscale called ``key``.

        Raises:
            KeyError: the instrument has no such subscale.
        """
        for subscale in self.subscales:
            if subscale.key == key:
                return subscale
        raise KeyError(f"{self.key} has no subscale {key!r}")


# --------------------------------------------------------------------------- reading the files


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


def instruments_dir() -> Path:
    """Return the folder of the built-in definitions, ``<repo root>/resources/instruments``."""
    return Path(__file__).resolve().parents[2] / "resources" / "instruments"


@functools.cache
def _load_builtin() -> tuple[Instrument, ...]:
    directory = instruments_dir()
    found = read_instrument_dir(directory)
    missing = [key for key in BUILTIN_KEYS if key not in found]
    if missing:
        raise InstrumentDefinitionError(
            f"{missing[0]}.json: the built-in instrument file is missing from {directory}"
        )
    return tuple(found.values())


def load_instruments() -> dict[str, Instrument]:
    """Return the built-in instruments by key, read and validated once per process.

    A fresh dict is returned on every call so a caller cannot alter what others see.

    Raises:
        InstrumentDefinitionError: a definition file is missing or invalid.
    """
    return {instrument.key: _translated(instrument) for instrument in _load_builtin()}


def _translated(instrument: Instrument) -> Instrument:
    """``instrument`` with its labels in the current language (the files hold English).

    Item wording is not translated here: validated items are shipped in a language only where
    their authors publish that translation (they come as data, not through the catalogue).
    """
    scale = instrument.response_scale
    return replace(
        instrument,
        name=_(instrument.name),
        short_name=_(instrument.short_name),
        description=_(instrument.description),
        prompts=tuple(_(p) for p in instrument.prompts),
        context_label=_(instrument.context_label) if instrument.context_label else None,
        response_scale=replace(
            scale, anchors=tuple(replace(a, label=_(a.label)) for a in scale.anchors)
        ),
    )


def catalogue_strings() -> list[str]:
    """Every label of the built-in instruments, in English, for the i18n extraction step."""
    out: list[str] = []
    for instrument in _load_builtin():
        out += [instrument.name, instrument.short_name, instrument.description]
        out += list(instrument.prompts)
        out += [a.label for a in instrument.response_scale.anchors]
        if instrument.context_label:
            out.append(instrument.context_label)
    return out


def get_instrument(key: str) -> Instrument:
    """Return the built-in instrument ``key``.

    Raises:
        KeyError: there is no built-in instrument of that name (custom metrics live in the
            vault, see :func:`custom_instrument`).
    """
    instruments = load_instruments()
    if key not in instruments:
        raise KeyError(f"unknown instrument {key!r}")
    return instruments[key]


# --------------------------------------------------------------------------- coach-defined parts


def custom_key(label: str) -> str:
    """Suggest a key for a metric label: "Sleep (hours)" → ``custom:sleep-hours``.

    Raises:
        InstrumentDefinitionError: the label has no letters or digits to build a key from.
    """
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if not slug:
        raise InstrumentDefinitionError("A custom metric needs a name with letters or digits.")
    return CUSTOM_PREFIX + slug


def custom_instrument(key: str, label: str, min: float, max: float) -> Instrument:
    """Build the definition of a coach-defined metric (a single rating on the coach's range).

    Args:
        key: ``custom:<slug>`` where the slug is lower-case letters and digits joined by dashes.
        label: what the coach calls the metric; shown on forms and charts.
        min: lowest allowed value.
        max: highest allowed value, greater than ``min``.

    Raises:
        InstrumentDefinitionError: the key, label or range is not acceptable; the message says
            why in words fit for the form.
    """
    if not isinstance(key, str) or not _CUSTOM_KEY.fullmatch(key):
        raise InstrumentDefinitionError(
            f"A custom metric key must look like 'custom:sleep-hours' (got {key!r})."
        )
    if not isinstance(label, str) or not label.strip():
        raise InstrumentDefinitionError("A custom metric needs a name.")
    for name, bound in (("minimum", min), ("maximum", max)):
        if (
            not isinstance(bound, int | float)
            or isinstance(bound, bool)
            or not math.isfinite(bound)
        ):
            raise InstrumentDefinitionError(f"The {name} of a custom metric must be a number.")
    if min >= max:
        raise InstrumentDefinitionError("A custom metric needs a minimum below its maximum.")
    label = label.strip()
    return Instrument(
        key=key,
        name=label,
        short_name=label,
        version=1,
        kind="single_rating",
        scoring="number",
        description=f"Coach-defined metric from {min:g} to {max:g}.",
        response_scale=ResponseScale(min=min, max=max),
        items=(ItemSlot(number=1, text=label),),
        subscales=(),
        max_missing=0,
        max_missing_per_subscale=None,
        score_range=(float(min), float(max)),
        prompts=(),
        reference=ReferenceValues(
            note="A coach-defined single rating: the chart draws no measurement-error band."
        ),
        ship_item_text=True,
        attribution=None,
        licence_note="Defined by the coach in this vault.",
        source="Coach-defined metric.",
    )


def with_item_wording(instrument: Instrument, wording: Mapping[int, str]) -> Instrument:
    """Return ``instrument`` with the coach's wording filled into its item slots.

    Used for structure-only instruments (empowerment, psychological safety) whose wording the
    coach enters once per vault. Slots not named in ``wording`` keep what they had.

    Raises:
        InstrumentDefinitionError: an item number does not exist or a wording is empty.
    """
    numbers = {item.number for item in instrument.items}
    for number, text in wording.items():
        if number not in numbers:
            raise InstrumentDefinitionError(f"{instrument.name} has no item {number}.")
        if not isinstance(text, str) or not text.strip():
            raise InstrumentDefinitionError(f"Item {number} of {instrument.name} needs wording.")
    items = tuple(
        replace(item, text=wording[item.number].strip()) if item.number in wording else item
        for item in instrument.items
    )
    return replace(instrument, items=items)
