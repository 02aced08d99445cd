"""The command line's pre-session brief and coachee list: ``coach-app brief`` and ``coachees``.

``brief COACHEE_ID --out FILE.pdf`` writes the one-page brief as PDF; ``--markdown`` writes
Markdown instead (``--out -`` prints it); ``--private`` adds the last session's private
reflection. The id may be a whole id or a unique prefix of one (at least four characters), as
``coachees`` prints them. ``coachees [--json]`` lists every coachee's id and name, sorted by
name, archived ones marked, so a coach can find an id without exporting anything.

Kept apart from ``cli.py`` (the other commands; the shared steps are ``cli_io``); ``cli.py``
registers these commands and imports this module only when one of them runs.
"""

from __future__ import annotations

import argparse
import json
import sys

from coach_app.cli_io import open_vault, refuse_target_in_vault, say, vault_folder, write_text
from coach_app.errors import UsageError
from coach_app.i18n import _


def cmd_brief(args: argparse.Namespace) -> int:
    """Write (or print) the pre-session brief of one coachee."""
    to_stdout = str(args.out) == "-"
    if to_stdout and not args.markdown:
        raise UsageError(_("Only --markdown can be printed (--out -). Nothing was written."))
    if not to_stdout:
        refuse_target_in_vault(
            args.out,
            vault_folder(args),
            _("A brief is not encrypted: write it outside the vault folder. Nothing was written."),
        )
    from coach_app.services import brief, brief_render  # noqa: PLC0415 - reportlab when used

    with open_vault(args) as vault:
        coachee_id = brief.resolve_coachee_id(vault, args.coachee_id)
        made = brief.build_brief(vault, coachee_id, include_private=bool(args.private))
    if to_stdout:
        write_text(sys.stdout, brief_render.brief_markdown(made))
        return 0
    if args.markdown:
        path = brief_render.write_brief_markdown(made, args.out)
    else:
        from coach_app.services.brief_pdf import write_brief_pdf  # noqa: PLC0415 - reportlab only here

        path = write_brief_pdf(made, args.out)
    say(_("Brief written: {path} (NOT encrypted: keep it safe).").format(path=path))
    return 0


def cmd_coachees(args: argparse.Namespace) -> int:
    """List the coachees' ids and names, sorted by name; archived ones marked."""
    from coach_app.services.brief import list_coachee_entries  # noqa: PLC0415

    with open_vault(args) as vault:
        entries = list_coachee_entries(vault)
    if args.json:
        rows = [
            {"id": e.id, "name": e.name, "status": e.status, "archived": e.archived}
            for e in entries
        ]
        write_text(sys.stdout, json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    archived = _("(archived)")
    for entry in entries:
        say(f"{entry.id}  {entry.name}" + (f"  {archived}" if entry.archived else ""))
    return 0
