"""The PyInstaller spec puts everything the app reads from disk into the bundle, where the code looks.

The spec is run as PyInstaller runs it, with its build steps (Analysis, PYZ, EXE, COLLECT) replaced by
recorders, so the test sees exactly the files, hidden imports and executables a build would get.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PyInstaller", reason="PyInstaller is the `bundle` extra: pip install -e '.[bundle]'")

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "gedesk.spec"


@dataclass
class Step:
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    # what a real Analysis offers the later steps
    scripts: list[tuple[str, str, str]] = field(default_factory=list)
    pure: list[object] = field(default_factory=list)
    binaries: list[object] = field(default_factory=list)
    datas: list[tuple[str, str]] = field(default_factory=list)


def run_spec(monkeypatch: pytest.MonkeyPatch, smoke_test: bool) -> dict[str, list[Step]]:
    steps: dict[str, list[Step]] = {"Analysis": [], "PYZ": [], "EXE": [], "COLLECT": []}

    def recorder(kind: str) -> Any:
        def record(*args: Any, **kwargs: Any) -> Step:
            step = Step(args, kwargs)
            if kind == "Analysis":
                step.scripts = [
                    ("pyiboot01_bootstrap", "boot.py", "PYSOURCE"),
                    ("launcher", args[0][0], "PYSOURCE"),
                ]
                step.datas = kwargs["datas"]
            steps[kind].append(step)
            return step

        return record

    if smoke_test:
        monkeypatch.setenv("GEDESK_SMOKE_TEST", "1")
    else:
        monkeypatch.delenv("GEDESK_SMOKE_TEST", raising=False)
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    namespace.update({kind: recorder(kind) for kind in steps})
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return steps


def bundled(datas: list[tuple[str, str]]) -> set[str]:
    """Paths inside the bundle (relative to _internal/) of the data files."""
    return {str(Path(folder) / Path(source).name) for source, folder in datas}


def test_resources_and_migrations_are_laid_out_as_in_a_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = run_spec(monkeypatch, smoke_test=False)["Analysis"][0]
    files = bundled(analysis.kwargs["datas"])
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file():
            assert str(path.relative_to(ROOT)) in files, f"{path.relative_to(ROOT)} is not bundled"
    migrations = ROOT / "gender_equality_desk" / "core" / "store" / "migrations"
    for script in [*migrations.glob("*.py"), *migrations.glob("versions/*.py")]:
        assert str(script.relative_to(ROOT)) in files
    assert "resources/translations/qtbase_vi.qm" in files
    assert "resources/catalogues/activity_kinds.json" in files
    assert not any("__pycache__" in path for path in files)


def test_imports_of_the_migration_scripts_are_analysed(monkeypatch: pytest.MonkeyPatch) -> None:
    analysis = run_spec(monkeypatch, smoke_test=False)["Analysis"][0]
    hidden = set(analysis.kwargs["hiddenimports"])
    assert {"alembic", "sqlalchemy", "gender_equality_desk.core.store.search_index"} <= hidden
    assert analysis.args[0] == [str(ROOT / "installer" / "launcher.py")]


def test_release_build_has_one_executable_and_the_smoke_build_two(monkeypatch: pytest.MonkeyPatch) -> None:
    release = run_spec(monkeypatch, smoke_test=False)
    assert [exe.kwargs["name"] for exe in release["EXE"]] == ["gender-equality-desk"]
    assert release["COLLECT"][0].kwargs["name"] == "gender-equality-desk"
    smoke = run_spec(monkeypatch, smoke_test=True)
    names = [exe.kwargs["name"] for exe in smoke["EXE"]]
    assert names == ["gender-equality-desk", "gedesk-smoke-test"]
    smoke_scripts = [entry[0] for entry in smoke["EXE"][1].args[1]]
    assert smoke_scripts == ["pyiboot01_bootstrap", "smoke_test"]  # bootstrap kept, launcher replaced
    assert "gender_equality_desk.gui.translations" in smoke["Analysis"][0].kwargs["hiddenimports"]
