"""Compile the English translation of the app's screens into one file Qt loads at start.

Every GUI module keeps its own `resources/translations/en/<module>.ts` (so helpers editing different modules
never touch the same file); Qt loads one `.qm`, so this joins them:

    .venv/bin/python installer/build_translations.py          # writes resources/translations/app_en.qm
    .venv/bin/python installer/build_translations.py --check  # exit 1 if app_en.qm is missing or older

The .qm is a build product (not committed): installer/dev.sh runs this after installing, and
installer/build_linux.sh before PyInstaller, which bundles resources/ as a whole.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FOLDER = ROOT / "resources" / "translations" / "en"
QM_PATH = ROOT / "resources" / "translations" / "app_en.qm"


def lrelease_command() -> list[str]:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside_python) if beside_python.is_file() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 into this Python")
    return [found]


def ts_files(folder: Path = TS_FOLDER) -> list[Path]:
    return sorted(folder.glob("*.ts"))


def conflicts(folder: Path = TS_FOLDER) -> list[str]:
    """Messages (context, source) that two .ts files translate differently.

    Qt keeps one translation per (context, source) and lrelease drops the others without saying which, so
    two modules sharing a context must agree (or use their own class name as the context).
    """
    seen: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for path in ts_files(folder):
        try:
            root = ElementTree.parse(path).getroot()
        except ElementTree.ParseError as error:
            raise SystemExit(
                f"{path.name} is not a readable .ts file ({error}); nothing was built"
            ) from error
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in {"vanished", "obsolete"}:
                    continue
                seen[(name, message.findtext("source", ""))][translation.text or ""].append(path.name)
    return [
        f"{context}: {source!r} is translated differently: "
        + "; ".join(f"{text!r} in {', '.join(files)}" for text, files in sorted(translations.items()))
        for (context, source), translations in sorted(seen.items())
        if len(translations) > 1
    ]


def build(target: Path = QM_PATH, folder: Path = TS_FOLDER) -> int:
    """Compile every .ts in `folder` into `target` (temp file, then rename); returns how many .ts were read.

    lrelease writes the temp file itself, so a failed or interrupted build leaves the old .qm in place.
    """
    sources = ts_files(folder)
    if not sources:
        raise SystemExit(f"no .ts files in {folder}")
    for disagreement in conflicts(folder):  # the app still starts; the completeness test fails on it
        print(f"warning: {disagreement} (Qt keeps one of them)", file=sys.stderr)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".app_en.") as scratch:
        built = Path(scratch) / target.name
        result = subprocess.run(
            [*lrelease_command(), "-silent", *map(str, sources), "-qm", str(built)],
            capture_output=True,  # "dropping duplicate messages": same text in two files, checked above
            text=True,
            check=False,
        )
        if result.returncode != 0 or not built.is_file():
            raise SystemExit(
                f"lrelease failed, {target.name} left as it was:\n{result.stdout}{result.stderr}"
            )
        built.replace(target)
    return len(sources)


def is_stale(target: Path = QM_PATH, folder: Path = TS_FOLDER) -> bool:
    """True when the .qm is missing or older than a .ts (or the folder, which changes when a .ts goes)."""
    if not target.is_file():
        return True
    built = target.stat().st_mtime
    return any(path.stat().st_mtime > built for path in [folder, *ts_files(folder)])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when the .qm needs building")
    args = parser.parse_args()
    if args.check:
        stale = is_stale()
        print(f"{QM_PATH.relative_to(ROOT)}: {'needs building' if stale else 'up to date'}")
        return 1 if stale else 0
    count = build()
    print(f"built {QM_PATH.relative_to(ROOT)} from {count} .ts files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
