#!/usr/bin/env bash
# Build the Linux one-folder app and smoke-test it offscreen:
#   bash installer/build_linux.sh
# Result: dist/gender-equality-desk/ (gender-equality-desk + _internal/, plus gedesk-smoke-test, which
# install-user.sh and the Windows installer leave out) and dist/smoke-main-window.png, the main window
# as the bundle drew it. Installs what it needs (PyInstaller into .venv; binutils and nsis with apt-get,
# through sudo when not root). Safe to run again: PyInstaller's work folder build/pyinstaller is reused.
# Exits non-zero on the first failed step.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
venv="$root/.venv"
bundle="$root/dist/gender-equality-desk"
started=$SECONDS
step() { echo "==> [$((SECONDS - started)) s] $*"; }

install_debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || { echo "install these first: ${missing[*]}" >&2; return 1; }
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  step "installing Debian packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# PyInstaller reads shared-library dependencies with objdump (binutils); makensis checks the Windows script.
install_debian_packages binutils nsis
if [ ! -x "$venv/bin/python" ]; then
  step "creating .venv"
  python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import PyInstaller, gender_equality_desk" 2>/dev/null; then
  step "installing the app with its bundle extra (PyInstaller) into .venv"
  "$venv/bin/python" -m pip install --quiet -e ".[bundle]"
fi

step "compiling the English translation (resources/translations/en/*.ts -> app_en.qm)"
"$venv/bin/python" installer/build_translations.py

step "building $bundle"
GEDESK_SMOKE_TEST=1 "$venv/bin/pyinstaller" --noconfirm --log-level ERROR \
  --workpath "$root/build/pyinstaller" --distpath "$root/dist" installer/gedesk.spec
echo "    $(du -sh "$bundle" | cut -f1) in $(find "$bundle" -type f | wc -l) files"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen
app="$bundle/gender-equality-desk"

step "smoke test: --help, --version"
"$app" --help | grep -q "demo"
"$app" --version | grep -qE "^gender-equality-desk [0-9]"
step "smoke test: demo data into a fresh folder (creates and migrates the store from the bundled scripts)"
"$app" demo --data-dir "$scratch/data" --years 2
step "smoke test: check"
"$app" check --data-dir "$scratch/data"
step "smoke test: the main window, offscreen"
"$bundle/gedesk-smoke-test" --data-dir "$scratch/data" --screenshot "$root/dist/smoke-main-window.png"

step "smoke test: upgrade a store made by the first migration (backup, migrate, rows kept, main window)"
mkdir "$scratch/old"
cp tests/data/store_0001.sqlite3 "$scratch/old/gedesk.sqlite3"
count_villages() { "$venv/bin/python" -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("select count(*) from village").fetchone()[0])' "$1"; }
villages_before="$(count_villages "$scratch/old/gedesk.sqlite3")"
"$bundle/gedesk-smoke-test" --data-dir "$scratch/old" >/dev/null
ls "$scratch/old/backups/"*truoc-nang-cap* >/dev/null
"$app" check --data-dir "$scratch/old"
[ "$(count_villages "$scratch/old/gedesk.sqlite3")" = "$villages_before" ]
echo "    backup taken, store migrated, $villages_before villages kept"

step "smoke test: per-user install, run from the menu path, uninstall keeps the data"
HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" bash installer/linux/install-user.sh "$bundle" >/dev/null
"$scratch/home/.local/bin/gender-equality-desk" check --data-dir "$scratch/data" >/dev/null
grep -q "^Exec=$scratch/home/.local/opt/gender-equality-desk/gender-equality-desk$" \
  "$scratch/home/.local/share/applications/gender-equality-desk.desktop"
HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" bash installer/linux/install-user.sh --uninstall >/dev/null
[ ! -e "$scratch/home/.local/opt/gender-equality-desk" ] && [ -f "$scratch/data/gedesk.sqlite3" ]

step "Windows installer script compiles against the bundle (makensis, no compression)"
version="$("$app" --version | cut -d' ' -f2)"
makensis -V2 -WX -DVERSION="$version" -DBUNDLE_DIR="$bundle" -DAPP_EXE=gender-equality-desk \
  -DCOMPRESS_OFF=1 -DOUTFILE="$scratch/gedesk-cai-dat.exe" installer/windows/gedesk.nsi
[ -s "$scratch/gedesk-cai-dat.exe" ]

step "bundle built and smoke-tested in $((SECONDS - started)) s"
