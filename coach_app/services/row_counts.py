"""Row counts in words a coach reads: "1 coachee, 3 sessions", in the language's plural forms.

``Vault.counts()`` names tables; the CLI's restore and demo-data messages show them through
``counts_summary`` so no message reads "1 coachees".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from coach_app.i18n import _, ngettext

_PHRASES: dict[str, Callable[[int], str]] = {
    "coachees": lambda n: ngettext("{n} coachee", "{n} coachees", n),
    "goals": lambda n: ngettext("{n} goal", "{n} goals", n),
    "sessions": lambda n: ngettext("{n} session", "{n} sessions", n),
    "experiments": lambda n: ngettext("{n} experiment", "{n} experiments", n),
    "measurements": lambda n: ngettext("{n} measurement", "{n} measurements", n),
    "groups": lambda n: ngettext("{n} group", "{n} groups", n),
    "group_sessions": lambda n: ngettext("{n} group session", "{n} group sessions", n),
    "group_rounds": lambda n: ngettext("{n} group round", "{n} group rounds", n),
    "insights": lambda n: ngettext("{n} insight", "{n} insights", n),
    "development_entries": lambda n: ngettext(
        "{n} supervision or development entry", "{n} supervision and development entries", n
    ),
    "group_members": lambda n: ngettext("{n} group member", "{n} group members", n),
    "group_attendance": lambda n: ngettext("{n} group attendance", "{n} group attendances", n),
    "erasures": lambda n: ngettext("{n} erasure record", "{n} erasure records", n),
}


def count_phrase(table: str, n: int) -> str:
    """``n`` rows of ``table`` in words; a table without its own words keeps its name."""
    phrase = _PHRASES.get(table)
    if phrase is None:
        return _("{n} × {table}").format(n=n, table=table.replace("_", " "))
    return phrase(n).format(n=n)


def counts_summary(counts: Mapping[str, int], hidden: Iterable[str] = ()) -> str:
    """``1 coachee, 3 sessions, …`` for every table but the ``hidden`` ones."""
    skip = set(hidden)
    return ", ".join(count_phrase(t, n) for t, n in counts.items() if t not in skip)
