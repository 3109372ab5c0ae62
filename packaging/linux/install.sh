#!/usr/bin/env bash
# Install (or with --uninstall, remove) Follow-up Desk for the current user.
#
# Run from the unpacked folder. Puts the program in ~/.local/opt, the
# followup-desk command in ~/.local/bin, and the menu entry, icons and
# software-centre metadata in ~/.local/share. Nothing needs root.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/followup-desk"
BIN="$HOME/.local/bin"
ID=org.followupdesk.FollowupDesk

remove() {
  rm -rf "$TARGET" "$BIN/followup-desk" \
    "$DATA/applications/followup-desk.desktop" "$DATA/metainfo/$ID.metainfo.xml"
  find "$DATA/icons/hicolor" -name 'followup-desk.*' -delete 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  echo "Follow-up Desk removed. Your data folder was left as it was."
  exit 0
fi

remove
mkdir -p "$TARGET" "$BIN" "$DATA/applications" "$DATA/metainfo"
cp -r "$HERE/." "$TARGET/"
ln -sf "$TARGET/followup-desk" "$BIN/followup-desk"
sed "s|^Exec=.*|Exec=$TARGET/followup-desk|" "$HERE/followup-desk.desktop" \
  > "$DATA/applications/followup-desk.desktop"
cp "$HERE/$ID.metainfo.xml" "$DATA/metainfo/"
cp -r "$HERE/icons/." "$DATA/icons/hicolor/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$DATA/icons/hicolor" || true
echo "Follow-up Desk installed: find it in the menu, or run followup-desk."
