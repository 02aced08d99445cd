"""The command line's ``search``: one readable line per hit, or a JSON array (``--json``).

A search is one short read, so the command takes the quick way in (``vault.raw``): the key
derivation, then a plain SQLCipher connection running the search's own SQL
(``coach_app.search_sql``), without loading SQLAlchemy, the models or Alembic. When that way
declines (the schema is not current, the database does not open), the command unlocks the
vault as every other command does (``cli_io.open_vault``), which migrates or refuses as usual,
and runs the same search through ``services.search``. Either way the hits, their order and the
output are the same.

Kept apart from ``cli.py`` (the other commands; the shared steps are ``cli_io``); ``cli.py``
registers the command and imports this module only when it runs.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from coach_app import search_sql
from coach_app.cli_io import Secrets, complain, open_vault, say, vault_folder
from coach_app.i18n import _
from coach_app.vault import raw
from coach_app.vault.header import read_header


def _query_and_passphrase(args: argparse.Namespace) -> tuple[str, str | None]:
    """The search query, and the passphrase when it had to be read before the query.

    With ``--query-stdin`` the query is the next line of standard input after the passphrase:
    line 2 when ``--passphrase-stdin`` reads the passphrase from line 1, else line 1. Reading
    both here, in that order, keeps the line numbers stable whatever ``open_vault`` does.
    """
    if not args.query_stdin:
        return str(args.query), None
    read_header(vault_folder(args))  # "no vault here" before reading anything
    secrets = Secrets(args.passphrase_stdin)
    passphrase = secrets.passphrase()
    return secrets.next_line(_("the query")), passphrase


def _hit(**fields: Any) -> dict[str, Any]:
    # Hits as plain dicts of SearchHit's fields: the quick path does not even load the services'
    # records module (a few milliseconds of dataclass creation, out of a budget of 150).
    return fields


def find(args: argparse.Namespace, query: str, passphrase: str | None) -> list[dict[str, Any]]:
    """The hits for ``query`` (``SearchHit``'s fields): the quick read, else the full unlock."""
    folder = vault_folder(args)
    if passphrase is None:
        read_header(folder)  # "no vault here" before asking for a passphrase, as open_vault does
        passphrase = Secrets(args.passphrase_stdin).passphrase()
    quick = raw.open_for_reading(folder, passphrase)
    if quick is not None:
        with quick:
            return search_sql.search(quick.fetch, query, _hit, limit=args.limit)
    import dataclasses  # noqa: PLC0415 - the full path only (see coach_app.record)

    from coach_app.services.search import search  # noqa: PLC0415 - only for the full path

    with open_vault(args, passphrase) as vault:
        return [dataclasses.asdict(h) for h in search(vault, query, limit=args.limit)]


def cmd_search(args: argparse.Namespace) -> int:
    """Search; one readable line per hit, or a JSON array."""
    query, passphrase = _query_and_passphrase(args)
    hits = find(args, query, passphrase)
    if args.json:
        keys = ("coachee_id", "coachee", "kind", "date", "snippet", "owner_id", "title")
        rows = [{key: h[key] for key in keys} for h in hits]
        say(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for h in hits:
        title = f"{h['title']}: " if h["title"] and h["kind"] != "coachee" else ""
        date = h["date"] or "----------"
        say(f"{date}  {h['kind']:<10}  {h['coachee']}  {title}{h['snippet']}")
    if not hits:
        complain(_("no matches"))
    return 0
