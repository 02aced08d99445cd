"""``coach_app.paths.RESOURCES``: a real folder in a checkout or install, extracted from a zip."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import coach_app
from coach_app import paths

PACKAGE = Path(coach_app.__file__).resolve().parent


def test_resources_are_the_package_folder() -> None:
    assert paths.RESOURCES == PACKAGE / "resources"
    assert (paths.RESOURCES / "templates" / "templates.json").is_file()


def test_a_zip_import_gets_an_extracted_copy_removed_at_exit(tmp_path: Path) -> None:
    archive = tmp_path / "coach.zip"
    template = PACKAGE / "resources" / "templates" / "templates.json"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in ("__init__.py", "paths.py"):
            zf.write(PACKAGE / name, f"coach_app/{name}")
        zf.write(template, "coach_app/resources/templates/templates.json")
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import coach_app.paths as p; assert '.zip' in p.__file__, p.__file__;"
        "from pathlib import Path; assert type(p.RESOURCES) is type(Path()), p.RESOURCES;"
        "assert p.RESOURCES.is_dir();"
        "print(p.RESOURCES); print((p.RESOURCES / 'templates' / 'templates.json').read_text())"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    done = subprocess.run(
        [sys.executable, "-I", "-c", code, str(archive)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    folder, text = done.stdout.split("\n", 1)
    assert text.rstrip("\n") == template.read_text("utf-8").rstrip("\n")
    assert not Path(folder).exists()  # the copy went with the process
