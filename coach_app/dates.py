"""The one range of calendar dates the app accepts, whoever asks: a form, the CLI or an import.

``FIRST_DAY`` .. ``LAST_DAY`` is 1900-01-01 .. 2099-12-31. Why these bounds:

- What the vault holds is recent or near: sessions, measurements, consent and start dates are
  days a coach lived through; experiments' due dates lie a few weeks, at most a few years,
  ahead. The app stores no birth dates or other history, so nothing genuine is older than a
  coach's career, and 1900 still leaves a century of room for a file from an old system.
- Outside the range a date is a typo (``0025`` for ``2025``, ``2205`` for ``2025``) or a
  damaged file, not a plan. Refusing it on entry is kinder than a chart or report that breaks.
- Everything downstream has room on both sides: the chart pads its time axis by weeks (which
  overflows ``date`` near year 1 or 9999), matplotlib's date numbers, ``strftime`` on every
  platform (some refuse years before 1900), reportlab and Qt's date pickers all handle these
  two centuries without a special case.

Neutral on purpose (only ``errors`` and ``i18n``): the services' validators, the import and the
UI's date pickers (``ui/date_range.py``) all read this module, so they can never disagree.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Final

from coach_app.errors import ValidationError
from coach_app.i18n import _

#: The earliest day the app accepts.
FIRST_DAY: Final = date(1900, 1, 1)
#: The last day the app accepts.
LAST_DAY: Final = date(2099, 12, 31)
#: The first and last moment of the range, for dates with a time of day.
FIRST_MOMENT: Final = datetime.combine(FIRST_DAY, time.min)
LAST_MOMENT: Final = datetime.combine(LAST_DAY, time.max)


def in_range(day: date) -> bool:
    """Whether ``day`` (a ``date`` or a ``datetime``) lies within the accepted range."""
    only_day = day.date() if isinstance(day, datetime) else day
    return FIRST_DAY <= only_day <= LAST_DAY


def out_of_range_message(label: str) -> str:
    """The refusal for a date outside the range, naming the field (never the value typed)."""
    return _("{label} must be a date from {first} to {last}.").format(
        label=label, first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()
    )


def check_day(day: date, label: str) -> date:
    """``day`` itself when it lies within the range, else ``ValidationError`` naming ``label``."""
    if not in_range(day):
        raise ValidationError(out_of_range_message(label))
    return day


def check_moment(moment: datetime, label: str) -> datetime:
    """``moment`` itself when its day lies within the range; otherwise ``ValidationError``."""
    check_day(moment.date(), label)
    return moment
