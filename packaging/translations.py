"""Build the window's translations: ``.ts`` sources to compiled ``.qm`` files.

``python packaging/translations.py`` compiles every
``resources/translations/followup_desk_*.ts`` with ``pyside6-lrelease``; the
build scripts run it before PyInstaller. ``--update`` first re-reads every
Python file and Designer form with ``pyside6-lupdate`` so new strings appear
in the ``.ts`` files for a translator (Qt Linguist: ``pyside6-linguist``),
keeping every translation already made.

English is the source language; its catalogue holds only the plural forms
("1 call", "2 calls"), the rest reads as written.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CATALOGUE = "followup_desk"
LANGUAGES = ("de",)


def tool(name: str) -> str:
    """A PySide6 tool from the Python running this script, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 into this Python")
    return found


def sources() -> list[str]:
    files = sorted((ROOT / "followup_desk").rglob("*.py"))
    files += sorted((ROOT / "forms").glob("*.ui"))
    return [str(path.relative_to(ROOT)) for path in files]


def update() -> None:
    """Re-read the sources into every ``.ts`` file."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    listed = sources()
    common = ["-no-obsolete", "-locations", "none", "-source-language", "en"]
    for language in LANGUAGES:
        target = FOLDER / f"{CATALOGUE}_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *listed, *common]
            + ["-target-language", language, "-ts", str(target)],
            cwd=ROOT,
            check=True,
        )
    english = FOLDER / f"{CATALOGUE}_en.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *listed, *common, "-pluralonly"]
        + ["-target-language", "en", "-ts", str(english)],
        cwd=ROOT,
        check=True,
    )


def release() -> list[Path]:
    """Compile every ``.ts`` file to the ``.qm`` the app loads."""
    made = []
    for source in sorted(FOLDER.glob(f"{CATALOGUE}_*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--update", action="store_true", help="re-read the sources into the .ts files"
    )
    args = parser.parse_args(argv)
    if args.update:
        update()
    for path in release():
        print(f"compiled {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
