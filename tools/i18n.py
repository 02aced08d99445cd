"""Extract the translatable strings: ``make i18n`` runs this.

Two catalogues, one per world:
- the core's gettext catalogue, ``coach_app/resources/locale/coach_app.pot``, from every ``_()``,
  ``N_()`` and ``ngettext()`` outside ``coach_app/ui/`` plus the labels held as data (the
  template catalogue, the instrument definitions); each language's ``.po`` under
  ``coach_app/resources/locale/<lang>/LC_MESSAGES/`` is created or updated from it and
  compiled to ``.mo``;
- Qt's catalogues, ``coach_app/resources/translations/coach_app_<lang>.ts``, from every
  ``self.tr`` /
  ``QCoreApplication.translate`` in ``coach_app/ui/`` (``pyside6-lupdate``), compiled to
  ``.qm`` by ``pyside6-lrelease``.

The languages are the ones the app ships (Dutch, Swedish, French); English is the source.

``--compile`` only compiles the catalogues that are in the repository (``.po`` to ``.mo``,
``.ts`` to ``.qm``) without extracting: the compiled files are build products, not committed, so
``make run`` and ``make test`` compile them on a fresh clone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "coach_app" / "resources" / "locale"
TRANSLATIONS = ROOT / "coach_app" / "resources" / "translations"
LANGUAGES = ("nl", "sv", "fr")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def core_catalogue() -> Catalog:
    """Every core string: code outside ui/ and the labels kept as data."""
    sys.path.insert(0, str(ROOT))
    from coach_app import templates  # noqa: PLC0415 - after the path is set
    from coach_app.instruments import definitions  # noqa: PLC0415

    catalog = Catalog(project="Coach Companion", charset="utf-8")
    package = ROOT / "coach_app"
    found = extract_from_dir(
        str(package),
        method_map=[("ui/**.py", "ignore"), ("**.py", "python")],
        keywords=KEYWORDS,
    )
    for filename, lineno, message, comments, context in found:
        catalog.add(
            message,
            locations=[(f"coach_app/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    for source, strings in (
        ("coach_app/resources/templates/templates.json", templates.catalogue_strings()),
        ("coach_app/resources/instruments/*.json", definitions.catalogue_strings()),
    ):
        for text in strings:
            if text:
                catalog.add(text, locations=[(source, 0)])
    return catalog


def write_core(catalog: Catalog) -> None:
    """Write the template and update, then compile, each language's catalogue."""
    LOCALE.mkdir(parents=True, exist_ok=True)
    with (LOCALE / "coach_app.pot").open("wb") as fh:
        write_po(fh, catalog, width=100, sort_output=True)
    for lang in LANGUAGES:
        po_path = LOCALE / lang / "LC_MESSAGES" / "coach_app.po"
        po_path.parent.mkdir(parents=True, exist_ok=True)
        if po_path.exists():
            with po_path.open("rb") as fh:
                po = read_po(fh, locale=lang)
            po.update(catalog, no_fuzzy_matching=True)
        else:
            po = Catalog(locale=lang, project="Coach Companion", charset="utf-8")
            po.update(catalog)
        with po_path.open("wb") as fh:
            write_po(fh, po, width=100, sort_output=True, ignore_obsolete=True)
        with po_path.with_suffix(".mo").open("wb") as fh:
            write_mo(fh, po)


def write_qt() -> None:
    """Update the Qt .ts files from ui/ and compile them to .qm."""
    lupdate, lrelease = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "coach_app" / "ui").rglob("*.py"))
    targets = [str(TRANSLATIONS / f"coach_app_{lang}.ts") for lang in LANGUAGES]
    subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", *targets], check=True, cwd=ROOT)
    for target in targets:
        subprocess.run([lrelease, "-silent", target], check=True, cwd=ROOT)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        sys.exit(f"{name} not found next to this Python")
    return found


def compile_catalogues() -> None:
    """Compile every committed catalogue of both kinds, extracting nothing."""
    for lang in LANGUAGES:
        po_path = LOCALE / lang / "LC_MESSAGES" / "coach_app.po"
        with po_path.open("rb") as fh:
            po = read_po(fh, locale=lang)
        with po_path.with_suffix(".mo").open("wb") as fh:
            write_mo(fh, po)
    lrelease = _tool("pyside6-lrelease")
    for lang in LANGUAGES:
        target = TRANSLATIONS / f"coach_app_{lang}.ts"
        subprocess.run([lrelease, "-silent", str(target)], check=True, cwd=ROOT)


def main() -> None:
    """Extract, update and compile both kinds of catalogue (``--compile``: compile only)."""
    if sys.argv[1:] == ["--compile"]:
        compile_catalogues()
        return
    write_core(core_catalogue())
    write_qt()


if __name__ == "__main__":
    main()
