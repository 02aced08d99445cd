"""Every date picker in the app offers exactly the days the vault accepts (``coach_app.dates``).

A picker that allowed year 1 or 9999 would let the coach choose a day the services then refuse
(or, for the chart's period, a day the chart cannot pad); the one range lives in
``coach_app/dates.py`` and each ``QDateEdit`` gets it from here right after it is made.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit

from coach_app import dates


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def apply_date_range(edit: QDateTimeEdit) -> None:
    """Limit ``edit`` (a ``QDateEdit`` or ``QDateTimeEdit``) to the vault's date range."""
    edit.setMinimumDate(_qdate(dates.FIRST_DAY))
    edit.setMaximumDate(_qdate(dates.LAST_DAY))
