#!/usr/bin/env bash
# Install the Linux bundle for the current user, without root, like any desktop application:
#   bash installer/linux/install-user.sh [BUNDLE_DIR]      (default: dist/gender-equality-desk)
#   bash installer/linux/install-user.sh --uninstall
# Program: ~/.local/opt/gender-equality-desk, command ~/.local/bin/gender-equality-desk, menu entry and
# icons under ~/.local/share. The data folder (~/.local/share/GenderEqualityDesk) is never touched,
# not by an upgrade, not by --uninstall.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
program="$HOME/.local/opt/gender-equality-desk"
command_link="$HOME/.local/bin/gender-equality-desk"
desktop_file="$data_home/applications/gender-equality-desk.desktop"
icon_sizes=(16 24 32 48 64 128 256 512)

uninstall() {
  rm -rf "$program"
  rm -f "$command_link" "$desktop_file" "$data_home/icons/hicolor/scalable/apps/gender-equality-desk.svg"
  for size in "${icon_sizes[@]}"; do
    rm -f "$data_home/icons/hicolor/${size}x${size}/apps/gender-equality-desk.png"
  done
  echo "Đã gỡ Gender Equality Desk. Dữ liệu vẫn còn trong $data_home/GenderEqualityDesk."
}

if [ "${1:-}" = "--uninstall" ]; then
  uninstall
  exit 0
fi

bundle="${1:-$root/dist/gender-equality-desk}"
[ -x "$bundle/gender-equality-desk" ] || { echo "no bundle at $bundle: run installer/build_linux.sh" >&2; exit 1; }

# Replace the program folder whole (an upgrade leaves no file of the older version behind).
mkdir -p "$(dirname "$program")" "$(dirname "$command_link")" "$(dirname "$desktop_file")"
rm -rf "$program.new"
cp -a "$bundle" "$program.new"
rm -f "$program.new"/gedesk-smoke-test
rm -rf "$program"
mv "$program.new" "$program"
ln -sfn "$program/gender-equality-desk" "$command_link"

icons="$root/resources/icons"
for size in "${icon_sizes[@]}"; do
  install -Dm644 "$icons/app-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/gender-equality-desk.png"
done
install -Dm644 "$icons/app.svg" "$data_home/icons/hicolor/scalable/apps/gender-equality-desk.svg"
# The menu entry runs the installed executable by its full path: ~/.local/bin may not be on PATH.
sed "s|^Exec=.*|Exec=$program/gender-equality-desk|" "$here/gender-equality-desk.desktop" > "$desktop_file"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
echo "Đã cài Gender Equality Desk vào $program (menu: Văn phòng → Bình đẳng giới – Gender Equality Desk)."
