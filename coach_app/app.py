"""Entry point: parses the command line, then starts the desktop app or runs a CLI command.

The only module that imports both the user interface and the core. Startup order:
1. disable core dumps (a dump would hold decrypted notes; ``logfile.disable_core_dumps``);
2. parse arguments (``coach_app.cli_args``, no Qt);
3. headless command -> ``cli.run``; ``gui`` (the default) or ``--demo`` -> ``ui.launch``,
   imported only then so the CLI never loads Qt. Both start the shared log (``logfile.start``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from coach_app.logfile import disable_core_dumps

__all__ = ["disable_core_dumps", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run Coach Companion; returns the process exit code."""
    disable_core_dumps()
    from coach_app import cli_args, i18n, language_pref  # noqa: PLC0415 - keeps the import light

    # The command line speaks the chosen language, else the terminal's (LANG and friends); the
    # window sets its own from Qt's view of the system (ui/translations.py).
    i18n.set_language(
        language_pref.resolve(language_pref.chosen(), language_pref.environment_locale())
    )
    args = cli_args.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command in (None, "gui") or getattr(args, "demo", False):
        from coach_app.ui.launch import launch  # noqa: PLC0415 - Qt only for the GUI

        return launch(args)
    # The commands' module only for a command: the window does without its compiling.
    from coach_app import cli  # noqa: PLC0415

    return cli.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
