#!/usr/bin/env bash
# One command on a fresh Debian/Ubuntu machine (Python 3.11+):
#   bash installer/dev.sh app  [--data-dir DIR]   set everything up, then open the app
#   bash installer/dev.sh test [pytest args]      set everything up, then run the whole test suite
# Installs the Debian libraries Qt needs (only those missing, with sudo when not root), creates .venv,
# installs the package with its dev tools, then runs. Safe to run again: it only does what is missing.
set -euo pipefail

mode="${1:-}"
[ $# -gt 0 ] && shift
case "$mode" in
  app|test) ;;
  *) echo "usage: bash installer/dev.sh app|test [args...]" >&2; exit 64 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Qt's runtime libraries and fonts with Vietnamese glyphs (Tinos = Times New Roman metrics for documents).
debian_packages=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
                 fonts-dejavu-core fonts-croscore)
if [ "$mode" = test ]; then
  # LibreOffice proves the XLSX opens in a real spreadsheet program; poppler renders PDFs for checks.
  # makensis and desktop-file-validate check the installers; objdump (binutils) serves PyInstaller.
  debian_packages+=(libreoffice-calc-nogui poppler-utils nsis desktop-file-utils binutils)
fi
if [ "$mode" = app ]; then
  # The xcb platform plugin of a real desktop session.
  debian_packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
                    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1)
fi

install_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { echo "not a Debian system: install Qt's libraries yourself" >&2; return 0; }
  local missing=()
  for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "==> installing Debian packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
      echo "$candidate"; return 0
    fi
  done
  echo "Python 3.11 or newer is required" >&2; return 1
}

install_debian_packages
python="$(find_python)"
venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
  echo "==> creating virtualenv $venv"
  "$python" -m venv "$venv"
fi
stamp="$venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "==> installing gender-equality-desk and its dev tools into .venv"
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  "$venv/bin/python" -m pip install --quiet -e ".[dev]"
  touch "$stamp"
fi
# The English UI translation (.qm) is built from the .ts files in the repo, never committed (~0.3 s).
"$venv/bin/python" installer/build_translations.py

if [ "$mode" = app ]; then
  exec "$venv/bin/gender-equality-desk" "$@"
fi

export QT_QPA_PLATFORM=offscreen
echo "==> ruff"
"$venv/bin/ruff" check gender_equality_desk tests bench installer
echo "==> mypy"
"$venv/bin/mypy"
echo "==> pytest"
"$venv/bin/pytest" "$@"
# The whole suite (no pytest arguments) also builds the Linux bundle and smoke-tests it offscreen.
if [ $# -eq 0 ]; then
  echo "==> Linux bundle"
  bash installer/build_linux.sh
fi
