"""Demo data: a lived-in vault of synthetic coachees, for newcomers, the GUI and the benchmark.

``generate`` fills an open vault with coachees from several countries, their goals (with Goal
Attainment Scaling levels), about a year of sessions each (mostly GROW, also OSKAR, CLEAR,
experiment cards, intervision and action-learning sets), experiments agreed in one session and
reviewed in a later one, and the measures of ``docs/instruments.md`` (confidence, GAS, GSE,
empowerment, team psychological safety) scored by the app's own scoring rules. Each coachee's
notes are written in their language (English, Dutch, French, Swedish or German), composed from
the phrase banks in ``resources/demo/``, so search can be tried on real diacritics ("securite"
finds "sécurité").

Everything comes from one ``random.Random(seed)``, ids and timestamps included, so a seed (and
a ``today``) gives the same vault every time.

The package: ``texts`` reads the data files, ``people`` draws profiles and calendars, ``notes``
composes session notes, ``measures`` takes and scores measurements, ``builder`` simulates one
coachee's history and ``writer`` stores it (with its search documents) in one transaction.
``groups`` adds an action-learning set and an intervision group among the coachees
(``generate_groups``, run after ``generate``).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from coach_app.services.demo.builder import Batch, CoacheeBuilder, SeededIds
from coach_app.services.demo.groups import GroupDemoSummary, generate_groups
from coach_app.services.demo.notes import COMPOSED_TEMPLATES
from coach_app.services.demo.texts import DemoTextError, Shared, load_texts
from coach_app.services.demo.writer import write
from coach_app.vault.vault import Vault

__all__ = [
    "LANGUAGES",
    "THEMES",
    "DemoSummary",
    "DemoTextError",
    "GroupDemoSummary",
    "Progress",
    "generate",
    "generate_groups",
]

Progress = Callable[[int, int], None]


def __getattr__(name: str) -> tuple[str, ...]:
    # The language and theme lists live in resources/demo/shared.json; read on first use, not
    # on import, so importing the package never touches the disk.
    if name == "LANGUAGES":
        return tuple(load_texts().shared.language_weights)
    if name == "THEMES":
        return load_texts().shared.themes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate`` wrote, and how long it took."""

    coachees: int
    goals: int
    sessions: int
    experiments: int
    measurements: int
    search_documents: int
    seconds: float
    seed: int | None = None


def generate(
    vault: Vault,
    *,
    coachees: int = 12,
    sessions_per_coachee: int = 24,
    seed: int | None = None,
    progress: Progress | None = None,
    today: date | None = None,
    repeat_text: bool = False,
) -> DemoSummary:
    """Fill ``vault`` with synthetic coachees and their history; returns what was written.

    ``progress(done, total)`` is called after each coachee, counting sessions (total =
    ``coachees * sessions_per_coachee``). Data already in the vault is left alone.
    ``repeat_text`` lets a coachee's notes reuse sentences of earlier sessions, so that long
    histories keep notes of a typical length (see ``demo.notes``).

    Raises:
        ValueError: a negative count.
        DemoTextError: a file in ``resources/demo`` is missing or broken (nothing is written).
    """
    if coachees < 0 or sessions_per_coachee < 0:
        raise ValueError("coachees and sessions_per_coachee must be zero or more")
    started = time.perf_counter()
    texts = load_texts()
    unknown = sorted(set(texts.shared.template_weights) - COMPOSED_TEMPLATES)
    if unknown:
        raise DemoTextError(f"shared.json: templates: no demo notes for {unknown[0]!r}")
    rng = random.Random(seed)  # noqa: S311 - sample data, not secrets
    today = today or date.today()
    total = coachees * sessions_per_coachee
    languages = _language_plan(rng, texts.shared, coachees)
    counts = dict.fromkeys(("goals", "sessions", "experiments", "measurements", "docs"), 0)
    ids = SeededIds(rng)
    if progress:
        progress(0, total)
    done = 0
    for language in languages:
        batch = Batch()
        builder = CoacheeBuilder(
            rng,
            texts.languages[language],
            texts.shared,
            batch=batch,
            ids=ids,
            repeat_text=repeat_text,
        )
        builder.build(sessions_per_coachee, today)
        counts["docs"] += write(vault, batch)
        counts["goals"] += len(batch.goals)
        counts["sessions"] += len(batch.sessions)
        counts["experiments"] += len(batch.experiments)
        counts["measurements"] += len(batch.measurements)
        done += sessions_per_coachee
        if progress:
            progress(done, total)
    return DemoSummary(
        coachees=coachees,
        goals=counts["goals"],
        sessions=counts["sessions"],
        experiments=counts["experiments"],
        measurements=counts["measurements"],
        search_documents=counts["docs"],
        seconds=time.perf_counter() - started,
        seed=seed,
    )


def _language_plan(rng: random.Random, shared: Shared, coachees: int) -> list[str]:
    """One language per coachee: each once first (a tiny vault shows them all), then by weight."""
    languages = list(shared.language_weights)
    first = rng.sample(languages, len(languages))
    weights = list(shared.language_weights.values())
    rest = rng.choices(languages, weights=weights, k=max(0, coachees - len(first)))
    return (first + rest)[:coachees]
