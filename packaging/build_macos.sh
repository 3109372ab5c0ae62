#!/usr/bin/env bash
# Build Follow-up Desk for macOS: "Follow-up Desk.app" and a disk image.
#
#   packaging/build_macos.sh   -> dist/Follow-up Desk.app and
#                                 dist/Follow-up-Desk-VERSION-macos.dmg
#
# Run on a Mac (Python 3.11+ from python.org or Homebrew). Set
# CODESIGN_IDENTITY ("Developer ID Application: ...") to sign the app; then
# notarise the .dmg with `xcrun notarytool submit --wait` before handing it
# out, or Gatekeeper will refuse it on other Macs.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV="${VENV:-build/venv-package}"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/pip" install -q -e '.[package]'

"$VENV/bin/python" packaging/translations.py
"$VENV/bin/python" packaging/icons.py
iconutil -c icns packaging/icons/followup-desk.iconset -o packaging/icons/followup-desk.icns
"$VENV/bin/python" -m PyInstaller --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller packaging/followup-desk.spec

APP="dist/Follow-up Desk.app"
CHECK_HOME="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen FOLLOWUP_DESK_HOME="$CHECK_HOME" \
  "$APP/Contents/MacOS/followup-desk" --self-test
rm -rf "$CHECK_HOME"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --timestamp \
    --sign "$CODESIGN_IDENTITY" "$APP"
fi

VERSION="$("$VENV/bin/python" -c 'import followup_desk; print(followup_desk.__version__)')"
DMG="dist/Follow-up-Desk-$VERSION-macos.dmg"
rm -f "$DMG"
hdiutil create -volname "Follow-up Desk" -srcfolder "$APP" -ov -format UDZO "$DMG"
echo "Built $DMG"
