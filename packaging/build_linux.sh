#!/usr/bin/env bash
# Build Follow-up Desk for Linux: a one-folder app and a tarball of it.
#
#   packaging/build_linux.sh            -> dist/followup-desk/ and
#                                          dist/followup-desk-VERSION-linux-ARCH.tar.gz
#
# Uses its own virtual environment (build/venv-package; PYTHON picks the
# interpreter, 3.11 or newer). The finished folder is started once with
# --self-test before it is packed. Users unpack the tarball and run
# ./install.sh inside it (menu entry, icons, command for this user).
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
"$VENV/bin/python" -m PyInstaller --noconfirm --clean \
  --distpath dist --workpath build/pyinstaller packaging/followup-desk.spec

# Desktop integration travels with the program; install.sh puts it in place.
APP=dist/followup-desk
cp packaging/followup-desk.desktop packaging/linux/*.metainfo.xml "$APP/"
rm -rf "$APP/icons" && cp -r packaging/icons/hicolor "$APP/icons"
cp packaging/linux/install.sh "$APP/install.sh"
chmod +x "$APP/install.sh"

# The bundle must start on its own: no source tree, no virtual environment.
CHECK_HOME="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen FOLLOWUP_DESK_HOME="$CHECK_HOME" "$APP/followup-desk" --self-test
rm -rf "$CHECK_HOME"

VERSION="$("$VENV/bin/python" -c 'import followup_desk; print(followup_desk.__version__)')"
TARBALL="dist/followup-desk-$VERSION-linux-$(uname -m).tar.gz"
tar -C dist -czf "$TARBALL" followup-desk
echo "Built $TARBALL"
