"""Vault-level instrument settings: item wording, custom metrics and reference values.

They are stored encrypted in the ``settings`` table:

* ``empowerment_item_wording`` / ``psych_safety_item_wording`` — the item texts the coach enters
  once per vault for the structure-only instruments (a list of 12 / 7 strings).
* ``custom_metrics`` — the coach's own scales, a list of ``{key, label, min, max}``.
* ``reference_values`` — ``{key: {sd, reliability, source}}`` copied by the coach from a published
  manual; ``key`` is ``gse``, ``psych_safety`` or ``empowerment:<subscale>``. This is the only way
  a measurement-error band appears for a built-in scale, and the source text is required.

:func:`resolve_instrument` overlays all three on a built-in definition; the entry form, the
recording use cases and the chart read their definitions through it, so they always agree.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, TypeGuard

from sqlalchemy import select
from sqlalchemy.orm import Session

from coach_app.errors import ValidationError
from coach_app.i18n import _
from coach_app.instruments.definitions import (
    CUSTOM_PREFIX,
    Instrument,
    InstrumentDefinitionError,
    ReferenceValues,
    custom_instrument,
    custom_key,
    get_instrument,
    with_item_wording,
)
from coach_app.models import Setting
from coach_app.services import settings as settings_service
from coach_app.vault.vault import Vault

log = logging.getLogger(__name__)

#: Settings keys this module owns.
EMPOWERMENT_WORDING_KEY: Final = "empowerment_item_wording"
PSYCH_SAFETY_WORDING_KEY: Final = "psych_safety_item_wording"
CUSTOM_METRICS_KEY: Final = "custom_metrics"
REFERENCE_VALUES_KEY: Final = "reference_values"

WORDING_KEYS: Final[Mapping[str, str]] = {
    "empowerment": EMPOWERMENT_WORDING_KEY,
    "psych_safety": PSYCH_SAFETY_WORDING_KEY,
}
#: Every setting :func:`resolve_instrument` may need.
INSTRUMENT_SETTING_KEYS: Final = (
    REFERENCE_VALUES_KEY,
    CUSTOM_METRICS_KEY,
    *WORDING_KEYS.values(),
)
_MAX_ITEM_TEXT: Final = 500


@dataclass(frozen=True)
class CustomMetric:
    """A coach-defined metric as stored in the ``custom_metrics`` setting."""

    key: str
    label: str
    min: float
    max: float

    def instrument(self) -> Instrument:
        """The metric as an instrument definition."""
        return custom_instrument(self.key, self.label, self.min, self.max)


# --------------------------------------------------------------------------- storage


def read_settings(session: Session, keys: Iterable[str]) -> dict[str, Any]:
    """The stored values of ``keys`` (absent ones left out), in one query on ``session``."""
    # One query for every setting a use case needs, rather than one get_setting() each.
    wanted = list(keys)
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(wanted)))
    return {key: value for key, value in rows}


# --------------------------------------------------------------------------- item wording


def _check_wording(instrument: Instrument, texts: object) -> list[str]:
    count = len(instrument.items)
    if not isinstance(texts, list | tuple) or len(texts) != count:
        raise ValidationError(
            _("{name} needs the wording of all {count} items.").format(
                name=instrument.name, count=count
            )
        )
    cleaned: list[str] = []
    for number, text in enumerate(texts, start=1):
        if not isinstance(text, str) or not text.strip():
            raise ValidationError(
                _("Item {number} of {name} needs wording.").format(
                    number=number, name=instrument.name
                )
            )
        flat = " ".join(text.split())
        if len(flat) > _MAX_ITEM_TEXT:
            raise ValidationError(
                _("Item {number} of {name} is too long (max {limit}).").format(
                    number=number, name=instrument.name, limit=_MAX_ITEM_TEXT
                )
            )
        cleaned.append(flat)
    return cleaned


def _wording_key(instrument_key: str) -> str:
    key = WORDING_KEYS.get(instrument_key)
    if key is None:
        raise ValidationError(_("{key} ships its own wording.").format(key=instrument_key))
    return key


def item_wording(vault: Vault, instrument_key: str) -> list[str] | None:
    """The coach's item wording of a structure-only instrument, or None while not entered."""
    value = settings_service.get_setting(vault, _wording_key(instrument_key))
    try:
        return _check_wording(get_instrument(instrument_key), value)
    except ValidationError:
        return None


def set_item_wording(vault: Vault, instrument_key: str, texts: Sequence[str]) -> list[str]:
    """Store the wording of every item of ``empowerment`` or ``psych_safety`` (once per vault).

    Raises:
        ValidationError: not one non-empty text per item.
    """
    key = _wording_key(instrument_key)
    cleaned = _check_wording(get_instrument(instrument_key), list(texts))
    settings_service.set_setting(vault, key, cleaned)
    return cleaned


# --------------------------------------------------------------------------- custom metrics


def parse_custom_metrics(raw: object) -> list[CustomMetric]:
    """The metrics of a stored (or submitted) ``custom_metrics`` value.

    Raises:
        ValidationError: the value is not a list of acceptable metrics with distinct keys.
    """
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValidationError(_("Custom metrics must be a list of {key, label, min, max}."))
    metrics: list[CustomMetric] = []
    for entry in raw:
        if not isinstance(entry, dict):
            raise ValidationError(_("Each custom metric needs a label, a minimum and a maximum."))
        label = entry.get("label")
        try:
            key = entry.get("key") or custom_key(str(label or ""))
            definition = custom_instrument(key, label, entry.get("min"), entry.get("max"))  # type: ignore[arg-type]
        except InstrumentDefinitionError as exc:
            raise ValidationError(str(exc)) from exc
        if any(metric.key == key for metric in metrics):
            raise ValidationError(
                _("Two custom metrics share the key {key}.").format(key=repr(key))
            )
        low, high = definition.response_scale.min, definition.response_scale.max
        metrics.append(CustomMetric(key=key, label=definition.name, min=low, max=high))
    return metrics


def _metrics_or_none(raw: object) -> list[CustomMetric]:
    try:
        return parse_custom_metrics(raw)
    except ValidationError:
        log.warning("ignoring an invalid custom_metrics setting")
        return []


def custom_metrics(vault: Vault) -> list[CustomMetric]:
    """The coach's custom metrics (an invalid stored list reads as none, and is logged)."""
    return _metrics_or_none(settings_service.get_setting(vault, CUSTOM_METRICS_KEY))


def set_custom_metrics(vault: Vault, metrics: Sequence[Mapping[str, Any]]) -> list[CustomMetric]:
    """Replace the custom metrics; each is ``{label, min, max}`` and optionally ``key``.

    Raises:
        ValidationError: a label, range or key is not acceptable, or two keys clash.
    """
    parsed = parse_custom_metrics([dict(m) for m in metrics])
    settings_service.set_setting(vault, CUSTOM_METRICS_KEY, [dataclasses.asdict(m) for m in parsed])
    return parsed


def custom_metric_instrument(key: str, raw: object) -> Instrument | None:
    """The definition of custom metric ``key`` in a stored ``custom_metrics`` value, or None."""
    for metric in _metrics_or_none(raw):
        if metric.key == key:
            return metric.instrument()
    return None


# --------------------------------------------------------------------------- reference values


def _reference_targets() -> set[str]:
    # Only multi-item scales may have a band; a single rating has no internal consistency.
    targets: set[str] = set()
    for key in ("gse", "psych_safety", "empowerment"):
        instrument = get_instrument(key)
        if instrument.subscales:
            targets.update(f"{key}:{sub.key}" for sub in instrument.subscales)
        else:
            targets.add(key)
    return targets


def _is_number(value: object) -> TypeGuard[int | float]:
    return not isinstance(value, bool) and isinstance(value, int | float)


def _check_reference(key: str, entry: object) -> ReferenceValues:
    targets = _reference_targets()
    if key not in targets:
        raise ValidationError(
            _("Reference values apply to multi-item scales only ({targets}); not to {key}.").format(
                targets=", ".join(sorted(targets)), key=repr(key)
            )
        )
    if not isinstance(entry, Mapping):
        raise ValidationError(
            _("Reference values for {key} need sd, reliability and source.").format(key=key)
        )
    sd, reliability, source = entry.get("sd"), entry.get("reliability"), entry.get("source")
    if not _is_number(sd) or not math.isfinite(sd) or sd <= 0:
        raise ValidationError(_("The SD for {key} must be a number above 0.").format(key=key))
    if not _is_number(reliability) or not 0 <= reliability < 1:
        raise ValidationError(
            _("The reliability for {key} must be at least 0 and below 1.").format(key=key)
        )
    if not isinstance(source, str) or not source.strip():
        # A value nobody can trace back to a manual would make the band look authoritative.
        raise ValidationError(
            _("Name the published source of the reference values for {key}.").format(key=key)
        )
    return ReferenceValues(sd=float(sd), reliability=float(reliability), source=source.strip())


def parse_references(raw: object) -> dict[str, ReferenceValues]:
    """The complete entries of a stored ``reference_values`` value (others are logged, left out)."""
    if not isinstance(raw, Mapping):
        return {}
    out: dict[str, ReferenceValues] = {}
    for key, entry in raw.items():
        try:
            out[str(key)] = _check_reference(str(key), entry)
        except ValidationError:
            log.warning("ignoring incomplete reference values for %s", key)
    return out


def reference_values(vault: Vault) -> dict[str, ReferenceValues]:
    """The reference values the coach entered, keyed ``gse`` / ``empowerment:meaning`` / ...

    Incomplete entries (no SD, no reliability or no source) are left out, so they draw no band.
    """
    return parse_references(settings_service.get_setting(vault, REFERENCE_VALUES_KEY))


def set_reference_values(
    vault: Vault, values: Mapping[str, Mapping[str, Any]]
) -> dict[str, ReferenceValues]:
    """Replace the stored reference values; every entry needs ``sd``, ``reliability``, ``source``.

    Raises:
        ValidationError: an entry is for a single rating, or lacks a valid SD, reliability or
            source.
    """
    checked = {key: _check_reference(key, entry) for key, entry in values.items()}
    stored = {
        key: {"sd": ref.sd, "reliability": ref.reliability, "source": ref.source}
        for key, ref in checked.items()
    }
    settings_service.set_setting(vault, REFERENCE_VALUES_KEY, stored)
    return checked


def with_references(instrument: Instrument, refs: Mapping[str, ReferenceValues]) -> Instrument:
    """Overlay the coach's reference values on a built-in definition."""
    if instrument.subscales:
        subscales = tuple(
            dataclasses.replace(sub, reference=refs[f"{instrument.key}:{sub.key}"])
            if f"{instrument.key}:{sub.key}" in refs
            else sub
            for sub in instrument.subscales
        )
        return dataclasses.replace(instrument, subscales=subscales)
    if instrument.key in refs:
        return dataclasses.replace(instrument, reference=refs[instrument.key])
    return instrument


# --------------------------------------------------------------------------- definitions


def instrument_for(vault: Vault, instrument_key: str) -> Instrument:
    """The definition the entry form and the chart use: wording, custom range and references.

    Raises:
        ValidationError: unknown instrument or custom metric.
    """
    with vault.session() as s:
        return instrument_in(s, instrument_key)


def instrument_in(session: Session, instrument_key: str) -> Instrument:
    """:func:`instrument_for` on an open session, e.g. inside a use case's transaction."""
    return resolve_instrument(instrument_key, read_settings(session, INSTRUMENT_SETTING_KEYS))


def resolve_instrument(instrument_key: str, stored: Mapping[str, Any]) -> Instrument:
    """The definition of ``instrument_key`` with the ``stored`` settings applied.

    Raises:
        ValidationError: unknown instrument or custom metric.
    """
    if instrument_key.startswith(CUSTOM_PREFIX):
        metric = custom_metric_instrument(instrument_key, stored.get(CUSTOM_METRICS_KEY))
        if metric is None:
            raise ValidationError(
                _("There is no custom metric {key} in this vault.").format(key=repr(instrument_key))
            )
        return metric
    try:
        instrument = get_instrument(instrument_key)
    except KeyError as exc:
        raise ValidationError(
            _("Unknown instrument {key}.").format(key=repr(instrument_key))
        ) from exc
    wording_key = WORDING_KEYS.get(instrument_key)
    if wording_key is not None:
        try:
            texts: list[str] | None = _check_wording(instrument, stored.get(wording_key))
        except ValidationError:
            texts = None
        if texts is not None:
            instrument = with_item_wording(instrument, dict(enumerate(texts, start=1)))
    return with_references(instrument, parse_references(stored.get(REFERENCE_VALUES_KEY)))
