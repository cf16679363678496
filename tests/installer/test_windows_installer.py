"""The Windows installer script: per-user, Vietnamese shortcuts, HKCU uninstaller, data folder kept.

makensis (NSIS) runs on Linux too, so the script is compiled here against a small stand-in bundle; the
full bundle is compiled by installer/build_linux.sh.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "windows" / "gedesk.nsi"
SHORTCUT = "Bình đẳng giới – Gender Equality Desk"
needs_makensis = pytest.mark.skipif(
    shutil.which("makensis") is None, reason="makensis not installed (apt-get install nsis)"
)


def compile_script(tmp_path: Path) -> str:
    """Compile against a stand-in bundle; returns makensis's detailed log."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / "gender-equality-desk.exe").write_bytes(b"MZ")
    (bundle / "gedesk-smoke-test.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "resources" / "app.svg").write_text("<svg/>")
    output = tmp_path / "GenderEqualityDesk-9.9.9-cai-dat.exe"
    result = subprocess.run(
        ["makensis", "-V4", "-WX", "-DVERSION=9.9.9", "-DVERSION_QUAD=9.9.9.0", f"-DBUNDLE_DIR={bundle}",
         f"-DOUTFILE={output}", str(SCRIPT)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    assert output.stat().st_size > 50_000  # the installer with its uninstaller and pages
    return result.stdout


@needs_makensis
def test_compiles_and_installs_the_bundle_but_not_the_smoke_test(tmp_path: Path) -> None:
    log = compile_script(tmp_path)
    installed = re.findall(r'^File: "([^"]+)"', log, flags=re.MULTILINE)
    assert "gender-equality-desk.exe" in installed and "app.svg" in installed
    assert "gedesk-smoke-test.exe" not in installed


@needs_makensis
def test_vietnamese_shortcuts_for_this_user_and_uninstaller_in_hkcu(tmp_path: Path) -> None:
    log = compile_script(tmp_path)
    assert f'CreateShortcut: "$SMPROGRAMS\\{SHORTCUT}.lnk"->"$INSTDIR\\gender-equality-desk.exe"' in log
    assert f'CreateShortcut: "$DESKTOP\\{SHORTCUT}.lnk"' in log
    uninstall_key = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\GenderEqualityDesk"
    assert f'{uninstall_key}\\UninstallString="$INSTDIR\\uninstall.exe"' in log
    assert f"{uninstall_key}\\DisplayVersion=9.9.9" in log
    assert "HKLM" not in log


def test_installs_without_administrator_rights_outside_the_data_folder() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_ID}"' in script
    assert '!define DATA_DIR "$LOCALAPPDATA\\${APP_ID}"' in script  # platformdirs' user_data_dir
    assert "SetShellVarContext current" in script
    assert 'MUI_LANGUAGE "Vietnamese"' in script


def test_uninstaller_never_deletes_the_data_folder() -> None:
    script = SCRIPT.read_text(encoding="utf-8")
    uninstall = script[
        script.index('Section "Uninstall"') : script.index("SectionEnd", script.index('Section "Uninstall"'))
    ]
    removals = [
        line.strip() for line in uninstall.splitlines() if line.strip().startswith(("RMDir", "Delete "))
    ]
    assert 'RMDir "$INSTDIR"' in removals  # removed only when empty
    assert not any("DATA_DIR" in line or "LOCALAPPDATA" in line for line in removals)
    assert not any(line.startswith('RMDir /r "$INSTDIR"') for line in removals), (
        "recursive delete of $INSTDIR"
    )
    # and the installer refuses a program folder holding a store
    verify = script[script.index("Function .onVerifyInstDir") :]
    assert '"$INSTDIR" == "${DATA_DIR}"' in verify and "${STORE_FILE}" in verify
