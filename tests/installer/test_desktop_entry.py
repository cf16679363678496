"""The Linux desktop entry and the icons it names."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_FILE = ROOT / "installer" / "linux" / "gender-equality-desk.desktop"
ICONS = ROOT / "resources" / "icons"


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_desktop_entry_launches_the_app_with_a_vietnamese_name() -> None:
    desktop = entry()
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "gender-equality-desk"
    assert desktop["Icon"] == "gender-equality-desk"
    assert desktop["Terminal"] == "false"
    assert desktop["Name[vi]"].startswith("Bình đẳng giới")
    assert "bình đẳng giới" in desktop["GenericName[vi]"]
    assert "Office;" in desktop["Categories"]
    # Qt names the window class after QApplication.applicationName(), set from APP_NAME
    assert desktop["StartupWMClass"] == "GenderEqualityDesk"


def test_install_script_installs_the_icon_name_the_entry_uses() -> None:
    script = (ROOT / "installer" / "linux" / "install-user.sh").read_text(encoding="utf-8")
    assert f"apps/{entry()['Icon']}.png" in script
    assert f"apps/{entry()['Icon']}.svg" in script


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_app_icon_png_at_each_size(size: int) -> None:
    assert png_size(ICONS / f"app-{size}.png") == (size, size)


def test_windows_icon_holds_every_size_up_to_256() -> None:
    data = (ICONS / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        image = data[offset : offset + length]
        assert image[:8] == b"\x89PNG\r\n\x1a\n"
        side = width or 256
        assert struct.unpack(">II", image[16:24]) == (side, side) and height == width
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]
