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
import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final, Literal

from coach_app.i18n import _
from coach_app.paths import RESOURCES

InstrumentKind = Literal["single_rating", "gas", "multi_item"]

#: Format of the definition files; bump it when a field changes meaning.
FORMAT_VERSION: Final = 1

#: Scoring rules a definition may name; ``coach_app.instruments.scoring`` implements each one.
SCORING_RULES: Final = frozenset(
    {
        "number",
        "gas_t_score",
        "gse_sum",
        "empowerment_subscale_means",
        "psych_safety_mean",
        "checkin_ratings",
    }
)

#: The measures the app ships; the app refuses to start if one of them is missing.
BUILTIN_KEYS: Final = (
    "confidence",
    "gas",
    "gse",
    "empowerment",
    "psych_safety",
    "empowerment_checkin",
)

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
    def own_wording(self) -> bool:
        """True when the item texts are the app's own words (no author holds them).

        Only such texts go through the translation catalogue; a validated scale's items are
        its authors' wording and are shipped only in the languages they publish.
        """
        return self.ship_item_text and self.attribution is None and not self.is_custom

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


def instruments_dir() -> Path:
    """Return the folder of the built-in definitions, ``coach_app/resources/instruments``."""
    return RESOURCES / "instruments"


@functools.cache
def _load_builtin() -> tuple[Instrument, ...]:
    # parsing builds the dataclasses defined here, so it is imported when first needed
    from coach_app.instruments.parsing import read_instrument_dir  # noqa: PLC0415

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


def _translated(instrument: Instrument, translate: Callable[[str], str] = _) -> Instrument:
    """``instrument`` with its labels in the current language (the files hold English).

    Item wording is translated only where it is the app's own (``own_wording``): validated
    items are shipped in a language only where their authors publish that translation (they
    come as data, not through the catalogue).
    """
    scale = instrument.response_scale
    items = instrument.items
    if instrument.own_wording:
        items = tuple(replace(i, text=translate(i.text) if i.text else i.text) for i in items)
    return replace(
        instrument,
        items=items,
        subscales=tuple(replace(sub, label=translate(sub.label)) for sub in instrument.subscales),
        name=translate(instrument.name),
        short_name=translate(instrument.short_name),
        description=translate(instrument.description),
        prompts=tuple(translate(p) for p in instrument.prompts),
        context_label=translate(instrument.context_label) if instrument.context_label else None,
        response_scale=replace(
            scale, anchors=tuple(replace(a, label=translate(a.label)) for a in scale.anchors)
        ),
    )


def in_language(instrument: Instrument, translate: Callable[[str], str]) -> Instrument:
    """``instrument`` with its labels (and its own-wording items) put through ``translate``.

    For a form in another language than the app's (the hand-over to a coachee): the English
    labels of the built-in definition are translated, while item texts the app does not own
    (validated wording, or the coach's own wording from the vault) stay as ``instrument``
    holds them. A custom metric is returned as it is (its label is the coach's).
    """
    source = next((i for i in _load_builtin() if i.key == instrument.key), None)
    if source is None:
        return instrument
    if not source.own_wording:
        source = replace(source, items=instrument.items)
    return _translated(replace(source, reference=instrument.reference), translate)


def catalogue_strings() -> list[str]:
    """Every label of the built-in instruments, in English, for the i18n extraction step."""
    out: list[str] = []
    for instrument in _load_builtin():
        out += [instrument.name, instrument.short_name, instrument.description]
        out += list(instrument.prompts)
        out += [a.label for a in instrument.response_scale.anchors]
        out += [sub.label for sub in instrument.subscales]
        if instrument.own_wording:
            out += [item.text for item in instrument.items if item.text]
        if instrument.context_label:
            out.append(instrument.context_label)
    return out


def get_instrument(key: str) -> Instrument:
    """Return the built-in instrument ``key``.

    Raises:
        KeyError: there is no built-in instrument of that name (custom metrics live in the
            vault, see :func:`custom_instrument`).
    """
    # Only the one asked for is translated: a chart asks for six on every draw, and
    # translating all of them each time cost more than the rest of its instrument work.
    for instrument in _load_builtin():
        if instrument.key == key:
            return _translated(instrument)
    raise KeyError(f"unknown instrument {key!r}")


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
