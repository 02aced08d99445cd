"""Who a demo coachee is, and when they come to their sessions.

A profile is drawn from one language's ``people`` lists (names, organisations on ``.example``
domains, roles, teams, a local programme) and the shared programmes and tags; the calendar is
about fortnightly, on weekdays, ending near ``today`` for active coachees and months earlier
for paused or finished ones.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock
from typing import Any

from coach_app.services.demo.texts import LanguageTexts, Shared

COACHEE_STATUSES = ("active", "paused", "completed", "archived")
_STATUS_WEIGHTS = (74, 10, 13, 3)


@dataclass(frozen=True)
class Profile:
    """A coachee's row (without its ``id``), and the themes their goals are about."""

    row: dict[str, Any]
    themes: list[str]


def email_part(name: str) -> str:
    """A name as it would appear in an e-mail address: ASCII, lower case, no spaces."""
    name = name.replace("ß", "ss").replace("ı", "i").replace("'", "")
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return folded.lower().replace(" ", "")


def draw_status(rng: random.Random) -> str:
    """Most coachees are active; some paused, finished or archived."""
    return rng.choices(COACHEE_STATUSES, weights=_STATUS_WEIGHTS)[0]


def session_dates(rng: random.Random, n: int, status: str, today: date) -> list[datetime]:
    """``n`` session starts, about fortnightly, some with a 2–3 month break, in order."""
    if n == 0:
        return []
    # A year for the usual 24 sessions; a long series gets denser rather than decades long.
    mean_gap = min(14.0, 3 * 365 / n)
    if status == "active":
        end = today - timedelta(days=rng.randint(0, 12))
    elif status == "paused":
        end = today - timedelta(days=rng.randint(45, 120))
    else:
        end = today - timedelta(days=rng.randint(30, 220))
    long_break = rng.randint(1, n - 1) if n >= 6 and rng.random() < 0.3 else -1
    days = [end]
    for i in range(n - 1, 0, -1):
        if i == long_break:
            gap = rng.randint(60, 90)
        else:
            factor = rng.choice((0.5, 0.7, 1.0, 1.0, 1.0, 1.0, 1.2, 1.5, 2.0))
            gap = max(1, round(mean_gap * factor))
        days.append(days[-1] - timedelta(days=gap))
    days.reverse()
    out = []
    for day in days:
        # Coaching happens on weekdays: a Saturday or Sunday becomes the Friday before.
        weekday = day - timedelta(days=max(0, day.weekday() - 4))
        minute = rng.choice((0, 0, 30, 30, 15, 45))
        out.append(datetime.combine(weekday, clock(rng.randint(8, 17), minute)))
    out.sort()
    return out


def draw_profile(
    rng: random.Random,
    texts: LanguageTexts,
    shared: Shared,
    *,
    status: str,
    dates: list[datetime],
    today: date,
) -> Profile:
    """A coachee in ``texts``' language, of ``status``, whose sessions fall on ``dates``."""
    people = texts.people
    first_day = dates[0].date() if dates else today - timedelta(days=rng.randint(7, 60))
    started_on = first_day - timedelta(days=rng.randint(0, 10))
    consent = started_on - timedelta(days=rng.randint(0, 7)) if rng.random() < 0.92 else None
    first = rng.choice(people.first_names)
    last = rng.choice(people.last_names)
    organisation = rng.choice(people.organisations)
    themes = rng.sample(shared.themes, rng.choices((1, 2, 3), weights=(25, 50, 25))[0])
    tags = [rng.choice(shared.coachee_tags[theme]) for theme in themes]
    if rng.random() < 0.4:
        tags.append(rng.choice(shared.extra_tags))
    programme = rng.choices(
        (rng.choice(shared.programmes), people.local_programme, people.individual_programme),
        weights=(50, 30, 20),
    )[0]
    focus = texts.focus[themes[0]]
    if rng.random() < 0.6:
        focus += " " + rng.choice(texts.phrases["context"])
    created = datetime.combine(started_on, clock(9, 0))
    row = {
        "name": f"{first} {last}",
        "role": rng.choice(people.roles),
        "organisation": organisation.name,
        "team": rng.choice(people.teams),
        "email": f"{email_part(first)}.{email_part(last)}@{organisation.email_domain}",
        "programme": programme,
        "started_on": started_on,
        "status": status,
        "focus": focus,
        "tags": list(dict.fromkeys(tags)),
        "consent_recorded_on": consent,
        "created_at": created,
        "updated_at": dates[-1] if dates else created,
    }
    return Profile(row, themes)
