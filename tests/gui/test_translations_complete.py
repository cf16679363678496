"""Every translatable string in the package has a finished English translation in the right .ts file.

pyside6-lupdate reads the whole package once (GUI `translate(...)` calls and core `QT_TRANSLATE_NOOP` marks)
into a scratch .ts; each module's messages must equal those of its own
`resources/translations/en/<module>.ts` (gui/pages/cases.py → pages.cases.ts, core/reports/registry.py →
core.reports.registry.ts), and each of them must be translated. To fix a failure, run the lupdate command
the message prints, translate the new entries and drop `type="unfinished"`.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path

import pytest

import gender_equality_desk

from .english import build_translations_tool as build_english_tool
from .translation_pending import PENDING

PACKAGE = Path(gender_equality_desk.__file__).resolve().parent
ROOT = PACKAGE.parent
TS_FOLDER = ROOT / "resources" / "translations" / "en"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
Message = tuple[str, str]  # context, Vietnamese source
RETIRED = {"vanished", "obsolete"}  # kept by lupdate for history; lrelease leaves them out


def ts_name(module: Path) -> str:
    """The .ts file of a module: its path under gui/ (or under the package, for core) with dots."""
    parts = module.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[1:] if parts[0] == "gui" else parts) + ".ts"


def _messages(ts: Path) -> dict[Message, tuple[list[str], list[Path]]]:
    """(context, source) → (translations, source files) of the live messages of a .ts file."""
    found: dict[Message, tuple[list[str], list[Path]]] = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind in RETIRED:
                continue
            if translation is None or kind == "unfinished":
                texts = [""]
            elif message.get("numerus") == "yes":
                texts = [(form.text or "") for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            files = [(ts.parent / place.get("filename", "")).resolve() for place in message.iter("location")]
            found[(name, message.findtext("source", ""))] = (texts, files)
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[Message]]:
    """What the source asks to translate, by .ts file name."""
    modules = sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)
    scratch = tmp_path_factory.mktemp("lupdate") / "all.ts"
    subprocess.run(
        [
            str(LUPDATE),
            *map(str, modules),
            "-source-language",
            "vi",
            "-target-language",
            "en",
            "-ts",
            str(scratch),
        ],
        check=True,
        capture_output=True,
    )
    by_file: dict[str, set[Message]] = defaultdict(set)
    for message, (_texts, files) in _messages(scratch).items():
        for path in files:
            by_file[ts_name(path)].add(message)
    return dict(by_file)


def _lupdate_hint(name: str) -> str:
    module = name.removesuffix(".ts").replace(".", "/")
    source = (
        f"gender_equality_desk/{module}.py"
        if module.startswith("core/")
        else f"gender_equality_desk/gui/{module}.py"
    )
    return (
        f".venv/bin/pyside6-lupdate {source} -source-language vi -target-language en -no-obsolete "
        f"-ts resources/translations/en/{name}"
    )


def test_extraction_finds_the_known_strings(extracted: dict[str, set[Message]]) -> None:
    """The test below can fail: lupdate sees translate() calls and QT_TRANSLATE_NOOP marks."""
    assert ("SettingsPage", "Cài đặt") in extracted["pages.settings.ts"]
    assert ("PlansPage", "Quá hạn") in extracted["pages.plans.ts"]  # a QT_TRANSLATE_NOOP column heading


def _ts_problems(name: str, wanted: set[Message]) -> list[str]:
    path = TS_FOLDER / name
    if not path.is_file():
        return [f"{name}: missing ({len(wanted)} strings); create it with\n    {_lupdate_hint(name)}"]
    present = set(_messages(path))
    return [
        f"{name}: not in the .ts (run lupdate again): {context}: {source!r}"
        for context, source in sorted(wanted - present)
    ] + [
        f"{name}: no longer in the source (run lupdate -no-obsolete): {context}: {source!r}"
        for context, source in sorted(present - wanted)
    ]


def test_every_module_with_strings_has_an_up_to_date_ts(extracted: dict[str, set[Message]]) -> None:
    problems = []
    for name, wanted in sorted(extracted.items()):
        if name.removesuffix(".ts") not in PENDING:
            problems.extend(_ts_problems(name, wanted))
    assert not problems, "\n".join(problems)


def test_pending_modules_are_really_pending(extracted: dict[str, set[Message]]) -> None:
    """A module finished today leaves the allow-list today (tests/gui/translation_pending.py)."""
    finished = sorted(
        module
        for module in PENDING
        if f"{module}.ts" in extracted
        and not _ts_problems(f"{module}.ts", extracted[f"{module}.ts"])
        and not _untranslated(TS_FOLDER / f"{module}.ts")
    )
    assert not finished, f"translated now, remove from PENDING in translation_pending.py: {finished}"


def test_every_ts_belongs_to_a_module_with_strings(extracted: dict[str, set[Message]]) -> None:
    orphans = sorted(path.name for path in TS_FOLDER.glob("*.ts") if path.name not in extracted)
    assert not orphans, f"these .ts files match no module with translatable strings: {orphans}"


def _untranslated(path: Path) -> list[str]:
    return [
        f"{path.name}: untranslated: {context}: {source!r}"
        for (context, source), (texts, _files) in _messages(path).items()
        if not all(text.strip() for text in texts)
    ]


def _untranslated(path: Path) -> list[str]:
    return [
        f"{path.name}: untranslated: {context}: {source!r}"
        for (context, source), (texts, _files) in _messages(path).items()
        if not all(text.strip() for text in texts)
    ]


def test_every_message_has_a_finished_translation() -> None:
    problems = []
    for path in sorted(TS_FOLDER.glob("*.ts")):
        if path.stem not in PENDING:
            problems.extend(_untranslated(path))
    assert not problems, "\n".join(problems)


def test_no_message_is_translated_differently_in_two_files() -> None:
    """Qt keeps one translation per (context, source): modules sharing a context must agree."""
    assert build_english_tool().conflicts(TS_FOLDER) == []
