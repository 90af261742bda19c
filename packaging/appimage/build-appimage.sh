#!/usr/bin/env bash
# Builds a Sotto AppImage with linuxdeploy and its Qt plugin, on an old enough distribution
# (Debian 12 or Ubuntu 22.04) so that the result runs on newer ones. linuxdeploy is a
# download, which this project's CI machine cannot fetch: run this on a release machine.
#
#   packaging/appimage/build-appimage.sh [LINUXDEPLOY_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
tools=${1:-$HOME/.local/linuxdeploy}
for tool in linuxdeploy-x86_64.AppImage linuxdeploy-plugin-qt-x86_64.AppImage; do
  [ -x "$tools/$tool" ] || { echo "missing $tools/$tool (from the linuxdeploy releases)" >&2; exit 1; }
done

cmake --preset release
cmake --build --preset release
appdir=build/AppDir
rm -rf "$appdir"
DESTDIR="$PWD/$appdir" cmake --install build/release --prefix /usr

export QML_SOURCES_PATHS="$PWD/ui"
export EXTRA_QT_PLUGINS="svg"
"$tools/linuxdeploy-x86_64.AppImage" --appdir "$appdir" \
  --desktop-file "$appdir/usr/share/applications/im.sotto.Sotto.desktop" \
  --icon-file packaging/icons/sotto-256.png --icon-filename im.sotto.Sotto \
  --plugin qt --output appimage
